"""One build at a time per output folder, and the clean-up of builds that were killed.

Two builds writing the same output folder would mix their intermediate values and race to
swap the DuckDB file and ``releases/latest``. Every Dagster run therefore takes an exclusive
``flock`` on ``<output_dir>/.build.lock`` before it writes anything (both the IO manager and
the pipeline resource ask for it; the lock is re-entrant within one process) and a second
build is refused at once with a message naming the build that holds the lock. The operating
system drops the lock when the holder dies, even by SIGKILL, so a killed build never leaves a
stale lock behind; the temporary files such a build leaves are removed when the next build
takes the lock, because no other writer can exist at that moment.
"""

from __future__ import annotations

import datetime as dt
import fcntl
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from pipelines.release.writer import remove_release_leftovers
from pipelines.resources import DUCKDB_FILE, STORE_DIR
from pipelines.warehouse.load import remove_duckdb_leftovers

LOCK_FILE = ".build.lock"

# Output folder -> (open lock file descriptor, how many holders in this process).
_held: dict[Path, tuple[int, int]] = {}


class BuildInProgressError(RuntimeError):
    """Another build holds the output folder; the message says which and what to do."""


def acquire(output_dir: Path, holder: str = "") -> list[Path]:
    """Take the lock on ``output_dir`` (or add a holder if this process has it); never waits.

    Returns the leftovers of killed builds that were removed. Raises
    :class:`BuildInProgressError` when another process holds the lock.
    """
    output_dir = Path(output_dir).resolve()
    if output_dir in _held:
        fd, depth = _held[output_dir]
        _held[output_dir] = (fd, depth + 1)
        return []
    output_dir.mkdir(parents=True, exist_ok=True)
    path = output_dir / LOCK_FILE
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        owner = _read_owner(fd)
        os.close(fd)
        raise BuildInProgressError(
            f"another build is writing to {output_dir} ({owner or 'owner unknown'}); nothing was "
            "changed. Wait for it to finish, or set DEFENCE_EVENTS_OUTPUT_DIR to another folder."
        ) from None
    os.ftruncate(fd, 0)
    started = dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    os.pwrite(fd, f"pid {os.getpid()}, started {started}{', ' + holder if holder else ''}\n".encode(), 0)
    _held[output_dir] = (fd, 1)
    return remove_leftovers(output_dir)


def remove_leftovers(output_dir: Path) -> list[Path]:
    """Temporary files of killed builds in ``output_dir``; only safe while holding the lock."""
    removed = remove_duckdb_leftovers(output_dir / DUCKDB_FILE)
    removed += remove_release_leftovers(output_dir)
    store = output_dir / STORE_DIR
    if store.is_dir():
        for tmp in sorted(store.rglob("*.tmp")):
            tmp.unlink()
            removed.append(tmp)
    return removed


def release(output_dir: Path) -> None:
    """Drop one holder; the lock is released when the last holder of this process lets go."""
    output_dir = Path(output_dir).resolve()
    fd, depth = _held[output_dir]
    if depth > 1:
        _held[output_dir] = (fd, depth - 1)
        return
    del _held[output_dir]
    os.ftruncate(fd, 0)
    os.close(fd)  # closing the descriptor releases the flock


@contextmanager
def build_lock(output_dir: Path, holder: str = "") -> Iterator[list[Path]]:
    """``with build_lock(out): ...`` holds the lock for the block; yields removed leftovers."""
    removed = acquire(output_dir, holder)
    try:
        yield removed
    finally:
        release(output_dir)


def _read_owner(fd: int) -> str:
    try:
        return os.pread(fd, 500, 0).decode("utf-8", "replace").strip()
    except OSError:
        return ""
