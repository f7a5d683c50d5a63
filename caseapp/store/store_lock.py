"""One store, one writer: an OS-level reader-writer lock on a folder (a data directory or a
backup repository), held through a lock file inside it.

- :func:`shared` is taken by every process that has the folder open (every unlocked
  :class:`~caseapp.store.vault.Vault` holds one). Any number of processes may share it;
  SQLite's own locks serialise their writes.
- :func:`exclusive` is taken by operations that replace or rewrite files under everyone's
  feet (rekey, restore over a store, compaction, pruning a backup repository). It is refused
  at once with :class:`~caseapp.errors.StoreInUse` while another process holds the folder in
  any mode; a shared request is refused with :class:`~caseapp.errors.StoreBusy` while another
  process holds it exclusively. Neither ever waits, so no window freezes behind a lock.

Both return a :class:`FolderLock` handle; ``release()`` it (or use it as a context manager).
Within one process the handles of a folder share one OS lock: an exclusive request made while
this process already holds the folder shared upgrades it (and downgrades it back on release),
so a command that has the store unlocked can still re-key it when nobody else has it open.

POSIX uses ``fcntl`` record locks (per process, converted atomically between shared and
exclusive); Windows uses ``LockFileEx`` on a one-byte range (an upgrade there releases the
shared lock for an instant). The lock file is never deleted: deleting a lock file another
process is about to lock is how two processes end up holding "the" lock at once. A process
that dies loses its locks with it, so a crash never leaves a store locked."""

from __future__ import annotations

import errno
import logging
import os
import sys
import threading
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

from caseapp.errors import CaseAppError, StorageFull, StoreBusy, StoreInUse, StoreMissing

log = logging.getLogger(__name__)

LOCK_FILENAME = "caseapp.lock"

SHARED = "shared"
EXCLUSIVE = "exclusive"


# --- the OS primitive ----------------------------------------------------------------------

if sys.platform == "win32":  # pragma: no cover - exercised on Windows builds only
    import ctypes
    import msvcrt
    from ctypes import wintypes

    _LOCKFILE_FAIL_IMMEDIATELY = 0x01
    _LOCKFILE_EXCLUSIVE_LOCK = 0x02

    class _Overlapped(ctypes.Structure):
        _fields_ = [("Internal", ctypes.c_void_p), ("InternalHigh", ctypes.c_void_p),
                    ("Offset", wintypes.DWORD), ("OffsetHigh", wintypes.DWORD),
                    ("hEvent", wintypes.HANDLE)]

    _kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
    _kernel32.LockFileEx.argtypes = [wintypes.HANDLE, wintypes.DWORD, wintypes.DWORD,
                                     wintypes.DWORD, wintypes.DWORD,
                                     ctypes.POINTER(_Overlapped)]
    _kernel32.LockFileEx.restype = wintypes.BOOL
    _kernel32.UnlockFileEx.argtypes = [wintypes.HANDLE, wintypes.DWORD, wintypes.DWORD,
                                       wintypes.DWORD, ctypes.POINTER(_Overlapped)]
    _kernel32.UnlockFileEx.restype = wintypes.BOOL

    def _os_lock(fd: int, mode: str | None, held: str | None) -> bool:
        handle = msvcrt.get_osfhandle(fd)
        if held is not None:
            _kernel32.UnlockFileEx(handle, 0, 1, 0, ctypes.byref(_Overlapped()))
        if mode is None:
            return True
        flags = _LOCKFILE_FAIL_IMMEDIATELY | (_LOCKFILE_EXCLUSIVE_LOCK if mode == EXCLUSIVE
                                              else 0)
        if _kernel32.LockFileEx(handle, flags, 0, 1, 0, ctypes.byref(_Overlapped())):
            return True
        if held is not None:  # put the previous lock back if we can
            back = _LOCKFILE_FAIL_IMMEDIATELY | (_LOCKFILE_EXCLUSIVE_LOCK if held == EXCLUSIVE
                                                 else 0)
            _kernel32.LockFileEx(handle, back, 0, 1, 0, ctypes.byref(_Overlapped()))
        return False

else:
    import fcntl

    def _os_lock(fd: int, mode: str | None, held: str | None) -> bool:
        """Set this process's lock on ``fd`` to ``mode`` (None: unlock) without waiting.
        POSIX record locks convert in place, so a refused upgrade keeps the shared lock."""
        del held
        if mode is None:
            fcntl.lockf(fd, fcntl.LOCK_UN)
            return True
        op = (fcntl.LOCK_EX if mode == EXCLUSIVE else fcntl.LOCK_SH) | fcntl.LOCK_NB
        try:
            fcntl.lockf(fd, op)
        except OSError as exc:
            if exc.errno in (errno.EACCES, errno.EAGAIN):
                return False
            raise
        return True


# --- one OS lock per folder per process -------------------------------------------------------

@dataclass(slots=True)
class _Entry:
    fd: int
    identity: tuple[int, int]
    mode: str
    shared_holders: int = 0
    exclusive_holders: int = 0


_registry: dict[str, _Entry] = {}
_registry_lock = threading.Lock()


def _key(folder: Path) -> str:
    return os.path.normcase(os.path.realpath(folder))


def _identity(fd_or_path: int | Path) -> tuple[int, int]:
    st = os.fstat(fd_or_path) if isinstance(fd_or_path, int) else os.stat(fd_or_path)
    return st.st_dev, st.st_ino


def _still_current(entry: _Entry, path: Path) -> bool:
    """False once the folder was swapped (restore moves a data directory aside): the lock
    then guards a file that is no longer the folder's lock file."""
    try:
        return _identity(path) == entry.identity
    except OSError:
        return False


def _open_and_lock(path: Path, mode: str) -> _Entry | None:
    """Lock the folder's current lock file, or None when another process holds it."""
    for _attempt in range(5):
        flags = os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)
        fd = os.open(path, flags, 0o600)
        try:
            if not _os_lock(fd, mode, None):
                os.close(fd)
                return None
            entry = _Entry(fd, _identity(fd), mode)
            if _still_current(entry, path):
                return entry
        except BaseException:
            os.close(fd)
            raise
        # The file we locked was renamed away meanwhile: lock the new one instead.
        os.close(fd)
    raise StoreBusy()


def _refused(mode: str, message: str | None) -> CaseAppError:
    if mode == EXCLUSIVE:
        return StoreInUse(message) if message else StoreInUse()
    return StoreBusy(message) if message else StoreBusy()


class FolderLock:
    """A held shared or exclusive lock on a folder. Release it exactly once (further calls
    do nothing)."""

    def __init__(self, key: str, entry: _Entry | None, mode: str) -> None:
        self._key = key
        self._entry = entry
        self.mode = mode

    def release(self) -> None:
        with _registry_lock:
            entry, self._entry = self._entry, None
            if entry is None:
                return
            if self.mode == EXCLUSIVE:
                entry.exclusive_holders -= 1
            else:
                entry.shared_holders -= 1
            if entry.exclusive_holders == 0 and entry.shared_holders == 0:
                if _registry.get(self._key) is entry:
                    del _registry[self._key]
                try:
                    _os_lock(entry.fd, None, entry.mode)
                finally:
                    os.close(entry.fd)
            elif entry.exclusive_holders == 0 and entry.mode == EXCLUSIVE:
                if _os_lock(entry.fd, SHARED, EXCLUSIVE):
                    entry.mode = SHARED
                else:  # pragma: no cover - only on Windows, where downgrade is not atomic
                    log.warning("could not downgrade a store lock; it stays exclusive")

    @property
    def released(self) -> bool:
        return self._entry is None

    def __enter__(self) -> FolderLock:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.release()


def _acquire(folder: Path, mode: str, message: str | None) -> FolderLock:
    folder = Path(folder)
    key = _key(folder)
    path = folder / LOCK_FILENAME
    with _registry_lock:
        entry = _registry.get(key)
        if entry is not None and not _still_current(entry, path):
            # The folder was replaced under this process (a restore moved it aside): the
            # old entry keeps guarding the old files for its holders; new holders lock anew.
            del _registry[key]
            entry = None
        if entry is None:
            try:
                new = _open_and_lock(path, mode)
            except FileNotFoundError:
                raise StoreMissing(path=str(folder)) from None
            except OSError as exc:
                if exc.errno == errno.EROFS:
                    # Nothing can write to a read-only folder, so there is no writer to
                    # exclude and reading it needs no lock.
                    log.info("store folder is read-only; no lock taken")
                    return FolderLock(key, None, mode)
                raise StorageFull(detail=exc.strerror or type(exc).__name__) from None
            if new is None:
                raise _refused(mode, message)
            _registry[key] = entry = new
        elif mode == EXCLUSIVE and entry.mode != EXCLUSIVE:
            if not _os_lock(entry.fd, EXCLUSIVE, SHARED):
                raise _refused(mode, message)
            entry.mode = EXCLUSIVE
        if mode == EXCLUSIVE:
            entry.exclusive_holders += 1
        else:
            entry.shared_holders += 1
        return FolderLock(key, entry, mode)


def shared(folder: Path, *, message: str | None = None) -> FolderLock:
    """Hold ``folder`` open alongside other processes. Raises :class:`StoreBusy` (or
    ``message``, an untranslated msgid) while another process holds it exclusively."""
    return _acquire(folder, SHARED, message)


def exclusive(folder: Path, *, message: str | None = None) -> FolderLock:
    """Hold ``folder`` alone. Raises :class:`StoreInUse` (or ``message``) while any other
    process holds it, shared or exclusive; this process's own shared holds are upgraded."""
    return _acquire(folder, EXCLUSIVE, message)


def held_by_this_process(folder: Path) -> str | None:
    """SHARED, EXCLUSIVE or None: what this process holds on ``folder`` (for tests and
    diagnostics)."""
    with _registry_lock:
        entry = _registry.get(_key(Path(folder)))
        return entry.mode if entry else None


def try_lock_file(fd: int) -> bool:
    """Lock an open file (one this process writes, such as a backup's ``.partial``)
    exclusively without waiting; False when another process holds it. Released when the
    file is closed or the process ends."""
    return _os_lock(fd, EXCLUSIVE, None)
