"""Deterministic identifiers derived from content, never from file names or run order."""

from __future__ import annotations

import hashlib

SEPARATOR = "\x1f"  # ASCII unit separator: cannot occur in normalised article text


def content_id(*parts: object) -> str:
    """First 16 hex digits of the SHA-256 of ``parts`` joined with U+001F (``None`` as "").

    Non-string parts are formatted with ``str``; callers pass already-normalised values.
    """
    joined = SEPARATOR.join("" if p is None else str(p) for p in parts)
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()[:16]
