"""Encrypted case bundles (``.cabundle``): whole cases, with evidence content where consent
allows, handed to a colleague's laptop, the deletion-support team or another office.
Sealed for the receiving store's public key, or with a one-time bundle passphrase
(docs/formats/case-bundle.md). Import authenticates and checks the whole bundle, and tries
the whole import, before it writes anything."""

from __future__ import annotations

import hashlib
import io
import json
import logging
import os
import tarfile
import threading
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from caseapp.domain import fields
from caseapp.domain.consent import ConsentScope
from caseapp.errors import BadImport, BadInput, Cancelled, CaseAppError, StorageFull
from caseapp.i18n import N_
from caseapp.security import bundle_crypto
from caseapp.security.bundle_crypto import BundleDamaged, Sealing
from caseapp.security.store_keypair import StorePublicKey, parse_public_key
from caseapp.services import case_io, case_share, store_key
from caseapp.services import evidence as evidence_service
from caseapp.services import vault as vault_service
from caseapp.store.vault import Vault, fsync_dir

log = logging.getLogger(__name__)

CONTENTS_FORMAT = "caseapp-bundle-contents"
CONTENTS_VERSION = 1
MANIFEST = "bundle.json"
CASES = "cases.json"
CONTENT_DIR = "content/"
MAX_MANIFEST = 8 << 20
MAX_CASES = 512 << 20
SUFFIX = ".cabundle"

Progress = Callable[[int, int], None]
CancelCheck = Callable[[], bool] | threading.Event | None


def _cancelled(cancel: CancelCheck) -> bool:
    if cancel is None:
        return False
    return cancel.is_set() if isinstance(cancel, threading.Event) else bool(cancel())


@dataclass(frozen=True, slots=True)
class BundleResult:
    path: Path
    numbers: tuple[str, ...]
    identity_cases: tuple[str, ...]     # cases whose victim details are inside
    content_files: int
    passphrase: str | None              # the one-time passphrase (None: sealed for a key)
    recipient_fingerprint: str | None
    warnings: tuple[str, ...]


# --- writing ------------------------------------------------------------------------------

def _check_out(vault: Vault, out: Path) -> Path:
    target = Path(out)
    if target.is_dir():
        raise BadInput(N_("{path} is a folder; give a file name."), path=str(target))
    if not target.parent.is_dir():
        raise BadInput(N_("The folder {path} does not exist."), path=str(target.parent))
    if target.suffix.lower() == ".json":
        raise BadInput(N_("A case bundle is encrypted, not JSON: name it {name}, or write "
                          "plain JSON with --format json --plaintext."),
                       name=target.with_suffix(SUFFIX).name)
    data_dir = Path(vault.data_dir).resolve()
    resolved = target.resolve()
    if resolved == data_dir or data_dir in resolved.parents:
        raise BadInput(N_("Bundles are not written into the CaseApp data folder; choose "
                          "another folder."))
    return target


def _tar_entry(name: str, size: int) -> tarfile.TarInfo:
    info = tarfile.TarInfo(name)
    info.size = size
    info.mode = 0o600
    info.mtime = 0          # nothing about when or by whom in the archive's own headers
    return info


class _Hashing(io.RawIOBase):
    def __init__(self, source: BinaryIO) -> None:
        super().__init__()
        self._source = source
        self.digest = hashlib.sha256()
        self.size = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        data = self._source.read(len(buffer))
        n = len(data)
        buffer[:n] = data
        self.digest.update(data)
        self.size += n
        return n


def export_bundle(vault: Vault, out: Path, numbers: Sequence[str] | None = None, *,
                  purpose: ConsentScope | str | None = None, include_identity: bool = False,
                  recipient_key: StorePublicKey | str | None = None,
                  progress: Progress | None = None,
                  cancel: CancelCheck = None) -> BundleResult:
    """Write the cases (all, or ``numbers``) as an encrypted bundle at ``out``.

    Consent decides what goes in (see :mod:`caseapp.services.case_share`): ``purpose`` must
    be consented to by every case; victims' details only with ``include_identity`` and for
    cases whose consent covers it; evidence content of items whose content is kept. With
    ``recipient_key`` (the one line ``store-key show`` prints on the receiving computer) only
    that store can open it; otherwise a one-time passphrase is made and returned in the
    result, never stored. Every case is audited; every item whose content went in gets a
    custody event. The file appears only when complete."""
    target = _check_out(vault, out)
    key = (parse_public_key(recipient_key) if isinstance(recipient_key, str)
           else recipient_key)
    share = case_share.prepare_share(vault, numbers, purpose=purpose,
                                     include_identity=include_identity, with_content=True)
    passphrase = None if key is not None else bundle_crypto.new_passphrase()
    sealing = Sealing(passphrase=passphrase, recipient=key)
    contents = [ref for case in share.cases for ref in case.content]
    manifest = {
        "format": CONTENTS_FORMAT, "version": CONTENTS_VERSION,
        "created_at": fields.format_timestamp(fields.now_utc()), "created_by": vault.actor,
        "organisation": vault_service.organisation(vault),
        "purpose": None if share.purpose is None else share.purpose.value,
        "cases": [{"number": c.number, "identity": c.identity} for c in share.cases],
        "content": [{"code": r.code, "sha256": r.sha256, "size": r.size} for r in contents],
    }
    total = sum(r.size for r in contents) + 1
    done = 0
    partial = target.with_name(f".{target.name}.partial")
    try:
        fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "wb") as fh:
            writer = bundle_crypto.BundleWriter(fh, sealing)
            with tarfile.open(fileobj=writer, mode="w|", format=tarfile.PAX_FORMAT) as tar:
                for name, data in ((MANIFEST, _json_bytes(manifest)),
                                   (CASES, case_io.document_bytes(share.document))):
                    tar.addfile(_tar_entry(name, len(data)), io.BytesIO(data))
                for ref in contents:
                    if _cancelled(cancel):
                        raise Cancelled()
                    source = evidence_service.open_content(vault, ref.evidence_id)
                    if source is None:
                        raise BadInput(N_("The content of evidence {code} is missing; run "
                                          "verify. Nothing was written."), code=ref.code)
                    hashing = _Hashing(source)
                    tar.addfile(_tar_entry(CONTENT_DIR + ref.code, ref.size),
                                io.BufferedReader(hashing, 1 << 20))
                    if hashing.digest.hexdigest() != ref.sha256 or hashing.size != ref.size:
                        raise BadInput(N_("Evidence {code} no longer matches its SHA-256; it "
                                          "was not exported. Run verify."), code=ref.code)
                    done += ref.size
                    if progress:
                        progress(done, total)
            writer.finish()
            fh.flush()
            os.fsync(fh.fileno())
        with vault.write():
            case_share.record_share(vault, share, file=target.name, form="bundle",
                                    sealed_for=None if key is None else key.fingerprint)
            os.replace(partial, target)
        fsync_dir(target.parent)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise StorageFull(detail=exc.strerror or type(exc).__name__) from None
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    if progress:
        progress(total, total)
    log.info("bundle written: %d cases, %d content files", len(share.cases), len(contents))
    return BundleResult(target, tuple(c.number for c in share.cases),
                        tuple(c.number for c in share.cases if c.identity), len(contents),
                        passphrase, None if key is None else key.fingerprint,
                        tuple(share.warnings))


def _json_bytes(data: Any) -> bytes:
    return json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8")


# --- reading ------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class BundleImport:
    numbers: tuple[str, ...]
    content_files: int
    organisation: str
    identity_cases: tuple[str, ...]


@dataclass(slots=True)
class _Opened:
    path: Path
    header: bundle_crypto.BundleHeader
    file_key: bytes
    size: int


def is_bundle_file(path: Path) -> bool:
    try:
        with open(path, "rb") as fh:
            return bundle_crypto.is_bundle(fh.read(len(bundle_crypto.MAGIC)))
    except OSError:
        return False


def _open(vault: Vault, path: Path, passphrase: str | None) -> _Opened:
    try:
        with open(path, "rb") as fh:
            header = bundle_crypto.read_header(fh)
            size = os.fstat(fh.fileno()).st_size
    except OSError as exc:
        raise BadInput(N_("Could not read {path}: {detail}"), path=str(path),
                       detail=exc.strerror or type(exc).__name__) from exc
    if passphrase is not None:
        file_key = bundle_crypto.file_key_from_passphrase(header, passphrase)
    else:
        private = store_key.existing_private_key(vault)
        if private is None and header.recipient_type == bundle_crypto.STORE_KEY:
            raise bundle_crypto.NotForThisStore(
                N_("This bundle was made for another store (key {wanted}); this store has "
                   "not made its key yet. Nothing was imported."),
                wanted=str(header.key_fingerprint)[:40])
        if private is None:
            raise BadInput(N_("This bundle is locked with a bundle passphrase: give it on "
                              "the second line of standard input with "
                              "--bundle-passphrase-stdin."))
        file_key = bundle_crypto.file_key_from_store_key(header, private)
    return _Opened(path, header, file_key, size)



@dataclass(slots=True)
class _Checked:
    manifest: dict[str, Any]
    document: Any
    content: dict[str, tuple[str, int]]       # code -> (sha256, size)


def _members(opened: _Opened, meter: Callable[[int], None]) -> Iterator[tuple[str, Any]]:
    """(name, readable member) in order, from a freshly authenticated read of the payload;
    after the last member the rest of the payload is read, so the end is authenticated."""
    with open(opened.path, "rb") as fh:
        reader = bundle_crypto.BundleReader(fh, opened.header, opened.file_key, meter)
        try:
            with tarfile.open(fileobj=io.BufferedReader(reader, 1 << 20), mode="r|") as tar:
                for member in tar:
                    if not member.isfile():
                        raise BundleDamaged(detail="unexpected entry")
                    stream = tar.extractfile(member)
                    assert stream is not None
                    yield member.name, stream
            reader.drain()
        except tarfile.TarError:
            raise BundleDamaged(detail="contents") from None


def _read_json(stream: Any, limit: int, what: str) -> Any:
    data = stream.read(limit + 1)
    if len(data) > limit:
        raise BundleDamaged(detail=f"{what} too large")
    return case_io.parse_document(data)


def _check(opened: _Opened, meter: Callable[[int], None],
           cancel: CancelCheck) -> _Checked:
    """Pass 1: authenticate every chunk, read the two JSON files, and hash every content
    file against the manifest. Nothing is written."""
    manifest: dict[str, Any] | None = None
    document: Any = None
    expected: dict[str, tuple[str, int]] = {}
    seen: set[str] = set()
    for index, (name, stream) in enumerate(_members(opened, meter)):
        if _cancelled(cancel):
            raise Cancelled()
        if index == 0:
            if name != MANIFEST:
                raise BundleDamaged(detail="no manifest")
            manifest = _manifest(_read_json(stream, MAX_MANIFEST, MANIFEST))
            expected = {c["code"]: (c["sha256"], c["size"]) for c in manifest["content"]}
        elif index == 1:
            if name != CASES:
                raise BundleDamaged(detail="no cases")
            document = _read_json(stream, MAX_CASES, CASES)
        else:
            code = name[len(CONTENT_DIR):] if name.startswith(CONTENT_DIR) else ""
            if code not in expected or code in seen:
                raise BundleDamaged(detail="unexpected entry")
            seen.add(code)
            digest = hashlib.sha256()
            size = 0
            while block := stream.read(1 << 20):
                digest.update(block)
                size += len(block)
            if (digest.hexdigest(), size) != expected[code]:
                raise BundleDamaged(detail=f"content of {code[:40]}")
    if manifest is None or document is None or seen != set(expected):
        raise BundleDamaged(detail="incomplete")
    return _Checked(manifest, document, expected)


def _manifest(data: Any) -> dict[str, Any]:
    try:
        ok = (data["format"] == CONTENTS_FORMAT and data["version"] == CONTENTS_VERSION
              and isinstance(data["cases"], list) and isinstance(data["content"], list))
        for entry in data["content"]:
            ok = ok and isinstance(entry["code"], str) and isinstance(entry["size"], int) \
                and isinstance(entry["sha256"], str) and len(entry["sha256"]) == 64
    except (KeyError, TypeError):
        ok = False
    if not ok:
        raise BundleDamaged(detail="manifest")
    return dict(data)


@dataclass(frozen=True, slots=True)
class BundleContents:
    numbers: tuple[str, ...]
    content_files: int
    organisation: str
    identity_cases: tuple[str, ...]
    purpose: str | None
    created_at: str


def preview_bundle(vault: Vault, path: Path, *, passphrase: str | None = None,
                   progress: Progress | None = None,
                   cancel: CancelCheck = None) -> BundleContents:
    """What a bundle holds, after the same checks as :func:`import_bundle` (every chunk
    authenticated, every content file hashed, the import tried and rolled back). Nothing is
    written: the GUI shows this before the counsellor confirms the import."""
    path = Path(path)
    opened = _open(vault, path, passphrase)
    total = max(opened.size, 1)
    done = [0]

    def meter(n: int) -> None:
        done[0] += n
        if progress:
            progress(min(done[0], total), total)

    checked = _check(opened, meter, cancel)
    tried = case_io.import_document(vault, checked.document, source=path.name,
                                    bundle_content=dict.fromkeys(checked.content, 0),
                                    dry_run=True)
    manifest = checked.manifest
    purpose = manifest.get("purpose")
    return BundleContents(
        tried.numbers, len(checked.content), str(manifest.get("organisation") or "")[:200],
        tuple(str(c.get("number")) for c in manifest["cases"]
              if isinstance(c, dict) and c.get("identity")),
        purpose if isinstance(purpose, str) else None,
        str(manifest.get("created_at") or "")[:40])


def import_bundle(vault: Vault, path: Path, *, passphrase: str | None = None,
                  progress: Progress | None = None,
                  cancel: CancelCheck = None) -> BundleImport:
    """Add the cases of a bundle to this store. Without ``passphrase`` the bundle must have
    been made for this store's key. The whole bundle is authenticated and checked (every
    content file against its SHA-256) and the import tried and rolled back, before anything
    is written; a damaged bundle, a wrong passphrase or key leave the store as it was."""
    path = Path(path)
    opened = _open(vault, path, passphrase)
    total = 2 * max(opened.size, 1)
    done = [0]

    def meter(n: int) -> None:
        done[0] += n
        if progress:
            progress(min(done[0], total), total)

    checked = _check(opened, meter, cancel)
    placeholders = dict.fromkeys(checked.content, 0)
    case_io.import_document(vault, checked.document, source=path.name,
                            bundle_content=placeholders, dry_run=True)
    stored: dict[str, int] = {}
    try:
        for name, stream in _members(opened, meter):
            if _cancelled(cancel):
                raise Cancelled()
            if name.startswith(CONTENT_DIR):
                code = name[len(CONTENT_DIR):]
                sha256, _size = checked.content[code]
                stored[code] = evidence_service.store_received_content(vault, stream,
                                                                      sha256=sha256)
        result = case_io.import_document(vault, checked.document, source=path.name,
                                         bundle_content=stored)
    except BaseException:
        evidence_service.remove_content(vault, stored.values())
        raise
    organisation = str(checked.manifest.get("organisation") or "")[:200]
    log.info("bundle imported: %d cases, %d content files", len(result.numbers), len(stored))
    return BundleImport(result.numbers, len(stored), organisation,
                        tuple(str(c.get("number")) for c in checked.manifest["cases"]
                              if isinstance(c, dict) and c.get("identity")))


def bundle_kind(path: Path) -> str | None:
    """"passphrase" or "store-key" for a bundle file, None for anything else (e.g. JSON)."""
    try:
        with open(path, "rb") as fh:
            return bundle_crypto.read_header(fh).recipient_type
    except (OSError, CaseAppError):
        return None


__all__ = ["BadImport", "BundleContents", "BundleImport", "BundleResult", "export_bundle",
           "import_bundle", "is_bundle_file", "preview_bundle"]
