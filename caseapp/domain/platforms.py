"""Where material is spread or a perpetrator is reached: the closed list of platforms shared
by incidents, perpetrator accounts, evidence and takedowns, with English and Korean labels."""

from __future__ import annotations

from enum import StrEnum

from caseapp.i18n import N_, translate


class Platform(StrEnum):
    TELEGRAM = "telegram"
    X = "x"
    INSTAGRAM = "instagram"
    KAKAOTALK = "kakaotalk"
    DISCORD = "discord"
    WEBSITE = "website"
    OTHER = "other"

    def label(self, lang: str | None = None) -> str:
        return translate(_LABELS[self], lang)


_LABELS: dict[Platform, str] = {
    Platform.TELEGRAM: N_("Telegram"),
    Platform.X: N_("X (Twitter)"),
    Platform.INSTAGRAM: N_("Instagram"),
    Platform.KAKAOTALK: N_("KakaoTalk"),
    Platform.DISCORD: N_("Discord"),
    Platform.WEBSITE: N_("Website"),
    Platform.OTHER: N_("Other platform"),
}
