"""Translated GUI strings fill %1… and attach Korean particles to the values."""

from caseapp.gui.text_args import fill


def test_values_fill_in_and_particles_follow_them():
    assert fill("%1{을} 초안으로 만들었습니다.", "T-2026-0012-001") == \
        "T-2026-0012-001을 초안으로 만들었습니다."
    assert fill("%1{을} 추가했습니다.", "E-2026-0012-002") == "E-2026-0012-002를 추가했습니다."
    assert fill("%1{은} 이제 '%2' 상태입니다.", "요청", "삭제됨") == \
        "요청은 이제 '삭제됨' 상태입니다."
    assert fill("%1 is report %2.", "a.pdf", "R-1") == "a.pdf is report R-1."
    assert fill("%1 and %3", "a") == "a and %3"
