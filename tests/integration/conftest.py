"""End-to-end builds with Dagster's ``materialize``, each done once per test session."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import write_corpus
from building import Build, run_build


@pytest.fixture(scope="session")
def seeds_build(tmp_path_factory: pytest.TempPathFactory, seeds_dir: Path) -> Build:
    return run_build(seeds_dir, tmp_path_factory.mktemp("seeds_out"))


@pytest.fixture(scope="session")
def custom_build(tmp_path_factory: pytest.TempPathFactory) -> Build:
    articles = write_corpus(tmp_path_factory.mktemp("custom_articles"))
    return run_build(articles, tmp_path_factory.mktemp("custom_out"))
