"""The legal categories Korean police use for digital sex crimes, with English and Korean
labels. Reports and statistics group by them."""

from __future__ import annotations

from enum import StrEnum

from caseapp.i18n import N_, translate


class LegalCategory(StrEnum):
    ILLEGAL_FILMING = "illegal_filming"                      # 불법촬영 (성폭력처벌법 제14조)
    NON_CONSENSUAL_DISTRIBUTION = "non_consensual_distribution"  # 비동의 유포
    SYNTHETIC_SEXUAL_MATERIAL = "synthetic_sexual_material"  # 허위영상물(딥페이크), 제14조의2
    MINOR_EXPLOITATION_MATERIAL = "minor_exploitation_material"  # 아동·청소년성착취물
    SEXTORTION = "sextortion"                                # 촬영물 등 이용 협박·강요, 제14조의3

    def label(self, lang: str | None = None) -> str:
        return translate(_LABELS[self], lang)


_LABELS: dict[LegalCategory, str] = {
    LegalCategory.ILLEGAL_FILMING: N_("Illegal filming"),
    LegalCategory.NON_CONSENSUAL_DISTRIBUTION: N_("Non-consensual distribution"),
    LegalCategory.SYNTHETIC_SEXUAL_MATERIAL: N_("Synthetic (deepfake) sexual material"),
    LegalCategory.MINOR_EXPLOITATION_MATERIAL: N_("Sexual exploitation material of a minor"),
    LegalCategory.SEXTORTION: N_("Sextortion or threats"),
}
