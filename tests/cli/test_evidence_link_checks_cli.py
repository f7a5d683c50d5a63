"""``caseapp-admin evidence add --url`` goes through the same link parser as a link added on
its own: a ``javascript:`` link exits 2 with nothing stored."""

from __future__ import annotations

from tests.conftest import PASSPHRASE, run_cli
from tests.evidence.conftest import encode, structured_image


def test_cli_add_with_javascript_url_exits_2_and_stores_nothing(tmp_path):
    data = tmp_path / "data"
    assert run_cli("--data-dir", str(data), "init", "--passphrase-stdin",
                   stdin=PASSPHRASE + "\n").returncode == 0
    number = run_cli("--data-dir", str(data), "case", "new", "--passphrase-stdin",
                     stdin=PASSPHRASE + "\n").stdout.strip()
    image = tmp_path / "a.png"
    image.write_bytes(encode(structured_image(13)))
    r = run_cli("--data-dir", str(data), "evidence", "add", number, str(image), "--url",
                "javascript:alert(1)", "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert r.returncode == 2
    assert "javascript" in r.stderr and len(r.stderr.strip().splitlines()) == 1
    r = run_cli("--data-dir", str(data), "evidence", "list", number, "--json",
                "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert r.returncode == 0 and r.stdout.strip() == "[]"
