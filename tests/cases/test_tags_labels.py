"""Predefined case tags are stored by key and shown by label in either language; a label
typed in either language is stored as the key; other tags stay as typed."""

from caseapp.domain.cases import tag_key, tag_label


def test_predefined_tags_show_their_label_in_the_language():
    assert tag_label("minor_victim", "ko") == "미성년 피해자"
    assert tag_label("minor_victim", "en") == "Minor victim"
    assert tag_label("학교", "ko") == "학교"


def test_a_label_typed_in_either_language_is_stored_as_the_key():
    assert tag_key("미성년 피해자") == "minor_victim"
    assert tag_key("  deepfake ") == "deepfake"
    assert tag_key("SEXTORTION") == "sextortion"
    assert tag_key("학교 단톡방") == "학교 단톡방"
