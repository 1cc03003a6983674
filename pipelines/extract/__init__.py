"""The extractor as a library: ``extract(article) -> ArticleExtraction``. No Dagster here.

Stages, each in its own module: sentences, dates, actors (states, people, organisations),
places, objects (agreements, exercises, equipment), events (triggers + arguments), quotes.
"""

from __future__ import annotations

import re

from pipelines.extract.actors import (
    find_countries,
    find_organisations,
    find_people,
    home_state,
    officials_of_the_story,
)
from pipelines.extract.boilerplate import boilerplate_lines, outside_boilerplate
from pipelines.extract.dates import dateline_date, find_dates, in_dateline
from pipelines.extract.event_dates import stated_year
from pipelines.extract.events import ArticleContext, quoted_spans, sentence_events
from pipelines.extract.objects import find_agreements, find_equipment, find_exercises, find_generic_agreements
from pipelines.extract.participants import main_states
from pipelines.extract.places import find_places
from pipelines.extract.quotes import find_quotes
from pipelines.extract.records import (
    ArticleExtraction,
    ArticleInput,
    DateValue,
    EntityMention,
    EventRecord,
    QuoteRecord,
)
from pipelines.extract.relevance import is_relevant
from pipelines.extract.sentences import split_sentences

__all__ = ["ArticleExtraction", "ArticleInput", "EntityMention", "EventRecord", "QuoteRecord", "extract"]


_RANGE_END = re.compile(r"(?:\bto|\buntil|\bthrough|\btill|[-–])\s*$")


def lead_day(text: str, story: list, dates: list, reference: DateValue | None) -> DateValue | None:
    """The first day-precision date of the story's first three sentences that tell something
    (not a byline or a "Published: <date>" line), if not after the publication date."""
    lead = [s for s in story if s.end - s.start >= 60][:3]
    for d in dates:
        in_lead = any(s.start <= d.start < s.end for s in lead) and not _RANGE_END.search(
            text[max(0, d.start - 10) : d.start]
        )
        if (
            in_lead
            and d.date.precision == "day"
            and (reference is None or d.date.value <= reference.value)
            and not in_dateline(text, d)
        ):
            return d.date
    return None


# what two sides have: "Russia-Ukraine talks", "the Thailand-Cambodia border fighting" (not "the
# Vietnam-Malaysia accord", a document that names its parties)
_SIDES_OF = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}?(?:talks|negotiations|ceasefire|truce|war|conflict|peace\s+talks|summit|dialogue|"
    r"clashes|fighting|crisis|tensions|standoff|dispute|row|prisoner\s+swap|border\s+(?:clashes|fighting|dispute))\b"
)


def _hyphenated_pair(text: str, countries: list, lead_end: int) -> tuple[str, str] | None:
    """ "Türkiye hosts first Russia-Ukraine direct talks", "the Thailand–Cambodia ceasefire": two
    states joined by a hyphen in the headline or lead are the two sides the story is about, even
    when the host or mediator is named more often."""
    lead = sorted((m for m in countries if m.start < lead_end and m.country_iso3), key=lambda m: m.start)
    for a, b in zip(lead, lead[1:], strict=False):
        if (
            a.country_iso3 != b.country_iso3
            and re.fullmatch(r"\s?[-–—/]\s?", text[a.end : b.start])
            and _SIDES_OF.match(text, b.end)
        ):
            return (a.country_iso3, b.country_iso3)
    return None


def extract(article: ArticleInput) -> ArticleExtraction:
    """Every entity, event statement and quote of one article, with spans into its text."""
    text = article.text
    reference = (
        DateValue(article.published_date, "day") if article.published_date else dateline_date(text, None)
    )
    ref_day = reference.value if reference else None
    sentences = split_sentences(text)
    dates = find_dates(text, ref_day)
    if reference is None and (year := stated_year(text, dates)) is not None:
        # "TARAKAN (Indonesia), June 19 (Bernama) --" and no date elsewhere: that day of the
        # latest year the report gives
        reference = dateline_date(text, None, year)
        if reference is not None:
            ref_day = reference.value
            dates = find_dates(text, ref_day)
    countries = find_countries(text)
    people = find_people(text, countries, ref_day.year if ref_day else stated_year(text, dates))
    orgs = find_organisations(text, countries)
    places = find_places(text)
    agreements = find_agreements(text)
    generic = find_generic_agreements(text)
    others = find_exercises(text) + find_equipment(text)
    quotes = quoted_spans(text)
    lead_end = sentences[min(2, len(sentences) - 1)].end if sentences else 0
    ranked = main_states(countries, people, lead_end)
    home = home_state(text)
    people = officials_of_the_story(text, people, home or (ranked[0] if ranked else None))
    pair = tuple(sorted(_hyphenated_pair(text, countries, lead_end) or ranked[:2]))
    reference_year = reference.value.year if reference else stated_year(text, dates)
    story = outside_boilerplate(sentences, boilerplate_lines(text))
    paragraphs = tuple(m.span() for m in re.finditer(r"[^\n]*\S[^\n]*", text))
    state_mentions = tuple(sorted(countries + people, key=lambda m: m.start))
    context = ArticleContext(
        text,
        article.article_id,
        dates,
        countries,
        people,
        orgs,
        places,
        agreements,
        generic,
        others,
        quotes,
        pair,
        reference,
        reference_year,
        lead_day(text, story, dates, reference),
        paragraphs,
        state_mentions,
        tuple(a for a, _ in paragraphs),
        tuple(m.start for m in state_mentions),
        lead_end,
        main_states=ranked,
        home=home,
    )
    events: list[EventRecord] = []
    for sentence in story if is_relevant(text) else []:
        events.extend(sentence_events(context, sentence))
    entities: list[EntityMention] = [c for c in countries] + people + orgs
    quotes_found = find_quotes(text, article.article_id, sentences, people)
    # every span must be exactly the text it claims; a rule that breaks this loses its record
    # rather than the whole build (the tables and asset checks verify spans again)
    return ArticleExtraction(
        article_id=article.article_id,
        sentences=sentences,
        entities=sorted(
            (m for m in entities if text[m.start : m.end] == m.text), key=lambda m: (m.start, m.end)
        ),
        events=[e for e in events if text[e.start : e.end] == e.evidence],
        quotes=[q for q in quotes_found if text[q.start : q.end] == q.text],
        reference_date=reference,
    )
