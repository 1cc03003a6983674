"""Builds that are killed, run twice at once, run beside a reader, or fail validation.

Every build here is the real command (``dagster asset materialize``, through ``faults.py``)
in its own process, and every kill is a real SIGKILL of that process while it is paused
inside the stage named by the test. Afterwards the previous DuckDB file and
``releases/latest`` must be complete and valid, and the next build must succeed.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import duckdb
import polars as pl
import pytest
from articles import ARTICLES
from building import run_build

from schemas.tables import TABLES

FAULTS = Path(__file__).with_name("faults.py")
V1 = ("japan_philippines.txt", "europe/germany_lithuania.md")
V2 = (*V1, "australia_indonesia.txt")
BUILD_TIMEOUT_S = 300


@dataclass(frozen=True)
class State:
    """What a reader of the outputs sees: the DuckDB row counts and the release behind ``latest``."""

    duckdb_counts: dict[str, int]
    release: str
    release_counts: dict[str, int]


def _write_articles(folder: Path, names: tuple[str, ...]) -> Path:
    for name in names:
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(ARTICLES[name], encoding="utf-8")
    return folder


def _env(articles: Path, out: Path, home: Path) -> dict[str, str]:
    home.mkdir(parents=True, exist_ok=True)
    (home / "dagster.yaml").write_text("telemetry:\n  enabled: false\n")
    return {
        **os.environ,
        "DEFENCE_EVENTS_ARTICLES_DIR": str(articles),
        "DEFENCE_EVENTS_OUTPUT_DIR": str(out),
        "DAGSTER_HOME": str(home),
    }


def _start(point: str, articles: Path, out: Path, work: Path) -> tuple[subprocess.Popen, Path]:
    marker = work / f"paused-{point}"
    proc = subprocess.Popen(
        [sys.executable, str(FAULTS), point, str(marker)],
        cwd=work,
        env=_env(articles, out, work / "dagster_home"),
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        start_new_session=True,  # its own process group, so the kill reaches every child
    )
    return proc, marker


def _wait_for(proc: subprocess.Popen, marker: Path) -> None:
    deadline = time.monotonic() + BUILD_TIMEOUT_S
    while not marker.exists():
        if proc.poll() is not None:
            raise AssertionError(f"build ended before the fault point:\n{proc.stdout.read()[-3000:]}")
        if time.monotonic() > deadline:
            raise AssertionError("build did not reach the fault point")
        time.sleep(0.05)


def _sigkill(proc: subprocess.Popen) -> None:
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL


def _build(articles: Path, out: Path, work: Path) -> subprocess.CompletedProcess:
    work.mkdir(parents=True, exist_ok=True)
    return subprocess.run(
        [sys.executable, str(FAULTS), "none", str(work / "unused")],
        cwd=work,
        env=_env(articles, out, work / "dagster_home"),
        capture_output=True,
        text=True,
        timeout=BUILD_TIMEOUT_S,
    )


def _state(out: Path) -> State:
    """Open and check everything a user would: every table of the DuckDB file, and the release
    behind ``latest`` with every checksum verified and every Parquet file read."""
    con = duckdb.connect(str(out / "defence_events.duckdb"), read_only=True)
    try:
        counts = {t: con.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in TABLES}
    finally:
        con.close()
    latest = out / "releases" / "latest"
    folder = latest.resolve(strict=True)
    for line in (folder / "SHA256SUMS").read_text(encoding="utf-8").splitlines():
        digest, name = line.split("  ", 1)
        assert hashlib.sha256((folder / name).read_bytes()).hexdigest() == digest, name
    release_counts = {t: pl.read_parquet(folder / f"{t}.parquet").height for t in TABLES}
    return State(counts, os.readlink(latest), release_counts)


def _leftovers(out: Path) -> list[str]:
    names = [p.name for p in out.glob("defence_events.duckdb.*")]
    names += [
        p.name for p in (out / "releases").iterdir() if p.name.startswith((".tmp-", ".old-", "latest.tmp"))
    ]
    return sorted(names)


@pytest.fixture(scope="module")
def baseline(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, State]:
    """A finished build of the first corpus: the outputs every test starts from."""
    work = tmp_path_factory.mktemp("baseline")
    articles = _write_articles(work / "v1", V1)
    done = _build(articles, work / "out", work)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    state = _state(work / "out")
    assert state.duckdb_counts["articles"] == state.release_counts["articles"] == 2
    return work / "out", state


@pytest.fixture()
def outputs(baseline: tuple[Path, State], tmp_path: Path) -> Path:
    out = tmp_path / "out"
    shutil.copytree(baseline[0], out, symlinks=True)
    return out


@pytest.fixture()
def second_corpus(tmp_path: Path) -> Path:
    return _write_articles(tmp_path / "v2", V2)


@pytest.mark.parametrize("point", ["extraction", "duckdb_load", "release_write", "latest_swap"])
def test_sigkill_keeps_previous_outputs_and_next_build_succeeds(
    point: str, baseline: tuple[Path, State], outputs: Path, second_corpus: Path, tmp_path: Path
) -> None:
    proc, marker = _start(point, second_corpus, outputs, tmp_path)
    _wait_for(proc, marker)
    _sigkill(proc)

    state = _state(outputs)  # opens and verifies every table and every release file
    # The release is published after the database: a kill before the database swap leaves
    # both as they were; a kill during the release write leaves the new database (already
    # complete) and the previous release.
    assert state.release == baseline[1].release and state.release_counts == baseline[1].release_counts
    if point in ("extraction", "duckdb_load"):
        assert state.duckdb_counts == baseline[1].duckdb_counts
    else:
        assert state.duckdb_counts["articles"] == 3
    # Killed where intended: the half-made output of that stage is really there.
    if point == "duckdb_load":
        assert [n for n in _leftovers(outputs) if n.startswith("defence_events.duckdb.tmp-")]
    if point == "release_write":
        assert [n for n in _leftovers(outputs) if n.startswith(".tmp-")]

    done = _build(second_corpus, outputs, tmp_path / "next")
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    after = _state(outputs)
    assert after.duckdb_counts["articles"] == after.release_counts["articles"] == 3
    assert after.release != baseline[1].release
    assert _leftovers(outputs) == []


def test_second_concurrent_build_is_refused_and_changes_nothing(
    baseline: tuple[Path, State], outputs: Path, second_corpus: Path, tmp_path: Path
) -> None:
    first, marker = _start("extraction", second_corpus, outputs, tmp_path)
    try:
        _wait_for(first, marker)
        second = _build(second_corpus, outputs, tmp_path / "second")
        assert second.returncode != 0
        assert (
            f"another build is writing to {outputs.resolve()} (pid {first.pid}"
            in second.stdout + second.stderr
        )
        assert _state(outputs) == baseline[1]
    finally:
        (marker.with_name(marker.name + ".go")).touch()
    assert first.wait(timeout=BUILD_TIMEOUT_S) == 0, first.stdout.read()[-3000:]
    assert _state(outputs).duckdb_counts["articles"] == 3


def test_reader_holding_duckdb_open_keeps_working_during_a_build(
    outputs: Path, second_corpus: Path, tmp_path: Path
) -> None:
    reader_code = (
        "import sys, duckdb\n"
        "con = duckdb.connect(sys.argv[1], read_only=True)\n"
        "q = 'SELECT count(*) FROM articles'\n"
        "print(con.execute(q).fetchone()[0], flush=True)\n"
        "sys.stdin.readline()\n"
        "print(con.execute(q).fetchone()[0], flush=True)\n"
    )
    reader = subprocess.Popen(
        [sys.executable, "-c", reader_code, str(outputs / "defence_events.duckdb")],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert reader.stdout.readline().strip() == "2"
        done = _build(second_corpus, outputs, tmp_path / "build")
        assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
        reader.stdin.write("go\n")
        reader.stdin.flush()
        assert reader.stdout.readline().strip() == "2"  # the reader's snapshot is still readable
    finally:
        reader.stdin.close()
        assert reader.wait(timeout=30) == 0
    assert _state(outputs).duckdb_counts["articles"] == 3  # a new reader sees the new build


def test_failed_validation_publishes_nothing_and_names_table_column_rows(
    baseline: tuple[Path, State], outputs: Path, second_corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import pipelines.assets as assets

    original = assets.build_event_tables

    def with_a_bad_row(articles: pl.DataFrame, extractions: list) -> dict[str, pl.DataFrame]:
        tables = original(articles, extractions)
        events = tables["events"]
        tables["events"] = events.with_columns(
            pl.when(pl.int_range(pl.len()) == 1).then(-1).otherwise(pl.col("n_articles")).alias("n_articles")
        )
        return tables

    monkeypatch.setattr(assets, "build_event_tables", with_a_bad_row)
    build = run_build(second_corpus, outputs)
    assert not build.result.success
    errors = []
    for event in build.result.all_events:
        error = event.event_specific_data.error if event.is_step_failure else None
        while error is not None:  # Dagster wraps the stage's exception as the cause
            errors.append(error.message)
            error = error.cause
    assert any(
        "table 'events' failed validation" in m and "column 'n_articles'" in m and "row 1" in m
        for m in errors
    ), errors
    assert _state(outputs) == baseline[1]
