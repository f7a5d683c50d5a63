"""One message catalogue for everything outside the Qt GUI (CLI, reports, letters, errors).

Messages are English msgids with ``{placeholders}``; Korean lives in gettext ``.po`` files
under ``resources/locale/ko/`` (one file per area so features do not edit the same file).
Catalogues are read with babel at first use, so no compile step is needed."""

from __future__ import annotations

import locale
import os
from functools import cache
from typing import Any

from caseapp.paths import resource_path

LANGUAGES = ("ko", "en")
_current: str | None = None


def N_(message: str) -> str:
    """Mark a string for extraction without translating it now."""
    return message


def default_language() -> str:
    env = os.environ.get("CASEAPP_LANG")
    if env in LANGUAGES:
        return env
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var, "")
        if value:
            return "ko" if value.lower().startswith("ko") else "en"
    loc = locale.getlocale()[0] or ""
    return "ko" if loc.lower().startswith("ko") else "en"


def set_language(lang: str | None) -> None:
    global _current
    if lang is not None and lang not in LANGUAGES:
        raise ValueError(lang)
    _current = lang


def current_language() -> str:
    return _current or default_language()


@cache
def _catalogue(lang: str) -> dict[str, str]:
    if lang == "en":
        return {}
    from babel.messages.pofile import read_po

    messages: dict[str, str] = {}
    folder = resource_path("locale", lang)
    for po in sorted(folder.glob("*.po")):
        with po.open("rb") as fh:
            catalog = read_po(fh, locale=lang)
        for msg in catalog:
            if msg.id and msg.string and not msg.fuzzy:
                messages[str(msg.id)] = str(msg.string)
    return messages


def translate(message: str, lang: str | None = None, /, **params: Any) -> str:
    """``message`` in ``lang`` with ``params`` filled in. Korean texts attach particles to
    parameters with a format spec (``{name:은}``), chosen for the value by
    :mod:`caseapp.korean`; they never leave the choice between two forms to the reader."""
    language = lang or current_language()
    text = _catalogue(language).get(message, message)
    if not params:
        return text
    # a parameter that is itself a message (a field name) renders in this language first,
    # so a particle attaches to the words the reader sees
    rendered = {k: v.translated(language) if hasattr(v, "translated") else v
                for k, v in params.items()}
    from caseapp.korean import WithParticles  # not at start-up

    return text.format(**{k: WithParticles(v) for k, v in rendered.items()})


def _(message: str, /, **params: Any) -> str:
    return translate(message, None, **params)


def catalogue_ids(lang: str) -> set[str]:
    return set(_catalogue(lang))
