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

from pipelines.ingest.decode import decode
from pipelines.ingest.metadata import MetadataError, explicit_metadata, guessed_metadata
from pipelines.ingest.records import Metadata, RawArticle, Rejection

Item = RawArticle | Rejection
Reader = Callable[[Path, str], list[Item]]

MIB = 1024 * 1024
# One article is never this big (a long report is well under 1 MiB even as HTML); a bigger
# file is a mistake or an attack, and reading it would stall the build, so it is not read.
MAX_ARTICLE_FILE_BYTES = 16 * MIB
# A collection holds many articles; its limit only protects memory.
MAX_COLLECTION_FILE_BYTES = 2048 * MIB

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
    text, encoding = decode(path.read_bytes())
    return [RawArticle(rel, text, Metadata(), title_from_first_line=True, encoding=encoding)]


def read_html(path: Path, rel: str) -> list[Item]:
    """``.html`` / ``.htm``: main text and metadata via trafilatura, offline.

    Navigation, scripts, comments and boilerplate are dropped by trafilatura. The bytes are
    decoded with the shared policy first so that encoding handling matches the other formats.
    """
    html, encoding = decode(path.read_bytes())
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
    meta = guessed_metadata(doc.title, doc.url, doc.sitename, doc.date)
    return [RawArticle(rel, doc.text, meta, encoding=encoding)]


def read_json(path: Path, rel: str) -> list[Item]:
    """``.json``: one object (named like the file) or a list of objects (``file.json#<n>``)."""
    text, encoding = decode(path.read_bytes())
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        return [Rejection(rel, "malformed", f"invalid JSON: {exc}")]
    if isinstance(data, dict):
        return [_record(data, rel, encoding)]
    if not isinstance(data, list):
        return [Rejection(rel, "malformed", f"expected a JSON object or list of objects, got {_kind(data)}")]
    if not data:
        return [Rejection(rel, "empty", "JSON list has no records")]
    return [_record(obj, f"{rel}#{i}", encoding) for i, obj in enumerate(data, start=1)]


def read_jsonl(path: Path, rel: str) -> list[Item]:
    """``.jsonl``: one object per line, named ``file.jsonl#<1-based line>``; blank lines skipped."""
    items: list[Item] = []
    text, encoding = decode(path.read_bytes())
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        name = f"{rel}#{number}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            items.append(Rejection(name, "malformed", f"invalid JSON on line {number}: {exc}"))
            continue
        items.append(_record(obj, name, encoding))
    return items or [Rejection(rel, "empty", "JSON Lines file has no records")]


READERS: dict[str, tuple[Reader, int]] = {
    ".txt": (read_plain, MAX_ARTICLE_FILE_BYTES),
    ".md": (read_plain, MAX_ARTICLE_FILE_BYTES),
    ".html": (read_html, MAX_ARTICLE_FILE_BYTES),
    ".htm": (read_html, MAX_ARTICLE_FILE_BYTES),
    ".json": (read_json, MAX_COLLECTION_FILE_BYTES),
    ".jsonl": (read_jsonl, MAX_COLLECTION_FILE_BYTES),
}


def extension(name: str) -> str:
    """Lower-cased last suffix (``''`` if none); a leading dot alone is not an extension."""
    return Path(name).suffix.lower()


def read_input(path: Path, rel: str) -> list[Item]:
    """Dispatch on the file extension; unknown types and oversized files are rejected unread."""
    ext = extension(rel)
    if ext not in READERS:
        what = f"extension '{ext}'" if ext else "no file extension"
        return [
            Rejection(
                rel,
                "unsupported",
                f"unsupported file type ({what}); expected one of " + ", ".join(sorted(READERS)),
            )
        ]
    reader, max_bytes = READERS[ext]
    size = path.stat().st_size
    if size > max_bytes:
        return [
            Rejection(
                rel,
                "too_long",
                f"file has {size / MIB:.1f} MiB; a {ext} file may have at most {max_bytes // MIB} MiB"
                + (
                    " (put many articles in one .jsonl file instead)"
                    if max_bytes == MAX_ARTICLE_FILE_BYTES
                    else ""
                ),
            )
        ]
    return reader(path, rel)


def _record(obj: Any, name: str, encoding: str) -> Item:
    """One JSON record: ``text`` is required, ``title``/``url``/``outlet``/``published`` optional.

    Other keys are ignored (exports from scrapers carry many), but the known ones are checked
    strictly: a record with an impossible date or a non-web URL is rejected with the reason.
    """
    if not isinstance(obj, dict):
        return Rejection(name, "malformed", f"expected a JSON object, got {_kind(obj)}")
    text = obj.get("text")
    if not isinstance(text, str):
        return Rejection(name, "malformed", "record has no 'text' string")
    try:
        meta = explicit_metadata(obj, with_title=True)
    except MetadataError as exc:
        return Rejection(name, "malformed", f"record metadata: {exc}")
    return RawArticle(name, text, meta, encoding=encoding)


def _kind(value: Any) -> str:
    return {dict: "an object", list: "a list", str: "a string", bool: "a boolean", type(None): "null"}.get(
        type(value), "a number"
    )
