"""The evidence package handed to police: the kept files under safe names, ``manifest.csv``
(headers in the package's language), ``manifest.json``, ``README.txt`` and ``SHA256SUMS``
over every other file, written whole or not at all."""

from __future__ import annotations

import csv
import hashlib
import json
import os
import re
import shutil
import unicodedata
import zipfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from caseapp.domain import file_names
from caseapp.domain.consent import ConsentScope
from caseapp.domain.evidence import CustodyAction, EvidenceItem, ExifFacts
from caseapp.errors import BadInput, Cancelled, CaseAppError
from caseapp.i18n import LANGUAGES, N_
from caseapp.reports.toolkit import check_language, format_timestamp
from caseapp.services import cases as case_service
from caseapp.services import organisation as organisation_service
from caseapp.services import package_readme
from caseapp.services.evidence import (
    CancelCheck,
    CaseRef,
    _cancelled,
    _case,
    _content_stream,
    _now,
    list_evidence,
)
from caseapp.services.package_readme import README_NAME, SUMS_NAME
from caseapp.store import evidence_repo
from caseapp.store.vault import Vault


class NothingToPackage(CaseAppError):
    """Every item chosen lacks a file the centre keeps: a package would hold no evidence."""

    exit_code = 1
    default_message = N_("Case {number} has no evidence file the centre keeps: {hash_only} "
                         "file(s) are recorded by hash only (no consent to keep copies) and "
                         "{no_file} item(s) are links or notes. No package was written.")
    hint = N_("The police report lists their hashes.")


@dataclass(frozen=True, slots=True)
class PackageResult:
    path: Path
    items: int
    files: int
    hash_only: tuple[str, ...] = ()   # codes of files recorded by hash only (not included)


_UNSAFE = re.compile(r"[^\w.\-]+", re.UNICODE)
MANIFEST_FIELDS = (
    "code", "kind", "platform", "url", "channel_name", "channel_id", "message_id",
    "poster_account", "captured_at", "captured_tz", "captured_by", "description",
    "original_filename", "package_file", "size", "mime", "sha256", "md5", "pdq_hex",
    "pdq_quality", "width", "height", "exif_camera", "exif_taken_at", "exif_software",
    "gps_in_original", "content_kept", "held_as", "created_at", "created_by",
)


def safe_file_name(item: EvidenceItem, ext: str | None) -> str:
    """``CODE_original-stem.ext``: the evidence code first (so no name is ever a reserved
    Windows device name and names sort by code), then the original name's letters."""
    stem = Path(item.original_filename or "").stem
    stem = unicodedata.normalize("NFC", stem)
    stem = _UNSAFE.sub("_", stem).strip("._")[:60]
    suffix = (ext or Path(item.original_filename or "").suffix.lstrip(".") or "bin")
    suffix = _UNSAFE.sub("", suffix)[:10] or "bin"
    return file_names.safe_file_name(f"{item.code}_{stem}" if stem else item.code,
                                     f".{suffix}", fallback=item.code)


def manifest_row(item: EvidenceItem, package_file: str | None) -> dict[str, Any]:
    exif = item.exif or ExifFacts()
    return {
        "code": item.code, "kind": item.kind.value,
        "platform": item.platform.value if item.platform else "", "url": item.url or "",
        "channel_name": item.channel_name or "", "channel_id": item.channel_id or "",
        "message_id": item.message_id or "", "poster_account": item.poster_account or "",
        "captured_at": item.captured_at.isoformat() if item.captured_at else "",
        "captured_tz": item.captured_tz, "captured_by": item.captured_by,
        "description": item.description, "original_filename": item.original_filename or "",
        "package_file": package_file or "", "size": item.size, "mime": item.mime or "",
        "sha256": item.sha256 or "", "md5": item.md5 or "", "pdq_hex": item.pdq_hex or "",
        "pdq_quality": item.pdq_quality, "width": item.width, "height": item.height,
        "exif_camera": exif.camera or "", "exif_taken_at": exif.taken_at or "",
        "exif_software": exif.software or "", "gps_in_original": exif.has_gps,
        "content_kept": item.content_kept,
        "held_as": package_readme.held_as(item, package_file),
        "created_at": item.created_at.isoformat(),
        "created_by": item.created_by,
    }


def _csv_cell(value: Any) -> str:
    text = "" if value is None else str(value)
    # A spreadsheet would run a cell starting with these as a formula.
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def _sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        while block := fh.read(1 << 20):
            digest.update(block)
    return digest.hexdigest()


def build_package(vault: Vault, case: CaseRef, out: Path, *, as_zip: bool = False,
                  lang: str = "en", evidence_ids: Iterable[int] | None = None,
                  progress: Callable[[int, int], None] | None = None,
                  cancel: CancelCheck = None) -> PackageResult:
    """The evidence files for police with safe names, ``manifest.csv`` (headers and words in
    ``lang``), ``manifest.json``, ``README.txt`` (``lang`` first, then the other language)
    and ``SHA256SUMS`` covering every other file (``sha256sum -c``). Needs consent to share
    with police; files recorded by hash only are listed, never promised. Refused
    (:class:`NothingToPackage`, nothing written) when no item has a kept file. Written to a
    temporary folder and renamed only when complete."""
    check_language(lang)
    current = _case(vault, case)
    case_service.require_consent(vault, current, ConsentScope.POLICE)
    items = list_evidence(vault, current)
    if evidence_ids is not None:
        wanted = set(evidence_ids)
        items = [i for i in items if i.id in wanted]
    if not items:
        raise BadInput(N_("Case {number} has no evidence to package."), number=current.number)
    hash_only = [i for i in items if i.hash_only]
    if not any(i.has_file and i.content_kept for i in items):
        raise NothingToPackage(number=current.number, hash_only=len(hash_only),
                               no_file=sum(1 for i in items if not i.has_file))
    out = Path(out)
    final = out.with_suffix(".zip") if as_zip and out.suffix.lower() != ".zip" else out
    if final.exists():
        raise BadInput(N_("{path} already exists; choose a new name."), path=str(final))
    staging = final.with_name(f".{final.name}.partial")
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(parents=True, mode=0o700)
    _private(staging, 0o700)
    files = 0
    rows = []
    sums = []
    try:
        for done, item in enumerate(items, start=1):
            if _cancelled(cancel):
                raise Cancelled()
            name = None
            stream = _content_stream(vault, item) if item.content_kept else None
            if stream is not None:
                # Fitted to the longer staging path, so the write cannot hit MAX_PATH.
                name = file_names.fit_in_folder(staging, safe_file_name(item, _extension(item)),
                                                keep=len(item.code))
                digest = hashlib.sha256()
                with open(staging / name, "wb") as fh:
                    while block := stream.read(1 << 20):
                        digest.update(block)
                        fh.write(block)
                if digest.hexdigest() != item.sha256:
                    raise BadInput(N_("Evidence {code} no longer matches its SHA-256; it was "
                                      "not exported. Run verify."), code=item.code)
                sums.append(f"{item.sha256}  {name}\n")
                files += 1
            rows.append(manifest_row(item, name))
            if progress:
                progress(done, len(items))
        if files == 0:  # content gone since the check above (a withdrawal in between)
            raise NothingToPackage(number=current.number, hash_only=len(hash_only),
                                   no_file=sum(1 for i in items if not i.has_file))
        made = _now()
        org = organisation_service.get(vault)
        with open(staging / "manifest.csv", "w", encoding="utf-8-sig", newline="") as fh:
            writer = csv.writer(fh)
            writer.writerow([package_readme.column_label(f, lang) for f in MANIFEST_FIELDS])
            for row in rows:
                writer.writerow([_csv_cell(package_readme.cell_value(f, row[f], lang))
                                 for f in MANIFEST_FIELDS])
        (staging / "manifest.json").write_text(json.dumps(
            {"format": "caseapp-evidence-package", "version": 2, "case": current.number,
             "lang": lang, "created_at": made.isoformat(), "created_by": vault.actor,
             "items": rows}, ensure_ascii=False, indent=2), encoding="utf-8")
        local = made.astimezone(org.zone)
        (staging / README_NAME).write_text(package_readme.readme(
            number=current.number, organisation=org.name, actor=vault.actor,
            made_at={code: format_timestamp(local, code) for code in LANGUAGES},
            lang=lang, items=items, files=files, hash_only=hash_only,
            no_file=sum(1 for i in items if not i.has_file)), encoding="utf-8", newline="\n")
        # every file but SHA256SUMS itself, the manifests and README included
        for extra in ("manifest.csv", "manifest.json", README_NAME):
            sums.append(f"{_sha256_of(staging / extra)}  {extra}\n")
        (staging / SUMS_NAME).write_text("".join(sums), encoding="utf-8", newline="\n")
        for path in staging.iterdir():  # decrypted evidence: for this person's eyes only
            _private(path, 0o600)
        if as_zip:
            partial_zip = final.with_name(f".{final.name}.partial.zip")
            with zipfile.ZipFile(partial_zip, "w", zipfile.ZIP_STORED) as zf:
                for path in sorted(staging.iterdir()):
                    zf.write(path, f"{final.stem}/{path.name}")
            _private(partial_zip, 0o600)
            os.replace(partial_zip, final)
            shutil.rmtree(staging)
        else:
            os.replace(staging, final)
    except BaseException as exc:
        shutil.rmtree(staging, ignore_errors=True)
        if as_zip:
            final.with_name(f".{final.name}.partial.zip").unlink(missing_ok=True)
        if isinstance(exc, OSError):
            from caseapp.errors import StorageFull

            raise StorageFull(detail=exc.strerror or type(exc).__name__) from None
        raise
    now = _now()
    with vault.write() as conn:
        for item in items:
            evidence_repo.add_custody(conn, item.id, CustodyAction.EXPORTED, now, vault.actor,
                                      {"package": final.name})
        vault.audit("evidence.package_exported", "case", current.id, case=current.number,
                    package=final.name, items=len(items), files=files,
                    listing=[[r["code"], r["sha256"]] for r in rows])
    return PackageResult(final, len(items), files, tuple(i.code for i in hash_only))


def _private(path: Path, mode: int) -> None:
    """Other users of the computer may not read what is written here (POSIX modes; on
    Windows the user's own folders give other users no access, see docs/install.md)."""
    if os.name == "posix":
        path.chmod(mode)


def _extension(item: EvidenceItem) -> str | None:
    mime_ext = {"image/jpeg": "jpg", "image/png": "png", "image/webp": "webp",
                "image/gif": "gif", "video/mp4": "mp4", "application/pdf": "pdf",
                "text/plain": "txt", "application/json": "json", "text/html": "html",
                "video/quicktime": "mov"}
    return mime_ext.get(item.mime or "")
