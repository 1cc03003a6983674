"""Property-based tests (hypothesis) on the extractor and the table writers.

The texts are news-like sentences assembled from parts (states, officials, event verbs, dates,
quotes) mixed with arbitrary Unicode, so the extractor finds events and spans in them while
hypothesis searches the awkward corners: combining marks, emoji, stray quotes, newlines.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
from pathlib import Path

import polars as pl
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipelines.dedup import EVENT_TABLES, build_event_tables
from pipelines.extract import ArticleInput, extract
from pipelines.ingest import content_id, ingest_folder, normalise_text
from pipelines.release import write_release

STATES = ["France", "Japan", "Kenya", "Brazil", "the United States", "Vietnam", "Poland", "Türkiye", "Chile"]
DEMONYMS = ["French", "Japanese", "Kenyan", "Brazilian", "Polish", "Chilean"]
OFFICIALS = [
    "Defence Minister Anna Kowalska",
    "President Luis Ortega",
    "Foreign Minister Kenji Sato",
    "Kowalska",
]
VERBS = [
    "signed",
    "agreed",
    "held talks on",
    "launched joint exercises under",
    "imposed sanctions over",
    "will sign",
    "did not sign",
    "deployed troops under",
    "condemned",
]
OBJECTS = [
    "a defence cooperation agreement",
    "the Blue Shield 2024 exercise",
    "a memorandum of understanding on maritime security",
    "the Coastal Security Pact (CSP)",
    "an order for 12 K9 howitzers",
]
DATES = [
    "on Friday",
    "on 3 March 2021",
    "last month",
    "in 2019",
    "on Sept. 16",
    "(2016)",
    "",
    "between 2016 and 2020",
]
# Arbitrary characters, weighted towards those that move offsets or end sentences: tabs,
# combining accents, quotes of every kind, dashes, ellipses, full stops, emoji.
NOISE = st.text(
    alphabet=st.one_of(
        st.sampled_from(list(" \t\u0301\u0308\"'“”‘’«»—–….?!;:()[]🙂é")),
        st.characters(codec="utf-8", exclude_categories=("Cs",)),
    ),
    max_size=12,
)


@st.composite
def sentences(draw: st.DrawFn) -> str:
    a, b = draw(st.sampled_from(STATES)), draw(st.sampled_from(STATES))
    who = draw(st.sampled_from([a, f"{draw(st.sampled_from(DEMONYMS))} {draw(st.sampled_from(OFFICIALS))}"]))
    gap = draw(st.sampled_from([" ", " ", "\t", " \u2014 ", " (", ") "]))  # a tab or dash moves no word
    core = f"{who} and {b} {draw(st.sampled_from(VERBS))}{gap}{draw(st.sampled_from(OBJECTS))} {draw(st.sampled_from(DATES))}"
    form = draw(st.integers(0, 3))
    if form == 1:
        core = f'"{core}," {draw(st.sampled_from(OFFICIALS))} said'
    elif form == 2:
        core = f"{core} {draw(NOISE)}"
    return core.strip() + draw(st.sampled_from([".", ". ", ".\n", ".\n\n", "!", ""]))


@st.composite
def articles(draw: st.DrawFn) -> str:
    """A headline and some sentences, noise between them; normalised as ingest stores it."""
    parts = [draw(sentences()).rstrip(".") + "\n\n"]
    for _ in range(draw(st.integers(1, 5))):
        parts.append(draw(st.one_of(sentences(), NOISE)))
    text = normalise_text(" ".join(parts))
    return text if len(text) >= 20 else text + " Ministers met in Lima."


PUBLISHED = st.one_of(st.none(), st.dates(dt.date(1990, 1, 1), dt.date(2030, 12, 31)))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=articles(), published=PUBLISHED)
def test_every_span_is_the_text_it_claims(text: str, published: dt.date | None) -> None:
    article_id = content_id(text)
    got = extract(ArticleInput(article_id, text, published, text.split("\n", 1)[0]))
    for event in got.events:
        assert 0 <= event.start < event.end <= len(text)
        assert text[event.start : event.end] == event.evidence
        assert event.start <= event.trigger_start < event.end
    for mention in got.entities:
        assert text[mention.start : mention.end] == mention.text
    for quote in got.quotes:
        assert text[quote.start : quote.end] == quote.text

    row = {
        "article_id": article_id,
        "source_file": "a.txt",
        "title": None,
        "url": None,
        "outlet": None,
        "published_date": published,
        "text": text,
        "n_chars": len(text),
        "metadata_file": None,
        "encoding": "utf-8",
    }
    tables = build_event_tables(pl.DataFrame([row]), [got])
    for table, column in (("event_mentions", "evidence"), ("entity_mentions", "text"), ("quotes", "text")):
        for r in tables[table].iter_rows(named=True):
            assert text[r["char_start"] : r["char_end"]] == r[column], table


# --- whole corpora: ids and release bytes ------------------------------------------------------

FILE_NAMES = st.text(
    alphabet=st.sampled_from("abcXYZ -_=+@é北0"),
    min_size=1,
    max_size=12,
).filter(lambda n: not n.startswith(".") and n.strip() == n)


def _write(folder: Path, files: list[tuple[str, str]], mtime_base: int) -> Path:
    folder.mkdir(parents=True)
    for i, (name, text) in enumerate(files):
        path = folder / f"{name}.txt"
        path.write_text(text, encoding="utf-8")
        os.utime(path, (mtime_base + i, mtime_base + i))
    return folder


def _tables(folder: Path) -> dict[str, pl.DataFrame]:
    result = ingest_folder(folder)
    extractions = [
        extract(ArticleInput(r["article_id"], r["text"], r["published_date"], r["title"]))
        for r in result.articles.sort("article_id").iter_rows(named=True)
    ]
    return {"articles": result.articles, "rejected_inputs": result.rejected} | build_event_tables(
        result.articles, extractions
    )


corpora = st.lists(articles(), min_size=1, max_size=4, unique_by=normalise_text)


def _names(data: st.DataObject, n: int) -> list[str]:
    return data.draw(st.lists(FILE_NAMES, min_size=n, max_size=n, unique=True))


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts=corpora, data=st.data())
def test_ids_do_not_depend_on_file_names_or_order(
    tmp_path_factory, texts: list[str], data: st.DataObject
) -> None:
    names, renamed = _names(data, len(texts)), _names(data, len(texts))
    order = data.draw(st.permutations(range(len(texts))))
    root = tmp_path_factory.mktemp("ids")
    first = _tables(_write(root / "a", list(zip(names, texts, strict=True)), 1_000_000))
    second = _tables(_write(root / "b", [(renamed[i], texts[i]) for i in order], 2_000_000))
    key = ["article_id", "text", "title", "n_chars"]
    assert (
        first["articles"]
        .select(key)
        .sort("article_id")
        .equals(second["articles"].select(key).sort("article_id"))
    )
    for table in EVENT_TABLES:
        assert first[table].equals(second[table]), table


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts=corpora, data=st.data())
def test_two_builds_of_the_same_input_are_byte_identical(
    tmp_path_factory, texts: list[str], data: st.DataObject
) -> None:
    names = _names(data, len(texts))
    order = data.draw(st.permutations(range(len(texts))))
    root = tmp_path_factory.mktemp("bytes")
    files = list(zip(names, texts, strict=True))
    once = write_release(_tables(_write(root / "in1", files, 1_000_000)), root / "out1")
    twice = write_release(_tables(_write(root / "in2", [files[i] for i in order], 2_000_000)), root / "out2")
    assert once.name == twice.name
    listing = sorted(p.name for p in once.iterdir())
    assert listing == sorted(p.name for p in twice.iterdir())
    for name in listing:
        digest = hashlib.sha256((once / name).read_bytes()).hexdigest()
        assert digest == hashlib.sha256((twice / name).read_bytes()).hexdigest(), name
