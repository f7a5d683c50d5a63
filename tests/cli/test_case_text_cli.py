"""Case text travels exactly through ``caseapp-admin``: any Unicode, markup and SQL-looking
text in a case's fields comes back from ``case show --json`` as it was given."""

import json

from tests.cases.test_case_text import LONG, SAMPLES
from tests.cli.test_case_cli import IN, cli, make_store, ok


def test_text_travels_exactly_through_the_cli(tmp_path):
    store = make_store(tmp_path / "data")
    odd = SAMPLES[4] + " " + SAMPLES[2] + " " + SAMPLES[1]
    number = ok(cli(store, "case", "new", "--pseudonym", odd, "--summary", odd,
                    "--passphrase-stdin")).strip()
    victim = {"name": SAMPLES[3], "note": LONG}
    ok(cli(store, "case", "victim", number, "--passphrase-stdin",
           stdin=IN + json.dumps(victim, ensure_ascii=False)))
    shown = json.loads(ok(cli(store, "case", "show", number, "--json", "--reveal",
                              "--passphrase-stdin")))
    assert shown["pseudonym"] == odd and shown["summary"] == odd
    assert shown["victim"]["name"] == SAMPLES[3] and shown["victim"]["note"] == LONG
