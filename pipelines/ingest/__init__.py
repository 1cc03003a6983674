"""Ingest stage: turn a folder of news files into the ``articles`` and ``rejected_inputs`` tables.

Plain Python (no Dagster); the Dagster asset wraps :func:`ingest_folder`. Modules:
:mod:`.normalise` (text rules, content ids), :mod:`.decode` (bytes to text), :mod:`.walk`
(which paths are inputs), :mod:`.readers` (per-format parsing and size limits),
:mod:`.metadata` (sidecar files and metadata values, checked strictly), :mod:`.language`
(English or not), :mod:`.records` (shared value types), :mod:`.corpus` (the entry point).
"""

from pipelines.ingest.corpus import IngestResult, ingest_folder
from pipelines.ingest.normalise import content_id, normalise_text

__all__ = ["IngestResult", "content_id", "ingest_folder", "normalise_text"]
