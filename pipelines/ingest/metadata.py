"""Metadata values: ``<stem>.meta.json`` sidecar files and the metadata fields of JSON records.

Metadata a person wrote (a sidecar, or the fields of a JSON record) is checked strictly,
because a silently ignored typo (``"publshed"``) or an impossible date would put wrong
citations in a published dataset: every problem raises :class:`MetadataError` with a message
that says which key and why, and the caller records it in ``rejected_inputs``. Metadata the
pipeline only guessed (from an HTML page's tags) is cleaned leniently instead: an unusable
value is dropped, since nobody asserted it.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from pipelines.ingest.decode import UndecodableError, decode_bytes
from pipelines.ingest.normalise import normalise_text
from pipelines.ingest.records import Metadata

SIDECAR_SUFFIX = ".meta.json"
SIDECAR_KEYS = ("url", "outlet", "published", "title")
RECORD_KEYS = ("text", *SIDECAR_KEYS)
# Publication dates outside these bounds are typing errors, not news (fixed bounds keep the
# build independent of the day it runs).
EARLIEST_PUBLISHED = dt.date(1900, 1, 1)
LATEST_PUBLISHED = dt.date(2100, 12, 31)
MAX_FIELD_CHARS = 2000
MAX_SIDECAR_BYTES = 64 * 1024


class MetadataError(ValueError):
    """Explicit metadata that cannot be used; the message names the key and the problem."""


def is_sidecar(name: str) -> bool:
    """Sidecars are recognised by name alone, so an orphan sidecar is still not an article."""
    return name.lower().endswith(SIDECAR_SUFFIX)


def sidecar_stem(name: str) -> str:
    """``report.meta.json`` -> ``report``: the stem of the article files it describes."""
    return name[: -len(SIDECAR_SUFFIX)]


def clean_str(value: Any) -> str | None:
    """A non-blank string, normalised and joined onto one line; anything else is no value."""
    if not isinstance(value, str):
        return None
    cleaned = " ".join(normalise_text(value).split())
    return cleaned or None


def parse_published(value: Any) -> dt.date | None:
    """Date of an ISO ``YYYY-MM-DD`` date or ISO datetime string in the accepted range, or ``None``.

    Datetimes keep their own calendar date (no time-zone conversion), which is the date the
    outlet printed.
    """
    if not isinstance(value, str):
        return None
    value = value.strip()
    try:
        date = dt.date.fromisoformat(value)
    except ValueError:
        try:
            date = dt.datetime.fromisoformat(value).date()
        except ValueError:
            return None
    return date if EARLIEST_PUBLISHED <= date <= LATEST_PUBLISHED else None


def web_url(value: Any) -> str | None:
    """``value`` if it is an absolute ``http``/``https`` address with a host, else ``None``.

    Anything else (a relative or ``../`` path, ``file:``, ``javascript:``) is refused: a URL
    column is clicked by readers of the release and must only ever lead to a web page.
    """
    text = clean_str(value)
    if text is None or any(c.isspace() for c in text):
        return None
    try:
        parts = urlsplit(text)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return None
    return text


def guessed_metadata(title: Any, url: Any, outlet: Any, published: Any) -> Metadata:
    """Metadata found by the pipeline itself (HTML tags): unusable values are simply dropped."""
    return Metadata(
        title=clean_str(title),
        url=web_url(url),
        outlet=clean_str(outlet),
        published=parse_published(published),
    )


def explicit_metadata(obj: dict[str, Any], *, with_title: bool) -> Metadata:
    """Known metadata keys of a JSON object, checked strictly; raises :class:`MetadataError`.

    Each key may be absent or null. Present values must be strings: ``published`` an ISO
    date between 1900 and 2100, ``url`` an absolute http(s) address, ``outlet`` and ``title``
    non-blank text of at most 2,000 characters.
    """
    for key in ("title", "outlet") if with_title else ("outlet",):
        value = obj.get(key)
        if value is not None and (clean_str(value) is None or len(value) > MAX_FIELD_CHARS):
            raise MetadataError(f"{key!r} must be non-blank text of at most {MAX_FIELD_CHARS} characters")
    published = obj.get("published")
    if published is not None and parse_published(published) is None:
        raise MetadataError(
            f"'published' value {_shown(published)} is not a real date written as YYYY-MM-DD "
            f"(or an ISO date-time) between {EARLIEST_PUBLISHED.year} and {LATEST_PUBLISHED.year}"
        )
    url = obj.get("url")
    if url is not None and web_url(url) is None:
        raise MetadataError(f"'url' value {_shown(url)} is not an absolute http:// or https:// address")
    return Metadata(
        title=clean_str(obj.get("title")) if with_title else None,
        url=web_url(url),
        outlet=clean_str(obj.get("outlet")),
        published=parse_published(published),
    )


def read_sidecar(path: Path) -> Metadata:
    """Metadata (url, outlet, published, title) from a sidecar file; raises :class:`MetadataError`.

    Unknown keys are errors rather than ignored, so that a misspelt key is reported instead
    of silently leaving the article without its date. A ``title`` is accepted because feeds
    and scrapers write one, but a text file's headline stays its own first line.
    """
    try:
        if path.stat().st_size > MAX_SIDECAR_BYTES:
            raise MetadataError(f"metadata file is larger than {MAX_SIDECAR_BYTES // 1024} KiB")
        obj = json.loads(decode_bytes(path.read_bytes()))
    except (OSError, UndecodableError) as exc:
        raise MetadataError(f"cannot read metadata file: {exc}") from None
    except json.JSONDecodeError as exc:
        raise MetadataError(f"invalid JSON: {exc}") from None
    if not isinstance(obj, dict):
        raise MetadataError("expected a JSON object with the keys " + ", ".join(SIDECAR_KEYS))
    unknown = sorted(k for k in obj if k not in SIDECAR_KEYS)
    if unknown:
        raise MetadataError(
            "unknown key(s) "
            + ", ".join(_shown(k) for k in unknown)
            + "; the known keys are "
            + ", ".join(SIDECAR_KEYS)
        )
    return explicit_metadata(obj, with_title=True)


def _shown(value: Any, limit: int = 60) -> str:
    """A value quoted for an error message, cut so a hostile value cannot flood the table."""
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"
