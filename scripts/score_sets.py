"""Build every annotated set in-process and print its event F1 by the shared ``score.py``.

Usage: .venv/bin/python scripts/score_sets.py [SET ...] [--verbose]

Sets are ``seeds``, ``dev`` and the held-out batches (``a`` … under
``tests/fixtures/heldout``). Without names, every set is scored and a table is printed;
``--verbose`` prints score.py's list of misses and false positives for each set. This is the
development loop behind ``tests/integration/test_quality.py`` (which keeps the floors).
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
from pathlib import Path

import duckdb

from pipelines.local_build import build_database

ROOT = Path(__file__).resolve().parents[1]
EVAL = ROOT.parent / "shared" / "eval"
HELDOUT = ROOT / "tests" / "fixtures" / "heldout"


def sets() -> dict[str, tuple[Path, Path]]:
    """Every annotated set beside the checkout: name -> (articles folder, gold file)."""
    found = {
        "seeds": (ROOT / "seeds", EVAL / "seeds.gold.jsonl"),
        "dev": (EVAL / "dev" / "articles", EVAL / "dev" / "gold.jsonl"),
    }
    for batch in sorted(p for p in HELDOUT.iterdir() if (p / "gold.jsonl").exists()):
        found[batch.name] = (batch / "articles", batch / "gold.jsonl")
    return found


def score(db: Path, gold: Path, verbose: bool) -> str:
    cmd = [sys.executable, str(EVAL / "score.py"), "--db", str(db), "--gold", str(gold)]
    if verbose:
        cmd.append("--verbose")
    out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
    return with_evidence(db, out) if verbose else out


def with_evidence(db: Path, out: str) -> str:
    """Follow each false positive's event id (score.py prints only that) with its evidence."""
    with duckdb.connect(str(db), read_only=True) as con:
        rows = con.execute(
            "SELECT m.event_id, a.source_file, m.trigger, m.evidence FROM event_mentions m "
            "JOIN articles a USING (article_id) ORDER BY m.event_id, a.source_file, m.char_start"
        ).fetchall()
    said: dict[tuple[str, str], str] = {}
    for event_id, file_name, trigger, evidence in rows:
        said.setdefault((event_id, file_name), f"[{trigger}] {evidence}")
    lines = []
    for line in out.splitlines():
        m = re.match(r"FP\s+(\S+) .* :: ([0-9a-f]{16})$", line)
        if m and (m.group(2), m.group(1)) in said:
            line += "\n       " + said[(m.group(2), m.group(1))][:300]
        lines.append(line)
    return "\n".join(lines) + "\n"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("names", nargs="*")
    ap.add_argument("--verbose", action="store_true")
    args = ap.parse_args()
    available = sets()
    names = args.names or list(available)
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for name in names:
            articles, gold = available[name]
            out = score(build_database(articles, Path(tmp) / f"{name}.duckdb"), gold, args.verbose)
            if args.verbose or len(names) == 1:
                print(f"===== {name}\n{out}")
            m = re.search(r"precision ([0-9.]+)\s+recall ([0-9.]+)", out)
            f1 = re.search(r"event F1 = ([0-9.]+)", out)
            rows.append((name, m.group(1), m.group(2), f1.group(1)))
    print(f"{'set':<8} {'P':>6} {'R':>6} {'F1':>6}")
    for name, p, r, f in rows:
        print(f"{name:<8} {p:>6} {r:>6} {f:>6}")


if __name__ == "__main__":
    main()
