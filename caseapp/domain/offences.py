"""The offences a case's records point to, for the police report's "relevant articles"
section: each legal category names the articles of Korean law that punish it, and the case
supplies the facts that point to each. The centre suggests; the investigating officer
decides which articles apply.

Article numbers and titles follow the laws as amended through 2024 (성폭력처벌법 제14조,
제14조의2, 제14조의3; 청소년성보호법 제11조; 정보통신망법 제70조); ``docs/legal-basis.md`` says
which text was followed."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from caseapp.domain.cases import Incident, LeakedInfo
from caseapp.domain.legal import LegalCategory
from caseapp.i18n import N_, translate

# Laws, as their short and full names are written in each language.
SEXUAL_CRIMES_ACT = N_("Act on Special Cases Concerning the Punishment of Sexual Crimes")
YOUTH_PROTECTION_ACT = N_("Act on the Protection of Children and Youth against Sex Offenses")
NETWORK_ACT = N_("Act on Promotion of Information and Communications Network Utilization "
                 "and Information Protection")

# Under the Youth Protection Act a person is a child or youth until the 1st of January of
# the year they turn 19 (청소년성보호법 제2조 제1호): younger than 19 by year of birth.
MINOR_AGE_BY_YEAR = 19


class Offence(StrEnum):
    FILMING = "filming"
    DISTRIBUTION = "distribution"
    SYNTHETIC = "synthetic"
    THREATS = "threats"
    MINOR_MATERIAL = "minor_material"
    NETWORK_DEFAMATION = "network_defamation"

    @property
    def law(self) -> str:
        return _LAW[self]

    def citation(self, lang: str | None = None) -> str:
        """``성폭력처벌법 제14조의2 (허위영상물 등의 반포등)`` in the reader's language."""
        return translate(_CITATION[self], lang)

    def law_name(self, lang: str | None = None) -> str:
        return translate(_LAW[self], lang)


_LAW = {
    Offence.FILMING: SEXUAL_CRIMES_ACT, Offence.DISTRIBUTION: SEXUAL_CRIMES_ACT,
    Offence.SYNTHETIC: SEXUAL_CRIMES_ACT, Offence.THREATS: SEXUAL_CRIMES_ACT,
    Offence.MINOR_MATERIAL: YOUTH_PROTECTION_ACT, Offence.NETWORK_DEFAMATION: NETWORK_ACT,
}

_CITATION = {
    Offence.FILMING: N_("Article 14(1): filming with a camera or similar device"),
    Offence.DISTRIBUTION: N_("Article 14(2): distributing filmed material against the will "
                             "of the person filmed"),
    Offence.SYNTHETIC: N_("Article 14-2: editing, synthesising and distributing false "
                          "video material (deepfakes)"),
    Offence.THREATS: N_("Article 14-3: threats and coercion using filmed material"),
    Offence.MINOR_MATERIAL: N_("Article 11: producing and distributing sexual exploitation "
                               "material of children and youth"),
    Offence.NETWORK_DEFAMATION: N_("Article 70: defamation through an information and "
                                   "communications network"),
}

# Each legal category points to these offences, in the order a report lists them.
_BY_CATEGORY: dict[LegalCategory, tuple[Offence, ...]] = {
    LegalCategory.ILLEGAL_FILMING: (Offence.FILMING, Offence.DISTRIBUTION),
    LegalCategory.NON_CONSENSUAL_DISTRIBUTION: (Offence.DISTRIBUTION,),
    LegalCategory.SYNTHETIC_SEXUAL_MATERIAL: (Offence.SYNTHETIC,),
    LegalCategory.MINOR_EXPLOITATION_MATERIAL: (Offence.MINOR_MATERIAL,),
    LegalCategory.SEXTORTION: (Offence.THREATS,),
    LegalCategory.PERSONAL_INFORMATION_DISCLOSURE: (Offence.NETWORK_DEFAMATION,),
}


@dataclass(frozen=True, slots=True)
class Fact:
    """One fact of the case that points to an offence: a message and its parameters,
    rendered in the report's language."""

    msgid: str
    params: dict[str, Any] = field(default_factory=dict)

    def text(self, lang: str | None = None) -> str:
        return translate(self.msgid, lang, **self.params)


@dataclass(frozen=True, slots=True)
class OffenceEntry:
    offence: Offence
    facts: tuple[Fact, ...]


def minor_at(birth_year: int | None, when: date | datetime | None) -> bool | None:
    """Whether a person born in ``birth_year`` was a child or youth at ``when`` (None when
    either is unknown)."""
    if birth_year is None or when is None:
        return None
    return when.year - birth_year < MINOR_AGE_BY_YEAR


def relevant_offences(categories: Iterable[LegalCategory], *,
                      incidents: Sequence[Incident] = (), leaks: Sequence[LeakedInfo] = (),
                      evidence_count: int = 0,
                      minor_tag: bool = False, birth_year: int | None = None,
                      identity_shared: bool = False) -> list[OffenceEntry]:
    """The offences the case's categories point to, each with the facts behind it. A minor
    victim (tagged, or by birth year at the first incident) adds the Youth Protection Act
    even when that category was not ticked, so the investigator does not miss it."""
    chosen = list(categories)
    first = min((i.occurred_at for i in incidents if i.occurred_at is not None),
                default=None, key=lambda m: (m.year, m.month, m.day))
    minor_by_year = minor_at(birth_year, first)
    minor = minor_tag or bool(minor_by_year)
    offences: list[Offence] = []
    for category in LegalCategory:
        if category in chosen:
            offences.extend(o for o in _BY_CATEGORY[category] if o not in offences)
    if minor and Offence.MINOR_MATERIAL not in offences and (
            set(chosen) & {LegalCategory.ILLEGAL_FILMING, LegalCategory.SYNTHETIC_SEXUAL_MATERIAL,
                           LegalCategory.NON_CONSENSUAL_DISTRIBUTION}):
        offences.append(Offence.MINOR_MATERIAL)
    entries = []
    for offence in offences:
        facts: list[Fact] = []
        linked = [i for i in incidents if i.legal_category is not None
                  and offence in _BY_CATEGORY[i.legal_category]]
        source = [c for c in chosen if offence in _BY_CATEGORY[c]]
        if source:
            facts.append(Fact(N_("The case is recorded under: {categories}."),
                              {"categories": _Labels(tuple(source))}))
        if linked:
            facts.append(Fact(N_("{count} incident(s) in the timeline are recorded under "
                                 "this category."), {"count": len(linked)}))
        if offence is Offence.MINOR_MATERIAL:
            if minor_tag:
                facts.append(Fact(N_("The case is tagged as involving a minor victim.")))
            if minor_by_year and identity_shared and first is not None and birth_year:
                facts.append(Fact(N_("The victim was born in {year} and was under 19 by year "
                                     "of birth at the first incident ({date})."),
                                  {"year": birth_year, "date": first.isoformat()[:10]}))
            elif minor_by_year:
                facts.append(Fact(N_("By the birth year the centre recorded, the victim was a "
                                     "minor at the first incident.")))
        if offence in (Offence.SYNTHETIC, Offence.DISTRIBUTION, Offence.MINOR_MATERIAL) \
                and evidence_count:
            facts.append(Fact(N_("{count} evidence item(s) are listed in the evidence "
                                 "section."), {"count": evidence_count}))
        if offence is Offence.NETWORK_DEFAMATION and leaks:
            facts.append(Fact(N_("{count} piece(s) of the victim's personal information were "
                                 "found posted with the material (leaked information "
                                 "section)."), {"count": len(leaks)}))
        entries.append(OffenceEntry(offence, tuple(facts)))
    return entries


class _Labels(tuple[LegalCategory, ...]):
    """Categories as a message parameter: their labels, in the message's language."""

    def translated(self, lang: str | None) -> str:
        return ", ".join(c.label(lang) for c in self)
