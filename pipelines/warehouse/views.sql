-- Convenience views over the published tables, created by pipelines.warehouse.load_duckdb.
-- Statements are separated by semicolons; each view is documented with COMMENT ON VIEW.

-- One wide row per event: every events column plus who, where reported, and the first evidence.
CREATE VIEW event_details AS
WITH actor_names AS (
    SELECT ea.event_id,
           array_to_string(list_sort(list_distinct(list(en.name))), '; ') AS actors
    FROM event_actors AS ea
    JOIN entities AS en ON en.entity_id = ea.entity_id
    GROUP BY ea.event_id
),
sources AS (
    SELECT em.event_id,
           array_to_string(list_sort(list_distinct(list(ar.source_file))), '; ') AS articles,
           array_to_string(list_sort(list_distinct(list(ar.outlet))), '; ') AS outlets,
           first(em.evidence ORDER BY em.article_id, em.char_start, em.char_end) AS evidence,
           min(ar.published_date) AS first_published
    FROM event_mentions AS em
    JOIN articles AS ar ON ar.article_id = em.article_id
    GROUP BY em.event_id
)
SELECT e.*,
       an.actors,
       s.articles,
       s.outlets,
       s.evidence,
       s.first_published
FROM events AS e
LEFT JOIN actor_names AS an ON an.event_id = e.event_id
LEFT JOIN sources AS s ON s.event_id = e.event_id
ORDER BY e.event_id;

COMMENT ON VIEW event_details IS 'One row per event: all events columns plus actors (entity names, sorted, ''; ''-joined), articles (source files), outlets, evidence (first evidence span by article_id, char_start) and first_published (earliest publication date of a reporting article).';

-- Dated events in time order.
CREATE VIEW event_timeline AS
SELECT year(e.event_date) AS year,
       month(e.event_date) AS month,
       e.*
FROM events AS e
WHERE e.event_date IS NOT NULL
ORDER BY e.event_date, e.event_id;

COMMENT ON VIEW event_timeline IS 'Events with a known event_date, ordered by date, with year and month columns (check date_precision before reading the month).';

-- Pairs of participating countries and how many events of each type they share.
CREATE VIEW country_pair_counts AS
WITH event_countries AS (
    SELECT DISTINCT e.event_id, e.plover_type, c.iso3
    FROM events AS e,
         unnest(string_split(e.countries, ';')) AS c(iso3)
    WHERE e.countries IS NOT NULL
)
SELECT a.iso3 AS country_a,
       b.iso3 AS country_b,
       a.plover_type,
       count(DISTINCT a.event_id) AS n_events
FROM event_countries AS a
JOIN event_countries AS b ON b.event_id = a.event_id AND a.iso3 < b.iso3
GROUP BY a.iso3, b.iso3, a.plover_type
ORDER BY country_a, country_b, a.plover_type;

COMMENT ON VIEW country_pair_counts IS 'For each pair of countries (country_a < country_b) appearing together in events.countries: the number of events per PLOVER type.';

-- How many events each article states (articles without events count 0).
CREATE VIEW article_event_counts AS
SELECT ar.article_id,
       ar.source_file,
       ar.title,
       count(DISTINCT em.event_id) AS n_events
FROM articles AS ar
LEFT JOIN event_mentions AS em ON em.article_id = ar.article_id
GROUP BY ar.article_id, ar.source_file, ar.title
ORDER BY ar.source_file, ar.article_id;

COMMENT ON VIEW article_event_counts IS 'Per article: article_id, source_file, title and the number of distinct events it states (0 if none).';
