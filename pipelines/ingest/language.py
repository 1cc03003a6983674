"""Which articles are not in English: the extractor's rules and lexicons read English only.

An article in another language would otherwise be mis-read (a French "Paris a signé" gives
a country and no event, a German text stray "events" from cognates), so it is recorded as
``not_english`` in ``rejected_inputs`` instead of being extracted. Identification uses
py3langid (a naive Bayes model shipped inside the package: offline and deterministic). Short
texts carry too little signal to judge, so they are kept and treated as English.
"""

from __future__ import annotations

from functools import cache

import pycountry
from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier

ENGLISH = "en"
# Judged on the opening of the text: enough for a confident decision, and cheap on huge files.
SAMPLE_CHARS = 5000
MIN_LETTERS = 80
MIN_PROBABILITY = 0.9


@cache
def _identifier() -> LanguageIdentifier:
    return LanguageIdentifier.from_model_file(MODEL_DIR / MODEL_FILE, norm_probs=True)


def language_name(code: str) -> str:
    """English name of an ISO 639 code (``fr`` -> ``French``); the code itself if unknown."""
    language = (
        pycountry.languages.get(alpha_2=code) if len(code) == 2 else pycountry.languages.get(alpha_3=code)
    )
    return language.name if language is not None else code


def foreign_language(text: str) -> tuple[str, float] | None:
    """``(code, probability)`` when ``text`` is confidently not English, else ``None``."""
    sample = text[:SAMPLE_CHARS]
    if sum(c.isalpha() for c in sample) < MIN_LETTERS:
        return None
    code, probability = _identifier().classify(sample)
    if code == ENGLISH or probability < MIN_PROBABILITY:
        return None
    return code, probability
