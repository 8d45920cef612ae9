"""Items a customer wrote glued together, and the words glued onto them.

* A romanised Tamil/Malayalam "and" stuck to the word before it: "harpic 2um lizol 1 bottleum",
  "paalum", "arisiyum" end one item there ("2um" is the count 2, then "and").
* A bag or cover word that finishes a product name the lexicon knows ("kachra bag", "kooda
  bag", "kachryachya pishvya", "chetta cover") is the product, not the packet it comes in.
* A sentence of its own before the order, closed by an emoji ("Diwali se pehle poora ghar saaf
  karna hai 😅 2 kilo nirma"), is no part of the first product's name.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from typing import Final

from intents.lexicon import fold, load_lexicon
from intents.numbers import literal_value
from intents.tables import read_table
from intents.tokens import Token
from intents.units import unit_word

# Romanised "and" endings: "-um" (Tamil, Malayalam), "-yum"/"-vum" after a vowel.
_AND_ENDINGS: Final = ("yum", "vum", "um")
# Kannada "and", romanised: "haaloo breadoo", "sakkareyoo" (fixer BM); read only when the word
# itself is nobody's item word ("shampoo", "aloo" stay).
_LONG_AND_ENDINGS: Final = ("yoo", "voo", "oo")
# Kannada "and" in its own script: ಸಕ್ಕರೆಯೂ -> ಸಕ್ಕರೆ, ಹಾಲೂ -> ಹಾಲು (ending, what replaces it).
_KANNADA_AND: Final = (("ಯೂ", ""), ("ವೂ", ""), ("ೂ", "ು"), ("ೂ", "್"))
_NUMBER_AND: Final = re.compile(r"^(\d+(?:\.\d+)?)(?:um|yum|vum)$")
# Fewest words a sentence before an emoji has before it counts as a sentence, not a product name.
_SENTENCE_WORDS: Final = 4


def romanised_and(token: Token) -> Token | None:
    """The item word of a romanised word ending in "and" ("2um" -> 2, "bottleum" -> bottle,
    "paruppum" -> paruppu); None when the word is no such join ("premium", "serum", "album")."""
    if token.kind != "word" or not token.text.isascii():
        return None
    number = _NUMBER_AND.match(token.text)
    if number is not None:
        cut = token.start + len(number.group(1))
        return (
            Token(number.group(1), "num", token.start, cut)
            if literal_value(number.group(1)) is not None
            else None
        )
    for ending in (*_AND_ENDINGS, *_LONG_AND_ENDINGS):
        if not token.text.endswith(ending) or len(token.text) - len(ending) < 3:
            continue
        if ending in _LONG_AND_ENDINGS and _known_item_word(token.text):
            return None
        stem = token.text[: -len(ending)]
        for item_word in (stem, stem + "u"):
            if _known_item_word(item_word):
                return Token(item_word, "word", token.start, token.start + len(stem))
    return None


def kannada_and(token: Token) -> Token | None:
    """The item word of a Kannada word ending in "and" ("ಹಾಲೂ" -> ಹಾಲು, "ಸಕ್ಕರೆಯೂ" -> ಸಕ್ಕರೆ)
    when the lexicon knows it and not the word as written; None otherwise ("ಇನ್ನೂ" still)."""
    if token.kind != "word" or not token.text.endswith("ೂ") or _known_item_word(token.text):
        return None
    for ending, replaced in _KANNADA_AND:
        stem = token.text[: -len(ending)] + replaced
        if token.text.endswith(ending) and len(stem) >= 2 and _known_item_word(stem):
            return Token(stem, "word", token.start, token.end)
    return None


def _known_item_word(word: str) -> bool:
    """A container or measure the shop sells by ("bottle", "packet", "kilo"), or a word the
    lexicon knows ("paal", "paruppu", "sugar")."""
    if len(word) >= 4 and unit_word(word) is not None:
        return True
    return bool(load_lexicon().lookup(fold(word)))


@cache
def bag_words() -> frozenset[str]:
    """Words for a bag, cover or box (data/bag_words.csv): a unit alone, a name after "kachra"."""
    return frozenset(row["word"] for row in read_table("bag_words.csv"))


def bag_names_product(first: str, bag: str) -> bool:
    """ "kachra bag", "kooda bag", "కసద కవర్": the bag word finishes a product name the lexicon knows."""
    return bag in bag_words() and bool(load_lexicon().lookup(fold(f"{first} {bag}")))


def _is_emoji(char: str) -> bool:
    return (
        unicodedata.category(char) == "So"
        or char in "\ufe0f\u200d"
        or 0x1F3FB <= ord(char) <= 0x1F3FF
    )


def sentence_before_emoji(prepared: str) -> str:
    """Put a comma (same length) in place of an emoji that closes a sentence before the order:
    "ghar saaf karna hai 😅 2 kilo nirma" -> "ghar saaf karna hai ,  2 kilo nirma". The words
    before it (since the last comma or line) must be a sentence, not a product name."""
    chars = list(prepared)
    index = 0
    while index < len(chars):
        if not _is_emoji(chars[index]):
            index += 1
            continue
        end = index
        while end < len(chars) and _is_emoji(chars[end]):
            end += 1
        if _sentence_before(prepared[:index]) and prepared[end:].lstrip()[:1].isdigit():
            chars[index:end] = "," * (end - index)
        index = end
    return "".join(chars)


def _sentence_before(text: str) -> bool:
    clause = re.split(r"[,;\n.!?]", text)[-1]
    words = clause.split()
    return len(words) >= _SENTENCE_WORDS and not any(char.isdigit() for char in clause)
