"""Is an article about relations between states at all?

A football report names countries as teams and a phone review names the markets it launched
in; neither states a defence or diplomatic event. The topic lexicon counts words of both kinds;
an article whose other-topic words clearly outnumber its defence and diplomacy words is skipped.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipelines.extract import lexicon


@lru_cache(maxsize=1)
def _markers() -> tuple[re.Pattern[str], dict[str, str]]:
    table = {r["word"].lower(): r["topic"] for r in lexicon.read_tsv("topic_markers.tsv")}
    return re.compile(rf"(?<![\w-])(?:{lexicon.alternation(list(table))})(?![\w-])", re.I), table


def topic_counts(text: str) -> tuple[int, int]:
    """(defence and diplomacy words, other-topic words) in the text."""
    pattern, table = _markers()
    defence = other = 0
    for m in pattern.finditer(text):
        if table[m.group(0).lower()] == "defence":
            defence += 1
        else:
            other += 1
    return defence, other


def is_relevant(text: str) -> bool:
    defence, other = topic_counts(text)
    return not (other >= 4 and other >= 2 * max(defence, 1))
