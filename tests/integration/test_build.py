"""End-to-end builds (Dagster ``materialize``) of the seed corpus and of a corpus written here."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from pathlib import Path

import duckdb
import polars as pl
import pytest
from articles import ARTICLES, FEED, REJECTS, write_corpus
from building import Build, run_build

from pipelines.dedup import EVENT_TABLES, build_event_tables
from pipelines.definitions import build_defs
from pipelines.extract import ArticleInput, extract
from pipelines.ingest import ingest_folder
from pipelines.warehouse import EXAMPLE_QUERIES, VIEWS_SQL
from schemas.tables import TABLES

VIEWS = re.findall(r"CREATE VIEW (\w+)", VIEWS_SQL.read_text(encoding="utf-8"))


def _table(build: Build, table: str) -> pl.DataFrame:
    return pl.read_parquet(build.release / f"{table}.parquet")


def _assert_all_checks_passed(build: Build) -> None:
    assert build.result.success
    evaluations = build.result.get_asset_check_evaluations()
    expected = build_defs().resolve_asset_graph().asset_check_keys
    assert {e.asset_check_key for e in evaluations} == set(expected)
    failed = [e.asset_check_key.to_user_string() for e in evaluations if not e.passed]
    assert failed == []


def _verify_sums(folder: Path) -> list[str]:
    names = []
    for line in (folder / "SHA256SUMS").read_text(encoding="utf-8").splitlines():
        digest, name = line.split("  ", 1)
        assert hashlib.sha256((folder / name).read_bytes()).hexdigest() == digest, name
        names.append(name)
    return names


# --- the seed corpus ------------------------------------------------------------------------


def test_seeds_all_checks_pass(seeds_build: Build) -> None:
    _assert_all_checks_passed(seeds_build)


def test_seeds_every_input_is_covered(seeds_build: Build, seeds_dir: Path) -> None:
    articles, rejected = _table(seeds_build, "articles"), _table(seeds_build, "rejected_inputs")
    files = sorted(p.name for p in seeds_dir.iterdir() if p.is_file() and not p.name.startswith("."))
    assert sorted(articles["source_file"].to_list() + rejected["source_file"].to_list()) == files
    assert articles.height == 5 and rejected.height == 0


def test_seeds_events_are_evidenced(seeds_build: Build) -> None:
    events = _table(seeds_build, "events")
    mentions = _table(seeds_build, "event_mentions")
    texts = dict(_table(seeds_build, "articles").select("article_id", "text").iter_rows())
    assert events.height > 0
    assert set(events["plover_type"]) >= {"AGREE"}
    assert set(mentions["event_id"]) == set(events["event_id"])
    for row in mentions.iter_rows(named=True):
        assert row["evidence"] == texts[row["article_id"]][row["char_start"] : row["char_end"]]
    counts = mentions.group_by("event_id").agg(pl.col("article_id").n_unique().alias("n"))
    joined = events.join(counts, on="event_id")
    assert (joined["n"] == joined["n_articles"]).all()
    # The India-US framework signed on 31 October 2025 is in the seed articles.
    agree = events.filter((pl.col("plover_type") == "AGREE") & (pl.col("countries") == "IND;USA"))
    assert agree.height > 0


def test_seeds_duckdb_has_every_table_and_view(seeds_build: Build) -> None:
    con = duckdb.connect(str(seeds_build.duckdb), read_only=True)
    try:
        names = {r[0] for r in con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
        assert set(TABLES) | set(VIEWS) <= names
        for table in TABLES:
            (n,) = con.execute(f'SELECT count(*) FROM "{table}"').fetchone()
            assert n == _table(seeds_build, table).height, table
        for title, sql in EXAMPLE_QUERIES:
            rows = con.execute(sql).fetchall()
            if title.startswith("All AGREE"):
                assert rows, title
    finally:
        con.close()


def test_seeds_release_checksums_verify(seeds_build: Build) -> None:
    names = _verify_sums(seeds_build.release)
    assert {f"{t}.{ext}" for t in TABLES for ext in ("csv", "parquet")} <= set(names)
    assert "datapackage.json" in names and "README.md" in names


def test_seeds_rebuild_is_byte_identical(seeds_build: Build, seeds_dir: Path, tmp_path: Path) -> None:
    again = run_build(seeds_dir, tmp_path / "again")
    assert again.result.success
    assert again.release.name == seeds_build.release.name
    assert (again.release / "SHA256SUMS").read_bytes() == (seeds_build.release / "SHA256SUMS").read_bytes()


# --- a corpus written for this test ---------------------------------------------------------


def test_custom_all_checks_pass(custom_build: Build) -> None:
    _assert_all_checks_passed(custom_build)


def test_custom_inputs_and_rejections(custom_build: Build) -> None:
    articles, rejected = _table(custom_build, "articles"), _table(custom_build, "rejected_inputs")
    assert sorted(articles["source_file"]) == sorted([*ARTICLES, f"{FEED[0]}#1"])
    reasons = dict(rejected.select("source_file", "reason").iter_rows())
    assert reasons == {**{name: reason for name, (_, reason) in REJECTS.items()}, f"{FEED[0]}#2": "malformed"}
    japan = articles.filter(pl.col("source_file") == "japan_philippines.txt").row(0, named=True)
    assert japan["outlet"] == "Test Wire" and japan["published_date"] == dt.date(2024, 7, 8)
    dup = rejected.filter(pl.col("reason") == "duplicate").row(0, named=True)
    assert dup["duplicate_of"] == japan["article_id"]


def _events_of(build: Build, source_file: str) -> pl.DataFrame:
    articles = _table(build, "articles").filter(pl.col("source_file") == source_file)
    ids = _table(build, "event_mentions").join(articles, on="article_id")["event_id"].unique()
    return _table(build, "events").filter(pl.col("event_id").is_in(ids.implode()))


def test_custom_japan_philippines_agreement(custom_build: Build) -> None:
    events = _events_of(custom_build, "japan_philippines.txt")
    agree = events.filter(pl.col("plover_type") == "AGREE")
    assert agree.height == 1
    row = agree.row(0, named=True)
    assert row["countries"] == "JPN;PHL"
    assert (row["event_date"], row["date_precision"]) == (dt.date(2024, 7, 8), "day")
    assert (row["location"], row["location_iso3"]) == ("Manila", "PHL")
    assert row["object_name"] == "Reciprocal Access Agreement"
    assert row["summary"] == "AGREE (057): Japan and Philippines — Reciprocal Access Agreement — 2024-07-08"
    actors = (
        _table(custom_build, "event_actors")
        .filter(pl.col("event_id") == row["event_id"])
        .join(_table(custom_build, "entities"), on="entity_id")
    )
    assert {
        ("participant", "Japan"),
        ("participant", "Philippines"),
        ("object", "Reciprocal Access Agreement"),
    } <= set(actors.select("role", "name").iter_rows())


def test_custom_germany_lithuania_deployment(custom_build: Build) -> None:
    events = _events_of(custom_build, "europe/germany_lithuania.md")
    # forces stationed on an ally's soil at its side: military cooperation, not a show of force
    deployed = events.filter(pl.col("plover_type") == "COOPERATE")
    assert deployed.height >= 1
    assert all(set(c.split(";")) == {"DEU", "LTU"} for c in deployed["countries"])


def test_custom_australia_indonesia_meeting(custom_build: Build) -> None:
    events = _events_of(custom_build, "australia_indonesia.txt")
    consult = events.filter((pl.col("plover_type") == "CONSULT") & pl.col("event_date").is_not_null())
    assert consult.height >= 1
    row = consult.row(0, named=True)
    assert row["countries"] == "AUS;IDN"
    assert row["event_date"] == dt.date(2024, 8, 20)
    assert row["location"] == "Canberra"


def test_custom_football_report_has_no_events(custom_build: Build) -> None:
    assert _events_of(custom_build, "sport/football.txt").height == 0


def test_custom_quote_has_its_speaker(custom_build: Build) -> None:
    quotes = _table(custom_build, "quotes").join(
        _table(custom_build, "entities"), left_on="speaker_entity_id", right_on="entity_id"
    )
    assert quotes.select("name", "text").rows() == [
        ("Yoko Kamikawa", "This agreement is a milestone in our security cooperation,")
    ]


def test_custom_ids_survive_renaming_and_reordering(custom_build: Build, tmp_path: Path) -> None:
    renamed = ingest_folder(write_corpus(tmp_path / "renamed", rename=True))
    assert renamed.articles.height == _table(custom_build, "articles").height
    extractions = [
        extract(ArticleInput(r["article_id"], r["text"], r["published_date"], r["title"]))
        for r in renamed.articles.iter_rows(named=True)
    ]
    tables = build_event_tables(renamed.articles, extractions)
    for table in EVENT_TABLES:
        assert tables[table].equals(_table(custom_build, table)), table


@pytest.mark.parametrize("table", sorted(TABLES))
def test_custom_release_matches_duckdb(custom_build: Build, table: str) -> None:
    con = duckdb.connect(str(custom_build.duckdb), read_only=True)
    try:
        (n,) = con.execute(f'SELECT count(*) FROM "{table}"').fetchone()
    finally:
        con.close()
    assert n == _table(custom_build, table).height
