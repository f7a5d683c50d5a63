"""The legal categories Korean police use for digital sex crimes, with English and Korean
labels. A case may fall under several at once (a deepfake of a minor is both synthetic
sexual material and sexual exploitation material of a minor), so a case carries a set of
them; reports cite the articles each one points to (see ``reports.police_report.offences``)."""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum

from caseapp.domain import fields
from caseapp.i18n import N_, translate


class LegalCategory(StrEnum):
    ILLEGAL_FILMING = "illegal_filming"                      # 불법촬영 (성폭력처벌법 제14조)
    NON_CONSENSUAL_DISTRIBUTION = "non_consensual_distribution"  # 비동의 유포, 제14조 제2항
    SYNTHETIC_SEXUAL_MATERIAL = "synthetic_sexual_material"  # 허위영상물(딥페이크), 제14조의2
    MINOR_EXPLOITATION_MATERIAL = "minor_exploitation_material"  # 아동·청소년성착취물
    SEXTORTION = "sextortion"                                # 촬영물 등 이용 협박·강요, 제14조의3
    PERSONAL_INFORMATION_DISCLOSURE = "personal_information_disclosure"  # 신상정보 유포

    def label(self, lang: str | None = None) -> str:
        return translate(_LABELS[self], lang)


_LABELS: dict[LegalCategory, str] = {
    LegalCategory.ILLEGAL_FILMING: N_("Illegal filming"),
    LegalCategory.NON_CONSENSUAL_DISTRIBUTION: N_("Non-consensual distribution"),
    LegalCategory.SYNTHETIC_SEXUAL_MATERIAL: N_("Synthetic (deepfake) sexual material"),
    LegalCategory.MINOR_EXPLOITATION_MATERIAL: N_("Sexual exploitation material of a minor"),
    LegalCategory.SEXTORTION: N_("Sextortion or threats"),
    LegalCategory.PERSONAL_INFORMATION_DISCLOSURE: N_("Disclosure of personal information"),
}


def clean_categories(values: Iterable[LegalCategory | str] | LegalCategory | str | None
                     ) -> tuple[LegalCategory, ...]:
    """A set of categories in their fixed order (duplicates dropped). A single value or None
    is accepted as the set of it, or the empty set."""
    if values is None:
        return ()
    if isinstance(values, str):
        values = (values,)
    found = {fields.choice(LegalCategory, value.strip() if isinstance(value, str) else value,
                           N_("Legal category")) for value in values}
    return tuple(c for c in LegalCategory if c in found)


_FILMED = (LegalCategory.ILLEGAL_FILMING, LegalCategory.NON_CONSENSUAL_DISTRIBUTION)


def material_term(values: Iterable[LegalCategory]) -> str:
    """What documents call a case's material (a msgid), by its legal categories: false video
    material for a deepfake, filmed material for filming or distribution, both when both
    apply, exploitation material for a minor's case with neither, "the material" otherwise.
    A deepfake is never called filmed."""
    found = set(values)
    filmed = bool(found & set(_FILMED))
    synthetic = LegalCategory.SYNTHETIC_SEXUAL_MATERIAL in found
    if filmed and synthetic:
        return N_("filmed or false video material")
    if synthetic:
        return N_("false video material")
    if filmed:
        return N_("filmed material")
    if LegalCategory.MINOR_EXPLOITATION_MATERIAL in found:
        return N_("exploitation material")
    return N_("material")
