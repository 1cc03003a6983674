"""Which states take part in an event statement.

The states named in the clause, the states of its people and organisations, minus the venue,
the attribution and background asides; "the two countries" brings in the states of the
paragraph or of the article.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter

from pipelines.extract import lexicon
from pipelines.extract.cues import (
    ASIDE,
    ATTRIBUTION,
    BILATERAL_CUE,
    CONTENT_CLAUSE,
    CONTEXT_TYPES,
    NEEDS_TWO_PARTIES,
    ONE_STATE_REQUEST,
    UNILATERAL,
    in_person_aside,
)
from pipelines.extract.places import Place, resolve
from pipelines.extract.records import EntityMention, Sentence


def bloc_in(text: str, span: Sentence) -> bool:
    """An international organisation acting as a party ("the EU imposed sanctions on Russia")."""
    return bool(lexicon.bloc_regex().search(text, span.start, span.end))


# "sanctions over Ankara's purchase of the Russian S-400": the maker of a weapon the event is
# about takes part in its sale, delivery or use, not in a sanction or a protest over it
MAKERS_TAKE_PART = {"AGREE", "COOPERATE", "AID", "ASSAULT", "MOBILIZE", "COERCE"}
MADE_THING = re.compile(
    r"[\s-]+(?:made\s+|built\s+|supplied\s+)?(?:[A-Z][\w]*-\d[\w-]*|air[ -]defen[cs]e|missiles?|"
    r"weapons|arms|jets?|fighters?|drones?|equipment|helicopters?|tanks?|warships?)\b"
)


# "the presidents discussed the situation in Yemen": what a meeting was about (see find_participants)
DISCUSSED = re.compile(r"(?:discussed|discusses|discussing|talked\s+about|spoke\s+about)\b", re.I)
_WITH = re.compile(r"\bwith\b")
# "accused Doha of financing terrorism and cosying up to Iran": Iran is in the charge, not a party
ACCUSED_OF = re.compile(r"\baccus\w*\s+(?:[\w'’-]+\s+){1,4}?of\b[^.;]*$")
REACTION_CLAUSE = re.compile(
    r"\b(?:that|which)\s+(?:has\s+|have\s+|had\s+)?(?:alarmed|worried|angered|concerned|unnerved|upset|irked|"
    r"rattled|alienated|infuriated|dismayed)\b[^.;]*$"
)
_GROUP_SIZE = {"three": 3, "four": 4, "five": 5, "six": 6, "trio": 3, "quartet": 4}
GROUP_ANAPHOR = re.compile(
    r"\bthe\s+(?:(three|four|five|six)\s+(?:states|countries|nations|governments|neighbours|neighbors|"
    r"Arab states|Gulf states|allies|capitals)|(trio|quartet))\b",
    re.I,
)


def group_members(text: str, span: Sentence, countries: list[EntityMention]) -> set[str]:
    """ "the four states", "the quartet": the last list of at least that many states.

    "Saudi Arabia, the UAE, Bahrain and Egypt cut ties with Qatar ... the quartet accused Doha":
    the first four states of the nearest earlier list ("A, B, C and D") naming at least four.
    """
    m = GROUP_ANAPHOR.search(text, span.start, span.end)
    if m is None:
        return set()
    size = _GROUP_SIZE[(m.group(1) or m.group(2)).lower()]
    earlier = [c for c in countries if c.end <= span.start and c.entity_type == "COUNTRY" and c.country_iso3]
    # runs of states listed together ("Saudi Arabia, the UAE, Bahrain and Egypt"), latest first
    runs: list[list[EntityMention]] = []
    for c in earlier:
        gap = text[runs[-1][-1].end : c.start] if runs else ""
        if runs and re.fullmatch(r"(?:\s*,\s*|\s+and\s+|\s*,\s+and\s+)(?:the\s+)?", gap):
            runs[-1].append(c)
        else:
            runs.append([c])
    for run in reversed(runs):
        states = list(dict.fromkeys(c.country_iso3 for c in run))
        if len(states) >= size:
            return set(states[:size])
    return set()


def bloc_partners(text: str, span: Sentence, countries: list[EntityMention]) -> set[str]:
    """The states an organisation last acted on, for a clause that names only the organisation.

    "ECOWAS imposed sanctions on Niger. ... ECOWAS lifted most of the sanctions last month":
    the states named in the sentence where the same organisation was last named.
    """
    bloc = lexicon.bloc_regex().search(text, span.start, span.end)
    if bloc is None:
        return set()
    earlier = text.rfind(bloc.group(0), 0, span.start)
    if earlier < 0:
        return set()
    start = max(text.rfind(". ", 0, earlier), text.rfind("\n", 0, earlier)) + 1
    stops = [i for i in (text.find(". ", earlier), text.find("\n", earlier)) if i >= 0]
    end = min(stops) if stops else len(text)
    return {
        c.country_iso3
        for c in countries
        if start <= c.start < end and c.entity_type == "COUNTRY" and c.country_iso3
    }


def find_participants(
    text: str,
    sentence: Sentence,
    countries: list[EntityMention],
    people: list[EntityMention],
    orgs: list[EntityMention],
    places: list[Place],
    main_pair: tuple[str, ...],
    plover: str,
    trigger_start: int | None = None,
) -> set[str]:
    s, e = sentence.start, sentence.end
    venue = {p.iso3 for p in places if s <= p.start < e}
    attribution = ATTRIBUTION.search(text, s, e)
    if attribution and attribution.start() > s:
        e = attribution.start()  # "..., Seoul's defence ministry said": the source, not a party
    aside = ASIDE.search(text, max(s, trigger_start or s), e)
    if plover != "AGREE":
        content = CONTENT_CLAUSE.search(text, max(s, trigger_start or s), e)
        if content and (aside is None or content.start() < aside.start()):
            aside = content
    if plover != "ACCUSE":  # "severed relations with Qatar, accusing Doha of being too close to Iran"
        reason = re.compile(r",\s+(?:accusing|alleging)\s").search(text, max(s, trigger_start or s), e)
        if reason and (aside is None or reason.start() < aside.start()):
            aside = reason
    if aside and aside.start() > s:
        e = aside.start()  # "..., as both face pressure from X", "amid Y's invasion": background
    # "the two presidents discussed the situation in Yemen, Libya and Syria": what a meeting was
    # about names no party to it (but "discussed trade with Pakistan" names the partner)
    topic_span = None
    discussed = trigger_start is not None and DISCUSSED.match(text, trigger_start)
    if plover == "CONSULT" and discussed:
        partner = _WITH.search(text, discussed.end(), e)
        topic_span = (discussed.end(), partner.start() if partner else e)
    found: set[str] = set()
    for c in countries:
        if s <= c.start < e and c.entity_type == "COUNTRY":
            in_place = any(p.start <= c.start < p.end for p in places)
            opposed = plover in CONTEXT_TYPES and re.search(
                r"\b(?:against|threats?\s+(?:from|of|posed by)|to counter|to deter|countering|deterring)\s+"
                r"(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,2}$",
                text[max(s, c.start - 40) : c.start],
            )
            made_by = (
                c.via == "demonym"
                and plover not in MAKERS_TAKE_PART
                and MADE_THING.match(text, c.end, min(e, c.end + 40))
            )
            charged_with = plover == "ACCUSE" and ACCUSED_OF.search(text, s, c.start)
            reacting = REACTION_CLAUSE.search(text, s, c.start)  # "a pact that has alarmed the US"
            rival = re.search(  # "chose the French design over rival bids from Japan and Germany"
                r"\b(?:rival|competing|losing)\s+(?:bids?|offers?|designs?|bidders?|contenders?)\s+from\s+"
                r"(?:[\w,]+\s+){0,4}$|\bbeating\s+(?:[\w,]+\s+){0,4}$",
                text[max(s, c.start - 60) : c.start],
            )
            aside_of_person = trigger_start is not None and in_person_aside(
                text, s, e, c.start, trigger_start
            )
            topic = topic_span is not None and topic_span[0] <= c.start < topic_span[1]
            if not (
                in_place
                or opposed
                or made_by
                or charged_with
                or reacting
                or aside_of_person
                or rival
                or topic
            ):
                found.add(c.country_iso3)
    for x in people + orgs:
        if s <= x.start < e and x.country_iso3:
            found.add(x.country_iso3)
    if plover in (
        "AID",
        "SANCTION",
    ):  # "pledged 3 billion pounds in military support to Kyiv", "halted arms exports to Riyadh"
        found |= {
            p.iso3
            for p in places
            if s <= p.start < e and p.iso3 and text[max(0, p.start - 3) : p.start] == "to "
        }
        found |= {
            c.country_iso3
            for c in countries
            if s <= c.start < e and c.country_iso3 and text[max(0, c.start - 3) : c.start] == "to "
        }
        # "deployed a medical team to Tacloban": a town the gazetteer knows is in the state helped
        found |= {
            iso3
            for m in re.finditer(r"\bto\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)", text[s:e])
            if (iso3 := resolve(m.group(1))[0])
        }
    seg = text[s:e]
    found |= group_members(text, Sentence(sentence.index, s, e), countries)
    if plover in ("SANCTION", "PROTEST", "ACCUSE"):
        # "recalled its ambassador to Berlin", "its consul-general in Johannesburg": the state of the post
        found |= {iso3 for m in _ENVOY_POSTED.finditer(seg) if (iso3 := resolve(m.group(1))[0])}
    if BILATERAL_CUE.search(seg) and len(found) < 2 and (plover in CONTEXT_TYPES or RECIPROCAL.search(seg)):
        found |= set(main_pair)  # "the two sides met"; "each side accused the other" of any type
    if not found and (
        plover in CONTEXT_TYPES
        or (plover == "RETREAT" and (TROOPS_LEFT.search(seg) or re.search(r"(?i)disengag|pull-?back", seg)))
    ):
        found |= set(main_pair)  # "The last of the 76 soldiers flew out": the story's two states
    if (
        len(found) == 1
        and len(main_pair) == 2
        and found <= set(main_pair)
        and (plover not in UNILATERAL or _AT_THE_FRONTIER.search(seg))
        and not (plover in NEEDS_TWO_PARTIES and NON_STATE_TARGET.search(seg))
        and not (plover == "CONSULT" and VISIT.search(seg) and venue - found - {None})
        and not (plover == "REQUEST" and ONE_STATE_REQUEST.search(seg))  # "Georgia applied for EU membership"
        and not (  # "Nicaragua announced its withdrawal from the OAS": the bloc is the other side
            plover == "REJECT"
            and trigger_start is not None
            and re.match(r"(?:withdr|pull|leav|quit|exit)", text[trigger_start : trigger_start + 8], re.I)
            and bloc_in(text, Sentence(sentence.index, trigger_start, e))
        )
        # "ECOWAS suspended Guinea": the bloc is the other side, not the article's other state
        and not (
            plover == "SANCTION"
            and trigger_start
            and bloc_in(text, Sentence(sentence.index, s, trigger_start))
        )
    ):
        found |= set(main_pair)  # one side named, the article's other state implied
    if plover == "CONSULT" and VISIT.search(seg):
        found |= venue & set(main_pair) if main_pair else set()
    return {f for f in found if f}


# "sent 12,000 troops to its eastern border", "moved fighters to forward bases": a build-up facing the
# story's other state
_AT_THE_FRONTIER = re.compile(
    r"\b(?:to|along|on|near|at)\s+(?:the|its|their)\s+(?:[\w-]+\s+){0,2}?(?:borders?|frontiers?|forward\s+(?:areas|bases|positions))\b",
    re.I,
)
VISIT = re.compile(r"\bvisit(?:ed)?\s+(?:to\s+)?")  # a visit's host is where it went
TROOPS_LEFT = re.compile(r"\b(?:soldiers|troops|personnel|forces|contingent)\b")
RECIPROCAL = re.compile(r"\b(?:each other|one another|each side|the other side)\b|\bthe other\b", re.I)
# "flown strikes against communist and Islamist insurgents": the other side is no state, so the
# article's other state is not implied
NON_STATE_TARGET = re.compile(
    r"\b(?:against|on|at|fighting|battling|combating|combatting)\s+(?:[\w-]+\s+){0,4}?(?:insurgents?|insurgency|militants?|rebels?|terrorists?|"
    r"separatists?|jihadists?|gangs?|pirates?|guerrillas?|extremists?|traffickers?|smugglers?|cartels?)\b",
    re.I,
)


def event_direction(text, hit, countries, sentence, participants, plover):
    if plover not in NEEDS_TWO_PARTIES:
        return None, None
    before = [c for c in countries if sentence.start <= c.start < hit.start and c.entity_type == "COUNTRY"]
    after = [c for c in countries if hit.start <= c.start < sentence.end and c.entity_type == "COUNTRY"]
    source = before[-1].country_iso3 if before else None
    target = next((c.country_iso3 for c in after if c.country_iso3 != source), None)
    return source, target


def local_pair(
    paragraphs: tuple[tuple[int, int], ...],
    pos: int,
    mentions: tuple[EntityMention, ...],
    article_pair: tuple[str, ...],
    paragraph_starts: tuple[int, ...] = (),
    mention_starts: tuple[int, ...] = (),
) -> tuple[str, ...] | None:
    """The two states of the paragraph around ``pos`` and the one before it, when the article's
    own pair is not named there: in a news digest "the two sides" are the states of the item."""
    here = bisect.bisect_right(paragraph_starts, pos) - 1 if paragraphs else -1
    if here < 0 or pos > paragraphs[here][1]:
        return None
    start, end = paragraphs[max(here - 1, 0)][0], paragraphs[here][1]
    window = mentions[bisect.bisect_left(mention_starts, start) : bisect.bisect_left(mention_starts, end)]
    near = [m for m in window if m.country_iso3]
    named = {m.country_iso3 for m in near}
    if not named or set(article_pair) <= named:
        return None
    pair = main_pair(near, [], 0)
    return pair if len(pair) == 2 else None


def main_pair(
    countries: list[EntityMention], people: list[EntityMention], lead_end: int = 0
) -> tuple[str, ...]:
    """The two states an article is mostly about (see ``main_states``), sorted."""
    return tuple(sorted(main_states(countries, people, lead_end)[:2]))


def main_states(
    countries: list[EntityMention], people: list[EntityMention], lead_end: int = 0
) -> tuple[str, ...]:
    """The states an article is about, most told first: mentions counted, those in the headline
    and lead (before ``lead_end``) three times; the first mention breaks ties."""
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    for c in countries + people:
        if c.country_iso3 and c.entity_type in ("COUNTRY", "PERSON") and c.via not in ("half", "anaphor"):
            counts[c.country_iso3] += 3 if c.start < lead_end else 1
            first.setdefault(c.country_iso3, c.start)
    return tuple(sorted(counts, key=lambda k: (-counts[k], first[k])))


_ENVOY_POSTED = re.compile(
    r"\b(?:ambassadors?|envoys?|high\s+commissioners?|consuls?(?:-general)?|consuls?\s+general|"
    r"charg[eé]s?\s+d[’']affaires|diplomats?|embass(?:y|ies))\s+(?:to|in)\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)"
)
