"""Dagster resources: where the articles are read from and where outputs are written.

Configuration comes from the environment through :func:`pipelines.definitions.build_defs`:
``DEFENCE_EVENTS_ARTICLES_DIR`` (default ``seeds``) and ``DEFENCE_EVENTS_OUTPUT_DIR``
(default ``outputs``). Relative paths are resolved against the current working directory
when a run uses them.
"""

from __future__ import annotations

from pathlib import Path

from dagster import ConfigurableResource, InitResourceContext
from pydantic import Field

ARTICLES_DIR_ENV = "DEFENCE_EVENTS_ARTICLES_DIR"
OUTPUT_DIR_ENV = "DEFENCE_EVENTS_OUTPUT_DIR"
DEFAULT_ARTICLES_DIR = "seeds"
DEFAULT_OUTPUT_DIR = "outputs"
DUCKDB_FILE = "defence_events.duckdb"
STORE_DIR = ".dagster_store"


def resolve(path: str) -> Path:
    """``path`` with ``~`` expanded, made absolute against the current working directory."""
    return Path(path).expanduser().resolve()


class PipelineConfig(ConfigurableResource):
    """The input folder of news articles and the folder that receives every build output."""

    articles_dir: str = Field(
        default=DEFAULT_ARTICLES_DIR,
        description=f"Folder of input articles (env {ARTICLES_DIR_ENV}; default {DEFAULT_ARTICLES_DIR!r}).",
    )
    output_dir: str = Field(
        default=DEFAULT_OUTPUT_DIR,
        description=f"Folder for the DuckDB file and releases (env {OUTPUT_DIR_ENV}; "
        f"default {DEFAULT_OUTPUT_DIR!r}).",
    )

    def setup_for_execution(self, context: InitResourceContext) -> None:
        """Hold the output folder's build lock for the whole run (see :mod:`pipelines.build_lock`)."""
        from pipelines.build_lock import acquire  # imported here: build_lock uses this module's names

        removed = acquire(self.output_path, lock_holder(context))
        if removed and context.log is not None:
            context.log.info(f"removed {len(removed)} leftover(s) of an interrupted build: {removed}")

    def teardown_after_execution(self, context: InitResourceContext) -> None:
        from pipelines.build_lock import release

        release(self.output_path)

    @property
    def articles_path(self) -> Path:
        return resolve(self.articles_dir)

    @property
    def output_path(self) -> Path:
        return resolve(self.output_dir)

    @property
    def duckdb_path(self) -> Path:
        return self.output_path / DUCKDB_FILE


def lock_holder(context: InitResourceContext) -> str:
    """Who holds the lock, for the message a refused build shows."""
    return f"Dagster run {context.run.run_id}" if context.run is not None else ""
