"""Asset checks: one schema check per table (from a factory) and the rules across tables.

Every check is blocking with ERROR severity, so a failure stops the downstream assets
(warehouse, release) and fails the run (``make build`` exits non-zero). Schema checks call
``schemas.derive.validate`` on the eager frame (data-level checks only run on eager frames);
the cross-table checks are written once, generically, from :data:`schemas.tables.TABLES`.
"""

from __future__ import annotations

from collections.abc import Iterator

import polars as pl
from dagster import (
    AssetCheckResult,
    AssetChecksDefinition,
    AssetCheckSpec,
    AssetIn,
    MetadataValue,
    asset_check,
    multi_asset_check,
)

from pipelines.ingest.walk import list_inputs
from pipelines.resources import PipelineConfig
from schemas.derive import TableValidationError, validate
from schemas.tables import TABLES

MAX_LISTED = 20


def _md_rows(rows: list[dict]) -> MetadataValue:
    if not rows:
        return MetadataValue.md("(none)")
    cols = list(rows[0])
    lines = ["| " + " | ".join(cols) + " |", "|" + "---|" * len(cols)]
    for row in rows[:MAX_LISTED]:
        lines.append(
            "| " + " | ".join(str(row[c])[:80].replace("|", "\\|").replace("\n", " ") for c in cols) + " |"
        )
    return MetadataValue.md("\n".join(lines))


def schema_check(table: str) -> AssetChecksDefinition:
    """Blocking check: the table passes its pandera model and primary key (``validate``)."""

    @asset_check(
        asset=table,
        name="schema",
        blocking=True,
        description=f"`{table}` matches its schema in schemas/tables.py: columns, types, "
        "constraints (validated eagerly) and a unique primary key.",
    )
    def _check(df: pl.DataFrame) -> AssetCheckResult:
        try:
            validate(table, df)
        except TableValidationError as exc:
            return AssetCheckResult(
                passed=False,
                metadata={
                    "failure_cases": MetadataValue.md(f"```\n{exc}\n```"),
                    "row_count": MetadataValue.int(df.height),
                },
            )
        return AssetCheckResult(passed=True, metadata={"row_count": MetadataValue.int(df.height)})

    return _check


def _orphans(tables: dict[str, pl.DataFrame], table: str) -> list[dict]:
    """One row per broken foreign key of ``table``: the columns, referenced table and examples."""
    out = []
    for fk in TABLES[table].foreign_keys:
        cols, refs = list(fk.columns), list(fk.ref_columns)
        child = tables[table].select(cols).drop_nulls().unique()
        parent = tables[fk.ref_table].select(refs).rename(dict(zip(refs, cols, strict=True)))
        orphans = child.join(parent, on=cols, how="anti").sort(cols)
        if orphans.height:
            out.append(
                {
                    "columns": ", ".join(cols),
                    "references": f"{fk.ref_table}({', '.join(refs)})",
                    "n_missing": orphans.height,
                    "examples": orphans.head(3).to_dicts(),
                }
            )
    return out


FK_TABLES = [name for name, spec in TABLES.items() if spec.foreign_keys]


def _referenced(table: str) -> list[str]:
    return sorted({fk.ref_table for fk in TABLES[table].foreign_keys} - {table})


FK_INS = sorted(set(FK_TABLES).union(*(_referenced(t) for t in FK_TABLES)))


@multi_asset_check(
    name="foreign_keys",
    specs=[
        AssetCheckSpec(
            "foreign_keys",
            asset=table,
            blocking=True,
            additional_deps=_referenced(table),
            description=f"Every foreign key of `{table}` resolves: "
            + "; ".join(f"{', '.join(fk.columns)} → {fk.ref_table}" for fk in TABLES[table].foreign_keys),
        )
        for table in FK_TABLES
    ],
    ins={table: AssetIn(table) for table in FK_INS},
    description="Referential integrity of every foreign key declared in schemas/tables.py.",
)
def foreign_keys(**tables: pl.DataFrame) -> Iterator[AssetCheckResult]:
    for table in FK_TABLES:
        broken = _orphans(tables, table)
        yield AssetCheckResult(
            asset_key=table,
            check_name="foreign_keys",
            passed=not broken,
            metadata={"broken_keys": _md_rows(broken), "row_count": MetadataValue.int(tables[table].height)},
        )


def _span_mismatches(df: pl.DataFrame, articles: pl.DataFrame, text_column: str) -> pl.DataFrame:
    joined = df.join(
        articles.select("article_id", pl.col("text").alias("_article_text")), on="article_id", how="left"
    )
    length = pl.col("char_end") - pl.col("char_start")
    sliced = pl.col("_article_text").str.slice(pl.col("char_start"), length)
    return joined.filter(
        pl.col("_article_text").is_null()
        | (pl.col("char_end") > pl.col("_article_text").str.len_chars())
        | (sliced != pl.col(text_column))
    ).select("article_id", "char_start", "char_end", text_column)


def span_check(table: str, text_column: str) -> AssetChecksDefinition:
    """Blocking check: ``text_column`` equals the article text at ``[char_start, char_end)``."""

    @asset_check(
        asset=table,
        name="spans_match_text",
        blocking=True,
        additional_ins={"articles": AssetIn("articles")},
        description=f"Every `{table}.{text_column}` equals its article's text at "
        "[char_start, char_end): the evidence is quoted exactly.",
    )
    def _check(df: pl.DataFrame, articles: pl.DataFrame) -> AssetCheckResult:
        bad = _span_mismatches(df, articles, text_column)
        return AssetCheckResult(
            passed=bad.height == 0,
            metadata={
                "n_mismatched": MetadataValue.int(bad.height),
                "mismatches": _md_rows(bad.head(MAX_LISTED).to_dicts()),
            },
        )

    return _check


def _input_file(source: str, inputs: set[str]) -> str:
    """The input file a source names: ``feed.jsonl#3`` is a record of ``feed.jsonl``."""
    return source if source in inputs or "#" not in source else source.rsplit("#", 1)[0]


@asset_check(
    asset="rejected_inputs",
    name="input_coverage",
    blocking=True,
    additional_ins={"articles": AssetIn("articles")},
    description="Every file under the articles folder is in articles (as source_file, or as the "
    "metadata_file applied to one) or in rejected_inputs (records of a JSON file count for their "
    "file), none is in both, no source is listed twice, and nothing is listed that is not an input.",
)
def input_coverage(
    pipeline_config: PipelineConfig, rejected_inputs: pl.DataFrame, articles: pl.DataFrame
) -> AssetCheckResult:
    inputs = {e.rel for e in list_inputs(pipeline_config.articles_path)}
    sources = articles["source_file"].to_list() + rejected_inputs["source_file"].to_list()
    applied = set(articles["metadata_file"].drop_nulls())
    covered = {_input_file(s, inputs) for s in sources} | applied
    missing = sorted(inputs - covered)
    unexpected = sorted(covered - inputs)
    in_both = sorted((set(articles["source_file"]) | applied) & set(rejected_inputs["source_file"]))
    repeated = len(sources) - len(set(sources))
    return AssetCheckResult(
        passed=not (missing or unexpected or in_both or repeated),
        metadata={
            "n_input_files": MetadataValue.int(len(inputs)),
            "n_articles": MetadataValue.int(articles.height),
            "n_rejected": MetadataValue.int(rejected_inputs.height),
            "n_metadata_files_applied": MetadataValue.int(len(applied)),
            "missing": MetadataValue.json(missing[:MAX_LISTED]),
            "unexpected": MetadataValue.json(unexpected[:MAX_LISTED]),
            "in_both_tables": MetadataValue.json(in_both[:MAX_LISTED]),
            "n_repeated_sources": MetadataValue.int(repeated),
        },
    )


SPAN_COLUMNS = {"event_mentions": "evidence", "entity_mentions": "text", "quotes": "text"}

CHECKS = [
    *(schema_check(table) for table in TABLES),
    foreign_keys,
    *(span_check(table, column) for table, column in SPAN_COLUMNS.items()),
    input_coverage,
]
