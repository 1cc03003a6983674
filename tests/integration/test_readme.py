"""The README shows every example query verbatim, and each one runs on a real build."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest
from building import Build

from pipelines.warehouse import EXAMPLE_QUERIES


@pytest.mark.parametrize(("title", "sql"), EXAMPLE_QUERIES, ids=[t for t, _ in EXAMPLE_QUERIES])
def test_readme_query_is_shown_and_runs(repo_root: Path, seeds_build: Build, title: str, sql: str) -> None:
    readme = (repo_root / "README.md").read_text(encoding="utf-8")
    assert title in readme
    assert f"```sql\n{sql}\n```" in readme
    con = duckdb.connect(str(seeds_build.duckdb), read_only=True)
    try:
        cursor = con.execute(sql)
        columns = [d[0] for d in cursor.description]
        rows = cursor.fetchall()
    finally:
        con.close()
    assert columns
    assert isinstance(rows, list)


def test_readme_starts_with_the_two_commands(repo_root: Path) -> None:
    head = (repo_root / "README.md").read_text(encoding="utf-8")[:800]
    assert "make build" in head and "make test" in head
