"""Bytes to text: the encoding policy for every input format.

One policy for all readers, so a file's text (and therefore its content hash) does not depend
on which reader opened it. The order is UTF-8 (BOM stripped), UTF-16 when the bytes carry a
UTF-16 BOM, and finally Windows-1252, the encoding most often mislabelled as "latin-1" in
news exports, but only when the bytes look like text.
"""

from __future__ import annotations

import codecs

# Control bytes that never occur in real text (tab, newlines and form feed excluded).
_CONTROL = set(range(0x01, 0x09)) | {0x0B} | set(range(0x0E, 0x20)) | {0x7F}
_MAX_CONTROL_SHARE = 0.01


class UndecodableError(ValueError):
    """The bytes are not text in any accepted encoding; the message says why, for people."""


def decode_bytes(data: bytes) -> str:
    """Decode ``data`` to ``str`` or raise :class:`UndecodableError`.

    NUL bytes outside UTF-16 mean a binary file (images, PDFs, archives); they are refused
    rather than decoded into garbage that would pass as an article.
    """
    if data.startswith(codecs.BOM_UTF8):
        try:
            return data[len(codecs.BOM_UTF8) :].decode("utf-8")
        except UnicodeDecodeError as exc:
            raise UndecodableError(f"UTF-8 byte order mark but invalid UTF-8: {exc}") from None
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise UndecodableError(f"UTF-16 byte order mark but invalid UTF-16: {exc}") from None
        if "\x00" in text:
            raise UndecodableError("binary file")
        return text
    if b"\x00" in data:
        raise UndecodableError("binary file")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if data and sum(b in _CONTROL for b in data) / len(data) > _MAX_CONTROL_SHARE:
        raise UndecodableError("binary file")
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError as exc:
        raise UndecodableError(f"neither UTF-8 nor Windows-1252 text: {exc}") from None
