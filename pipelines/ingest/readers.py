"""Per-format readers: one input file in, raw articles and per-record rejections out.

A reader decodes and parses; it does not normalise, deduplicate or apply sidecars (that is
:mod:`.corpus`), so each format's quirks stay here and the shared rules stay in one place.
Readers may raise (the corpus turns any exception into an ``unreadable`` rejection of the
whole file); problems confined to one record of a multi-record file become a
:class:`Rejection` for that record so the good records survive.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import trafilatura

from pipelines.ingest.decode import decode_bytes
from pipelines.ingest.records import Metadata, RawArticle, Rejection
from pipelines.ingest.sidecar import clean_str, metadata_from_mapping, parse_published

Item = RawArticle | Rejection
Reader = Callable[[Path, str], list[Item]]

# A fixed latest date keeps HTML date extraction independent of the day the pipeline runs
# (trafilatura's default is "today"). Extensive search is off: it guesses dates from free
# text, and a guessed date would be mistaken for the publication date.
_DATE_PARAMS: dict[str, Any] = {
    "original_date": True,
    "extensive_search": False,
    "max_date": "2100-12-31",
}


def read_plain(path: Path, rel: str) -> list[Item]:
    """``.txt`` / ``.md``: the whole file is the text; its first non-empty line the headline."""
    return [RawArticle(rel, decode_bytes(path.read_bytes()), Metadata(), title_from_first_line=True)]


def read_html(path: Path, rel: str) -> list[Item]:
    """``.html`` / ``.htm``: main text and metadata via trafilatura, offline.

    Navigation, scripts, comments and boilerplate are dropped by trafilatura. The bytes are
    decoded with the shared policy first so that encoding handling matches the other formats.
    """
    html = decode_bytes(path.read_bytes())
    doc = trafilatura.bare_extraction(
        html,
        with_metadata=True,
        include_comments=False,
        include_images=False,
        include_links=False,
        include_formatting=False,
        date_extraction_params=dict(_DATE_PARAMS),
    )
    if doc is None or not isinstance(doc.text, str) or not doc.text.strip():
        return [Rejection(rel, "empty", "no main text found in the HTML")]
    meta = Metadata(
        title=clean_str(doc.title),
        url=clean_str(doc.url),
        outlet=clean_str(doc.sitename),
        published=parse_published(doc.date),
    )
    return [RawArticle(rel, doc.text, meta)]


def read_json(path: Path, rel: str) -> list[Item]:
    """``.json``: one object (named like the file) or a list of objects (``file.json#<n>``)."""
    try:
        data = json.loads(decode_bytes(path.read_bytes()))
    except json.JSONDecodeError as exc:
        return [Rejection(rel, "malformed", f"invalid JSON: {exc}")]
    if isinstance(data, dict):
        return [_record(data, rel)]
    if not isinstance(data, list):
        return [Rejection(rel, "malformed", f"expected a JSON object or list of objects, got {_kind(data)}")]
    if not data:
        return [Rejection(rel, "empty", "JSON list has no records")]
    return [_record(obj, f"{rel}#{i}") for i, obj in enumerate(data, start=1)]


def read_jsonl(path: Path, rel: str) -> list[Item]:
    """``.jsonl``: one object per line, named ``file.jsonl#<1-based line>``; blank lines skipped."""
    items: list[Item] = []
    for number, line in enumerate(decode_bytes(path.read_bytes()).split("\n"), start=1):
        if not line.strip():
            continue
        name = f"{rel}#{number}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            items.append(Rejection(name, "malformed", f"invalid JSON on line {number}: {exc}"))
            continue
        items.append(_record(obj, name))
    return items or [Rejection(rel, "empty", "JSON Lines file has no records")]


READERS: dict[str, Reader] = {
    ".txt": read_plain,
    ".md": read_plain,
    ".html": read_html,
    ".htm": read_html,
    ".json": read_json,
    ".jsonl": read_jsonl,
}


def extension(name: str) -> str:
    """Lower-cased last suffix (``''`` if none); a leading dot alone is not an extension."""
    return Path(name).suffix.lower()


def read_input(path: Path, rel: str) -> list[Item]:
    """Dispatch on the file extension; unknown extensions are rejected without being read."""
    ext = extension(rel)
    reader = READERS.get(ext)
    if reader is None:
        what = f"extension '{ext}'" if ext else "no file extension"
        return [
            Rejection(
                rel,
                "unsupported",
                f"unsupported file type ({what}); expected one of " + ", ".join(sorted(READERS)),
            )
        ]
    return reader(path, rel)


def _record(obj: Any, name: str) -> Item:
    """One JSON record: ``text`` is required, ``title``/``url``/``outlet``/``published`` optional."""
    if not isinstance(obj, dict):
        return Rejection(name, "malformed", f"expected a JSON object, got {_kind(obj)}")
    text = obj.get("text")
    if not isinstance(text, str):
        return Rejection(name, "malformed", "record has no 'text' string")
    return RawArticle(name, text, metadata_from_mapping(obj, with_title=True))


def _kind(value: Any) -> str:
    return {dict: "an object", list: "a list", str: "a string", bool: "a boolean", type(None): "null"}.get(
        type(value), "a number"
    )
