"""The Dagster definitions load, describe themselves and read their folders from the environment."""

from __future__ import annotations

from pathlib import Path

import polars as pl
from dagster import Definitions, EnvVar, materialize

import pipelines
from pipelines.assets import CORE_GROUP, INGEST_GROUP, PUBLISH_GROUP, ingest
from pipelines.checks import CHECKS
from pipelines.definitions import build_defs
from pipelines.resources import ARTICLES_DIR_ENV, OUTPUT_DIR_ENV
from schemas.tables import TABLES

EXPECTED_ASSETS = {*TABLES, "article_extractions", "warehouse", "release"}


def test_defs_load() -> None:
    assert isinstance(pipelines.defs, Definitions)  # what `-m pipelines` finds
    assert "defs" in dir(pipelines)
    Definitions.validate_loadable(pipelines.defs)


def test_asset_graph_keys_and_groups() -> None:
    graph = pipelines.defs.resolve_asset_graph()
    keys = {k.to_user_string() for k in graph.get_all_asset_keys()}
    assert keys == EXPECTED_ASSETS
    groups = {k.to_user_string(): graph.get(k).group_name for k in graph.get_all_asset_keys()}
    assert groups["articles"] == groups["rejected_inputs"] == INGEST_GROUP
    assert groups["events"] == groups["quotes"] == CORE_GROUP
    assert groups["warehouse"] == groups["release"] == PUBLISH_GROUP


def test_every_asset_and_check_is_described() -> None:
    graph = pipelines.defs.resolve_asset_graph()
    for key in graph.get_all_asset_keys():
        assert (graph.get(key).description or "").strip(), key
    specs = [spec for checks in CHECKS for spec in checks.check_specs]
    assert len(specs) == len(graph.asset_check_keys)
    for spec in specs:
        assert (spec.description or "").strip(), spec.key


def test_every_table_has_a_blocking_schema_check() -> None:
    specs = {(s.asset_key.to_user_string(), s.name): s for c in CHECKS for s in c.check_specs}
    for table in TABLES:
        assert specs[(table, "schema")].blocking
    assert all(s.blocking for s in specs.values())


def test_defaults_apply_when_env_unset(monkeypatch) -> None:
    monkeypatch.delenv(ARTICLES_DIR_ENV, raising=False)
    monkeypatch.delenv(OUTPUT_DIR_ENV, raising=False)
    config = build_defs().resources["pipeline_config"]
    assert (config.articles_dir, config.output_dir) == ("seeds", "outputs")
    assert config.articles_path == Path.cwd() / "seeds"


def test_env_vars_are_read_at_run_time(monkeypatch, tmp_path: Path) -> None:
    articles = tmp_path / "in"
    articles.mkdir()
    (articles / "a.txt").write_text("Ministers met in Oslo to discuss the northern flank.", encoding="utf-8")
    monkeypatch.setenv(ARTICLES_DIR_ENV, str(articles))
    monkeypatch.setenv(OUTPUT_DIR_ENV, str(tmp_path / "out"))
    defs = build_defs()
    assert isinstance(defs.resources["pipeline_config"].articles_dir, EnvVar)
    result = materialize([ingest], resources=defs.resources)
    assert result.output_for_node("ingest", "articles")["source_file"].to_list() == ["a.txt"]
    stored = pl.read_parquet(tmp_path / "out" / ".dagster_store" / "articles.parquet")
    assert stored.height == 1


def test_explicit_folders_override_env(monkeypatch, tmp_path: Path) -> None:
    monkeypatch.setenv(ARTICLES_DIR_ENV, "/nonexistent")
    config = build_defs(articles_dir=str(tmp_path)).resources["pipeline_config"]
    assert config.articles_path == tmp_path
