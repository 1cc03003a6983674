"""Example queries for README users, run against the DuckDB file built by ``load_duckdb``.

Each entry is ``(title, sql)``; the tests run every one of them on a synthetic dataset.
"""

from __future__ import annotations

EXAMPLE_QUERIES: list[tuple[str, str]] = [
    (
        "All AGREE events with their evidence",
        """\
SELECT e.event_id, e.event_date, e.countries, e.object_name, e.summary,
       a.source_file, m.evidence
FROM events AS e
JOIN event_mentions AS m ON m.event_id = e.event_id
JOIN articles AS a ON a.article_id = m.article_id
WHERE e.plover_type = 'AGREE'
ORDER BY e.event_date NULLS LAST, e.event_id, a.source_file, m.char_start""",
    ),
    (
        "Events by country pair",
        """\
SELECT country_a, country_b, sum(n_events)::BIGINT AS n_events,
       string_agg(plover_type || ': ' || n_events, ', ' ORDER BY plover_type) AS by_type
FROM country_pair_counts
GROUP BY country_a, country_b
ORDER BY n_events DESC, country_a, country_b""",
    ),
    (
        "Timeline of one country's events (France)",
        """\
SELECT event_date, date_precision, plover_type, countries, summary
FROM event_timeline
WHERE list_contains(string_split(countries, ';'), 'FRA')
ORDER BY event_date, event_id""",
    ),
    (
        "The sources of an event (the most reported one)",
        """\
SELECT m.event_id, a.source_file, a.outlet, a.url, a.published_date,
       m.char_start, m.char_end, m.evidence
FROM event_mentions AS m
JOIN articles AS a ON a.article_id = m.article_id
WHERE m.event_id = (SELECT event_id FROM events ORDER BY n_articles DESC, event_id LIMIT 1)
ORDER BY a.published_date NULLS LAST, a.source_file, m.char_start""",
    ),
    (
        "Quotes with their speakers",
        """\
SELECT en.name AS speaker, en.title AS speaker_title, q.text AS quote,
       a.source_file, a.published_date
FROM quotes AS q
JOIN articles AS a ON a.article_id = q.article_id
LEFT JOIN entities AS en ON en.entity_id = q.speaker_entity_id
ORDER BY a.source_file, q.char_start""",
    ),
]
