"""The centre itself, as its documents present it: name, contact details, the time zone
every time in a document is shown in, and whether it is a designated reporting organisation
(불법촬영물등 신고·삭제요청 기관, 전기통신사업법 시행령 제30조의5) for the statutory form."""

from __future__ import annotations

from dataclasses import dataclass
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from caseapp.domain import fields
from caseapp.errors import BadInput
from caseapp.i18n import N_

DEFAULT_TIME_ZONE = "Asia/Seoul"
DETAIL_LIMIT = 1000


@dataclass(frozen=True, slots=True)
class Organisation:
    name: str = ""
    address: str = ""
    phone: str = ""
    email: str = ""
    time_zone: str = DEFAULT_TIME_ZONE
    designated_reporter: bool = False   # designated to report and request deletion for victims
    designation: str = ""               # e.g. "방송통신위원회 고시 제2022-XX호 지정"

    def __post_init__(self) -> None:
        for name in ("name", "address", "phone", "email", "designation"):
            value = getattr(self, name)
            if not isinstance(value, str) or len(value) > DETAIL_LIMIT:
                raise BadInput(N_("Organisation details must be text of at most 1000 "
                                  "characters."))
        object.__setattr__(self, "time_zone", check_time_zone(self.time_zone))
        if not isinstance(self.designated_reporter, bool):
            raise BadInput(N_("Say yes or no for the designated reporting organisation."))

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.time_zone)

    def contact_line(self) -> str:
        """Address, phone and e-mail on one line, for letters."""
        return " · ".join(p for p in (self.address, self.phone, self.email) if p.strip())


def check_time_zone(value: object) -> str:
    """An IANA zone name this computer knows (``Asia/Seoul``); anything else is refused."""
    text = fields.text(value, N_("Time zone")).strip()
    try:
        ZoneInfo(text)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        raise BadInput(N_("'{value}' is not a time zone name such as Asia/Seoul."),
                       value=text[:60]) from None
    return text
