"""What the organisation states in every letter (legal basis, signatory) and its edited
letter templates."""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, replace

from caseapp.domain import fields
from caseapp.domain.takedowns import LetterForm, RecipientKind
from caseapp.i18n import N_
from caseapp.services.takedowns.refs import LETTER_SETTING, UNCHANGED, _line, _now
from caseapp.store import takedown_repo
from caseapp.store.connection import Connection
from caseapp.store.vault import Vault
from caseapp.takedown import templates as letter_templates

log = logging.getLogger(__name__)



# --- letter settings and templates ------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class LetterSettings:
    """What the organisation states in letters to service providers: its legal basis (per
    language; empty means the default wording). ``signatory`` is kept from older versions
    and no longer printed: letters are signed by the counsellor profile that makes them."""

    legal_basis_ko: str = ""
    legal_basis_en: str = ""
    signatory: str = ""

    def legal_basis(self, lang: str) -> str:
        return self.legal_basis_ko if lang == "ko" else self.legal_basis_en


def _settings(conn: Connection) -> LetterSettings:
    raw = takedown_repo.get_setting(conn, LETTER_SETTING)
    try:
        data = json.loads(raw) if raw else {}
    except ValueError:
        data = {}
    if not isinstance(data, dict):
        data = {}
    return LetterSettings(**{k: str(data.get(k, "")) for k in LetterSettings.__slots__})


def letter_settings(vault: Vault) -> LetterSettings:
    with vault.read() as conn:
        return _settings(conn)


def set_letter_settings(vault: Vault, *, legal_basis_ko: str = UNCHANGED,
                        legal_basis_en: str = UNCHANGED,
                        signatory: str = UNCHANGED) -> LetterSettings:
    changes: dict[str, str] = {}
    if legal_basis_ko is not UNCHANGED:
        changes["legal_basis_ko"] = fields.long_text(legal_basis_ko, N_("Legal basis"))
    if legal_basis_en is not UNCHANGED:
        changes["legal_basis_en"] = fields.long_text(legal_basis_en, N_("Legal basis"))
    if signatory is not UNCHANGED:
        changes["signatory"] = _line(signatory, N_("Signatory"))
    with vault.write() as conn:
        updated = replace(_settings(conn), **changes)
        takedown_repo.set_setting(conn, LETTER_SETTING, json.dumps(
            {k: getattr(updated, k) for k in LetterSettings.__slots__}, ensure_ascii=False))
        vault.audit("takedown.letter_settings_changed", "store", "", fields=sorted(changes))
    return updated


def _template_choice(kind: RecipientKind | str, form: LetterForm | str,
                     lang: str) -> tuple[RecipientKind, LetterForm]:
    kind_value = fields.choice(RecipientKind, kind, N_("Recipient type"))
    form_value = fields.choice(LetterForm, form, N_("Letter form"))
    letter_templates.check_choice(kind_value, form_value, lang)
    return kind_value, form_value


def template_text(vault: Vault, kind: RecipientKind | str, form: LetterForm | str,
                  lang: str) -> tuple[str, bool]:
    """The template in use and whether the organisation edited it (False: shipped one)."""
    kind_value, form_value = _template_choice(kind, form, lang)
    with vault.read() as conn:
        edited = takedown_repo.get_template(conn, kind_value.value, form_value.value, lang)
    if edited is not None:
        return edited, True
    return letter_templates.default_text(kind_value, form_value, lang), False


def set_template(vault: Vault, kind: RecipientKind | str, form: LetterForm | str, lang: str,
                 body: str) -> None:
    """Store the organisation's version of a template after checking it (an unknown
    placeholder or a stray ``$`` is refused with the line number; nothing is stored)."""
    kind_value, form_value = _template_choice(kind, form, lang)
    letter_templates.parse(body)
    with vault.write() as conn:
        takedown_repo.set_template(conn, kind_value.value, form_value.value, lang, body, _now(),
                                   vault.actor)
        vault.audit("takedown.template_changed", "takedown_template",
                    f"{kind_value.value}.{form_value.value}.{lang}")


def reset_template(vault: Vault, kind: RecipientKind | str, form: LetterForm | str,
                   lang: str) -> bool:
    """Go back to the shipped template. False when it was not edited."""
    kind_value, form_value = _template_choice(kind, form, lang)
    with vault.write() as conn:
        removed = takedown_repo.delete_template(conn, kind_value.value, form_value.value, lang)
        if removed:
            vault.audit("takedown.template_reset", "takedown_template",
                        f"{kind_value.value}.{form_value.value}.{lang}")
    return removed

