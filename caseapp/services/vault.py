"""Creating, unlocking and re-keying a store; verifying it."""

from __future__ import annotations

import hashlib
import json
import logging
import os
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from caseapp.errors import (
    BadInput,
    CaseAppError,
    DamagedDatabase,
    KeyringUnavailable,
    NotAllowed,
    StoreBusy,
    StoreExists,
    StoreMissing,
    WrongSecret,
)
from caseapp.i18n import N_
from caseapp.security import audit_chain, device_slot, keys, keyslots, passphrase_policy
from caseapp.security import recovery_code as recovery_codes
from caseapp.security.keyslots import Argon2Params, KeySlots
from caseapp.security.throttle import UnlockThrottle
from caseapp.store import audit_repo, case_search, last_seen, meta_repo, store_lock
from caseapp.store.connection import (
    CASES_DB,
    EVIDENCE_DB,
    Connection,
    DbSpec,
    apply_cipher_settings,
    integrity_problems,
)
from caseapp.store.vault import Vault, fsync_dir, storage_errors, utc_now

__all__ = ["Vault"]  # the unlocked store type callers annotate with (re-exported)

log = logging.getLogger(__name__)

REKEY_JOURNAL = "rekey.json"
NEW_SUFFIX = ".rekey-new"


@dataclass(frozen=True, slots=True)
class NewStore:
    vault: Vault
    recovery_code: str
    kit_text: str


def exclusive_access(data_dir: Path) -> store_lock.FolderLock:
    """Hold the store alone (no other CaseApp process has it open) until released; raises
    :class:`~caseapp.errors.StoreInUse` otherwise. Taken before unlocking by commands that
    re-key or replace the store, so a refusal changes nothing at all."""
    return store_lock.exclusive(Path(data_dir))


def private_folder(path: Path) -> None:
    """Only the person using CaseApp may list or open the data folder (0700 on POSIX; the
    file names alone say which store this is). On Windows the per-user profile folder it lives
    in already has no access for other users (docs/install.md)."""
    if os.name != "posix":
        return
    try:
        if path.stat().st_mode & 0o077:
            path.chmod(0o700)
    except OSError:
        log.warning("could not make the data folder private")


def store_exists(data_dir: Path) -> bool:
    return keyslots.path_in(data_dir).exists()


def create_store(data_dir: Path, passphrase: str, *, organisation: str = "",
                 actor: str = "admin", params: Argon2Params | None = None,
                 allow_weak_kdf: bool = False, check_strength: bool = True) -> NewStore:
    """Initialise an empty data directory. ``keyslots.json`` is written last: it is the
    commit point that makes the directory a store."""
    data_dir = Path(data_dir)
    if store_exists(data_dir) or (data_dir / CASES_DB.filename).exists():
        raise StoreExists(path=str(data_dir))
    if check_strength:
        passphrase_policy.check(passphrase, (organisation, actor))
    if params is not None and not params.meets_floor and not allow_weak_kdf:
        raise BadInput(N_("Argon2 parameters below m=64 MiB, t=3 are not allowed."))
    data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    private_folder(data_dir)
    for name in (CASES_DB.filename, EVIDENCE_DB.filename):
        for suffix in ("", "-wal", "-shm", "-journal"):
            leftover = data_dir / (name + suffix)
            if leftover.exists():  # an earlier init died before its commit point
                leftover.unlink()

    master = keys.new_master_key()
    store_id = keys.new_store_id()
    code = recovery_codes.generate()
    slots = KeySlots(store_id=store_id, created_at=keyslots.now_iso())
    slots.slots.append(keyslots.new_slot(keyslots.PASSPHRASE, store_id, master, passphrase,
                                         params=params))
    slots.slots.append(keyslots.new_slot(keyslots.RECOVERY, store_id, master, code))

    vault = Vault(data_dir, store_id, bytearray(master), actor, create=True)
    try:
        with vault.write() as conn:
            meta_repo.set_meta(conn, "store_id", store_id)
            meta_repo.set_meta(conn, "created_at", slots.created_at)
            meta_repo.set_meta(conn, "organisation", organisation)
            case_search.mark_current(conn)
            vault.audit("store.created", "store", store_id, organisation=organisation)
        with vault.evidence:
            vault.evidence.execute("BEGIN IMMEDIATE")
            meta_repo.set_meta(vault.evidence, "store_id", store_id)
            vault.evidence.execute("COMMIT")
        keyslots.save(data_dir, slots)
        fsync_dir(data_dir)
    except BaseException:
        vault.close()
        raise
    keys.wipe(master)
    return NewStore(vault, code, keyslots.kit_text(slots))


class RolledBack(DamagedDatabase):
    default_message = N_(
        "The case database is older than when it was last closed on this computer (for "
        "example its -wal file is missing, or an older copy was put back). Nothing was "
        "written to it.")
    hint = N_("Restore the latest backup. If you put an older copy back on purpose, run "
              "'caseapp-admin accept-older-copy'.")


def _open(data_dir: Path, store_id: str, master: bytearray, actor: str, method: str,
          throttle: UnlockThrottle, *, accept_rollback: bool = False) -> Vault:
    vault = Vault(data_dir, store_id, master, actor)
    if vault.damaged:
        # Opened read-only so what can still be read can be exported; not even the unlock
        # is recorded, since nothing is ever written to a damaged file.
        log.info("store opened read-only: %s is damaged", vault.damaged)
        return vault
    try:
        with storage_errors(vault, CASES_DB.filename):
            if not accept_rollback and last_seen.rolled_back(vault.cases, vault.store_id,
                                                               vault.data_dir):
                vault.damaged = CASES_DB.filename  # not marked: accept-older-copy may follow
                raise RolledBack(name=CASES_DB.filename)
            failures = throttle.succeeded()
            # Queued rather than failed while another process writes: a read needs no lock.
            for at in failures:
                vault.audit_when_free(
                    "unlock.failed", "store", store_id,
                    at=datetime.fromtimestamp(at, UTC).isoformat(timespec="seconds"))
            vault.audit_when_free("unlock", "store", store_id, method=method)
        upgrade_search_index(vault)
    except BaseException:
        vault.close(checkpoint=False)  # nothing more is written to a store that failed to open
        raise
    return vault


def upgrade_search_index(vault: Vault) -> int | None:
    """Once, after an upgrade that changed what a case's search text holds (today: what its
    evidence says): re-index every case and record that in the store, in one transaction.
    Returns how many cases were re-indexed, or None when nothing was due. A store another
    process is writing to is left for the next unlock (search keeps the older text)."""
    if case_search.is_current(vault.cases):
        return None
    try:
        with vault.write() as conn:
            if case_search.is_current(conn):  # another process did it meanwhile
                return None
            count = case_search.rebuild(conn)
            vault.audit("search_index.rebuilt", "store", "", cases=count,
                        reason="upgrade", version=case_search.DOCUMENT_VERSION)
    except StoreBusy:
        log.info("search index upgrade left for the next unlock: the store is busy")
        return None
    log.info("search index upgraded to version %d: %d cases", case_search.DOCUMENT_VERSION,
             count)
    return count


def unlock(data_dir: Path, *, passphrase: str | None = None, recovery_code: str | None = None,
           device: bool = False, actor: str = "admin", accept_rollback: bool = False) -> Vault:
    """Unlock with exactly one secret. A wrong secret raises before any file in the data
    directory is opened for writing (a rekey's leftovers are only acted on once the secret
    has proven itself)."""
    data_dir = Path(data_dir)
    slots = keyslots.load(data_dir)
    throttle = UnlockThrottle(slots.store_id)
    throttle.check()
    secret: str | bytes
    if passphrase is not None:
        kind, secret, method = keyslots.PASSPHRASE, passphrase, "passphrase"
    elif recovery_code is not None:
        kind, secret, method = keyslots.RECOVERY, recovery_code, "recovery code"
    elif device:
        raw = device_slot.load_secret(slots.store_id)
        if raw is None or not slots.of_kind(keyslots.DEVICE):
            raise KeyringUnavailable(N_(
                "Quick unlock is not set up on this computer. Use the passphrase."))
        kind, secret, method = keyslots.DEVICE, raw, "device"
    else:
        raise BadInput(N_("No passphrase or recovery code was given."))
    try:
        master = _settle_rekey(data_dir, slots, lambda found: found.unlock(kind, secret))
    except WrongSecret:
        throttle.failed()
        raise
    keyslots.drop_previous_versions(data_dir)
    private_folder(data_dir)
    vault = _open(data_dir, slots.store_id, master, actor, method, throttle,
                  accept_rollback=accept_rollback)
    if accept_rollback:
        with vault.write():
            vault.audit("store.older_copy_accepted", "store", slots.store_id)
        last_seen.record(vault.cases, vault.store_id, vault.data_dir)
    return vault


def recover_with_kit(data_dir: Path, kit_text: str, recovery_code: str, new_passphrase: str,
                     *, actor: str = "admin", params: Argon2Params | None = None) -> Vault:
    """``keyslots.json`` lost or damaged: rebuild it from the recovery kit's printed slot,
    the recovery code and a new passphrase."""
    data_dir = Path(data_dir)
    if not (data_dir / CASES_DB.filename).exists():
        raise StoreMissing(path=str(data_dir))
    kit = keyslots.slots_from_kit_text(kit_text)
    passphrase_policy.check(new_passphrase)
    throttle = UnlockThrottle(kit.store_id)
    throttle.check()
    try:
        master = kit.unlock(keyslots.RECOVERY, recovery_code)
    except WrongSecret:
        throttle.failed()
        raise
    if _rekey_leftovers(data_dir):
        # The kit may be older or newer than an interrupted rekey: its master key decides.
        master = _settle_rekey(data_dir, kit, lambda _found: bytearray(master),
                               current_master=master)
    vault = _open(data_dir, kit.store_id, master, actor, "recovery kit", throttle)
    try:
        slots = KeySlots(store_id=kit.store_id, created_at=kit.created_at, slots=list(kit.slots))
        slots.slots.append(keyslots.new_slot(keyslots.PASSPHRASE, kit.store_id,
                                             vault.master_key, new_passphrase, params=params))
        with vault.write():
            vault.audit("keyslots.rebuilt", "store", kit.store_id, source="recovery kit")
        keyslots.save(data_dir, slots)
    except BaseException:
        vault.close()
        raise
    return vault


# --- key management on an unlocked vault --------------------------------------------------

def change_passphrase(vault: Vault, new_passphrase: str, *,
                      params: Argon2Params | None = None) -> None:
    """Re-wrap the master key under a new passphrase (instant). Older copies of the key
    slots (a backup's) still open the current data with the old passphrase: when it may have
    leaked, use :func:`rotate_keys` instead."""
    passphrase_policy.check(new_passphrase)
    slots = keyslots.load(vault.data_dir)
    slot = keyslots.new_slot(keyslots.PASSPHRASE, vault.store_id, vault.master_key,
                             new_passphrase, params=params)
    slots.replace_kind(keyslots.PASSPHRASE, slot)
    with vault.write():
        vault.audit("passphrase.changed", "store", vault.store_id)
        keyslots.save(vault.data_dir, slots)


@dataclass(frozen=True, slots=True)
class RotatedKeys:
    vault: Vault
    recovery_code: str
    kit_text: str


def rotate_keys(vault: Vault, passphrase: str, *, new_passphrase: str | None = None,
                params: Argon2Params | None = None,
                progress: Callable[[str], None] | None = None) -> RotatedKeys:
    """A new master key (both databases re-encrypted, see :func:`rekey`), a new recovery
    code and optionally a new passphrase: every older key slot, recovery kit or quick-unlock
    secret, of any age, opens nothing of the current data. ``passphrase`` is the current one
    (proved again). The same ``vault`` object stays open under the new key."""
    if new_passphrase is not None:
        passphrase_policy.check(new_passphrase)
    rotated, code, kit = rekey(vault, passphrase, new_passphrase=new_passphrase,
                               params=params, progress=progress)
    return RotatedKeys(rotated, code, kit)


def regenerate_recovery_code(vault: Vault, passphrase: str, *,
                             params: Argon2Params | None = None) -> tuple[str, str]:
    """A new recovery code; the old code and every printed kit stop working, on this data
    and on any copy of its key slots, because the master key is rotated with it (a new
    recovery slot over the same master key would leave the old kit's slot valid).
    ``passphrase`` is the current one: the passphrase slot is re-made under the new key.
    Returns (code, kit text)."""
    rotated = rotate_keys(vault, passphrase, params=params)
    return rotated.recovery_code, rotated.kit_text


def current_kit_text(vault: Vault) -> str:
    return keyslots.kit_text(keyslots.load(vault.data_dir))


def enable_device_unlock(vault: Vault) -> None:
    secret = device_slot.store_secret(vault.store_id)
    slots = keyslots.load(vault.data_dir)
    slots.replace_kind(keyslots.DEVICE, keyslots.new_slot(
        keyslots.DEVICE, vault.store_id, vault.master_key, secret, label=_host_label()))
    with vault.write():
        vault.audit("device_slot.added", "store", vault.store_id,
                    backend=device_slot.backend_name())
        keyslots.save(vault.data_dir, slots)


def disable_device_unlock(vault: Vault) -> None:
    slots = keyslots.load(vault.data_dir)
    slots.replace_kind(keyslots.DEVICE, None)
    with vault.write():
        vault.audit("device_slot.removed", "store", vault.store_id)
        keyslots.save(vault.data_dir, slots)
    device_slot.delete_secret(vault.store_id)


def device_unlock_enabled(data_dir: Path) -> bool:
    try:
        slots = keyslots.load(Path(data_dir))
    except (StoreMissing, BadInput):
        return False
    return bool(slots.of_kind(keyslots.DEVICE)) and device_slot.load_secret(slots.store_id) \
        is not None


def quick_unlock_available() -> bool:
    """Whether this computer has a secure OS keyring for quick unlock."""
    return device_slot.available()


def quick_unlock_backend() -> str:
    """The keyring backend quick unlock would use (for the self-test and support)."""
    return device_slot.backend_name()


def seconds_to_wait(data_dir: Path) -> int:
    """How long the unlock screen must wait before the next attempt (0 when it need not,
    or when the folder holds no store yet)."""
    try:
        store_id = keyslots.load(Path(data_dir)).store_id
    except CaseAppError:
        return 0
    return int(UnlockThrottle(store_id).seconds_to_wait() + 0.999)


# The passphrase rules, for forms that explain them while the person types.
PASSPHRASE_MIN_LENGTH = passphrase_policy.MIN_LENGTH
PASSPHRASE_MIN_SCORE = passphrase_policy.MIN_SCORE
PassphraseStrength = passphrase_policy.Strength


def passphrase_strength(passphrase: str,
                        context: tuple[str, ...] = ()) -> passphrase_policy.Strength:
    return passphrase_policy.estimate(passphrase, context)


def floor_kdf_params(parallelism: int = 1) -> Argon2Params:
    """The lowest Argon2id parameters production allows (m=64 MiB, t=3)."""
    return Argon2Params(keyslots.FLOOR_MEMORY_KIB, keyslots.FLOOR_TIME, parallelism)


def _host_label() -> str:
    import platform

    return platform.node()[:64]


# --- rekey -------------------------------------------------------------------------------

def _export_copy(vault: Vault, spec: DbSpec, new_key: bytes) -> Path:
    source = vault.cases if spec is CASES_DB else vault.evidence
    target = vault.data_dir / (spec.filename + NEW_SUFFIX)
    if target.exists():
        target.unlink()
    version = int(source.execute("PRAGMA user_version").fetchone()[0])
    literal = "".join(("x'", new_key.hex(), "'"))
    try:
        source.execute("ATTACH DATABASE ? AS rekeyed KEY ?", (str(target), literal))
    finally:
        keys.scrub(literal)
    try:
        apply_cipher_settings(source, spec, "rekeyed")
        source.execute("SELECT sqlcipher_export('rekeyed')")
        source.execute(f"PRAGMA rekeyed.user_version = {version}")
    finally:
        source.execute("DETACH DATABASE rekeyed")
    with open(target, "rb+") as fh:
        os.fsync(fh.fileno())
    return target


def rekey(vault: Vault, passphrase: str, *, new_passphrase: str | None = None,
          params: Argon2Params | None = None,
          progress: Callable[[str], None] | None = None) -> tuple[Vault, str, str]:
    """New master key for a suspected compromise: both databases are re-encrypted into new
    files, a new recovery code replaces the old one, the quick-unlock slot is dropped. The
    switch is one atomic, authenticated journal write; until then the old files stay the
    store, and an interrupted run is rolled forward (after the commit) or dropped (before
    it) at the next unlock. ``passphrase`` is the current one (proved again);
    ``new_passphrase`` replaces it in the same step.
    Returns (the same vault, open under the new key; new recovery code; new kit text)."""
    with store_lock.exclusive(vault.data_dir):
        return _rekey(vault, passphrase, new_passphrase or passphrase, params=params,
                      progress=progress)


def _rekey(vault: Vault, passphrase: str, new_passphrase: str, *,
           params: Argon2Params | None,
           progress: Callable[[str], None] | None) -> tuple[Vault, str, str]:
    slots = keyslots.load(vault.data_dir)
    keys.wipe(slots.unlock(keyslots.PASSPHRASE, passphrase))  # re-prove the passphrase
    data_dir, store_id = vault.data_dir, vault.store_id
    new_master = keys.new_master_key()
    code = recovery_codes.generate()
    new_slots = KeySlots(store_id=store_id, created_at=slots.created_at)
    new_slots.slots.append(keyslots.new_slot(keyslots.PASSPHRASE, store_id, new_master,
                                             new_passphrase, params=params))
    new_slots.slots.append(keyslots.new_slot(keyslots.RECOVERY, store_id, new_master, code))

    # Archive every audit epoch's key under the new master and open a new epoch.
    archive = AESGCM(keys.derive(new_master, keys.LABEL_AUDIT_ARCHIVE, store_id))
    with vault.write() as conn:
        vault.audit("rekey.started", "store", store_id)
        # Read once, before any is re-wrapped: after the first re-wrap the older epochs no
        # longer open under the current master key (a second rekey failed there).
        epoch_keys = vault.audit_keys()
        for epoch, key in epoch_keys.items():
            nonce = os.urandom(12)
            audit_repo.archive_epoch_key(conn, epoch, nonce,
                                         archive.encrypt(nonce, key, str(epoch).encode()))
        new_epoch = max(epoch_keys) + 1
        audit_repo.add_epoch(conn, new_epoch, utc_now())
        # the store key pair survives a rekey: bundles made for this store still open
        from caseapp.services import store_key

        store_key.rewrap_for_rekey(conn, vault.master_key, new_master, store_id)
    vault.checkpoint()
    if progress:
        progress("cases.db")
    new_files = [_export_copy(vault, CASES_DB, keys.derive(new_master, CASES_DB.key_label,
                                                           store_id))]
    if progress:
        progress("evidence.db")
    new_files.append(_export_copy(vault, EVIDENCE_DB, keys.derive(
        new_master, EVIDENCE_DB.key_label, store_id)))
    slots_payload = json.dumps(new_slots.to_json(), indent=2).encode("utf-8")
    keyslots.atomic_write(data_dir / (keyslots.FILENAME + NEW_SUFFIX), slots_payload)
    journal = _journal_payload(store_id, vault.master_key, new_master, slots_payload)
    vault.close_databases()
    try:
        # The commit point: from here on the new files are the store.
        keyslots.atomic_write(data_dir / REKEY_JOURNAL, journal)
        _roll_forward(data_dir)
    finally:
        vault.reopen(new_master if not (data_dir / (keyslots.FILENAME + NEW_SUFFIX)).exists()
                     and not (data_dir / REKEY_JOURNAL).exists()
                     else bytearray(vault.master_key))
    device_slot.delete_secret(store_id)
    with vault.write():
        vault.audit("rekey.finished", "store", store_id, epoch=new_epoch)
    return vault, code, keyslots.kit_text(new_slots)


# The journal that commits a rekey is authenticated, so a forged "committed" file cannot
# make CaseApp swap cases.db: it carries the new master key wrapped under the old one (an
# unlock with an old secret rolls forward with it) and a tag under the new one (an unlock
# with a new secret checks it), both bound to the exact new key slots.
LABEL_REKEY_JOURNAL = b"caseapp/v1/rekey-journal"


def _journal_aad(store_id: str, slots_payload: bytes) -> bytes:
    digest = hashlib.sha256(slots_payload).hexdigest()
    return f"caseapp-rekey-journal|committed|{store_id}|{digest}".encode()


def _journal_payload(store_id: str, old_master: bytes | bytearray, new_master: bytearray,
                     slots_payload: bytes) -> bytes:
    aad = _journal_aad(store_id, slots_payload)
    nonce_old, nonce_new = os.urandom(12), os.urandom(12)
    by_old = AESGCM(keys.derive(old_master, LABEL_REKEY_JOURNAL, store_id)).encrypt(
        nonce_old, bytes(new_master), aad)
    by_new = AESGCM(keys.derive(new_master, LABEL_REKEY_JOURNAL, store_id)).encrypt(
        nonce_new, b"", aad)
    return json.dumps({"state": "committed", "at": utc_now(), "store_id": store_id,
                       "nonce_old": nonce_old.hex(), "by_old": by_old.hex(),
                       "nonce_new": nonce_new.hex(), "by_new": by_new.hex()}).encode()


def _rekey_leftovers(data_dir: Path) -> bool:
    names = [n + NEW_SUFFIX for n in (CASES_DB.filename, EVIDENCE_DB.filename,
                                      keyslots.FILENAME)]
    return (data_dir / REKEY_JOURNAL).exists() or any((data_dir / n).exists() for n in names)


def _committed_master(data_dir: Path, store_id: str, master: bytearray) -> bytearray | None:
    """The master key a committed, authentic rekey journal leads to from ``master`` (the
    new key when ``master`` is the old one, ``master`` itself when it already is the new
    one), or None when there is no such journal."""
    try:
        journal = json.loads((data_dir / REKEY_JOURNAL).read_text(encoding="utf-8"))
        if journal["state"] != "committed" or journal["store_id"] != store_id:
            return None
        new_slots = data_dir / (keyslots.FILENAME + NEW_SUFFIX)
        payload = new_slots.read_bytes() if new_slots.exists() else \
            keyslots.path_in(data_dir).read_bytes()
        aad = _journal_aad(store_id, payload)
        nonce_old, by_old = bytes.fromhex(journal["nonce_old"]), bytes.fromhex(journal["by_old"])
        nonce_new, by_new = bytes.fromhex(journal["nonce_new"]), bytes.fromhex(journal["by_new"])
    except (OSError, ValueError, KeyError, TypeError):
        return None
    try:
        return bytearray(AESGCM(keys.derive(master, LABEL_REKEY_JOURNAL, store_id)).decrypt(
            nonce_old, by_old, aad))
    except InvalidTag:
        pass
    try:
        AESGCM(keys.derive(master, LABEL_REKEY_JOURNAL, store_id)).decrypt(nonce_new, by_new,
                                                                          aad)
    except InvalidTag:
        return None
    return master


def _settle_rekey(data_dir: Path, slots: KeySlots,
                  open_with: Callable[[KeySlots], bytearray], *,
                  current_master: bytearray | None = None) -> bytearray:
    """The master key that opens the store with the secret behind ``open_with``, after
    settling what an interrupted rekey left. Nothing is touched until the secret opened
    either the current slots or the committed new ones (WrongSecret otherwise); a journal
    that does not authenticate is a forgery or a fragment and only its leftovers go."""
    try:
        master = current_master if current_master is not None else open_with(slots)
    except WrongSecret:
        new_path = data_dir / (keyslots.FILENAME + NEW_SUFFIX)
        if not new_path.exists():
            raise
        try:
            pending = keyslots.KeySlots.from_json(json.loads(new_path.read_text("utf-8")))
        except (BadInput, OSError, ValueError):
            raise WrongSecret() from None
        if pending.store_id != slots.store_id:
            raise
        master = open_with(pending)  # WrongSecret when neither opens
        if _committed_master(data_dir, slots.store_id, master) is not master:
            keys.wipe(master)
            raise WrongSecret() from None
    if not _rekey_leftovers(data_dir):
        return master
    with store_lock.exclusive(data_dir):
        target = _committed_master(data_dir, slots.store_id, master)
        if target is None:
            _drop_rekey_leftovers(data_dir)
            return master
        _roll_forward(data_dir)
        if target is not master:
            keys.wipe(master)
        return target


def _roll_forward(data_dir: Path) -> None:
    """The journal is committed and authentic: the new files become the store."""
    for name in (CASES_DB.filename, EVIDENCE_DB.filename, keyslots.FILENAME):
        new = data_dir / (name + NEW_SUFFIX)
        if not new.exists():
            continue
        for suffix in ("-wal", "-shm", "-journal"):
            stale = data_dir / (name + suffix)
            if stale.exists():
                stale.unlink()
        os.replace(new, data_dir / name)
    fsync_dir(data_dir)
    (data_dir / REKEY_JOURNAL).unlink(missing_ok=True)
    keyslots.drop_previous_versions(data_dir)
    fsync_dir(data_dir)


def _drop_rekey_leftovers(data_dir: Path) -> None:
    for name in (CASES_DB.filename, EVIDENCE_DB.filename, keyslots.FILENAME):
        (data_dir / (name + NEW_SUFFIX)).unlink(missing_ok=True)
    (data_dir / REKEY_JOURNAL).unlink(missing_ok=True)
    fsync_dir(data_dir)


# --- verification ------------------------------------------------------------------------

def verify_audit_chain(vault: Vault) -> list[str]:
    """Walk the chain; name the first broken event (and stop: later links depend on it)."""
    return audit_chain_problems(vault.cases, vault.audit_keys())


def audit_chain_problems(conn: Connection, keys_by_epoch: dict[int, bytes]) -> list[str]:
    prev = audit_chain.GENESIS
    expected_seq = 1
    for stored in audit_repo.walk(conn):
        event = stored.event
        if event.seq != expected_seq:
            return [f"audit: event {expected_seq} is missing (next is {event.seq})"]
        key = keys_by_epoch.get(event.epoch)
        if key is None:
            return [f"audit: event {event.seq} names an unknown key epoch {event.epoch}"]
        if stored.prev_hash != prev:
            return [f"audit: event {event.seq} does not follow event {event.seq - 1}"]
        if not audit_chain.check(key, prev, event, stored.hash):
            return [f"audit: event {event.seq} ({event.action}) was altered"]
        prev = stored.hash
        expected_seq += 1
    return []


def identity_problems(vault: Vault) -> list[str]:
    """Both databases and the key slots name the same store."""
    problems = []
    try:
        slots_id = keyslots.load(vault.data_dir).store_id
    except CaseAppError:
        slots_id = None
    if slots_id != vault.store_id:
        problems.append(f"{keyslots.FILENAME}: belongs to another store")
    for conn, spec in ((vault.cases, CASES_DB), (vault.evidence, EVIDENCE_DB)):
        if meta_repo.get_meta(conn, "store_id") != vault.store_id:
            problems.append(f"{spec.filename}: belongs to another store or has no identity")
    return problems


def verify_store(vault: Vault) -> list[str]:
    problems: list[str] = identity_problems(vault)
    for conn, spec in ((vault.cases, CASES_DB), (vault.evidence, EVIDENCE_DB)):
        found = integrity_problems(conn, spec)
        if found:
            vault.note_damage(spec.filename)  # read-only from here on, and at next unlocks
        problems += found
    problems += verify_audit_chain(vault)
    return problems


def audit_events(vault: Vault, *, limit: int = 100, before: int = 0,
                 object_type: str | None = None, object_id: str | None = None,
                 action: str | None = None) -> list[audit_repo.StoredEvent]:
    """Newest first; ``before`` is the seq of the last event of the previous page. Details
    are shown as written (sealed case details opened, or "erased" once the case is gone);
    the chain itself is checked on the stored text by ``verify_audit_chain``."""
    with vault.read() as conn:
        found = audit_repo.page(conn, after=before, limit=limit, newest_first=True,
                                object_type=object_type, object_id=object_id, action=action)
    return [replace(e, event=replace(e.event, details=audit_chain.canonical_details(
        vault.readable_details(e.event.details)))) for e in found]


def organisation(vault: Vault) -> str:
    from caseapp.services import organisation as organisation_service

    return organisation_service.get(vault).name


def set_organisation(vault: Vault, name: str) -> None:
    from caseapp.services import organisation as organisation_service

    organisation_service.update(vault, name=name)


ORGANISATION_DETAILS = ("address", "phone", "email")


def organisation_details(vault: Vault) -> dict[str, str]:
    """The organisation's contact details for letters and reports (address, phone, email)."""
    from caseapp.services import organisation as organisation_service

    found = organisation_service.get(vault)
    return {key: str(getattr(found, key)) for key in ORGANISATION_DETAILS}


def set_organisation_details(vault: Vault, **details: str) -> None:
    """Replace the named details (keys from ORGANISATION_DETAILS; values kept verbatim)."""
    from caseapp.services import organisation as organisation_service

    unknown = set(details) - set(ORGANISATION_DETAILS)
    if unknown:
        raise BadInput(N_("Unknown organisation detail: {name}."), name=sorted(unknown)[0])
    organisation_service.update(vault, **details)


def ensure_unlocked(vault: Vault | None) -> Vault:
    if vault is None or not vault.is_open:
        raise NotAllowed(N_("The store is locked."))
    return vault


__all__ = ["DamagedDatabase", "NewStore", "create_store", "unlock"]
