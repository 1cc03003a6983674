"""Unit tests for the ingest stage (pipelines.ingest): formats, rejections, normalisation."""

from __future__ import annotations

import datetime as dt
import json
import os
import unicodedata
from pathlib import Path

import polars as pl
import pytest

from pipelines.ingest import IngestResult, content_id, ingest_folder, normalise_text
from schemas.derive import conform, validate

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
BODY = "India and the United States signed a ten-year defence framework in Kuala Lumpur."


def _write(root: Path, rel: str, content: str | bytes) -> Path:
    path = root / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8", newline="")
    return path


def _ingest(root: Path) -> IngestResult:
    """Ingest and check the invariants every result must satisfy."""
    result = ingest_folder(root)
    validate("articles", conform("articles", result.articles))
    validate("rejected_inputs", conform("rejected_inputs", result.rejected))
    assert result.articles.equals(conform("articles", result.articles))
    assert result.rejected.equals(conform("rejected_inputs", result.rejected))
    return result


def _article(result: IngestResult, source_file: str) -> dict:
    rows = result.articles.filter(pl.col("source_file") == source_file).to_dicts()
    assert len(rows) == 1, f"{source_file} not among {result.articles['source_file'].to_list()}"
    return rows[0]


def _rejection(result: IngestResult, source_file: str) -> dict:
    rows = result.rejected.filter(pl.col("source_file") == source_file).to_dicts()
    assert len(rows) == 1, f"{source_file} not among {result.rejected['source_file'].to_list()}"
    return rows[0]


# --- normalisation and ids -------------------------------------------------------------------


def test_normalise_text_rules() -> None:
    raw = "\ufeff  Title\u00a0here  \r\nline\u2003two\t\t end \r\r\r\rcafe\u0301\u200b ok\u3000\n\n"
    assert normalise_text(raw) == "Title here\nline two end\n\ncafé ok"
    assert unicodedata.is_normalized("NFC", normalise_text(raw))


def test_normalise_text_is_idempotent() -> None:
    raw = "A\u202f\u205fb \n\n\n\n c\u00a0\n\t x\u200b\u0301"
    once = normalise_text(raw)
    assert normalise_text(once) == once


def test_content_id_is_sha256_prefix() -> None:
    assert content_id("abc") == "ba7816bf8f01cfea"
    assert content_id("café") != content_id("cafe\u0301")


# --- formats ---------------------------------------------------------------------------------


def test_txt_headline_and_text(tmp_path: Path) -> None:
    _write(tmp_path, "a.txt", "\n\nMinisters sign pact\n\n" + BODY + "\n")
    result = _ingest(tmp_path)
    row = _article(result, "a.txt")
    assert row["title"] == "Ministers sign pact"
    assert row["text"] == "Ministers sign pact\n\n" + BODY
    assert row["n_chars"] == len(row["text"])
    assert row["article_id"] == content_id(row["text"])
    assert row["url"] is None and row["outlet"] is None and row["published_date"] is None
    assert result.n_files == 1 and result.rejected.height == 0


def test_markdown_heading(tmp_path: Path) -> None:
    _write(tmp_path, "notes/b.md", "# Talks in Manila\n\n" + BODY)
    row = _article(_ingest(tmp_path), "notes/b.md")
    assert row["title"] == "Talks in Manila"
    assert row["text"] == "# Talks in Manila\n\n" + BODY


def test_html_title_paragraphs_no_script(tmp_path: Path) -> None:
    html = f"""<!DOCTYPE html><html><head><title>Ministers sign pact | Defence Daily</title>
<meta property="og:site_name" content="Defence Daily">
<meta property="og:url" content="https://example.org/pact">
<meta property="article:published_time" content="2025-10-31T09:00:00Z">
<script>var tracker = "SCRIPT_MARKER";</script></head>
<body><nav><a href="/">Home</a></nav><article>
<p>{BODY}</p><p>The agreement covers co-production of armoured vehicles and joint exercises.</p>
<script>document.write("SCRIPT_MARKER");</script>
</article></body></html>"""
    _write(tmp_path, "c.html", html)
    row = _article(_ingest(tmp_path), "c.html")
    assert row["title"] == "Ministers sign pact"
    assert row["text"].startswith("Ministers sign pact\n" + BODY)
    assert "co-production of armoured vehicles" in row["text"]
    assert "SCRIPT_MARKER" not in row["text"]
    assert row["url"] == "https://example.org/pact"
    assert row["outlet"] == "Defence Daily"
    assert row["published_date"] == dt.date(2025, 10, 31)


def test_html_h1_equal_to_title_not_repeated(tmp_path: Path) -> None:
    html = f"""<html><head><title>Pact signed</title></head><body><article><h1>Pact signed</h1>
<p>{BODY}</p><p>Officials said the deal would run until 2035 at the earliest.</p></article></body></html>"""
    _write(tmp_path, "h.html", html)
    row = _article(_ingest(tmp_path), "h.html")
    assert row["text"].startswith("Pact signed\n" + BODY)
    assert row["text"].count("Pact signed") == 1


def test_html_without_main_text_is_empty(tmp_path: Path) -> None:
    _write(tmp_path, "d.htm", "<html><head><title>Only a title</title></head><body></body></html>")
    row = _rejection(_ingest(tmp_path), "d.htm")
    assert row["reason"] == "empty"


def test_jsonl_bad_line_rejects_only_that_record(tmp_path: Path) -> None:
    lines = [
        json.dumps(
            {
                "text": BODY,
                "title": "Pact signed",
                "url": "https://x.org/1",
                "outlet": "Wire",
                "published": "2025-10-31",
                "extra": 1,
            }
        ),
        '{"text": "broken',
        "",
        json.dumps(
            {
                "text": "Japan and the Philippines agreed to expand joint patrols.",
                "published": "2025-11-02T08:30:00+08:00",
            }
        ),
        json.dumps({"title": "no text here"}),
    ]
    _write(tmp_path, "feed.jsonl", "\n".join(lines) + "\n")
    result = _ingest(tmp_path)
    first = _article(result, "feed.jsonl#1")
    assert first["title"] == "Pact signed"
    assert first["text"] == "Pact signed\n" + BODY
    assert (first["url"], first["outlet"]) == ("https://x.org/1", "Wire")
    assert first["published_date"] == dt.date(2025, 10, 31)
    fourth = _article(result, "feed.jsonl#4")
    assert fourth["title"] is None
    assert fourth["text"] == "Japan and the Philippines agreed to expand joint patrols."
    assert fourth["published_date"] == dt.date(2025, 11, 2)
    assert _rejection(result, "feed.jsonl#2")["reason"] == "malformed"
    assert _rejection(result, "feed.jsonl#5")["reason"] == "malformed"
    assert result.articles.height == 2 and result.rejected.height == 2
    assert result.n_files == 1


def test_json_list_and_single_object(tmp_path: Path) -> None:
    records = [
        {"title": "Pact signed", "text": "Pact signed\n" + BODY},
        {"text": "Australia will buy further air-defence systems, officials said."},
        "not an object",
        {"text": "Chile and Peru held naval talks in Lima on Monday.", "published": "31/10/2025"},
        {"text": "Chile and Peru held naval talks in Lima on Monday.", "url": "javascript:alert(1)"},
    ]
    _write(tmp_path, "list.json", json.dumps(records))
    _write(tmp_path, "one.json", json.dumps({"text": "Germany pledged new aid to Ukraine on Monday."}))
    _write(tmp_path, "bad.json", "{not json")
    result = _ingest(tmp_path)
    first = _article(result, "list.json#1")
    assert first["text"] == "Pact signed\n" + BODY  # title already leads: not repeated
    assert first["published_date"] is None
    assert _article(result, "list.json#2")["text"].startswith("Australia will buy")
    assert _rejection(result, "list.json#3")["reason"] == "malformed"
    bad_date = _rejection(result, "list.json#4")
    assert bad_date["reason"] == "malformed"
    assert bad_date["detail"].startswith("record metadata: 'published' value '31/10/2025' is not a real date")
    bad_url = _rejection(result, "list.json#5")
    assert bad_url["detail"] == (
        "record metadata: 'url' value 'javascript:alert(1)' is not an absolute http:// or https:// address"
    )
    assert _article(result, "one.json")["text"] == "Germany pledged new aid to Ukraine on Monday."
    assert _rejection(result, "bad.json")["reason"] == "malformed"
    assert result.n_files == 3


def test_sidecar_metadata_applied_and_recorded(tmp_path: Path) -> None:
    _write(tmp_path, "report.txt", "Pact signed\n" + BODY)
    _write(
        tmp_path,
        "report.meta.json",
        json.dumps({"url": "https://example.org/r", "outlet": "Gazette", "published": "2025-10-31"}),
    )
    _write(tmp_path, "plain.txt", "Drills held\nNaval drills were held off the coast on Tuesday.")
    result = _ingest(tmp_path)
    assert result.n_files == 3
    assert result.rejected.height == 0
    row = _article(result, "report.txt")
    assert (row["url"], row["outlet"], row["published_date"], row["metadata_file"]) == (
        "https://example.org/r",
        "Gazette",
        dt.date(2025, 10, 31),
        "report.meta.json",
    )
    assert _article(result, "plain.txt")["metadata_file"] is None


@pytest.mark.parametrize(
    ("content", "detail"),
    [
        (
            {"outlet": "Herald", "published": "2025-02-30"},
            "metadata file not applied: 'published' value '2025-02-30' is not a real date",
        ),
        (
            {"outlet": "Herald", "published": "1066-10-14"},
            "metadata file not applied: 'published' value '1066-10-14' is not a real date",
        ),
        (
            {"outlet": "Herald", "publshed": "2025-10-31", "lang": "en"},
            "metadata file not applied: unknown key(s) 'lang', 'publshed'; the known keys are url, outlet, published, title",
        ),
        (
            {"url": "../../etc/passwd"},
            "metadata file not applied: 'url' value '../../etc/passwd' is not an absolute http:// or https:// address",
        ),
        ({"file": "../secret.txt"}, "metadata file not applied: unknown key(s) 'file'"),
        ({"outlet": ["a", "b"]}, "metadata file not applied: 'outlet' must be non-blank text"),
        ("{oops", "metadata file not applied: invalid JSON"),
        ("[1, 2]", "metadata file not applied: expected a JSON object"),
    ],
)
def test_bad_sidecar_rejected_and_article_kept(tmp_path: Path, content: object, detail: str) -> None:
    _write(tmp_path, "other.txt", "Drills held\nNaval drills were held off the coast on Tuesday.")
    _write(tmp_path, "other.meta.json", content if isinstance(content, str) else json.dumps(content))
    result = _ingest(tmp_path)
    article = _article(result, "other.txt")
    assert (article["outlet"], article["published_date"], article["metadata_file"]) == (None, None, None)
    rejection = _rejection(result, "other.meta.json")
    assert rejection["reason"] == "malformed"
    assert rejection["detail"].startswith(detail)
    assert result.n_files == 2


def test_a_sidecar_with_a_title_is_applied_and_the_headline_stays_the_first_line(tmp_path: Path) -> None:
    _write(tmp_path, "story.txt", "Drills held\nNaval drills were held off the coast on Tuesday.")
    sidecar = {"outlet": "Herald", "published": "2025-03-04", "title": "A feed's own title"}
    _write(tmp_path, "story.meta.json", json.dumps(sidecar))
    result = _ingest(tmp_path)
    article = _article(result, "story.txt")
    assert (article["outlet"], str(article["published_date"]), article["metadata_file"]) == (
        "Herald",
        "2025-03-04",
        "story.meta.json",
    )
    assert article["title"] == "Drills held"
    assert result.rejected.height == 0


def test_unused_sidecars_are_rejected_with_the_reason(tmp_path: Path) -> None:
    _write(tmp_path, "orphan.meta.json", json.dumps({"url": "https://example.org/o"}))
    _write(tmp_path, "empty.txt", "")
    _write(tmp_path, "empty.meta.json", json.dumps({"outlet": "Herald"}))
    _write(tmp_path, "feed.jsonl", json.dumps({"text": BODY}) + "\n")
    _write(tmp_path, "feed.meta.json", json.dumps({"outlet": "Wire"}))
    result = _ingest(tmp_path)
    assert result.n_files == 5
    assert result.articles["source_file"].to_list() == ["feed.jsonl#1"]
    details = {r["source_file"]: (r["reason"], r["detail"]) for r in result.rejected.to_dicts()}
    assert details == {
        "empty.txt": ("empty", "no text (empty or whitespace only)"),
        "empty.meta.json": (
            "unused_metadata",
            "metadata not applied: it describes empty.txt, which was rejected (empty)",
        ),
        "feed.meta.json": (
            "unused_metadata",
            "metadata not applied: it describes feed.jsonl, whose records carry their own metadata",
        ),
        "orphan.meta.json": (
            "unused_metadata",
            "no article file named 'orphan.<ext>' beside this metadata file",
        ),
    }


def test_duplicate_text_under_two_names(tmp_path: Path) -> None:
    _write(tmp_path, "b_copy.txt", "Pact signed\r\n" + BODY + "  \r\n")
    _write(tmp_path, "a_first.txt", "Pact signed\n" + BODY)
    result = _ingest(tmp_path)
    kept = _article(result, "a_first.txt")
    dup = _rejection(result, "b_copy.txt")
    assert dup["reason"] == "duplicate"
    assert dup["duplicate_of"] == kept["article_id"]
    assert dup["detail"] == "same text as a_first.txt"
    assert result.articles.height == 1


# --- rejections ------------------------------------------------------------------------------


def test_empty_short_binary_and_unsupported(tmp_path: Path) -> None:
    _write(tmp_path, "empty.txt", "")
    _write(tmp_path, "blank.txt", " \n\u00a0\t\n")
    _write(tmp_path, "short.txt", "Too short.")
    _write(tmp_path, "image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    _write(tmp_path, "report.pdf", "%PDF-1.7 whatever")
    _write(tmp_path, "README", "A file without any extension at all, long enough.")
    result = _ingest(tmp_path)
    assert result.articles.height == 0
    assert result.n_files == 6
    assert _rejection(result, "empty.txt")["reason"] == "empty"
    assert _rejection(result, "blank.txt")["reason"] == "empty"
    assert _rejection(result, "short.txt")["reason"] == "too_short"
    binary = _rejection(result, "image.txt")
    assert (binary["reason"], binary["detail"]) == ("unreadable", "binary file")
    pdf = _rejection(result, "report.pdf")
    assert pdf["reason"] == "unsupported" and ".pdf" in pdf["detail"]
    assert _rejection(result, "README")["reason"] == "unsupported"
    assert result.rejected["duplicate_of"].null_count() == result.rejected.height


def test_hidden_files_skipped(tmp_path: Path) -> None:
    _write(tmp_path, ".DS_Store", b"\x00\x01")
    _write(tmp_path, ".git/config", "[core]")
    _write(tmp_path, "x/.hidden.txt", "Hidden headline\n" + BODY)
    _write(tmp_path, "x/seen.txt", "Seen headline\n" + BODY)
    result = _ingest(tmp_path)
    assert result.n_files == 1
    assert result.articles["source_file"].to_list() == ["x/seen.txt"]


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symbolic links")
def test_symlink_outside_root_rejected(tmp_path: Path) -> None:
    outside = _write(tmp_path, "outside/secret.txt", "Secret headline\n" + BODY)
    root = tmp_path / "root"
    _write(root, "in.txt", "Inside headline\nThe navy commissioned a new frigate on Monday.")
    (root / "link.txt").symlink_to(outside)
    (root / "linkdir").symlink_to(outside.parent, target_is_directory=True)
    result = _ingest(root)
    assert result.articles["source_file"].to_list() == ["in.txt"]
    for name in ("link.txt", "linkdir"):
        row = _rejection(result, name)
        assert row["reason"] == "unreadable" and "outside the input folder" in row["detail"]
    assert "Secret" not in " ".join(result.articles["text"].to_list())


def test_unreadable_file_does_not_raise(tmp_path: Path) -> None:
    path = _write(tmp_path, "locked.txt", "Locked headline\n" + BODY)
    path.chmod(0)
    try:
        if os.access(path, os.R_OK):
            pytest.skip("running with privileges that ignore file permissions")
        row = _rejection(_ingest(tmp_path), "locked.txt")
        assert row["reason"] == "unreadable" and "PermissionError" in row["detail"]
    finally:
        path.chmod(0o644)


def test_reader_exception_becomes_unreadable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from pipelines.ingest import readers

    def boom(path: Path, rel: str) -> list:
        raise RuntimeError("parser exploded")

    monkeypatch.setitem(readers.READERS, ".txt", (boom, readers.MAX_ARTICLE_FILE_BYTES))
    _write(tmp_path, "x.txt", "Headline\n" + BODY)
    _write(tmp_path, "y.md", "Headline two\nThe army received new drones this week.")
    result = _ingest(tmp_path)
    row = _rejection(result, "x.txt")
    assert (row["reason"], row["detail"]) == ("unreadable", "RuntimeError: parser exploded")
    assert result.articles["source_file"].to_list() == ["y.md"]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs")
def test_fifo_rejected_without_blocking(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.txt")
    row = _rejection(_ingest(tmp_path), "pipe.txt")
    assert (row["reason"], row["detail"]) == ("unreadable", "not a regular file")


# --- encodings -------------------------------------------------------------------------------


def test_cp1252_fallback(tmp_path: Path) -> None:
    _write(tmp_path, "latin.txt", b"Caf\xe9 talks\nMinisters met in a caf\xe9 \x96 and agreed a pact.")
    row = _article(_ingest(tmp_path), "latin.txt")
    assert row["title"] == "Café talks"
    assert row["text"] == "Café talks\nMinisters met in a café – and agreed a pact."
    assert row["encoding"] == "windows-1252"


def test_damaged_utf8_kept_with_replacement_and_recorded(tmp_path: Path) -> None:
    # Valid UTF-8 ("Zürich") with one stray byte: UTF-8 damaged in transit, not Windows-1252.
    _write(
        tmp_path,
        "damaged.txt",
        "Talks in Zürich\nMinisters met in Zürich \xff and agreed.".encode("latin-1").replace(
            b"\xfc", "ü".encode()
        ),
    )
    row = _article(_ingest(tmp_path), "damaged.txt")
    assert row["text"] == "Talks in Zürich\nMinisters met in Zürich \ufffd and agreed."
    assert row["encoding"] == "utf-8-replaced"


def test_encodings_match_the_schema_and_reasons_are_checked() -> None:
    from pipelines.ingest import decode
    from pipelines.ingest.records import Rejection
    from schemas.tables import ENCODINGS

    assert {decode.UTF8, decode.UTF8_REPLACED, decode.UTF16, decode.CP1252} == set(ENCODINGS)
    with pytest.raises(ValueError, match="unknown rejection reason 'broken'"):
        Rejection("x.txt", "broken", "no such reason")


def test_utf16_with_bom(tmp_path: Path) -> None:
    text = "Café talks\r\nMinisters met in Zürich and agreed a pact."
    _write(tmp_path, "le.txt", text.encode("utf-16"))  # with BOM, native order
    _write(tmp_path, "be.md", b"\xfe\xff" + ("Other " + text).encode("utf-16-be"))
    result = _ingest(tmp_path)
    assert _article(result, "le.txt")["text"] == "Café talks\nMinisters met in Zürich and agreed a pact."
    assert _article(result, "le.txt")["encoding"] == "utf-16"
    assert _article(result, "be.md")["title"] == "Other Café talks"


def test_utf8_bom_stripped(tmp_path: Path) -> None:
    _write(tmp_path, "bom.txt", b"\xef\xbb\xbfHeadline\n" + BODY.encode())
    row = _article(_ingest(tmp_path), "bom.txt")
    assert row["text"] == "Headline\n" + BODY and row["title"] == "Headline"


def test_normalisation_and_offsets(tmp_path: Path) -> None:
    raw = "Pact\u00a0signed\r\n\r\n\r\n\r\nMinisters met in Zu\u0308rich.  Talks   went\twell.\r\n"
    _write(tmp_path, "n.txt", raw)
    row = _article(_ingest(tmp_path), "n.txt")
    text = row["text"]
    assert text == "Pact signed\n\nMinisters met in Zürich. Talks went\twell."
    assert row["title"] == "Pact signed"
    start = text.index("Zürich")
    assert text[start : start + len("Zürich")] == "Zürich"
    assert start == len("Pact signed\n\nMinisters met in ")
    assert row["n_chars"] == len(text) == 54
    assert row["article_id"] == content_id(normalise_text(raw))


# --- whole folders ---------------------------------------------------------------------------


def test_empty_folder_gives_typed_empty_frames(tmp_path: Path) -> None:
    result = _ingest(tmp_path)
    assert result.n_files == 0
    assert result.articles.height == 0 and result.rejected.height == 0
    assert result.articles.schema["published_date"] == pl.Date
    assert result.articles.columns[0] == "article_id"
    assert result.rejected.columns == ["source_file", "reason", "detail", "duplicate_of"]


def test_missing_root_raises(tmp_path: Path) -> None:
    with pytest.raises(NotADirectoryError):
        ingest_folder(tmp_path / "nope")


def test_every_input_accounted_for(tmp_path: Path) -> None:
    _write(tmp_path, "a.txt", "Headline A\n" + BODY)
    _write(tmp_path, "b.txt", "Headline A\n" + BODY)
    _write(tmp_path, "c.bin", b"\x00")
    _write(tmp_path, "d/e.md", "# Heading\nThe coast guard seized a vessel near the strait.")
    result = _ingest(tmp_path)
    seen = set(result.articles["source_file"]) | set(result.rejected["source_file"])
    assert seen == {"a.txt", "b.txt", "c.bin", "d/e.md"}
    assert result.articles.height + result.rejected.height == result.n_files == 4


def test_seeds_ingest_cleanly() -> None:
    result = _ingest(SEEDS)
    assert result.n_files == 5
    assert result.articles.height == 5
    assert result.rejected.height == 0
    assert sorted(result.articles["source_file"]) == sorted(p.name for p in SEEDS.glob("*.txt"))
    assert result.articles["title"][
        result.articles["source_file"].to_list().index("000_d14c5e9dc816c824.txt")
    ].startswith("India, US Sign 10-Year Defence Framework")
    assert (result.articles["n_chars"] == result.articles["text"].str.len_chars()).all()
