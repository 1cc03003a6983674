"""Metadata values: ``<stem>.meta.json`` sidecar files and the metadata fields of JSON records.

Sidecars let people add the url, outlet and publication date to plain-text articles without
editing the article itself. Metadata is a nice-to-have, so nothing in this module raises on
bad input: an unreadable sidecar or an unparseable date just yields no value (and a log
warning), never a rejected article.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from pathlib import Path
from typing import Any

from pipelines.ingest.decode import UndecodableError, decode_bytes
from pipelines.ingest.normalise import normalise_text
from pipelines.ingest.records import Metadata

SIDECAR_SUFFIX = ".meta.json"

log = logging.getLogger(__name__)


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
    """Date of an ISO ``YYYY-MM-DD`` date or ISO datetime string; ``None`` if it is neither.

    Datetimes keep their own calendar date (no time-zone conversion), which is the date the
    outlet printed.
    """
    if not isinstance(value, str):
        return None
    value = value.strip()
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        pass
    try:
        return dt.datetime.fromisoformat(value).date()
    except ValueError:
        return None


def metadata_from_mapping(obj: dict[str, Any], *, with_title: bool) -> Metadata:
    """Known metadata keys of a JSON object; unknown keys are ignored."""
    return Metadata(
        title=clean_str(obj.get("title")) if with_title else None,
        url=clean_str(obj.get("url")),
        outlet=clean_str(obj.get("outlet")),
        published=parse_published(obj.get("published")),
    )


def read_sidecar(path: Path) -> Metadata:
    """Metadata (url, outlet, published) from a sidecar; empty :class:`Metadata` if unusable.

    A sidecar's ``title`` is not used: the headline comes from the article itself.
    """
    try:
        obj = json.loads(decode_bytes(path.read_bytes()))
    except (OSError, UndecodableError, ValueError) as exc:
        log.warning("ignoring unreadable sidecar %s: %s: %s", path, type(exc).__name__, exc)
        return Metadata()
    if not isinstance(obj, dict):
        log.warning("ignoring sidecar %s: expected a JSON object", path)
        return Metadata()
    meta = metadata_from_mapping(obj, with_title=False)
    if obj.get("published") is not None and meta.published is None:
        log.warning("ignoring unparseable published date in %s: %r", path, obj.get("published"))
    return meta
