"""Date expressions in text, with precision, resolved against a reference date when relative.

Finds explicit dates ("October 31, 2025", "31 Oct 2025", "2025-10-31"), month-year
("December 1984"), bare years ("in 2016", "(2016)"), month-day without a year ("May 1",
resolved to the reference year), weekdays ("on Friday": the latest such day on or before the
reference date), and "yesterday", "last month", "last year", "this year", "the following month"
(relative to the previous date stated in the text). Explicit day dates are parsed by dateparser.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from pipelines.extract.coverage import Coverage
from pipelines.extract.records import DateMention, DateValue

MONTHS = {
    m.lower(): i
    for i, names in enumerate(
        [
            ("January", "Jan"),
            ("February", "Feb"),
            ("March", "Mar"),
            ("April", "Apr"),
            ("May",),
            ("June", "Jun"),
            ("July", "Jul"),
            ("August", "Aug"),
            ("September", "Sep", "Sept"),
            ("October", "Oct"),
            ("November", "Nov"),
            ("December", "Dec"),
        ],
        start=1,
    )
    for m in names
}
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

_MON = (
    r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|Aug(?:ust|\.)?|Sep(?:t(?:ember|\.)?|\.)?|"
    r"Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?|"
    # capitals of release headers ("Posted On: 15 APR 2024")
    r"JAN(?:UARY)?|FEB(?:RUARY)?|MAR(?:CH)?|APR(?:IL)?|MAY|JUNE?|JULY?|AUG(?:UST)?|SEPT?(?:EMBER)?|OCT(?:OBER)?|"
    r"NOV(?:EMBER)?|DEC(?:EMBER)?)"
)
_YEAR = r"(?:1[89]\d\d|20\d\d)"
NUMBER_WORD = (
    r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
    r"sixteen|seventeen|eighteen|nineteen|twenty|\d{1,2})"
)
_NUMBERS = {
    w: i
    for i, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
        "sixteen seventeen eighteen nineteen twenty".split()
    )
} | {
    "a": 1,
    "an": 1,
}
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso", re.compile(rf"\b({_YEAR})-(\d\d)-(\d\d)\b")),
    ("mdy", re.compile(rf"\b({_MON})[ \t]+(\d{{1,2}})(?:st|nd|rd|th)?,?[ \t]+({_YEAR})\b")),
    ("dmy", re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?[ \t]+(?:of[ \t]+)?({_MON}),?[ \t]+({_YEAR})\b")),
    # "on 19 Jan 23", "16 to 26 Jan 23": government releases that write the year in two digits;
    # not a count ("on 5 May 10 soldiers died") and not a clock time
    (
        "dmy2",
        re.compile(
            rf"\b(\d{{1,2}})[ \t]+({_MON})[ \t]+(\d\d)\b(?![:.,/]?\d)"
            r"(?![ \t]+(?:(?!was\b|has\b|is\b)[a-z]+s|people|men|women|police|personnel)\b)"
        ),
    ),
    ("my", re.compile(rf"\b({_MON}),?[ \t]+(?:of[ \t]+)?({_YEAR})\b")),
    (
        "year",
        re.compile(
            rf"(?<![\d$£€.,/-])({_YEAR})(?![\d%s]|\s*(?:percent|per cent|billion|million|troops|tanks|units))"
        ),
    ),
    (
        # "On October 5 of that year", "5 October the following year": a day of the year told before
        "day_rel",
        re.compile(
            rf"\b(?:({_MON})\s+(\d{{1,2}})(?:st|nd|rd|th)?|(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({_MON}))"
            r",?\s+(?:of\s+)?(that|the same|the following|the next|the previous|last|this|next)\s+year\b"
        ),
    ),
    (
        # "last autumn", "this summer": the year of the season (its months are not known exactly)
        "season",
        re.compile(r"\b(last|this|past)\s+(spring|summer|autumn|fall)\b", re.I),
    ),
    (
        # "May of that year", "in December last year", "March the following year": found before
        # days without a year, which may take its year ("In February last year ... on 6 February")
        "mon_rel",
        re.compile(
            rf"\b({_MON})\s+(?:of\s+)?(that|the same|the following|the next|the previous|last|this|next)\s+year\b"
        ),
    ),
    ("md", re.compile(rf"\b({_MON})[ \t]+(\d{{1,2}})(?:st|nd|rd|th)?\b(?![ \t]*,?[ \t]*\d)")),
    (
        "dm",
        re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?[ \t]+(?:of[ \t]+)?({_MON})\b(?!,?[ \t]*(?:of[ \t]+)?\d)"),
    ),
    (
        "mon",
        re.compile(
            rf"\b(?:(?:[Ll]ast|[Ii]n|[Tt]his|[Ee]arly|[Ll]ate|[Mm]id|[Ss]ince|(?:end|beginning|start|middle)\s+of)\s+(?:mid-\s?)?|[Mm]id-\s?)({_MON})\b"
            r"(?!\.?[ \t]*,?[ \t]*(?:of[ \t]+)?\d)"
            r"(?!\s+(?:of\s+)?(?:that|the same|the following|the next|the previous|last|this|next)\s+year\b)"
        ),
    ),
    # "after his June summit with Biden", "responsible for the November attack", "after the September
    # strikes": a month that names an event it dates
    (
        "mon",
        re.compile(
            rf"\b(?:[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Tt]he)\s+({_MON})(?=\s+(?:summit|visit|trip|tour|talks|meeting|"
            r"attacks?|strikes?|air\s*strikes?|raids?|clashes|invasion|offensive|coup|elections?|vote|referendum|"
            r"agreement|deal|accord|ceasefire|truce|decision|announcement|ruling|crackdown|incident|sanctions)\b)"
        ),
    ),
    (
        "weekday",
        re.compile(r"\b(?:[Oo]n\s+|[Ll]ast\s+)?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"),
    ),
    (
        "that_mon",
        re.compile(
            rf"\b(?:[Tt]hat|[Tt]he same|[Tt]he following|[Tt]he next)\s+({_MON})\b(?!\.?[ \t]*,?[ \t]*(?:of[ \t]+)?\d)"
        ),
    ),
    (
        "shift",
        re.compile(
            # not "less than a month after the earthquakes": no day is said
            rf"(?<!less than )(?<!more than )(?<!nearly )(?<!almost )(?<!within )"
            rf"\b(?P<n>{NUMBER_WORD})\s+(?P<unit>days?|weeks?|months?)\s+(?P<dir>later|earlier|after|before|afterwards)\b",
            re.I,
        ),
    ),
    (
        # "a year ago", "two months ago", "three weeks ago": counted back from the publication day
        "ago",
        re.compile(
            rf"\b(?P<n>{NUMBER_WORD})\s+(?P<unit>days?|weeks?|months?|years?)\s+ago\b",
            re.I,
        ),
    ),
    (
        "relword",
        re.compile(
            r"\b(yesterday|today|this morning|this afternoon|this evening|tonight|earlier today|later today|(?:at|over)\s+the\s+weekend|last weekend|last week|this week|earlier this week|earlier in the week|last month|last year|this year|this month|earlier this month|earlier this year|the following month|the following year|the previous year|the previous month|a year later|a month later|the same day|that day|the next day|the following day|a day later|the day before|the previous day|"
            r"(?:later|earlier)\s+that\s+(?:day|month|year)|(?:later|earlier)\s+in\s+the\s+day|that\s+(?:month|year|evening|night|morning|afternoon)|the same (?:month|year)|"
            r"hours\s+(?:earlier|later|(?:before|after)(?!\s+(?:the|a|an|his|her|its|their)\b))|within\s+days|days\s+(?:later|earlier|afterwards)|"
            r"(?:a\s+few\s+|several\s+)?(?:weeks|months)\s+(?:later|afterwards))\b",
            re.I,
        ),
    ),
]


def _year_before(text: str, found: list[DateMention], pos: int) -> int | None:
    """The story's year at ``pos`` when no publication date is known.

    That is the year of the last full date (month and year written out) of the same paragraph, or
    else the latest year of the full dates before it. Background history comes in earlier years,
    so "met on January 19", after "in April 2022" and "on January 11, 2023", is in 2023.
    """
    full = [d for d in found if d.start < pos and not d.relative and d.date.precision in ("day", "month")]
    if not full:
        return None
    paragraph_start = text.rfind("\n", 0, pos) + 1
    in_paragraph = [d for d in full if d.start >= paragraph_start]
    if in_paragraph:
        return max(in_paragraph, key=lambda d: d.start).date.value.year
    return max(d.date.value.year for d in full)


def _month(token: str) -> int:
    return MONTHS[token.lower().rstrip(".")]


@lru_cache(maxsize=4096)
def _parse_day(text: str) -> dt.date | None:
    """Parse an explicit day date with dateparser (strict: day, month and year required)."""
    import dateparser

    parsed = dateparser.parse(
        text,
        languages=["en"],
        settings={
            "STRICT_PARSING": True,
            "REQUIRE_PARTS": ["day", "month", "year"],
            "RETURN_AS_TIMEZONE_AWARE": False,
        },
    )
    return parsed.date() if parsed else None


def _shift_month(d: dt.date, months: int) -> dt.date:
    y, m = divmod(d.year * 12 + d.month - 1 + months, 12)
    return dt.date(y, m + 1, 1)


# "officials said on Friday.": the day of an earlier sentence's telling, which "the same day"
# does not count from (in the same sentence it does: "said Thursday that ... the day before")
SAID_ON = re.compile(r"\b(?:said|say|says|told\s+\w+)\s+(?:on\s+)?$")


def _anchors(text: str, found: list[DateMention], pos: int) -> list[DateMention]:
    """Dates before ``pos`` that a story-relative phrase can count from: not deadlines
    ("unless it gave up the purchase by July 31")."""
    ends = {d.end for d in found}
    return [
        d
        for d in found
        if d.end <= pos
        and not _after_bracketed_date(text, ends, d.start)
        and not re.search(r"\b(?:by|until|till|before|deadline of)\s+$", text[max(0, d.start - 12) : d.start])
        and not (
            re.search(r",\s+who\s+[^,;.]*$", text[max(0, d.start - 60) : d.start])
            and re.match(r"[^.;!?]*,", text[d.end : d.end + 200])  # an aside closed before the main verb
        )
        and not re.search(r"\b[Ss]ince\s+$", text[max(0, d.start - 7) : d.start])  # "broken since 1961"
    ]  # nor the date of an aside ("X, who arrived on Sunday night, ...")


def _story_year(
    text: str, found: list[DateMention], pos: int, day: dt.date, reference: dt.date, by_year: bool = False
) -> dt.date:
    """ "contracts followed on Aug. 26, 2022 ... A contract was signed on Sept. 16": a day
    without a year, in a paragraph telling of an earlier year, is in that year when it falls
    within months after the date the paragraph last gave. A day that would otherwise lie after
    the report looks further back, to the last full date of the text."""

    def told_before(start: int) -> list[DateMention]:
        return [
            d
            for d in found
            if start <= d.start
            and d.end <= pos
            and (
                not d.relative or d.date.value.year < reference.year
            )  # a day already put in the story's year
            and not re.search(r"\b[Ss]ince\b[^,;.]{0,60}$", text[max(0, d.start - 70) : d.start])
        ]

    def anchors(told: list[DateMention]) -> list[DateMention]:
        # "In June 2017 ... On June 5": a month stated with its year anchors days of that month
        return [
            d
            for d in told
            if d.date.precision == "day"
            or (d.date.precision == "month" and d.date.value.month == day.month)
            # "The turn came in the summer of 2021. On 18 August, ...": the year the sentence
            # just before set, when nothing else was dated since
            or (  # a day of recent weeks is the news, whatever year the sentence before told
                by_year
                and (reference - day).days > 120
                and d is told[-1]
                and d.date.precision == "year"
                and pos - d.end < 80
                and re.search(
                    r"\b(?:[Ii]n|of|[Dd]uring)\s+(?:early\s+|late\s+|mid-?)?$",
                    text[max(0, d.start - 12) : d.start],
                )
                and re.fullmatch(r"[^.;!?]*[.;!?]\s+(?:[Oo]n\s+)?", text[d.end : pos])
            )
            # "In 2020, Azerbaijan retook the districts in a war that ended on November 10", "contrasts
            # with 2018, when Abe attended the opening in February": a year set at the head of the
            # same sentence dates the days and months told after it
            or (
                d is told[-1]
                and d.date.precision == "year"
                and pos - d.end < 200
                and (
                    # the sentence opens with the year ("In 2020, ...")
                    re.search(r"(?:^|[.;!?]\s+|\n)(?:In|During|By)\s+$", text[max(0, d.start - 12) : d.start])
                    and text[d.end : d.end + 1] == ","
                    or text[d.end : d.end + 7] == ", when "  # "with 2018, when ..."
                )
                and re.fullmatch(r"[^.;!?]*", text[d.end : pos])
            )
        ]

    in_paragraph = told_before(0 if day > reference else text.rfind("\n", 0, pos) + 1)
    earlier = anchors(in_paragraph)
    if not in_paragraph and (reference - day).days > 120:
        # "In June 2017 the quarrel became a blockade. ... ¶ And on June 14, Qatar signed":
        # a day told without a year is news of recent months; one many months back, in a
        # paragraph that gives no date of its own, continues the story of the last date given
        before = told_before(0)
        earlier = anchors(before[-1:])
    if not earlier:
        return day
    latest = max(earlier, key=lambda d: d.start).date
    last = latest.value
    if last.year >= day.year:
        return day
    if latest.precision == "year":
        try:
            return day.replace(year=last.year)
        except ValueError:
            return day
    for year in (last.year, last.year + 1):  # "On December 17, 2014 ... Weeks later, on May 29"
        if year >= day.year:
            break
        try:
            candidate = day.replace(year=year)
        except ValueError:
            return day
        # "applied on 3 March 2022 ... Kyiv had submitted its own on 28 February": a pluperfect looks back weeks
        earliest = -31 if re.search(r"\bhad\s+(?:\w+\s+){0,6}$", text[max(0, pos - 80) : pos]) else 0
        if dt.timedelta(days=earliest) <= candidate - last <= dt.timedelta(days=183):
            return candidate
    return day


def find_dates(text: str, reference: dt.date | None) -> list[DateMention]:
    """All date expressions, left to right, without overlaps (longer, more precise forms win)."""
    taken = Coverage(len(text))
    found: list[DateMention] = []

    for kind, pat in _PATTERNS:
        for m in pat.finditer(text):
            a, b = m.span()
            if not taken.is_free(a, b):
                continue
            value: DateValue | None = None
            relative = False
            try:
                if kind == "iso":
                    value = DateValue(dt.date(int(m[1]), int(m[2]), int(m[3])), "day")
                elif kind in ("mdy", "dmy", "dmy2"):
                    day = _parse_day(m.group(0))
                    if (
                        day
                        and kind == "dmy2"
                        and reference is not None
                        and abs(day.year - reference.year) > 30
                    ):
                        continue
                    if (
                        day
                        and kind in ("dmy", "dmy2")
                        and re.search(r"\b\d{1,2}\s*(?:[-–]|and|to)\s*$", text[max(0, a - 12) : a])
                    ):
                        value = DateValue(
                            day.replace(day=1), "month"
                        )  # "3-4 November 2023": a span, its month
                    elif day:
                        value = DateValue(day, "day")
                elif kind == "my":
                    value = DateValue(dt.date(int(m[2]), _month(m[1]), 1), "month")
                elif kind in ("md", "dm") and (reference is not None or _year_before(text, found, a)):
                    mon, day_s = (m[1], m[2]) if kind == "md" else (m[2], m[1])
                    if mon.lower() == "may" and kind == "md" and not re.match(r"May\s+\d", m.group(0)):
                        continue
                    if (
                        kind == "md"
                        and re.search(r"(?<![.!?]\s)(?<!^)\b[A-Z][a-z]+\s+$", text[max(0, a - 20) : a])
                        and not re.search(
                            r"\b(?:On|By|Since|Until|From|Through|Before|After|Early|Late|Mid|Last|Next|This|Monday|Tuesday|"
                            r"Wednesday|Thursday|Friday|Saturday|Sunday)\s+$",
                            text[max(0, a - 20) : a],
                        )
                    ):
                        continue  # "the supply boat Unaizah May 4": a name ending in a month and a number
                    if reference is None:  # no publication date: the year the text last stated
                        day = dt.date(_year_before(text, found, a), _month(mon), int(day_s))
                        value = DateValue(day, "day")
                        relative = True
                        taken.add(a, b)
                        found.append(DateMention(a, b, value, relative))
                        continue
                    day = dt.date(reference.year, _month(mon), int(day_s))
                    if day > reference + dt.timedelta(days=7):
                        day = day.replace(year=reference.year - 1)  # "on 12 June" read in March
                    day = _story_year(text, found, a, day, reference, by_year=True)
                    value = DateValue(day, "day")
                    relative = True
                elif kind == "mon" and reference is not None:
                    month = _month(m[1])
                    year = reference.year
                    last = m.group(0).lower().startswith("last")
                    if month > reference.month or (last and month == reference.month):
                        year -= 1
                    if m.group(0).lower().startswith("this") and month > reference.month:
                        year += 1
                    first = dt.date(year, month, 1)
                    if not re.match(r"(?:last|this|since)\b", m.group(0), re.I):
                        # "in early July", of 2017; but "since January" runs to the report's day
                        first = _story_year(text, found, a, first, reference)
                    value = DateValue(first, "month")
                    relative = True
                elif (
                    kind == "mon"
                    and reference is None
                    and _year_before(text, found, a)
                    and not re.match(r"(?:last|this)\b", m.group(0), re.I)
                ):
                    # no publication date: "in early July" after "June 5, 2017" is in the story's year
                    value = DateValue(dt.date(_year_before(text, found, a), _month(m[1]), 1), "month")
                    relative = True
                elif kind == "year":
                    value = DateValue(dt.date(int(m[1]), 1, 1), "year")
                elif kind == "weekday" and reference is not None:
                    back = (reference.weekday() - WEEKDAYS.index(m[1].lower())) % 7
                    if m.group(0).lower().startswith("last") and back == 0:
                        back = 7
                    value = DateValue(reference - dt.timedelta(days=back), "day")
                    relative = True
                elif kind == "that_mon":  # "that June": the month in the year the story is telling of
                    prior = _anchors(text, found, a)
                    if prior:
                        prev = max(prior, key=lambda d: d.start).date.value
                        month = _month(m[1])
                        year = prev.year + (
                            1
                            if not m.group(0).lower().startswith(("that", "the same")) and month <= prev.month
                            else 0
                        )
                        value = DateValue(dt.date(year, month, 1), "month")
                        relative = True
                elif kind == "day_rel":
                    mon, day_s = (m[1], m[2]) if m[1] else (m[4], m[3])
                    month = _month_of_year(mon, m[5].lower(), reference, _anchors(text, found, a))
                    value = DateValue(month.value.replace(day=int(day_s)), "day") if month else None
                    relative = False  # a full date once resolved: later "the following day" counts from it
                elif kind == "season" and re.search(r"\bsince\s+$", text[max(0, a - 7) : a], re.I):
                    value = None  # "has grown since last autumn": when a state began, not an act
                elif kind == "season" and reference is not None:
                    last_month = {"spring": 5, "summer": 8, "autumn": 11, "fall": 11}[m[2].lower()]
                    if m[1].lower() == "this":
                        year = reference.year
                    else:  # the last season that has ended (or begun, for "past")
                        year = reference.year if reference.month > last_month else reference.year - 1
                    value = DateValue(dt.date(year, 1, 1), "year")
                    relative = True
                elif kind == "mon_rel":
                    value = _month_of_year(m[1], m[2].lower(), reference, _anchors(text, found, a))
                    relative = True
                elif kind == "ago" and reference is not None:
                    value = _ago(reference, count_word(m["n"]), m["unit"].lower().rstrip("s"))
                    relative = True
                elif kind == "shift":
                    value = _shift_days(text, m, _anchors(text, found, a))
                    relative = True
                elif kind == "relword":
                    told = [
                        d
                        for d in _anchors(text, found, a)
                        if not (
                            SAID_ON.search(text, max(0, d.start - 24), d.start)
                            and re.search(r"[.!?]\s", text[d.end : a])
                        )
                    ]
                    value = _relative_word(m[1].lower(), reference, told)
                    relative = True
            except ValueError:
                value = None
            if value is not None:
                taken.add(a, b)
                since = re.match(r"[Ss]ince\s+", m.group(0))
                if since:  # "since January": the month alone, so "since" stays before it for the filters
                    a += since.end()
                found.append(DateMention(a, b, value, relative))
    found.extend(_second_months(text, found, taken))
    found.sort(key=lambda d: d.start)
    return [
        d
        for i, d in enumerate(found)
        if not _bracketed_alternative(text, found, i) and not _model_number(text, d)
    ]


def _second_months(text: str, found: list[DateMention], taken: Coverage) -> list[DateMention]:
    """ "talks in July and August": the second month shares the first one's "in" and year."""
    out = []
    for d in found:
        if d.date.precision != "month":
            continue
        m = re.compile(rf"\s+and\s+({_MON})\b(?![ \t]*,?[ \t]*(?:of[ \t]+)?\d)").match(text, d.end)
        if m is None or not taken.is_free(m.start(1), m.end(1)):
            continue
        month = _month(m[1])
        if month <= d.date.value.month:
            continue
        taken.add(m.start(1), m.end(1))
        out.append(
            DateMention(
                m.start(1), m.end(1), DateValue(d.date.value.replace(month=month), "month"), d.relative
            )
        )
    return out


_EQUIPMENT_WORD = re.compile(
    r"\s+(?:fighters?|jets?|aircraft|planes?|tanks?|helicopters?|series|class|variants?|engines?|"
    r"self-propelled|howitzers?|guns?|rifles?|launchers?|missiles?|systems?|radars?|vehicles?|boats?|"
    r"ships?|vessels?|submarines?|frigates?|corvettes?|destroyers?|drones?|units?)\b"
)


def _model_number(text: str, d: DateMention) -> bool:
    """ "Mirage 2000-5", "Su-2000", "Leopard 2000A", "12 Mirage 2000 fighters": a year-like number
    that is part of a model name (after a capitalised word that is no month, before an equipment word)."""
    if d.date.precision != "year":
        return False
    named = re.search(r"\b([A-Z][A-Za-z0-9]+)\s+$", text[max(0, d.start - 20) : d.start])
    return bool(
        re.match(r"-\d(?!\d)|[A-Z]", text[d.end : d.end + 3])
        or re.search(r"[A-Za-z]-$", text[max(0, d.start - 2) : d.start])
        or (named and named.group(1).lower() not in MONTHS and _EQUIPMENT_WORD.match(text, d.end))
    )


def _after_bracketed_date(text: str, date_ends: set[int], start: int) -> bool:
    """Whether a date at ``start`` sits in brackets right after a date ending in ``date_ends``."""
    m = re.search(r"\s*\((?=[^()]*\b(?:time|GMT|UTC)\b)[^()]{0,40}$", text[max(0, start - 48) : start])
    return m is not None and start - (len(text[max(0, start - 48) : start]) - m.start()) in date_ends


def _bracketed_alternative(text: str, found: list[DateMention], i: int) -> bool:
    """ "On January 11 (local time; January 12, Japan time)": a date in brackets after a date,
    in another time zone, is the same moment told another way, not a second date ("On Wednesday
    (Jan 17)" is kept: it says which Wednesday). ``found`` is in text order."""
    if i == 0:
        return False
    return _after_bracketed_date(text, {found[i - 1].end}, found[i].start)


def _month_of_year(
    month: str, which: str, reference: dt.date | None, before: list[DateMention]
) -> DateValue | None:
    """ "May of that year" is May of the year the story last stated; "December last year" counts
    from the publication date."""
    if which in ("last", "this", "next"):
        if reference is None:
            return None
        base = reference.year
    else:
        if not before:
            return None
        base = max(before, key=lambda d: d.start).date.value.year
    shift = {"last": -1, "the previous": -1, "next": 1, "the following": 1, "the next": 1}.get(which, 0)
    return DateValue(dt.date(base + shift, _month(month), 1), "month")


def _ago(reference: dt.date, n: int, unit: str) -> DateValue:
    """ "a year ago" is that year (the month is not sure), "two months ago" that month,
    "three weeks ago" and "five days ago" that day."""
    if unit == "year":
        return DateValue(dt.date(reference.year - n, 1, 1), "year")
    if unit == "month":
        return DateValue(_shift_month(reference, -n), "month")
    days = n * (7 if unit == "week" else 1)
    return DateValue(reference - dt.timedelta(days=days), "day")


DAY_SHIFTS = {
    "the same day": 0,
    "that day": 0,
    "the next day": 1,
    "the following day": 1,
    "a day later": 1,
    "the day before": -1,
    "the previous day": -1,
}


def count_word(token: str) -> int:
    """ "a", "five" or "12" as a number (for "five days later", "came a day after")."""
    return int(token) if token.isdigit() else _NUMBERS[token.lower()]


# the clause after "a week after" states its own day: "… on January 6", "… on 6 January"
_OWN_DATE_AHEAD = re.compile(
    r"[^.;!?]{0,120}?\b(?:on|in)\s+(?:(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?)?"
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)\b"
)


def _shift_days(text: str, m: re.Match[str], before: list[DateMention]) -> DateValue | None:
    """ "five days later", "a week earlier": counted from the last date the text stated.

    "X on Monday, a day after Y": mid-sentence, "after" looks back from the clause it follows,
    so Y is a day before Monday; "Two days after the summit, X" counts forwards.
    """
    if not before:
        return None
    last = max(before, key=lambda d: d.start)
    prev = last.date
    n = count_word(m["n"])
    if m["unit"].lower().startswith("month"):
        return _shift_months(text, m, prev, n)
    days = n * (7 if m["unit"].lower().startswith("week") else 1)
    direction = m["dir"].lower()
    sign = -1 if direction in ("earlier", "before") else 1
    sentence_initial = bool(re.search(r"(?:^|[.!?\n]\s*|^\W*)$", text[max(0, m.start() - 3) : m.start()]))
    if direction in ("after", "before") and not sentence_initial:
        # "X on Monday, a day after Y", "X came two days after Y": Y is counted back from X,
        # whose date must be in the same sentence, before the phrase
        if re.search(r"[.!?]\s", text[last.end : m.start()]):
            return None
        if _OWN_DATE_AHEAD.match(text, m.end()):
            return None  # "a week after Caracas expelled the Israeli ambassador on January 6": Y's own day
        sign = -sign
    if prev.precision != "day":
        return prev if prev.precision == "month" and days <= 21 else None
    return DateValue(prev.value + dt.timedelta(days=sign * days), "day")


def _shift_months(text: str, m: re.Match[str], prev: DateValue, n: int) -> DateValue | None:
    """ "three months after Russia launched its invasion" (in a sentence dated May 2022): the
    month counted back; "two months later": counted on. Month precision either way."""
    direction = m["dir"].lower()
    if re.search(
        r"\b(?:came|comes|come|followed|follows)\s+(?:\w+\s+){0,2}$", text[max(0, m.start() - 30) : m.start()]
    ):
        return None  # "The meeting came almost a month after ...": counted from that meeting, later
    sentence_initial = bool(re.search(r"(?:^|[.!?\n]\s*|^\W*)$", text[max(0, m.start() - 3) : m.start()]))
    sign = -1 if direction in ("earlier", "before") else 1
    if direction in ("after", "before") and not sentence_initial:
        sign = -sign  # "X in May, three months after Y": Y is counted back from X
    if prev.precision == "year":
        return None
    return shift_month(prev.value, sign * n)


def shift_month(day: dt.date, n: int) -> DateValue:
    """The month ``n`` months after (or, negative, before) the month of ``day``."""
    months = day.year * 12 + day.month - 1 + n
    return DateValue(dt.date(months // 12, months % 12 + 1, 1), "month")


SAME_DAY = re.compile(
    r"(?:later|earlier) (?:that|in the) day|that (?:evening|night|morning|afternoon)|hours (?:earlier|later|before|after)"
)
SAME_MONTH = re.compile(
    r"(?:later|earlier) that month|that month|the same month|within days|days (?:later|earlier|afterwards)"
)
SAME_YEAR = re.compile(r"(?:later|earlier) that year|that year|the same year")


def _relative_word(word: str, reference: dt.date | None, before: list[DateMention]) -> DateValue | None:
    word = " ".join(word.split())
    latest = max(before, key=lambda d: d.start).date if before else None
    if SAME_DAY.fullmatch(word) or DAY_SHIFTS.get(word) == 0:
        # the day last told; when the story last gave only a month ("In late October ... on
        # the same day"), that month, not an older day
        if latest is None or latest.precision == "year":
            return None
        return latest if latest.precision == "day" else DateValue(latest.value.replace(day=1), "month")
    if SAME_MONTH.fullmatch(word):
        months = [d for d in before if d.date.precision in ("day", "month")]
        if not months:
            return None
        prev = max(months, key=lambda d: d.start).date.value
        return DateValue(prev.replace(day=1), "month")
    later = re.fullmatch(r"(?:a few |several )?(weeks|months) (?:later|afterwards)", word)
    if later:
        # "Weeks later, X signed": some weeks after the last date told; only its year is sure
        if not before:
            return None
        prev = max(before, key=lambda d: d.start).date.value
        step = dt.timedelta(days=21 if later[1] == "weeks" else 90)
        return DateValue(dt.date((prev + step).year, 1, 1), "year")
    if SAME_YEAR.fullmatch(word):
        if not before:
            return None
        return DateValue(dt.date(max(before, key=lambda d: d.start).date.value.year, 1, 1), "year")
    if word in DAY_SHIFTS:  # relative to the last day the text stated
        if latest is None or latest.precision != "day":
            return None
        return DateValue(latest.value + dt.timedelta(days=DAY_SHIFTS[word]), "day")
    if word in (
        "the following month",
        "the following year",
        "the previous year",
        "the previous month",
        "a year later",
        "a month later",
    ):
        if not before:
            return None
        prev = max(before, key=lambda d: d.start).date
        if "month" in word and prev.precision in ("month", "day"):
            step = -1 if "previous" in word else 1
            return DateValue(_shift_month(prev.value, step), "month")
        if "year" in word:
            step = -1 if "previous" in word else 1
            return DateValue(dt.date(prev.value.year + step, 1, 1), "year")
        return None
    if reference is None:
        return None
    if word == "yesterday":
        return DateValue(reference - dt.timedelta(days=1), "day")
    if word in (
        "today",
        "this morning",
        "this afternoon",
        "this evening",
        "tonight",
        "earlier today",
        "later today",
    ):
        return DateValue(reference, "day")
    if word == "last month":
        return DateValue(_shift_month(reference, -1), "month")
    if word in ("this week", "earlier this week", "earlier in the week"):
        return DateValue(reference.replace(day=1), "month")
    if re.fullmatch(r"(?:at|over)\s+the\s+weekend|last weekend", word):
        # the weekend before the report (its month: which of the two days is not told)
        saturday = reference - dt.timedelta(days=(reference.weekday() - 5) % 7 or 7)
        return DateValue(saturday.replace(day=1), "month")
    if word == "last week":
        return DateValue((reference - dt.timedelta(days=7)).replace(day=1), "month")
    if word in ("this month", "earlier this month"):
        return DateValue(reference.replace(day=1), "month")
    if word == "last year":
        return DateValue(dt.date(reference.year - 1, 1, 1), "year")
    if word in ("this year", "earlier this year"):
        return DateValue(dt.date(reference.year, 1, 1), "year")
    return None


def compatible(a: DateValue | None, b: DateValue | None) -> bool:
    """Dates agree at the coarser of the two precisions (a missing date agrees with any)."""
    if a is None or b is None:
        return True
    width = min(len(a.iso()), len(b.iso()))
    return a.iso()[:width] == b.iso()[:width]


_DATELINE = re.compile(
    rf"^[^\W\d_][\w .'-]{{1,40}}(?:\s*\([^()\n]{{1,30}}\))?,\s*(?:[^\W\d_][\w.'-]*(?:\s+(?:and|the|of|de|[^\W\d_][\w.'-]*))*,\s*)?"
    rf"({_MON}\.?\s+\d{{1,2}}(?:,?\s+{_YEAR})?|\d{{1,2}}\s+{_MON}\.?(?:\s+{_YEAR})?)\s*(?:\([\w .&'’-]{{1,30}}\))?\s*[-–—]"
)


def _date_only(line: str) -> bool:
    """A line that is nothing but a date: "October 11", "Tue 21 Nov", "9 March 2024"."""
    return len(line) <= 32 and bool(
        re.fullmatch(
            r"(?:[A-Z][a-z]{2,8}\.?,?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]{2,8}\.?|[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?)"
            r"(?:,?\s+\d{4})?:?",
            line,
        )
    )


def dateline_date(text: str, published: dt.date | None, year: int | None = None) -> DateValue | None:
    """The article's own date when no metadata gives one: a dateline with a full date
    ("SEOUL, July 4, 2025 (UPI) --"), or a short line near the top that is mostly a full date
    ("Published 21 March 2026", "Pretoria, 14 September 2026", "Saturday, May 3, 2025").

    With ``year`` (the latest year the text states), a dateline without one ("TARAKAN
    (Indonesia), June 19 (Bernama) --") is read as that day of that year."""
    if year is not None:
        m = next((m for ln in text.split("\n")[:8] if (m := _DATELINE.match(ln.strip()))), None)
        if m is None:
            return None
        days = [d for d in find_dates(m.group(1), dt.date(year, 12, 31)) if d.date.precision == "day"]
        return days[0].date if days and not re.search(r"\d{4}", m.group(1)) else None
    lines = [ln.strip() for ln in text.split("\n") if ln.strip()]
    headers = sum(1 for ln in lines if _date_only(ln))
    for line in lines[:8]:
        if headers >= 2 and _date_only(line):
            continue  # a timeline's section heading ("October 9, 2025") dates its entries, not the report
        m = _DATELINE.match(line)
        candidates = find_dates(m.group(1) if m else line, published)
        days = [d for d in candidates if d.date.precision == "day" and not d.relative]
        if not days:
            continue
        rest = (m.group(1) if m else line)[: days[0].start] + (m.group(1) if m else line)[days[0].end :]
        stamped = re.match(r"(?:Posted|Published|Released|Issued|Date)\b(?:\s+on)?\s*:?", line, re.I)
        if m or stamped or (len(line) <= 70 and len(re.findall(r"[A-Za-z]+", rest)) <= 5):
            return days[0].date
    return None


_DATELINE_BEFORE = re.compile(r"(?:^|\n)[ \t]*(?:[A-Z][\w.'’ -]{0,30}(?:\([^()\n]{1,30}\))?,[ \t]*)?$")
_DATELINE_AFTER = re.compile(r",?[ \t]*(?:\d{4})?[ \t]*(?:\([^()\n]{1,30}\))?[ \t]*(?:[-–—]|--)")


def in_dateline(text: str, d: DateMention) -> bool:
    """ "May 11, 2008 (KHARTOUM) —", "ISLAMABAD, July 16:": the report's own date, not the lead's."""
    return bool(
        _DATELINE_BEFORE.search(text, max(0, d.start - 48), d.start)
        and (_DATELINE_AFTER.match(text, d.end) or text[d.end : d.end + 1] == ":")
    )
