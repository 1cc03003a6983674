"""build_event_tables on hand-built extractor records: merging, ids, spans, integrity."""

from __future__ import annotations

import datetime as dt

import polars as pl
import pytest

from pipelines.dedup.tables import EVENT_TABLES, SpanMismatchError, build_event_tables, summary_text
from pipelines.extract.records import (
    ArticleExtraction,
    DateValue,
    EntityMention,
    EventRecord,
    QuoteRecord,
    Sentence,
)
from pipelines.ids import content_id
from pipelines.release import check_foreign_keys
from schemas.derive import conform, empty_frame, validate
from schemas.tables import TABLES

TEXT_A = (
    "Japan and the Philippines signed the Reciprocal Access Agreement in Manila on 8 July 2024. "
    "\u201cThis is a milestone,\u201d said Defence Minister Minoru Kihara."
)
TEXT_B = (
    "On 8 July 2024 the Philippines and Japan signed the Reciprocal Access Agreement. "
    "Kihara called it historic."
)
DAY = DateValue(dt.date(2024, 7, 8), "day")
MONTH = DateValue(dt.date(2024, 7, 1), "month")


def _at(text: str, needle: str, start: int = 0) -> tuple[int, int]:
    i = text.index(needle, start)
    return i, i + len(needle)


def _mention(
    text: str, needle: str, name: str, etype: str, iso3: str | None = None, title: str | None = None
) -> EntityMention:
    s, e = _at(text, needle)
    return EntityMention(s, e, needle, name, etype, iso3, title)


def _article(article_id: str, text: str) -> dict:
    return {
        "article_id": article_id,
        "source_file": f"{article_id}.txt",
        "title": None,
        "url": None,
        "outlet": None,
        "published_date": None,
        "text": text,
        "n_chars": len(text),
        "metadata_file": None,
        "encoding": "utf-8",
    }


def _articles(*pairs: tuple[str, str]) -> pl.DataFrame:
    return conform(
        "articles", pl.DataFrame([_article(a, t) for a, t in pairs], schema=empty_frame("articles").schema)
    )


AID_A = content_id("article", TEXT_A)
AID_B = content_id("article", TEXT_B)


def _extraction_a() -> ArticleExtraction:
    t = TEXT_A
    sent_end = t.index(". ") + 1
    kihara = _mention(t, "Minoru Kihara", "Minoru Kihara", "PERSON", "JPN", "Defence Minister")
    ev = EventRecord(
        article_id=AID_A,
        plover_type="AGREE",
        cameo_code="057",
        trigger="signed",
        trigger_start=t.index("signed"),
        start=0,
        end=sent_end,
        sentence_index=0,
        date=DAY,
        countries=("JPN", "PHL"),
        location="Manila",
        location_iso3="PHL",
        object_name="Reciprocal Access Agreement",
        object_named=True,
        confidence=0.8,
        evidence=t[:sent_end],
    )
    qs, qe = _at(t, "This is a milestone,")
    return ArticleExtraction(
        article_id=AID_A,
        sentences=[Sentence(0, 0, sent_end), Sentence(1, sent_end + 1, len(t))],
        entities=[
            _mention(t, "Japan", "Japan", "COUNTRY", "JPN"),
            _mention(t, "Philippines", "Philippines", "COUNTRY", "PHL"),
            _mention(t, "Manila", "Manila", "LOCATION", "PHL"),
            kihara,
        ],
        events=[ev],
        quotes=[QuoteRecord(AID_A, qs, qe, t[qs:qe], kihara)],
    )


def _extraction_b() -> ArticleExtraction:
    t = TEXT_B
    sent_end = t.index(". ") + 1
    ev = EventRecord(
        article_id=AID_B,
        plover_type="AGREE",
        cameo_code="057",
        trigger="signed",
        trigger_start=t.index("signed"),
        start=0,
        end=sent_end,
        sentence_index=0,
        date=MONTH,
        countries=("PHL", "JPN"),
        object_name="Reciprocal Access Agreement",
        object_named=True,
        confidence=0.7,
        evidence=t[:sent_end],
    )
    return ArticleExtraction(
        article_id=AID_B,
        sentences=[Sentence(0, 0, sent_end)],
        entities=[
            _mention(t, "Philippines", "Philippines", "COUNTRY", "PHL"),
            _mention(t, "Japan", "Japan", "COUNTRY", "JPN"),
            _mention(t, "Kihara", "Kihara", "PERSON"),
        ],
        events=[ev],
        quotes=[],
    )


@pytest.fixture()
def cluster_same_day(monkeypatch):
    """The interim clustering keys on the date; these two statements are one event by design."""
    import pipelines.dedup.tables as mod

    monkeypatch.setattr(
        mod,
        "cluster_events",
        lambda records: [{"AGREE": 0}.get(r.plover_type, i + 1) for i, r in enumerate(records)],
    )


def _build(order=(0, 1)) -> dict[str, pl.DataFrame]:
    exts = [_extraction_a(), _extraction_b()]
    arts = [(AID_A, TEXT_A), (AID_B, TEXT_B)]
    return build_event_tables(_articles(*[arts[i] for i in order]), [exts[i] for i in order])


def _all_tables(tables: dict[str, pl.DataFrame]) -> dict[str, pl.DataFrame]:
    articles = _articles((AID_A, TEXT_A), (AID_B, TEXT_B))
    rejected = conform("rejected_inputs", empty_frame("rejected_inputs"))
    return {"articles": articles, "rejected_inputs": rejected, **tables}


def test_two_articles_one_event(cluster_same_day) -> None:
    tables = _build()
    events = tables["events"]
    assert events.height == 1
    row = events.row(0, named=True)
    assert row["n_articles"] == 2
    assert row["n_mentions"] == 2
    assert row["event_date"] == dt.date(2024, 7, 8) and row["date_precision"] == "day"
    assert row["countries"] == "JPN;PHL"
    assert row["location"] == "Manila" and row["location_iso3"] == "PHL"
    assert row["object_name"] == "Reciprocal Access Agreement"
    assert row["confidence"] == 0.85
    assert row["summary"] == "AGREE (057): Japan and Philippines — Reciprocal Access Agreement — 2024-07-08"
    assert tables["event_mentions"].height == 2


def test_tables_valid_and_referentially_intact(cluster_same_day) -> None:
    tables = _build()
    assert set(tables) == set(EVENT_TABLES)
    for name, df in tables.items():
        assert df.columns == TABLES[name].columns
        validate(name, df)
    check_foreign_keys(_all_tables(tables))
    actors = tables["event_actors"].join(tables["entities"], on="entity_id")
    got = sorted(zip(actors["role"], actors["entity_type"], actors["name"], strict=True))
    assert got == [
        ("object", "OBJECT", "Reciprocal Access Agreement"),
        ("participant", "COUNTRY", "Japan"),
        ("participant", "COUNTRY", "Philippines"),
    ]


def test_ids_stable_when_article_order_changes(cluster_same_day) -> None:
    forward, backward = _build((0, 1)), _build((1, 0))
    for name in EVENT_TABLES:
        assert forward[name].equals(backward[name]), name


def test_event_id_recipe(cluster_same_day) -> None:
    tables = _build()
    first = min([(AID_A, TEXT_A), (AID_B, TEXT_B)])
    evidence = first[1][: first[1].index(". ") + 1]
    assert tables["events"]["event_id"][0] == content_id("AGREE", "2024-07-08/day", "JPN;PHL", evidence)


def test_evidence_equals_text_slice(cluster_same_day) -> None:
    tables = _build()
    texts = {AID_A: TEXT_A, AID_B: TEXT_B}
    for row in tables["event_mentions"].iter_rows(named=True):
        assert row["evidence"] == texts[row["article_id"]][row["char_start"] : row["char_end"]]
        assert row["trigger"] == "signed"
    for row in tables["entity_mentions"].iter_rows(named=True):
        assert row["text"] == texts[row["article_id"]][row["char_start"] : row["char_end"]]
    obj = tables["entities"].filter(pl.col("entity_type") == "OBJECT")["entity_id"][0]
    assert tables["entity_mentions"].filter(pl.col("entity_id") == obj).height == 2


def test_entities_merged_across_articles(cluster_same_day) -> None:
    tables = _build()
    ents = tables["entities"]
    people = ents.filter(pl.col("entity_type") == "PERSON")
    assert people.rows(named=True) == [
        {
            "entity_id": content_id("PERSON", "Minoru Kihara"),
            "name": "Minoru Kihara",
            "entity_type": "PERSON",
            "country_iso3": "JPN",
            "title": "Defence Minister",
        }
    ]
    countries = ents.filter(pl.col("entity_type") == "COUNTRY").sort("name")
    assert countries["entity_id"].to_list() == [content_id("COUNTRY", "JPN"), content_id("COUNTRY", "PHL")]
    assert countries["country_iso3"].to_list() == ["JPN", "PHL"]
    kihara_mentions = tables["entity_mentions"].filter(pl.col("entity_id") == people["entity_id"][0])
    assert sorted(kihara_mentions["article_id"].to_list()) == sorted([AID_A, AID_B])
    quote = tables["quotes"].row(0, named=True)
    assert quote["speaker_entity_id"] == people["entity_id"][0]
    assert quote["quote_id"] == content_id(AID_A, quote["char_start"], quote["char_end"])
    assert quote["text"] == "This is a milestone,"


def test_separate_events_without_merge(monkeypatch) -> None:
    import pipelines.dedup.tables as mod

    monkeypatch.setattr(mod, "cluster_events", lambda records: list(range(len(records))))
    tables = _build()
    assert tables["events"].height == 2
    assert tables["events"]["n_articles"].to_list() == [1, 1]
    assert tables["events"]["event_id"].n_unique() == 2


def test_directed_event_roles() -> None:
    text = "The United States imposed sanctions on Iran on 3 May 2025."
    aid = content_id("article", text)
    ev = EventRecord(
        article_id=aid,
        plover_type="SANCTION",
        cameo_code="163",
        trigger="imposed sanctions",
        trigger_start=text.index("imposed"),
        start=0,
        end=len(text),
        sentence_index=0,
        date=DAY,
        countries=("IRN", "USA"),
        source_iso3="USA",
        target_iso3="IRN",
        evidence=text,
    )
    ext = ArticleExtraction(aid, [Sentence(0, 0, len(text))], [], [ev], [])
    tables = build_event_tables(_articles((aid, text)), [ext])
    roles = sorted(
        tables["event_actors"].join(tables["entities"], on="entity_id").select("role", "country_iso3").rows()
    )
    assert roles == [("participant", "IRN"), ("participant", "USA"), ("source", "USA"), ("target", "IRN")]
    names = dict(tables["entities"].select("country_iso3", "name").rows())
    assert names == {"IRN": "Iran", "USA": "United States"}
    assert tables["events"]["object_name"][0] is None


def test_span_mismatch_raises() -> None:
    ext = _extraction_a()
    ext.entities.append(EntityMention(0, 5, "Japon", "Japan", "COUNTRY", "JPN"))
    with pytest.raises(SpanMismatchError, match="Japon"):
        build_event_tables(_articles((AID_A, TEXT_A)), [ext])


def test_no_extractions_gives_empty_valid_tables() -> None:
    tables = build_event_tables(_articles((AID_A, TEXT_A)), [])
    for name, df in tables.items():
        assert df.height == 0
        validate(name, df)


def test_summary_text() -> None:
    assert summary_text("CONSULT", "040", ["AUS", "IDN", "JPN"], None, None) == (
        "CONSULT (040): Australia, Indonesia and Japan"
    )
    assert summary_text("MOBILIZE", "150", [], None, "2025") == "MOBILIZE (150): 2025"
