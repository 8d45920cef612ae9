"""Numbers as shops write them: digits of every script, number words, shop fractions.

Native digits are turned into ASCII by `cleaning.fold_for_matching`; this module reads the
words. Tables: data/number_words.csv (language, word, value) and data/fractions.csv.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import cache
from typing import Final, Literal

from intents.tables import read_table

FractionKind = Literal["value", "plus", "minus", "quarter"]
HUNDRED: Final = 100.0

# Number words that are also everyday words when nothing follows them: "maggi do" is
# "give (me) maggi", "चावल दो" is "give rice". They count only before a unit or a product.
NEEDS_FOLLOWER: Final = frozenset(
    {"a", "an", "do", "दो", "ਦੋ", "be", "dui", "du", "nau", "noy", "noa", "edu", "elu", "aaru"}
)
# Romanised number words that are common words of English or of another language: they count
# only right before a unit or a hundred ("sat kilo", "be so gram", "don she gram", "baar kilo"),
# never in "sat down", "so good", "she said", "pichli baar", "tera order", "so sweet biscuit".
NEEDS_UNIT: Final = frozenset({"sat", "so", "she", "tera", "baar", "ter", "sol", "adhar"})


@dataclass(frozen=True, slots=True)
class FractionWord:
    value: float
    kind: FractionKind


# Nuktas (ढ़ / ଢ଼ / ড়) are often left off when typing: "ଅଢେଇ" is "ଅଢ଼େଇ". Number and fraction
# words are looked up with and without them.
_NUKTAS: Final = dict.fromkeys(map(ord, "\u093c\u09bc\u0a3c\u0abc\u0b3c\u0cbc"))


def _spellings(word: str) -> tuple[str, ...]:
    bare = unicodedata.normalize("NFC", word).lower()
    plain = unicodedata.normalize("NFD", bare).translate(_NUKTAS)
    plain = unicodedata.normalize("NFC", plain)
    return (bare,) if plain == bare else (bare, plain)


@cache
def _number_words() -> tuple[dict[str, dict[str, float]], dict[str, float]]:
    by_language: dict[str, dict[str, float]] = {}
    anywhere: dict[str, float] = {}
    for row in read_table("number_words.csv"):
        # Messages are NFC (cleaning.clean_message): so are the table's words.
        value = float(row["value"])
        for word in _spellings(row["word"]):
            by_language.setdefault(row["language"], {}).setdefault(word, value)
            anywhere.setdefault(word, value)  # first language listed wins a clash
    for row in read_table("number_words_21_99.csv"):
        value = float(row["value"])
        for word in _two_digit_spellings(row["word"]):
            by_language.setdefault(row["language"], {}).setdefault(word, value)
            if not word.isascii():
                anywhere.setdefault(word, value)  # romanised ones ("batti", "ashi") only in their language
    return by_language, anywhere


def _two_digit_spellings(word: str) -> tuple[str, ...]:
    """WORD as number_words_21_99.csv has it, and as it is also written: Odia -ଶି without its
    vowel sign (ଅଠଚାଳିଶି, ଅଠଚାଳିଶ), Bengali ঊন- with the short vowel (ঊনত্রিশ, উনত্রিশ)."""
    spellings = list(_spellings(word))
    for spelling in tuple(spellings):
        if spelling.endswith("ଶି"):
            spellings.append(spelling[:-1])
        if spelling.startswith("ঊন"):
            spellings.append("উন" + spelling[2:])
    return tuple(spellings)


@cache
def _fraction_words() -> tuple[dict[str, dict[str, FractionWord]], dict[str, FractionWord]]:
    by_language: dict[str, dict[str, FractionWord]] = {}
    anywhere: dict[str, FractionWord] = {}
    for row in read_table("fractions.csv"):
        kind = row["kind"]
        if kind not in ("value", "plus", "minus", "quarter"):
            raise ValueError(f"fractions.csv: unknown kind {kind!r}")
        word = FractionWord(float(row["value"]), kind)  # type: ignore[arg-type]
        for spelling in _spellings(row["word"]):
            by_language.setdefault(row["language"], {}).setdefault(spelling, word)
            anywhere.setdefault(spelling, word)
    return by_language, anywhere


# Counting classifiers glued to a number: Bengali দুটো/তিনটে/পাঁচটা, Odia ଦୁଇଟି/ତିନିଟା.
CLASSIFIER_SUFFIXES: Final = ("টা", "টি", "টো", "টে", "ଟି", "ଟା")
_ELISION: Final = "'’"


def number_word_value(word: str, language: str | None = None) -> float | None:
    """Value of a cardinal word ("rendu" -> 2, "पचास" -> 50), in LANGUAGE first, else any."""
    by_language, anywhere = _number_words()
    if language is not None:
        value = by_language.get(language, {}).get(word)
        if value is not None:
            return value
    value = anywhere.get(word)
    if value is None and word.endswith(CLASSIFIER_SUFFIXES) and len(word) > 2:
        # a number cut short before its classifier is written with an apostrophe: ছ'টা, দু'টো, ন'টা
        return number_word_value(word[:-2].rstrip(_ELISION), language)
    if value is None and _has_nukta(word):
        return number_word_value(_spellings(word)[-1], language)
    return value


def fraction_word(word: str, language: str | None = None) -> FractionWord | None:
    """"dedh" -> 1.5 (value), "sawa" -> +0.25 (plus), "paune" -> -0.25 (minus), "paav" -> 0.25."""
    by_language, anywhere = _fraction_words()
    if language is not None:
        found = by_language.get(language, {}).get(word)
        if found is not None:
            return found
    found = anywhere.get(word)
    if found is None and _has_nukta(word):
        return fraction_word(_spellings(word)[-1], language)
    return found


def _has_nukta(word: str) -> bool:
    return any(ord(char) in _NUKTAS for char in unicodedata.normalize("NFD", word))


@cache
def _ordinal_words() -> tuple[dict[str, dict[str, int]], dict[str, int]]:
    by_language: dict[str, dict[str, int]] = {}
    anywhere: dict[str, int] = {}
    for row in read_table("ordinals.csv"):
        word, value = row["word"].lower(), int(row["value"])
        by_language.setdefault(row["language"], {})[word] = value
        anywhere.setdefault(word, value)
    return by_language, anywhere


def ordinal_value(word: str, language: str | None = None) -> int | None:
    """"pehla" -> 1, "rendavadhu" -> 2, "రెండవది" -> 2, "2nd" -> 2 (data/ordinals.csv)."""
    by_language, anywhere = _ordinal_words()
    if language is not None:
        value = by_language.get(language, {}).get(word)
        if value is not None:
            return value
    value = anywhere.get(word)
    if value is None and word.endswith(CLASSIFIER_SUFFIXES) and len(word) > 3:
        return ordinal_value(word[:-2], language)  # প্রথমটা, ଦ୍ୱିତୀୟଟି
    return value


def literal_value(token: str) -> float | None:
    """"2" -> 2, "1.5" -> 1.5, "1/2" -> 0.5 (ASCII digits; fold native digits first)."""
    try:
        if "/" in token:
            top, bottom = token.split("/", 1)
            return float(top) / float(bottom) if float(bottom) else None
        return float(token)
    except ValueError:
        return None


def apply_fraction(fraction: FractionWord, following: float | None) -> float:
    """The amount a fraction word means, given the number right after it (if any)."""
    if fraction.kind == "plus":
        return (following if following is not None else 1.0) + fraction.value
    if fraction.kind == "minus":
        return (following if following is not None else 1.0) - fraction.value
    return fraction.value


def join_number(total: float, value: float) -> float | None:
    """The number said so far (TOTAL) and the next number word (VALUE) read as one number, or
    None when VALUE starts a number of its own: "do sau" 200, "एक सौ चालीस" 140, "నూట అరవై ఐదు"
    (100, 60, 5) 165, "forty five" 45. Callers join only number words, never digits."""
    if value == HUNDRED and 0 < total < HUNDRED:
        return total * HUNDRED
    if total >= HUNDRED and total % HUNDRED == 0 and 0 < value < HUNDRED:
        return total + value
    rest = total % HUNDRED
    if rest >= 20 and rest % 10 == 0 and 0 < value < 10:
        return total + value
    return None


def parse_number(text: str, language: str | None = None) -> float | None:
    """A whole number phrase on its own: "paune do" -> 1.75, "do sau" -> 200, "३" -> 3."""
    from intents.cleaning import fold_for_matching

    words = fold_for_matching(text).split()
    if not words:
        return None
    values: list[float] = []
    pending: FractionWord | None = None
    for word in words:
        value = literal_value(word)
        if value is None:
            value = number_word_value(word, language)
        if value is None:
            fraction = fraction_word(word, language)
            if fraction is None or pending is not None or values:
                return None
            pending = fraction
            continue
        if values:
            joined = join_number(values[-1], value)
            if joined is None:
                return None
            values[-1] = joined
        else:
            values.append(value)
    if pending is not None:
        if pending.kind in ("value", "quarter") and values and values[0] == HUNDRED:
            return pending.value * HUNDRED  # "dedh sau" = 150
        return apply_fraction(pending, values[0] if values else None)
    return values[0]
