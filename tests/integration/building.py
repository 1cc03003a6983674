"""Run the whole pipeline with Dagster's ``materialize`` into a given output folder."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from dagster import ExecuteInProcessResult, materialize

from pipelines.assets import ASSETS
from pipelines.checks import CHECKS
from pipelines.definitions import build_defs


@dataclass(frozen=True)
class Build:
    articles_dir: Path
    output_dir: Path
    result: ExecuteInProcessResult

    @property
    def release(self) -> Path:
        return (self.output_dir / "releases" / "latest").resolve()

    @property
    def duckdb(self) -> Path:
        return self.output_dir / "defence_events.duckdb"


def run_build(articles_dir: Path, output_dir: Path) -> Build:
    defs = build_defs(articles_dir=str(articles_dir), output_dir=str(output_dir))
    result = materialize([*ASSETS, *CHECKS], resources=defs.resources, raise_on_error=False)
    return Build(articles_dir, output_dir, result)
