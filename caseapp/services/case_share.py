"""A case export is a share, and the victim's consent decides what it may carry: every case
must have consented to the export's purpose (police, takedown partner, transfer to another
office); victims' identifying details go only when asked for AND the case's consent covers
identifying the victim to that recipient; evidence content only where the victim agreed to
copies being kept. Every case that leaves is audited on its own."""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from caseapp.domain import fields
from caseapp.domain.cases import Case
from caseapp.domain.consent import ConsentScope
from caseapp.domain.evidence import CustodyAction
from caseapp.errors import BadInput
from caseapp.i18n import N_
from caseapp.services import case_io
from caseapp.services.case_json import ExportContext
from caseapp.store import case_repo, evidence_repo
from caseapp.store.vault import Vault

log = logging.getLogger(__name__)

# Whose consent lets the victim be identified to the recipient of a share.
IDENTITY_COVERED_BY: dict[ConsentScope, tuple[ConsentScope, ...]] = {
    ConsentScope.POLICE: (ConsentScope.POLICE,),
    ConsentScope.TAKEDOWN: (ConsentScope.TAKEDOWN, ConsentScope.IDENTIFY),
    ConsentScope.TRANSFER: (ConsentScope.TRANSFER,),
}


@dataclass(frozen=True, slots=True)
class ContentRef:
    code: str
    evidence_id: int
    sha256: str
    size: int


@dataclass(frozen=True, slots=True)
class CaseShare:
    case_id: int
    number: str
    identity: bool
    content: tuple[ContentRef, ...] = ()


@dataclass(slots=True)
class Share:
    document: dict[str, Any]
    purpose: ConsentScope | None
    include_identity: bool
    cases: list[CaseShare] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def _granted(ctx: ExportContext, case_id: int, scope: ConsentScope) -> bool:
    record = case_repo.latest_consent(ctx.conn, case_id, scope)
    return record is not None and record.granted


def prepare_share(vault: Vault, numbers: Sequence[str] | None = None, *,
                  purpose: ConsentScope | str | None = None, include_identity: bool = False,
                  with_content: bool = False) -> Share:
    """The export document and, per case, what it carries. Raises ConsentMissing (nothing
    written) when a case has not consented to ``purpose``; BadInput when identity is asked
    for without a purpose that could cover it."""
    wanted = None if purpose is None else fields.choice(ConsentScope, purpose,
                                                        N_("Consent scope"))
    if not isinstance(include_identity, bool):
        raise BadInput(N_("Say whether victims' identifying details are included."))
    if include_identity and wanted not in IDENTITY_COVERED_BY:
        raise BadInput(N_("Victims' identifying details go only to someone the victim agreed "
                          "to: say who the file is for with --for police, takedown or "
                          "transfer."))
    shares: list[CaseShare] = []

    def decide(ctx: ExportContext, case: Case) -> bool:
        identity = include_identity and wanted is not None and all(
            _granted(ctx, case.id, scope) for scope in IDENTITY_COVERED_BY[wanted])
        if include_identity and not identity:
            missing = [s for s in IDENTITY_COVERED_BY[wanted]  # type: ignore[index]
                       if not _granted(ctx, case.id, s)]
            ctx.warn(N_("Case {number}: the victim's details were left out; the victim has "
                        "not consented to {scope}."), number=case.number,
                     scope=fields.FieldName(missing[0].msgid))
        content: list[ContentRef] = []
        if with_content:
            kept = [i for i in evidence_repo.list_items(ctx.conn, case.id) if i.content_kept]
            if kept and not _granted(ctx, case.id, ConsentScope.COPIES):
                ctx.warn(N_("Case {number}: evidence files were left out; the victim has not "
                            "consented to copies being kept."), number=case.number)
            else:
                content = [ContentRef(i.code, i.id, i.sha256 or "", i.size or 0) for i in kept
                           if evidence_repo.content_id_of(ctx.conn, i.id) is not None]
        shares.append(CaseShare(case.id, case.number, identity, tuple(content)))
        return identity

    document, warnings = case_io.build_export(vault, numbers, purpose=wanted, identity=decide,
                                              with_content=with_content)
    return Share(document, wanted, include_identity, shares, warnings)


def identity_refusals(vault: Vault, numbers: Sequence[str],
                      purpose: ConsentScope | str | None) -> dict[str, str]:
    """Before an export, per case whose consent does not cover identifying the victim to the
    recipient of ``purpose``: the message the export would give when it leaves the details
    out (the GUI shows them next to the choice). Empty when every case is covered."""
    wanted = None if purpose is None else fields.choice(ConsentScope, purpose,
                                                        N_("Consent scope"))
    refusals: dict[str, str] = {}
    with vault.read() as conn:
        ctx = ExportContext(vault, conn)
        for number in numbers:
            case = case_repo.case_by_number(conn, number)
            if case is None:
                continue
            if wanted not in IDENTITY_COVERED_BY:
                refusals[case.number] = ""
                continue
            missing = [s for s in IDENTITY_COVERED_BY[wanted] if not _granted(ctx, case.id, s)]
            if missing:
                ctx.warn(N_("Case {number}: the victim's details were left out; the victim "
                            "has not consented to {scope}."), number=case.number,
                         scope=fields.FieldName(missing[0].msgid))
                refusals[case.number] = ctx.warnings[-1]
    return refusals


def record_share(vault: Vault, share: Share, *, file: str, form: str,
                 sealed_for: str | None = None) -> None:
    """Inside the caller's write transaction: one audit event per case (what it carried),
    a custody event per evidence file that left, and the summary event."""
    now = fields.now_utc()
    for case in share.cases:
        vault.audit("case.exported", "case", case.number, file=file, form=form,
                    purpose=None if share.purpose is None else share.purpose.value,
                    victim_details=case.identity, evidence_files=len(case.content),
                    sealed_for=sealed_for)
        for ref in case.content:
            evidence_repo.add_custody(vault.cases, ref.evidence_id, CustodyAction.EXPORTED, now,
                                      vault.actor, {"bundle": file, "sha256": ref.sha256})
    numbers = [c.number for c in share.cases]
    vault.audit("cases.exported", "store", "", file=file, form=form, count=len(numbers),
                cases=numbers[:1000], purpose=None if share.purpose is None
                else share.purpose.value,
                victim_details=sum(1 for c in share.cases if c.identity))


def export_cases(vault: Vault, out: Path, numbers: Sequence[str] | None = None, *,
                 purpose: ConsentScope | str | None = None,
                 include_identity: bool = False) -> case_io.ExportResult:
    """Write the cases (all, or ``numbers``) to ``out`` as format-1 JSON, IN CLEAR, for
    scripts. The same consent rules as a bundle (:mod:`caseapp.services.case_share`):
    victims' details only with ``include_identity`` and where the case's consent covers it;
    each case is audited."""
    out = Path(out)
    if out.exists() and out.is_dir():
        raise BadInput(N_("{path} is a folder; give a file name."), path=str(out))
    share = prepare_share(vault, numbers, purpose=purpose,
                                     include_identity=include_identity)
    exported = tuple(c.number for c in share.cases)
    partial = out.with_name(out.name + ".partial")
    try:
        fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(share.document, fh, ensure_ascii=False, indent=1, sort_keys=False)
            fh.write("\n")
            fh.flush()
            os.fsync(fh.fileno())
        with vault.write():
            record_share(vault, share, file=out.name, form="json")
            os.replace(partial, out)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise BadInput(N_("Could not write {path}: {detail}"), path=str(out),
                       detail=exc.strerror or type(exc).__name__) from exc
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    log.info("exported %d cases", len(exported))
    return case_io.ExportResult(out, exported, tuple(share.warnings),
                        tuple(c.number for c in share.cases if c.identity))
