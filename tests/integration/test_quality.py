"""Extraction quality floors on every annotated set, scored by the shared ``score.py``.

The floors sit a little under the figures of the current build, so a change that makes the
extractor worse on news it was not written for fails here. ``tests/fixtures/heldout`` holds
articles written by people who had not read the extractor (see its README).
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from pipelines.local_build import build_database

ROOT = Path(__file__).resolve().parents[2]
EVAL = ROOT.parent / "shared" / "eval"
HELDOUT = ROOT / "tests" / "fixtures" / "heldout"

SETS = {
    "seeds": (ROOT / "seeds", EVAL / "seeds.gold.jsonl", 0.95),
    "dev": (EVAL / "dev" / "articles", EVAL / "dev" / "gold.jsonl", 0.90),
    "heldout-a": (HELDOUT / "a" / "articles", HELDOUT / "a" / "gold.jsonl", 0.85),
    "heldout-b": (HELDOUT / "b" / "articles", HELDOUT / "b" / "gold.jsonl", 0.82),
    "heldout-c": (HELDOUT / "c" / "articles", HELDOUT / "c" / "gold.jsonl", 0.87),
    "heldout-d": (HELDOUT / "d" / "articles", HELDOUT / "d" / "gold.jsonl", 0.67),
    "heldout-e": (HELDOUT / "e" / "articles", HELDOUT / "e" / "gold.jsonl", 0.83),
    "heldout-f": (HELDOUT / "f" / "articles", HELDOUT / "f" / "gold.jsonl", 0.80),
    "heldout-g": (HELDOUT / "g" / "articles", HELDOUT / "g" / "gold.jsonl", 0.83),
    "heldout-h": (HELDOUT / "h" / "articles", HELDOUT / "h" / "gold.jsonl", 0.73),
    "heldout-i": (HELDOUT / "i" / "articles", HELDOUT / "i" / "gold.jsonl", 0.66),
    "heldout-j": (HELDOUT / "j" / "articles", HELDOUT / "j" / "gold.jsonl", 0.65),
    "heldout-k": (HELDOUT / "k" / "articles", HELDOUT / "k" / "gold.jsonl", 0.76),
    "heldout-l": (HELDOUT / "l" / "articles", HELDOUT / "l" / "gold.jsonl", 0.84),
    "heldout-m": (HELDOUT / "m" / "articles", HELDOUT / "m" / "gold.jsonl", 0.77),
    "heldout-n": (HELDOUT / "n" / "articles", HELDOUT / "n" / "gold.jsonl", 0.70),
    "heldout-o": (HELDOUT / "o" / "articles", HELDOUT / "o" / "gold.jsonl", 0.44),
    "heldout-p": (HELDOUT / "p" / "articles", HELDOUT / "p" / "gold.jsonl", 0.83),
    "heldout-q": (HELDOUT / "q" / "articles", HELDOUT / "q" / "gold.jsonl", 0.84),
    "heldout-r": (HELDOUT / "r" / "articles", HELDOUT / "r" / "gold.jsonl", 0.65),
    "heldout-s": (HELDOUT / "s" / "articles", HELDOUT / "s" / "gold.jsonl", 0.80),
    "heldout-t": (HELDOUT / "t" / "articles", HELDOUT / "t" / "gold.jsonl", 0.80),
    "heldout-u": (HELDOUT / "u" / "articles", HELDOUT / "u" / "gold.jsonl", 0.74),
    "heldout-v": (HELDOUT / "v" / "articles", HELDOUT / "v" / "gold.jsonl", 0.75),
    "heldout-w": (HELDOUT / "w" / "articles", HELDOUT / "w" / "gold.jsonl", 0.71),
    "heldout-x": (HELDOUT / "x" / "articles", HELDOUT / "x" / "gold.jsonl", 0.60),
    "heldout-y": (HELDOUT / "y" / "articles", HELDOUT / "y" / "gold.jsonl", 0.72),
    "heldout-z": (HELDOUT / "z" / "articles", HELDOUT / "z" / "gold.jsonl", 0.74),
    "heldout-aa": (HELDOUT / "aa" / "articles", HELDOUT / "aa" / "gold.jsonl", 0.57),
    "heldout-ab": (HELDOUT / "ab" / "articles", HELDOUT / "ab" / "gold.jsonl", 0.70),
    "heldout-ac": (HELDOUT / "ac" / "articles", HELDOUT / "ac" / "gold.jsonl", 0.69),
    "heldout-ad": (HELDOUT / "ad" / "articles", HELDOUT / "ad" / "gold.jsonl", 0.70),
    "heldout-ae": (HELDOUT / "ae" / "articles", HELDOUT / "ae" / "gold.jsonl", 0.64),
    "heldout-af": (HELDOUT / "af" / "articles", HELDOUT / "af" / "gold.jsonl", 0.65),
    "heldout-ag": (HELDOUT / "ag" / "articles", HELDOUT / "ag" / "gold.jsonl", 0.81),
    "heldout-ah": (HELDOUT / "ah" / "articles", HELDOUT / "ah" / "gold.jsonl", 0.73),
    "heldout-ai": (HELDOUT / "ai" / "articles", HELDOUT / "ai" / "gold.jsonl", 0.60),
    "heldout-aj": (HELDOUT / "aj" / "articles", HELDOUT / "aj" / "gold.jsonl", 0.72),
    "heldout-ak": (HELDOUT / "ak" / "articles", HELDOUT / "ak" / "gold.jsonl", 0.73),
    "heldout-al": (HELDOUT / "al" / "articles", HELDOUT / "al" / "gold.jsonl", 0.63),
    "heldout-am": (HELDOUT / "am" / "articles", HELDOUT / "am" / "gold.jsonl", 0.61),
    "heldout-an": (HELDOUT / "an" / "articles", HELDOUT / "an" / "gold.jsonl", 0.74),
    "heldout-ao": (HELDOUT / "ao" / "articles", HELDOUT / "ao" / "gold.jsonl", 0.66),
    "heldout-ap": (HELDOUT / "ap" / "articles", HELDOUT / "ap" / "gold.jsonl", 0.71),
    "heldout-aq": (HELDOUT / "aq" / "articles", HELDOUT / "aq" / "gold.jsonl", 0.67),
    "heldout-ar": (HELDOUT / "ar" / "articles", HELDOUT / "ar" / "gold.jsonl", 0.67),
    "heldout-as": (HELDOUT / "as" / "articles", HELDOUT / "as" / "gold.jsonl", 0.58),
    "heldout-at": (HELDOUT / "at" / "articles", HELDOUT / "at" / "gold.jsonl", 0.77),
    "heldout-au": (HELDOUT / "au" / "articles", HELDOUT / "au" / "gold.jsonl", 0.50),
    "heldout-av": (HELDOUT / "av" / "articles", HELDOUT / "av" / "gold.jsonl", 0.58),
    "heldout-aw": (HELDOUT / "aw" / "articles", HELDOUT / "aw" / "gold.jsonl", 0.65),
    "heldout-ax": (HELDOUT / "ax" / "articles", HELDOUT / "ax" / "gold.jsonl", 0.64),
    "heldout-ay": (HELDOUT / "ay" / "articles", HELDOUT / "ay" / "gold.jsonl", 0.60),
    "heldout-az": (HELDOUT / "az" / "articles", HELDOUT / "az" / "gold.jsonl", 0.54),
    "heldout-ba": (HELDOUT / "ba" / "articles", HELDOUT / "ba" / "gold.jsonl", 0.67),
    "heldout-bb": (HELDOUT / "bb" / "articles", HELDOUT / "bb" / "gold.jsonl", 0.60),
    "heldout-bc": (HELDOUT / "bc" / "articles", HELDOUT / "bc" / "gold.jsonl", 0.63),
    "heldout-bd": (HELDOUT / "bd" / "articles", HELDOUT / "bd" / "gold.jsonl", 0.61),
    "heldout-be": (HELDOUT / "be" / "articles", HELDOUT / "be" / "gold.jsonl", 0.55),
    "heldout-bf": (HELDOUT / "bf" / "articles", HELDOUT / "bf" / "gold.jsonl", 0.51),
    "heldout-bg": (HELDOUT / "bg" / "articles", HELDOUT / "bg" / "gold.jsonl", 0.69),
    "heldout-bh": (HELDOUT / "bh" / "articles", HELDOUT / "bh" / "gold.jsonl", 0.55),
    "heldout-bi": (HELDOUT / "bi" / "articles", HELDOUT / "bi" / "gold.jsonl", 0.59),
    "heldout-bj": (HELDOUT / "bj" / "articles", HELDOUT / "bj" / "gold.jsonl", 0.52),
    "heldout-bk": (HELDOUT / "bk" / "articles", HELDOUT / "bk" / "gold.jsonl", 0.70),
    "heldout-bl": (HELDOUT / "bl" / "articles", HELDOUT / "bl" / "gold.jsonl", 0.62),
    "heldout-bm": (HELDOUT / "bm" / "articles", HELDOUT / "bm" / "gold.jsonl", 0.70),
    "heldout-bn": (HELDOUT / "bn" / "articles", HELDOUT / "bn" / "gold.jsonl", 0.70),
    "heldout-bo": (HELDOUT / "bo" / "articles", HELDOUT / "bo" / "gold.jsonl", 0.71),
    "heldout-bp": (HELDOUT / "bp" / "articles", HELDOUT / "bp" / "gold.jsonl", 0.53),
    "heldout-bq": (HELDOUT / "bq" / "articles", HELDOUT / "bq" / "gold.jsonl", 0.63),
    "heldout-br": (HELDOUT / "br" / "articles", HELDOUT / "br" / "gold.jsonl", 0.51),
    "heldout-bs": (HELDOUT / "bs" / "articles", HELDOUT / "bs" / "gold.jsonl", 0.62),
    "heldout-bt": (HELDOUT / "bt" / "articles", HELDOUT / "bt" / "gold.jsonl", 0.64),
    "heldout-bu": (HELDOUT / "bu" / "articles", HELDOUT / "bu" / "gold.jsonl", 0.54),
    "heldout-bv": (HELDOUT / "bv" / "articles", HELDOUT / "bv" / "gold.jsonl", 0.68),
    "heldout-bw": (HELDOUT / "bw" / "articles", HELDOUT / "bw" / "gold.jsonl", 0.64),
    "heldout-bx": (HELDOUT / "bx" / "articles", HELDOUT / "bx" / "gold.jsonl", 0.46),
    "heldout-by": (HELDOUT / "by" / "articles", HELDOUT / "by" / "gold.jsonl", 0.69),
    "heldout-bz": (HELDOUT / "bz" / "articles", HELDOUT / "bz" / "gold.jsonl", 0.59),
    "heldout-ca": (HELDOUT / "ca" / "articles", HELDOUT / "ca" / "gold.jsonl", 0.70),
    "heldout-cb": (HELDOUT / "cb" / "articles", HELDOUT / "cb" / "gold.jsonl", 0.62),
    "heldout-cc": (HELDOUT / "cc" / "articles", HELDOUT / "cc" / "gold.jsonl", 0.56),
    "heldout-cd": (HELDOUT / "cd" / "articles", HELDOUT / "cd" / "gold.jsonl", 0.62),
    "heldout-ce": (HELDOUT / "ce" / "articles", HELDOUT / "ce" / "gold.jsonl", 0.75),
    "heldout-cf": (HELDOUT / "cf" / "articles", HELDOUT / "cf" / "gold.jsonl", 0.59),
    "heldout-cg": (HELDOUT / "cg" / "articles", HELDOUT / "cg" / "gold.jsonl", 0.53),
    "heldout-ch": (HELDOUT / "ch" / "articles", HELDOUT / "ch" / "gold.jsonl", 0.57),
    "heldout-ci": (HELDOUT / "ci" / "articles", HELDOUT / "ci" / "gold.jsonl", 0.47),
    "heldout-cj": (HELDOUT / "cj" / "articles", HELDOUT / "cj" / "gold.jsonl", 0.64),
    "heldout-ck": (HELDOUT / "ck" / "articles", HELDOUT / "ck" / "gold.jsonl", 0.58),
    "heldout-cl": (HELDOUT / "cl" / "articles", HELDOUT / "cl" / "gold.jsonl", 0.58),
    "heldout-cm": (HELDOUT / "cm" / "articles", HELDOUT / "cm" / "gold.jsonl", 0.66),
    "heldout-cn": (HELDOUT / "cn" / "articles", HELDOUT / "cn" / "gold.jsonl", 0.66),
    "heldout-co": (HELDOUT / "co" / "articles", HELDOUT / "co" / "gold.jsonl", 0.57),
    "heldout-cp": (HELDOUT / "cp" / "articles", HELDOUT / "cp" / "gold.jsonl", 0.70),
    "heldout-cq": (HELDOUT / "cq" / "articles", HELDOUT / "cq" / "gold.jsonl", 0.57),
    "heldout-cr": (HELDOUT / "cr" / "articles", HELDOUT / "cr" / "gold.jsonl", 0.71),
    "heldout-cs": (HELDOUT / "cs" / "articles", HELDOUT / "cs" / "gold.jsonl", 0.72),
    "heldout-ct": (HELDOUT / "ct" / "articles", HELDOUT / "ct" / "gold.jsonl", 0.65),
    "heldout-cu": (HELDOUT / "cu" / "articles", HELDOUT / "cu" / "gold.jsonl", 0.68),
    "heldout-cv": (HELDOUT / "cv" / "articles", HELDOUT / "cv" / "gold.jsonl", 0.63),
    "heldout-cw": (HELDOUT / "cw" / "articles", HELDOUT / "cw" / "gold.jsonl", 0.59),
    "heldout-cx": (HELDOUT / "cx" / "articles", HELDOUT / "cx" / "gold.jsonl", 0.67),
    "heldout-cy": (HELDOUT / "cy" / "articles", HELDOUT / "cy" / "gold.jsonl", 0.77),
    "heldout-cz": (HELDOUT / "cz" / "articles", HELDOUT / "cz" / "gold.jsonl", 0.63),
    "heldout-da": (HELDOUT / "da" / "articles", HELDOUT / "da" / "gold.jsonl", 0.50),
    "heldout-db": (HELDOUT / "db" / "articles", HELDOUT / "db" / "gold.jsonl", 0.50),
    "heldout-dc": (HELDOUT / "dc" / "articles", HELDOUT / "dc" / "gold.jsonl", 0.54),
    "heldout-dd": (HELDOUT / "dd" / "articles", HELDOUT / "dd" / "gold.jsonl", 0.62),
    "heldout-de": (HELDOUT / "de" / "articles", HELDOUT / "de" / "gold.jsonl", 0.56),
    "heldout-df": (HELDOUT / "df" / "articles", HELDOUT / "df" / "gold.jsonl", 0.58),
    "heldout-dg": (HELDOUT / "dg" / "articles", HELDOUT / "dg" / "gold.jsonl", 0.43),
    "heldout-dh": (HELDOUT / "dh" / "articles", HELDOUT / "dh" / "gold.jsonl", 0.47),
    "heldout-di": (HELDOUT / "di" / "articles", HELDOUT / "di" / "gold.jsonl", 0.27),
    "heldout-dj": (HELDOUT / "dj" / "articles", HELDOUT / "dj" / "gold.jsonl", 0.35),
    "heldout-dk": (HELDOUT / "dk" / "articles", HELDOUT / "dk" / "gold.jsonl", 0.67),
    "heldout-dl": (HELDOUT / "dl" / "articles", HELDOUT / "dl" / "gold.jsonl", 0.57),
    "heldout-dm": (HELDOUT / "dm" / "articles", HELDOUT / "dm" / "gold.jsonl", 0.54),
    "heldout-dn": (HELDOUT / "dn" / "articles", HELDOUT / "dn" / "gold.jsonl", 0.71),
    "heldout-do": (HELDOUT / "do" / "articles", HELDOUT / "do" / "gold.jsonl", 0.44),
    "heldout-dp": (HELDOUT / "dp" / "articles", HELDOUT / "dp" / "gold.jsonl", 0.39),
    "heldout-dq": (HELDOUT / "dq" / "articles", HELDOUT / "dq" / "gold.jsonl", 0.64),
    "heldout-dr": (HELDOUT / "dr" / "articles", HELDOUT / "dr" / "gold.jsonl", 0.36),
    "heldout-ds": (HELDOUT / "ds" / "articles", HELDOUT / "ds" / "gold.jsonl", 0.60),
    "heldout-dt": (HELDOUT / "dt" / "articles", HELDOUT / "dt" / "gold.jsonl", 0.48),
    "heldout-du": (HELDOUT / "du" / "articles", HELDOUT / "du" / "gold.jsonl", 0.60),
    "heldout-dv": (HELDOUT / "dv" / "articles", HELDOUT / "dv" / "gold.jsonl", 0.70),
    "heldout-dw": (HELDOUT / "dw" / "articles", HELDOUT / "dw" / "gold.jsonl", 0.60),
    "heldout-dx": (HELDOUT / "dx" / "articles", HELDOUT / "dx" / "gold.jsonl", 0.60),
    "heldout-dy": (HELDOUT / "dy" / "articles", HELDOUT / "dy" / "gold.jsonl", 0.30),
    "heldout-dz": (HELDOUT / "dz" / "articles", HELDOUT / "dz" / "gold.jsonl", 0.77),
    "heldout-ea": (HELDOUT / "ea" / "articles", HELDOUT / "ea" / "gold.jsonl", 0.60),
    "heldout-eb": (HELDOUT / "eb" / "articles", HELDOUT / "eb" / "gold.jsonl", 0.56),
    "heldout-ec": (HELDOUT / "ec" / "articles", HELDOUT / "ec" / "gold.jsonl", 0.63),
    "heldout-ed": (HELDOUT / "ed" / "articles", HELDOUT / "ed" / "gold.jsonl", 0.54),
    "heldout-ee": (HELDOUT / "ee" / "articles", HELDOUT / "ee" / "gold.jsonl", 0.62),
    "heldout-ef": (HELDOUT / "ef" / "articles", HELDOUT / "ef" / "gold.jsonl", 0.47),
    "heldout-eg": (HELDOUT / "eg" / "articles", HELDOUT / "eg" / "gold.jsonl", 0.55),
    "heldout-eh": (HELDOUT / "eh" / "articles", HELDOUT / "eh" / "gold.jsonl", 0.75),
    "heldout-ei": (HELDOUT / "ei" / "articles", HELDOUT / "ei" / "gold.jsonl", 0.40),
    "heldout-ej": (HELDOUT / "ej" / "articles", HELDOUT / "ej" / "gold.jsonl", 0.72),
    "heldout-ek": (HELDOUT / "ek" / "articles", HELDOUT / "ek" / "gold.jsonl", 0.46),
    "heldout-el": (HELDOUT / "el" / "articles", HELDOUT / "el" / "gold.jsonl", 0.31),
    "heldout-em": (HELDOUT / "em" / "articles", HELDOUT / "em" / "gold.jsonl", 0.40),
    "heldout-en": (HELDOUT / "en" / "articles", HELDOUT / "en" / "gold.jsonl", 0.70),
    "heldout-eo": (HELDOUT / "eo" / "articles", HELDOUT / "eo" / "gold.jsonl", 0.43),
    "heldout-ep": (HELDOUT / "ep" / "articles", HELDOUT / "ep" / "gold.jsonl", 0.68),
    "heldout-eq": (HELDOUT / "eq" / "articles", HELDOUT / "eq" / "gold.jsonl", 0.32),
    "heldout-er": (HELDOUT / "er" / "articles", HELDOUT / "er" / "gold.jsonl", 0.63),
    "heldout-es": (HELDOUT / "es" / "articles", HELDOUT / "es" / "gold.jsonl", 0.52),
    "heldout-et": (HELDOUT / "et" / "articles", HELDOUT / "et" / "gold.jsonl", 0.44),
    "heldout-eu": (HELDOUT / "eu" / "articles", HELDOUT / "eu" / "gold.jsonl", 0.48),
    "heldout-ev": (HELDOUT / "ev" / "articles", HELDOUT / "ev" / "gold.jsonl", 0.52),
    "heldout-ew": (HELDOUT / "ew" / "articles", HELDOUT / "ew" / "gold.jsonl", 0.66),
    "heldout-ex": (HELDOUT / "ex" / "articles", HELDOUT / "ex" / "gold.jsonl", 0.60),
    "heldout-ey": (HELDOUT / "ey" / "articles", HELDOUT / "ey" / "gold.jsonl", 0.49),
    "heldout-ez": (HELDOUT / "ez" / "articles", HELDOUT / "ez" / "gold.jsonl", 0.58),
    "heldout-fa": (HELDOUT / "fa" / "articles", HELDOUT / "fa" / "gold.jsonl", 0.55),
    "heldout-fb": (HELDOUT / "fb" / "articles", HELDOUT / "fb" / "gold.jsonl", 0.41),
    "heldout-fc": (HELDOUT / "fc" / "articles", HELDOUT / "fc" / "gold.jsonl", 0.63),
    "heldout-fd": (HELDOUT / "fd" / "articles", HELDOUT / "fd" / "gold.jsonl", 0.57),
    "heldout-fe": (HELDOUT / "fe" / "articles", HELDOUT / "fe" / "gold.jsonl", 0.53),
    "heldout-ff": (HELDOUT / "ff" / "articles", HELDOUT / "ff" / "gold.jsonl", 0.53),
    "heldout-fg": (HELDOUT / "fg" / "articles", HELDOUT / "fg" / "gold.jsonl", 0.66),
    "heldout-fh": (HELDOUT / "fh" / "articles", HELDOUT / "fh" / "gold.jsonl", 0.38),
    "heldout-fi": (HELDOUT / "fi" / "articles", HELDOUT / "fi" / "gold.jsonl", 0.69),
    "heldout-fj": (HELDOUT / "fj" / "articles", HELDOUT / "fj" / "gold.jsonl", 0.51),
    "heldout-fk": (HELDOUT / "fk" / "articles", HELDOUT / "fk" / "gold.jsonl", 0.67),
    "heldout-fl": (HELDOUT / "fl" / "articles", HELDOUT / "fl" / "gold.jsonl", 0.46),
    "heldout-fm": (HELDOUT / "fm" / "articles", HELDOUT / "fm" / "gold.jsonl", 0.38),
    "heldout-fn": (HELDOUT / "fn" / "articles", HELDOUT / "fn" / "gold.jsonl", 0.52),
    "heldout-fo": (HELDOUT / "fo" / "articles", HELDOUT / "fo" / "gold.jsonl", 0.51),
    "heldout-fp": (HELDOUT / "fp" / "articles", HELDOUT / "fp" / "gold.jsonl", 0.58),
    "heldout-fq": (HELDOUT / "fq" / "articles", HELDOUT / "fq" / "gold.jsonl", 0.50),
    "heldout-fr": (HELDOUT / "fr" / "articles", HELDOUT / "fr" / "gold.jsonl", 0.50),
    "heldout-fs": (HELDOUT / "fs" / "articles", HELDOUT / "fs" / "gold.jsonl", 0.58),
    "heldout-ft": (HELDOUT / "ft" / "articles", HELDOUT / "ft" / "gold.jsonl", 0.53),
    "heldout-fu": (HELDOUT / "fu" / "articles", HELDOUT / "fu" / "gold.jsonl", 0.63),
    "heldout-fv": (HELDOUT / "fv" / "articles", HELDOUT / "fv" / "gold.jsonl", 0.62),
    "heldout-fw": (HELDOUT / "fw" / "articles", HELDOUT / "fw" / "gold.jsonl", 0.64),
    "heldout-fx": (HELDOUT / "fx" / "articles", HELDOUT / "fx" / "gold.jsonl", 0.45),
    "heldout-fy": (HELDOUT / "fy" / "articles", HELDOUT / "fy" / "gold.jsonl", 0.44),
    "heldout-fz": (HELDOUT / "fz" / "articles", HELDOUT / "fz" / "gold.jsonl", 0.58),
    "heldout-ga": (HELDOUT / "ga" / "articles", HELDOUT / "ga" / "gold.jsonl", 0.63),
    "heldout-gb": (HELDOUT / "gb" / "articles", HELDOUT / "gb" / "gold.jsonl", 0.64),
    "heldout-gc": (HELDOUT / "gc" / "articles", HELDOUT / "gc" / "gold.jsonl", 0.62),
    "heldout-gd": (HELDOUT / "gd" / "articles", HELDOUT / "gd" / "gold.jsonl", 0.48),
    "heldout-ge": (HELDOUT / "ge" / "articles", HELDOUT / "ge" / "gold.jsonl", 0.43),
    "heldout-gf": (HELDOUT / "gf" / "articles", HELDOUT / "gf" / "gold.jsonl", 0.49),
    "heldout-gg": (HELDOUT / "gg" / "articles", HELDOUT / "gg" / "gold.jsonl", 0.46),
    "heldout-gh": (HELDOUT / "gh" / "articles", HELDOUT / "gh" / "gold.jsonl", 0.65),
    "heldout-gi": (HELDOUT / "gi" / "articles", HELDOUT / "gi" / "gold.jsonl", 0.64),
}


def _build(articles_dir: Path, db_path: Path) -> Path:
    return build_database(articles_dir, db_path)


def _score(db: Path, gold: Path) -> tuple[float, str]:
    out = subprocess.run(
        [sys.executable, str(EVAL / "score.py"), "--db", str(db), "--gold", str(gold)],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    f1 = float(re.search(r"event F1 = ([0-9.]+)", out).group(1))
    return f1, out


@pytest.mark.parametrize("name", sorted(SETS))
def test_event_f1_floor(name: str, tmp_path: Path) -> None:
    articles, gold, floor = SETS[name]
    if not (EVAL / "score.py").exists() or not gold.exists():
        pytest.skip("../shared/eval is not beside this checkout")
    f1, report = _score(_build(articles, tmp_path / "events.duckdb"), gold)
    assert f1 >= floor, report


def test_seed_signing_is_one_event_reported_five_times(tmp_path: Path) -> None:
    db = _build(ROOT / "seeds", tmp_path / "seeds.duckdb")
    con = duckdb.connect(str(db), read_only=True)
    rows = con.execute(
        "SELECT n_articles, countries, CAST(event_date AS VARCHAR) FROM events "
        "WHERE plover_type = 'AGREE' ORDER BY n_articles DESC LIMIT 1"
    ).fetchall()
    con.close()
    assert rows == [(5, "IND;USA", "2025-10-31")]
