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


# a film, book or game review: "Review: Blackhat ...", "The Sixth Checkpoint review: ..." as the
# headline, "3 stars", "★★☆☆☆", "two stars out of four" ("Defence review: ..." is no such review)
_REVIEW_HEADLINE = re.compile(
    r"^\W*review\b|(?<!defence )(?<!defense )(?<!strategic )(?<!posture )(?<!security )(?<!fleet )"
    r"(?<!policy )(?<!budget )(?<!nuclear )\breview:",
    re.I,
)
_STARS = re.compile(
    r"[★☆]|^\W*(?:one|two|three|four|five|[1-5](?:\.5)?)\s+(?:and\s+a\s+half\s+)?stars\b|"
    r"\bstars\s+out\s+of\s+(?:four|five|4|5)\b",
    re.I | re.M,
)


def _is_review(text: str) -> bool:
    headline = text.strip().split("\n", 1)[0]
    return bool(_REVIEW_HEADLINE.search(headline) or _STARS.search(text))


def is_relevant(text: str) -> bool:
    defence, other = topic_counts(text)
    if other >= 2 and _is_review(text):
        return False  # a review of a war film names states and weapons but tells no event
    return not (other >= 4 and other >= 2 * max(defence, 1))
