"""CaseApp: an offline, encrypted case manager for counsellors who support victims of
digital sex crimes. The core (everything outside ``caseapp.gui``) has no Qt dependency."""

__version__ = "0.1.0"
