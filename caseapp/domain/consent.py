"""What a victim agreed to, how and when: scopes, methods and the recorded history."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from caseapp.domain.fields import Moment
from caseapp.i18n import N_, translate


class ConsentScope(StrEnum):
    POLICE = "police"        # share the case and evidence with police
    TAKEDOWN = "takedown"    # request takedowns on the victim's behalf
    COPIES = "copies"        # keep copies of the images
    CONTACT = "contact"      # be contacted by the counsellor
    IDENTIFY = "identify"    # name the victim to platforms and regulators
    TRANSFER = "transfer"    # hand the case (with identity) to another office or partner

    def label(self, lang: str | None = None) -> str:
        return translate(_SCOPE_LABELS[self], lang)

    @property
    def msgid(self) -> str:
        """The untranslated wording, for messages that render it in the reader's language."""
        return _SCOPE_LABELS[self]


class ConsentMethod(StrEnum):
    VERBAL = "verbal"
    WRITTEN = "written"
    GUARDIAN = "guardian"    # given by a parent or guardian for a minor

    def label(self, lang: str | None = None) -> str:
        return translate(_METHOD_LABELS[self], lang)


_SCOPE_LABELS = {
    ConsentScope.POLICE: N_("share with police"),
    ConsentScope.TAKEDOWN: N_("takedown requests on the victim's behalf"),
    ConsentScope.COPIES: N_("keep copies of images"),
    ConsentScope.CONTACT: N_("contact by the counsellor"),
    ConsentScope.IDENTIFY: N_("being named to platforms and regulators"),
    ConsentScope.TRANSFER: N_("handing the case over to another office or partner"),
}
_METHOD_LABELS = {
    ConsentMethod.VERBAL: N_("verbal"),
    ConsentMethod.WRITTEN: N_("written"),
    ConsentMethod.GUARDIAN: N_("by a guardian"),
}


@dataclass(frozen=True, slots=True)
class ConsentRecord:
    """One grant or withdrawal. ``given_at`` is when the victim said so (offset kept);
    ``recorded_at``/``recorded_by`` when and by whom it was entered."""

    id: int
    case_id: int
    scope: ConsentScope
    granted: bool
    given_at: Moment
    method: ConsentMethod
    recorded_by: str
    recorded_at: datetime
    note: str = ""
