"""Showing text a person typed as it is, where Qt would otherwise render markup."""

from __future__ import annotations

import html


def plain_tip(text: str) -> str:
    """A tooltip that shows ``text`` as it is (a tooltip would render markup)."""
    return "<qt>" + html.escape(text).replace("\n", "<br>") + "</qt>" if text else ""
