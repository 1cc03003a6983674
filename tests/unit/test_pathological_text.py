"""Hostile text shapes are extracted in time proportional to their length.

No time is asserted (speed figures belong to ``scripts/benchmark.py``): at 20,000 characters
a quadratic finder takes minutes and a cubic one hours, so a regression shows as a suite that
does not finish, while the linear extractor takes well under a second per shape.
"""

from __future__ import annotations

import pytest
from pathological import UNITS, pathological

from pipelines.extract import ArticleInput, extract

N_CHARS = 20_000


@pytest.mark.parametrize("shape", sorted(UNITS))
def test_pathological_text_is_extracted(shape: str) -> None:
    text = pathological(UNITS[shape], N_CHARS)
    got = extract(ArticleInput("0" * 16, text))
    for event in got.events:
        assert text[event.start : event.end] == event.evidence
    for mention in got.entities:
        assert text[mention.start : mention.end] == mention.text
