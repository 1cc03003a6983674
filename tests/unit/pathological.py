"""Text shapes that once made the extractor quadratic or worse (a long run of capitals took
41 s at 2,000 characters): shared by the unit test and the benchmark script."""

from __future__ import annotations

UNITS = {
    "one long word": "A",
    "letters and hyphens": "A-",
    "mixed-case run": "Ab",
    "apostrophes": "A'",
    "one endless sentence": "France and Japan signed ",
    "dotted initialisms": "U.S. ",
    "equipment codes": "F-16 ",
    "dates": "on 3 March 2021, ",
    "titles": "Defence Minister John Smith ",
    "acronym brackets": "NATO (",
    "quotes": '"',
    "short lines": "Japan\n",
}


def pathological(unit: str, n_chars: int) -> str:
    return (unit * (n_chars // len(unit) + 1))[:n_chars]
