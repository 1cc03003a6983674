"""Load the published tables into a DuckDB file: typed tables with keys, comments and views.

Everything about the tables (columns, types, keys, descriptions) is derived from
:data:`schemas.tables.TABLES` through :mod:`schemas.derive`; this module names no column.
"""

from __future__ import annotations

import os
from pathlib import Path

import duckdb
import polars as pl

from schemas.derive import (
    TableValidationError,
    columns,
    conform,
    duckdb_comments,
    duckdb_ddl,
    validate,
)
from schemas.tables import TABLES

VIEWS_SQL = Path(__file__).with_name("views.sql")


def _q(identifier: str) -> str:
    """Double-quote an identifier taken from our own schema code."""
    return '"' + identifier.replace('"', '""') + '"'


def _sql_literal(text: str) -> str:
    """A single-quoted SQL string literal.

    DuckDB's COMMENT ON does not accept bound parameters, so the description is inlined with
    single quotes doubled. The descriptions come from our own schema code (docstrings and
    ``pa.Field(description=...)``), never from article text; article values are only ever
    inserted through a registered Arrow frame.
    """
    return "'" + text.replace("'", "''") + "'"


def table_order() -> list[str]:
    """Table names with every foreign-key parent before its children (stable otherwise)."""
    order: list[str] = []
    visiting: set[str] = set()

    def visit(name: str) -> None:
        if name in order:
            return
        if name in visiting:
            raise ValueError(f"foreign-key cycle through table {name!r}")
        visiting.add(name)
        for fk in TABLES[name].foreign_keys:
            if fk.ref_table != name:
                visit(fk.ref_table)
        visiting.discard(name)
        order.append(name)

    for name in TABLES:
        visit(name)
    return order


def create_table_sql(table: str) -> str:
    """``duckdb_ddl`` plus FOREIGN KEY clauses derived from the table's ``foreign_keys``."""
    ddl = duckdb_ddl(table).rstrip()
    fks = TABLES[table].foreign_keys
    if not fks:
        return ddl
    if not ddl.endswith(");"):
        raise ValueError(f"unexpected DDL shape for {table!r}: {ddl[-20:]!r}")
    clauses = [
        "    FOREIGN KEY ("
        + ", ".join(_q(c) for c in fk.columns)
        + f") REFERENCES {_q(fk.ref_table)} ("
        + ", ".join(_q(c) for c in fk.ref_columns)
        + ")"
        for fk in fks
    ]
    return ddl[: -len(");")].rstrip() + ",\n" + ",\n".join(clauses) + "\n);"


def _prepare(tables: dict[str, pl.DataFrame]) -> dict[str, pl.DataFrame]:
    missing = [t for t in TABLES if t not in tables]
    unknown = [t for t in tables if t not in TABLES]
    if missing or unknown:
        raise TableValidationError(f"tables missing: {missing}; unknown tables: {unknown}")
    out = {}
    for name in TABLES:
        df = validate(name, tables[name])
        out[name] = conform(name, df)
    return out


def _build(con: duckdb.DuckDBPyConnection, frames: dict[str, pl.DataFrame]) -> None:
    order = table_order()
    for name in order:
        con.execute(create_table_sql(name))
        for template, description in duckdb_comments(name):
            con.execute(template + _sql_literal(description))
    for name in order:
        cols = ", ".join(_q(c.name) for c in columns(name))
        frame = frames[name].to_arrow()
        con.register("_incoming", frame)
        try:
            con.execute(f"INSERT INTO {_q(name)} ({cols}) SELECT {cols} FROM _incoming")
        finally:
            con.unregister("_incoming")
    con.execute(VIEWS_SQL.read_text(encoding="utf-8"))


def remove_duckdb_leftovers(db_path: Path) -> list[Path]:
    """Remove the temporary files of loads that were killed before the swap; return them."""
    db_path = Path(db_path)
    if not db_path.parent.is_dir():
        return []
    leftovers = sorted(db_path.parent.glob(f"{db_path.name}.tmp-*"))
    for path in leftovers:
        path.unlink(missing_ok=True)
    return leftovers


def load_duckdb(tables: dict[str, pl.DataFrame], db_path: Path) -> Path:
    """Build a DuckDB database at ``db_path`` from every table in ``TABLES``; return the path.

    Each frame is validated (``schemas.derive.validate``) and conformed (schema column order and
    types, table sort order) before insertion; tables get NOT NULL, PRIMARY KEY and FOREIGN KEY
    constraints, table and column comments, and the views of ``views.sql``.

    The database is written to ``<db_path>.tmp-<pid>`` and moved into place with ``os.replace``
    only when complete, so readers never see a half-built file (DuckDB locks a file while a
    process writes it, even against read-only openers).
    """
    db_path = Path(db_path)
    frames = _prepare(tables)
    db_path.parent.mkdir(parents=True, exist_ok=True)
    tmp = db_path.with_name(f"{db_path.name}.tmp-{os.getpid()}")
    tmp_wal = tmp.with_name(tmp.name + ".wal")
    for leftover in (tmp, tmp_wal):
        leftover.unlink(missing_ok=True)
    try:
        con = duckdb.connect(str(tmp))
        try:
            _build(con, frames)
            con.execute("CHECKPOINT")
        finally:
            con.close()
        tmp_wal.unlink(missing_ok=True)  # fully checkpointed on close
        # A write-ahead log left by an interrupted writer of the old file must not be replayed
        # against the new one.
        db_path.with_name(db_path.name + ".wal").unlink(missing_ok=True)
        os.replace(tmp, db_path)
    except BaseException:
        for leftover in (tmp, tmp_wal):
            leftover.unlink(missing_ok=True)
        raise
    return db_path
