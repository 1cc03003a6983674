"""Everything derived from the table models: column facts, DuckDB DDL, validation, casting.

Nothing here names a column of a particular table; it reads :data:`schemas.tables.TABLES`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pandera.polars as pa
import polars as pl

from schemas.tables import TABLES, TableSpec

_DUCKDB_TYPES = {
    pl.String: "VARCHAR",
    pl.Int64: "BIGINT",
    pl.Int32: "INTEGER",
    pl.Float64: "DOUBLE",
    pl.Date: "DATE",
    pl.Boolean: "BOOLEAN",
}
_FRICTIONLESS_TYPES = {
    pl.String: "string",
    pl.Int64: "integer",
    pl.Int32: "integer",
    pl.Float64: "number",
    pl.Date: "date",
    pl.Boolean: "boolean",
}


def _base(dtype: Any) -> Any:
    return dtype if isinstance(dtype, type) else type(dtype)


@dataclass(frozen=True)
class Column:
    """One column of a published table, read off its pandera model."""

    name: str
    dtype: pl.DataType
    nullable: bool
    unique: bool
    description: str
    checks: dict[str, dict[str, Any]]

    @property
    def duckdb_type(self) -> str:
        return _DUCKDB_TYPES[_base(self.dtype)]

    @property
    def frictionless_type(self) -> str:
        return _FRICTIONLESS_TYPES[_base(self.dtype)]


class TableValidationError(ValueError):
    """A table broke its schema; the message names the table, columns and rows."""


def columns(table: str) -> list[Column]:
    schema = TABLES[table].model.to_schema()
    out = []
    for name, col in schema.columns.items():
        out.append(
            Column(
                name=name,
                dtype=col.dtype.type,
                nullable=col.nullable,
                unique=col.unique,
                description=col.description or "",
                checks={c.name: dict(c.statistics or {}) for c in col.checks},
            )
        )
    return out


def polars_schema(table: str) -> dict[str, pl.DataType]:
    return {c.name: c.dtype for c in columns(table)}


def empty_frame(table: str) -> pl.DataFrame:
    return pl.DataFrame(schema=polars_schema(table))


def conform(table: str, df: pl.DataFrame) -> pl.DataFrame:
    """Columns in schema order and types, rows in the table's sort order (deterministic output)."""
    spec: TableSpec = TABLES[table]
    schema = polars_schema(table)
    missing = [c for c in schema if c not in df.columns]
    if missing:
        raise TableValidationError(f"table {table!r}: missing columns {missing}")
    out = df.select([pl.col(c).cast(t) for c, t in schema.items()])
    return out.sort(list(spec.sort_by), nulls_last=True, maintain_order=True)


def validate(table: str, df: pl.DataFrame) -> pl.DataFrame:
    """Validate an eager frame (data-level checks run only on eager frames) and its primary key.

    Raises :class:`TableValidationError` naming the table, column, check and row numbers.
    """
    spec = TABLES[table]
    try:
        spec.model.validate(df, lazy=True)
    except pa.errors.SchemaErrors as exc:
        cases = exc.failure_cases
        lines = []
        for row in cases.head(20).iter_rows(named=True):
            lines.append(
                f"  column {row['column']!r} check {row['check']} row {row['index']}: "
                f"{str(row['failure_case'])[:80]!r}"
            )
        raise TableValidationError(
            f"table {table!r} failed validation ({cases.height} failure(s)):\n" + "\n".join(lines)
        ) from None
    key = list(spec.primary_key)
    dup = df.group_by(key).len().filter(pl.col("len") > 1)
    if dup.height:
        raise TableValidationError(
            f"table {table!r}: primary key {key} repeated for {dup.height} key(s), e.g. "
            f"{dup.head(3).drop('len').to_dicts()}"
        )
    return df


def duckdb_ddl(table: str) -> str:
    """CREATE TABLE statement with types, NOT NULL, primary key and comments-free constraints."""
    spec = TABLES[table]
    cols = [f'    "{c.name}" {c.duckdb_type}{"" if c.nullable else " NOT NULL"}' for c in columns(table)]
    cols.append("    PRIMARY KEY (" + ", ".join(f'"{k}"' for k in spec.primary_key) + ")")
    return f'CREATE TABLE "{table}" (\n' + ",\n".join(cols) + "\n);"


def duckdb_comments(table: str) -> list[tuple[str, str]]:
    """(COMMENT ON statement template, description) pairs; descriptions are bound as literals safely."""
    stmts = [(f'COMMENT ON TABLE "{table}" IS ', TABLES[table].description)]
    for c in columns(table):
        stmts.append((f'COMMENT ON COLUMN "{table}"."{c.name}" IS ', c.description))
    return stmts
