"""Print how fast each stage runs: ingest, extraction (seconds per article) and clustering.

Usage: .venv/bin/python scripts/benchmark.py [ARTICLES_DIR] [--copies N]

``--copies N`` reads every article N times with a distinct first line, so clustering is
measured on a larger corpus. ``--pathological CHARS`` also times hostile text shapes (one long
word, one endless sentence, ...) of that length: the figures should grow linearly. Speed targets live here as printed figures, never in a test.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from pipelines.dedup import build_event_tables
from pipelines.extract import ArticleInput, extract
from pipelines.ingest import content_id, ingest_folder


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("articles_dir", nargs="?", default="seeds", type=Path)
    ap.add_argument("--copies", type=int, default=1)
    ap.add_argument(
        "--pathological",
        type=int,
        default=0,
        metavar="CHARS",
        help="also time hostile text shapes of this length",
    )
    args = ap.parse_args()

    t0 = time.perf_counter()
    ingested = ingest_folder(args.articles_dir)
    t1 = time.perf_counter()
    articles = ingested.articles
    print(f"ingest: {ingested.n_files} file(s) in {t1 - t0:.2f} s")

    extract(ArticleInput("0" * 16, "Warm-up: France and Spain signed a deal on 3 May 2020."))
    inputs = []
    for copy in range(args.copies):
        for row in articles.iter_rows(named=True):
            text = row["text"] if copy == 0 else f"Copy {copy}\n{row['text']}"
            inputs.append(ArticleInput(content_id(text), text, row["published_date"], row["title"]))
    t2 = time.perf_counter()
    extractions = [extract(a) for a in inputs]
    t3 = time.perf_counter()
    n = len(inputs)
    print(f"extract: {n} article(s) in {t3 - t2:.2f} s = {(t3 - t2) / max(n, 1):.3f} s per article")

    import polars as pl

    frame = pl.DataFrame(
        {
            "article_id": [a.article_id for a in inputs],
            "text": [a.text for a in inputs],
        }
    )
    t4 = time.perf_counter()
    tables = build_event_tables(frame, extractions)
    t5 = time.perf_counter()
    statements = sum(len(x.events) for x in extractions)
    print(
        f"cluster + tables: {statements} statement(s) -> {tables['events'].height} event(s) in {t5 - t4:.2f} s"
    )
    if args.pathological:
        pathological_figures(args.pathological)


def pathological_figures(n_chars: int) -> None:
    """Seconds to extract hostile text shapes of ``n_chars`` (should grow linearly)."""
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "unit"))
    from pathological import UNITS, pathological

    for shape, unit in UNITS.items():
        started = time.perf_counter()
        extract(ArticleInput("0" * 16, pathological(unit, n_chars)))
        print(f"pathological text, {shape}: {n_chars:,} characters in {time.perf_counter() - started:.2f} s")


if __name__ == "__main__":
    main()
