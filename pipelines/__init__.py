"""defence-events: news articles about defence and diplomacy in, a citable event dataset out.

Stages (plain Python, no Dagster): :mod:`pipelines.ingest`, :mod:`pipelines.extract`,
:mod:`pipelines.dedup`, :mod:`pipelines.warehouse`, :mod:`pipelines.release`. The Dagster
layer is :mod:`pipelines.definitions` (assets, checks, resources).

``pipelines.defs`` is loaded lazily (PEP 562) so that ``dagster ... -m pipelines`` finds the
Definitions while importing any stage module stays cheap and free of import cycles.
"""

from __future__ import annotations

from typing import Any


def __getattr__(name: str) -> Any:
    if name == "defs":
        from pipelines.definitions import defs

        return defs
    raise AttributeError(f"module 'pipelines' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted([*globals(), "defs"])
