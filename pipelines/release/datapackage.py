"""The Frictionless Data Package (v1) descriptor of a release, derived from the table schemas.

Each table is one ``tabular-data-resource`` whose ``path`` is the CSV file. The Parquet copy
of the same rows is listed in a custom resource property ``"parquet"`` (``path``, ``format``,
``mediatype`` and, when known, ``bytes`` and ``hash``); Frictionless tools ignore unknown
properties, so the package stays valid while still pointing at both files.
"""

from __future__ import annotations

import json
from typing import Any

from schemas.derive import Column, columns
from schemas.tables import TABLES

PACKAGE_NAME = "defence-events"
PACKAGE_TITLE = "Defence and diplomacy events extracted from news articles"
PACKAGE_DESCRIPTION = (
    "Events (PLOVER/CAMEO typed), their actors, evidence spans, entities and quotes extracted "
    "from defence and diplomacy news articles. Every event row is backed by evidence spans "
    "whose character offsets refer to articles.text."
)
LICENSES = [
    {
        "name": "CC-BY-4.0",
        "path": "https://creativecommons.org/licenses/by/4.0/",
        "title": "Creative Commons Attribution 4.0 International",
    }
]
DEFAULT_SOURCES = [
    {
        "title": "Built from the input news articles; each one is listed in the articles table "
        "(source_file, url, outlet, published_date)."
    }
]
# How the CSV files are written (see writer.csv_bytes). Frictionless v1 defaults to "\r\n".
CSV_DIALECT = {
    "delimiter": ",",
    "doubleQuote": True,
    "header": True,
    "lineTerminator": "\n",
    "quoteChar": '"',
}


def _strip_anchors(pattern: str) -> str:
    """Frictionless patterns are XML Schema regexes, implicitly anchored: drop ``^`` / ``$``."""
    if pattern.startswith("^"):
        pattern = pattern[1:]
    if pattern.endswith("$") and not pattern.endswith("\\$"):
        pattern = pattern[:-1]
    return pattern


def field_constraints(col: Column) -> dict[str, Any]:
    """Frictionless ``constraints`` of a column, read off its pandera checks."""
    out: dict[str, Any] = {}
    if not col.nullable:
        out["required"] = True
    if col.unique:
        out["unique"] = True
    for name, stats in col.checks.items():
        if name == "isin":
            out["enum"] = list(stats["allowed_values"])
        elif name == "str_matches":
            out["pattern"] = _strip_anchors(stats["pattern"])
        elif name == "greater_than_or_equal_to":
            out["minimum"] = stats["min_value"]
        elif name == "less_than_or_equal_to":
            out["maximum"] = stats["max_value"]
        elif name == "in_range":
            out["minimum"] = stats["min_value"]
            out["maximum"] = stats["max_value"]
        elif name == "str_length":
            if stats.get("exact_value") is not None:
                out["minLength"] = out["maxLength"] = stats["exact_value"]
            if stats.get("min_value") is not None:
                out["minLength"] = stats["min_value"]
            if stats.get("max_value") is not None:
                out["maxLength"] = stats["max_value"]
    return out


def table_schema(table: str) -> dict[str, Any]:
    """Frictionless Table Schema of one table."""
    spec = TABLES[table]
    fields = []
    for col in columns(table):
        field: dict[str, Any] = {
            "name": col.name,
            "type": col.frictionless_type,
            "description": col.description,
        }
        if col.frictionless_type == "date":
            field["format"] = "default"  # ISO 8601 YYYY-MM-DD
        constraints = field_constraints(col)
        if constraints:
            field["constraints"] = constraints
        fields.append(field)
    schema: dict[str, Any] = {
        "fields": fields,
        "missingValues": [""],
        "primaryKey": list(spec.primary_key),
    }
    if spec.foreign_keys:
        schema["foreignKeys"] = [
            {
                "fields": list(fk.columns),
                "reference": {"resource": fk.ref_table, "fields": list(fk.ref_columns)},
            }
            for fk in spec.foreign_keys
        ]
    return schema


def _file_facts(file_info: dict[str, dict[str, Any]] | None, filename: str) -> dict[str, Any]:
    info = (file_info or {}).get(filename, {})
    out: dict[str, Any] = {}
    if "bytes" in info:
        out["bytes"] = info["bytes"]
    if "sha256" in info:
        out["hash"] = "sha256:" + info["sha256"]
    return out


def build_datapackage(
    version: str,
    sources: list[dict] | None = None,
    file_info: dict[str, dict[str, Any]] | None = None,
) -> dict[str, Any]:
    """The ``datapackage.json`` content as a dict.

    ``file_info`` maps a file name (``events.csv``) to ``{"bytes": int, "sha256": hex}``; when
    given, resources carry ``bytes`` and ``hash``. No timestamps or random ids are included,
    so identical inputs give identical descriptors.
    """
    resources = []
    for table, spec in TABLES.items():
        csv_name, parquet_name = f"{table}.csv", f"{table}.parquet"
        resource: dict[str, Any] = {
            "name": table,
            "description": spec.description,
            "profile": "tabular-data-resource",
            "path": csv_name,
            "format": "csv",
            "mediatype": "text/csv",
            "encoding": "utf-8",
            "dialect": dict(CSV_DIALECT),
            "schema": table_schema(table),
            "parquet": {
                "path": parquet_name,
                "format": "parquet",
                "mediatype": "application/vnd.apache.parquet",
                **_file_facts(file_info, parquet_name),
            },
            **_file_facts(file_info, csv_name),
        }
        resources.append(resource)
    return {
        "profile": "tabular-data-package",
        "name": PACKAGE_NAME,
        "title": PACKAGE_TITLE,
        "description": PACKAGE_DESCRIPTION,
        "version": version,
        "licenses": [dict(lic) for lic in LICENSES],
        "sources": [dict(s) for s in sources] if sources else [dict(s) for s in DEFAULT_SOURCES],
        "resources": resources,
    }


def datapackage_json(package: dict[str, Any]) -> str:
    """Serialised descriptor: sorted keys, indent 2, UTF-8 text, final newline."""
    return json.dumps(package, sort_keys=True, indent=2, ensure_ascii=False) + "\n"
