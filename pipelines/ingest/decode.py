"""Bytes to text: the encoding policy for every input format.

One policy for all readers, so a file's text (and therefore its content hash) does not depend
on which reader opened it. In order:

1. a UTF-8 byte order mark: UTF-8 (the mark dropped);
2. a UTF-16 byte order mark: UTF-16;
3. NUL bytes anywhere else, or many control bytes: a binary file, refused;
4. valid UTF-8: UTF-8;
5. invalid UTF-8 that still holds valid multi-byte UTF-8 characters: UTF-8 damaged in
   transit; the bad bytes become U+FFFD and the article says so in ``articles.encoding``
   (an article is not thrown away for one bad byte, nor is the damage hidden);
6. otherwise Windows-1252, the encoding most often mislabelled as "latin-1" in news exports.
"""

from __future__ import annotations

import codecs
from typing import NamedTuple

# Control bytes that never occur in real text (tab, newlines and form feed excluded).
_CONTROL = set(range(0x01, 0x09)) | {0x0B} | set(range(0x0E, 0x20)) | {0x7F}
_MAX_CONTROL_SHARE = 0.01
REPLACEMENT = "\ufffd"

UTF8 = "utf-8"
UTF8_REPLACED = "utf-8-replaced"
UTF16 = "utf-16"
CP1252 = "windows-1252"


class UndecodableError(ValueError):
    """The bytes are not text in any accepted encoding; the message says why, for people."""


class Decoded(NamedTuple):
    text: str
    encoding: str


def decode(data: bytes) -> Decoded:
    """Decode ``data`` by the policy above or raise :class:`UndecodableError`."""
    if data.startswith(codecs.BOM_UTF8):
        return _utf8(data[len(codecs.BOM_UTF8) :])
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise UndecodableError(f"UTF-16 byte order mark but invalid UTF-16: {exc}") from None
        if "\x00" in text:
            raise UndecodableError("binary file")
        return Decoded(text, UTF16)
    if b"\x00" in data:
        raise UndecodableError("binary file")
    if data and sum(b in _CONTROL for b in data) / len(data) > _MAX_CONTROL_SHARE:
        raise UndecodableError("binary file")
    try:
        return Decoded(data.decode("utf-8"), UTF8)
    except UnicodeDecodeError:
        pass
    damaged = data.decode("utf-8", errors="replace")
    if any(ord(c) > 0x7F and c != REPLACEMENT for c in damaged):
        return Decoded(damaged, UTF8_REPLACED)
    try:
        return Decoded(data.decode("cp1252"), CP1252)
    except UnicodeDecodeError as exc:
        raise UndecodableError(
            f"not text in UTF-8 or Windows-1252: byte 0x{data[exc.start]:02x} at offset {exc.start} "
            "is invalid in both; re-save the file as UTF-8"
        ) from None


def decode_bytes(data: bytes) -> str:
    """The text of :func:`decode`, for callers that do not record the encoding."""
    return decode(data).text


def _utf8(data: bytes) -> Decoded:
    try:
        return Decoded(data.decode("utf-8"), UTF8)
    except UnicodeDecodeError:
        return Decoded(data.decode("utf-8", errors="replace"), UTF8_REPLACED)
