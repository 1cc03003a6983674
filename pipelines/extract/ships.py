"""Warships named with their navy's prefix ("USS Decatur", "HMAS Parramatta") stand for their state.

Naval news tells what a ship did ("HMAS Parramatta conducted a port visit to Cam Ranh", "a Chinese
destroyer came within 45 yards of the USS Decatur"); the state acting is the one whose navy puts
that prefix before its ships' names. Once a ship is introduced so, its bare name later in the
same article ("Parramatta departed Sydney in February") is the same ship.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipelines.extract import lexicon
from pipelines.extract.records import EntityMention

# words that end a ship's name: "USS Decatur In", "the USS Wasp To", titles after the name
_NOT_NAME = frozenset(
    """The A An In On At Of For And But Or To By With From As It Its This That These Those He She They
    Was Were Is Are Has Had Have Will Would Could Should Chief Leader Director President Commander""".split()
)
_NAME_WORD = r"(?:[A-Z][\w'’-]*[\w]|[A-Z]\.)"


@lru_cache(maxsize=1)
def _prefixed() -> re.Pattern[str]:
    return re.compile(
        rf"(?<![\w.-])(?P<prefix>{lexicon.alternation(list(lexicon.ship_prefixes()))})[ \t]+"
        rf"(?P<name>{_NAME_WORD}(?:[ \t]+(?:(?:de|del|da|do|dos|van|von)[ \t]+)?{_NAME_WORD}){{0,3}})"
    )


def _trimmed(name: str) -> str:
    words = name.split()
    for i, w in enumerate(words):
        if w in _NOT_NAME or w.isupper() and len(w) > 1 and i > 0:
            return " ".join(words[:i])
    return name


def _ship_mention(start: int, end: int, surface: str, iso3: str) -> EntityMention:
    return EntityMention(start, end, surface, lexicon.country_name(iso3), "COUNTRY", iso3, via="ship")


def find_ships(text: str) -> list[EntityMention]:
    """State mentions made by ships: each prefixed name, and each later bare use of that name."""
    out: list[EntityMention] = []
    names: dict[str, str] = {}
    for m in _prefixed().finditer(text):
        name = _trimmed(m.group("name"))
        if not name or name.split()[0] in _NOT_NAME:
            continue
        iso3 = lexicon.ship_prefixes()[m.group("prefix")]
        end = m.start("name") + len(name)
        out.append(_ship_mention(m.start(), end, text[m.start() : end], iso3))
        names.setdefault(name, iso3)
    if not names:
        return out
    taken = [(c.start, c.end) for c in out]
    bare = re.compile(rf"(?<![\w-])(?:{lexicon.alternation(list(names))})(?![\w-])")
    for m in bare.finditer(text):
        if any(s <= m.start() < e for s, e in taken) or (len(m.group(0)) < 4 and " " not in m.group(0)):
            continue
        iso3 = names[m.group(0)]
        out.append(_ship_mention(m.start(), m.end(), m.group(0), iso3))
    return sorted(out, key=lambda c: c.start)
