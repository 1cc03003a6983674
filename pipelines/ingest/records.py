"""Plain value types passed between the ingest modules.

Readers produce :class:`RawArticle` and :class:`Rejection` values; :mod:`.corpus` turns them
into the ``articles`` and ``rejected_inputs`` tables. Keeping the types here (rather than in
a reader or in the corpus module) lets every module import them without import cycles.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from schemas.tables import REJECTION_REASONS

# The reasons are defined once, with the table: schemas.tables.REJECTION_REASONS.
Reason = str


@dataclass(frozen=True)
class Metadata:
    """Optional facts about an article that do not come from its text."""

    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    published: dt.date | None = None

    def overridden_by(self, other: Metadata) -> Metadata:
        """Fields of ``other`` win where set; used so explicit sidecars beat guessed metadata."""
        return Metadata(
            title=other.title or self.title,
            url=other.url or self.url,
            outlet=other.outlet or self.outlet,
            published=other.published or self.published,
        )


@dataclass(frozen=True)
class RawArticle:
    """One article as read, before normalisation: ``text`` is decoded but not yet normalised.

    ``title_from_first_line`` marks plain-text formats where the headline is simply the first
    non-empty line of the text, rather than a separate field that may need prepending.
    ``metadata_file`` names the sidecar whose metadata was applied, if any; ``encoding`` is
    how the file's bytes were decoded (:mod:`.decode`).
    """

    source_file: str
    text: str
    meta: Metadata
    title_from_first_line: bool = False
    metadata_file: str | None = None
    encoding: str = "utf-8"


@dataclass(frozen=True)
class Rejection:
    """An input (file or record) that did not become an article, and why."""

    source_file: str
    reason: Reason
    detail: str
    duplicate_of: str | None = None

    def __post_init__(self) -> None:
        if self.reason not in REJECTION_REASONS:
            raise ValueError(
                f"unknown rejection reason {self.reason!r}; see schemas.tables.REJECTION_REASONS"
            )
