"""``caseapp --self-test`` as an office admin or CI runs it: a child process, no display.
Runs against the development install, or against the frozen build when packaging/ci.sh sets
CASEAPP_FROZEN_APP."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from tests.conftest import require_tool
from tests.packaging.selftest_runner import (
    FROZEN_APP,
    clean_env,
    run_self_test,
    secret_service_wrapper,
)

FAIL_BACKEND = "keyring.backends.fail.Keyring"


def _leftovers(tmp: Path) -> list[str]:
    return sorted(p.name for p in (tmp / "tmp").glob("caseapp-selftest-*"))


def test_self_test_passes_without_a_display_and_deletes_its_data(tmp_path: Path):
    real_data = tmp_path / "real-data"
    real_data.mkdir()
    env = clean_env(tmp_path, PYTHON_KEYRING_BACKEND=FAIL_BACKEND,
                    CASEAPP_DATA_DIR=str(real_data))

    outcome = run_self_test(env)

    assert outcome.code == 0, outcome.out + outcome.err
    assert outcome.out.rstrip().endswith("SELF-TEST PASSED")
    assert outcome.fact("Qt platform") == "offscreen"
    for step in ("create store", "unlock", "wrong passphrase refused", "verify everything",
                 "Korean font and widget grab", "Qt plugins for Korean users",
                 "JPEG image plugin", "Qt Korean translation", "video frame hashes"):
        assert outcome.step(step).startswith("ok"), outcome.out
    assert outcome.fact("Temporary data deleted") == "yes"
    assert _leftovers(tmp_path) == []
    assert list(real_data.iterdir()) == []  # the counsellor's data directory is never touched


def test_steps_missing_from_this_build_are_named_not_failed(tmp_path: Path):
    outcome = run_self_test(clean_env(tmp_path, PYTHON_KEYRING_BACKEND=FAIL_BACKEND))

    assert outcome.code == 0, outcome.out + outcome.err
    listed = outcome.fact("Steps run").split("not available in this build: ", 1)[1]
    for name in filter(None, (n.strip() for n in listed.split(","))):
        if name != "none":
            assert outcome.step(name).startswith("n/a")


def test_no_keyring_means_passphrase_only_and_still_passes(tmp_path: Path):
    outcome = run_self_test(clean_env(tmp_path, PYTHON_KEYRING_BACKEND=FAIL_BACKEND))

    assert outcome.code == 0, outcome.out + outcome.err
    assert outcome.fact("Keyring backend") == FAIL_BACKEND
    assert outcome.fact("Keyring secure").startswith("no secure keyring")
    assert "quick unlock off" in outcome.step("keyring")


def test_keyring_backends_are_bundled_and_plaintext_ones_are_not(tmp_path: Path):
    outcome = run_self_test(clean_env(tmp_path, PYTHON_KEYRING_BACKEND=FAIL_BACKEND))

    bundled = outcome.fact("Keyring backends bundled").split(", ")
    assert {"SecretService", "KWallet", "chainer"} <= set(bundled)
    if FROZEN_APP:  # keyrings.alt may be installed for development, never shipped
        assert not any(name in bundled for name in ("file", "Gnome", "multi", "Google"))


def test_an_insecure_backend_is_found_but_not_trusted(tmp_path: Path):
    """Backend discovery through PYTHON_KEYRING_BACKEND works; a backend that keeps nothing
    safe (keyring's null backend) is reported as not secure and quick unlock stays off."""
    env = clean_env(tmp_path, PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring")

    outcome = run_self_test(env)

    assert outcome.code == 0, outcome.out + outcome.err
    assert outcome.fact("Keyring backend") == "keyring.backends.null.Keyring"
    assert outcome.fact("Keyring secure").startswith("no secure keyring")


def test_a_running_secret_service_is_found_and_quick_unlock_works(tmp_path: Path):
    if not sys.platform.startswith("linux"):
        pytest.skip("the Secret Service is a Linux keyring")
    for tool in ("dbus-run-session", "gnome-keyring-daemon"):
        require_tool(tool, "apt-get install dbus gnome-keyring")
    wrapper = secret_service_wrapper(tmp_path)
    assert wrapper is not None
    env = clean_env(tmp_path, XDG_RUNTIME_DIR=str(tmp_path / "run"),
                    CASEAPP_TEST_KEYRING_PASSWORD="self-test keyring")

    outcome = run_self_test(env, wrapper=wrapper)

    assert outcome.code == 0, outcome.out + outcome.err
    assert outcome.fact("Keyring backend") == "keyring.backends.SecretService.Keyring"
    assert outcome.fact("Keyring secure") == "yes"
    assert "quick unlock round trip ok" in outcome.step("keyring")
    assert _leftovers(tmp_path) == []


# --- with and without the Wayland client libraries ------------------------------------------

LIBRARY_FOLDERS = ("/usr/lib/x86_64-linux-gnu", "/usr/lib/aarch64-linux-gnu", "/usr/lib64",
                   "/usr/lib")
WAYLAND_LIBRARIES = sorted({str(p.resolve())
                            for name in ("libwayland-client.so.0", "libwayland-cursor.so.0",
                                         "libwayland-egl.so.1")
                            for folder in LIBRARY_FOLDERS for p in Path(folder).glob(name)})
NOT_USABLE = "Qt plugins not usable in this session"


def without_wayland_wrapper() -> list[str]:
    """Run the self-test as on a computer without the Wayland client libraries: in a private
    mount namespace where each of them is an empty file (needs root and unshare)."""
    import os
    import shutil

    if not sys.platform.startswith("linux"):
        pytest.skip("the Wayland client libraries exist on Linux only")
    if os.geteuid() != 0 or not shutil.which("unshare"):
        if os.environ.get("CI") == "true":
            pytest.fail("CI runs as root with unshare (util-linux): this check must run there")
        pytest.skip("hiding system libraries needs root and unshare")
    hide = " ".join(f"mount --bind /dev/null {path} &&" for path in WAYLAND_LIBRARIES)
    return ["unshare", "-m", "sh", "-c", f'{hide} exec "$@"', "sh"]


def test_self_test_passes_on_a_headless_machine_without_wayland_libraries(tmp_path: Path):
    outcome = run_self_test(clean_env(tmp_path, PYTHON_KEYRING_BACKEND=FAIL_BACKEND),
                            wrapper=without_wayland_wrapper())

    assert outcome.code == 0, outcome.out + outcome.err
    assert outcome.step("Qt plugins for Korean users").startswith("ok")
    if WAYLAND_LIBRARIES:  # they were there and are now hidden
        assert "libqwayland" in outcome.fact(NOT_USABLE)


def test_self_test_passes_on_an_x11_desktop_without_wayland_libraries(tmp_path: Path):
    """DISPLAY names an X server the self-test never connects to: xcb must load, Wayland
    need not."""
    env = clean_env(tmp_path, PYTHON_KEYRING_BACKEND=FAIL_BACKEND, DISPLAY=":99")

    outcome = run_self_test(env, wrapper=without_wayland_wrapper())

    assert outcome.code == 0, outcome.out + outcome.err
    assert "qxcb" in outcome.step("Qt plugins for Korean users")


def test_a_wayland_session_without_wayland_libraries_fails(tmp_path: Path):
    if not WAYLAND_LIBRARIES:
        pytest.skip("no Wayland client libraries to hide on this machine")
    env = clean_env(tmp_path, PYTHON_KEYRING_BACKEND=FAIL_BACKEND, WAYLAND_DISPLAY="wayland-9")

    outcome = run_self_test(env, wrapper=without_wayland_wrapper())

    assert outcome.code == 1
    assert outcome.step("Qt plugins for Korean users").startswith("FAILED")


def test_with_the_wayland_libraries_every_platform_plugin_loads(tmp_path: Path):
    import os

    if not sys.platform.startswith("linux"):
        pytest.skip("the Wayland client libraries exist on Linux only")
    if not WAYLAND_LIBRARIES:
        if os.environ.get("CI") == "true":
            pytest.fail(".ci/run installs libwayland-client0, libwayland-cursor0, libwayland-egl1")
        pytest.skip("this machine has no Wayland client libraries")
    outcome = run_self_test(clean_env(tmp_path, PYTHON_KEYRING_BACKEND=FAIL_BACKEND))

    assert outcome.code == 0, outcome.out + outcome.err
    assert NOT_USABLE not in outcome.out
    assert "qwayland" in outcome.step("Qt plugins for Korean users")
