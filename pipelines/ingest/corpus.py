"""The ingest entry point: a folder of input files in, the ``articles`` and
``rejected_inputs`` tables out.

This module owns the rules shared by all formats: sidecar metadata, normalising the text
once, putting the headline into the text, the empty / too-short / too-long thresholds, the
English-only rule, content ids and deduplication, and the guarantee that every input file
(sidecars included) ends up in ``articles`` (as an article's ``source_file`` or
``metadata_file``) or in ``rejected_inputs``. Format-specific parsing lives in
:mod:`.readers`.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import polars as pl

from pipelines.ingest.decode import UndecodableError
from pipelines.ingest.language import foreign_language, language_name
from pipelines.ingest.metadata import MetadataError, is_sidecar, read_sidecar, sidecar_stem
from pipelines.ingest.normalise import content_id, normalise_text
from pipelines.ingest.readers import Item, read_input
from pipelines.ingest.records import Metadata, RawArticle, Rejection
from pipelines.ingest.walk import Entry, list_inputs
from schemas.derive import conform, empty_frame

MIN_CHARS = 20
# About 60,000 words, ten times a long feature: beyond this a "news article" is a dump of
# something else, and extraction time grows with length.
MAX_CHARS = 400_000
_MD_HEADING = re.compile(r"^#{1,6}\s+")
_HAS_WORD = re.compile(r"\w")


@dataclass(frozen=True)
class IngestResult:
    """What :func:`ingest_folder` read: both tables, conformed, and how many files it saw
    (every listed file, sidecars included)."""

    articles: pl.DataFrame
    rejected: pl.DataFrame
    n_files: int


def ingest_folder(root: Path) -> IngestResult:
    """Read every input file under ``root`` into articles and rejections; never raises per file.

    Files are processed in sorted order of their relative POSIX path (records of a JSON file
    in record order), so "the first copy wins" deduplication is deterministic. Raises only
    when ``root`` itself is not a readable directory: that is a configuration error, not a
    bad input.
    """
    root = Path(root)
    if not root.is_dir():
        raise NotADirectoryError(f"articles folder does not exist or is not a directory: {root}")
    entries = list_inputs(root)
    rejected: list[Rejection] = []
    sidecars: dict[tuple[str, str], tuple[str, Metadata]] = {}
    for entry in (e for e in entries if is_sidecar(e.name)):
        outcome = _read_sidecar(entry)
        if isinstance(outcome, Rejection):
            rejected.append(outcome)
        else:
            sidecars[(entry.parent, sidecar_stem(entry.name))] = (entry.rel, outcome)

    articles: list[dict[str, Any]] = []
    first_source: dict[str, str] = {}
    not_applied: dict[str, list[str]] = {}  # sidecar -> why each file it describes did not use it
    for entry in (e for e in entries if not is_sidecar(e.name)):
        sidecar = sidecars.get((entry.parent, Path(entry.name).stem))
        whole_file = False
        for item in _read_entry(entry, sidecar):
            outcome = item if isinstance(item, Rejection) else _finish(item, first_source)
            if isinstance(outcome, Rejection):
                rejected.append(outcome)
            else:
                articles.append(outcome)
            if sidecar is not None and item.source_file == entry.rel:
                whole_file = True
                if isinstance(outcome, Rejection):
                    not_applied.setdefault(sidecar[0], []).append(
                        f"{entry.rel}, which was rejected ({outcome.reason})"
                    )
        if sidecar is not None and not whole_file:
            not_applied.setdefault(sidecar[0], []).append(
                f"{entry.rel}, whose records carry their own metadata"
            )

    used = {a["metadata_file"] for a in articles}
    for rel, _meta in sidecars.values():
        if rel not in used:
            rejected.append(_unused_sidecar(rel, not_applied.get(rel, [])))

    return IngestResult(
        articles=_table("articles", articles),
        rejected=_table("rejected_inputs", [asdict(r) for r in rejected]),
        n_files=len(entries),
    )


def _read_sidecar(entry: Entry) -> Metadata | Rejection:
    """A sidecar's metadata, or the rejection of the sidecar (its article is still read)."""
    if entry.problem is not None:
        return Rejection(entry.rel, "unreadable", entry.problem)
    try:
        return read_sidecar(entry.path)
    except MetadataError as exc:
        return Rejection(entry.rel, "malformed", f"metadata file not applied: {exc}")


def _unused_sidecar(rel: str, why: list[str]) -> Rejection:
    name = rel.rsplit("/", 1)[-1]
    if not why:
        detail = f"no article file named '{sidecar_stem(name)}.<ext>' beside this metadata file"
    else:
        detail = "metadata not applied: it describes " + "; ".join(why)
    return Rejection(rel, "unused_metadata", detail)


def _read_entry(entry: Entry, sidecar: tuple[str, Metadata] | None) -> list[Item]:
    """Read one file; any failure becomes one ``unreadable`` rejection of the whole file."""
    if entry.problem is not None:
        return [Rejection(entry.rel, "unreadable", entry.problem)]
    try:
        items = read_input(entry.path, entry.rel)
    except UndecodableError as exc:
        return [Rejection(entry.rel, "unreadable", str(exc))]
    except Exception as exc:  # one bad file must never stop the run
        return [Rejection(entry.rel, "unreadable", f"{type(exc).__name__}: {exc}")]
    if sidecar is None:
        return items
    sidecar_rel, extra = sidecar
    # Sidecars describe a whole file, so they apply to whole-file articles, not to records.
    return [
        RawArticle(
            i.source_file,
            i.text,
            i.meta.overridden_by(extra),
            i.title_from_first_line,
            sidecar_rel,
            i.encoding,
        )
        if isinstance(i, RawArticle) and i.source_file == entry.rel
        else i
        for i in items
    ]


def _finish(raw: RawArticle, first_source: dict[str, str]) -> dict[str, Any] | Rejection:
    """Normalise, place the headline, apply thresholds and the language rule, deduplicate.

    ``first_source`` maps article ids already kept to their source file and is updated.
    """
    body = normalise_text(raw.text)
    if not body:
        return Rejection(raw.source_file, "empty", "no text (empty or whitespace only)")
    if raw.title_from_first_line:
        text = body
        title = _headline(text)
    else:
        title = raw.meta.title
        text = body if title is None or _first_line(body) == title else normalise_text(f"{title}\n{body}")
    if len(text) < MIN_CHARS:
        return Rejection(
            raw.source_file, "too_short", f"text has {len(text)} characters; at least {MIN_CHARS} needed"
        )
    if len(text) > MAX_CHARS:
        return Rejection(
            raw.source_file,
            "too_long",
            f"text has {len(text):,} characters; an article may have at most {MAX_CHARS:,}",
        )
    foreign = foreign_language(text)
    if foreign is not None:
        code, probability = foreign
        return Rejection(
            raw.source_file,
            "not_english",
            f"written in {language_name(code)} ({code}, probability {probability:.2f}); "
            "the extractor reads English only",
        )
    article_id = content_id(text)
    if article_id in first_source:
        return Rejection(raw.source_file, "duplicate", f"same text as {first_source[article_id]}", article_id)
    first_source[article_id] = raw.source_file
    meta: Metadata = raw.meta
    return {
        "article_id": article_id,
        "source_file": raw.source_file,
        "title": title,
        "url": meta.url,
        "outlet": meta.outlet,
        "published_date": meta.published,
        "text": text,
        "n_chars": len(text),
        "metadata_file": raw.metadata_file,
        "encoding": raw.encoding,
    }


def _headline(text: str) -> str | None:
    """First line with a letter or digit, minus Markdown heading marks.

    Lines without any word character (e.g. a Markdown image ``![]()`` or a rule ``---``) are
    decoration, not headlines. The text itself is left untouched.
    """
    for line in text.split("\n"):
        if _HAS_WORD.search(line):
            return _MD_HEADING.sub("", line).strip() or None
    return None


def _first_line(text: str) -> str:
    return text.split("\n", 1)[0]


def _table(table: str, rows: list[dict[str, Any]]) -> pl.DataFrame:
    """Rows as a conformed table; no rows gives the empty frame with the table's schema."""
    if not rows:
        return conform(table, empty_frame(table))
    schema = empty_frame(table).schema
    return conform(table, pl.DataFrame(rows, schema=schema))
