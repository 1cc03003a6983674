"""A whole build over a generated corpus of bad and hostile inputs (see ``hostile.py``).

The build must finish with every check passing, account for every file with a readable reason,
keep the good records of a damaged collection, and never touch the network.
"""

from __future__ import annotations

import socket

import polars as pl
import pytest
from building import Build, run_build
from hostile import BULK_DIR, N_BULK, write_hostile_corpus

_NETWORK_CALLS = ("connect", "connect_ex", "sendto")


class NetworkAttempt(AssertionError):
    pass


@pytest.fixture(scope="module")
def network_attempts() -> list[str]:
    """Every attempt to open a connection or resolve a name during the module, recorded and refused."""
    attempts: list[str] = []
    saved = {name: getattr(socket.socket, name) for name in _NETWORK_CALLS}
    saved_lookup = socket.getaddrinfo

    def refuse(what: str):
        def _refuse(*args, **kwargs):
            attempts.append(f"{what}{args[1:] if what != 'getaddrinfo' else args}")
            raise NetworkAttempt(f"network access attempted: {what}")

        return _refuse

    for name in _NETWORK_CALLS:
        setattr(socket.socket, name, refuse(name))
    socket.getaddrinfo = refuse("getaddrinfo")
    try:
        yield attempts
    finally:
        for name, original in saved.items():
            setattr(socket.socket, name, original)
        socket.getaddrinfo = saved_lookup


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory, network_attempts: list[str]) -> tuple[Build, dict]:
    root = tmp_path_factory.mktemp("hostile_articles")
    expect = write_hostile_corpus(root, tmp_path_factory.mktemp("outside"))
    return run_build(root, tmp_path_factory.mktemp("hostile_out")), expect


def _table(build: Build, table: str) -> pl.DataFrame:
    return pl.read_parquet(build.release / f"{table}.parquet")


def test_build_finishes_and_every_check_passes(hostile: tuple[Build, dict]) -> None:
    build, _ = hostile
    assert build.result.success
    failed = [
        e.asset_check_key.to_user_string() for e in build.result.get_asset_check_evaluations() if not e.passed
    ]
    assert failed == []


def test_every_file_has_its_expected_outcome(hostile: tuple[Build, dict]) -> None:
    build, expect = hostile
    articles, rejected = _table(build, "articles"), _table(build, "rejected_inputs")
    got = {s: ("article", None) for s in articles["source_file"]}
    got |= {s: ("article", None) for s in articles["metadata_file"].drop_nulls()}
    got |= {r["source_file"]: ("rejected", r["reason"]) for r in rejected.iter_rows(named=True)}
    assert got == expect
    assert rejected.filter(pl.col("detail").str.len_chars() < 10).height == 0


def test_input_coverage_check_counts_add_up(hostile: tuple[Build, dict]) -> None:
    build, expect = hostile
    (evaluation,) = [
        e for e in build.result.get_asset_check_evaluations() if e.asset_check_key.name == "input_coverage"
    ]
    meta = {k: v.value for k, v in evaluation.metadata.items()}
    n_files = len({k.split("#")[0] for k in expect})
    assert meta["n_input_files"] == n_files == N_BULK + 28
    assert (meta["missing"], meta["unexpected"], meta["in_both_tables"]) == ([], [], [])
    assert meta["n_articles"] + meta["n_rejected"] + meta["n_metadata_files_applied"] == len(expect)
    assert meta["n_metadata_files_applied"] == 1 and meta["n_repeated_sources"] == 0


def test_rejection_details_are_readable(hostile: tuple[Build, dict]) -> None:
    build, _ = hostile
    detail = dict(_table(build, "rejected_inputs").select("source_file", "detail").iter_rows())
    assert detail["huge.txt"].startswith("file has 50.0 MiB; a .txt file may have at most 16 MiB")
    assert detail["binary.txt"] == "binary file"
    assert detail["invalid_utf8.txt"].startswith("not text in UTF-8 or Windows-1252: byte 0x81 at offset 6")
    assert detail["link_outside.txt"] == "symbolic link points outside the input folder; not followed"
    assert detail["french.txt"].startswith("written in French (fr, probability")
    assert detail["b_copy.txt"] == "same text as a_original.txt"
    assert detail["feed.jsonl#2"].startswith("invalid JSON on line 2")
    assert "'2023-02-30' is not a real date" in detail["wrong_date.meta.json"]
    assert "unknown key(s) 'author'" in detail["unknown_keys.meta.json"]
    assert "'../../etc/passwd' is not an absolute http:// or https:// address" in detail["dotdot.meta.json"]


def test_decoded_texts_and_metadata(hostile: tuple[Build, dict]) -> None:
    build, _ = hostile
    rows = {r["source_file"]: r for r in _table(build, "articles").iter_rows(named=True)}
    assert rows["windows1252.txt"]["encoding"] == "windows-1252"
    assert "LIMA, March 3, 2023 \u2013 Chile" in rows["windows1252.txt"]["text"]
    assert rows["utf16_bom.txt"]["encoding"] == "utf-16"
    assert rows["utf16_bom.txt"]["text"].startswith("Chile and Peru sign coastal patrol (number 2) accord\n")
    assert rows["good.txt"]["metadata_file"] == "good.meta.json" and rows["good.txt"]["outlet"] == "Wire"
    for name in ("wrong_date.txt", "unknown_keys.txt", "dotdot.txt"):
        assert (rows[name]["published_date"], rows[name]["url"], rows[name]["metadata_file"]) == (
            None,
            None,
            None,
        )
    assert sum(s.startswith(f"{BULK_DIR}/") for s in rows) == N_BULK


def test_html_keeps_text_and_drops_active_content_without_network(
    hostile: tuple[Build, dict], network_attempts: list[str]
) -> None:
    build, _ = hostile
    (html,) = _table(build, "articles").filter(pl.col("source_file") == "hostile.html").iter_rows(named=True)
    assert html["title"] == "Kenya and Tanzania agree border security pact"
    assert "signed a border security pact in Nairobi" in html["text"]
    for leaked in ("SECRET_SCRIPT", "attacker.invalid", "IFRAME_FALLBACK_TEXT", "document.cookie"):
        assert leaked not in html["text"]
    assert network_attempts == []


def test_the_network_guard_catches_a_fetch(network_attempts: list[str]) -> None:
    """The guard above is real: a fetch made while it is installed is refused and recorded."""
    import urllib.request

    before = len(network_attempts)
    with pytest.raises(Exception, match="network access attempted"):
        urllib.request.urlopen("http://attacker.invalid/steal", timeout=1)
    assert len(network_attempts) == before + 1
    del network_attempts[before:]


def test_formula_names_neutralised_in_csv_only(hostile: tuple[Build, dict]) -> None:
    build, _ = hostile
    in_csv = set(pl.read_csv(build.release / "articles.csv", infer_schema=False)["source_file"])
    assert {"'=HYPERLINK(1).txt", "'-rf.txt", "'--help.md"} <= in_csv
    assert {"=HYPERLINK(1).txt", "-rf.txt", "--help.md"} <= set(_table(build, "articles")["source_file"])
