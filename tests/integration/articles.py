"""A small corpus written for the end-to-end test: three defence stories and a football report."""

from __future__ import annotations

from pathlib import Path

ARTICLES = {
    "japan_philippines.txt": """\
Japan and Philippines Sign Reciprocal Access Agreement

MANILA, July 8, 2024 — Japan and the Philippines signed a Reciprocal Access Agreement in Manila \
on Monday, allowing each country's forces to train on the other's territory.

Japanese Foreign Minister Yoko Kamikawa and Defence Minister Minoru Kihara signed the pact with \
Philippine Defence Secretary Gilberto Teodoro at a ceremony attended by President Ferdinand \
Marcos Jr.

"This agreement is a milestone in our security cooperation," Kamikawa said after the signing.
""",
    "europe/germany_lithuania.md": """\
# Germany deploys brigade to Lithuania

Berlin, 1 April 2025. Germany formally deployed an armoured brigade to Lithuania on Tuesday, the \
first permanent stationing of German combat troops abroad since the Second World War.

German Defence Minister Boris Pistorius attended the ceremony in Vilnius with Lithuanian \
President Gitanas Nausėda. The brigade will reach full strength of about 5,000 soldiers by 2027.
""",
    "australia_indonesia.txt": """\
Australian and Indonesian defence ministers meet in Canberra

Canberra, 20 August 2024 — Australian Defence Minister Richard Marles met Indonesian Defence \
Minister Prabowo Subianto in Canberra on Tuesday for talks on regional security.

The two ministers discussed maritime security and agreed to deepen training between their armed \
forces. Marles said the meeting reflected the strength of the relationship between Australia and \
Indonesia.
""",
    "sport/football.txt": """\
Brazil beat Argentina 2-1 in World Cup qualifier

São Paulo, 12 October 2024 — Brazil defeated Argentina 2-1 on Thursday in a World Cup qualifier, \
while France drew 1-1 with Belgium in a friendly in Paris.

The result lifts Brazil to third in the South American standings. Argentina's coach said his \
team would attack Uruguay next week.
""",
}
# Inputs that must become rejected_inputs rows, not articles (name: text, reason).
REJECTS = {
    "empty.txt": ("", "empty"),
    "japan_philippines_copy.txt": (ARTICLES["japan_philippines.txt"], "duplicate"),
    "notes.docx": ("not a supported format", "unsupported"),
}
# A JSON Lines feed: record 1 is an article without events, line 2 is malformed.
FEED = (
    "feeds/wire.jsonl",
    '{"text": "Parliament debated the national budget on Wednesday and adjourned without a vote.", '
    '"outlet": "Wire"}\n{not json\n',
)
SIDECAR_SUFFIX = ".meta.json"
SIDECAR_OF = ("japan_philippines.txt", '{"outlet": "Test Wire", "published": "2024-07-08"}')


def write_corpus(folder: Path, rename: bool = False) -> Path:
    """Write the corpus under ``folder``.

    ``rename`` gives every file another name, flattened and numbered in reverse order, so the
    files are read in a different order (the duplicate copy is then the one kept).
    """
    files = {**ARTICLES, **{name: text for name, (text, _) in REJECTS.items()}, FEED[0]: FEED[1]}
    names = sorted(files)

    def new_name(name: str) -> str:
        if not rename:
            return name
        return f"{len(names) - names.index(name):02d}_{name.replace('/', '_')}"

    for name, text in files.items():
        target = folder / new_name(name)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
    stem = new_name(SIDECAR_OF[0]).rsplit(".", 1)[0]
    (folder / (stem + SIDECAR_SUFFIX)).write_text(SIDECAR_OF[1], encoding="utf-8")
    return folder
