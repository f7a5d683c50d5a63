"""The Linux .deb as an office admin uses it: ``apt install ./caseapp_*.deb``, the installed
``caseapp --self-test``, ``apt remove`` and ``apt purge``; a counsellor's data folder is
left exactly as it was. Runs when packaging/ci.sh sets CASEAPP_DEB (as root, with apt)."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE, snapshot

DEB = os.environ.get("CASEAPP_DEB", "")

pytestmark = pytest.mark.skipif(not DEB, reason="set by packaging/ci.sh after the build")


def apt(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    return subprocess.run(["apt-get", "-y", "-q", *args], capture_output=True, text=True,
                          env=env, timeout=900, check=False)


def installed() -> bool:
    result = subprocess.run(["dpkg-query", "-W", "-f=${Status}", "caseapp"],
                            capture_output=True, text=True, check=False)
    return "install ok installed" in result.stdout


def test_install_start_remove_keeps_the_data_folder(tmp_path: Path):
    deb = Path(DEB).resolve()
    if installed():
        subprocess.run(["dpkg", "--purge", "caseapp"], capture_output=True, check=False)
    home = tmp_path / "home"
    user = {**os.environ, "HOME": str(home), "XDG_DATA_HOME": str(home / ".local" / "share"),
            "XDG_STATE_HOME": str(home / ".local" / "state"), "QT_QPA_PLATFORM": "offscreen",
            "CASEAPP_KDF_TARGET_SECONDS": "0", "PYTHON_KEYRING_BACKEND":
            "keyring.backends.fail.Keyring"}
    user.pop("CASEAPP_DATA_DIR", None)
    user.pop("CASEAPP_STATE_DIR", None)

    result = subprocess.run(["apt", "install", "-y", f"./{deb.name}"], cwd=deb.parent,
                            capture_output=True, text=True, timeout=900, check=False,
                            env={**os.environ, "DEBIAN_FRONTEND": "noninteractive"})
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    try:
        assert os.path.realpath("/usr/bin/caseapp") == "/opt/caseapp/caseapp"
        assert Path("/usr/share/applications/caseapp.desktop").is_file()
        assert Path("/usr/share/icons/hicolor/256x256/apps/caseapp.png").is_file()
        assert Path("/opt/caseapp/_internal/THIRD-PARTY-NOTICES.txt").is_file()

        init = subprocess.run(["caseapp-admin", "init", "--passphrase-stdin"],
                              input=PASSPHRASE + "\n", capture_output=True, text=True,
                              env=user, timeout=120, check=False)
        assert init.returncode == 0, init.stderr
        data = home / ".local" / "share" / "CaseApp"
        assert (data / "keyslots.json").is_file()  # the default data folder, per user
        before = snapshot(data)

        started = subprocess.run(["caseapp", "--self-test"], capture_output=True, text=True,
                                 env=user, timeout=300, check=False)
        assert started.returncode == 0, started.stdout[-3000:] + started.stderr[-2000:]
        assert started.stdout.rstrip().endswith("SELF-TEST PASSED")
    finally:
        removed = apt("remove", "caseapp")
    assert removed.returncode == 0, removed.stderr[-2000:]
    assert not installed()
    assert not Path("/opt/caseapp").exists() and not Path("/usr/bin/caseapp").exists()
    assert not Path("/usr/share/applications/caseapp.desktop").exists()
    assert snapshot(data) == before  # the counsellor's data, byte for byte

    purged = subprocess.run(["dpkg", "--purge", "caseapp"], capture_output=True, text=True,
                            timeout=300, check=False)
    assert purged.returncode == 0, purged.stderr[-2000:]
    assert snapshot(data) == before
