"""Listing the input folder: which paths are inputs, in which order, and which are off limits.

Kept apart from reading so the traversal rules (hidden names, symbolic links, sort order)
are in one place and testable without any file format involved.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Entry:
    """One input path. ``problem`` is set when the path must be rejected without reading it."""

    rel: str
    path: Path
    problem: str | None = None

    @property
    def name(self) -> str:
        return self.rel.rsplit("/", 1)[-1]

    @property
    def parent(self) -> str:
        return self.rel.rsplit("/", 1)[0] if "/" in self.rel else ""


def list_inputs(root: Path) -> list[Entry]:
    """Every non-hidden file under ``root``, sorted by relative POSIX path.

    Hidden names (starting with '.') are skipped together with everything below them.
    Symbolic links are never allowed to leave ``root``: a link resolving outside it (or
    nowhere) is listed with a ``problem`` so it is rejected, not silently dropped. Symbolic
    links to directories inside ``root`` are not descended into, because their files are
    already read at their real location (and following them could loop). Anything that is
    not a regular file (sockets, FIFOs, devices) is listed with a ``problem`` rather than
    opened, since reading a FIFO would block forever. A subdirectory that cannot be listed is
    itself listed with a ``problem``, and so is a name that is not valid UTF-8 (everything
    below such a directory is listed, escaped, with the same problem).
    """
    root_real = root.resolve()
    out: list[Entry] = []
    stack: list[tuple[Path, str]] = [(root, "")]
    while stack:
        directory, prefix = stack.pop()
        try:
            with os.scandir(directory) as it:
                children = list(it)
        except OSError as exc:
            if not prefix:
                raise
            out.append(Entry(prefix.rstrip("/"), directory, f"cannot list directory: {exc}"))
            continue
        for child in children:
            if child.name.startswith("."):
                continue
            rel = prefix + child.name
            path = Path(child.path)
            if not _is_utf8(rel):
                # Such a name cannot be written into the tables as it is; it is shown with
                # \x escapes (the bytes are kept visible) and not read.
                out.append(
                    Entry(_escaped(rel), path, "file name is not valid UTF-8; rename the file to read it")
                )
                continue
            if child.is_symlink():
                problem = _symlink_problem(path, root_real)
                if problem is not None:
                    out.append(Entry(rel, path, problem))
                    continue
                if path.is_dir():
                    continue
            if child.is_dir(follow_symlinks=False):
                stack.append((path, rel + "/"))
            elif child.is_file():
                out.append(Entry(rel, path))
            else:
                out.append(Entry(rel, path, "not a regular file"))
    return sorted(out, key=lambda e: e.rel)


def _is_utf8(name: str) -> bool:
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:  # undecodable bytes arrive as lone surrogates
        return False
    return True


def _escaped(name: str) -> str:
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def _symlink_problem(path: Path, root_real: Path) -> str | None:
    """Why a symbolic link may not be read, or ``None`` if it stays inside the root."""
    try:
        target = path.resolve(strict=True)
    except (OSError, RuntimeError) as exc:
        return f"broken symbolic link ({type(exc).__name__}); not followed"
    if not target.is_relative_to(root_real):
        # The target path is deliberately not named: rejected_inputs is published.
        return "symbolic link points outside the input folder; not followed"
    return None
