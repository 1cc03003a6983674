"""Text normalisation and content hashing: the single definition of an article's stored text.

Everything that turns raw decoded text into the stored ``articles.text`` lives here, because
every character offset in the dataset refers to that text; normalising in two places (or
twice with different rules) would silently shift offsets. Nothing here reads files.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

# U+00A0 no-break space, U+2000-U+200A typographic spaces, U+202F narrow no-break space,
# U+205F medium mathematical space, U+3000 ideographic space.
_SPACES = re.compile("[\u00a0\u2000-\u200a\u202f\u205f\u3000]")
_ZERO_WIDTH = re.compile("[\u200b\ufeff]")
_INLINE_RUNS = re.compile(r"[ \t]{2,}")
_TRAILING = re.compile(r"[ \t\f\v]+$", re.MULTILINE)
_MANY_NEWLINES = re.compile(r"\n{3,}")


def normalise_text(text: str) -> str:
    """Return the canonical form of ``text`` that is stored and hashed.

    Rules, applied in this order:

    1. ``\\r\\n`` and lone ``\\r`` become ``\\n``.
    2. No-break and other Unicode space characters (U+00A0, U+2000-U+200A, U+202F, U+205F,
       U+3000) become an ASCII space.
    3. Zero-width space (U+200B) and BOM / zero-width no-break space (U+FEFF) are removed.
    4. Unicode NFC, so that visually identical texts compare (and hash) equal (after the
       removals, so a removed character cannot leave a decomposed pair behind).
    5. Runs of two or more spaces/tabs inside a line become one space (a lone tab is kept).
    6. Trailing whitespace of every line is stripped.
    7. Three or more consecutive newlines become two (at most one blank line).
    8. Leading and trailing whitespace of the whole text is stripped.

    The function is idempotent (``normalise_text(normalise_text(t)) == normalise_text(t)``),
    so assembling text from normalised parts and normalising once more is safe.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _SPACES.sub(" ", text)
    text = _ZERO_WIDTH.sub("", text)
    text = unicodedata.normalize("NFC", text)
    text = _INLINE_RUNS.sub(" ", text)
    text = _TRAILING.sub("", text)
    text = _MANY_NEWLINES.sub("\n\n", text)
    return text.strip()


def content_id(text: str) -> str:
    """First 16 hex digits of the SHA-256 of ``text`` encoded as UTF-8.

    Identifiers derived from content (not from file names or run order) keep ids stable
    across re-runs and let identical texts collapse to one article. Callers pass
    already-normalised text; this function does not normalise.
    """
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
