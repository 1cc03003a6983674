"""Typed records that the extractor returns: plain dataclasses, no tables, no Dagster.

Every span is a pair of character offsets into the article text as stored in
``articles.text`` (0-based start, exclusive end).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass(frozen=True)
class ArticleInput:
    """What the extractor needs of an article."""

    article_id: str
    text: str
    published_date: dt.date | None = None
    title: str | None = None


@dataclass(frozen=True)
class Span:
    start: int
    end: int


@dataclass(frozen=True)
class Sentence:
    index: int
    start: int
    end: int


@dataclass(frozen=True)
class DateValue:
    """A date with its precision; ``value`` is the first day of the period."""

    value: dt.date
    precision: str  # 'day' | 'month' | 'year'

    def iso(self) -> str:
        width = {"day": 10, "month": 7, "year": 4}[self.precision]
        return self.value.isoformat()[:width]


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    date: DateValue
    relative: bool = False


@dataclass
class EntityMention:
    """A named entity in the text. ``key`` identifies the entity within the corpus."""

    start: int
    end: int
    text: str
    name: str
    entity_type: str  # PERSON | ORG | COUNTRY | LOCATION | OBJECT
    country_iso3: str | None = None
    title: str | None = None
    # for COUNTRY mentions: how the state was named (name, demonym, government, title, place,
    # half: "the North" of a divided state once both halves are named)
    via: str | None = None


@dataclass
class EventRecord:
    """One statement of an event in one article."""

    article_id: str
    plover_type: str
    cameo_code: str
    trigger: str
    trigger_start: int
    start: int  # evidence span
    end: int
    sentence_index: int
    date: DateValue | None
    countries: tuple[str, ...]
    location: str | None = None
    location_iso3: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    object_name: str | None = None
    object_named: bool = False  # a proper name (capitalised or acronym), not "the deal"
    object_kind: str | None = None  # agreement | exercise | equipment | ship | event | measure
    actors: list[EntityMention] = field(default_factory=list)
    confidence: float = 0.5
    source_iso3: str | None = None
    target_iso3: str | None = None
    evidence: str = ""
    # told as news of the day ("on Friday", "have signed", "newly"), not as background
    recent: bool = False
    # the latest year the article states for past events (its "now" when undated)
    reference_year: int | None = None


@dataclass(frozen=True)
class QuoteRecord:
    article_id: str
    start: int
    end: int
    text: str
    speaker: EntityMention | None


@dataclass
class ArticleExtraction:
    article_id: str
    sentences: list[Sentence]
    entities: list[EntityMention]
    events: list[EventRecord]
    quotes: list[QuoteRecord]
    reference_date: DateValue | None = None


@dataclass(frozen=True)
class TriggerHit:
    """A trigger word found in a sentence, with the type and code it gives."""

    start: int
    end: int
    phrase: str
    pos: str
    plover: str
    cameo: str
