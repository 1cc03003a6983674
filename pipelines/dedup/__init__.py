"""De-duplicate stage: cluster event statements into events and build the entity/event tables.

Plain Python (no Dagster): :mod:`.cluster` decides which statements are one event,
:mod:`.tables` turns the extractor's records into the published tables.
"""

from pipelines.dedup.tables import EVENT_TABLES, build_event_tables

__all__ = ["EVENT_TABLES", "build_event_tables"]
