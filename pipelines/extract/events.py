"""Event statements: a trigger word in a sentence, its modality, and its arguments.

For each sentence the extractor finds trigger words from the lexicon, drops those that are not
asserted (plans, hopes, scheduled or negated events, words inside quotations), keeps one
statement per event type (several for agreements listed with their own names), and attaches
the states taking part, the date, the place and the named object.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from pipelines.extract import lexicon
from pipelines.extract.dates import compatible
from pipelines.extract.objects import GENERIC_AGREEMENT_NOUNS, NamedObject
from pipelines.extract.places import Place
from pipelines.extract.records import DateMention, DateValue, EntityMention, EventRecord, Sentence

MODAL_BEFORE = re.compile(
    r"\b(?:will|would|shall|could|might|may|should|must|plans? to|planning to|aims? to|aiming to|"
    r"intends? to|intention to|intend|hopes? to|hoping to|expected to|expects? to|set to|poised to|"
    r"seeks? to|seeking to|wants? to|ready to|likely to|is to|are to|going to|proposed|potential|"
    r"possible|future|upcoming|prospective|ahead of|if|unless|vowed to|pledged to|promised to|"
    r"agreed to explore|paving the way for|pave the way for|enhanced|expanded|more|greater|deeper|"
    r"called for|calls for|urged|pledging|promising|vowing|whether|once|until)\b",
)
MODAL_AFTER = re.compile(
    r"^\W*(?:\w+\s+){0,3}?(?:scheduled|planned for|slated|set for|next (?:week|month|year)|later this|soon)\b",
    re.I,
)
NEGATION = re.compile(r"\b(?:not|never|no|n't|without|failed to|refused to|denied|declined to)\b", re.I)
OCCURRENCE_VERBS = re.compile(
    r"\b(?:held|hold|holds|took place|began|begun|kicked off|opened|concluded|conducted|engaged in|"
    r"made|completed|launched|staged|wrapped up|ended|underway|under way|in progress|continued|"
    r"resumed|attended|hosted|joined|participated|taking part|took part|are already|is already|"
    r"came|followed|had|announced|approved|unveiled|pledged|provided|sent|delivered|imposed|"
    r"carried out|launched|signed|agreed)\b",
    re.I,
)
BILATERAL_CUE = re.compile(
    r"\b(?:(?:two|both)\s+(?:countries|nations|sides|leaders|ministers|governments|democracies|"
    r"militaries|armies|navies|defen[cs]e ministries|defen[cs]e establishments|armed forces|partners|"
    r"states|defen[cs]e secretaries|allies)|bilateral|each other|their countries|the two)\b",
    re.I,
)
NON_STATE_SUBJECT = re.compile(
    r"\b(?:analysts?|experts?|observers?|critics?|commentators?|residents?|witnesses|fans|scholars|"
    r"economists?|investors?|activists?|protesters|demonstrators|supporters|opposition)\b",
    re.I,
)
ACCIDENT = re.compile(
    r"\b(?:accident|crash|crashed|collision|earthquake|flood|floods|storm|typhoon|hurricane|sank after|malfunction)\b",
    re.I,
)
LINKED_TO_LEAD = re.compile(
    r"\b(?:before|after|during|following|ahead of|on the sidelines of)\s+(?:\S+\s+){0,4}?"
    r"(?:signing|ceremony|talks|meeting|visit|event|signed|trip)\b|\b(?:the same day|that day|later that day|"
    r"earlier in the day|later in the day|on the same occasion)\b",
    re.I,
)
ATTRIBUTIVE_YEAR = re.compile(r"(?:\b(?:the|a|an|its|their|his|her|our|this|that)|[’']s)\s+$", re.I)
PRESENT_3RD = re.compile(
    r"(?:meets|signs|hosts|visits|expels|summons|deploys|seizes|invades|inks|ratifies|accuses|rejects|"
    r"withdraws|reimposes|delivers|buys|designates|recognises|recognizes|seals|annexes|threatens|test-fires|"
    r"concludes|sanctions)",
    re.I,
)
PAST_CUE = re.compile(r"\b(?:ago|previously|earlier|since|history|historic(?:al)? visit|first)\b", re.I)
AGREEMENT_NOUN = re.compile(rf"\b(?:{GENERIC_AGREEMENT_NOUNS})\b", re.I)
_QUOTE_PAIRS = [("“", "”"), ('"', '"'), ("‘", "’")]
NEEDS_TWO_PARTIES = {"SANCTION", "ACCUSE", "THREATEN", "COERCE", "ASSAULT", "PROTEST", "REJECT", "REQUEST"}
UNILATERAL = {"MOBILIZE"}
TROOPS = re.compile(
    r"\b(?:troops|soldiers|brigade|battalion|regiment|division|contingent|forces|marines|personnel)\b"
)
HOSTILE = re.compile(
    r"\b(?:border with|against|threat|tensions?|invade|invasion|offensive|front ?line|occupied|incursions?|"
    r"intrusions?|dispute|disputed|friction|territorial|exclusive economic zone|fishing boats)\b",
    re.I,
)
VERBAL = {"ACCUSE", "PROTEST", "THREATEN", "REJECT", "REQUEST"}
SHIP = re.compile(
    r"\b(?:ship|ships|vessel|vessels|warship|warships|destroyer|frigate|cutter|corvette|submarine|"
    r"carrier|cruiser|patrol boat|USS|HMS|INS|BRP|JS|HMAS|CSB)\b"
)
PORT_CALL = re.compile(r"\b(?:port call|port visit|berthed|docked|called at|goodwill visit)\b", re.I)
ASIDE = re.compile(
    r"\s+over\s+(?:its|their|the|arms|alleged)\b|\s+for\s+[a-z]+ing\b|\s+to\s+retaliate\b|\s+in\s+retaliation\b|\s+because\b|"
    r",\s+as\s|,\s+when\s|\s+to\s+discuss\s|\s+amid\s|,\s+while\s|\s+despite\s|\s+in response to\s|,\s+which\s|\s+[—–]\s+|,\s+at a time when\s"
)
ATTRIBUTION = re.compile(
    r",\s+(?:[^,]{0,60}?)\b(?:said|says|reported|announced|told reporters|stated)\b(?=\s*(?:,|[.!?]?$))"
    r"|,\s+according to\b[^,]{0,80}[.!?]?$"
)
CONTEXT_TYPES = {"AGREE", "CONSULT", "COOPERATE", "SUPPORT"}
_POS_RANK = {"verb": 0, "agreement": 1, "noun": 2}


@dataclass(frozen=True)
class TriggerHit:
    start: int
    end: int
    phrase: str
    pos: str
    plover: str
    cameo: str


@lru_cache(maxsize=1)
def _trigger_regex() -> tuple[re.Pattern[str], dict[str, list[lexicon.Trigger]]]:
    table: dict[str, list[lexicon.Trigger]] = {}
    for t in lexicon.triggers():
        table.setdefault(t.phrase.lower(), []).append(t)
    pattern = re.compile(rf"(?<![\w-])(?:{lexicon.alternation(list(table))})(?![\w-])", re.I)
    return pattern, table


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """Spans inside quotation marks of four or more words (speech, not scare quotes)."""
    spans = []
    for m in re.finditer(r"“([^”]{3,}?)”|\"([^\"\n]{3,}?)\"", text):
        inner = m.group(1) or m.group(2)
        if len(inner.split()) >= 4:
            spans.append((m.start(), m.end()))
    return spans


def find_triggers(text: str, sentence: Sentence) -> list[TriggerHit]:
    pattern, table = _trigger_regex()
    seg = text[sentence.start : sentence.end]
    hits = []
    for m in pattern.finditer(seg):
        readings = table[m.group(0).lower()]
        t = readings[0]
        if len(readings) > 1:
            deal_follows = AGREEMENT_NOUN.search(seg[m.end() : m.end() + 50])
            t = next((r for r in readings if (r.pos == "agreement") == bool(deal_follows)), readings[0])
        if t.plover == "ASSAULT" and m.group(0).lower().startswith("fire"):
            ahead = seg[m.end() : m.end() + 80]
            missile = re.search(r"\b(?:missiles?|rockets?)\b", ahead, re.I)
            if missile and not re.search(r"\bat\s+(?:the\s+)?[A-Z]", ahead):
                t = lexicon.Trigger(t.phrase, t.pos, "MOBILIZE", "150")  # a launch, not an attack on someone
        hits.append(
            TriggerHit(
                sentence.start + m.start(), sentence.start + m.end(), m.group(0), t.pos, t.plover, t.cameo
            )
        )
    return hits


def _clause_before(text: str, sentence: Sentence, pos: int) -> str:
    seg = text[sentence.start : pos]
    cut = max(seg.rfind(";"), seg.rfind(":"), seg.rfind(" — "), seg.rfind(" – "))
    return seg[cut + 1 :] if cut >= 0 else seg


def is_asserted(text: str, sentence: Sentence, hit: TriggerHit) -> bool:
    """False for planned, hoped-for, scheduled or negated events."""
    before = _clause_before(text, sentence, hit.start)
    window = " ".join(before.split()[-6:])
    modal = MODAL_BEFORE.search(window)
    if modal and not re.search(r"\b(?:had|has|have|was|were)\b", window[modal.end() :]):
        return False  # "will sign", "wants to restart talks"; but "would have been signed" is not a plan
    if NEGATION.search(" ".join(before.split()[-3:])) or re.search(
        r"\bno\s+(?:\S+\s+){0,5}$", " ".join(before.split()[-6:]) + " "
    ):
        return False  # "did not sign", "no agreement on it was signed"
    if hit.phrase.lower() in ("met", "meet") and re.search(
        r"\b(?:been|be|being|is|are|was|were)\s+$", before
    ):
        return False  # "the request has been met"
    if NON_STATE_SUBJECT.search(" ".join(before.split()[-10:])) and not re.search(
        r"\b(?:minist\w*|government|president|prime minister|army|navy|forces)\b",
        " ".join(before.split()[-6:]),
        re.I,
    ):
        return False  # "analysts warned": not a state acting
    if hit.plover == "ASSAULT" and ACCIDENT.search(text, sentence.start, sentence.end):
        return False  # "an accident that killed 53 crew"
    if (
        hit.pos in ("verb", "agreement")
        and PRESENT_3RD.fullmatch(hit.phrase)
        and not _headline_or_bullet(text, sentence)
    ):
        return (
            False  # in running text "when he meets" is to come; headlines and timelines use it for the past
        )
    if hit.phrase.lower() in ("recognised", "recognized") and re.search(r"\binternationally\s+$", before):
        return False  # "the internationally recognised government" describes, it does not happen
    if hit.phrase.lower() == "purchases" and not re.search(r"(?:^|[A-Z][\w.]*|\b(?:it|he|she))\s*$", before):
        return False  # "weapons purchases" is a noun, "India purchases" a verb
    after = text[hit.end : sentence.end]
    if hit.pos == "noun" and MODAL_AFTER.search(after[:60]):
        return False
    if hit.pos == "noun" and NOUN_MODIFIER.match(after):
        return False  # "the exercise area", "sanctions regime": the noun qualifies another
    if hit.pos == "noun" and re.search(
        r"\b(?:violations? of|breach(?:es)? of|violating|breaching|in line with|under|according to)\s+(?:the\s+|a\s+)?(?:\S+\s+){0,2}$",
        before,
    ):
        return False  # "in violation of the ceasefire": the ceasefire is context, not news
    if hit.pos == "noun":
        prev = before.split()[-1:] if before.split() else []
        if prev and prev[0].lower() in (
            "for",
            "to",
            "future",
            "further",
            "enhanced",
            "expanded",
            "greater",
        ):
            return False
    return True


def _noun_supported(
    text: str, sentence: Sentence, hit: TriggerHit, dates: list[DateMention], names: list[NamedObject]
) -> bool:
    """An event noun states an occurrence only with support: a date, a name, a determiner + verb."""
    seg = text[sentence.start : sentence.end]
    before = text[max(sentence.start, hit.start - 40) : hit.start]
    if hit.phrase[0].isupper() and hit.start != sentence.start:
        return True  # part of a name: "... Defence Ministers' Meeting"
    if any(sentence.start <= d.start < sentence.end for d in dates):
        return True
    if any(abs(n.start - hit.start) < 60 for n in names):
        return True
    if re.search(
        r"\b(?:held|hold|holds|holding|conducted|staged|launched|handed over|delivered|sent|dispatched|"
        r"shipped|provided|donated)\s+(?:\S+\s+){0,4}$",
        before,
    ):
        return True  # "held phone talks", "staged drills"
    if re.search(r"\b(?:impos\w*|slapp\w*|levied|levy|announced|put)\b", before):
        return True  # "decision to impose 50 percent tariffs"
    possessive = re.search(r"(?:\b(?:his|her|their|its|our)|\w[’']s)\s+(?:[\w\-]+\s+){0,4}$", before)
    after = text[hit.end : min(sentence.end, hit.end + 60)]
    if possessive or re.match(r"\s+(?:with|between)\s+[A-Z]|(?:\s+[\w,]+){1,5}?\s+between\s+[A-Z]", after):
        return True  # "Ortiz's meeting with Berg"
    determiner = re.search(r"\b(?:the|a|an|this|that)\s+(?:\S+\s+){0,4}$", before, re.I)
    if re.search(
        r"\b\d+(?:st|nd|rd|th)\s+(?:\S+\s+){0,3}$|\b(?:first|second|third|latest|annual|yearly)\s+(?:\S+\s+){0,3}$",
        before,
        re.I,
    ):
        return True  # "the 12th ... meeting", "their first joint exercise": a counted occurrence
    return bool(determiner and OCCURRENCE_VERBS.search(seg))


@dataclass(frozen=True)
class ArticleContext:
    """Everything found in an article that its sentences' events draw on."""

    text: str
    article_id: str
    dates: list[DateMention]
    countries: list[EntityMention]
    people: list[EntityMention]
    orgs: list[EntityMention]
    places: list[Place]
    agreements: list[NamedObject]
    generic_agreements: list[NamedObject]
    others: list[NamedObject]  # exercises, equipment, ships
    quotes: list[tuple[int, int]]
    main_pair: tuple[str, ...]
    reference: DateValue | None
    reference_year: int | None
    # the day of the article's lead event: what "before the signing" or "the same day" refers to
    anchor: DateValue | None = None
    paragraphs: tuple[tuple[int, int], ...] = ()  # spans of non-empty lines
    state_mentions: tuple[EntityMention, ...] = ()  # countries and people, by start
    paragraph_starts: tuple[int, ...] = ()
    mention_starts: tuple[int, ...] = ()


def sentence_events(ctx: ArticleContext, sentence: Sentence) -> list[EventRecord]:
    """All event statements of one sentence."""
    text, article_id, dates, countries = ctx.text, ctx.article_id, ctx.dates, ctx.countries
    people, orgs, places, agreements = ctx.people, ctx.orgs, ctx.places, ctx.agreements
    generic_agreements, others, quotes, main_pair = (
        ctx.generic_agreements,
        ctx.others,
        ctx.quotes,
        ctx.main_pair,
    )
    reference, reference_year = ctx.reference, ctx.reference_year
    s, e = sentence.start, sentence.end
    main_pair = (
        local_pair(
            ctx.paragraphs,
            s,
            ctx.state_mentions,
            main_pair,
            ctx.paragraph_starts,
            ctx.mention_starts,
        )
        or main_pair
    )
    inside = lambda items: [x for x in items if s <= x.start < e]  # noqa: E731
    sent_dates = [d for d in inside(dates) if _usable_date(text, d, reference_year)]
    sent_agreements = inside(agreements)
    sent_others = inside(others)
    hits = [h for h in find_triggers(text, sentence) if not any(a <= h.start < b for a, b in quotes)]
    kept: dict[tuple[str, int], TriggerHit] = {}
    clause_starts = [s] + [s + m.end() for m in CLAUSE_BREAK.finditer(text[s:e])]
    for h in hits:
        if h.pos == "agreement" and not (AGREEMENT_NOUN.search(text[s:e]) or sent_agreements):
            continue
        if not is_asserted(text, sentence, h):
            continue
        if h.pos == "noun" and not _noun_supported(text, sentence, h, dates, sent_agreements + sent_others):
            continue
        clause = max(i for i, c in enumerate(clause_starts) if c <= h.start)
        best = kept.get((h.plover, clause))
        if best is None or (_POS_RANK[h.pos], h.start) < (_POS_RANK[best.pos], best.start):
            kept[(h.plover, clause)] = h
    kept = _drop_context_mentions(text, kept, s)
    agreed = [h for h in kept.values() if h.phrase.lower() in ("agreed to", "agreed on")]
    if agreed:  # "agreed to jointly develop X": the agreement is the event, X its content
        kept = {k: h for k, h in kept.items() if not any(0 <= h.start - a.end <= 25 for a in agreed)}
    kept = _drop_complements(text, kept)
    if any(h.plover == "AID" for h in kept.values()):
        # "handed over 40 tonnes of food and medical supplies": the transfer is the aid
        kept = {k: h for k, h in kept.items() if not (h.plover == "COOPERATE" and h.pos == "verb")}
    kept = {
        k: h
        for k, h in kept.items()
        if not (
            h.phrase.lower() == "agreed to"
            and re.match(
                r"\s+(?:explore|consider|study|discuss|look into|work towards?)\b", text[h.end : h.end + 20]
            )
        )
    }
    if any(k[0] == "AGREE" and h.pos != "listed" for k, h in kept.items()):
        # "after months of negotiations, X signed", "had concluded talks": the talks led to the deal
        kept = {
            k: h
            for k, h in kept.items()
            if not (
                k[0] == "CONSULT"
                and h.pos == "noun"
                and h.phrase.lower() in ("talks", "negotiations", "discussions")
                and re.search(
                    r"(?:\b(?:months|years|weeks|rounds) of|concluded|completed|after)\s+(?:\S+\s+)?$",
                    text[max(s, h.start - 30) : h.start],
                    re.I,
                )
            )
        }
    if reference is not None and _only_future_dates(dates, s, e, reference):
        return []
    # agreements listed with their own year ("SOFA (1998)") are stated signings
    dated_agreements = [a for a in sent_agreements if a.year is not None] or [
        g
        for g in inside(generic_agreements)
        if g.year is not None and not MODAL_BEFORE.search(text[s : g.start])
    ]
    if not any(k[0] == "AGREE" for k in kept) and dated_agreements and AGREEMENT_NOUN.search(text[s:e]):
        first = dated_agreements[0]
        kept[("AGREE", 0)] = TriggerHit(first.start, first.end, first.name, "listed", "AGREE", "057")
    # "the 2021 understanding", "the 2020 war": a year that names a thing dates only that thing
    sent_dates = [
        d
        for d in sent_dates
        if not (
            d.date.precision == "year"
            and ATTRIBUTIVE_YEAR.search(text[max(0, d.start - 12) : d.start])
            and re.match(r"\s+[A-Za-z]", text[d.end : d.end + 3])
        )
        or any(0 <= h.start - d.end <= 30 for h in hits)
    ]
    date_owner = _assign_dates(text, sent_dates, list(kept.values()))
    headline_like = _title_case(text[s:e])

    records: list[EventRecord] = []
    for (plover, clause), hit in sorted(kept.items(), key=lambda kv: kv[1].start):
        c_start = clause_starts[clause]
        c_end = clause_starts[clause + 1] if clause + 1 < len(clause_starts) else e
        clause_span = Sentence(sentence.index, c_start, c_end)
        participants = _participants(
            text, clause_span, countries, people, orgs, places, main_pair, plover, hit.start
        )
        if len(participants) < 1 or (len(clause_starts) > 1 and len(participants) < 2):
            participants |= _participants(
                text, sentence, countries, people, orgs, places, main_pair, plover, hit.start
            )
        if not participants:
            continue
        if plover in NEEDS_TWO_PARTIES and len(participants) < 2 and not _bloc_in(text, clause_span):
            continue
        place = _nearest(inside(places), hit.start)
        if (
            plover == "MOBILIZE"
            and hit.cameo == "154"
            and len(participants) >= 2
            and not HOSTILE.search(text, s, e)
        ):
            # forces sent to another state's soil at its side: military cooperation
            plover, hit = "COOPERATE", TriggerHit(hit.start, hit.end, hit.phrase, hit.pos, "COOPERATE", "062")
        if (
            plover == "CONSULT"
            and hit.phrase.lower().startswith(("visit", "arriv"))
            and (SHIP.search(text, s, e) or TROOPS.search(text, s, e))
        ):
            plover, hit = "COOPERATE", TriggerHit(hit.start, hit.end, hit.phrase, hit.pos, "COOPERATE", "062")
        if (
            hit.cameo in ("042", "043", "062")
            and place
            and place.iso3
            and (plover == "CONSULT" or PORT_CALL.search(text, s, e) or SHIP.search(text, s, e))
        ):
            participants = participants | {place.iso3}  # the host of a visit or port call takes part
        actors = [p for p in inside(people) + inside(orgs)]
        if plover == "AGREE":
            objects = _agreement_objects(sent_agreements, hit)
            if not objects:
                generic = _nearest(inside(generic_agreements), hit.start, 80)
                thing = _nearest(sent_others, hit.start, 80)
                objects = [generic or thing]
            if headline_like:
                objects = [_unnamed(o) for o in objects]
        elif plover == "SANCTION":
            named_list = (
                _named_gathering(text, sentence, hit)
                if hit.phrase[0].isupper() and not headline_like
                else None
            )
            if named_list is not None:
                named_list = NamedObject(named_list.start, named_list.end, named_list.name, "measure")
            objects = [_measure(text, hit, e) or named_list]
        elif hit.pos == "noun" and hit.phrase[0].isupper() and not headline_like:
            objects = [_named_gathering(text, sentence, hit)]
        else:
            # equipment and exercises are what transfers, drills and negotiations are about;
            # a meeting or a visit is not "about" the aircraft named beside it
            about_things = plover in ("COOPERATE", "AID") or hit.cameo == "046"
            near = _nearest(sent_others, hit.start, 120) if about_things else None
            objects = [near]
        for obj in objects:
            own = [d for d in sent_dates if date_owner.get(d.start) in (None, hit.start)]
            date = _event_date(text, sentence, hit, obj, own, reference, ctx.anchor, sent_dates)
            start, end = s, e
            if sum(1 for k in kept if k[0] == plover) > 1:  # several of a type: cite the clause
                start, end = _trim_span(text, c_start, c_end)
            confidence = _confidence(hit, date, participants, obj)
            source, target = _direction(text, hit, countries, sentence, participants, plover)
            records.append(
                EventRecord(
                    article_id=article_id,
                    plover_type=plover,
                    cameo_code=hit.cameo,
                    trigger=hit.phrase,
                    trigger_start=hit.start,
                    start=start,
                    end=end,
                    sentence_index=sentence.index,
                    date=date,
                    countries=tuple(sorted(participants)),
                    location=place.name if place else None,
                    location_iso3=place.iso3 if place else None,
                    latitude=place.latitude if place else None,
                    longitude=place.longitude if place else None,
                    object_name=obj.name if obj else None,
                    object_named=bool(obj and obj.named),
                    object_kind=obj.kind if obj else None,
                    actors=actors,
                    confidence=confidence,
                    source_iso3=source,
                    target_iso3=target,
                    evidence=text[start:end],
                    recent=bool(RECENT_CUE.search(text[s:e]))
                    or (date is not None and date.precision == "day"),
                    reference_year=reference_year,
                )
            )
    return records


CLAUSE_BREAK = re.compile(
    r",\s+and\s+(?=[A-Z])|\s(?:followed|following|after|before|preceded|while|whereas)\s|;\s"
)
PRESENT_PERFECT = re.compile(r"\b(?:has|have)\s+(?:\w+ly\s+)?(?:been\s+)?[a-z]+ed\b")
RECENT_CUE = re.compile(
    r"\b(?:has|have)\s+(?:\w+\s+)?(?:signed|sealed|inked|concluded|agreed|met|held|imposed|sanctioned|"
    r"launched|begun|started|deployed)|\bon\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|"
    r"\b(?:this week|today|yesterday|newly|recently|latest|new|just)\b",
    re.I,
)


_MEASURE = re.compile(
    r"(?P<what>tariffs?|sanctions|duties|levies|embargo|export controls|restrictions)\s+on\s+"
    r"(?P<on>(?:[A-Z][\w\-]*\s+)?[\w\-]+(?:\s+(?:and|or)\s+[\w\-]+)?)"
)


def _measure(text: str, hit: TriggerHit, end: int) -> NamedObject | None:
    """What a sanction targets: "tariffs on Indian goods" (numbers and "additional" left out)."""
    m = _MEASURE.match(text, hit.start, end)
    if not m:
        return None
    name = f"{m.group('what').lower()} on {m.group('on')}"
    return NamedObject(m.start(), m.end(), name, "measure")


def _headline_or_bullet(text: str, sentence: Sentence) -> bool:
    """A headline (the first sentence, or a short line without a full stop) or a timeline bullet."""
    segment = text[sentence.start : sentence.end]
    if sentence.index == 0 or re.match(r"[\w\s.,]{0,25}\b(?:19|20)\d\d\s*[–—:-]", segment):
        return True
    line_start = text.rfind("\n", 0, sentence.start) + 1
    line_end = text.find("\n", sentence.end)
    line = text[line_start : len(text) if line_end < 0 else line_end].strip()
    return len(line) < 140 and not line.endswith(".")


def _bloc_in(text: str, span: Sentence) -> bool:
    """An international organisation acting as a party ("the EU imposed sanctions on Russia")."""
    return bool(lexicon.bloc_regex().search(text, span.start, span.end))


def _trim_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink a span to drop surrounding spaces and joining punctuation."""
    while start < end and (text[start].isspace() or text[start] in ",;:"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:"):
        end -= 1
    return start, end


def _only_future_dates(dates: list[DateMention], s: int, e: int, reference: DateValue) -> bool:
    """A sentence that dates its events only after the article's own date tells of plans."""
    inside = [d for d in dates if s <= d.start < e]
    return bool(inside) and all(d.date.value > reference.value for d in inside)


def _named_gathering(text: str, sentence: Sentence, hit: TriggerHit) -> NamedObject | None:
    """The name a capitalised event noun belongs to: "East Asia Summit", "Defence Ministers' Meeting"."""
    from pipelines.extract.objects import capitalised_phrases

    seg = text[sentence.start : sentence.end]
    for a, b in capitalised_phrases(seg):
        if a <= hit.start - sentence.start < b + 2:
            start = sentence.start + a
            end = max(sentence.start + b, hit.end)
            name = text[start:end]
            name = re.sub(r"^(?:The|At|In|On|During)\s+", "", name)
            return NamedObject(end - len(name), end, name, "event")
    return None


def _title_case(segment: str) -> bool:
    """Headline-like text (title case, no full stop), whose capitals do not mark names."""
    if segment.rstrip().endswith((".", "?", "!")):
        return False
    words = [w for w in re.findall(r"[A-Za-z][\w’'\-]*", segment) if len(w) > 3]
    return len(words) >= 4 and sum(w[0].isupper() for w in words) / len(words) >= 0.7


def _unnamed(obj: NamedObject | None) -> NamedObject | None:
    if obj is None:
        return None
    return NamedObject(obj.start, obj.end, obj.name, obj.kind, obj.acronym, obj.year, named=False)


def _assign_dates(text: str, dates: list[DateMention], hits: list[TriggerHit]) -> dict[int, int]:
    """Each date belongs to the nearest event trigger of the sentence (by start of date)."""
    owner: dict[int, int] = {}
    if len(hits) < 2:
        return owner

    def distance(d: DateMention, h: TriggerHit) -> int:
        a, b = sorted((d.start, h.start))
        breaks = len(re.findall(r"[,;]", text[a:b]))
        return min(abs(d.start - h.end), abs(h.start - d.end)) + 100 * breaks  # same clause first

    for d in dates:
        near = min(hits, key=lambda h: distance(d, h))
        owner[d.start] = near.start
    return owner


NOUN_MODIFIER = re.compile(
    r"\s+(?:area|areas|zone|zones|ground|grounds|site|sites|plan|plans|schedule|scenario|scenarios|"
    r"program|programme|season|period|budget|regime|capability|capabilities|package deal|"
    r"framework|mechanism|team|teams|venue|centre|center|room|hall|craft|helicopters?|submarines?|"
    r"aircraft|drones?|jets?|boats?|vessels?|dogs?|capability)\b"
)
_COMPLEMENT = re.compile(
    r"^\W*(?:\S+\s+){0,4}?(?:on|about|over|regarding|concerning|to|for|of)\s+(?:\S+\s+){0,4}?$"
)


_PURPOSE = re.compile(
    r"^[^.;]*?\bto\s+(?:resume|hold|conduct|set up|establish|launch|expand|deepen|start|begin|allow|enable|carry out)\s+(?:\S+\s+){0,3}?$"
)


def _drop_complements(text: str, kept: dict) -> dict:
    """ "talks on sanctions", "agreed to deploy", "a contract for the delivery of": the second
    event word is the topic of the first, not an event of its own."""
    heads = [h for h in kept.values() if h.plover in ("CONSULT", "AGREE", "ACCUSE") and h.pos != "listed"]
    out = {}
    for key, h in kept.items():
        topic_of = [
            a
            for a in heads
            if a is not h
            and (
                (0 <= h.start - a.end <= 45 and _COMPLEMENT.match(text[a.end : h.start]))
                or (
                    a.plover == "AGREE"
                    and 0 <= h.start - a.end <= 110
                    and _PURPOSE.match(text[a.end : h.start])
                )
            )
        ]
        if not topic_of:
            out[key] = h
    return out


def _drop_context_mentions(text: str, kept: dict, s: int) -> dict:
    """A named gathering after "on the sidelines of" / "during" is the setting of another event."""
    if len(kept) < 2:
        return kept
    out = {}
    for key, h in kept.items():
        before = text[max(s, h.start - 120) : h.start]
        if (
            h.pos == "noun"
            and re.search(
                r"\b(?:sidelines of|during|at|ahead of|coincided with)\s+(?:the\s+)?[^,.;]*$", before
            )
            and h.phrase[0].isupper()
        ):
            continue
        out[key] = h
    return out or kept


def stated_year(text: str, dates: list[DateMention]) -> int | None:
    """The latest year the article gives for something that happened: its "now" when undated."""
    years = [d.date.value.year for d in dates if not d.relative and _usable_date(text, d, None)]
    return max(years, default=None)


def _usable_date(text: str, d: DateMention, reference_year: int | None) -> bool:
    """Dates that can be when an event happened: not ranges' ends, not "through 2035"."""
    before = text[max(0, d.start - 12) : d.start].lower()
    if re.search(
        r"\b(?:through|until|till|by|to|over the next|beyond|end|ends|ending|run through|runs through|and)\s+$",
        before,
    ):
        return False
    return not (reference_year and d.date.value.year > reference_year)


def _agreement_objects(agreements: list[NamedObject], hit: TriggerHit) -> list[NamedObject]:
    """Named agreements of the sentence; several when they are listed with their own years."""
    if not agreements:
        return []
    with_years = [a for a in agreements if a.year is not None]
    if len(agreements) > 1 and (len(with_years) >= 2 or hit.pos in ("agreement", "verb", "listed")):
        return agreements
    return [min(agreements, key=lambda a: abs(a.start - hit.start))]


def _nearest(items: list, pos: int, max_distance: int | None = None):
    if not items:
        return None
    best = min(items, key=lambda x: abs(x.start - pos))
    if max_distance is not None and abs(best.start - pos) > max_distance:
        return None
    return best


def _event_date(
    text: str,
    sentence: Sentence,
    hit: TriggerHit,
    obj: NamedObject | None,
    dates: list[DateMention],
    reference: DateValue | None,
    anchor: DateValue | None = None,
    sentence_dates: list[DateMention] | None = None,
) -> DateValue | None:
    import datetime as dt

    if obj is not None and obj.year is not None:
        for d in dates:  # a more precise date of the same year in the sentence ("August 2024")
            if d.date.value.year == obj.year and d.date.precision != "year":
                return d.date
        return DateValue(dt.date(obj.year, 1, 1), "year")
    free = [d for d in dates if obj is None or not _inside_other_object(text, d)]
    if free:
        best = min(free, key=lambda d: (abs(d.start - hit.start), d.start))
        finer = [d for d in free if compatible(d.date, best.date) and _rank(d.date) > _rank(best.date)]
        return max(finer, key=lambda d: _rank(d.date)).date if finer else best.date
    segment = text[sentence.start : sentence.end]
    if sentence_dates:  # "signed in Hanoi in January 2024 during a state visit": one occasion
        return min(sentence_dates, key=lambda d: abs(d.start - hit.start)).date
    if reference is not None and sentence.index <= 2 and PRESENT_PERFECT.search(segment):
        return reference  # "China has sanctioned ..." in the lead: news of the publication day
    if anchor is not None and LINKED_TO_LEAD.search(segment) and not PAST_CUE.search(segment):
        return anchor  # "before the ceremony", "the same day": the lead event's day
    if reference is not None and not PAST_CUE.search(segment):
        return (
            DateValue(reference.value.replace(day=1), "month") if reference.precision == "day" else reference
        )
    return None


def _rank(d: DateValue) -> int:
    return {"year": 0, "month": 1, "day": 2}[d.precision]


def _inside_other_object(text: str, d: DateMention) -> bool:
    """A year inside brackets belongs to the item it follows ("SOFA (1998)"), not to the sentence."""
    return text[max(0, d.start - 1) : d.start] == "(" or bool(re.match(r"^\)", text[d.end : d.end + 1]))


def _participants(
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
    if aside and aside.start() > s:
        e = aside.start()  # "..., as both face pressure from X", "amid Y's invasion": background
    found: set[str] = set()
    for c in countries:
        if s <= c.start < e and c.entity_type == "COUNTRY":
            in_place = any(p.start <= c.start < p.end for p in places)
            opposed = plover in CONTEXT_TYPES and re.search(
                r"\bagainst\s+(?:the\s+)?$", text[max(s, c.start - 14) : c.start]
            )
            if not in_place and not opposed:
                found.add(c.country_iso3)
    for x in people + orgs:
        if s <= x.start < e and x.country_iso3:
            found.add(x.country_iso3)
    seg = text[s:e]
    if plover in CONTEXT_TYPES and BILATERAL_CUE.search(seg) and len(found) < 2:
        found |= set(main_pair)
    if not found and plover in CONTEXT_TYPES:
        found |= set(main_pair)
    if len(found) == 1 and len(main_pair) == 2 and found <= set(main_pair) and plover not in UNILATERAL:
        found |= set(main_pair)  # one side named, the article's other state implied
    if plover == "CONSULT" and re.search(r"\bvisit(?:ed)?\s+(?:to\s+)?", seg):
        found |= venue & set(main_pair) if main_pair else set()
    return {f for f in found if f}


def _direction(text, hit, countries, sentence, participants, plover):
    if plover not in NEEDS_TWO_PARTIES:
        return None, None
    before = [c for c in countries if sentence.start <= c.start < hit.start and c.entity_type == "COUNTRY"]
    after = [c for c in countries if hit.start <= c.start < sentence.end and c.entity_type == "COUNTRY"]
    source = before[-1].country_iso3 if before else None
    target = next((c.country_iso3 for c in after if c.country_iso3 != source), None)
    return source, target


def _confidence(
    hit: TriggerHit, date: DateValue | None, participants: set[str], obj: NamedObject | None
) -> float:
    """Documented in docs: explicit verbs, a date, two states and a named object raise it."""
    base = {"verb": 0.55, "agreement": 0.55, "listed": 0.5, "noun": 0.4}[hit.pos]
    if date is not None:
        base += 0.1 if date.precision == "day" else 0.05
    if len(participants) >= 2:
        base += 0.1
    if obj is not None and obj.named:
        base += 0.1
    return round(min(base, 0.95), 3)


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
    """The two states an article is mostly about: mentions counted, those in the headline and
    lead (before ``lead_end``) three times; the first mention breaks ties."""
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    for c in countries + people:
        if c.country_iso3 and c.entity_type in ("COUNTRY", "PERSON"):
            counts[c.country_iso3] += 3 if c.start < lead_end else 1
            first.setdefault(c.country_iso3, c.start)
    ranked = sorted(counts, key=lambda k: (-counts[k], first[k]))
    return tuple(sorted(ranked[:2]))
