"""Lines of a scraped page that are not the article: links to other stories and page furniture.

"Also read: China, Russia hold naval drills" states an event of another story; "Share this
article" states nothing. Events are never taken from such lines (entities still are, since
their spans are real text of the article).
"""

from __future__ import annotations

import re

from pipelines.extract.records import Sentence

_LINK_PREFIX = re.compile(
    r"^\s*[-•*]?\s*(?:also read|read more|read also|related|see also|more from|recommended|trending|"
    r"most read|watch|listen|more on this|you may also like|further reading|newsletter)\b\s*[:|-]?",
    re.I,
)
_FURNITURE = re.compile(
    r"^\s*(?:share this|share on|tags?:|posted by|follow us|subscribe|sign up|disclaimer|advertisement|"
    r"image source|photo:|photograph:|copyright|©)",
    re.I,
)


_PROMO = re.compile(
    r"\b(?:to your inbox|in your inbox|by subscribing|privacy policy|terms of use|all rights reserved|"
    r"cookie|comments \(\d+\)|sort by:)",
    re.I,
)


def boilerplate_lines(text: str) -> list[tuple[int, int]]:
    """Spans of lines that are links to other stories or page furniture.

    A line that is only a link header ("ALSO READ") makes the short lines after it (a list of up
    to twelve headlines) links too.
    """
    spans: list[tuple[int, int]] = []
    pos = 0
    in_list = 0
    for line in text.split("\n"):
        start, end = pos, pos + len(line)
        pos = end + 1
        stripped = line.strip()
        if not stripped:
            continue
        header_only = _LINK_PREFIX.match(stripped) and len(stripped) <= 25
        if header_only:
            spans.append((start, end))
            in_list = 12
            continue
        if _LINK_PREFIX.match(stripped) or _FURNITURE.match(stripped) or _PROMO.search(stripped):
            spans.append((start, end))
            continue
        if in_list:
            if len(stripped) < 200:  # a listed headline, or its bullet mark
                spans.append((start, end))
                in_list -= 0 if re.fullmatch(r"[-•*]", stripped) else 1
                continue
            in_list = 0
    return spans


def outside_boilerplate(sentences: list[Sentence], spans: list[tuple[int, int]]) -> list[Sentence]:
    return [s for s in sentences if not any(a <= s.start < b for a, b in spans)]
