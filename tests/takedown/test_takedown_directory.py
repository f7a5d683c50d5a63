"""The recipient directory is seeded with the usual places to report (Telegram, X, Meta,
Google Search, Naver, Kakao, Discord, adult sites, hosting abuse contacts, the standards
commission, the national victim support centre, police), each with its channel and guidance
in Korean and English; a reseed renames an entry still under a former name."""

from caseapp.domain.takedowns import Channel, RecipientKind
from caseapp.services import takedowns
from caseapp.takedown import directory
from tests.takedown.conftest import audit_actions


def test_the_directory_is_seeded_once_with_every_default(vault):
    recipients = takedowns.list_recipients(vault)
    assert [r.key for r in recipients] == [e.key for e in directory.DEFAULTS]
    takedowns.list_recipients(vault)
    assert audit_actions(vault).count("takedown.directory_seeded") == 1
    by_key = {r.key: r for r in recipients}
    assert by_key["telegram"].channel is Channel.IN_APP
    assert by_key["telegram"].email == "abuse@telegram.org"
    assert by_key["google_search"].kind is RecipientKind.SEARCH_ENGINE
    assert by_key["google_search"].web_form.startswith("https://support.google.com/")
    assert by_key["kcsc"].kind is RecipientKind.REGULATOR and by_key["kcsc"].phone == "1377"
    assert by_key["naver"].statutory and by_key["kakao"].statutory
    assert by_key["hosting_abuse"].kind is RecipientKind.HOSTING
    assert {"x", "meta", "discord", "pornhub", "adult_site"} <= set(by_key)


def test_guidance_comes_in_both_languages_with_the_reminder(vault):
    telegram = takedowns.get_recipient(vault, "telegram")
    english = takedowns.recipient_guidance(telegram, "en")
    korean = takedowns.recipient_guidance(telegram, "ko")
    assert any("abuse@telegram.org" in line for line in english)
    assert any("abuse@telegram.org" in line for line in korean)
    assert "without" not in korean[-1] and "다시 열거나 내려받지" in korean[-1]
    assert english[-1] == directory.guidance(telegram, "en")[-1]
    assert "Avoid opening or downloading the material again" in english[-1]
    kcsc = takedowns.recipient_guidance(takedowns.get_recipient(vault, "kcsc"), "ko")
    assert any("1377" in line for line in kcsc)


def test_an_edited_builtin_entry_keeps_its_requests_and_is_not_reseeded(vault):
    from dataclasses import replace

    naver = takedowns.get_recipient(vault, "naver")
    takedowns.update_recipient(vault, naver, replace(naver.draft(),
                                                     email="report@naver.example"))
    assert takedowns.get_recipient(vault, "naver").email == "report@naver.example"
    assert len(takedowns.list_recipients(vault)) == len(directory.DEFAULTS)


def test_built_in_recipient_names_are_translated_once_for_gui_and_documents():
    from caseapp.takedown.directory import recipient_label

    assert recipient_label("Other adult site", "ko") == "기타 성인 사이트"
    assert recipient_label("Police (경찰청 사이버범죄 신고)", "ko") == "경찰청 사이버범죄 신고"
    assert recipient_label("Other adult site", "en") == "Other adult site"
    assert recipient_label("Telegram", "ko") == "텔레그램"
    assert recipient_label("Closed", "ko") == "Closed"  # a name the office typed stays as typed


def _as_seeded_by_version_1(vault, kcsc_name):
    """The store as version 1 of the directory left it: the commission under the given name,
    no support centre, the version setting at 1."""
    from dataclasses import replace

    kcsc = takedowns.get_recipient(vault, "kcsc")
    takedowns.update_recipient(vault, kcsc, replace(kcsc.draft(), name=kcsc_name))
    with vault.write() as conn:
        conn.execute("DELETE FROM takedown_recipient WHERE key = 'd4u'")
        conn.execute("UPDATE takedown_setting SET value = '1' WHERE key = 'directory_version'")


def test_a_reseed_renames_the_commission_and_adds_the_support_centre(vault):
    _as_seeded_by_version_1(vault, "KCSC (방송통신심의위원회)")
    by_key = {r.key: r for r in takedowns.list_recipients(vault)}
    kcsc = by_key["kcsc"]
    assert kcsc.name == "Korea Media and Communications Standards Commission (formerly KCSC)"
    korean = directory.recipient_label(kcsc.name, "ko")
    assert korean == "방송미디어통신심의위원회(구 방송통신심의위원회)"
    assert by_key["d4u"].kind is RecipientKind.SUPPORT_CENTRE
    assert by_key["d4u"].phone == "02-735-8994"
    assert directory.recipient_label(by_key["d4u"].name, "ko") == "디지털성범죄피해자지원센터"


def test_a_reseed_leaves_a_name_the_organisation_chose(vault):
    _as_seeded_by_version_1(vault, "우리 지역 심의 창구")
    assert takedowns.get_recipient(vault, "kcsc").name == "우리 지역 심의 창구"
    assert directory.recipient_label("우리 지역 심의 창구", "ko") == "우리 지역 심의 창구"
