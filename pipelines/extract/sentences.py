"""Sentence splitting with exact character spans.

Rules rather than a model: a line break always ends a sentence (headlines, bullets, captions);
inside a line, ``.``, ``!`` or ``?`` (with any closing quote or bracket) followed by a space and
a capital, digit or opening quote ends one, unless the word before the stop is an abbreviation
or an initial ("Lt. Gen.", "U.S.", "J. Smith").
"""

from __future__ import annotations

import re

from pipelines.extract.records import Sentence

ABBREVIATIONS = frozenset(
    """mr mrs ms dr st jr sr lt gen col maj capt adm brig cmdr sgt cpl pvt gov sen rep rev prof
    no vs etc inc corp co ltd jan feb mar apr jun jul aug sep sept oct nov dec fig approx est
    dept univ mt ft u.s u.k u.n e.g i.e""".split()
)
_BOUNDARY = re.compile(r"[.!?][\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9])")
_LEADING = re.compile(r"^[\s\-–—•*·>|]+")
_MAX_WORD = 40


def _is_abbreviation(line: str, stop: int) -> bool:
    """True when the stop at ``stop`` closes an abbreviation or an initial, not a sentence."""
    if line[stop] != ".":
        return False
    # Only the word before the stop matters; looking further back made a line of many stops
    # ("U.S. U.S. …") quadratic. A "word" longer than the window is no abbreviation.
    window = line[max(0, stop - _MAX_WORD) : stop]
    m = re.search(r"([A-Za-z][A-Za-z.]*)$", window)
    if not m or (m.start() == 0 and stop > _MAX_WORD and re.match(r"[A-Za-z.]", line[stop - _MAX_WORD - 1])):
        return False
    word = m.group(1)
    if len(word) == 1 and word.isupper():
        return True  # an initial: "J. Smith"
    if re.fullmatch(r"(?:[A-Za-z]\.)+[A-Za-z]", word):
        return True  # a dotted initialism: "E.O. 13382", "the U.A.E. and"
    return word.lower().rstrip(".") in ABBREVIATIONS


def split_sentences(text: str) -> list[Sentence]:
    """Sentences of ``text`` as spans; whitespace and bullet marks are left outside the spans."""
    out: list[Sentence] = []
    pos = 0
    for line in text.split("\n"):
        starts = [0]
        for m in _BOUNDARY.finditer(line):
            if not _is_abbreviation(line, m.start()):
                starts.append(m.end())
        starts.append(len(line))
        for a, b in zip(starts, starts[1:], strict=False):
            piece = line[a:b]
            lead = _LEADING.match(piece)
            a2 = a + (lead.end() if lead else 0)
            b2 = a + len(piece.rstrip())
            if b2 - a2 >= 2 and any(ch.isalnum() for ch in line[a2:b2]):
                out.append(Sentence(len(out), pos + a2, pos + b2))
        pos += len(line) + 1
    return out
