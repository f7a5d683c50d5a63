"""The hash-list commands and `evidence hashes` as scripts use them: exit codes, bad lines
named on stderr, JSON shapes."""

import hashlib
import json

import pytest

from tests.cli.test_evidence_cli import cli, store  # noqa: F401 - the fixture
from tests.evidence.conftest import encode, structured_image


@pytest.fixture
def image(tmp_path):
    path = tmp_path / "a.png"
    path.write_bytes(encode(structured_image(21)))
    return path


def test_import_refuses_bad_lines_then_skip_bad_imports_the_rest(store, tmp_path, image):  # noqa: F811
    data, number = store
    digest = hashlib.sha256(image.read_bytes()).hexdigest()
    listed = tmp_path / "list.txt"
    listed.write_text(f"sha256 {digest} known\nmd5 xyz\nmd5 {'a' * 32}\n", encoding="utf-8")

    r = cli(data, "hashlist", "import", str(listed), "--source", "partner")
    assert r.returncode == 2
    assert r.stderr.splitlines()[0].startswith("line 2: not an MD5 hash")
    assert "nothing was imported" in r.stderr
    assert json.loads(cli(data, "hashlist", "list", "--json").stdout) == []

    r = cli(data, "hashlist", "import", str(listed), "--source", "partner", "--label", "L1",
            "--skip-bad", "--json")
    assert r.returncode == 0, r.stderr
    out = json.loads(r.stdout)
    assert out["list"]["entries"] == 2 and out["list"]["label"] == "L1"
    assert [s["line"] for s in out["skipped"]] == [2]

    r = cli(data, "evidence", "add", number, str(image))
    assert r.returncode == 0 and "On the hash list L1 from partner" in r.stderr
    r = cli(data, "hashlist", "matches", "--case", number, "--json")
    assert [(m["evidence"], m["method"], m["source"]) for m in json.loads(r.stdout)] == [
        (f"E-{number}-001", "sha256", "partner")]
    r = cli(data, "hashlist", "matches")
    assert r.returncode == 0 and f"E-{number}-001" in r.stdout

    list_id = str(out["list"]["id"])
    assert cli(data, "hashlist", "remove", list_id).returncode == 0
    assert cli(data, "hashlist", "remove", list_id).returncode == 2
    assert cli(data, "hashlist", "remove", "abc").returncode == 2


def test_usage_errors_exit_2(store, tmp_path):  # noqa: F811
    data, _ = store
    assert cli(data, "hashlist", "import", str(tmp_path / "x.csv")).returncode == 2  # no --source
    r = cli(data, "hashlist", "import", str(tmp_path / "missing.csv"), "--source", "p")
    assert r.returncode == 2 and "cannot be read" in r.stderr


def test_evidence_hashes_writes_a_list_that_reimports(store, tmp_path, image):  # noqa: F811
    data, number = store
    assert cli(data, "evidence", "add", number, str(image)).returncode == 0
    out = tmp_path / "hashes.txt"
    r = cli(data, "evidence", "hashes", number, "--out", str(out), "--format", "txt")
    assert r.returncode == 0, r.stderr
    assert out.read_text(encoding="utf-8").count(f"E-{number}-001") == 3  # sha256, md5, pdq
    r = cli(data, "hashlist", "import", str(out), "--source", "ourselves", "--json")
    assert r.returncode == 0 and json.loads(r.stdout)["matched_items"] == 1
    r = cli(data, "evidence", "hashes", number, "--out", str(out), "--format", "xml")
    assert r.returncode == 2
    r = cli(data, "evidence", "hashes", number, "--out", str(out), "--item", "E-0000-0000-999")
    assert r.returncode == 2
