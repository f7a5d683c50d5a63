"""A bounded, incremental reader for one large JSON document: the caller walks objects and
arrays key by key and element by element, decodes the values it wants (one message at a time)
and skips the rest without holding them. Memory is one decoded value plus one read block.

Telegram Desktop writes control characters other than tab, CR and LF as ``\\xHH``, which is
not JSON; such escapes are read as the character they stand for."""

from __future__ import annotations

import codecs
import json
import re
from collections.abc import Iterator
from typing import Any, BinaryIO

from caseapp.errors import BadImport
from caseapp.evidence.chat.source import READ_BLOCK
from caseapp.i18n import N_

MAX_VALUE = 64 << 20   # one message (or one skipped string) may not exceed this
_WS = re.compile(r"[ \t\r\n]*")
_STRING_BODY = re.compile(r'(?:[^"\\]|\\.)*', re.S)
_PLAIN = re.compile(r'[^"\[\]{}]*')
_SCALAR = re.compile(r"-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?|true|false|null")
_SCALAR_CHARS = re.compile(r"[-+.0-9A-Za-z]*")
_X_ESCAPE = re.compile(r"\\(?:(\\)|x([0-9A-Fa-f]{2}))")


def damaged(offset: int | None = None) -> BadImport:
    if offset is None:
        return BadImport(N_("The export file is damaged: it is not valid JSON."))
    return BadImport(N_("The export file is damaged: it is not valid JSON (near character "
                        "{offset})."), offset=offset)


def cut_off() -> BadImport:
    return BadImport(N_("The export file ends too early: it may have been cut off or "
                        "still being copied. Export it again or copy it whole."))


def _fix_x_escapes(text: str) -> str:
    return _X_ESCAPE.sub(lambda m: "\\\\" if m.group(1) else "\\u00" + m.group(2), text)


def loads(text: str) -> Any:
    if "\\x" in text:
        text = _fix_x_escapes(text)
    return json.loads(text, strict=False)


class JsonStream:
    """Walks one JSON document read from ``stream`` in blocks of UTF-8."""

    def __init__(self, stream: BinaryIO, *, block: int = READ_BLOCK,
                 max_value: int = MAX_VALUE) -> None:
        self._stream = stream
        self._block = block
        self._max_value = max_value
        self._decoder = codecs.getincrementaldecoder("utf-8")("strict")
        self._buf = ""
        self._pos = 0
        self._eof = False
        self._consumed = 0     # characters dropped from the front of the buffer
        self._first = True

    # --- buffer ---------------------------------------------------------------------------
    def _fill(self) -> bool:
        if self._eof:
            return False
        data = self._stream.read(self._block)
        try:
            text = self._decoder.decode(data, final=not data)
        except UnicodeDecodeError:
            if not data:  # a character cut in half at the very end
                raise cut_off() from None
            raise BadImport(N_("The export file is damaged: it is not UTF-8 text.")) from None
        if self._first:
            self._first = False
            text = text.removeprefix("\ufeff")
        if not data:
            self._eof = True
        self._buf += text
        return bool(text) or not self._eof

    def _compact(self) -> None:
        """Drop what has been read; only between tokens, so no index is held."""
        if self._pos > self._block:
            self._consumed += self._pos
            self._buf = self._buf[self._pos:]
            self._pos = 0

    def _need(self, n: int = 1) -> bool:
        while len(self._buf) - self._pos < n:
            if not self._fill():
                return False
        return True

    def offset(self) -> int:
        return self._consumed + self._pos

    # --- tokens ---------------------------------------------------------------------------
    def peek(self) -> str:
        """The next significant character ('' at the end of the document)."""
        self._compact()
        while True:
            self._pos = _WS.match(self._buf, self._pos).end()  # type: ignore[union-attr]
            if self._pos < len(self._buf):
                return self._buf[self._pos]
            if not self._fill():
                return ""

    def expect(self, char: str) -> None:
        found = self.peek()
        if found != char:
            raise cut_off() if not found else damaged(self.offset())
        self._pos += 1

    def _string_end(self, start: int, *, keep: bool) -> int:
        """Index just past the closing quote of the string whose opening quote is at
        ``start``. Without ``keep`` the scanned part may be dropped from the buffer (the
        returned index is then relative to the new buffer)."""
        i = start + 1
        while True:
            i = _STRING_BODY.match(self._buf, i).end()  # type: ignore[union-attr]
            if i < len(self._buf) and self._buf[i] == '"':
                return i + 1
            if not keep and i - start > self._block:
                self._consumed += i
                self._buf = self._buf[i:]
                start = i = 0
            elif i - start > self._max_value:
                raise damaged(self.offset())
            if not self._fill():
                raise cut_off()

    def read_key(self) -> str:
        if self.peek() != '"':
            raise cut_off() if not self.peek() else damaged(self.offset())
        start = self._pos
        end = self._string_end(start, keep=True)
        self._pos = end
        try:
            key = loads(self._buf[start:end])
        except ValueError:
            raise damaged(self.offset()) from None
        self.expect(":")
        return str(key)

    def iter_object(self) -> Iterator[str]:
        """Yields each key; the caller reads or skips its value before the next one."""
        self.expect("{")
        if self.peek() == "}":
            self._pos += 1
            return
        while True:
            yield self.read_key()
            char = self.peek()
            self._pos += 1
            if char == "}":
                return
            if char != ",":
                raise cut_off() if not char else damaged(self.offset())

    def iter_array(self) -> Iterator[int]:
        """Yields each element's index; the caller reads or skips it before the next."""
        self.expect("[")
        if self.peek() == "]":
            self._pos += 1
            return
        index = 0
        while True:
            yield index
            index += 1
            char = self.peek()
            self._pos += 1
            if char == "]":
                return
            if char != ",":
                raise cut_off() if not char else damaged(self.offset())

    def _value_end(self, *, keep: bool) -> tuple[int, int]:
        """(start, end) of the next value in the buffer. Without ``keep`` what was scanned
        may be dropped on the way (only ``end`` is then meaningful)."""
        first = self.peek()
        if not first:
            raise cut_off()
        start = self._pos
        if first == '"':
            return start, self._string_end(start, keep=keep)
        if first not in "[{":
            return start, self._scalar_end(start)
        depth = 0
        i = start
        while True:
            i = _PLAIN.match(self._buf, i).end()  # type: ignore[union-attr]
            if i >= len(self._buf):
                if not keep and i - start > self._block:
                    self._consumed += i
                    self._buf = ""
                    self._pos = start = i = 0
                elif i - start > self._max_value:
                    raise damaged(self.offset())
                if not self._fill():
                    raise cut_off()
                continue
            char = self._buf[i]
            if char == '"':
                dropped = self._consumed
                i = self._string_end(i, keep=keep)
                if self._consumed != dropped:  # the part scanned so far was let go
                    start = 0
                continue
            if char in "[{":
                depth += 1
            else:
                depth -= 1
                if depth == 0:
                    return start, i + 1
                if depth < 0:
                    raise damaged(self.offset())
            i += 1

    def _scalar_end(self, start: int) -> int:
        """A number, true, false or null: its characters run until one that cannot be part
        of it, which may be in a block not yet read."""
        while True:
            end = _SCALAR_CHARS.match(self._buf, start).end()  # type: ignore[union-attr]
            if end < len(self._buf) or not self._fill():
                break
        if _SCALAR.fullmatch(self._buf, start, end) is None:
            raise damaged(self.offset()) if end < len(self._buf) or end > start \
                else cut_off()
        return end

    def read_value(self) -> Any:
        start, end = self._value_end(keep=True)
        text = self._buf[start:end]
        self._pos = end
        try:
            return loads(text)
        except (ValueError, RecursionError):
            raise damaged(self._consumed + start) from None

    def skip_value(self) -> None:
        _, end = self._value_end(keep=False)
        self._pos = end

    def end(self) -> None:
        """Nothing but white space may follow the document."""
        if self.peek():
            raise damaged(self.offset())
