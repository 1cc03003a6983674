"""A small synthetic dataset satisfying every schema in ``schemas.tables.TABLES``.

Two articles, five entities, two events (one dated AGREE reported by both articles, one
undated CONSULT), their actors and evidence spans (sliced from the article text), one quote
and one rejected input. Article 2 carries spreadsheet-formula-like title and outlet to exercise
CSV neutralisation.
"""

from __future__ import annotations

import datetime as dt
import hashlib

import polars as pl

from schemas.derive import polars_schema


def hid(*parts: str) -> str:
    """16-hex-digit content hash, as the pipeline's ids are."""
    return hashlib.sha256("\x1f".join(parts).encode()).hexdigest()[:16]


TEXT_1 = (
    "France and Germany signed the Paris Defence Pact on 5 March 2024. "
    "\u201cWe are stronger together,\u201d said Defence Minister Jean Dupont."
)
TEXT_2 = "Germany and France signed a defence pact in Paris. France consulted Britain on air defence."
A1 = hid("article", TEXT_1)
A2 = hid("article", TEXT_2)
FRA = hid("COUNTRY", "France")
DEU = hid("COUNTRY", "Germany")
GBR = hid("COUNTRY", "United Kingdom")
DUPONT = hid("PERSON", "Jean Dupont")
PACT = hid("OBJECT", "Paris Defence Pact")
E_AGREE = hid("event", "AGREE", "2024-03-05", "DEU;FRA")
E_CONSULT = hid("event", "CONSULT", "", "FRA;GBR")
INJECTION_TITLE = '=HYPERLINK("http://evil.example","click")'
INJECTION_OUTLET = "@DefenceWire"


def _span(text: str, needle: str, start: int = 0) -> tuple[int, int]:
    i = text.index(needle, start)
    return i, i + len(needle)


def _frame(table: str, rows: list[dict]) -> pl.DataFrame:
    return pl.DataFrame(rows, schema=polars_schema(table), orient="row")


def synthetic_tables() -> dict[str, pl.DataFrame]:
    texts = {A1: TEXT_1, A2: TEXT_2}
    articles = _frame(
        "articles",
        [
            {
                "article_id": A1,
                "source_file": "a1.txt",
                "title": "France and Germany sign pact",
                "url": "https://news.example/a1",
                "outlet": "Le Monde",
                "published_date": dt.date(2024, 3, 5),
                "text": TEXT_1,
                "n_chars": len(TEXT_1),
                "metadata_file": None,
                "encoding": "utf-8",
            },
            {
                "article_id": A2,
                "source_file": "feed.jsonl#2",
                "title": INJECTION_TITLE,
                "url": None,
                "outlet": INJECTION_OUTLET,
                "published_date": dt.date(2024, 3, 6),
                "text": TEXT_2,
                "n_chars": len(TEXT_2),
                "metadata_file": None,
                "encoding": "utf-8",
            },
        ],
    )
    rejected = _frame(
        "rejected_inputs",
        [
            {
                "source_file": "copy_of_a1.txt",
                "reason": "duplicate",
                "detail": "Same text as a1.txt.",
                "duplicate_of": A1,
            },
        ],
    )
    entities = _frame(
        "entities",
        [
            {
                "entity_id": FRA,
                "name": "France",
                "entity_type": "COUNTRY",
                "country_iso3": "FRA",
                "title": None,
            },
            {
                "entity_id": DEU,
                "name": "Germany",
                "entity_type": "COUNTRY",
                "country_iso3": "DEU",
                "title": None,
            },
            {
                "entity_id": GBR,
                "name": "United Kingdom",
                "entity_type": "COUNTRY",
                "country_iso3": "GBR",
                "title": None,
            },
            {
                "entity_id": DUPONT,
                "name": "Jean Dupont",
                "entity_type": "PERSON",
                "country_iso3": "FRA",
                "title": "Defence Minister",
            },
            {
                "entity_id": PACT,
                "name": "Paris Defence Pact",
                "entity_type": "OBJECT",
                "country_iso3": None,
                "title": None,
            },
        ],
    )
    mention_specs = [
        (FRA, A1, "France"),
        (DEU, A1, "Germany"),
        (PACT, A1, "Paris Defence Pact"),
        (DUPONT, A1, "Jean Dupont"),
        (DEU, A2, "Germany"),
        (FRA, A2, "France"),
        (GBR, A2, "Britain"),
    ]
    entity_mentions = []
    for entity_id, article_id, needle in mention_specs:
        start, end = _span(texts[article_id], needle)
        entity_mentions.append(
            {
                "entity_id": entity_id,
                "article_id": article_id,
                "char_start": start,
                "char_end": end,
                "text": texts[article_id][start:end],
            }
        )
    # Second "France" in article 2 (the CONSULT sentence).
    start, end = _span(TEXT_2, "France", TEXT_2.index("France consulted"))
    entity_mentions.append(
        {"entity_id": FRA, "article_id": A2, "char_start": start, "char_end": end, "text": TEXT_2[start:end]}
    )
    events = _frame(
        "events",
        [
            {
                "event_id": E_AGREE,
                "plover_type": "AGREE",
                "cameo_code": "057",
                "event_date": dt.date(2024, 3, 5),
                "date_precision": "day",
                "location": "Paris",
                "location_iso3": "FRA",
                "latitude": 48.85341,
                "longitude": 2.3488,
                "countries": "DEU;FRA",
                "object_name": "Paris Defence Pact",
                "summary": "France and Germany sign the Paris Defence Pact (2024-03-05).",
                "n_articles": 2,
                "n_mentions": 2,
                "confidence": 0.9,
            },
            {
                "event_id": E_CONSULT,
                "plover_type": "CONSULT",
                "cameo_code": "040",
                "event_date": None,
                "date_precision": None,
                "location": None,
                "location_iso3": None,
                "latitude": None,
                "longitude": None,
                "countries": "FRA;GBR",
                "object_name": None,
                "summary": "France consults the United Kingdom on air defence.",
                "n_articles": 1,
                "n_mentions": 1,
                "confidence": 0.5,
            },
        ],
    )
    event_actors = _frame(
        "event_actors",
        [
            {"event_id": E_AGREE, "entity_id": FRA, "role": "participant"},
            {"event_id": E_AGREE, "entity_id": DEU, "role": "participant"},
            {"event_id": E_AGREE, "entity_id": PACT, "role": "object"},
            {"event_id": E_CONSULT, "entity_id": FRA, "role": "source"},
            {"event_id": E_CONSULT, "entity_id": GBR, "role": "target"},
        ],
    )
    evidence_specs = [
        (E_AGREE, A1, "France and Germany signed the Paris Defence Pact on 5 March 2024.", "signed", 0),
        (E_AGREE, A2, "Germany and France signed a defence pact in Paris.", "signed", 0),
        (E_CONSULT, A2, "France consulted Britain on air defence.", "consulted", 1),
    ]
    event_mentions = []
    for event_id, article_id, sentence, trigger, index in evidence_specs:
        start, end = _span(texts[article_id], sentence)
        event_mentions.append(
            {
                "event_id": event_id,
                "article_id": article_id,
                "char_start": start,
                "char_end": end,
                "evidence": texts[article_id][start:end],
                "trigger": trigger,
                "sentence_index": index,
            }
        )
    q_start, q_end = _span(TEXT_1, "We are stronger together,")
    quotes = _frame(
        "quotes",
        [
            {
                "quote_id": hid("quote", A1, str(q_start), str(q_end)),
                "article_id": A1,
                "speaker_entity_id": DUPONT,
                "text": TEXT_1[q_start:q_end],
                "char_start": q_start,
                "char_end": q_end,
            },
        ],
    )
    return {
        "articles": articles,
        "rejected_inputs": rejected,
        "entities": entities,
        "entity_mentions": _frame("entity_mentions", entity_mentions),
        "events": events,
        "event_actors": event_actors,
        "event_mentions": _frame("event_mentions", event_mentions),
        "quotes": quotes,
    }
