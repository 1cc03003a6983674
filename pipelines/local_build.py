"""The stages without Dagster, in one call: for scripts and tests that score a folder quickly.

The Dagster assets (``pipelines/assets.py``) remain the build; this is the same chain of plain
functions (ingest, extract, cluster, load) with no store, lock or release.
"""

from __future__ import annotations

from pathlib import Path

from pipelines.dedup import build_event_tables
from pipelines.extract import ArticleInput, extract
from pipelines.ingest import ingest_folder
from pipelines.warehouse import load_duckdb


def build_database(articles_dir: Path, db_path: Path) -> Path:
    """Every table of the articles in ``articles_dir`` loaded into a DuckDB file at ``db_path``."""
    ingested = ingest_folder(articles_dir)
    extractions = [
        extract(ArticleInput(r["article_id"], r["text"], r["published_date"], r["title"]))
        for r in ingested.articles.sort("article_id").iter_rows(named=True)
    ]
    tables = build_event_tables(ingested.articles, extractions)
    tables["articles"] = ingested.articles
    tables["rejected_inputs"] = ingested.rejected
    return load_duckdb(tables, db_path)
