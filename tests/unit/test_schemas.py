"""The table registry is complete and self-consistent, and its DDL runs in DuckDB."""

from __future__ import annotations

import duckdb
import pytest

from schemas.derive import columns, duckdb_ddl
from schemas.tables import TABLES

TABLE_NAMES = list(TABLES)


@pytest.mark.parametrize("table", TABLE_NAMES)
def test_table_and_columns_described(table: str) -> None:
    assert TABLES[table].description
    cols = columns(table)
    assert cols
    for col in cols:
        assert col.description.strip(), f"{table}.{col.name} has no description"


@pytest.mark.parametrize("table", TABLE_NAMES)
def test_foreign_keys_refer_to_existing_columns(table: str) -> None:
    own = {c.name for c in columns(table)}
    for fk in TABLES[table].foreign_keys:
        assert fk.ref_table in TABLES, fk
        assert len(fk.columns) == len(fk.ref_columns), fk
        assert set(fk.columns) <= own, fk
        ref_cols = {c.name for c in columns(fk.ref_table)}
        assert set(fk.ref_columns) <= ref_cols, fk
        # A foreign key must point at a key of the referenced table.
        ref_spec = TABLES[fk.ref_table]
        ref_unique = {c.name for c in columns(fk.ref_table) if c.unique}
        assert tuple(fk.ref_columns) == ref_spec.primary_key or set(fk.ref_columns) <= ref_unique, fk


@pytest.mark.parametrize("table", TABLE_NAMES)
def test_primary_key_columns_exist_and_not_nullable(table: str) -> None:
    by_name = {c.name: c for c in columns(table)}
    assert TABLES[table].primary_key
    for key in TABLES[table].primary_key:
        assert key in by_name, key
        assert not by_name[key].nullable, key


@pytest.mark.parametrize("table", TABLE_NAMES)
def test_sort_by_columns_exist(table: str) -> None:
    names = {c.name for c in columns(table)}
    assert TABLES[table].sort_by
    assert set(TABLES[table].sort_by) <= names


@pytest.mark.parametrize("table", TABLE_NAMES)
def test_column_types_map_everywhere(table: str) -> None:
    for col in columns(table):
        assert col.duckdb_type
        assert col.frictionless_type


def test_ddl_executes_in_duckdb() -> None:
    con = duckdb.connect()
    try:
        for table in TABLES:
            con.execute(duckdb_ddl(table))
        created = {row[0] for row in con.sql("SELECT table_name FROM duckdb_tables()").fetchall()}
        assert created == set(TABLES)
        for table in TABLES:
            described = [row[0] for row in con.sql(f'DESCRIBE "{table}"').fetchall()]
            assert described == [c.name for c in columns(table)]
    finally:
        con.close()
