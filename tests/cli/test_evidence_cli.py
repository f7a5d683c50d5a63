"""The evidence commands as scripts and officers' checklists use them."""

import json
import subprocess

import pytest

from tests.conftest import PASSPHRASE, run_cli
from tests.evidence.conftest import encode, structured_image


@pytest.fixture
def store(tmp_path):
    data = tmp_path / "data"
    assert run_cli("--data-dir", str(data), "init", "--passphrase-stdin",
                   stdin=PASSPHRASE + "\n").returncode == 0
    r = run_cli("--data-dir", str(data), "case", "new", "--passphrase-stdin",
                stdin=PASSPHRASE + "\n")
    assert r.returncode == 0, r.stderr
    number = r.stdout.strip()
    for scope in ("copies", "police"):
        r = run_cli("--data-dir", str(data), "case", "consent", number, "--grant", scope,
                    "--how", "written", "--passphrase-stdin", stdin=PASSPHRASE + "\n")
        assert r.returncode == 0, r.stderr
    return data, number


def cli(data, *args):
    return run_cli("--data-dir", str(data), *args, "--passphrase-stdin",
                   stdin=PASSPHRASE + "\n")


def test_add_list_verify_package(store, tmp_path):
    data, number = store
    image = tmp_path / "증거.png"
    image.write_bytes(encode(structured_image(3)))
    r = cli(data, "evidence", "add", number, str(image), "--url", "https://t.me/chan/5",
            "--platform", "telegram", "--captured-at", "2026-11-20T22:10:00+09:00", "--json")
    assert r.returncode == 0, r.stderr
    added = json.loads(r.stdout)["item"]
    assert added["code"] == f"E-{number}-001" and len(added["sha256"]) == 64
    r = cli(data, "evidence", "add-url", number, "https://x.com/abc/status/99")
    assert r.returncode == 0 and r.stdout.strip() == f"E-{number}-002"
    r = cli(data, "evidence", "list", number, "--json")
    assert [i["code"] for i in json.loads(r.stdout)] == [f"E-{number}-001", f"E-{number}-002"]
    r = cli(data, "evidence", "verify", number)
    assert r.returncode == 0 and "No problems found." in r.stdout
    r = cli(data, "evidence", "package", number, "--out", str(tmp_path / "pkg"))
    assert r.returncode == 0, r.stderr
    assert subprocess.run(["sha256sum", "-c", "SHA256SUMS"], cwd=tmp_path / "pkg",
                          capture_output=True).returncode == 0
    r = cli(data, "evidence", "custody", f"E-{number}-001", "--json")
    assert [e["action"] for e in json.loads(r.stdout)] == ["acquired", "verified", "exported"]


def test_duplicate_and_bad_input_exit_2_with_one_line(store, tmp_path):
    data, number = store
    image = tmp_path / "a.png"
    image.write_bytes(encode(structured_image(4)))
    assert cli(data, "evidence", "add", number, str(image)).returncode == 0
    r = cli(data, "evidence", "add", number, str(image))
    assert r.returncode == 2 and "already evidence" in r.stderr
    assert len(r.stderr.strip().splitlines()) == 1
    r = cli(data, "evidence", "add", number, str(tmp_path / "nope.png"))
    assert r.returncode == 2 and "could not be read" in r.stderr
    r = cli(data, "evidence", "add-url", number, "not a url")
    assert r.returncode == 2
    r = cli(data, "evidence", "add", number, str(image), "--captured-at", "yesterday")
    assert r.returncode == 2 and "captured" in r.stderr.lower()


def test_package_refused_without_police_consent(tmp_path):
    data = tmp_path / "d"
    run_cli("--data-dir", str(data), "init", "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    number = cli(data, "case", "new").stdout.strip()
    cli(data, "evidence", "add-url", number, "https://example.com/x")
    r = cli(data, "evidence", "package", number, "--out", str(tmp_path / "p"))
    assert r.returncode == 1 and "consent" in r.stderr
    assert not (tmp_path / "p").exists()


def test_a_cut_video_is_reported_with_its_frame_share(store, tmp_path):
    from tests.evidence import videos

    data, number = store
    (tmp_path / "full.mp4").write_bytes(videos.original())
    (tmp_path / "cut.webm").write_bytes(videos.trimmed_copy())
    assert cli(data, "evidence", "add", number, str(tmp_path / "full.mp4")).returncode == 0
    r = cli(data, "evidence", "add", number, str(tmp_path / "cut.webm"), "--json")
    assert r.returncode == 0, r.stderr
    [match] = json.loads(r.stdout)["matches"]
    assert match["code"] == f"E-{number}-001" and match["video_percent"] == 100.0
    assert "similar video, 100% of frames match" in r.stderr
    other_cut = tmp_path / "cut.mkv"  # the same cut again, encoded differently
    other_cut.write_bytes(videos.encode(videos.frames(1), container="matroska", size=(200, 150),
                                        skip=15, keep=70))
    r = run_cli("--data-dir", str(data), "evidence", "add", number, str(other_cut),
                "--passphrase-stdin", stdin=PASSPHRASE + "\n", env={"CASEAPP_LANG": "ko"})
    assert r.returncode == 0, r.stderr
    assert f"증거 E-{number}-001의 재유포로 보입니다 (비슷한 동영상, 프레임 100% 일치)" in r.stderr
