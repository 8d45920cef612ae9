"""Which language and script a message is in.

Script: count letters per Unicode block; the Indic block with most letters wins, else Latin.
Language: the script names it (Tamil block -> ta), except Devanagari (Hindi or Marathi, told
apart by marker words) and Latin (English or a romanised language, told apart by weighted
marker words from data/language_markers.csv). Code-mixed messages ("दो kg atta") go by their
native letters, because that is the script the customer can read.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import cache
from typing import Final

from intents.cleaning import WORD_CHARS, fold_for_matching
from intents.tables import read_table

# (first code point, last code point, ISO 15924 script, language when the script decides)
_INDIC_BLOCKS: Final = (
    (0x0900, 0x097F, "Deva", "hi"),
    (0x0980, 0x09FF, "Beng", "bn"),
    (0x0A00, 0x0A7F, "Guru", "pa"),
    (0x0A80, 0x0AFF, "Gujr", "gu"),
    (0x0B00, 0x0B7F, "Orya", "or"),
    (0x0B80, 0x0BFF, "Taml", "ta"),
    (0x0C00, 0x0C7F, "Telu", "te"),
    (0x0C80, 0x0CFF, "Knda", "kn"),
    (0x0D00, 0x0D7F, "Mlym", "ml"),
)
_SCRIPT_LANGUAGE: Final = {script: language for _, _, script, language in _INDIC_BLOCKS}
_WORD: Final = re.compile(f"(?:{WORD_CHARS})+")
# Latin-script messages need this much marker weight before we call them non-English.
_MIN_ROMANISED_SCORE: Final = 1.0


@dataclass(frozen=True, slots=True, kw_only=True)
class DetectedLanguage:
    language: str  # one of LANGUAGES
    script: str  # ISO 15924


def script_of(char: str) -> str | None:
    """ISO 15924 code of one character's block, "Latn" for Latin letters, else None."""
    point = ord(char)
    if point < 0x0900:
        return "Latn" if char.isalpha() else None
    for first, last, script, _ in _INDIC_BLOCKS:
        if first <= point <= last:
            return script
    return None


def script_counts(text: str) -> Counter[str]:
    counts: Counter[str] = Counter()
    for char in text:
        script = script_of(char)
        if script is not None:
            counts[script] += 1
    return counts


@cache
def _romanised_markers() -> dict[str, tuple[tuple[str, float], ...]]:
    markers: dict[str, list[tuple[str, float]]] = {}
    for row in read_table("language_markers.csv"):
        markers.setdefault(row["word"], []).append((row["language"], float(row["weight"])))
    return {word: tuple(pairs) for word, pairs in markers.items()}


@cache
def _marathi_markers() -> dict[str, float]:
    return {row["word"]: float(row["weight"]) for row in read_table("marathi_markers.csv")}


def _romanised_language(words: list[str]) -> str:
    markers = _romanised_markers()
    scores: Counter[str] = Counter()
    for word in words:
        for language, weight in markers.get(word, ()):
            scores[language] += weight
    if not scores:
        return "en"
    language, score = max(scores.items(), key=lambda pair: pair[1])
    if language != "en" and score < _MIN_ROMANISED_SCORE:
        return "en"
    return language


# Letters Marathi uses and Hindi (nearly) never: ळ (ḷa, डाळ, पोळी) and candra ॅ (मॅगी, पॅकेट).
_MARATHI_LETTERS: Final = {"ळ": 2.0, "ॅ": 1.5}


def _devanagari_language(words: list[str], text: str) -> str:
    markers = _marathi_markers()
    marathi = sum(markers.get(word, 0.0) for word in words)
    marathi += sum(weight for letter, weight in _MARATHI_LETTERS.items() if letter in text)
    return "mr" if marathi >= 2.0 else "hi"


def detect_language(text: str) -> DetectedLanguage:
    """Language code (one of LANGUAGES) and ISO 15924 script of a cleaned message."""
    folded = fold_for_matching(text)
    counts = script_counts(folded)
    indic = [(count, script) for script, count in counts.items() if script != "Latn"]
    words = _WORD.findall(folded)
    if indic:
        _, script = max(indic)
        if script == "Deva":
            return DetectedLanguage(language=_devanagari_language(words, folded), script=script)
        return DetectedLanguage(language=_SCRIPT_LANGUAGE[script], script=script)
    return DetectedLanguage(language=_romanised_language(words), script="Latn")
