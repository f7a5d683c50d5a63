"""The test run's own guards: no network in the test process or its children, and an
outside tool missing in CI is a failure, not a skip."""

import socket
import sys
from pathlib import Path

import pytest
from pytest_socket import SocketBlockedError


def test_opening_a_network_socket_fails_the_test():
    with pytest.raises(SocketBlockedError):
        socket.socket(socket.AF_INET, socket.SOCK_STREAM)


CHILD = """
import socket, sys
try:
    socket.getaddrinfo("example.org", 443)
except Exception as exc:
    print(type(exc).__name__)
try:
    socket.create_connection(("192.0.2.1", 9), timeout=1)  # TEST-NET-1: never routed
except Exception as exc:
    print(type(exc).__name__)
    sys.exit(0)
print("connected")
"""


@pytest.mark.parametrize("how", ["python", "crash harness env", "self-test env"])
def test_child_processes_cannot_open_network_sockets(how, tmp_path):
    """The CLI, crash-writer and self-test children get the same guard as the test process."""
    import os
    import subprocess
    import sys

    from tests.conftest import ROOT

    env = {**os.environ}
    if how == "crash harness env":
        env["PYTHONPATH"] = os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")])
    elif how == "self-test env":
        from tests.packaging.selftest_runner import clean_env

        env = clean_env(tmp_path)
    done = subprocess.run([sys.executable, "-c", CHILD], env=env, capture_output=True,
                          text=True, cwd=ROOT, timeout=60, check=False)
    assert done.stdout.split() == ["NetworkBlockedInTests"] * 2, done.stdout + done.stderr


def test_a_child_can_still_use_unix_sockets(tmp_path):
    import os
    import subprocess
    import sys

    code = "import socket; a, b = socket.socketpair(); a.send(b'x'); print(b.recv(1))"
    done = subprocess.run([sys.executable, "-c", code], env={**os.environ},
                          capture_output=True, text=True, timeout=60, check=False)
    assert done.stdout.strip() == "b'x'", done.stderr


def test_a_missing_tool_skips_locally_but_fails_in_ci(monkeypatch):
    from tests.conftest import require_tool

    monkeypatch.delenv("CI", raising=False)
    with pytest.raises(pytest.skip.Exception):
        require_tool("caseapp-no-such-tool", "nowhere")
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="CI must install it"):
        require_tool("caseapp-no-such-tool", "nowhere")
    assert require_tool(Path(sys.executable).name, "")  # found: no skip, no failure
