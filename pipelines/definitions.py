"""The Dagster code location: assets, checks and resources of the pipeline.

``defs`` is what ``dagster dev`` and ``dagster asset materialize -m pipelines`` load; tests call
:func:`build_defs` with their own folders. Folders come from ``DEFENCE_EVENTS_ARTICLES_DIR`` /
``DEFENCE_EVENTS_OUTPUT_DIR`` when set (as ``EnvVar``s, read when a run starts), otherwise the
defaults ``seeds`` / ``outputs``; relative paths are resolved against the working directory.
"""

from __future__ import annotations

import os

from dagster import Definitions, EnvVar, in_process_executor

from pipelines.assets import ASSETS
from pipelines.checks import CHECKS
from pipelines.io_manager import ParquetIOManager
from pipelines.resources import (
    ARTICLES_DIR_ENV,
    DEFAULT_ARTICLES_DIR,
    DEFAULT_OUTPUT_DIR,
    OUTPUT_DIR_ENV,
    PipelineConfig,
)


def _setting(value: str | None, env: str, default: str) -> str:
    """An explicit value, else the environment variable (if set, as an EnvVar), else the default.

    ``EnvVar`` alone fails a run when the variable is unset, so it is used only when it is set.
    """
    if value is not None:
        return str(value)
    return EnvVar(env) if os.environ.get(env) else default


def build_defs(articles_dir: str | None = None, output_dir: str | None = None) -> Definitions:
    articles = _setting(articles_dir, ARTICLES_DIR_ENV, DEFAULT_ARTICLES_DIR)
    output = _setting(output_dir, OUTPUT_DIR_ENV, DEFAULT_OUTPUT_DIR)
    return Definitions(
        assets=ASSETS,
        asset_checks=CHECKS,
        # One process: each step of the multiprocess executor would re-import the extractor.
        executor=in_process_executor,
        resources={
            "pipeline_config": PipelineConfig(articles_dir=articles, output_dir=output),
            "io_manager": ParquetIOManager(output_dir=output),
        },
    )


defs = build_defs()
