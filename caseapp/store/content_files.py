"""Evidence content as encrypted chunk files in ``content/`` beside evidence.db: one file per
stored item, each chunk sealed with AES-256-GCM under the item's own random key.

The key never touches the file system in clear: it is kept in the item's ``content`` row of
evidence.db (itself SQLCipher-encrypted under the store's evidence key), so a rekey, which
re-encrypts evidence.db, carries every item key with it and no content file is rewritten;
deleting the row (``secure_delete`` zeroes it) and the file shreds the item.

File layout: a 32-byte header (``MAGIC`` and the item's random 16-byte file id), then one
record per chunk: the chunk's ciphertext and its 16-byte tag. Every chunk but the last holds
``chunk_size`` plaintext bytes. The nonce is the chunk index (each key seals one file only);
the associated data binds the file id, the chunk index, the final-chunk flag and the nonce, so
a chunk moved within the file, a chunk from another item's file, a file put in another item's
place, a truncated file (its last record is not marked final) and a flipped byte all fail to
authenticate. The file is written as ``.<id>.tmp``, fsynced, renamed and its folder fsynced
before the row that holds the key commits; a file without a committed row has no key
anywhere and is swept."""

from __future__ import annotations

import contextlib
import logging
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

FOLDER = "content"
SUFFIX = ".cec"
TMP_SUFFIX = ".tmp"
MAGIC = b"CaseAppContent\x00\x01"   # 16 bytes: format 1
HEADER = len(MAGIC) + 16
TAG = 16
AD_LABEL = b"caseapp/v1/evidence-content-chunk"
NAME = re.compile(r"^[0-9a-f]{32}\.cec$")

log = logging.getLogger(__name__)


class DamagedContent(LookupError):
    """A content file that is missing, truncated, extended or does not authenticate."""


def folder(data_dir: Path) -> Path:
    return Path(data_dir) / FOLDER


def file_name(file_id: str) -> str:
    return file_id + SUFFIX


def path_of(data_dir: Path, file_id: str) -> Path:
    return folder(data_dir) / file_name(file_id)


def _nonce(index: int) -> bytes:
    return index.to_bytes(12, "big")


def _associated(file_id: bytes, index: int, final: bool) -> bytes:
    nonce = _nonce(index)
    return b"".join((AD_LABEL, file_id, index.to_bytes(8, "big"), b"\x01" if final else b"\x00",
                     nonce))


def fsync_folder(path: Path) -> None:
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


@dataclass(frozen=True, slots=True)
class Sealed:
    """What the row of a finished content file records."""

    file_id: str
    key: bytes
    chunk_size: int
    size: int
    chunks: int


class ContentFileWriter:
    """Seals chunks into a new content file. A chunk is encrypted once the next arrives (or at
    :meth:`finish`), because only then is it known whether it is the final one."""

    def __init__(self, data_dir: Path) -> None:
        self._folder = folder(data_dir)
        self._folder.mkdir(mode=0o700, exist_ok=True)
        self._id = os.urandom(16)
        self.file_id = self._id.hex()
        self._key = AESGCM.generate_key(bit_length=256)
        self._aead = AESGCM(self._key)
        self.tmp_path = self._folder / f".{self.file_id}{TMP_SUFFIX}"
        self.path = self._folder / file_name(self.file_id)
        fd = os.open(self.tmp_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL
                     | getattr(os, "O_BINARY", 0), 0o600)
        self._fh = os.fdopen(fd, "wb", buffering=0)
        self._fh.write(MAGIC + self._id)
        self._pending: bytes | None = None
        self._chunk_size = 0
        self.size = 0
        self.chunks = 0
        self._renamed = False

    def write_chunk(self, index: int, data: bytes) -> None:
        if index != self.chunks:
            raise ValueError(f"chunk {index} out of order")
        if self._pending is not None:
            if index == 1:
                self._chunk_size = len(self._pending)
            elif len(self._pending) != self._chunk_size:
                raise ValueError("only the last chunk may be shorter")
            self._seal(index - 1, self._pending, final=False)
        if index >= 1 and len(data) > self._chunk_size:
            raise ValueError("a chunk is longer than the first one")
        self._pending = bytes(data)
        self.chunks += 1
        self.size += len(data)

    def _seal(self, index: int, data: bytes, *, final: bool) -> None:
        self._fh.write(self._aead.encrypt(_nonce(index), data,
                                          _associated(self._id, index, final)))

    def finish(self) -> Sealed:
        """Seal the last chunk, fsync, rename into place and fsync the folder."""
        if self._pending is not None:
            if self.chunks == 1:
                self._chunk_size = len(self._pending)
            self._seal(self.chunks - 1, self._pending, final=True)
            self._pending = None
        self._fh.flush()
        os.fsync(self._fh.fileno())
        self._fh.close()
        os.replace(self.tmp_path, self.path)
        self._renamed = True
        fsync_folder(self._folder)
        return Sealed(self.file_id, self._key, self._chunk_size, self.size, self.chunks)

    def discard(self) -> None:
        """Remove whatever was written (never raises)."""
        self._pending = None
        with contextlib.suppress(OSError):
            self._fh.close()
        for path in (self.tmp_path, self.path if self._renamed else None):
            if path is not None:
                with contextlib.suppress(OSError):
                    path.unlink(missing_ok=True)


class ContentFileReader:
    """Opens one content file against what its row records; every chunk is authenticated as
    it is read."""

    def __init__(self, data_dir: Path, file_id: str, key: bytes, chunk_size: int, size: int,
                 chunks: int) -> None:
        self.path = path_of(data_dir, file_id)
        self._id = bytes.fromhex(file_id)
        self._aead = AESGCM(bytes(key))
        self.chunk_size = chunk_size
        self.size = size
        self.chunks = chunks
        if chunks and (chunk_size <= 0 or not (chunk_size * (chunks - 1) < size
                                                  <= chunk_size * chunks)):
            raise DamagedContent("the stored chunk layout is inconsistent")
        try:
            actual = self.path.stat().st_size
            with open(self.path, "rb") as fh:
                header = fh.read(HEADER)
        except OSError:
            raise DamagedContent("the content file is missing") from None
        if header != MAGIC + self._id:
            raise DamagedContent("the content file belongs to another item")
        if actual != HEADER + size + chunks * TAG:
            raise DamagedContent("the content file has the wrong length")

    def chunk_sizes(self) -> list[int]:
        if not self.chunks:
            return []
        return [self.chunk_size] * (self.chunks - 1) + [
            self.size - self.chunk_size * (self.chunks - 1)]

    def _plain_length(self, index: int) -> int:
        if index == self.chunks - 1:
            return self.size - self.chunk_size * index
        return self.chunk_size

    def _open(self, index: int, sealed: bytes) -> bytes:
        if len(sealed) != self._plain_length(index) + TAG:
            raise DamagedContent(f"chunk {index} is cut short")
        try:
            return self._aead.decrypt(_nonce(index), sealed,
                                      _associated(self._id, index, index == self.chunks - 1))
        except InvalidTag:
            raise DamagedContent(f"chunk {index} does not authenticate") from None

    def read_chunk(self, index: int) -> bytes:
        if not 0 <= index < self.chunks:
            raise DamagedContent(f"chunk {index} is missing")
        try:
            with open(self.path, "rb") as fh:
                fh.seek(HEADER + index * (self.chunk_size + TAG))
                sealed = fh.read(self._plain_length(index) + TAG)
        except OSError:
            raise DamagedContent("the content file cannot be read") from None
        return self._open(index, sealed)

    def iter_chunks(self) -> Iterator[bytes]:
        try:
            fh = open(self.path, "rb")  # noqa: SIM115 - held across yields
        except OSError:
            raise DamagedContent("the content file is missing") from None
        with fh:
            if fh.read(HEADER) != MAGIC + self._id:
                raise DamagedContent("the content file belongs to another item")
            for index in range(self.chunks):
                yield self._open(index, fh.read(self._plain_length(index) + TAG))
            if fh.read(1):
                raise DamagedContent("the content file is longer than recorded")


def stored_names(data_dir: Path) -> Iterator[Path]:
    """Every content file and unfinished temporary file in the folder."""
    where = folder(data_dir)
    if not where.is_dir():
        return
    for path in where.iterdir():
        if path.is_file() and (NAME.match(path.name) or path.name.endswith(TMP_SUFFIX)):
            yield path


def remove(paths: list[Path]) -> None:
    """Delete content files whose rows (and keys) are already gone. One that cannot be
    deleted now stays undecryptable and is left for the sweep."""
    if not paths:
        return
    for path in paths:
        try:
            path.unlink(missing_ok=True)
        except OSError as exc:
            log.warning("a content file could not be deleted: %s", type(exc).__name__)
    fsync_folder(paths[0].parent)
