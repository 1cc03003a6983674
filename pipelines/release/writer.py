"""Write a versioned, checksummed, atomically published release of every table.

Layout: ``<output_dir>/releases/<version>/`` holding ``<table>.parquet`` and ``<table>.csv``
for every table of :data:`schemas.tables.TABLES`, ``datapackage.json``, ``README.md`` (data
dictionary) and ``SHA256SUMS``; ``<output_dir>/releases/latest`` is a relative symlink to the
newest version. Identical inputs give byte-identical files and the same version.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import io
import os
import re
import shutil
from pathlib import Path

import polars as pl

from pipelines.release.datapackage import build_datapackage, datapackage_json
from pipelines.release.dictionary import render_dictionary
from schemas.derive import TableValidationError, conform, validate
from schemas.tables import TABLES

DISTRIBUTION = "defence-events"
SUMS_FILE = "SHA256SUMS"
LATEST = "latest"
# OWASP CSV injection: cells starting with these are evaluated as formulas by spreadsheets.
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
_FORMULA_RE = "^[" + re.escape("".join(FORMULA_PREFIXES)) + "]"
_VERSION_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._+-]*$")


def project_version() -> str:
    try:
        return importlib.metadata.version(DISTRIBUTION)
    except importlib.metadata.PackageNotFoundError:
        return "0.0.0"


def neutralise_formulas(df: pl.DataFrame) -> pl.DataFrame:
    """Prefix ``'`` to string cells starting with = + - @ tab or CR (string columns only)."""
    exprs = [
        pl.when(pl.col(name).str.contains(_FORMULA_RE))
        .then(pl.lit("'") + pl.col(name))
        .otherwise(pl.col(name))
        .alias(name)
        for name, dtype in df.schema.items()
        if dtype == pl.String
    ]
    return df.with_columns(exprs) if exprs else df


def csv_bytes(df: pl.DataFrame) -> bytes:
    """CSV as published: UTF-8, header, ISO dates, ``\\n`` line ends, formula cells defused."""
    buf = io.BytesIO()
    neutralise_formulas(df).write_csv(buf, include_header=True, line_terminator="\n", date_format="%Y-%m-%d")
    return buf.getvalue()


def check_foreign_keys(frames: dict[str, pl.DataFrame]) -> None:
    """Every non-null foreign-key value must exist in the referenced table."""
    for table, spec in TABLES.items():
        for fk in spec.foreign_keys:
            cols, refs = list(fk.columns), list(fk.ref_columns)
            child = frames[table].select(cols).drop_nulls().unique()
            parent = frames[fk.ref_table].select(refs).rename(dict(zip(refs, cols, strict=True)))
            orphans = child.join(parent, on=cols, how="anti")
            if orphans.height:
                raise TableValidationError(
                    f"table {table!r}: {orphans.height} value(s) of {cols} not found in "
                    f"{fk.ref_table!r}{refs}, e.g. {orphans.sort(cols).head(3).to_dicts()}"
                )


def prepare_tables(tables: dict[str, pl.DataFrame]) -> dict[str, pl.DataFrame]:
    """Validate every table (schema, primary key, foreign keys) and conform it; raise on failure."""
    missing = [t for t in TABLES if t not in tables]
    unknown = sorted(t for t in tables if t not in TABLES)
    if missing or unknown:
        raise TableValidationError(f"tables missing: {missing}; unknown tables: {unknown}")
    frames = {}
    for table in TABLES:
        validate(table, tables[table])
        frames[table] = conform(table, tables[table])
    check_foreign_keys(frames)
    return frames


def data_version(csv: dict[str, bytes]) -> str:
    """``<project version>-<digest8>``: digest over each table's CSV sha256, in TABLES order."""
    outer = hashlib.sha256()
    for table in TABLES:
        outer.update(hashlib.sha256(csv[table]).hexdigest().encode("ascii"))
    return f"{project_version()}-{outer.hexdigest()[:8]}"


def _sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def _write_folder(
    folder: Path,
    frames: dict[str, pl.DataFrame],
    csv: dict[str, bytes],
    version: str,
    sources: list[dict] | None,
) -> None:
    folder.mkdir(parents=True)
    file_info: dict[str, dict] = {}
    for table, df in frames.items():
        parquet = folder / f"{table}.parquet"
        df.write_parquet(parquet, compression="zstd", statistics=True)
        (folder / f"{table}.csv").write_bytes(csv[table])
        for path in (parquet, folder / f"{table}.csv"):
            file_info[path.name] = {"bytes": path.stat().st_size, "sha256": _sha256_file(path)}
    package = build_datapackage(version, sources=sources, file_info=file_info)
    (folder / "datapackage.json").write_bytes(datapackage_json(package).encode("utf-8"))
    (folder / "README.md").write_bytes(render_dictionary(version).encode("utf-8"))
    names = sorted(p.name for p in folder.iterdir() if p.is_file() and p.name != SUMS_FILE)
    sums = "".join(f"{_sha256_file(folder / name)}  {name}\n" for name in names)
    (folder / SUMS_FILE).write_bytes(sums.encode("utf-8"))


def _publish(tmp: Path, final: Path) -> None:
    """Move the finished temp folder to ``final`` (keep an identical existing one)."""
    if final.exists():
        old_sums = final / SUMS_FILE
        if old_sums.is_file() and old_sums.read_bytes() == (tmp / SUMS_FILE).read_bytes():
            shutil.rmtree(tmp)
            return
        aside = final.with_name(f".old-{final.name}-{os.getpid()}")
        if aside.exists():
            shutil.rmtree(aside)
        os.rename(final, aside)
        os.rename(tmp, final)
        shutil.rmtree(aside)
    else:
        os.rename(tmp, final)


def _point_latest(releases: Path, version: str) -> None:
    link_tmp = releases / f"{LATEST}.tmp-{os.getpid()}"
    if link_tmp.is_symlink() or link_tmp.exists():
        link_tmp.unlink()
    os.symlink(version, link_tmp)  # relative target: the release folder's name
    os.replace(link_tmp, releases / LATEST)


def remove_release_leftovers(output_dir: Path) -> list[Path]:
    """Remove what killed release writes left in ``releases/``; return the removed paths.

    These are the temporary folder being written (``.tmp-<version>-<pid>``), a previous copy
    moved aside while being replaced (``.old-<version>-<pid>``) and a half-made symlink
    (``latest.tmp-<pid>``). Published versions and ``latest`` are never touched, and a copy
    moved aside whose replacement never arrived is moved back, since ``latest`` may point to it.
    """
    releases = Path(output_dir) / "releases"
    if not releases.is_dir():
        return []
    for aside in sorted(releases.glob(".old-*")):
        version = aside.name[len(".old-") :].rsplit("-", 1)[0]
        if aside.is_dir() and _VERSION_RE.match(version) and not (releases / version).exists():
            os.rename(aside, releases / version)
    leftovers = sorted(
        p for p in releases.iterdir() if p.name.startswith((".tmp-", ".old-", f"{LATEST}.tmp-"))
    )
    for path in leftovers:
        if path.is_dir() and not path.is_symlink():
            shutil.rmtree(path)
        else:
            path.unlink()
    return leftovers


def write_release(
    tables: dict[str, pl.DataFrame],
    output_dir: Path,
    version: str | None = None,
    sources: list[dict] | None = None,
) -> Path:
    """Validate, write and publish a release; return ``output_dir/releases/<version>``.

    Every table of ``TABLES`` must be present. All tables are validated (schema, primary key,
    foreign keys) before anything is written; a failure raises ``TableValidationError`` and
    publishes nothing. ``version`` defaults to ``<project version>-<digest8>`` (see
    :func:`data_version`). The release is assembled in ``releases/.tmp-<version>-<pid>/`` and
    renamed into place, then ``releases/latest`` is swapped to point at it.
    """
    frames = prepare_tables(tables)
    csv = {table: csv_bytes(df) for table, df in frames.items()}
    if version is None:
        version = data_version(csv)
    if not _VERSION_RE.match(version) or version == LATEST:
        raise ValueError(f"unsafe release version {version!r}")
    releases = Path(output_dir) / "releases"
    releases.mkdir(parents=True, exist_ok=True)
    tmp = releases / f".tmp-{version}-{os.getpid()}"
    if tmp.exists():
        shutil.rmtree(tmp)
    try:
        _write_folder(tmp, frames, csv, version, sources)
        final = releases / version
        _publish(tmp, final)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    _point_latest(releases, version)
    return final
