"""load_duckdb on a synthetic dataset: tables, keys, comments, views and example queries."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import duckdb
import polars as pl
import pytest
from synthetic import (
    A1,
    A2,
    DUPONT,
    E_AGREE,
    E_CONSULT,
    INJECTION_OUTLET,
    INJECTION_TITLE,
    synthetic_tables,
)

from pipelines.warehouse import EXAMPLE_QUERIES, create_table_sql, load_duckdb, table_order
from schemas.derive import TableValidationError, columns, conform
from schemas.tables import TABLES

VIEWS = ["event_details", "event_timeline", "country_pair_counts", "article_event_counts"]


@pytest.fixture(scope="module")
def tables() -> dict[str, pl.DataFrame]:
    return synthetic_tables()


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory, tables: dict[str, pl.DataFrame]):
    path = load_duckdb(tables, tmp_path_factory.mktemp("wh") / "events.duckdb")
    con = duckdb.connect(str(path), read_only=True)
    yield con
    con.close()


def _rows(con: duckdb.DuckDBPyConnection, sql: str) -> list[dict]:
    return con.sql(sql).pl().to_dicts()


def test_file_in_place_without_temp(tmp_path: Path, tables) -> None:
    path = load_duckdb(tables, tmp_path / "sub" / "events.duckdb")
    assert path == tmp_path / "sub" / "events.duckdb"
    assert path.is_file()
    assert sorted(p.name for p in path.parent.iterdir()) == ["events.duckdb"]


def test_tables_and_row_counts(db, tables) -> None:
    names = {r[0] for r in db.sql("SELECT table_name FROM duckdb_tables()").fetchall()}
    assert names == set(TABLES)
    for table, df in tables.items():
        (n,) = db.execute(f'SELECT count(*) FROM "{table}"').fetchall()[0]
        assert n == df.height, table
        cols = [r[0] for r in db.sql(f'DESCRIBE "{table}"').fetchall()]
        assert cols == [c.name for c in columns(table)]


def test_data_round_trips_exactly(db, tables) -> None:
    for table, df in tables.items():
        got = db.sql(f'SELECT * FROM "{table}"').pl()
        expected = conform(table, df)
        assert conform(table, got).equals(expected), table
    title = db.execute("SELECT title FROM articles WHERE article_id = ?", [A2]).fetchall()
    assert title == [(INJECTION_TITLE,)]


def test_primary_and_foreign_keys(db) -> None:
    cons = db.sql(
        "SELECT table_name, constraint_type, constraint_column_names, referenced_table, "
        "referenced_column_names FROM duckdb_constraints() "
        "WHERE constraint_type IN ('PRIMARY KEY', 'FOREIGN KEY')"
    ).fetchall()
    pks = {(t, tuple(c)) for t, kind, c, _, _ in cons if kind == "PRIMARY KEY"}
    assert pks == {(name, spec.primary_key) for name, spec in TABLES.items()}
    fks = {(t, tuple(c), rt, tuple(rc)) for t, kind, c, rt, rc in cons if kind == "FOREIGN KEY"}
    expected = {
        (name, fk.columns, fk.ref_table, fk.ref_columns)
        for name, spec in TABLES.items()
        for fk in spec.foreign_keys
    }
    assert fks == expected


def test_constraints_enforced(tmp_path: Path, tables) -> None:
    path = load_duckdb(tables, tmp_path / "w.duckdb")
    con = duckdb.connect(str(path))
    try:
        with pytest.raises(duckdb.ConstraintException):
            con.execute("INSERT INTO event_actors VALUES (?, ?, 'participant')", [E_AGREE, "0" * 16])
        with pytest.raises(duckdb.ConstraintException):
            con.execute("INSERT INTO entities VALUES (?, 'Dup', 'PERSON', NULL, NULL)", [DUPONT])
    finally:
        con.close()


def test_comments(db) -> None:
    table_comments = dict(db.sql("SELECT table_name, comment FROM duckdb_tables()").fetchall())
    for name, spec in TABLES.items():
        assert table_comments[name] == spec.description
    col_comments = {
        (t, c): comment
        for t, c, comment in db.sql(
            "SELECT table_name, column_name, comment FROM duckdb_columns() WHERE NOT internal"
        ).fetchall()
    }
    for name in TABLES:
        for col in columns(name):
            assert col_comments[(name, col.name)] == col.description
    # A description with a single quote survives the quote doubling.
    assert "'Defence Minister'" in col_comments[("entities", "title")]
    view_comments = dict(
        db.sql("SELECT view_name, comment FROM duckdb_views() WHERE NOT internal").fetchall()
    )
    for view in VIEWS:
        assert view_comments[view]


def test_event_details_view(db, tables) -> None:
    rows = {r["event_id"]: r for r in _rows(db, "SELECT * FROM event_details")}
    assert set(rows) == {E_AGREE, E_CONSULT}
    event_cols = [c.name for c in columns("events")]
    got_cols = [d[0] for d in db.sql("SELECT * FROM event_details").description]
    assert got_cols == event_cols + ["actors", "articles", "outlets", "evidence", "first_published"]

    agree = rows[E_AGREE]
    assert agree["actors"] == "France; Germany; Paris Defence Pact"
    assert agree["articles"] == "a1.txt; feed.jsonl#2"
    assert agree["outlets"] == f"{INJECTION_OUTLET}; Le Monde"
    first = (
        tables["event_mentions"]
        .filter(pl.col("event_id") == E_AGREE)
        .sort("article_id", "char_start")
        .row(0, named=True)["evidence"]
    )
    assert agree["evidence"] == first
    assert agree["first_published"] == dt.date(2024, 3, 5)
    assert agree["plover_type"] == "AGREE" and agree["n_articles"] == 2

    consult = rows[E_CONSULT]
    assert consult["actors"] == "France; United Kingdom"
    assert consult["articles"] == "feed.jsonl#2"
    assert consult["evidence"] == "France consulted Britain on air defence."
    assert consult["first_published"] == dt.date(2024, 3, 6)


def test_event_timeline_view(db) -> None:
    rows = _rows(db, "SELECT * FROM event_timeline")
    assert [(r["event_id"], r["year"], r["month"]) for r in rows] == [(E_AGREE, 2024, 3)]
    assert rows[0]["event_date"] == dt.date(2024, 3, 5)


def test_country_pair_counts_view(db) -> None:
    rows = db.sql("SELECT * FROM country_pair_counts").fetchall()
    assert rows == [("DEU", "FRA", "AGREE", 1), ("FRA", "GBR", "CONSULT", 1)]


def test_article_event_counts_view(db) -> None:
    rows = {r["article_id"]: r for r in _rows(db, "SELECT * FROM article_event_counts")}
    assert rows[A1]["n_events"] == 1 and rows[A1]["source_file"] == "a1.txt"
    assert rows[A2]["n_events"] == 2 and rows[A2]["title"] == INJECTION_TITLE


@pytest.mark.parametrize(("title", "sql"), EXAMPLE_QUERIES, ids=[t for t, _ in EXAMPLE_QUERIES])
def test_example_query_runs(db, title: str, sql: str) -> None:
    result = db.sql(sql).pl()
    assert result.height > 0, title


def test_example_query_values(db) -> None:
    results = {title: db.sql(sql).pl() for title, sql in EXAMPLE_QUERIES}
    assert len(EXAMPLE_QUERIES) >= 5
    agree, pairs, timeline, sources, quotes = (results[t] for t, _ in EXAMPLE_QUERIES[:5])
    assert set(agree["event_id"]) == {E_AGREE} and agree.height == 2
    assert pairs.select("country_a", "country_b", "n_events").rows() == [("DEU", "FRA", 1), ("FRA", "GBR", 1)]
    assert timeline["plover_type"].to_list() == ["AGREE"]
    assert set(sources["event_id"]) == {E_AGREE}
    assert sources["source_file"].to_list() == ["a1.txt", "feed.jsonl#2"]
    assert quotes.row(0, named=True)["speaker"] == "Jean Dupont"
    assert quotes.row(0, named=True)["quote"] == "We are stronger together,"


def test_replaces_existing_file(tmp_path: Path, tables) -> None:
    path = tmp_path / "events.duckdb"
    load_duckdb(tables, path)
    smaller = dict(tables)
    smaller["quotes"] = tables["quotes"].clear()
    load_duckdb(smaller, path)
    con = duckdb.connect(str(path), read_only=True)
    try:
        assert con.execute("SELECT count(*) FROM quotes").fetchall() == [(0,)]
        assert con.execute("SELECT count(*) FROM events").fetchall() == [(2,)]
    finally:
        con.close()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["events.duckdb"]


def test_invalid_table_leaves_existing_file(tmp_path: Path, tables) -> None:
    path = tmp_path / "events.duckdb"
    load_duckdb(tables, path)
    before = path.read_bytes()
    bad = dict(tables)
    bad["events"] = tables["events"].with_columns(pl.lit(-1).alias("n_articles"))
    with pytest.raises(TableValidationError):
        load_duckdb(bad, path)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["events.duckdb"]


def test_orphan_foreign_key_fails_and_cleans_up(tmp_path: Path, tables) -> None:
    bad = dict(tables)
    orphan = tables["event_actors"].head(1).with_columns(pl.lit("f" * 16).alias("entity_id"))
    bad["event_actors"] = pl.concat([tables["event_actors"], orphan])
    with pytest.raises(duckdb.ConstraintException):
        load_duckdb(bad, tmp_path / "events.duckdb")
    assert list(tmp_path.iterdir()) == []


def test_table_order_parents_first() -> None:
    order = table_order()
    assert sorted(order) == sorted(TABLES)
    for name, spec in TABLES.items():
        for fk in spec.foreign_keys:
            assert order.index(fk.ref_table) < order.index(name)


def test_create_table_sql_has_foreign_keys() -> None:
    sql = create_table_sql("quotes")
    assert 'FOREIGN KEY ("speaker_entity_id") REFERENCES "entities" ("entity_id")' in sql


HOSTILE_SQL = "x'); DROP TABLE events; -- \"quoted\" ; SELECT 1; '' \\"


def test_hostile_values_are_stored_as_data(tmp_path: Path, tables) -> None:
    """Values from articles reach DuckDB only as bound data, so SQL in them is just text."""
    hostile = dict(tables)
    hostile["articles"] = tables["articles"].with_columns(
        pl.lit(HOSTILE_SQL).alias("title"), (pl.lit(HOSTILE_SQL) + pl.col("source_file")).alias("source_file")
    )
    con = duckdb.connect(str(load_duckdb(hostile, tmp_path / "h.duckdb")), read_only=True)
    try:
        assert {r[0] for r in con.sql("SELECT table_name FROM duckdb_tables()").fetchall()} == set(TABLES)
        assert con.execute("SELECT count(*) FROM events").fetchone()[0] == tables["events"].height
        titles = con.execute("SELECT DISTINCT title FROM articles").fetchall()
        assert titles == [(HOSTILE_SQL,)]
    finally:
        con.close()


def test_sql_is_never_built_from_values() -> None:
    """Every SQL string the pipeline executes is a constant, read from views.sql, derived from
    schemas/ (quoted identifiers, escaped descriptions), or names a registered frame; an
    f-string may only interpolate quoted identifiers. A new execute() built any other way fails."""
    import ast

    import pipelines

    allowed_calls = {"create_table_sql", "read_text"}
    allowed_names = {"cols"}
    offenders = []
    for path in Path(pipelines.__file__).parent.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
                continue
            if node.func.attr not in {"execute", "sql", "query", "executemany"} or not node.args:
                continue
            sql = node.args[0]
            ok = isinstance(sql, ast.Constant)
            if isinstance(sql, ast.Call):
                func = sql.func
                ok = (
                    func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
                ) in allowed_calls
            elif isinstance(sql, ast.JoinedStr):
                ok = all(
                    isinstance(part, ast.Constant)
                    or (isinstance(part.value, ast.Call) and getattr(part.value.func, "id", "") == "_q")
                    or (isinstance(part.value, ast.Name) and part.value.id in allowed_names)
                    for part in sql.values
                )
            elif isinstance(sql, ast.BinOp):
                ok = isinstance(sql.right, ast.Call) and getattr(sql.right.func, "id", "") == "_sql_literal"
            if not ok:
                offenders.append(f"{path.name}:{node.lineno}")
    assert offenders == []
