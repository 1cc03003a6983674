"""The release's ``README.md``: a data dictionary generated from the table schemas."""

from __future__ import annotations

from pipelines.release.datapackage import LICENSES, PACKAGE_DESCRIPTION, PACKAGE_TITLE, field_constraints
from schemas.derive import columns
from schemas.tables import TABLES

CSV_INJECTION_NOTE = (
    "**Spreadsheet safety.** In the CSV files, a text cell that starts with `=`, `+`, `-`, `@`, "
    "a tab or a carriage return is prefixed with a single quote (`'`) so that spreadsheet "
    "programs do not evaluate it as a formula (OWASP CSV injection guidance). Only text "
    "columns are affected; numbers are written as they are. The Parquet files and the DuckDB "
    "database keep the exact text, so use them (or strip that one leading quote) when exact "
    "values matter, e.g. when checking evidence offsets against `articles.text`."
)


def _cell(text: str) -> str:
    return " ".join(str(text).split()).replace("|", "\\|")


def _constraint_note(constraints: dict) -> str:
    parts = []
    if "enum" in constraints:
        parts.append("one of " + ", ".join(f"`{v}`" for v in constraints["enum"]))
    if "pattern" in constraints:
        parts.append(f"pattern `{constraints['pattern']}`")
    if "minimum" in constraints:
        parts.append(f"≥ {constraints['minimum']}")
    if "maximum" in constraints:
        parts.append(f"≤ {constraints['maximum']}")
    if "minLength" in constraints:
        parts.append(f"at least {constraints['minLength']} character(s)")
    if constraints.get("unique"):
        parts.append("unique")
    return "; ".join(parts)


def render_dictionary(version: str) -> str:
    """Markdown data dictionary: one section per table with a column table."""
    lic = LICENSES[0]
    lines = [
        f"# {PACKAGE_TITLE}",
        "",
        f"Version `{version}`. {PACKAGE_DESCRIPTION}",
        "",
        f"Data licence: [{lic['name']}]({lic['path']}).",
        "",
        "## Files",
        "",
        "Every table is published twice with identical rows: `<table>.parquet` (typed, exact) and "
        "`<table>.csv` (UTF-8, header row, ISO 8601 dates, `\\n` line ends, empty cell = null). "
        "`datapackage.json` is the Frictionless Data Package descriptor (each resource's `path` is "
        "the CSV file; its `parquet` property names the Parquet file). `SHA256SUMS` lists the "
        "checksum of every other file: verify with `sha256sum -c SHA256SUMS`.",
        "",
        CSV_INJECTION_NOTE,
        "",
    ]
    for table, spec in TABLES.items():
        lines += [f"## `{table}`", "", spec.description, ""]
        lines.append("Primary key: " + ", ".join(f"`{c}`" for c in spec.primary_key) + ".")
        lines.append("")
        if spec.foreign_keys:
            for fk in spec.foreign_keys:
                lines.append(
                    "Foreign key: "
                    + ", ".join(f"`{c}`" for c in fk.columns)
                    + f" → `{fk.ref_table}`."
                    + ", ".join(f"`{c}`" for c in fk.ref_columns)
                    + "."
                )
            lines.append("")
        lines += ["| column | type | required | description |", "| --- | --- | --- | --- |"]
        for col in columns(table):
            note = _constraint_note(field_constraints(col))
            description = _cell(col.description) + (f" ({_cell(note)})" if note else "")
            required = "no" if col.nullable else "yes"
            lines.append(f"| `{col.name}` | {col.frictionless_type} | {required} | {description} |")
        lines.append("")
    return "\n".join(lines).rstrip("\n") + "\n"
