"""Which event statements, within and across articles, are the same real-world event.

Interim rule (replaced by the scored clustering of the next commit): statements of the same
type, date and participating states are one event.
"""

from __future__ import annotations

from pipelines.extract.records import EventRecord


def cluster_events(records: list[EventRecord]) -> list[int]:
    """A cluster label for each record (same label = same real-world event), in input order."""
    labels: dict[tuple, int] = {}
    out = []
    for r in records:
        key = (r.plover_type, r.date.iso() if r.date else None, r.countries, r.object_name)
        out.append(labels.setdefault(key, len(labels)))
    return out
