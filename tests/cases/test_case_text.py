"""Text is stored and returned exactly: any Unicode, markup, SQL-looking text, 100,000-
character notes, empty optional fields; it also travels exactly through the CLI."""


import pytest

from caseapp.domain.cases import (
    AccountRef,
    ContactChannel,
    ContactKind,
    Guardian,
    ProofEntry,
    Victim,
)
from caseapp.services import cases

SAMPLES = [
    "김하늘 지인능욕방",
    "👩🏽‍💻🔥 emoji and ZWJ sequences",
    "עברית مرحبا \u202eRTL override\u202c",
    "e\u0301 vs é, 한\u1100\u1161 jamo, Å",
    "<b>bold</b> &amp; &lt;script&gt;alert(1)&lt;/script&gt; \"double\" 'single'",
    "'; DROP TABLE case_file; -- \" OR 1=1 /* */",
    "tabs\tand\nnewlines\r\nand trailing spaces   ",
    "\x00 NUL and \x1f unit separator",
    "",
]
LONG = "가나다라마바사 " * 14_286  # 100,002 characters


@pytest.mark.parametrize("text", [*SAMPLES, LONG], ids=range(len(SAMPLES) + 1))
def test_every_text_field_returns_exactly_what_was_stored(vault, text):
    short = text if len(text) < 1000 else text[:1000]
    case = cases.open_case(vault, pseudonym=short, summary=text,
                           tags=[short[:64]] if short[:64].strip() and not any(
                               c in short[:64] for c in "\r\n\t") else [])
    assert cases.get_case(vault, case.number).summary == text
    assert cases.get_case(vault, case.number).pseudonym == short
    victim = Victim(name=short, preferred_name=short, gender=short, language=short,
                    contacts=(ContactChannel(ContactKind.OTHER, short, short, text),),
                    guardian=Guardian(short, short, short, text), note=text)
    cases.save_victim(vault, case, victim)
    assert cases.reveal_victim(vault, case) == victim
    incident = cases.add_incident(vault, case, description=text, place=short,
                                  perpetrator_relation=short, perpetrator_details=text)
    stored = cases.list_incidents(vault, case)[0]
    assert (stored.description, stored.place, stored.perpetrator_details) == (
        text, short, text)
    assert stored == incident
    session = cases.add_session(vault, case, held_at="2024-01-01", mode=short, notes=text,
                                next_steps=text)
    assert cases.list_sessions(vault, case) == [session]
    leak = cases.add_leaked_info(vault, case, "other", found_where=text, note=text)
    assert cases.list_leaked_info(vault, case) == [leak]
    cases.set_proof(vault, case, ProofEntry("other", True, short, None, text))
    assert cases.proof_checklist(vault, case)[-1].note == text
    record = cases.record_consent(vault, case, "contact", True, "verbal", note=text)
    assert cases.consent_history(vault, case) == [record]


def test_empty_optional_fields_stay_empty(vault):
    case = cases.open_case(vault, pseudonym="")
    assert case.pseudonym == "" and case.summary == "" and case.tags == ()
    assert case.legal_categories == () and case.counsellor_id is None
    incident = cases.add_incident(vault, case)
    assert (incident.description, incident.occurred_at, incident.platform) == ("", None, None)
    cases.save_victim(vault, case, Victim())
    assert cases.reveal_victim(vault, case) == Victim()


def test_account_handles_with_markup_and_sql(vault):
    case = cases.open_case(vault)
    handle = "@x'); DELETE FROM perpetrator_account; --"
    incident = cases.add_incident(vault, case, accounts=[AccountRef("website", handle)])
    assert incident.accounts[0].handle == handle
    assert cases.list_cases(vault, cases.CaseQuery(search="DELETE FROM")).items
