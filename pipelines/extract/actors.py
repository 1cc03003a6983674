"""States, people and organisations named in a text, with spans and countries.

States are found by name (ISO 3166 via pycountry plus aliases), demonym ("Indian") and seat
of government used for the government ("Washington said"). People are found after a title,
rank or honorific ("Japanese Foreign Minister Yoko Kamikawa", "Gen. Ana Ruiz") and are
then followed through the article by surname. Organisations are capitalised phrases ending in
an organisation word ("Ministry of Defence", "Philippine Navy"). Every rule reads lexicons;
no name of any particular article is known here.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace
from functools import lru_cache

from pipelines.extract import lexicon
from pipelines.extract.records import EntityMention
from pipelines.extract.ships import find_ships

GEO_FEATURE_WORDS = frozenset(
    "Sea Ocean Gulf Strait Straits Peninsula Bay Basin Subcontinent Highlands Channel".split()
)
# the rooms and buildings named after a nation ("the Spanish Hall", "the Chinese Room")
ROOM_WORDS = frozenset(
    "Hall Room Salon Chamber Gallery Garden Gardens Pavilion Steps Staircase Quarter".split()
)
LOCATIVE_PREPOSITIONS = frozenset("in at near outside inside to from across around".split())
ORG_HEADS = (
    "Ministry|Department|Agency|Command|Navy|Army|Air Force|Marine Corps|Coast Guard|Forces|Force|"
    "Corporation|Corp\\.|Company|Administration|Council|Bureau|Office|Group|Industries|Institute|"
    "Commission|Committee|Organisation|Organization|Alliance|Union|Parliament|Congress|Senate|"
    "Embassy|Guard|Service|Services|Authority|Cabinet|Bank|Inc\\.|Ltd\\.?|Aerospace|Dynamics|Systems"
)
NAME_STOP = frozenset(
    """The A An In On At Of For And But Or To By With From As It Its This That These Those He She They We
    His Her Their Our Both Two After Before During Since While When Where Under Over Also Meanwhile
    However Although Despite Following According Speaking Announcing Describing Ahead Notwithstanding
    Additionally Further Furthermore Moreover Minister Secretary President""".split()
)
# words that are capitalised in news but are not parts of people's names
NOT_NAME_WORDS = frozenset(
    """Defence Defense National Foreign Affairs External Home Interior War State States Trade Commerce
    Finance Justice Security Staff Army Navy Air Force Forces General Deputy Prime Chief Minister Ministers
    Secretary Affairs Industry Economy Energy Health Education Information Partnership Partner Partners
    Ally Allies Agreement Framework Ministry Department Meeting Summit Exercise Command Administration
    Office Council Group Policy Major Joint Strategic Cooperation Relations Relationship Union Republic
    Kingdom Federation Government Parliament Embassy Coast Guard Marine Corps Navy's Army's""".split()
)
_NAME_TOKEN = r"(?:[A-Z][a-z]?\.|(?!(?:" + "|".join(sorted(NOT_NAME_WORDS)) + r")\b)[A-Z][\w'’\-]*[\w])"
# lower-case words inside names: "Mohammed bin Salman", "Ursula von der Leyen", "Lula da Silva",
# "Abdel Fattah al-Sisi"
_NAME_PARTICLE = r"(?:bin|bint|ibn|van|von|der|den|de|da|dos|das|du|del|della|di|ter)"
_NAME_PREFIX = r"(?:al-|el-|ul-|ad-|as-|ash-|at-)"
# a capitalised word of a title, e.g. "Defence", "External", "Affairs"
_TITLE_WORD = r"[A-Z][a-z]+"
_LOWER_MODIFIER = (
    r"(?:deputy|vice|acting|caretaker|foreign|defen[cs]e|prime|interior|home|finance|trade|state|security|"
    r"national|assistant|special|senior|chief|junior|army|navy|military|economy|justice|presidential)"
)


@lru_cache(maxsize=1)
def _country_regex() -> re.Pattern[str]:
    names = list(lexicon.country_names()) + list(lexicon.demonyms()) + list(lexicon.government_names())
    return re.compile(rf"(?<![\w.])(?:{lexicon.alternation(names)})(?![\w])")


def _country_lookup(surface: str) -> tuple[str, str] | None:
    if surface in lexicon.government_names():
        return lexicon.government_names()[surface], "government"
    if surface in lexicon.country_names():
        return lexicon.country_names()[surface], "name"
    if surface in lexicon.demonyms():
        return lexicon.demonyms()[surface], "demonym"
    return None


# states that no longer exist (coded as the state that continues them): in "a former Soviet republic"
# or "Soviet-era jets" they date or place a thing, they do not act
_BYGONE = frozenset(
    {"Soviet", "Soviets", "Soviet Union", "USSR", "Yugoslav", "Yugoslavia", "Czechoslovak", "Czechoslovakia"}
    | {"East German", "West German", "East Germany", "West Germany"}
)


def find_countries(text: str) -> list[EntityMention]:
    """State mentions. A seat of government after "in", "at", "to" ... is a place, not a state."""
    out: list[EntityMention] = []
    for m in _country_regex().finditer(text):
        surface = m.group(0)
        found = _country_lookup(surface)
        if found is None:
            continue
        iso3, via = found
        after = text[m.end() : m.end() + 30]
        nxt = re.match(r"[\s’']*(?:s\s+)?([A-Z][a-z]+)", after)
        if nxt and nxt.group(1) in GEO_FEATURE_WORDS:
            continue  # "South China Sea", "Indian Ocean"
        if re.search(
            r"\b(?:Sea|Gulf|Bay|Strait|Straits|Sea|Isle|Islands)\s+of\s+(?:the\s+)?$",
            text[max(0, m.start() - 20) : m.start()],
        ):
            continue  # "Sea of Japan"
        if re.search(r"\bNew\s+$", text[max(0, m.start() - 4) : m.start()]):
            continue  # "New Jersey", "New Mexico": a US state, not Jersey or Mexico
        if surface in ("Indo", "Sino", "Russo", "Franco", "Anglo") and not re.match(r"[-–]\s*[A-Z]", after):
            continue
        if (
            via == "demonym"
            and nxt
            and nxt.group(1) in ROOM_WORDS
            and re.search(r"\bthe\s+$", text[max(0, m.start() - 5) : m.start()])
        ):
            continue  # "in the Spanish Hall of Prague Castle": a room's name, not Spain
        if re.match(r"[-–]Pacific", after):
            continue
        if surface in _BYGONE and (
            re.search(
                r"\b(?:former|ex|post|pre|(?:collapse|fall|break-?up|dissolution|demise|end) of (?:the\s+)?)[\s-]*$",
                text[max(0, m.start() - 25) : m.start()],
                re.I,
            )
            or re.match(
                r"[\s-]+(?:era|republics?|times|days|period|legacy|style|bloc|space|collapse|collapsed|breakup|"
                r"broke up|fell|dissolved|disintegrated|vintage)\b",
                after,
            )
        ):
            continue  # "a former Soviet republic", "Soviet-era jets": history, not a party
        if surface == "US" and re.match(r"\s*\$", after):
            continue  # "US$ 5 million"
        if via == "demonym" and re.match(
            r"[\s-]*(?:acronym|initials|name|word|term|translation|language|-language|speaking|-speaking|"
            r"spelling|for\s+[\"“])\b",
            after,
        ):
            continue  # "its Portuguese acronym PROSUB": a language, not a state
        if (via == "demonym" or surface.startswith("America")) and re.search(
            r"\b(?:Latin|South|North|Central|Pan|Inter|Meso)[\s-]+$", text[max(0, m.start() - 8) : m.start()]
        ):
            continue  # "Latin American", "Central America": a region, not the United States
        if via == "government" and re.match(
            r"\s+(?:(?:peace|ceasefire|border|trade|nuclear|security|climate)\s+)?(?:[Cc]onventions?|[Aa]greements?|Treaty|"
            r"[Aa]ccords?|[Pp]rotocols?|Declaration|Format|Process|Document|Charter|Communiqu[eé]|Consensus|Group|"
            r"Club|Principles|Statute)\b",
            after,
        ):
            continue  # "the Vienna Convention", "the Minsk agreements": a name, not a government
        if re.search(
            r"\b(?:Organi[sz]ation|Union|League|Community|Association|Council|Forum) of (?:the\s+)?(?:[A-Z][\w-]*\s+)?$",
            text[max(0, m.start() - 45) : m.start()],
        ) and re.match(r"\s+(?:States|Nations|Countries|Republics)\b", after):
            continue  # "Organization of American States", "League of Arab States": a body of many states
        before_word = re.search(r"(\w+)\s+$", text[max(0, m.start() - 20) : m.start()])
        if _in_dateline(text, m.start()):  # "DUBAI, United Arab Emirates (AP) —": where it was filed
            out.append(EntityMention(m.start(), m.end(), surface, surface, "LOCATION", iso3, via="place"))
            continue
        if via == "government" and not _acts_as_government(text, m.start(), m.end(), before_word):
            out.append(EntityMention(m.start(), m.end(), surface, surface, "LOCATION", iso3, via="place"))
            continue
        out.append(
            EntityMention(m.start(), m.end(), surface, lexicon.country_name(iso3), "COUNTRY", iso3, via=via)
        )
    found = _congo_of_the_story(text, out)
    found = found + _divided_halves(text, found) + _both_koreas(text)
    found = _with_ships(found, find_ships(text))
    return sorted(found + _ruling_bodies(text, found), key=lambda c: c.start)


def _with_ships(found: list[EntityMention], ships: list[EntityMention]) -> list[EntityMention]:
    """A ship's name stands for its navy's state: words of state inside it ("USS Philippine Sea",
    "HMAS Canberra") are no mentions of their own."""
    kept = [c for c in found if not any(s.start <= c.start < s.end for s in ships)]
    return kept + [s for s in ships if not any(c.start <= s.start < c.end for c in kept)]


def _congo_of_the_story(text: str, found: list[EntityMention]) -> list[EntityMention]:
    """A bare "Congo" in a story about the Democratic Republic (named as such, or by Kinshasa or
    Goma) is that state, not Congo-Brazzaville, which such stories call by its full name."""
    if not any(c.country_iso3 == "COD" for c in found) and not re.search(
        r"\b(?:Kinshasa|Goma|Tshisekedi)\b", text
    ):
        return found
    if re.search(r"\bRepublic of (?:the )?Congo\b(?<!Democratic Republic of the Congo)|Brazzaville", text):
        return found
    out = []
    for c in found:
        if c.country_iso3 == "COG" and c.text in ("Congo", "Congolese", "Congo's"):
            c = EntityMention(
                c.start, c.end, c.text, lexicon.country_name("COD"), c.entity_type, "COD", c.title, c.via
            )
        out.append(c)
    return out


# "the North" and "the South" of a divided state, once the article has named it
_HALVES = {"PRK": ("North", "KOR"), "KOR": ("South", "PRK")}


_BOTH_KOREAS = re.compile(
    r"\b(?:[Ii]nter-Korean|(?:two|both)\s+Koreas|(?:two|both)\s+Korean\s+(?=leaders|states|sides))"
)


def _both_koreas(text: str) -> list[EntityMention]:
    """ "the two Koreas", "an inter-Korean summit", "the two Korean leaders": both states."""
    return [
        EntityMention(m.start(), m.end(), m.group(0), lexicon.country_name(iso3), "COUNTRY", iso3, via="pair")
        for m in _BOTH_KOREAS.finditer(text)
        for iso3 in ("KOR", "PRK")
    ]


def _divided_halves(text: str, found: list[EntityMention]) -> list[EntityMention]:
    named = {c.country_iso3 for c in found if c.entity_type == "COUNTRY"}
    out = []
    for iso3, (word, other) in _HALVES.items():
        if iso3 not in named or other not in named:
            continue  # "the North" means a Korea only where both Koreas are in the story
        for m in re.finditer(
            rf"\b[Tt]he ({word})(?:[’']s)?(?![\w-]| (?:Korea|Atlantic|Pacific|Sea|China|Caucasus|of))", text
        ):
            out.append(
                EntityMention(
                    m.start(1), m.end(1), m.group(1), lexicon.country_name(iso3), "COUNTRY", iso3, via="half"
                )
            )
    return out


# "the junta", "the military government", "the delegation": a body named once with its state
_RULING_BODY = r"(?:junta|military government|military rulers|military regime|ruling council|regime)"
_DELEGATION = r"(?:delegation|negotiating team|negotiators)"


def _ruling_bodies(text: str, found: list[EntityMention]) -> list[EntityMention]:
    """ "Niger's junta ... the junta put its forces on alert", "A senior U.S. delegation ...
    the delegation held talks in Suva": the state the body was tied to.

    Followed only when the article ties such bodies to one state; with two juntas (or two
    delegations) in the story "the junta" stays nobody's.
    """
    return _tied_bodies(text, found, _RULING_BODY) + _tied_bodies(text, found, _DELEGATION)


def _tied_bodies(text: str, found: list[EntityMention], body: str) -> list[EntityMention]:
    states = {c.end: c for c in found if c.entity_type == "COUNTRY"}
    owners: set[str] = set()
    first_tie = len(text)
    for m in re.finditer(
        rf"(?:[’']s)?\s+(?:(?:new|ruling|current|former|high-level|senior)\s+)?{body}\b", text
    ):
        owner = states.get(m.start())
        if owner is not None and owner.country_iso3 is not None:
            owners.add(owner.country_iso3)
            first_tie = min(first_tie, m.end())
    if len(owners) != 1:
        return []
    (iso3,) = owners
    out = []
    for m in re.finditer(rf"\b[Tt]he\s+({body})\b", text):
        if m.start() >= first_tie:
            name = lexicon.country_name(iso3)
            out.append(EntityMention(m.start(1), m.end(1), m.group(1), name, "COUNTRY", iso3, via="anaphor"))
    return out


_DATELINE_HEAD = re.compile(
    r"[A-Z][A-Z.'’ -]{1,30},(?:\s+[A-Z][\w.'’ -]{1,30},?)?(?:\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2},?)?\s*(?:\([A-Za-z .]{1,20}\)\s*)?[-–—]"
)


def _in_dateline(text: str, pos: int) -> bool:
    """True inside a wire dateline that opens a line: "CITY, Country (Agency) —"."""
    line_start = text.rfind("\n", 0, pos) + 1
    m = _DATELINE_HEAD.match(text, line_start)
    return bool(m) and pos < m.end() and text[line_start:pos].count(",") >= 1


# A seat of government after "from" or "to" that stands for its government, by what comes before:
# (prepositions, what precedes them, how far back to look)
_GOVERNMENT_AFTER_PREPOSITION: tuple[tuple[tuple[str, ...], re.Pattern[str], int], ...] = (
    # "switched recognition from Taipei to Beijing": the two governments
    (
        ("from", "to"),
        re.compile(r"\b(?:recogni\w+|ties|relations|allegiance)\s+from\s+(?:(?:[A-Z][\w-]*\s+){1,2}to\s+)?$"),
        60,
    ),
    # "recalled their ambassadors from Jakarta": the government they were sent to
    (
        ("from",),
        re.compile(
            r"\b(?:recall\w*|withdr[ae]w\w*|pull\w*(?:\s+out)?)\s+(?:(?:its|their|the|his|her|[A-Z][\w-]*(?:[’']s)?)\s+)?"
            r"(?:own\s+)?(?:top\s+)?(?:ambassadors?|envoys?|high\s+commissioners?|diplomats?|charg[eé]s?\s+d[’']affaires)\s+"
            r"(?:back\s+)?from\s+$"
        ),
        90,
    ),
    # "demanded written guarantees from Washington": the government asked
    (
        ("from",),
        re.compile(
            r"\b(?:demand\w*|sought|seek\w*|request\w*|guarantees?|assurances?|concessions?|apology|"
            r"explanation|commitments?|pledges?)\s+(?:[\w-]+\s+){0,4}?from\s+$"
        ),
        80,
    ),
    # "France sold 60 jets to Taipei", "Beijing protested to Canberra": the government
    (
        ("to",),
        re.compile(
            r"\b(?:sold|sells?|selling|exported|exports?|supplied|supplies|transferred|transfers?|protested|"
            r"protests|complained|complains|apologi[sz]ed|apologi[sz]es|appealed|appeals|lodged\s+(?:a\s+)?protests?|"
            r"(?:a\s+)?(?:protest\s+)?(?:note|letter)s?)\b[^.;:]{0,60}?\bto\s+$"
        ),
        90,
    ),
)


def _acts_as_government(text: str, start: int, end: int, before_word: re.Match[str] | None) -> bool:
    """ "Washington's decision", "accused Tokyo and Canberra", "Seoul said": the state acting.

    A seat of government after "in", "at", "to" (a place), or opening a line as a dateline
    ("KYIV, May 3 -", "Manila |"), is a place.
    """
    if before_word and any(
        before_word.group(1).lower() in words and pattern.search(text, max(0, start - reach), start)
        for words, pattern, reach in _GOVERNMENT_AFTER_PREPOSITION
    ):
        return True
    if before_word and before_word.group(1).lower() in LOCATIVE_PREPOSITIONS:
        return False
    line_start = text.rfind("\n", 0, start) + 1
    if (
        not text[line_start:start].strip()
        and re.match(r"\s*(?:[|,(—–-]|\s*$)", text[end : end + 3])
        and not re.match(
            r",\s+(?:which|who|whose|meanwhile|however|too|for\s+its\s+part|in\s+turn)\b",
            text[end : end + 20],
        )
    ):
        return False  # a dateline; not "Abu Dhabi, which signed a normalisation deal, ..."
    after = text[end : end + 20]
    if re.match(r"[’']s\b", after):
        return True
    return not (before_word and before_word.group(1).lower() in ("of", "near", "outside", "around", "via"))


@lru_cache(maxsize=1)
def _title_regex() -> re.Pattern[str]:
    fixed = [t.phrase for t in lexicon.titles()]
    # offices are often written in lower case after a state ("Japan's foreign minister X",
    # "White House Indo-Pacific coordinator X"); ranks and honorifics are not
    lower = sorted({t.phrase.lower() for t in lexicon.titles() if t.kind == "office"} - set(fixed))
    heads = lexicon.alternation(fixed + lower)
    # optional modifiers ("Deputy", "Defence", "External Affairs", "foreign"), a head, an
    # "of/for X" tail
    core = (
        # starts at a word start: tried inside a long run of letters it would rescan the run
        rf"(?<![\w-])(?:(?:{_TITLE_WORD}(?:-{_TITLE_WORD})?|[A-Z]{{2,}}|{_LOWER_MODIFIER})[ \t]+){{0,3}}(?<![\w-])(?:{heads})"
        rf"(?:[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?{_TITLE_WORD}(?:[ \t]+(?:and[ \t]+)?{_TITLE_WORD}){{0,3}}?)?"
    )
    chain = rf"{core}(?:[ \t]+and[ \t]+{core})?"
    honor = r"(?:[ \t]+(?:Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Shri|Smt\.?|Gen\.|Adm\.))?"
    name = rf"(?P<name>{_NAME_TOKEN}(?:(?:[ \t]+{_NAME_PARTICLE})*[ \t]+{_NAME_PREFIX}?{_NAME_TOKEN}){{0,3}})"
    return re.compile(rf"(?P<title>{chain}){honor}(?:,[ \t]+|[ \t]+){name}")


@lru_cache(maxsize=1)
def _title_words() -> frozenset[str]:
    """Every word that can be part of a title: the words of the titles lexicon, office words, and
    lower-case modifiers written with a capital."""
    words = {w for t in lexicon.titles() for w in t.phrase.split()} | set(NOT_NAME_WORDS)
    words |= {w.capitalize() for w in re.findall(r"[a-z]+", _LOWER_MODIFIER)}
    return frozenset(words | {"of", "for", "the", "and"})


def _name_inside_title(title: str) -> int | None:
    """Where a name starts inside what the title pattern took: "President Hassan Sheikh" is the
    title "President" and the name "Hassan Sheikh ...", since "Hassan" is no title word but
    "Sheikh" (an honorific) let the pattern run on. None when the title is all title words."""
    heads = {t.phrase for t in lexicon.titles()}
    seen_head = False
    for m in re.finditer(r"\S+", title):
        word = m.group(0)
        if seen_head and word not in _title_words() and word.lower() not in _title_words():
            return m.start()
        seen_head = seen_head or word in heads
    return None


def _trim_name(name: str) -> str:
    """The name up to the first word that cannot be part of it; a slice of ``name`` itself."""
    end = 0
    for m in re.finditer(r"\S+", name):
        bare = m.group(0).strip(".,")
        if bare in NAME_STOP or _country_lookup(bare) or bare in lexicon.demonyms():
            break
        if lexicon.country_names().get(bare) or bare.lower() in _MONTHS_WEEKDAYS:
            break
        end = m.end()
    out = name[:end]
    if out.endswith(("’s", "'s")):
        out = out[:-2]  # a trailing possessive
    return out


_MONTHS_WEEKDAYS = frozenset(
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday".split()
)


def _title_country(text: str, title_start: int, title: str, countries: list[EntityMention]) -> str | None:
    """A state named just before the title ("US Secretary", "India's Defence Minister") or in it."""
    for c in countries:
        if c.entity_type != "COUNTRY":
            continue
        if title_start <= c.start < title_start + len(title):
            return c.country_iso3
        gap = text[c.end : title_start]
        if 0 <= title_start - c.end <= 4 and re.fullmatch(r"(?:[’']s)?\s*", gap):
            return c.country_iso3
    for t in lexicon.titles():
        if t.iso3 and t.phrase in title:
            return t.iso3
    m = re.search(
        r"\b(his|her|its|their)\s+(\w+)\s+counterparts?\s*$",
        text[max(0, title_start - 40) : title_start + len(title)],
    )
    if m and m.group(2) in lexicon.demonyms():
        return lexicon.demonyms()[m.group(2)]
    return None


def _first_word_index(names) -> dict[str, tuple[str, ...]]:
    """Names by their first word, longest first: a dictionary probe per capitalised word is much
    cheaper than compiling one alternation of thousands of names."""
    index: dict[str, list[str]] = {}
    for name in names:
        index.setdefault(name.split()[0], []).append(name)
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in index.items()}


@lru_cache(maxsize=1)
def _leaders_index() -> dict[str, tuple[str, ...]]:
    return _first_word_index(lexicon.known_people())


@lru_cache(maxsize=1)
def _companies_index() -> dict[str, tuple[str, ...]]:
    return _first_word_index(lexicon.companies())


def _listed_names(text: str, index: dict[str, tuple[str, ...]]) -> list[tuple[int, int, str]]:
    """Whole-word occurrences of the indexed names, the longest at each position."""
    found = []
    for w in re.finditer(r"(?<![\w-])[A-Z][\w&'’-]*\.?", text):  # "K." opens "K. R. Narayanan"
        token = w.group(0)
        for name in index.get(token, ()) + index.get(token.rstrip("."), ()):
            end = w.start() + len(name)
            if text.startswith(name, w.start()) and not (
                end < len(text) and (text[end].isalnum() or text[end] == "-")
            ):
                found.append((w.start(), end, name))
                break
    return found


_HEAD_TITLES = frozenset(
    {
        "president",
        "prime minister",
        "pm",
        "premier",
        "chancellor",
        "king",
        "emir",
        "sultan",
        "crown prince",
        "mr",
        "mr.",
    }
)


def _minister_state(person: EntityMention, year: int | None) -> str | None:
    """State of a foreign or defence minister named by surname only, from the title's office
    ("Foreign Minister Lavrov") or, after an honorific or no title, from either office when both
    agree on one state."""
    title = (person.title or "").lower()
    if re.search(r"foreign|external affairs|secretary of state", title):
        offices = ("foreign minister",)
    elif re.search(r"defen[cs]e|armed forces|war\b", title):
        offices = ("defence minister",)
    elif not title or title.rstrip(".") in ("mr", "mrs", "ms", "dr"):
        offices = ("foreign minister", "defence minister")
    else:
        return None
    states = {s for office in offices if (s := lexicon.minister_by_surname(person.name, office, year))}
    return states.pop() if len(states) == 1 else None


def _leaders_named(text: str, people: list[EntityMention], year: int | None) -> list[EntityMention]:
    """Heads of state and government named in full without a title ("Joe Biden and Rishi Sunak
    met"), from the general-knowledge list of leaders; titled people without a stated state
    take the state the list gives them."""
    for p in people:
        if p.country_iso3 is None and (known := lexicon.leader_country(p.name, year)):
            p.country_iso3 = known[0]
        elif (
            p.country_iso3 is None
            and " " not in p.name
            and (
                p.title is None or p.title.lower() in _HEAD_TITLES
            )  # a bare "President" is dropped as a title
            and (known := lexicon.leader_by_surname(p.name, year))
        ):
            p.country_iso3 = known[0]  # "President Marcos", "Prime Minister Modi"
        elif p.country_iso3 is None and " " not in p.name and (known_state := _minister_state(p, year)):
            p.country_iso3 = known_state  # "Foreign Minister Lavrov", "Mr Shoigu"
    covered = [(p.start, p.end) for p in people]
    out = []
    for start, end, name in _listed_names(text, _leaders_index()):
        if any(a < end and start < b for a, b in covered):
            continue
        known = lexicon.leader_country(name, year)
        if known:
            out.append(EntityMention(start, end, name, name, "PERSON", known[0], known[1]))
    return out


def find_people(text: str, countries: list[EntityMention], year: int | None = None) -> list[EntityMention]:
    """People introduced by a title or known as heads of state or government, then every later
    mention of their surname. ``year`` (of the article) picks between leaders of the same name."""
    people: list[EntityMention] = []
    ordered = sorted(countries, key=lambda c: c.start)
    starts = [c.start for c in ordered]

    def near(a: int, b: int) -> list[EntityMention]:  # state mentions in [a, b): bisect, not a scan
        return ordered[bisect.bisect_left(starts, a) : bisect.bisect_left(starts, b)]

    for m in _title_regex().finditer(text):
        raw = m.group("name")
        name_start = m.start("name")
        split = _name_inside_title(m.group("title"))
        if split is not None:  # "President Hassan Sheikh Mohamud": the name began inside the "title"
            name_start = m.start("title") + split
            raw = text[name_start : m.end("name")]
        name = _trim_name(raw)
        if not name or " " not in name and len(name) < 3:
            continue
        title = m.group("title") if split is None else m.group("title")[:split].rstrip()
        title_words = title.split()
        # the regex may have swallowed a country word into the title: "US Secretary"
        while title_words and (_country_lookup(title_words[0].rstrip("’'s")) or title_words[0] in NAME_STOP):
            title_words = title_words[1:]
        title = " ".join(title_words)
        start = name_start
        around = near(m.start("title") - 60, m.end("title"))
        iso3 = _title_country(
            text, m.start("title"), title if split is not None else m.group("title"), around
        )
        if iso3 is None:
            iso3 = _title_country(text, m.start("title"), title, around)
        people.append(EntityMention(start, start + len(name), name, name, "PERSON", iso3, title or None))
    # "counterpart, Name" without a capitalised title
    for m in re.finditer(
        rf"\b(?:his|her)[ \t]+(\w+)[ \t]+counterpart,?[ \t]+(?P<name>{_NAME_TOKEN}(?:[ \t]+{_NAME_TOKEN}){{0,3}})",
        text,
    ):
        name = _trim_name(m.group("name"))
        if name and not any(p.start == m.start("name") for p in people):
            iso3 = lexicon.demonyms().get(m.group(1))
            people.append(
                EntityMention(
                    m.start("name"), m.start("name") + len(name), name, name, "PERSON", iso3, "counterpart"
                )
            )
    people.extend(_leaders_named(text, people, year))
    people.extend(_governments_of_leaders(text, people, year))
    people.sort(key=lambda p: p.start)
    people = _merge_names(people)
    for name in {p.name for p in people if _holds_international_office(text, p)}:
        for p in people:
            if p.name == name:  # "European Commission President Ursula von der Leyen" acts for the EU
                p.country_iso3 = None
    return _follow_surnames(text, people)


_OFFICE = (
    r"(?:[Pp]resident|[Cc]hief|[Hh]ead|[Ss]ecretary[- ][Gg]eneral|High Representative|high representative|"
    r"[Cc]ommissioner|[Cc]hair(?:man|woman|person)?|[Ee]nvoy|Special Representative|[Dd]irector[- ][Gg]eneral|"
    r"[Ss]pokes(?:man|woman|person))"
)


@lru_cache(maxsize=1)
def _international_office_regexes() -> tuple[re.Pattern[str], re.Pattern[str]]:
    bloc = lexicon.bloc_regex().pattern
    before = re.compile(rf"{bloc}(?:[’']s)?[ \t]+(?:[A-Za-z-]+[ \t]+){{0,3}}?{_OFFICE}[ \t]+$")
    after = re.compile(
        rf",[ \t]+(?:the[ \t]+)?(?:{bloc}(?:[’']s)?[ \t]+(?:[A-Za-z-]+[ \t]+){{0,3}}?{_OFFICE}\b|"
        rf"{_OFFICE}[ \t]+of[ \t]+the[ \t]+{bloc})"
    )
    return before, after


def _holds_international_office(text: str, person: EntityMention) -> bool:
    """An official of an international organisation, titled as such just before or after the name
    ("NATO Secretary General Mark Rutte", "Kaja Kallas, the EU's foreign policy chief,"): the
    guidelines count organisations apart from states, so the person's own state is not a party."""
    before, after = _international_office_regexes()
    return bool(
        before.search(text[max(0, person.start - 60) : person.start])
        or after.match(text, person.end, person.end + 80)
    )


def _governments_of_leaders(text: str, people: list[EntityMention], year: int | None) -> list[EntityMention]:
    """ "the Turnbull government", "the Biden administration": the state of the leader of that
    family name (in office that year, else the only state any leader of that name led)."""
    out = []
    taken = [(p.start, p.end) for p in people]
    for m in re.finditer(r"\b[Tt]he\s+([A-Z][a-z]+)\s+(?:government|administration|cabinet)\b", text):
        if any(a < m.end(1) and m.start(1) < b for a, b in taken):
            continue
        known = lexicon.leader_by_surname(m[1], year)
        if known is None:
            states = {x.iso3 for x in lexicon.leaders_by_surname().get(m[1], ())}
            known = (states.pop(), "leader") if len(states) == 1 else None
        if known:
            out.append(EntityMention(m.start(1), m.end(1), m[1], m[1], "PERSON", known[0], known[1]))
    return out


def _merge_names(people: list[EntityMention]) -> list[EntityMention]:
    """Give every mention the canonical (longest) name of the person it names, and share facts."""
    canon: dict[str, EntityMention] = {}
    for p in sorted(people, key=lambda p: -len(p.name)):
        surname = p.name.split()[-1]
        key = next(
            (k for k in canon if k.split()[-1] == surname and (p.name in k or k.endswith(p.name))), None
        )
        if key is None:
            canon[p.name] = p
        else:
            base = canon[key]
            base.country_iso3 = base.country_iso3 or p.country_iso3
            base.title = base.title or p.title
    for p in people:
        surname = p.name.split()[-1]
        for k, base in canon.items():
            if k.split()[-1] == surname and (p.name in k or k.endswith(p.name)):
                p.name = base.name
                p.country_iso3 = p.country_iso3 or base.country_iso3
                p.title = p.title or base.title
                break
    for base in canon.values():
        for p in people:
            if p.name == base.name:
                base.country_iso3 = base.country_iso3 or p.country_iso3
    for p in people:
        p.country_iso3 = canon[p.name].country_iso3 if p.name in canon else p.country_iso3
    return people


_LEADER_TITLE = re.compile(
    r"\b(?:president|prime minister|premier|chancellor|king|queen|emir|sultan|supreme leader|leader|"
    r"crown prince|chairman|general secretary)\b",
    re.I,
)


def _is_leader(p: EntityMention) -> bool:
    """A head of state or government: by title, or by name in the leaders lexicon."""
    title = p.title or ""
    if _LEADER_TITLE.search(title) and not re.search(r"\b(?:vice|deputy)\b", title, re.I):
        return True
    return p.name in lexicon.leaders()


# two-letter English words that open sentences, never followed as a family name (unlike Xi, Li,
# Wu, Ma, Hu or Yu); "He", "In", "As" and the like are already in NAME_STOP
_TWO_LETTER_WORDS = frozenset("Me Us Be Do Go If Is My No So Up Ok Oh Mr Ms Dr St".split())


def _follow_surnames(text: str, people: list[EntityMention]) -> list[EntityMention]:
    """Later mentions by family name. Family names come last in most names but first in some
    (Korean, Chinese, Hungarian), so both ends of a full name are tried, unless two people share it.
    """
    known: dict[str, EntityMention] = {}
    clash: set[str] = set()
    sharing: dict[str, dict[str, EntityMention]] = {}
    for p in people:
        parts = p.name.split()
        keys = {parts[-1], parts[0]} if len(parts) > 1 else {parts[-1]}
        if len(parts) > 2:  # "Hassan Sheikh" for Hassan Sheikh Mohamud, "Abdel Fattah" too
            keys |= {" ".join(parts[:2]), " ".join(parts[-2:])}
        prefix = re.match(rf"{_NAME_PREFIX}(?=[A-Z])", parts[-1])
        if prefix:  # "Sisi" for Abdel Fattah al-Sisi
            keys.add(parts[-1][prefix.end() :])
        for key in keys:
            if key in known and known[key].name != p.name:
                clash.add(key)
            known.setdefault(key, p)
            sharing.setdefault(key, {})[p.name] = p
    for key in list(clash):
        # "Moon and Kim met" with Kim Jong-un, a spokesman Kim Eui-kyeom and a byline's Sarah
        # Kim: the bare family name is the one leader among them, as reporters use it
        leaders = [q for q in sharing[key].values() if _is_leader(q)]
        if len(leaders) == 1:
            known[key] = leaders[0]
            clash.discard(key)
    covered: set[int] = {i for p in people for i in range(p.start, p.end)}
    out = list(people)
    # two-word keys first, so that "Hassan Sheikh" is one mention, not "Hassan" and a stray word
    for surname, base in sorted(known.items(), key=lambda kv: -len(kv[0].split())):
        if (
            len(surname) < 2
            or len(surname) == 2
            and (surname in _TWO_LETTER_WORDS or not surname[1].islower())
            or surname in clash
            or surname.endswith(".")
            or surname in NAME_STOP
        ):
            continue
        for m in re.finditer(rf"(?<![\w-]){re.escape(surname)}(?![\w-])", text):
            if m.start() in covered:
                continue
            full = base.name
            for fs in (m.start(), m.end() - len(full)):
                if fs >= 0 and text[fs : fs + len(full)] == full:
                    break
            else:
                fs = -1
            if fs >= 0:  # a full mention without a title ("Maria Ortiz said")
                if fs not in covered and fs + len(full) - 1 not in covered:
                    out.append(
                        EntityMention(fs, fs + len(full), full, full, "PERSON", base.country_iso3, base.title)
                    )
                    covered.update(range(fs, fs + len(full)))
                continue
            out.append(
                EntityMention(m.start(), m.end(), surname, base.name, "PERSON", base.country_iso3, base.title)
            )
            covered.update(range(m.start(), m.end()))
    out.sort(key=lambda p: p.start)
    return out


_ORG_REGEX = re.compile(
    rf"(?<![\w’'&-])((?:(?:[A-Z]\.){{2,}}[ \t]+|[A-Z][\w’'&\-]*+[ \t]+){{0,5}}(?:{ORG_HEADS})(?:[ \t]+of[ \t]+(?:the[ \t]+)?[A-Z][\w\-]+(?:[ \t]+[A-Z][\w\-]+){{0,2}})?)(?![\w-])"
)


def _company_mentions(text: str) -> list[EntityMention]:
    """Defence manufacturers named in the text ("a contract with Rheinmetall"), with their state."""
    known = lexicon.companies()
    return [
        EntityMention(start, end, name, name, "ORG", known[name])
        for start, end, name in _listed_names(text, _companies_index())
    ]


def find_organisations(text: str, countries: list[EntityMention]) -> list[EntityMention]:
    """Organisations ending in an organisation word, with the state named in or before them, and
    known defence manufacturers with their home state."""
    out: list[EntityMention] = []
    companies = _company_mentions(text)
    for m in _ORG_REGEX.finditer(text):
        start, end = m.start(1), m.end(1)
        for w in re.finditer(r"\S+", m.group(1)):  # drop leading words that start sentences
            if w.group(0) in NAME_STOP or w.group(0).lower() in _MONTHS_WEEKDAYS:
                start = m.start(1) + w.end()
                continue
            break
        while start < end and text[start].isspace():
            start += 1
        phrase = text[start:end]
        owner = re.match(r"(.+?[’']s)\s+(?=[A-Z])", phrase)
        if owner and _country_lookup(owner.group(1)[:-2]):
            start += owner.end()  # "Japan's Ministry of Defense": the state owns the ministry
            phrase = text[start:end]
        if len(phrase.split()) < 2:
            continue
        iso3 = None
        for c in countries:
            if c.entity_type == "COUNTRY" and (start <= c.start < end or 0 <= start - c.end <= 3):
                iso3 = c.country_iso3
                break
        name = " ".join(phrase.split())
        if iso3 is None:
            iso3 = next((c.country_iso3 for c in companies if start <= c.start < end), None)
        out.append(EntityMention(start, end, phrase, name, "ORG", iso3))
    taken = [(o.start, o.end) for o in out]
    out += [c for c in companies if not any(a <= c.start < b for a, b in taken)]
    out += _acronyms_of(text, out)
    return sorted(out, key=lambda o: (o.start, o.end))


def _acronyms_of(text: str, orgs: list[EntityMention]) -> list[EntityMention]:
    """ "the Japan Coast Guard (JCG) ... The JCG boarded the trawler": an acronym the article
    defines after a state's body stands for that body, and so its state, wherever it recurs."""
    out: list[EntityMention] = []
    for o in orgs:
        m = re.match(r"\s*\(([A-Z][A-Z&]{1,6})\)", text[o.end : o.end + 12])
        if not (m and o.country_iso3):
            continue
        acronym = m.group(1)
        for a in re.finditer(rf"(?<![\w(]){re.escape(acronym)}\b", text):
            if a.start() > o.end + m.end():
                out.append(EntityMention(a.start(), a.end(), acronym, o.name, "ORG", o.country_iso3))
    return out


def home_state(text: str) -> str | None:
    """The state of the capital a wire report is filed from ("SEOUL, July 23 (Yonhap) --"): the
    state whose unnamed ministries ("the foreign ministry") the report speaks of."""
    for line in text.split("\n")[:6]:
        m = _DATELINE_HEAD.match(line.strip())
        if m:
            city = m.group(0).split(",")[0].strip().title()
            return lexicon.government_names().get(city)
    return None


# a head of state or government, or a minister, named with no state ("the Prime Minister, Mr X")
_NATIONAL_OFFICE = re.compile(
    r"^(?:(?:Deputy|Vice|Acting|Interim)\s+)?(?:President|Prime Minister|Premier|Chancellor|"
    r"(?:Foreign|Defen[cs]e|Interior|Home|Finance)\s+Minister|Minister\s+of\s+(?:Foreign Affairs|Defen[cs]e))$"
)


def officials_of_the_story(text: str, people: list[EntityMention], state: str | None) -> list[EntityMention]:
    """A head of government or minister the report names without a state ("At Birgu, the Prime
    Minister, Mr X, unveiled ...") holds office in the state the report is about: the state it is
    filed from, else the one it names most. Later mentions by surname follow."""
    if state is None:
        return people
    placed = {
        p.name
        for p in people
        if p.country_iso3 is None
        and p.title
        and _NATIONAL_OFFICE.match(p.title)
        # "the Prime Minister, Mr X": the office told as the one everybody knows; "Prime Minister X"
        # may be any state's
        and re.search(rf"\b[Tt]he\s+{re.escape(p.title)},?\s+$", text[max(0, p.start - 60) : p.start])
    }
    if not placed or any(p.name in placed and p.country_iso3 for p in people):
        return people
    return [replace(p, country_iso3=state) if p.name in placed else p for p in people]
