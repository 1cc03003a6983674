"""What the extractor finds in a text written for a test, in the short forms tests compare."""

from __future__ import annotations

import datetime as dt

from pipelines.extract import ArticleExtraction, ArticleInput, extract
from pipelines.extract.dates import find_dates

EventTuple = tuple[str, str | None, tuple[str, ...]]


def extracted(text: str, published: dt.date | None = None) -> tuple[ArticleExtraction, list[EventTuple]]:
    """The extraction and its events as (PLOVER type, ISO date or None, countries)."""
    x = extract(ArticleInput("t" * 16, text, published))
    return x, [(e.plover_type, e.date.iso() if e.date else None, e.countries) for e in x.events]


def typed_events(text: str, published: dt.date | None = None) -> list[EventTuple]:
    return extracted(text, published)[1]


def found_dates(text: str, published: dt.date | None = None) -> list[tuple[str, str]]:
    """Date expressions as (text as written, ISO value)."""
    return [(text[d.start : d.end], d.date.iso()) for d in find_dates(text, published)]
