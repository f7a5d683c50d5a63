"""Where an export's files are read from: a folder, one file, or a ``.zip``. Paths inside an
export are relative and '/' separated; anything that would leave the export (``..``, an
absolute path, a link pointing outside the folder) is never opened. Files read for the text
of an export are hashed as they stream past."""

from __future__ import annotations

import hashlib
import io
import os
import stat
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, BinaryIO

from caseapp.errors import BadImport
from caseapp.evidence.ingest import read_error
from caseapp.i18n import N_

READ_BLOCK = 1 << 20


def clean_relative(path: str) -> str | None:
    """``path`` normalised inside the export, or None when it would leave it."""
    if not path or "\x00" in path:
        return None
    text = path.replace("\\", "/")
    if text.startswith("/") or (len(text) > 1 and text[1] == ":"):
        return None
    parts: list[str] = []
    for part in text.split("/"):
        if part in ("", "."):
            continue
        if part == "..":
            if not parts:
                return None
            parts.pop()
            continue
        parts.append(part)
    return "/".join(parts) or None


def damaged_zip() -> BadImport:
    return BadImport(N_("The .zip file is damaged or not a .zip file."))


class ZipMember(io.RawIOBase):
    """A member of a ``.zip`` whose read errors (bad CRC, cut-off data) become the
    translated "damaged .zip" message instead of a crash."""

    def __init__(self, raw: IO[bytes]) -> None:
        self._raw = raw

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        try:
            data = self._raw.read(len(buffer))
        except (zipfile.BadZipFile, EOFError, zlib.error, ValueError):
            raise damaged_zip() from None
        n = len(data)
        buffer[:n] = data
        return n

    def close(self) -> None:
        try:
            self._raw.close()
        finally:
            super().close()


class HashingReader(io.RawIOBase):
    """Reads a binary stream and feeds every byte to SHA-256 on the way."""

    def __init__(self, raw: BinaryIO) -> None:
        self._raw = raw
        self.digest = hashlib.sha256()
        self.size = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        try:
            data = self._raw.read(len(buffer))
        except OSError as exc:
            raise read_error(exc) from None
        if not data:
            return 0
        n = len(data)
        buffer[:n] = data
        self.digest.update(data)
        self.size += n
        return n

    def read_rest(self) -> None:
        """Hash whatever the parser did not need to read (trailing bytes)."""
        while self.read(READ_BLOCK):
            pass

    def close(self) -> None:
        try:
            self._raw.close()
        finally:
            super().close()


@dataclass(frozen=True, slots=True)
class FileHash:
    name: str
    sha256: str
    size: int


class ExportSource:
    """The files of one export. ``open`` raises :class:`BadImport` with a translated message
    when a file cannot be read."""

    kind = "file"

    def __init__(self, path: Path) -> None:
        self.path = path
        self.name = path.name

    def open(self, rel: str) -> BinaryIO:
        raise NotImplementedError

    def exists(self, rel: str) -> bool:
        raise NotImplementedError

    def size(self, rel: str) -> int | None:
        raise NotImplementedError

    def listdir(self, rel: str = "") -> list[str]:
        """Names (files and folders) directly in ``rel``, sorted."""
        raise NotImplementedError

    def real_path(self, rel: str) -> Path | None:
        """The file on disk, when there is one (lets video duration be read)."""
        return None

    def close(self) -> None:
        return None

    def whole_file_hash(self) -> FileHash | None:
        """The SHA-256 of the file the counsellor chose, for a single file or a ``.zip``."""
        return None

    def __enter__(self) -> ExportSource:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _open_file(path: Path) -> BinaryIO:
    try:
        return open(path, "rb")
    except OSError as exc:
        raise read_error(exc) from None


def _hash_path(path: Path) -> FileHash:
    digest = hashlib.sha256()
    size = 0
    with _open_file(path) as fh:
        try:
            while block := fh.read(READ_BLOCK):
                digest.update(block)
                size += len(block)
        except OSError as exc:
            raise read_error(exc) from None
    return FileHash(path.name, digest.hexdigest(), size)


class FolderSource(ExportSource):
    kind = "folder"

    def __init__(self, path: Path) -> None:
        super().__init__(path)
        self._root = path.resolve()

    def _path(self, rel: str) -> Path | None:
        clean = clean_relative(rel)
        if clean is None:
            return None
        candidate = self._root.joinpath(*clean.split("/"))
        try:
            resolved = candidate.resolve()
        except (OSError, RuntimeError):
            return None
        if resolved != self._root and self._root not in resolved.parents:
            return None  # a link that points out of the export
        return resolved

    def exists(self, rel: str) -> bool:
        path = self._path(rel)
        try:
            return path is not None and stat.S_ISREG(path.stat().st_mode)
        except OSError:
            return False

    def is_dir(self, rel: str) -> bool:
        path = self._path(rel) if rel else self._root
        return path is not None and path.is_dir()

    def size(self, rel: str) -> int | None:
        path = self._path(rel)
        try:
            return path.stat().st_size if path is not None else None
        except OSError:
            return None

    def open(self, rel: str) -> BinaryIO:
        path = self._path(rel)
        if path is None:
            raise BadImport(N_("The export refers to a file outside its folder: {name}"),
                            name=rel[:200])
        return _open_file(path)

    def real_path(self, rel: str) -> Path | None:
        return self._path(rel)

    def listdir(self, rel: str = "") -> list[str]:
        path = self._path(rel) if rel else self._root
        if path is None:
            return []
        try:
            return sorted(entry.name for entry in os.scandir(path))
        except OSError:
            return []


class FileSource(ExportSource):
    """One file chosen on its own; its folder holds the media it refers to."""

    kind = "file"

    def __init__(self, path: Path) -> None:
        super().__init__(path)
        self.folder = FolderSource(path.parent)
        self.main = path.name

    def exists(self, rel: str) -> bool:
        return self.folder.exists(rel)

    def size(self, rel: str) -> int | None:
        return self.folder.size(rel)

    def open(self, rel: str) -> BinaryIO:
        return self.folder.open(rel)

    def real_path(self, rel: str) -> Path | None:
        return self.folder.real_path(rel)

    def listdir(self, rel: str = "") -> list[str]:
        return self.folder.listdir(rel)

    def whole_file_hash(self) -> FileHash | None:
        return _hash_path(self.path)


class ZipSource(ExportSource):
    """A ``.zip`` of an export, read member by member (never unpacked to disk)."""

    kind = "zip"

    def __init__(self, path: Path) -> None:
        super().__init__(path)
        try:
            self._zip = zipfile.ZipFile(path)
            infos = self._zip.infolist()
        except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, ValueError):
            raise damaged_zip() from None
        except OSError as exc:
            raise read_error(exc) from None
        self._members: dict[str, zipfile.ZipInfo] = {}
        self._dirs: dict[str, set[str]] = {"": set()}
        for info in infos:
            clean = clean_relative(info.filename)
            if clean is None or info.is_dir() or info.flag_bits & 0x1:
                continue  # outside the export, a folder entry, or encrypted
            self._members.setdefault(clean, info)
            parts = clean.split("/")
            for depth in range(len(parts)):
                parent = "/".join(parts[:depth])
                self._dirs.setdefault(parent, set()).add(parts[depth])

    def exists(self, rel: str) -> bool:
        clean = clean_relative(rel)
        return clean is not None and clean in self._members

    def size(self, rel: str) -> int | None:
        clean = clean_relative(rel)
        info = self._members.get(clean) if clean else None
        return info.file_size if info else None

    def open(self, rel: str) -> BinaryIO:
        clean = clean_relative(rel)
        info = self._members.get(clean) if clean else None
        if info is None:
            raise BadImport(N_("The export refers to a file outside its folder: {name}"),
                            name=rel[:200])
        try:
            return io.BufferedReader(ZipMember(self._zip.open(info)),  # type: ignore[return-value]
                                     READ_BLOCK)
        except (zipfile.BadZipFile, NotImplementedError, RuntimeError, ValueError,
                EOFError, zlib.error):
            raise damaged_zip() from None

    def listdir(self, rel: str = "") -> list[str]:
        clean = clean_relative(rel) if rel else ""
        return sorted(self._dirs.get(clean or "", ()))

    def is_dir(self, rel: str) -> bool:
        clean = clean_relative(rel) if rel else ""
        return (clean or "") in self._dirs and clean not in self._members

    def close(self) -> None:
        self._zip.close()

    def whole_file_hash(self) -> FileHash | None:
        return _hash_path(self.path)


def open_source(path: Path) -> ExportSource:
    """A folder, a ``.zip`` (by content, whatever its name) or a single file."""
    try:
        st = path.stat()
    except OSError as exc:
        raise read_error(exc) from None
    if stat.S_ISDIR(st.st_mode):
        return FolderSource(path)
    if not stat.S_ISREG(st.st_mode):
        raise BadImport(N_("This is not a file or a folder that can be read."))
    try:
        with open(path, "rb") as fh:
            head = fh.read(4)
    except OSError as exc:
        raise read_error(exc) from None
    if head in (b"PK\x03\x04", b"PK\x05\x06"):
        return ZipSource(path)
    return FileSource(path)


def iter_blocks(stream: BinaryIO, size: int = READ_BLOCK) -> Iterator[bytes]:
    while True:
        try:
            block = stream.read(size)
        except OSError as exc:
            raise read_error(exc) from None
        except (zipfile.BadZipFile, EOFError, ValueError, zlib.error):
            raise damaged_zip() from None
        if not block:
            return
        yield block
