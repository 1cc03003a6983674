"""From the extractor's per-article records to the published entity and event tables.

:func:`build_event_tables` is the only entry point. It merges entities across articles, asks
:func:`pipelines.dedup.cluster.cluster_events` which event statements are one real-world
event, and returns the six tables conformed to their schemas. Every id is a content hash
(:func:`pipelines.ids.content_id`) of values that do not depend on file names or input order,
and every span is checked against the article text. No Dagster, no I/O.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import polars as pl
import pycountry

from pipelines.dedup.cluster import cluster_events
from pipelines.extract.records import ArticleExtraction, EntityMention, EventRecord
from pipelines.ids import content_id
from schemas.derive import conform, empty_frame

EVENT_TABLES = ("entities", "entity_mentions", "events", "event_actors", "event_mentions", "quotes")
PRECISION_RANK = {"day": 0, "month": 1, "year": 2}
EXTRA_ARTICLE_BONUS = 0.05
MAX_CONFIDENCE = 0.99


class SpanMismatchError(ValueError):
    """A record's span does not fit the article text (out of range, or its text differs)."""


def country_name(iso3: str) -> str:
    """Short English name of a state (pycountry's common name, else its name, else the code)."""
    country = pycountry.countries.get(alpha_3=iso3)
    if country is None:
        return iso3
    return getattr(country, "common_name", None) or country.name


def most_common(values: Iterable[Any]) -> Any:
    """The most frequent non-null value; ties go to the smallest value; ``None`` if none."""
    counts = Counter(v for v in values if v is not None)
    if not counts:
        return None
    return min(counts.items(), key=lambda kv: (-kv[1], kv[0]))[0]


def _name_key(name: str) -> str:
    return " ".join(name.split()).casefold()


EntityKey = tuple[str, str]


def entity_key(entity_type: str, name: str, country_iso3: str | None = None) -> EntityKey:
    """Identity of an entity before merging: a country by its ISO3, anything else by its name."""
    if entity_type == "COUNTRY" and country_iso3:
        return ("COUNTRY", country_iso3)
    return (entity_type, _name_key(name))


def _is_iso_key(key: EntityKey) -> bool:
    """Country keys built from an ISO3 code (name keys are case-folded, so never upper case)."""
    return key[0] == "COUNTRY" and len(key[1]) == 3 and key[1].isupper()


@dataclass(frozen=True)
class _Seen:
    name: str
    country_iso3: str | None
    title: str | None


class _Entities:
    """Collects entity sightings and mentions, then merges them into entities with ids."""

    def __init__(self, texts: dict[str, str]) -> None:
        self._texts = texts
        self._seen: dict[EntityKey, list[_Seen]] = {}
        self._mentions: set[tuple[EntityKey, str, int, int]] = set()
        self._alias: dict[EntityKey, EntityKey] = {}
        self._ids: dict[EntityKey, str] = {}

    def add(
        self, entity_type: str, name: str, country_iso3: str | None = None, title: str | None = None
    ) -> EntityKey:
        key = entity_key(entity_type, name, country_iso3)
        self._seen.setdefault(key, []).append(_Seen(name, country_iso3, title))
        return key

    def add_mention(self, article_id: str, m: EntityMention) -> EntityKey:
        _check_span(self._texts, article_id, m.start, m.end, m.text, f"{m.entity_type} mention")
        key = self.add(m.entity_type, m.name, m.country_iso3, m.title)
        self._mentions.add((key, article_id, m.start, m.end))
        return key

    def add_span(self, key: EntityKey, article_id: str, start: int, end: int) -> None:
        self._mentions.add((key, article_id, start, end))

    def finish(self) -> None:
        """Merge people named by a shorter form of exactly one longer name, then assign ids."""
        people = [k for k in self._seen if k[0] == "PERSON"]
        tokens = {k: k[1].split() for k in people}
        for short in people:
            n = len(tokens[short])
            longer = [k for k in people if len(tokens[k]) > n and tokens[k][-n:] == tokens[short]]
            maximal = [k for k in longer if not any(o[1].endswith(" " + k[1]) for o in longer)]
            if len(maximal) == 1:
                self._alias[short] = maximal[0]
        self._groups: dict[EntityKey, list[_Seen]] = {}
        for key, seen in self._seen.items():
            self._groups.setdefault(self.canonical(key), []).extend(seen)
        for key in self._groups:
            # Countries are identified by their ISO3 code, anything else by its canonical name.
            self._ids[key] = content_id(key[0], key[1] if _is_iso_key(key) else self._name(key))

    def canonical(self, key: EntityKey) -> EntityKey:
        return self._alias.get(key, key)

    def id_of(self, key: EntityKey) -> str:
        return self._ids[self.canonical(key)]

    def _name(self, key: EntityKey) -> str:
        if _is_iso_key(key):
            return country_name(key[1])
        names = [" ".join(s.name.split()) for s in self._groups[key]]
        return min(names, key=lambda n: (-len(n), n))  # longest; ties alphabetically

    def entity_rows(self) -> list[dict[str, Any]]:
        rows = []
        for key, eid in self._ids.items():
            group = self._groups[key]
            iso = _is_iso_key(key)
            rows.append(
                {
                    "entity_id": eid,
                    "name": self._name(key),
                    "entity_type": key[0],
                    "country_iso3": key[1] if iso else most_common(s.country_iso3 for s in group),
                    "title": None if iso else most_common(s.title for s in group),
                }
            )
        return rows

    def mention_rows(self) -> list[dict[str, Any]]:
        rows = {}
        for key, article_id, start, end in self._mentions:
            eid = self.id_of(key)
            rows[(eid, article_id, start, end)] = {
                "entity_id": eid,
                "article_id": article_id,
                "char_start": start,
                "char_end": end,
                "text": self._texts[article_id][start:end],
            }
        return list(rows.values())


def _check_span(
    texts: dict[str, str], article_id: str, start: int, end: int, expected: str | None, what: str
) -> str:
    """The article text at ``[start, end)``; raises if out of range or not ``expected``."""
    if article_id not in texts:
        raise SpanMismatchError(f"{what}: article {article_id} is not in the articles table")
    text = texts[article_id]
    if not 0 <= start < end <= len(text):
        raise SpanMismatchError(
            f"{what}: span [{start}, {end}) outside article {article_id} ({len(text)} chars)"
        )
    found = text[start:end]
    if expected is not None and found != expected:
        raise SpanMismatchError(
            f"{what}: article {article_id} [{start}, {end}) holds {found[:60]!r}, "
            f"record says {expected[:60]!r}"
        )
    return found


def _best_date(records: list[EventRecord]) -> Any:
    dated = [r.date for r in records if r.date is not None]
    if not dated:
        return None
    return min(dated, key=lambda d: (PRECISION_RANK[d.precision], d.value))


def _join_names(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def summary_text(
    plover_type: str, cameo_code: str, countries: list[str], object_name: str | None, date_iso: str | None
) -> str:
    """E.g. ``AGREE (057): India and United States — Framework for X — 2025-10-31``."""
    parts = []
    if countries:
        parts.append(_join_names([country_name(c) for c in countries]))
    if object_name:
        parts.append(object_name)
    if date_iso:
        parts.append(date_iso)
    head = f"{plover_type} ({cameo_code})"
    return head + (": " + " — ".join(parts) if parts else "")


def _record_order(r: EventRecord) -> tuple:
    return (r.article_id, r.start, r.end, r.trigger_start, r.plover_type, r.trigger)


def _object_spans(texts: dict[str, str], records: list[EventRecord], name: str) -> list[tuple[str, int, int]]:
    """Where ``name`` is written inside the records' evidence (exact case first)."""
    spans = []
    for r in records:
        evidence = texts[r.article_id][r.start : r.end]
        at = evidence.find(name)
        if at < 0:
            at = evidence.casefold().find(name.casefold())
            if at >= 0 and len(evidence.casefold()) != len(evidence):
                at = -1  # case folding changed lengths: offsets would not map back
        if at >= 0:
            spans.append((r.article_id, r.start + at, r.start + at + len(name)))
    return spans


def _frame(table: str, rows: list[dict[str, Any]]) -> pl.DataFrame:
    if not rows:
        return conform(table, empty_frame(table))
    return conform(table, pl.DataFrame(rows, schema=empty_frame(table).schema, orient="row"))


def build_event_tables(
    articles: pl.DataFrame, extractions: list[ArticleExtraction]
) -> dict[str, pl.DataFrame]:
    """The ``entities``, ``entity_mentions``, ``events``, ``event_actors``, ``event_mentions`` and
    ``quotes`` tables from the articles and their extractions, conformed to their schemas.

    Raises :class:`SpanMismatchError` when a record's span does not match the article text.
    """
    texts: dict[str, str] = dict(
        zip(articles["article_id"].to_list(), articles["text"].to_list(), strict=True)
    )
    extractions = sorted(extractions, key=lambda e: e.article_id)
    registry = _Entities(texts)

    # 1. Cluster all event statements. cluster_events may complete records in place (e.g. a
    #    person's state known from another article), so entities are collected after it.
    records = sorted((r for ext in extractions for r in ext.events), key=_record_order)
    for r in records:
        _check_span(texts, r.article_id, r.start, r.end, r.evidence or None, f"{r.plover_type} evidence")
    labels = cluster_events(records)
    if len(labels) != len(records):
        raise ValueError(f"cluster_events returned {len(labels)} labels for {len(records)} records")
    clusters: dict[int, list[EventRecord]] = {}
    for label, r in zip(labels, records, strict=True):
        clusters.setdefault(label, []).append(r)

    # 2. Every entity sighting: extracted mentions, event actors, quote speakers.
    for ext in extractions:
        for m in ext.entities:
            registry.add_mention(ext.article_id, m)
        for r in ext.events:
            for m in r.actors:
                registry.add_mention(r.article_id, m)
        for q in ext.quotes:
            if q.speaker is not None:
                registry.add_mention(q.article_id, q.speaker)

    # 3. One events row per cluster, with its evidence and actors.
    events: list[dict[str, Any]] = []
    actors: list[tuple[str, EntityKey, str]] = []
    mentions: dict[tuple[str, str, int, int], dict[str, Any]] = {}
    seen_ids: set[str] = set()
    for group in clusters.values():  # in order of each cluster's first record
        first = group[0]
        plover = most_common(r.plover_type for r in group)
        date = _best_date(group)
        countries = sorted({c for r in group for c in r.countries})
        location = most_common(r.location for r in group)
        location_iso3 = most_common(r.location_iso3 for r in group if r.location == location) or most_common(
            r.location_iso3 for r in group
        )
        placed = [r for r in group if r.location == location and r.latitude is not None]
        latitude, longitude = (placed[0].latitude, placed[0].longitude) if placed else (None, None)
        object_name = most_common(r.object_name for r in group if r.object_named) or most_common(
            r.object_name for r in group
        )
        cameo = most_common(r.cameo_code for r in group)
        article_ids = {r.article_id for r in group}
        spans = {(r.article_id, r.start, r.end) for r in group}
        confidence = max(r.confidence for r in group) + EXTRA_ARTICLE_BONUS * (len(article_ids) - 1)
        countries_str = ";".join(countries) or None
        date_key = f"{date.iso()}/{date.precision}" if date else None
        first_evidence = texts[first.article_id][first.start : first.end]
        id_parts = [plover, date_key, countries_str, first_evidence]
        event_id = content_id(*id_parts)
        if event_id in seen_ids:  # a second event stated by the same sentence
            event_id = content_id(*id_parts, object_name, first.trigger_start)
        seen_ids.add(event_id)
        events.append(
            {
                "event_id": event_id,
                "plover_type": plover,
                "cameo_code": cameo,
                "event_date": date.value if date else None,
                "date_precision": date.precision if date else None,
                "location": location,
                "location_iso3": location_iso3,
                "latitude": latitude,
                "longitude": longitude,
                "countries": countries_str,
                "object_name": object_name,
                "summary": summary_text(plover, cameo, countries, object_name, date.iso() if date else None),
                "n_articles": len(article_ids),
                "n_mentions": len(spans),
                "confidence": round(max(0.0, min(MAX_CONFIDENCE, confidence)), 3),
            }
        )
        for r in group:
            key = (event_id, r.article_id, r.start, r.end)
            if key not in mentions:
                mentions[key] = {
                    "event_id": event_id,
                    "article_id": r.article_id,
                    "char_start": r.start,
                    "char_end": r.end,
                    "evidence": texts[r.article_id][r.start : r.end],
                    "trigger": r.trigger,
                    "sentence_index": r.sentence_index,
                }
        for iso3 in countries:
            actors.append((event_id, registry.add("COUNTRY", country_name(iso3), iso3), "participant"))
        for role, iso3 in (
            ("source", most_common(r.source_iso3 for r in group)),
            ("target", most_common(r.target_iso3 for r in group)),
        ):
            if iso3:
                actors.append((event_id, registry.add("COUNTRY", country_name(iso3), iso3), role))
        for r in group:
            for m in r.actors:
                if m.entity_type in ("PERSON", "ORG", "COUNTRY"):
                    role = "participant"
                elif m.entity_type == "OBJECT":
                    role = "object"
                else:
                    continue
                actors.append((event_id, entity_key(m.entity_type, m.name, m.country_iso3), role))
        if object_name:
            obj = registry.add("OBJECT", object_name)
            for article_id, start, end in _object_spans(texts, group, object_name):
                registry.add_span(obj, article_id, start, end)
            actors.append((event_id, obj, "object"))

    # 4. Quotes.
    quotes: dict[str, dict[str, Any]] = {}
    speaker_keys: dict[str, EntityKey | None] = {}
    for ext in extractions:
        for q in ext.quotes:
            words = _check_span(texts, q.article_id, q.start, q.end, q.text, "quote")
            qid = content_id(q.article_id, q.start, q.end)
            quotes[qid] = {
                "quote_id": qid,
                "article_id": q.article_id,
                "text": words,
                "char_start": q.start,
                "char_end": q.end,
            }
            s = q.speaker
            speaker_keys[qid] = entity_key(s.entity_type, s.name, s.country_iso3) if s else None

    registry.finish()
    for qid, row in quotes.items():
        key = speaker_keys[qid]
        row["speaker_entity_id"] = registry.id_of(key) if key else None
    actor_rows = {
        (eid, registry.id_of(key), role): {"event_id": eid, "entity_id": registry.id_of(key), "role": role}
        for eid, key, role in actors
    }
    return {
        "entities": _frame("entities", registry.entity_rows()),
        "entity_mentions": _frame("entity_mentions", registry.mention_rows()),
        "events": _frame("events", events),
        "event_actors": _frame("event_actors", list(actor_rows.values())),
        "event_mentions": _frame("event_mentions", list(mentions.values())),
        "quotes": _frame("quotes", list(quotes.values())),
    }


__all__ = ["EVENT_TABLES", "SpanMismatchError", "build_event_tables", "country_name", "summary_text"]
