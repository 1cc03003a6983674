"""Quoted speech and who said it.

A quote is text in quotation marks of four or more words. Its speaker is the person named in
the same sentence outside the quotation marks, else (for "he said" / "she wrote") the person
mentioned last before the quote, within the preceding two sentences.
"""

from __future__ import annotations

import re

from pipelines.extract.records import EntityMention, QuoteRecord, Sentence

_QUOTE = re.compile(r"“(?P<a>[^”]{3,}?)”|\"(?P<b>[^\"\n]{3,}?)\"")
_PRONOUN_SAID = re.compile(r"\b(?:he|she)\s+(?:said|says|stated|wrote|added|told|noted|declared)\b", re.I)


def find_quotes(
    text: str, article_id: str, sentences: list[Sentence], people: list[EntityMention]
) -> list[QuoteRecord]:
    out: list[QuoteRecord] = []
    for m in _QUOTE.finditer(text):
        group = "a" if m.group("a") is not None else "b"
        inner = m.group(group)
        if len(inner.split()) < 4:
            continue
        start, end = m.start(group), m.end(group)
        sent = next((s for s in sentences if s.start <= m.start() < s.end), None)
        para_start = text.rfind("\n", 0, m.start()) + 1
        para_end = text.find("\n", m.end())
        para_end = len(text) if para_end < 0 else para_end
        speaker = None
        outside = [
            p for p in people if para_start <= p.start < para_end and not (m.start() <= p.start < m.end())
        ]
        if sent is not None:
            same = [p for p in outside if sent.start <= p.start < max(sent.end, m.end() + 80)]
            if same:
                speaker = min(same, key=lambda p: abs(p.start - m.start()))
        if speaker is None:
            tail = text[m.end() : m.end() + 40]
            head = text[max(para_start, m.start() - 40) : m.start()]
            if _PRONOUN_SAID.search(tail) or _PRONOUN_SAID.search(head) or outside == []:
                earlier = [p for p in people if p.end <= m.start() and m.start() - p.end < 600]
                if earlier:
                    speaker = earlier[-1]
        out.append(QuoteRecord(article_id, start, end, inner, speaker))
    return out
