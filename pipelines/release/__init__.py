"""Versioned Parquet + CSV releases with a Frictionless descriptor (no Dagster imports)."""

from pipelines.release.datapackage import build_datapackage, datapackage_json, table_schema
from pipelines.release.dictionary import render_dictionary
from pipelines.release.writer import (
    check_foreign_keys,
    csv_bytes,
    data_version,
    neutralise_formulas,
    prepare_tables,
    project_version,
    write_release,
)
from schemas.derive import TableValidationError

__all__ = [
    "TableValidationError",
    "build_datapackage",
    "check_foreign_keys",
    "csv_bytes",
    "data_version",
    "datapackage_json",
    "neutralise_formulas",
    "prepare_tables",
    "project_version",
    "render_dictionary",
    "table_schema",
    "write_release",
]
