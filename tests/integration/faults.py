"""Run the real build command, ``dagster asset materialize --select '*' -m pipelines``, with a
pause inserted at one point of the pipeline, so that a test can SIGKILL it exactly there.

Usage: ``python faults.py <point> <marker>``. At the point the process creates ``<marker>``
and waits until ``<marker>.go`` exists (a test that kills the build never creates it). The
pause wraps a stage function and changes nothing else: the build is the one `make build` runs.

Points:
- ``none``: no pause.
- ``extraction``: inside the extraction asset, after the first article is extracted.
- ``duckdb_load``: inside the DuckDB load, once every table is inserted into the temporary
  database file and before it is checkpointed and swapped in.
- ``release_write``: inside the release write, once the Parquet and CSV files are written to
  the temporary folder and before ``datapackage.json`` and the checksums.
- ``latest_swap``: after the new release folder is published, before ``latest`` points to it.
"""

from __future__ import annotations

import functools
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

MARKER_TIMEOUT_S = 300


def _pause(marker: Path) -> None:
    marker.write_text("paused\n")
    go = marker.with_name(marker.name + ".go")
    deadline = time.monotonic() + MARKER_TIMEOUT_S
    while not go.exists():
        if time.monotonic() > deadline:
            raise TimeoutError("faults.py: nobody released the pause")
        time.sleep(0.05)


def _pausing(original: Callable[..., Any], marker: Path, *, before: bool, after_calls: int = 1) -> Callable:
    calls = 0

    @functools.wraps(original)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        nonlocal calls
        calls += 1
        if before and calls == after_calls:
            _pause(marker)
        result = original(*args, **kwargs)
        if not before and calls == after_calls:
            _pause(marker)
        return result

    return wrapper


def install(point: str, marker: Path) -> None:
    import pipelines.assets as assets
    import pipelines.release.writer as writer
    import pipelines.warehouse.load as load

    if point == "extraction":
        assets.extract = _pausing(assets.extract, marker, before=False)
    elif point == "duckdb_load":
        load._build = _pausing(load._build, marker, before=False)
    elif point == "release_write":
        writer.datapackage_json = _pausing(writer.datapackage_json, marker, before=True)
    elif point == "latest_swap":
        writer._point_latest = _pausing(writer._point_latest, marker, before=True)
    elif point != "none":
        raise SystemExit(f"unknown fault point {point!r}")


def main() -> int:
    point, marker = sys.argv[1], Path(sys.argv[2])
    install(point, marker)
    from dagster._cli import main as dagster_main

    sys.argv = ["dagster", "asset", "materialize", "--select", "*", "-m", "pipelines"]
    return dagster_main()


if __name__ == "__main__":
    sys.exit(main())
