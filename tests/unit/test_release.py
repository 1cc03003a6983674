"""write_release on a synthetic dataset: files, checksums, determinism, descriptor, safety."""

from __future__ import annotations

import hashlib
import io
import json
import os
from pathlib import Path

import polars as pl
import pytest
from synthetic import A2, INJECTION_OUTLET, INJECTION_TITLE, synthetic_tables

from pipelines.release import TableValidationError, neutralise_formulas, write_release
from schemas.derive import columns, conform
from schemas.tables import TABLES


@pytest.fixture()
def tables() -> dict[str, pl.DataFrame]:
    return synthetic_tables()


def _expected_files() -> set[str]:
    names = {"datapackage.json", "README.md", "SHA256SUMS"}
    for table in TABLES:
        names |= {f"{table}.csv", f"{table}.parquet"}
    return names


def test_writes_all_files(tmp_path: Path, tables) -> None:
    folder = write_release(tables, tmp_path)
    assert folder.parent == tmp_path / "releases"
    assert {p.name for p in folder.iterdir()} == _expected_files()
    # No temporary folders or links left behind.
    assert sorted(p.name for p in (tmp_path / "releases").iterdir()) == sorted([folder.name, "latest"])


def test_version_format(tmp_path: Path, tables) -> None:
    folder = write_release(tables, tmp_path)
    project, digest = folder.name.rsplit("-", 1)
    assert len(digest) == 8 and all(ch in "0123456789abcdef" for ch in digest)
    assert project
    outer = hashlib.sha256(
        b"".join(hashlib.sha256((folder / f"{t}.csv").read_bytes()).hexdigest().encode() for t in TABLES)
    ).hexdigest()
    assert digest == outer[:8]


def test_sha256sums_verify(tmp_path: Path, tables) -> None:
    folder = write_release(tables, tmp_path)
    text = (folder / "SHA256SUMS").read_text(encoding="utf-8")
    assert text.endswith("\n")
    lines = text.splitlines()
    names = [line.split("  ", 1)[1] for line in lines]
    assert names == sorted(names)
    assert set(names) == _expected_files() - {"SHA256SUMS"}
    for line in lines:
        digest, name = line.split("  ", 1)
        assert hashlib.sha256((folder / name).read_bytes()).hexdigest() == digest


def test_byte_identical_rebuilds(tmp_path: Path, tables) -> None:
    first = write_release(tables, tmp_path / "a")
    # Same data, rows shuffled: conform restores the order.
    shuffled = {name: df.reverse() for name, df in synthetic_tables().items()}
    second = write_release(shuffled, tmp_path / "b")
    assert first.name == second.name
    for path in first.iterdir():
        assert path.read_bytes() == (second / path.name).read_bytes(), path.name


def test_rewrite_same_version_is_idempotent(tmp_path: Path, tables) -> None:
    first = write_release(tables, tmp_path)
    sums = (first / "SHA256SUMS").read_bytes()
    again = write_release(tables, tmp_path)
    assert again == first
    assert (again / "SHA256SUMS").read_bytes() == sums
    assert sorted(p.name for p in (tmp_path / "releases").iterdir()) == sorted([first.name, "latest"])


def test_explicit_version_replaced_when_content_differs(tmp_path: Path, tables) -> None:
    write_release(tables, tmp_path, version="2024.1")
    changed = dict(tables)
    changed["quotes"] = tables["quotes"].clear()
    folder = write_release(changed, tmp_path, version="2024.1")
    assert pl.read_parquet(folder / "quotes.parquet").height == 0
    assert sorted(p.name for p in (tmp_path / "releases").iterdir()) == ["2024.1", "latest"]


def test_latest_points_at_version(tmp_path: Path, tables) -> None:
    first = write_release(tables, tmp_path, version="v1")
    latest = tmp_path / "releases" / "latest"
    assert latest.is_symlink() and os.readlink(latest) == "v1"
    second = write_release(tables, tmp_path, version="v2")
    assert os.readlink(latest) == "v2"
    assert latest.resolve() == second.resolve()
    assert first.is_dir()


def test_unsafe_version_rejected(tmp_path: Path, tables) -> None:
    for bad in ("../x", "latest", ".hidden", "a/b"):
        with pytest.raises(ValueError):
            write_release(tables, tmp_path, version=bad)


def test_datapackage_matches_schemas(tmp_path: Path, tables) -> None:
    folder = write_release(tables, tmp_path, sources=[{"title": "Le Monde", "path": "https://news.example"}])
    raw = (folder / "datapackage.json").read_text(encoding="utf-8")
    assert raw.endswith("}\n")
    package = json.loads(raw)
    assert raw == json.dumps(package, sort_keys=True, indent=2, ensure_ascii=False) + "\n"
    assert package["name"] == "defence-events"
    assert package["version"] == folder.name
    assert package["licenses"][0]["name"] == "CC-BY-4.0"
    assert package["sources"] == [{"title": "Le Monde", "path": "https://news.example"}]
    resources = {r["name"]: r for r in package["resources"]}
    assert list(resources) == list(TABLES)
    for table, spec in TABLES.items():
        res = resources[table]
        assert res["path"] == f"{table}.csv"
        assert res["parquet"]["path"] == f"{table}.parquet"
        assert res["hash"] == "sha256:" + hashlib.sha256((folder / res["path"]).read_bytes()).hexdigest()
        fields = res["schema"]["fields"]
        cols = columns(table)
        assert [f["name"] for f in fields] == [c.name for c in cols]
        for field, col in zip(fields, cols, strict=True):
            assert field["type"] == col.frictionless_type
            assert field["description"] == col.description
            assert field.get("constraints", {}).get("required", False) is (not col.nullable)
        assert res["schema"]["primaryKey"] == list(spec.primary_key)
        expected_fks = [
            {
                "fields": list(fk.columns),
                "reference": {"resource": fk.ref_table, "fields": list(fk.ref_columns)},
            }
            for fk in spec.foreign_keys
        ]
        assert res["schema"].get("foreignKeys", []) == expected_fks
    # Constraints read off the pandera checks.
    events = {f["name"]: f for f in resources["events"]["schema"]["fields"]}
    assert "AGREE" in events["plover_type"]["constraints"]["enum"]
    assert events["confidence"]["constraints"]["minimum"] == 0.0
    assert events["confidence"]["constraints"]["maximum"] == 1.0
    assert events["n_articles"]["constraints"]["minimum"] == 1
    assert events["event_id"]["constraints"]["pattern"] == "[0-9a-f]{16}"
    assert events["event_id"]["constraints"]["unique"] is True
    assert resources["quotes"]["schema"]["foreignKeys"][1] == {
        "fields": ["speaker_entity_id"],
        "reference": {"resource": "entities", "fields": ["entity_id"]},
    }


def test_default_sources(tmp_path: Path, tables) -> None:
    folder = write_release(tables, tmp_path)
    package = json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))
    assert package["sources"] and "articles" in package["sources"][0]["title"]


def test_dictionary_mentions_every_column(tmp_path: Path, tables) -> None:
    folder = write_release(tables, tmp_path)
    readme = (folder / "README.md").read_text(encoding="utf-8")
    for table, spec in TABLES.items():
        assert f"## `{table}`" in readme
        assert spec.description in readme
        for col in columns(table):
            assert f"| `{col.name}` | {col.frictionless_type} |" in readme
    assert "formula" in readme and "single quote" in readme and "OWASP" in readme


def test_csv_format_and_injection_neutralised(tmp_path: Path, tables) -> None:
    folder = write_release(tables, tmp_path)
    raw = (folder / "articles.csv").read_bytes()
    assert b"\r\n" not in raw and raw.endswith(b"\n")
    assert raw.split(b"\n", 1)[0].decode() == ",".join(c.name for c in columns("articles"))
    csv = pl.read_csv(io.BytesIO(raw), schema_overrides={"published_date": pl.Date})
    row = csv.filter(pl.col("article_id") == A2).row(0, named=True)
    assert row["title"] == "'" + INJECTION_TITLE
    assert row["outlet"] == "'" + INJECTION_OUTLET
    assert str(row["published_date"]) == "2024-03-06"
    parquet = pl.read_parquet(folder / "articles.parquet")
    prow = parquet.filter(pl.col("article_id") == A2).row(0, named=True)
    assert prow["title"] == INJECTION_TITLE
    assert prow["outlet"] == INJECTION_OUTLET


def test_neutralise_formulas_only_strings() -> None:
    df = pl.DataFrame({"s": ["=1", "+1", "-1", "@a", "\tx", "\rx", "ok", None, "a=b"], "n": [-1] * 9})
    out = neutralise_formulas(df)
    assert out["s"].to_list() == ["'=1", "'+1", "'-1", "'@a", "'\tx", "'\rx", "ok", None, "a=b"]
    assert out["n"].to_list() == [-1] * 9


def test_parquet_exact_round_trip(tmp_path: Path, tables) -> None:
    folder = write_release(tables, tmp_path)
    for table, df in tables.items():
        got = pl.read_parquet(folder / f"{table}.parquet")
        assert got.equals(conform(table, df)), table


def test_invalid_table_publishes_nothing(tmp_path: Path, tables) -> None:
    bad = dict(tables)
    bad["events"] = tables["events"].with_columns(pl.lit(-3).alias("n_articles"))
    with pytest.raises(TableValidationError, match="n_articles"):
        write_release(bad, tmp_path)
    assert not (tmp_path / "releases").exists() or not any((tmp_path / "releases").iterdir())


def test_invalid_table_keeps_previous_release(tmp_path: Path, tables) -> None:
    good = write_release(tables, tmp_path)
    bad = dict(tables)
    orphan = tables["event_actors"].head(1).with_columns(pl.lit("f" * 16).alias("entity_id"))
    bad["event_actors"] = pl.concat([tables["event_actors"], orphan])
    with pytest.raises(TableValidationError, match="entities"):
        write_release(bad, tmp_path)
    assert sorted(p.name for p in (tmp_path / "releases").iterdir()) == sorted([good.name, "latest"])
    assert os.readlink(tmp_path / "releases" / "latest") == good.name


def test_missing_table_raises(tmp_path: Path, tables) -> None:
    partial = {k: v for k, v in tables.items() if k != "quotes"}
    with pytest.raises(TableValidationError, match="quotes"):
        write_release(partial, tmp_path)
    assert not (tmp_path / "releases").exists()
