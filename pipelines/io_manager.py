"""Storage of asset values between steps: polars frames as Parquet, anything else pickled.

Files live under ``<output_dir>/.dagster_store/<asset key>.parquet`` (or ``.pickle``); assets
return values and never do this I/O themselves. This store is Dagster's working space, not a
published output (the release and the DuckDB file are).
"""

from __future__ import annotations

import pickle
from pathlib import Path
from typing import Any

import polars as pl
from dagster import ConfigurableIOManager, InitResourceContext, InputContext, OutputContext
from pydantic import Field

from pipelines.build_lock import acquire, release
from pipelines.resources import DEFAULT_OUTPUT_DIR, STORE_DIR, lock_holder, resolve

_SUFFIXES = (".parquet", ".pickle")


class ParquetIOManager(ConfigurableIOManager):
    """Writes polars DataFrames as Parquet and other values as pickles, one file per asset."""

    output_dir: str = Field(default=DEFAULT_OUTPUT_DIR, description="Build output folder.")

    def setup_for_execution(self, context: InitResourceContext) -> None:
        """The store is part of the output folder, so a run holds its build lock (re-entrant)."""
        acquire(resolve(self.output_dir), lock_holder(context))

    def teardown_after_execution(self, context: InitResourceContext) -> None:
        release(resolve(self.output_dir))

    def _base(self, key_path: list[str]) -> Path:
        return resolve(self.output_dir) / STORE_DIR / "/".join(key_path)

    def handle_output(self, context: OutputContext, obj: Any) -> None:
        if obj is None:  # assets that return MaterializeResult store nothing
            return
        base = self._base(list(context.asset_key.path))
        base.parent.mkdir(parents=True, exist_ok=True)
        suffix = ".parquet" if isinstance(obj, pl.DataFrame) else ".pickle"
        path = base.with_name(base.name + suffix)
        tmp = path.with_name(path.name + ".tmp")
        if isinstance(obj, pl.DataFrame):
            obj.write_parquet(tmp)
        else:
            tmp.write_bytes(pickle.dumps(obj, protocol=pickle.HIGHEST_PROTOCOL))
        tmp.replace(path)
        for other in _SUFFIXES:  # a stale value of the other kind must never be loaded
            if other != suffix:
                base.with_name(base.name + other).unlink(missing_ok=True)

    def load_input(self, context: InputContext) -> Any:
        base = self._base(list(context.asset_key.path))
        parquet, pickled = (base.with_name(base.name + s) for s in _SUFFIXES)
        if parquet.exists():
            return pl.read_parquet(parquet)
        if pickled.exists():
            return pickle.loads(pickled.read_bytes())
        raise FileNotFoundError(
            f"no stored value for asset {context.asset_key.to_user_string()!r} under {base.parent}; "
            "materialize it first"
        )
