"""Which event statements, within and across articles, are the same real-world event.

Two stages, both greedy and deterministic:

1. **Within an article** (coreference). Statements of one type join an earlier group when they
   cannot be told apart: dates agree, named objects agree (or one side names none), and the
   people named do not differ. An unnamed, undated statement ("the meeting", "the deal") joins
   the article's first group of its type: news puts the main event first and refers back to it.
2. **Across articles**. Article groups are merged best pair first when they are compatible
   (same type; dates agree at the coarser precision; the states overlap; no article in both,
   since an article's own distinct events must stay distinct; news of the day is never merged
   into an event that its own article tells as old background) and similar enough: the same
   named object, the same exact date, the same people, shared distinctive words.

Different events are never merged just for being alike: two agreements signed the same month
by the same states stay apart when they carry different names.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from pipelines.extract.dates import compatible
from pipelines.extract.records import DateValue, EventRecord

MERGE_THRESHOLD = 1.2
NAME_MATCH = 82.0
STOPWORDS = frozenset(
    """a an the and or of to in on at for by with from as is are was were be been has have had that this
    which who its their his her it they both two also after before during over into than said says will
    would can could new""".split()
)


def _norm_name(name: str) -> str:
    name = re.sub(r"\b(?:19|20)\d\d\b", " ", name.lower())
    name = re.sub(r"[^\w]+", " ", name.replace("u.s.", "us").replace("u.k.", "uk"))
    return " ".join(w for w in name.split() if w not in ("the", "of", "for", "a", "an"))


def _split_acronym(name: str) -> tuple[str, str | None]:
    """ "Status of Forces Agreement (SOFA)" -> ("Status of Forces Agreement", "SOFA")."""
    m = re.fullmatch(r"(.*?)\s*\(([A-Z][A-Za-z]*[A-Z])\)", name.strip())
    if m:
        return m.group(1), m.group(2)
    if re.fullmatch(r"[A-Z][A-Za-z]*[A-Z]", name.strip()):
        return "", name.strip()
    return name, None


def _spells(acronym: str, name: str) -> bool:
    words = re.findall(r"[A-Za-z]+", name)
    every = "".join(w[0] for w in words).lower()
    capitals = "".join(w[0] for w in words if w[0].isupper()).lower()
    return bool(words) and acronym.lower() in (every, capitals)


def names_match(a: str, b: str) -> bool:
    """Same named object: fuzzy equal names, equal acronyms, or an acronym spelling the other name."""
    base_a, acr_a = _split_acronym(a)
    base_b, acr_b = _split_acronym(b)
    if acr_a and acr_b:
        return acr_a == acr_b
    na, nb = _norm_name(base_a), _norm_name(base_b)
    if na and nb and (na == nb or fuzz.token_sort_ratio(na, nb) >= NAME_MATCH):
        return True
    if acr_a and base_b and _spells(acr_a, base_b):
        return True
    return bool(acr_b and base_a and _spells(acr_b, base_a))


# statements that each report their own act ("accused", "rejected"), never an earlier one
SEPARATE_STATEMENTS = frozenset({"ACCUSE", "PROTEST", "THREATEN", "REJECT", "REQUEST"})
_FAMILIES = {
    "exercise": (
        "exercise",
        "drill",
        "training",
        "wargame",
        "war game",
        "manoeuvre",
        "maneuver",
        "patrol",
        "kicked off",
    ),
    "port": ("port", "berthed", "docked", "goodwill", "visit", "arriv"),
    "transfer": (
        "deliver",
        "shipped",
        "purchase",
        "bought",
        "sold",
        "sale",
        "acquired",
        "handed",
        "transfer",
    ),
    "industry": ("co-production", "coproduction", "co-development", "jointly develop"),
}


def family(r: EventRecord) -> str:
    """A finer kind inside COOPERATE (exercise, port call, arms transfer or industry) and inside
    RETREAT (a base handed over is not the troops leaving the country that day)."""
    if r.plover_type == "RETREAT":
        return "RETREAT-base" if re.search(r"\bhand", r.trigger, re.I) else "RETREAT"
    if r.plover_type == "SANCTION":  # an expulsion (166), a recall (161), an embargo (163): three acts
        return f"SANCTION-{r.cameo_code[:3]}"
    if r.plover_type != "COOPERATE":
        return r.plover_type
    trig = r.trigger.lower()
    for name, stems in _FAMILIES.items():
        if any(trig.startswith(stem) or stem in trig for stem in stems):
            return name
    return "other"


def _words(text: str) -> list[str]:
    text = re.sub(r"['’]s\b", "", text.lower())
    return [w for w in re.findall(r"[a-z0-9][a-z0-9\-]+", text) if w not in STOPWORDS]


def _persons(r: EventRecord) -> frozenset[str]:
    return frozenset(a.name for a in r.actors if a.entity_type == "PERSON")


@dataclass
class Group:
    """Statements taken to be one event."""

    members: list[int]
    plover: str
    articles: set[str]
    date: DateValue | None
    countries: set[str]
    names: list[str]
    persons: set[str]
    places: set[str]
    family: str
    recent: bool
    background: bool
    kinds: set[str] = field(default_factory=set)
    objects: set[str] = field(default_factory=set)  # what its statements are about, named or not
    vector: Counter = field(default_factory=Counter)

    def add(self, idx: int, r: EventRecord) -> None:
        self.members.append(idx)
        self.articles.add(r.article_id)
        self.date = _more_precise(self.date, r.date)
        self.countries |= set(r.countries)
        if r.object_name and r.object_named:
            self.names.append(r.object_name)
        self.persons |= _persons(r)
        if r.location:
            self.places.add(r.location.split(",")[0].strip())
        if agreement_kind(r):
            self.kinds.add(agreement_kind(r))
        if r.object_name:
            self.objects.add(r.object_name.lower())
        self.recent = self.recent or r.recent
        self.background = self.background or _is_background(r)

    def absorb(self, other: Group) -> None:
        self.members += other.members
        self.articles |= other.articles
        self.date = _more_precise(self.date, other.date)
        self.countries |= other.countries
        self.names += other.names
        self.persons |= other.persons
        self.places |= other.places
        self.kinds |= other.kinds
        self.objects |= other.objects
        self.recent = self.recent or other.recent
        self.background = self.background or other.background
        self.vector.update(other.vector)


def _more_precise(a: DateValue | None, b: DateValue | None) -> DateValue | None:
    if a is None:
        return b
    if b is None:
        return a
    rank = {"year": 0, "month": 1, "day": 2}
    return b if rank[b.precision] > rank[a.precision] else a


def _is_background(r: EventRecord) -> bool:
    """Told as history: dated before the latest year its own article states."""
    return bool(r.date and r.reference_year and r.date.value.year < r.reference_year)


def _new_group(idx: int, r: EventRecord) -> Group:
    g = Group([], r.plover_type, set(), None, set(), [], set(), set(), family(r), False, False)
    g.add(idx, r)
    return g


CONTRACT_HEADS = frozenset({"contract", "contracts", "order", "purchase"})
POLICY_HEADS = frozenset(
    "framework agreement memorandum mou moa declaration treaty arrangement pact accord roadmap compact "
    "charter protocol convention understanding statement minute".split()
)


def agreement_kind(r: EventRecord) -> str | None:
    """ "contract" (a purchase) or "policy" (framework, memorandum, treaty ...); None when unsaid
    or umbrella-worded ("deal", "agreement" stays policy only when named so)."""
    if r.plover_type != "AGREE" or not r.object_name:
        return None
    words = re.findall(r"[a-z]+", r.object_name.lower())
    if any(w in CONTRACT_HEADS for w in words):
        return "contract"
    if any(w in POLICY_HEADS for w in words):
        return "policy"
    return None


def _kinds_compatible(a: set[str], b: set[str]) -> bool:
    return not a or not b or bool(a & b)


def _names_compatible(names_a: list[str], names_b: list[str]) -> bool:
    if not names_a or not names_b:
        return True
    return any(names_match(x, y) for x in names_a for y in names_b)


# protests go one way: India protesting to Pakistan and Pakistan summoning India's envoy are two
# events. (Clashes, expulsions and tit-for-tat sanctions are told from both sides of one event
# too often, and the direction read from a sentence is not sure enough, to split those.)
DIRECTED = {"PROTEST"}


_NEXT = re.compile(r"\b(?:later|then|afterwards|subsequently|separately|also)\s+(?:\w+\s+){0,1}$", re.I)


_RESPONSE = re.compile(
    r"\bin (?:response|retaliation|kind)\b|\bretaliat\w*|\btit-for-tat\b|\breciprocal\b", re.I
)


def _meeting_kinds(r: EventRecord) -> set[str]:
    """ "courtesy" (a call on a head of state or government) or "talks" (the meeting itself);
    empty for words that only tell what a meeting did ("discussed")."""
    if re.search(r"courtesy|called on|calls? on|received|receives|audience", r.trigger, re.I):
        return {"courtesy"}
    if re.search(r"\b(?:talks|met|meet|meets|meeting|dialogue|consultations|summit)\b", r.trigger, re.I):
        return {"talks"}
    return set()


def _around_trigger(r: EventRecord) -> tuple[str, str]:
    """The statement's evidence before its trigger, and from the trigger on."""
    offset = max(r.trigger_start - r.start, 0)
    return r.evidence[:offset], r.evidence[offset:]


def _told_as_next(r: EventRecord) -> bool:
    """The statement is told as following another ("later met", "then held talks")."""
    told, _ = _around_trigger(r)
    return r.plover_type != "AGREE" and bool(
        _NEXT.search(told) or re.search(r"\b(?:also|later|then)\b", r.trigger, re.I)
    )


# "The contract was signed in Doha by the Defence Secretary and …": the signing told again, with
# the signatories named
_THE_DEAL_WAS_SIGNED = re.compile(
    r"\W*The\s+(?:agreement|contract|deal|accord|treaty|memorandum|pact|MoU|declaration)\s+was\s+(?:formally\s+)?signed\b"
)


def _list_item(r: EventRecord) -> bool:
    """A document of a release's list ("- Memorandum of Understanding on …"), told by its name alone."""
    return bool(r.object_name) and r.trigger_start == r.start and r.object_name.startswith(r.trigger)


_PURCHASE = re.compile(r"(?i)(?:buys?|bought|purchases?|purchased|orders?|ordered|acquires?|acquired)\b")


def _fold_headlines(records: list[EventRecord], groups: list[Group]) -> list[Group]:
    """A headline's act that joined no statement of the body is the body's act of the same type
    with the same states ("KAI clinches deal to export FA-50s to Malaysia" over "The contract was
    signed in Putrajaya"), told with different words or a coarser date."""

    titles = {
        r.evidence.split(" | ")[0].strip()
        for r in records
        if r.sentence_index == 0 and not r.evidence.rstrip().endswith((".", "!"))
    }

    def headline(m: int) -> bool:  # the title line (or a page's copy of it), not a lead sentence
        evidence = records[m].evidence.rstrip()
        if evidence.endswith((".", "!")):
            return False
        return records[m].sentence_index == 0 or evidence.split(" | ")[0].strip() in titles

    kept = [g for g in groups if not all(headline(m) for m in g.members)]
    for g in groups:
        if not all(headline(m) for m in g.members):
            continue
        # "Hungary buys 44 Leopard tanks from Germany" over "The contract was signed on Monday":
        # a purchase the headline tells is the deal the body tells
        purchase = g.plover == "COOPERATE" and all(_PURCHASE.match(records[m].trigger) for m in g.members)
        body = [
            b
            for b in kept
            if (b.plover == g.plover or (purchase and b.plover == "AGREE"))
            and len(b.countries & g.countries) >= min(2, len(g.countries))
            and compatible(b.date, g.date)
            and (not g.names or not b.names or _names_compatible(g.names, b.names))
            and not b.background
        ]
        if len(body) >= 1:
            min(body, key=lambda b: min(records[m].start for m in b.members)).absorb(g)
        else:
            kept.append(g)
    return sorted(kept, key=lambda g: min(g.members))


def _within_article(records: list[EventRecord], order: list[int]) -> list[Group]:
    groups: list[Group] = []
    for idx in order:
        r = records[idx]
        same_type = [g for g in groups if g.plover == r.plover_type]
        target = None
        named = r.object_name if r.object_named else None
        for g in same_type:
            if not compatible(g.date, r.date):
                continue
            if any(
                records[m].sentence_index == r.sentence_index and records[m].object_name != r.object_name
                for m in g.members
            ):
                continue  # listed side by side in one sentence: distinct events
            if r.plover_type not in ("AGREE", "CONSULT") and any(
                records[m].sentence_index == r.sentence_index
                and records[m].trigger.lower() != r.trigger.lower()
                and (records[m].end <= r.start or r.end <= records[m].start)  # clauses of their own
                for m in g.members
            ):
                continue  # "expelled X's ambassador, and recalled its own envoy": two acts told side by side
            if (
                r.countries
                and g.countries
                and len(set(r.countries) & g.countries) < min(2, len(r.countries), len(g.countries))
            ):
                continue
            if _list_item(r) and any(
                _list_item(records[m]) and records[m].sentence_index != r.sentence_index for m in g.members
            ):
                continue  # two items of one list are two documents, whatever their names
            if _list_item(r) and all(
                re.search(r"\bagreed\b", records[m].trigger) and not records[m].object_name for m in g.members
            ):
                continue  # "the leaders agreed to promote exchanges" is not an MoU of the list that follows
            if named and g.names:
                if _names_compatible([named], g.names):
                    target = g
                    break
                continue
            persons = _persons(r)
            if (
                r.plover_type != "AGREE"
                and named
                and not (r.object_kind == "event" and not g.names and persons)
            ):
                continue  # "negotiations on X" is not the meeting the article leads with
            if r.plover_type != "AGREE" and g.names and persons and not (persons & g.persons):
                continue  # people meeting beside a named summit are not the summit
            if (
                named is None
                and g.names
                and not r.date
                and r.object_name is None
                and r.plover_type == "AGREE"
            ):
                continue
            if (
                persons
                and g.persons
                and not (persons <= g.persons or g.persons <= persons)
                and not (r.plover_type == "AGREE" and _THE_DEAL_WAS_SIGNED.match(r.evidence))
            ):
                continue  # Ortiz meeting Berg, then Ortiz meeting Lund: two meetings
            if r.date and not g.date and persons and not g.persons:
                continue  # a dated meeting of other people is another meeting
            told, after = _around_trigger(r)
            if r.plover_type == "AGREE" and (
                (
                    re.search(r"\b(?:also|[Ss]eparately)\b", told)
                    and r.object_name
                    and g.objects
                    and r.object_name.lower() not in g.objects
                )
                or re.search(
                    r"\b(?:[Aa]|[Aa]nother)\s+(?:separate|second|further)\s+(?:[\w-]+\s+){0,2}$", told
                )
                # "Erdogan and Tokayev then signed a joint declaration on …", "the defence ministries
                # also signed an agreement on intelligence": a further document, told as such
                or (
                    re.search(r"\b(?:also|then)\s+(?:\w+\s+)?$", told)
                    and re.match(r"\S+\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?:on|for|to|with)\s", after)
                )
                or re.search(  # "In a separate document the same day, the two governments signed"
                    r"\b[Ii]n\s+a\s+(?:separate|second|further)\s+(?:document|agreement|accord|deal|contract|memorandum)\b",
                    told,
                )
                or (
                    re.search(r"\balso\s+(?:\w+\s+)?$", told)
                    and re.match(
                        r"\S+\s+(?:\w+\s+){0,2}(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:[\w-]+\s+)?"
                        r"(?:agreements|accords|memorandums|memoranda|MoUs|deals|contracts|documents)\b",
                        after,
                    )
                )
            ):
                continue  # "the two sides also concluded an arms sales agreement", "also signed four agreements"
            if _told_as_next(r) and ((set(r.countries) - g.countries and g.countries) or persons - g.persons):
                # "the two ministers later met China's foreign minister", "X was also received by
                # the prime minister": a further meeting
                continue
            if family(r) != g.family:
                continue  # an exercise is not the port call or the delivery told beside it
            if r.plover_type in ("SANCTION", "PROTEST", "ACCUSE", "ASSAULT") and _RESPONSE.search(r.evidence):
                continue  # "Ankara declared Egypt's envoy persona non grata in response": the other side's act
            if (
                r.plover_type == "CONSULT"
                and _meeting_kinds(r)
                and _meeting_kinds(r).isdisjoint(
                    set().union(*(_meeting_kinds(records[m]) for m in g.members))
                )
                and any(_meeting_kinds(records[m]) for m in g.members)
            ):
                continue  # a courtesy call on the president is not the ministers' talks that day
            if r.plover_type in DIRECTED and any(
                records[m].source_iso3 and r.source_iso3 and records[m].source_iso3 != r.source_iso3
                for m in g.members
            ):
                continue  # India protests to Pakistan, Pakistan summons India's envoy: two acts
            if not _kinds_compatible({agreement_kind(r)} - {None}, g.kinds):
                continue  # a purchase contract is not the framework signed beside it
            headline_only = all(records[m].sentence_index == 0 for m in g.members)
            anaphoric = (
                (g is same_type[0] or (r.plover_type == "AGREE" and agreement_kind(r) == "contract"))
                and (r.plover_type not in SEPARATE_STATEMENTS or headline_only)
                and not _is_background(r)
            )
            # "comes two years after Manila signed a contract ... The contract was signed on 28
            # January 2022": the same deal, told first by its year and then by its day
            refines = (
                r.plover_type == "AGREE"
                and r.date is not None
                and g.date is not None
                and "year" in (r.date.precision, g.date.precision)
                and r.date.precision != g.date.precision
                and agreement_kind(r) is not None
                and agreement_kind(r) in g.kinds
                and set(r.countries) == g.countries
            )
            if anaphoric or refines or (r.date and g.date and r.date.iso() == g.date.iso()):
                target = g
                break
        if target is None:
            groups.append(_new_group(idx, r))
        else:
            target.add(idx, r)
    return _fold_headlines(records, groups)


def _context_words(r: EventRecord, width: int = 10) -> list[str]:
    """Words around the trigger (and the object's name): what the statement is about."""
    offset = r.trigger_start - r.start
    before = _words(r.evidence[: max(offset, 0)])[-width:]
    after = _words(r.evidence[max(offset, 0) :])[: width + 1]
    return before + after + _words(r.object_name or "")


def resolve_actor_countries(records: list[EventRecord]) -> None:
    """Give people whose article does not say their state the state other articles give them.

    "President X" in one report and "US President X" in another are the same person; the
    event's participating states gain that state. Updates the records in place.
    """
    votes: dict[str, Counter[str]] = {}
    for r in records:
        for a in r.actors:
            if a.entity_type == "PERSON" and a.country_iso3:
                votes.setdefault(a.name, Counter())[a.country_iso3] += 1
    for r in records:
        extra = set()
        for a in r.actors:
            if a.entity_type == "PERSON" and not a.country_iso3 and a.name in votes:
                a.country_iso3 = sorted(votes[a.name].items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
                extra.add(a.country_iso3)
        if extra - set(r.countries):
            r.countries = tuple(sorted(set(r.countries) | extra))


def _idf(records: list[EventRecord]) -> dict[str, float]:
    df: Counter[str] = Counter()
    for r in records:
        df.update(set(_context_words(r)))
    n = max(len(records), 1)
    return {w: math.log((1 + n) / (1 + c)) + 1.0 for w, c in df.items()}


def _cosine(a: Counter, b: Counter) -> float:
    dot = sum(v * b.get(k, 0.0) for k, v in a.items())
    na = math.sqrt(sum(v * v for v in a.values()))
    nb = math.sqrt(sum(v * v for v in b.values()))
    return dot / (na * nb) if na and nb else 0.0


def _can_merge(a: Group, b: Group) -> bool:
    if a.plover != b.plover or a.articles & b.articles or a.family != b.family:
        return False
    if not _kinds_compatible(a.kinds, b.kinds):
        return False
    if not compatible(a.date, b.date):
        return False
    if a.countries and b.countries:
        need = min(2, len(a.countries), len(b.countries))
        if len(a.countries & b.countries) < need:
            return False
    # news of the day is never the same event as something its article tells as history
    return not ((a.recent and not a.date and b.background) or (b.recent and not b.date and a.background))


def _score(a: Group, b: Group) -> float:
    score = 2.0 * _cosine(a.vector, b.vector)
    if a.names and b.names and _names_compatible(a.names, b.names):
        score += 2.0
    if a.date and b.date:
        if a.date.precision == b.date.precision == "day" and a.date == b.date:
            score += 1.5
        elif a.date.iso()[:7] == b.date.iso()[:7] and "year" not in (a.date.precision, b.date.precision):
            score += 1.0
        else:
            score += 0.3
    if a.persons and b.persons:
        score += 1.0 if a.persons & b.persons else -0.5
    if a.countries and a.countries == b.countries:
        score += 0.3
    if a.places & b.places:
        score += 0.7
    # a story many reports tell is the likelier home of one more report of it
    score += min(0.4, 0.1 * (len(a.articles) + len(b.articles) - 2))
    if a.recent and b.recent:
        score += 0.3
    return score


def cluster_events(records: list[EventRecord]) -> list[int]:
    """A cluster label for each record (same label = same real-world event), in input order."""
    resolve_actor_countries(records)
    by_article: dict[str, list[int]] = {}
    for i, r in enumerate(records):
        by_article.setdefault(r.article_id, []).append(i)
    idf = _idf(records)
    groups: list[Group] = []
    for article in sorted(by_article):
        order = sorted(by_article[article], key=lambda i: (records[i].start, records[i].trigger_start))
        for g in _within_article(records, order):
            for m in g.members:
                for w in _context_words(records[m]):
                    g.vector[w] += idf[w]
            groups.append(g)

    alive = _merge_across_articles(groups)
    labels = [0] * len(records)
    for label, gi in enumerate(alive):
        for m in groups[gi].members:
            labels[m] = label
    return labels


def _merge_across_articles(groups: list[Group]) -> list[int]:
    """Greedy best-pair-first merging; only groups of one event type are ever compared.

    Pair scores are kept in a table and only the merged group's pairs are recomputed, so the
    cost grows with the square of the statements of one type, not the cube.
    """
    by_type: dict[str, list[int]] = {}
    for i, g in enumerate(groups):
        by_type.setdefault(g.plover, []).append(i)
    survivors: list[int] = []
    for plover in sorted(by_type):
        alive = set(by_type[plover])
        scores: dict[tuple[int, int], float] = {}

        def rescore(i: int, j: int, scores: dict[tuple[int, int], float] = scores) -> None:
            key = (min(i, j), max(i, j))
            if _can_merge(groups[i], groups[j]):
                s = _score(groups[i], groups[j])
                if s >= MERGE_THRESHOLD:
                    scores[key] = s
                    return
            scores.pop(key, None)

        members = sorted(alive)
        for x, i in enumerate(members):
            for j in members[x + 1 :]:
                rescore(i, j)
        while scores:
            (i, j), _ = max(scores.items(), key=lambda kv: (kv[1], -kv[0][0], -kv[0][1]))
            groups[i].absorb(groups[j])
            alive.discard(j)
            for key in [k for k in scores if j in k or i in k]:
                del scores[key]
            for other in alive:
                if other != i:
                    rescore(i, other)
        survivors.extend(sorted(alive))
    return sorted(survivors)
