"""Dagster assets: thin wrappers that call the plain stage functions and report what they built.

Layers, by group: ``ingest`` (articles, rejected_inputs) → ``extract`` (article_extractions) →
``core`` (entities, entity_mentions, events, event_actors, event_mentions, quotes) →
``publish`` (warehouse, release). Table assets are named after the published tables, validate
their frame before returning it, and leave storage to the IO manager (:mod:`.io_manager`).
"""

import time
from collections.abc import Iterator
from typing import Any

import polars as pl
from dagster import (
    AssetExecutionContext,
    AssetIn,
    AssetOut,
    MaterializeResult,
    MetadataValue,
    Output,
    asset,
    multi_asset,
)

from pipelines.dedup import EVENT_TABLES, build_event_tables
from pipelines.extract import ArticleInput, extract
from pipelines.extract.records import ArticleExtraction
from pipelines.ingest import ingest_folder
from pipelines.release import write_release
from pipelines.resources import PipelineConfig
from pipelines.warehouse import load_duckdb
from schemas.derive import validate
from schemas.tables import TABLES

INGEST_GROUP = "ingest"
EXTRACT_GROUP = "extract"
CORE_GROUP = "core"
PUBLISH_GROUP = "publish"
INGEST_TABLES = ("articles", "rejected_inputs")
PREVIEW_ROWS = 5
PREVIEW_CELL_CHARS = 60


def markdown_preview(df: pl.DataFrame, rows: int = PREVIEW_ROWS) -> str:
    """The first ``rows`` rows as a Markdown table, long cells cut, pipes and newlines escaped."""

    def cell(value: Any) -> str:
        text = "" if value is None else str(value)
        if len(text) > PREVIEW_CELL_CHARS:
            text = text[: PREVIEW_CELL_CHARS - 1] + "…"
        return text.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ")

    lines = ["| " + " | ".join(df.columns) + " |", "|" + "---|" * len(df.columns)]
    lines += ["| " + " | ".join(cell(v) for v in row) + " |" for row in df.head(rows).iter_rows()]
    return "\n".join(lines)


def _table_output(table: str, df: pl.DataFrame, **extra: Any) -> Output:
    validate(table, df)  # raises TableValidationError naming table, column and rows
    metadata = {
        "row_count": MetadataValue.int(df.height),
        "preview": MetadataValue.md(markdown_preview(df)),
        **extra,
    }
    return Output(df, output_name=table, metadata=metadata)


def _table_out(table: str, group: str) -> AssetOut:
    return AssetOut(description=TABLES[table].description, group_name=group, dagster_type=pl.DataFrame)


@multi_asset(
    name="ingest",
    outs={table: _table_out(table, INGEST_GROUP) for table in INGEST_TABLES},
    description="Read every input file under the articles folder into articles and rejected_inputs.",
)
def ingest(context: AssetExecutionContext, pipeline_config: PipelineConfig) -> Iterator[Output]:
    folder = pipeline_config.articles_path
    result = ingest_folder(folder)
    context.log.info(
        f"{result.n_files} input file(s) in {folder}: {result.articles.height} article(s), "
        f"{result.rejected.height} rejected"
    )
    n_files = MetadataValue.int(result.n_files)
    yield _table_output("articles", result.articles, n_input_files=n_files)
    yield _table_output("rejected_inputs", result.rejected, n_input_files=n_files)


@asset(
    group_name=EXTRACT_GROUP,
    description="The extractor's records (entities, event statements, quotes) for every article, "
    "in article_id order.",
)
def article_extractions(context: AssetExecutionContext, articles: pl.DataFrame) -> Output:
    started = time.perf_counter()
    out: list[ArticleExtraction] = []
    for row in articles.sort("article_id").iter_rows(named=True):
        article = ArticleInput(row["article_id"], row["text"], row["published_date"], row["title"])
        out.append(extract(article))
    seconds = time.perf_counter() - started
    per_article = seconds / len(out) if out else 0.0
    context.log.info(f"extracted {len(out)} article(s) in {seconds:.2f} s ({per_article:.3f} s per article)")
    return Output(
        out,
        metadata={
            "n_articles": MetadataValue.int(len(out)),
            "n_event_statements": MetadataValue.int(sum(len(e.events) for e in out)),
            "n_entity_mentions": MetadataValue.int(sum(len(e.entities) for e in out)),
            "n_quotes": MetadataValue.int(sum(len(e.quotes) for e in out)),
            "seconds_per_article": MetadataValue.float(round(per_article, 4)),
        },
    )


@multi_asset(
    name="core_tables",
    outs={table: _table_out(table, CORE_GROUP) for table in EVENT_TABLES},
    description="Merge entities across articles, cluster event statements into events, and build "
    "the entity, event and quote tables.",
)
def core_tables(articles: pl.DataFrame, article_extractions: list) -> Iterator[Output]:
    tables = build_event_tables(articles, article_extractions)
    for table in EVENT_TABLES:
        yield _table_output(table, tables[table])


ALL_TABLE_INS = {table: AssetIn(table) for table in TABLES}


@asset(
    group_name=PUBLISH_GROUP,
    ins=ALL_TABLE_INS,
    description="DuckDB database <output_dir>/defence_events.duckdb with every table (keys, "
    "comments) and the convenience views; written to a temporary file and swapped in.",
)
def warehouse(pipeline_config: PipelineConfig, **tables: pl.DataFrame) -> MaterializeResult:
    path = load_duckdb(dict(tables), pipeline_config.duckdb_path)
    counts = {name: tables[name].height for name in TABLES}
    return MaterializeResult(
        metadata={
            "path": MetadataValue.path(str(path)),
            "row_counts": MetadataValue.json(counts),
            "row_count": MetadataValue.int(counts["events"]),
        }
    )


@asset(
    group_name=PUBLISH_GROUP,
    ins=ALL_TABLE_INS,
    # After the warehouse: one fixed order, and no release of tables the database refused.
    deps=[warehouse],
    description="Versioned release <output_dir>/releases/<version>/: Parquet and CSV of every "
    "table, datapackage.json, data dictionary and SHA256SUMS; releases/latest points to it.",
)
def release(pipeline_config: PipelineConfig, **tables: pl.DataFrame) -> MaterializeResult:
    folder = write_release(dict(tables), pipeline_config.output_path)
    return MaterializeResult(
        metadata={
            "path": MetadataValue.path(str(folder)),
            "version": MetadataValue.text(folder.name),
            "row_count": MetadataValue.int(tables["events"].height),
            "files": MetadataValue.int(sum(1 for p in folder.iterdir() if p.is_file())),
        }
    )


ASSETS = [ingest, article_extractions, core_tables, warehouse, release]
