"""Named objects that events are about: agreements, exercises, equipment and ships.

Shapes, not names: an agreement is a capitalised phrase with an agreement word
("... Memorandum of Understanding ...", "... Framework ..."), an acronym with its expansion in
brackets ("ABC (Alpha Bravo Charlie Agreement, 2016)"), or a quoted title; equipment is a
designator of letters and digits ("F-35", "Su-30MKI", "K9"), ships carry a hull prefix ("USS", "HMS").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from pipelines.extract import lexicon
from pipelines.extract.coverage import Coverage

AGREEMENT_HEADS = (
    "Agreement|Agreements|Framework|Declaration|Memorandum|Treaty|Accord|Arrangement|Minute|Pact|"
    "Protocol|Charter|Deal|Contract|Convention|Understanding|Roadmap|Statement|Compact|Communique|Communiqué|Pledge|"
    "Plan of Action|Initiative|Code of Conduct|Founding Act"
)
GENERIC_AGREEMENT_NOUNS = (
    "agreements?|deals?|contracts?|frameworks?|pacts?|treaty|treaties|accords?|memorandum|memoranda|"
    "memorandums|MoUs?|MoAs?|arrangements?|declarations?|roadmap|road map|minute|partnership|compacts?|"
    "charters?|protocols?|conventions?|amendments?|communiqu[eé]s?|understandings?|pledges?|cooperation documents|documents|document|(?:trilateral|tripartite|bilateral|quadrilateral) statements?|"
    "letters? of intent|LoIs?|LOIs?|letters? of offer and acceptance|letters? of acceptance|LOAs?|statements? of intent|action plans?|plans? of action|joint statements?|"
    "exchanges? of notes|terms of reference|joint vision|vision statement|(?:arms|weapons|defen[cs]e|sales|investment|trade) packages?|"
    "normali[sz]ation(?: (?:deal|accord|agreement))?|(?:currency|debt) swap|lease|(?:claims|peace|border|final|political|negotiated) settlements?"
)
_QUOTES = "\"“”‘’'"


@dataclass(frozen=True)
class NamedObject:
    start: int
    end: int
    name: str
    kind: str  # agreement | exercise | equipment | ship | event
    acronym: str | None = None
    year: int | None = None  # a year written with the name: "X (2016)", "the 2005 X", "X from 2013"
    named: bool = True


_ACRONYM_EXPANSION = re.compile(
    # a capitalised word with a second capital (possessive: a long run of letters is one word,
    # not the many ways of splitting it, which made this cubic on "AAAA…")
    r"\b(?P<acr>[A-Z](?=[a-z]*[A-Z])[A-Za-z]++)\s*\((?P<exp>[^()]{0,120}?)(?:,\s*(?P<y1>(?:19|20)\d\d))?\)"
)
# "(1998)", "of 2018", "signed in 2001", and a day or month before the year: "the Panmunjom
# Declaration of April 27, 2018", "the Wellington Declaration of November 2010"
_YEAR_AFTER = re.compile(
    r"^[\s,]*(?:\((?P<p>(?:19|20)\d\d)\)|(?:from|of|signed in)\s+(?P<f>(?:19|20)\d\d)\b|of\s+"
    r"(?:\d{1,2}\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December)"
    r"(?:\s+\d{1,2})?,?\s+(?P<o>(?:19|20)\d\d)\b)"
)
_EQUIPMENT = re.compile(
    r"(?<![\w-])(?:(?P<maker>[A-Z][A-Za-z]+)\s+)?(?P<code>[A-Z]{1,4}-?\d{1,4}[A-Z]{0,4}(?:\s?(?:Mk|Block)\s?\w+)?)"
    r"(?P<noun>(?:\s+[\w\-]+){0,4}?\s+(?:tanks?|jets?|fighters?|aircraft|engines?|howitzers?|helicopters?|drones?|"
    r"missiles?|systems?|rifles?|vehicles?|Vehicles|submarines?|frigates?|destroyers?|launchers?))?(?![\w])"
)
_SHIP = re.compile(
    rf"\b(?:{lexicon.alternation(list(lexicon.ship_prefixes()))})\s+(?:[A-Z][\w\-]+)(?:\s+[A-Z][\w\-]+){{0,2}}"
)
_EXERCISE = re.compile(
    rf"(?:(?<![\w\-{_QUOTES}])(?P<before>(?:[{_QUOTES}]?[A-Z][\w\-]++[{_QUOTES}]?\s+){{1,3}})(?:(?:joint|bilateral|trilateral|multilateral|annual|yearly|military|naval|air|combined|\s)+)?"
    rf"(?:[Ee]xercises?|[Dd]rills?|[Tt]raining|[Ww]argames?))|(?:[Ee]xercises?\s+(?P<after>[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?))"
)
_EXERCISE_LIST = re.compile(r"exercises?\s+(?:like|such as|including)\s+(?P<items>[A-Z][^.;:]*)")
_STOP_LEAD = frozenset("The A An In On At Of And This That These Those Both Its Their His Her Under".split())


def _strip_lead(text: str, start: int) -> tuple[str, int]:
    words = text.split(" ")
    while words and words[0].strip(_QUOTES) in _STOP_LEAD:
        start += len(words[0]) + 1
        words = words[1:]
    out = " ".join(words).strip(_QUOTES + " ,")
    return out, start + (len(" ".join(words)) - len(" ".join(words).lstrip(_QUOTES + " ,")))


_TOKEN = re.compile(r"[\w][\w.’'\-–]*[\w.](?:(?<=s)[’'](?!\w))?|[\w]|[^\w\s]")
_CONNECTORS = frozenset("of on for the and to between".split())
_HEAD = re.compile(rf"\b(?:{AGREEMENT_HEADS})\b")


def _tokens(text: str) -> list[tuple[int, int, str]]:
    out = []
    for m in _TOKEN.finditer(text):
        tok, a = m.group(0), m.start()
        if tok.endswith(".") and len(tok) > 1 and not re.fullmatch(r".*(?:[A-Z]\.){2,}|[A-Z][a-z]?\.", tok):
            out.append((a, a + len(tok) - 1, tok[:-1]))
            out.append((a + len(tok) - 1, a + len(tok), "."))
        else:
            out.append((a, m.end(), tok))
    return out


_TIME_WORDS = frozenset(
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July "
    "August September October November December".split()
)


def capitalised_phrases(text: str) -> list[tuple[int, int]]:
    """Runs of capitalised words (with "of", "for", "the", ... between them): candidate names.

    A run never crosses a line break or punctuation other than the hyphens inside words.
    """
    toks = _tokens(text)

    def joined(k: int) -> bool:  # token k+1 follows token k on the same line
        return "\n" not in text[toks[k][1] : toks[k + 1][0]]

    def cap(tok: str) -> bool:
        return tok[0].isupper()

    spans: list[tuple[int, int]] = []
    i = 0
    while i < len(toks):
        first = toks[i][2]
        digit_led = first[0].isdigit() and not (i + 1 < len(toks) and joined(i) and cap(toks[i + 1][2]))
        if not (cap(first) or first[0].isdigit()) or digit_led:
            i += 1
            continue
        j = last = i
        while j + 1 < len(toks) and joined(j):
            nxt = toks[j + 1][2]
            if cap(nxt) or (nxt[0].isdigit() and cap(toks[j][2])):
                j += 1
                last = j
                continue
            k = j + 1
            while k < len(toks) and toks[k][2].lower() in _CONNECTORS and k - j <= 2 and joined(k - 1):
                k += 1
            if (
                k > j + 1
                and k < len(toks)
                and joined(k - 1)
                and cap(toks[k][2])
                and toks[k][2].rstrip(".,")
                not in _TIME_WORDS  # "… Partnership on Monday": a date, not the name
            ):
                j = last = k
                continue
            break
        spans.append((toks[i][0], toks[last][1]))
        i = last + 1
    return spans


_LOWER_HEAD = re.compile(
    r"(?:\s*\((?P<acr>[A-Z][A-Za-z]*[A-Z])\))?\s+(?P<head>agreement|accord|pact|treaty|memorandum|arrangement|framework)\b"
    r"(?:\s*\((?P<year>(?:19|20)\d\d)\))?"
)


def _lower_headed(text: str, a: int, b: int, tail: re.Match[str]) -> NamedObject | None:
    words = text[a:b].split(" ")
    while words and words[0] in _STOP_LEAD:
        a += len(words[0]) + 1
        words = words[1:]
    if not words or a >= b or not (tail.group("acr") or len(words) >= 2):
        return None  # "The framework", "Quad framework": no name of its own
    name = f"{text[a:b]} {tail.group('head')}"
    if tail.group("acr"):
        name += f" ({tail.group('acr')})"
    year = int(tail.group("year")) if tail.group("year") else None
    return NamedObject(a, tail.end(), name, "agreement", tail.group("acr"), year)


# words a treaty's long title lists after a comma or "in the": "Friendship, Cooperation and
# Partnership", "Cooperation in the Use of the Sea of X", "in the Field of Defence"
_TITLE_WORD = re.compile(
    r"(?:[A-Z][a-z]+(?:tion|ship|ity|ment|ance|ence|ness|ism|ing|al)|Mutual|Peace|Trade|Security|Defen[cs]e|"
    r"Assistance|Good|Neighbourliness|Neighborliness|Use|Field|Fields|Area|Areas|Sphere|Spheres|Domain|Matters?)"
)
_CONTINUATION = re.compile(r",\s+|\s+in\s+the\s+")


def _continued_name_end(text: str, end: int, phrase_ends: dict[int, int]) -> int:
    """The end of a treaty title that runs on past a comma or "in the": the capitalised runs
    stop there, but "Treaty of Friendship, Cooperation and Partnership" is one name. A run
    joins only when its words are the abstract nouns of titles, not states or places."""
    while (m := _CONTINUATION.match(text, end)) and m.end() in phrase_ends:
        nxt_end = phrase_ends[m.end()]
        words = [w for w in text[m.end() : nxt_end].split(" ") if w not in _CONNECTORS]
        if not words or not _TITLE_WORD.fullmatch(words[0]):
            break
        if m.group(0).startswith(",") and not (
            re.search(r"\band\b", text[m.end() : nxt_end]) and _TITLE_WORD.fullmatch(words[-1])
        ):
            break  # "the Treaty of Friendship, Cooperation" is a list only when "and" closes it
        end = nxt_end
    return end


def find_agreements(text: str) -> list[NamedObject]:
    out: list[NamedObject] = []
    for m in _ACRONYM_EXPANSION.finditer(text):
        exp = m.group("exp").strip()
        bare_year = re.fullmatch(r"(?:19|20)\d\d", exp)
        if not re.search(rf"\b(?:{AGREEMENT_HEADS})\b", exp) and not m.group("y1") and not bare_year:
            continue
        year = m.group("y1") or (exp if bare_year else None)
        acr = m.group("acr")
        name = acr if bare_year or not exp else f"{exp} ({acr})"  # expansion and acronym linked
        out.append(NamedObject(m.start(), m.end(), name, "agreement", acr, int(year) if year else None))
    phrases = capitalised_phrases(text)
    phrase_ends = dict(phrases)
    for a, b in phrases:
        words = text[a:b].split(" ")
        if not _HEAD.search(text[a:b]):
            # "the Mutual Logistics Support (MLS) agreement": a name whose agreement word is lower case
            tail = _LOWER_HEAD.match(text, b)
            named = _lower_headed(text, a, b, tail) if tail else None
            if named is not None:
                out.append(named)
            continue
        lead_year = None
        while words and (words[0] in _STOP_LEAD or words[0] in ("By", "Following", "With", "Since")):
            a += len(words[0]) + 1
            words = words[1:]
        if words and re.fullmatch(r"(?:19|20)\d\d", words[0]):
            lead_year = int(words[0])
            a += len(words[0]) + 1
            words = words[1:]
        if len(words) < 2 or any(o.start <= a < o.end for o in out):
            continue
        end = _continued_name_end(text, a + len(" ".join(words)), phrase_ends)
        name = text[a:end]
        year = lead_year
        if year is None and re.search(r"\s((?:19|20)\d\d)$", name):
            year = int(name[-4:])
        rest = text[end:].lstrip(_QUOTES + ",")
        acr = None
        am = re.match(r"\s*\((?P<a>[A-Z][A-Za-z]*[A-Z])(?:,\s*(?P<y>(?:19|20)\d\d))?\)", rest)
        if am:
            acr = am.group("a")
            rest = rest[am.end() :]
            if year is None and am.group("y"):
                year = int(am.group("y"))  # "Status of Forces Agreement (SOFA, 1998)"
        tail = _YEAR_AFTER.match(rest)
        if year is None and tail:
            year = int(tail.group("p") or tail.group("f") or tail.group("o"))
        lead = re.search(r"\bthe\s+((?:19|20)\d\d)\s+$", text[max(0, a - 12) : a])
        if year is None and lead:
            year = int(lead.group(1))
        out.append(NamedObject(a, end, f"{name} ({acr})" if acr else name, "agreement", acr, year))
    out.sort(key=lambda o: o.start)
    renamed = {id(o) for o in out if _renamed_by_short_name(text, o, out)}
    out = [o for o in out if id(o) not in renamed and not _is_alias(text, o, out)]
    out += _spelled_acronyms(text, out)
    return _listed_years(text, sorted(out + _defined_names(text, out), key=lambda o: o.start))


_IN_YEAR_AFTER = re.compile(
    r"(?:\s*\([^()]{1,60}\))?\s+in\s+((?:19|20)\d\d)\b(?![-–]|\s+(?:and|to)\s+(?:19|20)\d\d)"
)


def _listed_years(text: str, agreements: list[NamedObject]) -> list[NamedObject]:
    """ "signed the DCA in 2008, the SDA in 2009 and the SPC in 2012": agreements listed each with
    "in <year>" carry that year, so one verb dates each signing. Only in such a list (two or more
    close together) is the year the agreement's rather than a date of the sentence's verb."""
    years = {id(a): _IN_YEAR_AFTER.match(text, a.end) for a in agreements if a.year is None}
    listed = [a for a in agreements if years.get(id(a))]
    keep = {
        id(a)
        for a, b in zip(listed, listed[1:], strict=False)
        if b.start - a.end < 200 and not re.search(r"[.;!?]\s", text[a.end : b.start])
        for a in (a, b)
    }
    return [replace(a, year=int(years[id(a)].group(1))) if id(a) in keep else a for a in agreements]


_DEFINED = re.compile(
    r"(?<![\w-])([A-Z][A-Za-z]*[A-Z][A-Za-z]*|[A-Z][a-z]+-[A-Z]\w+)\s+(?:is|was)\s+an?\s+(?:[\w-]+\s+){0,3}?"
    r"(?:pact|partnership|agreement|alliance|treaty|accord|deal)\b"
)


def _defined_names(text: str, agreements: list[NamedObject]) -> list[NamedObject]:
    """ "AUKUS is a trilateral security pact": a name the text defines as an agreement is one
    wherever it appears ("leaders unveil AUKUS")."""
    names = {m.group(1) for m in _DEFINED.finditer(text)}
    taken = [(a.start, a.end) for a in agreements]
    found = []
    for name in names:
        for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text):
            if not any(a <= m.start() < b for a, b in taken):
                found.append(
                    NamedObject(m.start(), m.end(), name, "agreement", name if name.isupper() else None)
                )
    return found


def _initials(name: str) -> str:
    words = re.findall(r"[A-Za-z]+", re.sub(r"\s*\([^)]*\)$", "", name))
    return "".join(w[0] for w in words if w[0].isupper())


def _spelled_acronyms(text: str, agreements: list[NamedObject]) -> list[NamedObject]:
    """ "Japan's first RAA, with Australia, was signed": an acronym that spells the initials of an
    agreement the text names ("the Reciprocal Access Agreement") is that kind of agreement, even
    where the text never wrote the two side by side."""
    spelled: dict[str, str] = {}
    for a in agreements:
        if a.named and a.acronym is None:
            initials = _initials(a.name)
            if 2 <= len(initials) <= 6:
                spelled.setdefault(initials, a.name)
        elif (
            a.acronym
            and 2 <= len(a.acronym) <= 6
            and a.acronym.isupper()
            and a.name.endswith(f"({a.acronym})")
        ):
            # "the Status of Forces Agreement (SOFA) … The SOFA was signed in Quito": the acronym
            # defined beside the name stands for it later on
            spelled.setdefault(a.acronym, a.name[: -len(a.acronym) - 3])
    if not spelled:
        return []
    taken = [(a.start, a.end) for a in agreements]
    found = []
    for m in re.finditer(r"(?<![\w-])([A-Z]{2,6})s?(?![\w-])", text):
        name = spelled.get(m.group(1))
        if name and text[max(0, m.start() - 1) : m.start()] == "(":
            continue  # the acronym in brackets beside its own name
        if name and not any(a <= m.start() < b for a, b in taken):
            found.append(NamedObject(m.start(), m.end(), f"{name} ({m.group(1)})", "agreement", m.group(1)))
    return found


def _renamed_by_short_name(text: str, obj: NamedObject, others: list[NamedObject]) -> bool:
    """ "signed the "Agreement between A and B Concerning ..." (the A-B Access Agreement)": the
    short name in brackets is what the text and other reports call it, so the long one goes."""
    bracket = re.match(r"[\s\"”’']*\(the\s+", text[obj.end : obj.end + 12])
    return bracket is not None and any(o.start == obj.end + bracket.end() for o in others)


def _is_alias(text: str, obj: NamedObject, others: list[NamedObject]) -> bool:
    """ "the Agreement between A and B concerning X (X Arrangement, XA)": the bracket renames it."""
    before = text[max(0, obj.start - 2) : obj.start]
    if re.search(r"\(the\s+$", text[max(0, obj.start - 6) : obj.start]):
        return False  # "(the A-B Access Agreement)": kept, the long name before it goes
    if "(" not in before or obj.year is not None:
        return False
    opening = text.rfind("(", 0, obj.start)
    return any(o is not obj and o.end <= opening and opening - o.end <= 60 for o in others)


def find_exercises(text: str) -> list[NamedObject]:
    out: list[NamedObject] = []
    for m in _EXERCISE_LIST.finditer(text):
        items = re.split(r",\s*(?:and\s+)?|\s+and\s+", m.group("items"))
        pos = m.start("items")
        for item in items:
            item = item.strip()
            if item and item[0].isupper() and len(item.split()) <= 4:
                s = text.find(item, pos)
                out.append(NamedObject(s, s + len(item), item, "exercise"))
                pos = s + len(item)
    for m in _EXERCISE.finditer(text):
        group = "before" if m.group("before") else "after"
        raw = m.group(group)
        name, start = _strip_lead(raw.strip(), m.start(group))
        name = re.sub(r"^\d+(?:st|nd|rd|th)\s+", "", name)
        name = name.strip(_QUOTES + " ")
        if not name or not name[0].isupper() or name.split()[0] in _STOP_LEAD:
            continue
        s = text.find(name, m.start(group))
        if any(o.start <= s < o.end for o in out):
            continue
        out.append(NamedObject(s, s + len(name), name, "exercise"))
    out.sort(key=lambda o: o.start)
    return out


_MAKER_NUMBER = re.compile(
    r"\b(?P<maker>[A-Z]{2,})\s+(?P<code>\d{2,4})\s+(?:engines?|jets?|aircraft|tanks?|helicopters?|systems?)\b"
)


def find_equipment(text: str) -> list[NamedObject]:
    out: list[NamedObject] = []
    for m in _MAKER_NUMBER.finditer(text):
        out.append(NamedObject(m.start(), m.end(), m.group(0), "equipment"))
    for m in _SHIP.finditer(text):
        out.append(NamedObject(m.start(), m.end(), m.group(0), "ship"))
    taken = Coverage(len(text))
    for o in out:
        taken.add(o.start, o.end)
    for m in _EQUIPMENT.finditer(text):
        code = m.group("code")
        if not re.search(r"\d", code) or re.fullmatch(r"[A-Z]\d{4}|G\d{1,2}|P5|E3", code):
            # "G7", "G20", "P5": groups of states, not equipment
            continue
        start = (
            m.start("maker") if m.group("maker") and m.group("maker") not in _STOP_LEAD else m.start("code")
        )
        end = m.end()
        if taken.is_taken(start):
            continue
        out.append(NamedObject(start, end, text[start:end], "equipment"))
        taken.add(start, end)
    out.sort(key=lambda o: o.start)
    return out


_GENERIC = re.compile(
    rf"\b(?:a|an|the|this|its|their)\s+(?P<mods>(?:(?!(?:a|an|the|this|that|its|their)\s)[\w$.\-]+\s+){{0,4}}?)"
    rf"(?P<head>{GENERIC_AGREEMENT_NOUNS})\b",
    re.I,
)


# "the 1990 declaration of independence", "a declaration of war", "a state of emergency
# declaration": a state's act on its own, not an agreement between states
_NOT_AN_AGREEMENT = re.compile(
    r"\s+of\s+(?:independence|war|martial law|(?:a\s+)?(?:state of\s+)?emergency|sovereignty)\b"
)


def find_generic_agreements(text: str) -> list[NamedObject]:
    """Unnamed agreements ("a historic 10-year deal", "the agreement"): anaphoric, not names."""
    out = []
    for m in _GENERIC.finditer(text):
        if _NOT_AN_AGREEMENT.match(text, m.end()):
            continue
        s = m.start("mods") if m.group("mods") else m.start("head")
        year = re.search(r"\b((?:19|20)\d\d)\b", m.group("mods") or "")
        out.append(
            NamedObject(
                s,
                m.end(),
                text[s : m.end()],
                "agreement",
                year=int(year.group(1)) if year else None,
                named=False,
            )
        )  # "a 2017 memorandum of understanding" keeps its year
    return out
