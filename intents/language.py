"""Which language and script a message is in.

Script: count letters per Unicode block; the Indic block with most letters wins, else Latin.
Language: the script names it (Tamil block -> ta), except Devanagari (Hindi or Marathi) and
Latin (English or a romanised language), told apart by weighted marker words from
data/language_markers.csv (and data/marathi_markers.csv): each distinct word adds its weight to
the languages that write it, looked up as written, then by its spelling key (kaavaali =
kavali), then by a suffix (-andi, -idunga). A romanised language needs a clear lead, over
English and over the next language, else the message counts as "en" and the chat keeps the
locale it had (bot/conversation.py choose_locale). Code-mixed messages ("दो kg atta") go by
their native letters, because that is the script the customer can read.
"""

from __future__ import annotations

import re
import unicodedata
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


# A Latin-script message is another language than English only when that language's markers
# reach this score, beat the English markers and lead the next language by the margin: one
# shared or English-looking word (weight 1 or less) never flips an English message.
_MIN_ROMANISED_SCORE: Final = 1.5
_ROMANISED_MARGIN: Final = 0.5
# Devanagari is Marathi with this much Marathi evidence, when it outweighs the Hindi words.
_MIN_MARATHI_SCORE: Final = 2.0
# Spelling keys and suffixes apply to longer words only (short words collide too easily); an
# Indic letter with its vowel sign is two code points, so native words need a shorter stem.
_MIN_KEYED_LENGTH: Final = 4
_MIN_SUFFIX_STEM: Final = 3
_MIN_NATIVE_SUFFIX_STEM: Final = 2

_Pairs = tuple[tuple[str, float], ...]


@dataclass(frozen=True, slots=True)
class _Markers:
    words: dict[str, _Pairs]  # exact word -> (language, weight) pairs
    keys: dict[str, _Pairs]  # spelling key of a Latin word -> pairs (not English)
    suffixes: tuple[tuple[str, _Pairs], ...]  # longest first


def _strip_marks(word: str) -> str:
    """Latin letters without diacritics (bēku -> beku); other scripts are left alone."""
    if word.isascii() or any(script_of(char) not in ("Latn", None) for char in word):
        return word
    decomposed = unicodedata.normalize("NFD", word)
    return "".join(char for char in decomposed if not unicodedata.combining(char))


_CONSONANT_H: Final = re.compile(r"([bcdgjkpst])h")
_DOUBLED: Final = re.compile(r"(.)\1+")


def spelling_key(word: str) -> str:
    """How a romanised word is spelt give or take the usual variations: w = v, z = j, no h
    after a consonant (so sh = s), no doubled letters (kaavali, kavaali -> kavali;
    thaaru -> taru)."""
    key = word.replace("w", "v").replace("z", "j")
    key = _CONSONANT_H.sub(r"\1", key)
    return _DOUBLED.sub(r"\1", key)


def _merge(table: dict[str, dict[str, float]], word: str, language: str, weight: float) -> None:
    languages = table.setdefault(word, {})
    languages[language] = max(weight, languages.get(language, 0.0))


def _frozen(table: dict[str, dict[str, float]]) -> dict[str, _Pairs]:
    return {word: tuple(languages.items()) for word, languages in table.items()}


@cache
def _markers() -> _Markers:
    words: dict[str, dict[str, float]] = {}
    keys: dict[str, dict[str, float]] = {}
    suffixes: dict[str, dict[str, float]] = {}
    for row in read_table("language_markers.csv"):
        word, language, weight = row["word"], row["language"], float(row["weight"])
        if word.startswith("-"):
            _merge(suffixes, word[1:], language, weight)
            continue
        _merge(words, word, language, weight)
        if language != "en" and word.isascii() and len(word) >= _MIN_KEYED_LENGTH:
            _merge(keys, spelling_key(word), language, weight)
    for row in read_table("marathi_markers.csv"):
        _merge(words, row["word"], "mr", float(row["weight"]))
    ordered = sorted(_frozen(suffixes).items(), key=lambda pair: -len(pair[0]))
    return _Markers(words=_frozen(words), keys=_frozen(keys), suffixes=tuple(ordered))


def _word_markers(word: str, markers: _Markers) -> _Pairs:
    pairs = markers.words.get(word)
    if pairs is not None:
        return pairs
    if word.isascii() and len(word) >= _MIN_KEYED_LENGTH:
        pairs = markers.keys.get(spelling_key(word))
        if pairs is not None:
            return pairs
    stem = _MIN_SUFFIX_STEM if word.isascii() else _MIN_NATIVE_SUFFIX_STEM
    for suffix, pairs in markers.suffixes:
        if len(word) - len(suffix) >= stem and word.endswith(suffix):
            return pairs
    return ()


_COUNTED_WORD: Final = re.compile(f"\\d\\s*((?:{WORD_CHARS})+)")


def _counted_products(text: str) -> frozenset[str]:
    """Words right after a number, or after a number and its unit, that the lexicon knows as a
    product ("6 andi", "ek dozen andi": eggs in Marathi): there the word is the thing counted,
    not the courtesy word another language drops as a filler (Telugu "andi")."""
    from intents.lexicon import load_lexicon  # the lexicon imports nothing from here

    lexicon = load_lexicon()
    counted = set(_COUNTED_WORD.findall(text)) | _after_spoken_amounts(_WORD.findall(text))
    return frozenset(word for word in counted if lexicon.lookup(word))


def _after_spoken_amounts(words: list[str]) -> set[str]:
    """The word after a number word and a counting unit ("ek dozen andi", "don packet"); after
    a weight ("rendu kilo andi") the word is as likely the courtesy word."""
    from intents.numbers import fraction_word, number_word_value  # numbers and units read no language from here
    from intents.units import MEASURE_UNITS, unit_word

    found: set[str] = set()
    for at in range(len(words) - 2):
        unit = unit_word(words[at + 1])
        spoken = number_word_value(words[at]) is not None or fraction_word(words[at]) is not None  # "ardha dozen andi"
        if unit is not None and unit.unit not in MEASURE_UNITS and spoken:
            found.add(words[at + 2])
    return found


def _is_filler(word: str, language: str) -> bool:
    from intents.items import is_filler  # items reads languages only through its callers

    return is_filler((word,), language)


def language_scores(words: list[str], counted: frozenset[str] = frozenset()) -> Counter[str]:
    """Marker weight per language over the distinct words of a message."""
    markers = _markers()
    scores: Counter[str] = Counter()
    for word in dict.fromkeys(_strip_marks(word) for word in words):
        for language, weight in _word_markers(word, markers):
            if word in counted and _is_filler(word, language):
                continue
            scores[language] += weight
    return scores


def _romanised_language(words: list[str], counted: frozenset[str] = frozenset()) -> str:
    scores = language_scores(words, counted)
    english = scores.pop("en", 0.0)
    ranked = sorted(scores.items(), key=lambda pair: pair[1], reverse=True)
    if not ranked:
        return "en"
    language, best = ranked[0]
    runner_up = ranked[1][1] if len(ranked) > 1 else 0.0
    if best < _MIN_ROMANISED_SCORE or best <= english or best - runner_up < _ROMANISED_MARGIN:
        return "en"
    return language


# Letters Marathi uses and Hindi (nearly) never: ळ (ḷa, डाळ, पोळी) and candra ॅ (मॅगी, पॅकेट).
_MARATHI_LETTERS: Final = {"ळ": 2.0, "ॅ": 2.0}
# A word ending in a consonant with anusvara is a Marathi neuter form (दुकानं, सगळं, झालं);
# Hindi puts the anusvara after a vowel sign (में, हैं, नहीं, कहां).
# Not a lone consonant: "नं" is the abbreviation of नंबर in Hindi addresses too.
_MARATHI_ANUSVARA: Final = re.compile(
    r"(?<=[\u0900-\u097f])[\u0915-\u0939\u0958-\u095f]\u0902(?![\u0900-\u097f])"
)
_MARATHI_ANUSVARA_WEIGHT: Final = 2.0


def _devanagari_language(words: list[str], text: str) -> str:
    scores = language_scores(words)
    marathi = scores["mr"]
    marathi += sum(weight for letter, weight in _MARATHI_LETTERS.items() if letter in text)
    if _MARATHI_ANUSVARA.search(text):
        marathi += _MARATHI_ANUSVARA_WEIGHT
    return "mr" if marathi >= _MIN_MARATHI_SCORE and marathi > scores["hi"] else "hi"


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
    return DetectedLanguage(language=_romanised_language(words, _counted_products(folded)), script="Latn")
