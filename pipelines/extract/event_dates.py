"""When an event statement happened: its own date, the date of its sentence or lead, or none.

A year that names a thing ("the 2021 understanding") dates that thing; ranges' ends and future
dates are not when something happened; an undated statement takes the publication month.
"""

from __future__ import annotations

import re

from pipelines.extract.cues import (
    LINKED_TO_LEAD,
    PAST_CUE,
    PRESENT_PERFECT,
    SAME_DAY_ANYWHERE,
    SAME_DAY_OPENING,
)
from pipelines.extract.dates import MONTHS, NUMBER_WORD, compatible, count_word, shift_month
from pipelines.extract.objects import NamedObject
from pipelines.extract.records import DateMention, DateValue, Sentence, TriggerHit


def only_future_dates(dates: list[DateMention], s: int, e: int, reference: DateValue) -> bool:
    """A sentence that dates its events only after the article's own date tells of plans."""
    inside = [d for d in dates if s <= d.start < e]
    return bool(inside) and all(d.date.value > reference.value for d in inside)


# "Israel struck Iran on June 13 and the United States bombed three sites nine days later": a
# second subject with its own act begins a clause of its own
SECOND_SUBJECT = re.compile(
    r"\s+and\s+(?=(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}\s+(?:then\s+|later\s+)?"
    r"(?:bombed|struck|attacked|shelled|launched|fired|expelled|recalled|summoned|imposed|suspended|sent|deployed|"
    r"signed|withdrew|closed|seized|sanctioned|retaliated|responded|followed)\b)"
)
FINITE_PAST = re.compile(
    r"\b(?:[a-z]{3,}ed|struck|sent|began|held|met|fired|hit|shot|made|took|gave|withdrew|flew|led|broke|cut|sold|won)\b"
)


def assign_dates(text: str, dates: list[DateMention], hits: list[TriggerHit]) -> dict[int, int]:
    """Each date belongs to the nearest event trigger of the sentence (by start of date)."""
    owner: dict[int, int] = {}
    if len(hits) < 2:
        return owner

    def distance(d: DateMention, h: TriggerHit) -> int:
        a, b = sorted((d.start, h.start))
        breaks = (
            len(re.findall(r"[,;]", text[a:b]))
            + _verb_breaks(text, a, max(b, h.end))
            + sum(1 for m in SECOND_SUBJECT.finditer(text, a, b + 60) if m.start() < b)
        )
        return min(abs(d.start - h.end), abs(h.start - d.end)) + 100 * breaks  # same clause first

    for d in dates:
        near = min(hits, key=lambda h: distance(d, h))
        # "reopened the crossing for the first time since 1990, when the Kingdom severed relations":
        # the date a when-clause hangs on is the date of that clause's event
        when = [h for h in hits if h.start >= d.end and _WHEN_CLAUSE.fullmatch(text, d.end, h.start)]
        owner[d.start] = (when[0] if when else near).start
    return owner


_WHEN_CLAUSE = re.compile(r",?\s+when\b[^.;,]*")


# "signed a deal with Russia in 2017 and took delivery … in July 2019": a second verb phrase
# begins, and the date before it is the first one's
_AND_VERB = re.compile(
    r"\band\s+(?:then\s+|later\s+|also\s+)?(?:[a-z]+ed|took|made|held|met|signed|sent|began|gave|struck|set|won)\b"
    r"(?=[^,;.]*\b(?:(?:in|on)\s+(?:early\s+|mid-|late\s+)?(?:\d{1,2}\s+)?(?:January|February|March|April|May|"
    r"June|July|August|September|October|November|December|(?:19|20)\d\d|Monday|Tuesday|Wednesday|Thursday|"
    r"Friday|Saturday|Sunday)|(?:last|(?:earlier\s+)?this|later\s+that|the\s+previous|the\s+following)\s+"
    r"(?:week|month|year)|yesterday)\b)"
)  # … only when that phrase gives its own date ("met on July 28 and agreed to …" is one day)


def _verb_breaks(text: str, a: int, b: int) -> int:
    """How many "and <verb> … <its own date>" phrases begin between ``a`` and ``b``."""
    window = text[a : b + 200]  # the phrase's date may lie past ``b``
    return sum(1 for m in _AND_VERB.finditer(window) if m.start() < b - a)


def stated_year(text: str, dates: list[DateMention]) -> int | None:
    """The latest year the article gives for something that happened: its "now" when undated."""
    years = [
        d.date.value.year
        for d in dates
        if not d.relative
        and usable_date(text, d, None)
        and not _FUTURE.search(_sentence_before(text, d.start))
    ]
    return max(years, default=None)


# "Deliveries are expected to begin in 2020": a year still to come when the article was written
_FUTURE = re.compile(
    r"\b(?:will|shall|(?:is|are)\s+(?:expected|due|scheduled|slated|set)\s+to|plans?\s+to|planned\s+for)\b",
    re.I,
)


def _sentence_before(text: str, pos: int) -> str:
    start = max(text.rfind(". ", 0, pos), text.rfind("\n", 0, pos), pos - 200)
    return text[start + 1 : pos]


def usable_date(text: str, d: DateMention, reference_year: int | None) -> bool:
    """Dates that can be when an event happened: not ranges' ends, not "through 2035"."""
    before = text[max(0, d.start - 12) : d.start].lower()
    if re.search(
        r"\b(?:dates|dated|dating|go|goes|going|went|back)\s+(?:back\s+)?to\s+$",
        text[max(0, d.start - 24) : d.start],
    ):
        return True  # "the dispute dates to 2017, when ...": when it began, not the end of a span
    if re.search(
        r"\b(?:through|until|till|by|to|over the next|beyond|end|ends|ending|run through|runs through)\s+$",
        before,
    ) or (
        before.endswith("and ")
        and re.search(r"\b(?:between|from)\b", text[max(0, d.start - 40) : d.start], re.I)
    ):
        return False
    if (
        re.search(r"\bfrom\s+$", before)
        and re.match(r"\s*(?:to|until|till|through|[-–])\s", text[d.end : d.end + 10])
        and re.search(
            r"\b(?:each|every)\s+(?:year|summer|winter|spring|autumn)\b|\bannually\b",
            text[d.end : d.end + 60],
        )
    ):
        return False  # "from May 15 to October 15 each year": a recurring span, not a day something happened
    line_start = text.rfind("\n", 0, d.start) + 1
    if re.fullmatch(r"[A-Z][\w .'/-]{0,40},\s*", text[line_start : d.start]) and re.match(
        r"\s*(?:\(|[-–—])", text[d.end : d.end + 4]
    ):
        return False  # the dateline "DHAKA, Feb 6 (Agency) –" dates the report, not the event
    return not (reference_year and d.date.value.year > reference_year)


def _distance(text: str, d: DateMention, hit: TriggerHit) -> int:
    """Characters between a date and the trigger, a comma or semicolon between them counting as
    a long way ("left in March, under a schedule agreed on February 2": February is the deal's)."""
    a, b = (d.end, hit.start) if d.end <= hit.start else (hit.end, d.start)
    verbs = _verb_breaks(text, a, hit.end if d.end <= hit.start else b)
    # "Sheinbaum said Thursday that the agreement reached the day before …": the day of the saying
    speech = (
        d.end <= hit.start
        and _SAID_ON.search(text, max(0, d.start - 12), d.start)
        and re.match(r"\s+that\b", text[d.end : d.end + 6])
    )
    return max(0, b - a) + 100 * (len(re.findall(r"[,;]", text[a:b])) + verbs + (2 if speech else 0))


_SAID_ON = re.compile(r"\b(?:said|says|told\s+\w+|announced|stated)\s+(?:on\s+)?$")


def statement_date(
    text: str,
    sentence: Sentence,
    hit: TriggerHit,
    obj: NamedObject | None,
    dates: list[DateMention],
    reference: DateValue | None,
    anchor: DateValue | None = None,
    sentence_dates: list[DateMention] | None = None,
    narrative: DateValue | None = None,
) -> DateValue | None:
    """The statement's own date, else what its sentence, the lead or its paragraph's story gives.

    ``narrative`` is the last date told earlier in the same paragraph when that date is in the
    past of the report: "The pressure mounted that June. X sent a letter warning ..." tells of
    June; news of the report's own days keeps the publication month.
    """
    import datetime as dt

    later_step = re.search(
        r"instruments?\s+of\s+ratification|ratif|amend|entered\s+into\s+force|renew|extended|revis",
        text[hit.start : hit.end + 40],
        re.I,
    )
    # "A protocol amending the 1988 agreement ... was signed in October 2012": the year names the
    # agreement the act changes, not the act
    amended = (
        obj is not None
        and obj.year is not None
        and _CHANGES_AN_EARLIER.search(text, max(sentence.start, obj.start - 40), obj.start)
    )
    if (later_step or amended) and obj is not None and obj.year is not None:
        own = [
            d
            for d in dates
            if sentence.start <= d.start < sentence.end
            and d.date.value.year != obj.year
            and not obj.start <= d.start < obj.end
        ]
        if own:
            # "exchanged the instruments of ratification of the 1974 Land Boundary Agreement on
            # Saturday": the year names the treaty; the exchange has its own day
            return own[0].date
    if obj is not None and obj.year is not None:
        for d in dates:  # a more precise date of the same year in the sentence ("August 2024")
            if d.date.value.year == obj.year and d.date.precision != "year":
                return d.date
        return DateValue(dt.date(obj.year, 1, 1), "year")
    if narrative is not None and (
        SAME_DAY_OPENING.match(text, sentence.start, hit.start)
        and not any(sentence.start <= d.start < hit.start for d in dates)
        or SAME_DAY_ANYWHERE.search(text, sentence.start, sentence.end)
        and not any(sentence.start <= d.start < sentence.end for d in dates)
    ):
        return narrative  # "The same day, the leaders oversaw the signing of X, first signed in 2009"
    since = _TIME_SINCE.search(text[sentence.start : hit.start])
    if since and not dates and reference is not None and reference.precision == "day":
        # "A week after Japan and the Philippines agreed ...": counted back from the report's day
        n = count_word(since["n"])
        unit = since["unit"].lower().rstrip("s")
        if unit == "month":
            back = reference.value.replace(day=1) - dt.timedelta(days=28 * n - 14)
            return DateValue(back.replace(day=1), "month")
        return DateValue(reference.value - dt.timedelta(days=n * (7 if unit == "week" else 1)), "day")
    after = _AFTER_CLAUSE.search(text[sentence.start : hit.start])
    if after and not any(d.start >= sentence.start + after.start() for d in dates):
        # "Modi and Putin met on Friday, a day after Putin held talks with Xi": counted back from
        # the day of the main clause (or of the story's lead)
        unit = after["unit"].lower().rstrip("s")
        n = count_word(after["n"])
        told = [d.date for d in dates if sentence.start <= d.start < sentence.start + after.start()]
        if not told and sentence_dates:
            # "agreed yesterday to resume relations, three years after Kigali severed ties": the
            # main clause's date is its own act's, but the count starts from it
            told = [
                d.date for d in sentence_dates if sentence.start <= d.start < sentence.start + after.start()
            ]
        base = [d for d in told if d.precision == "day"]
        if unit == "year" and told:  # "frozen after the 2013 coup, a year after Morsi visited Ankara": 2012
            return DateValue(dt.date(told[-1].value.year - n, 1, 1), "year")
        if unit == "month" and [d for d in told if d.precision != "year"]:
            return shift_month([d for d in told if d.precision != "year"][-1].value, -n)
        day = base[-1] if base else anchor if anchor is not None and anchor.precision == "day" else None
        if unit in ("day", "week") and day is not None:
            return DateValue(day.value - dt.timedelta(days=n * (7 if unit == "week" else 1)), "day")
    free = [
        d
        for d in dates
        if (obj is None or not _inside_other_object(text, d))
        and not _of_what_it_came_after(text, d, hit)
        and not _since_of_participle(text, d, hit)
        and not _in_other_relative_clause(text, d, hit)
    ]
    not_since = [
        d  # "since 1961", "the first to visit since Calvin Coolidge in 1928"
        for d in free
        if not _SINCE_BEFORE.search(text, max(0, d.start - 48), d.start)
        # "building since January, when Macri and Cameron held talks": the when-clause's own day
        or (d.end <= hit.start and re.fullmatch(r",?\s+when\b[^.;]*", text[d.end : hit.start]))
        # "since Russia in July pulled out of the deal": "since" opens a clause whose verb the date dates
        or (d.end <= hit.start and re.fullmatch(r"\s+", text[d.end : hit.start]) is not None)
    ]
    if (
        len(not_since) < len(free)
    ):  # a "since" date is when a state began, not the event's day  # a "since" date is when a state began, never the event's day
        free = not_since  # "Since February 2022 ...: the signing of a contract on 5 April 2022"
    own = [d for d in free if not _of_later_participle(text, d, hit)]
    if own and len(own) < len(free):
        free = own
    elif hit.plover == "RETREAT" and not own:
        # "Havana released an agent ... and sent home three agents convicted in Miami in 2001",
        # "released the journalist, held since his arrest in February 2022": the date of the
        # people's past, not of their release
        free = [
            d for d in free if not _of_persons_past(text, d, hit)
        ]  # "In January 2026, Latvia took delivery of units ordered in 2023": 2023 is the order's
    unnamed = [d for d in free if not _year_of_a_name(text, d)]
    if len(unnamed) < len(free) and any(
        d.date.precision != "year" and re.search(r"\d{4}", text[d.start : d.end]) for d in unnamed
    ):
        free = unnamed  # "signed a declaration at Expo 2020 in Dubai in November 2021": November 2021
    explicit = [d for d in free if not _BEFORE_THE.fullmatch(text, d.start, min(len(text), d.end + 12))]
    if explicit and len(explicit) < len(free) and not any(d.start <= hit.start < d.end + 12 for d in free):
        # "On July 2, less than a week before the signing, X and Y met": "a week before" dates
        # the signing, July 2 the meeting
        free = explicit
    if free:
        best = min(free, key=lambda d: (_distance(text, d, hit), d.start))
        finer = [d for d in free if compatible(d.date, best.date) and _rank(d.date) > _rank(best.date)]
        chosen = max(finer, key=lambda d: _rank(d.date)) if finer else best
        reported = _REPORTED_EARLIER.search(text, sentence.start, hit.start)
        if chosen.date.precision == "day" and reported and chosen.end <= reported.start("that"):
            # "told MPs on Wednesday that A and B had signed the pact": the day is the telling's;
            # the signing was before it, in the same month as far as the text says
            return DateValue(chosen.date.value.replace(day=1), "month")
        return chosen.date
    segment = text[sentence.start : sentence.end]
    # "The Council, which had not met since 2016, convened ... and signed": an aside's "since" is
    # not the statement's
    main_clause = re.sub(r",\s+(?:which|who)\s+[^,;]*,", ",", segment)
    when_year = re.search(
        r"\b((?:19|20)\d\d)\s+(?:[\w-]+\s+){0,3}[\w-]+,\s+when\s+[^,;]*$", text[sentence.start : hit.start]
    )
    if when_year:  # "after Fiji's 2006 military coup, when New Zealand imposed travel bans"
        return DateValue(dt.date(int(when_year[1]), 1, 1), "year")
    if reference is not None and not sentence_dates and _UNDER_WAY.match(text, hit.end):
        return reference  # "negotiations are under way": a state as of the report's day
    came = _CAME_AFTER.search(text, sentence.start, hit.start)
    if (
        came
        and narrative is not None
        and narrative.precision == "day"
        and re.match(r"\W*(?:That|This)\s+", text[sentence.start : came.start()])
    ):
        anchor = narrative  # "Parliament voted on 26 February. That vote came three days after ...": that day
    if came and anchor is not None and anchor.precision == "day" and not sentence_dates:
        # "The deal came a day after Abiy flew in": counted back from the lead event's day
        unit = came["unit"].lower().rstrip("s")
        if unit == "year":  # "comes more than two years after Manila signed": that year, roughly
            back = count_word(came["n"]) if came["n"] else 1
            return DateValue(dt.date(anchor.value.year - back, 1, 1), "year")
        if unit == "month":
            return shift_month(anchor.value, -(count_word(came["n"]) if came["n"] else 1))
        if came["n"] is None:  # "came days after": some days back, within the month
            return DateValue(anchor.value.replace(day=1), "month")
        n = count_word(came["n"])
        days = n * (7 if came["unit"].startswith("week") else 1)
        return DateValue(anchor.value - dt.timedelta(days=days), "day")
    sentence_dates = [
        d
        for d in sentence_dates or []
        if not _since_of_participle(text, d, hit)
        # "the signing of the SIA, which builds on the ACSA (ACSA, 2017)": another agreement's year
        and not (
            obj is not None
            and obj.named
            and obj.kind == "agreement"
            and not 0 <= d.start - obj.end <= 8
            and _inside_other_object(text, d)
        )
        and not _of_what_it_came_after(text, d, hit)
        and not _in_other_relative_clause(text, d, hit)
        and not (hit.plover == "RETREAT" and _of_persons_past(text, d, hit))
        # "held a meeting … on the blockade imposed since June 5": a state's start, not a past act's
        # day; "has donated tanks since February 2023" is dated by it
        and not (
            _SINCE_BEFORE.search(text, max(0, d.start - 48), d.start)
            # "has donated tanks since February 2023": the trigger's own perfect, not "… have been
            # killed since Oct. 7" elsewhere in the sentence
            and not re.search(r"\b(?:has|have|had)\s+(?:\w+\s+){0,2}$", text[sentence.start : hit.start])
            # "a truce that has largely held since April 2022": the perfect of the trigger's own clause
            and not (
                d.start > hit.end
                and re.fullmatch(r"[^,;]*\b(?:has|have|had)\b[^,;]*", text[hit.end : d.start])
            )
        )
    ]
    opening = [
        d
        for d in sentence_dates or []
        if re.fullmatch(r"\W*(?:On|In|By|Early on)?\s*", text[sentence.start : d.start])
    ]
    if opening:  # "On Thursday, Qatar exercised an option …, and signed a letter of intent": that day
        return opening[0].date
    if sentence_dates:  # "signed in Hanoi in January 2024 during a state visit": one occasion
        return min(sentence_dates, key=lambda d: abs(d.start - hit.start)).date
    if reference is not None and sentence.index <= 2 and PRESENT_PERFECT.search(segment):
        if (
            anchor is not None
            and anchor.precision == "day"
            and reference.precision == "day"
            and 0 < (reference.value - anchor.value).days <= 6
        ):
            # "Morocco has severed relations with Iran. Bourita announced the decision on Tuesday":
            # the lead's news happened on the day the story's first sentences give
            return anchor
        return reference  # "China has sanctioned ..." in the lead: news of the publication day
    if (
        (narrative or anchor) is not None
        and LINKED_TO_LEAD.search(segment)
        and not PAST_CUE.search(main_clause)
    ):
        # "At the end of October, X recalled ... Y did so on the same day", "remarks made
        # during the trip": a paragraph telling of the past speaks of its own day, not the lead's
        return narrative or anchor  # "before the ceremony", "the same day": the lead event's day
    present = re.search(r"\b(?:is|are)\s+(?:being\s+|now\s+)?$", text[sentence.start : hit.start])
    if narrative is not None and not PAST_CUE.search(main_clause) and not present:
        return narrative  # but "X is being designated" is news of the report's own day
    if reference is not None and not PAST_CUE.search(main_clause):
        if (
            anchor is not None
            and reference.precision == "day"
            and anchor.precision == "day"
            and 0 <= (reference.value - anchor.value).days <= 7
        ):
            # a report of 1 April on a summit of 31 March: the story's own days are March's
            return DateValue(anchor.value.replace(day=1), "month")
        return (
            DateValue(reference.value.replace(day=1), "month") if reference.precision == "day" else reference
        )
    return None


def _of_what_it_came_after(text: str, d: DateMention, hit: TriggerHit) -> bool:
    """ "The talks came two weeks after a Chinese fighter intercepted a P-8 on May 26": the date
    is the earlier event's, not the talks'. So is "met ..., following their November 2023 summit", and
    "sanctioned 14 officials following the May 20 election"."""
    return d.start > hit.end and bool(
        (
            re.search(
                r"\b(?:following|after|since)\s+(?:their|the|its|his|her|an?)\s+(?:first\s+)?$",
                text[hit.end : d.start],
            )
            and re.match(
                r"\s+(?:[\w-]+\s+){0,2}?(?:summit|meeting|talks|visit|call|election|elections|vote|referendum|attack|attacks|coup|incident|clash|clashes|test|launch|crash|invasion)\b",
                text[d.end : d.end + 40],
            )
        )
        or _CAME_AFTER.search(text, hit.end, d.start)
        or re.search(
            r"\b(?:came|comes|followed|follows)\s+(?:just\s+|shortly\s+|soon\s+)?after\b",
            text[hit.end : d.start],
        )
    )


def _in_other_relative_clause(text: str, d: DateMention, hit: TriggerHit) -> bool:
    """ "At the talks, they praised the partnership, which was established in September 2016, and
    agreed ...": a date inside a which/who clause that the trigger is not in dates that clause."""
    if (
        hit.start > d.start
        and hit.pos == "verb"
        and re.fullmatch(r"\s*", text[d.end : hit.start])
        and re.search(
            r"\b[a-z]{3,}s\s+(?:that\s+|which\s+)?(?:it|they|[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s+[a-z]{3,}ed\b"
            r"[^,;.]{0,50}?\b(?:in|on)\s+(?:early\s+|late\s+|mid-)?$",
            text[max(0, d.start - 110) : d.start],
        )
    ):
        # "the last of the submarines Vietnam ordered from Russia in 2009 arrived in early 2017":
        # the year of the clause on the subject, not of the arrival
        return True
    if hit.start > d.start:
        # "On 27 September, at the end of a summit that began on 23 September and lasted five
        # days, the leaders signed ...": the date of a closed "that began" clause before the trigger
        return bool(
            re.search(
                r"\b(?:that|which)\s+(?:had\s+)?(?:began|begun|started|opened|ended|closed|convened)\s+(?:on|in)\s+$",
                text[max(0, d.start - 60) : d.start],
            )
            and "," in text[d.end : hit.start]
        )
    gap = text[hit.end : d.start]
    m = re.search(r",\s+(?:which|who)\s+(?:was|were|had been|has been|is|are)?\s*[^,;.]*$", gap) or re.search(
        r"\b[a-z]+\s+(?:that|which)\s+(?:began|started|ended|opened|dates?)\s+(?:in|on)\s+$", gap
    )  # "ending a selection process that began in 2021"
    if m is None:
        return False
    # "the 9th session, which was held in Beijing in November 2025": the trigger's own occurrence
    own = re.match(r"(?:\s+(?:of\s+)?(?:the\s+)?[\w'’-]+){0,6}$", gap[: m.start()]) and re.search(
        r"\b(?:held|conducted|staged|signed|concluded|took place|carried out|hosted|began|begun|started|opened|ended|closed)\b",
        m.group(0),
    )
    return not own


def _of_later_participle(text: str, d: DateMention, hit: TriggerHit) -> bool:
    """A date after the trigger that a participle of its own object carries ("units ordered in
    2023", "a pact signed in 2009")."""
    return d.start > hit.end and bool(
        re.search(
            r"\b[a-z]{3,}ed\s+(?:[\w'’-]+\s+){0,3}?(?:in|on)\s+(?:early\s+|late\s+|mid-)?$",
            text[max(hit.end, d.start - 45) : d.start],
        )
    )


_PERSONS_PAST = re.compile(
    r"\b(?:convicted|jailed|imprisoned|sentenced|held|detained|arrested|captured|abducted|seized|kidnapped|"
    r"arrest|capture|detention|abduction)\b[^.;]*$"
)


def _of_persons_past(text: str, d: DateMention, hit: TriggerHit) -> bool:
    """A date after a release that the released people's past carries ("agents convicted in
    Miami in 2001", "held since his arrest in February 2022")."""
    return d.start > hit.end and bool(_PERSONS_PAST.search(text, max(hit.end, d.start - 60), d.start))


def _since_of_participle(text: str, d: DateMention, hit: TriggerHit) -> bool:
    """ "agreed to reopen embassies closed since 2016": the date tells since when the embassies
    were closed, not when the agreeing happened."""
    return d.start > hit.end and bool(
        re.search(r"\b[a-z]+ed\s+since\s+$", text[max(0, d.start - 30) : d.start])
    )


# a sentence (or the lead after its dateline) that opens "A week after X ..." dates X from now
_TIME_SINCE = re.compile(
    rf"(?:\A|[\n.!?]\s*|\s(?:--|—|–|-)\s+)(?P<n>{NUMBER_WORD})\s+(?P<unit>days?|weeks?|months?)\s+after\s+[^,;]*$",
    re.I,
)
_AFTER_CLAUSE = re.compile(
    rf",\s+(?:just\s+|only\s+|barely\s+|nearly\s+|almost\s+|some\s+|about\s+|roughly\s+|more\s+than\s+)?"
    rf"(?P<n>{NUMBER_WORD})\s+(?P<unit>days?|weeks?|months?|years?)\s+after\s+(?:[^,;]*,\s[^,;]*,\s)?[^,;]*$",
    re.I,
)  # "a year after Morsi, then Egypt's president, visited Ankara": an aside may stand between
_SINCE_BEFORE = re.compile(r"\b[Ss]ince\s+(?:[A-Z][\w.-]*\s+){0,3}(?:in\s+)?$")
_BEFORE_THE = re.compile(
    rf"(?i:{NUMBER_WORD}\s+(?:days?|weeks?)\s+(?:before|after)\s+)(?:(?i:the|its|their|his|her)\b|[A-Z][\w-]+\b).*",
    re.S,
)
_REPORTED_EARLIER = re.compile(
    r"\b(?:said|told|announced|confirmed|stated|reported|revealed|disclosed)\b[^.;]*?\b(?P<that>that)\b[^.;]*\bhad\s+(?:\w+\s+)?$"
)
_UNDER_WAY = re.compile(
    r"\s+(?:[^,.;]{0,100}?\s)?(?:are|is)\s+(?:now\s+|already\s+|still\s+)?(?:under\s?way|in progress|ongoing|continuing)\b"
)
_CAME_AFTER = re.compile(
    r"\b(?:came|comes|come|followed)\s+(?:just\s+|only\s+|more\s+than\s+|nearly\s+|almost\s+|some\s+|about\s+)?"
    rf"(?:(?P<n>{NUMBER_WORD})\s+)?(?P<unit>days?|weeks?|months?|years?)\s+after\b",
    re.I,
)


def narrative_date(
    text: str,
    dates: list[DateMention],
    paragraph_start: int,
    sentence_start: int,
    reference: DateValue | None,
) -> DateValue | None:
    """The last usable date before the sentence in its paragraph, if it is before the report's month."""
    earlier = [
        d
        for d in dates
        if paragraph_start <= d.start < sentence_start
        and usable_date(text, d, None)
        and not _SINCE_BEFORE.search(text, max(0, d.start - 48), d.start)  # "sheltering since December"
        # "the 1923 Treaty of Lausanne": a year that names a thing, not the time the story is at
        and not (
            d.date.precision == "year"
            and re.search(r"\b(?:the|a|an|its|their|his|her)\s+$", text[max(0, d.start - 6) : d.start])
            and re.match(r"\s+[A-Z]", text[d.end : d.end + 3])
        )
    ]
    if not earlier:
        return None
    last = earlier[-1].date
    if reference is None:
        return last  # no report date to tell news from history: the story's own time
    current = (reference.value.year, reference.value.month) if reference.precision != "year" else None
    if (last.value.year, last.value.month) >= (current or (reference.value.year, 13)):
        return None
    if last.value > reference.value:
        return None
    return last


def section_date(text: str, dates: list[DateMention], pos: int) -> DateValue | None:
    """The day of a live blog's section: the last line before ``pos`` that is only a date
    ("Tue 21 Nov", "Wednesday, 22 November 2023"), which dates the entries under it."""
    best = None
    headers = 0
    for d in dates:
        if d.date.precision != "day":
            continue
        line_start = text.rfind("\n", 0, d.start) + 1
        line_end = text.find("\n", d.end)
        line_end = len(text) if line_end < 0 else line_end
        head = text[line_start : d.start]
        if not text[d.end : line_end].strip() and re.fullmatch(
            r"\s*(?:(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)[a-z]*\.?,?\s*)?", head
        ):
            headers += 1
            if d.start < pos:
                best = d.date
    return best if headers >= 2 else None  # one date line is a byline, not a blog's sections


_CHANGES_AN_EARLIER = re.compile(
    r"\b(?:amend(?:s|ed|ing)?|amendments?\s+to|protocol\s+to|extend(?:s|ed|ing)|extension\s+of|renew(?:s|ed|ing)|"
    r"renewal\s+of|revis(?:es|ed|ing)|revision\s+of|replac(?:es|ed|ing)|successor\s+to|updat(?:es|ed|ing))\s+"
    r"(?:the\s+|its\s+|their\s+)?$"
)
# capitalised words before a year that open a date, not a name ("In 2020", "Early 2021")
_BEFORE_A_DATE = frozenset(
    "In Since By From Until Of On At Early Late Mid Spring Summer Autumn Winter Fall".split()
)


def _year_of_a_name(text: str, d: DateMention) -> bool:
    """A bare year that ends a name ("Expo 2020", "Vision 2030", "Euro 2024"), after a
    capitalised word that is no month and does not open the sentence."""
    if not re.fullmatch(r"(?:19|20)\d\d", text[d.start : d.end]):
        return False
    m = re.search(r"(\S?)\s*\b([A-Z][A-Za-z]+)\s+$", text[max(0, d.start - 30) : d.start])
    return (
        bool(m)
        and m.group(2).lower() not in MONTHS
        and m.group(2) not in _BEFORE_A_DATE
        and m.group(1) not in (".", "\n", "")
    )


def _rank(d: DateValue) -> int:
    return {"year": 0, "month": 1, "day": 2}[d.precision]


def _inside_other_object(text: str, d: DateMention) -> bool:
    """A year inside brackets belongs to the item it follows ("SOFA (1998)"), not to the sentence."""
    return text[max(0, d.start - 1) : d.start] == "(" or bool(re.match(r"^\)", text[d.end : d.end + 1]))
