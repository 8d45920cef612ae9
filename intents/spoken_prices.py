"""An owner's price said in words: "tomato price forty five per kg", "vendakkai kilo arubadhu
ruba", "karela no bhav kilo na saath", "begun er dam kg proti tirish taka".

Voice typing writes the number as words. The price rules (owner_intents) read digits, so the
number words of a price are written as digits first. A run of number words is a price when a
rupee word follows it ("arubadhu ruba"), when "per kilo" follows it ("forty five per kg"), or
when it closes the message right after a unit ("kilo na saath", "kg proti tirish"): a stock count
comes before its unit ("saath kilo"), so none of these is a count.
"""

from __future__ import annotations

import re
from typing import Final

from functools import cache

from intents.message import RUPEE_WORDS
from intents.numbers import join_number, number_word_value
from intents.tables import read_table
from intents.units import unit_word

_RUPEE: Final = re.compile(rf"(?:{RUPEE_WORDS})")
_WORD: Final = re.compile(r"[^\s,.;:!?]+")
# "per kg", "kg proti", "kilo na", "kg ge", "किलो का": the little word beside the unit of a price.
_PER_WORDS: Final = frozenset(
    "per a an prati proti poti pratee every each ka ki ke na no nu ne ge ku kku la lo da di de ra re er"
    " प्रति का की के ला চা প্রতি ప్రతి ಪ್ರತಿ പ്രതി ਪ੍ਰਤੀ ପ୍ରତି પ્રતિ ना નું ના નો ਦਾ ਦੀ ਦੇ ಗೆ കിലോയ്ക്ക് కి కు க்கு এর".split()
)
# The units a price is said per (owner_intents reads the digits the same way).
PRICED_UNITS: Final = ("kg", "l", "dozen")
# Sixty (साठ, સાઠ) written "saath" is also Hindi "with", an "and" of orders (data/connectors.csv),
# so it is no number word of the tables; where a price stands it is sixty.
_PRICE_ONLY_NUMBERS: Final = {"saath": 60.0, "saanth": 60.0}


def prices_in_digits(text: str, language: str) -> str:
    """TEXT with each spoken price written in digits ("kilo arubadhu ruba" -> "kilo 60 ruba")."""
    words = [(found.start(), found.end(), found.group().lower()) for found in _WORD.finditer(text)]
    out: list[str] = []
    last = 0
    index = 0
    while index < len(words):
        value, size = _number_run(words, index, language)
        if size and _is_price(words, index, index + size, text):
            start, end = words[index][0], words[index + size - 1][1]
            out.append(text[last:start])
            out.append(str(int(value)) if value == int(value) else str(value))
            last = end
            index += size
            continue
        index += max(size, 1)
    out.append(text[last:])
    return "".join(out)


def _number_run(words: list[tuple[int, int, str]], index: int, language: str) -> tuple[float, int]:
    """The value of the number words from INDEX ("forty five" 45, "do sau" 200) and how many."""
    total = 0.0
    size = 0
    for _, _, word in words[index:]:
        value = number_word_value(word, language)
        if value is None and size == 0:
            value = _PRICE_ONLY_NUMBERS.get(word)
        if value is None:
            break
        if size == 0:
            total = value
        else:
            joined = join_number(total, value)  # "do sau", "forty five", "do sau pachas", "nooru arubathu anju"
            if joined is None:
                break
            total = joined
        size += 1
    return total, size


@cache
def _price_words() -> frozenset[str]:
    """The one-word price words of data/concepts.csv: "rate", "vilai", "ధర", "bhav", "দাম"."""
    return frozenset(row["phrase"].lower() for row in read_table("concepts.csv") if row["concept"] == "price" and " " not in row["phrase"])


# Little words between a price word and its number: "price is forty", "rate to forty", "rate: forty".
_PRICE_LINKS: Final = frozenset("is to = - ab now ippo ippudu ekhon ata hun".split())


def _is_price(words: list[tuple[int, int, str]], start: int, end: int, text: str) -> bool:
    after = [word for _, _, word in words[end : end + 2]]
    if after and _RUPEE.fullmatch(after[0]):
        return True  # "arubadhu ruba", "tirish taka"
    if after and unit_word(after[0]) is not None:
        return False  # "rate ek kilo …": an amount of the goods, not the price
    before = [word for _, _, word in words[max(0, start - 2) : start]]
    if before and before[-1] in _PRICE_LINKS:
        before = before[:-1]
    if before and before[-1] in _price_words():
        return True  # "tomato rate forty", "vengayam vilai muppathu", "aloo ka rate tees kar do"
    if len(after) == 2 and after[0] in _PER_WORDS and _priced_unit(after[1]):
        return True  # "forty five per kg"
    if text[words[end - 1][1] :].strip(" .!,"):
        return False  # a price after its unit closes the message: "saath kilo" before it is stock
    before = [word for _, _, word in words[max(0, start - 2) : start]]
    if before and _priced_unit(before[-1]):
        return True  # "tomato kilo nalabhai", "ಟೊಮೆಟೊ ಕೆಜಿಗೆ ನಲವತ್ತು"
    return len(before) == 2 and before[-1] in _PER_WORDS and _priced_unit(before[0])  # "kilo na saath"


def _priced_unit(word: str) -> bool:
    found = unit_word(word)
    return found is not None and found.unit in PRICED_UNITS and found.factor == 1


def paise(rupees: str | float) -> int:
    """Rupees as said ("52", "52.50") in paise, the only money unit the parse hands on."""
    return round(float(rupees) * 100)
