"""An owner's price said the shop's way: after its number per kilo, or for a pack of pieces.

"loose toor dal 158/kg", "toor dal 158 per kilo", "तुअर दाल 158 प्रति किलो", "তুর ডাল কেজি প্রতি ১৫৮":
a number with a slash or a "per" word and a kilo, litre or dozen is the price of one (a stock
count says its unit plainly: "toor dal 20 kilo"). "ডিম ৬ টা ৫২", "ଅଣ୍ଡା ୬ଟା ୫୪", "anda 6 wala 52":
a count of pieces, a classifier or "of" word, then a second number closing the message is
the price of that pack when the catalog sells the product in packs of that many pieces (see
intents.parse). The words are in data/per_unit_words.csv and data/pack_count_words.csv.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Final

from intents.cleaning import fold_for_matching
from intents.keywords import find_concepts
from intents.lexicon import fold, load_lexicon
from intents.message import MONEY, Message
from intents.spoken_prices import PRICED_UNITS, paise
from intents.tables import read_table
from intents.tokens import Token, tokenize
from intents.units import MEASURE_UNITS, unit_word

# "₹158/kg", "rs 158 per kg": the currency sign before the number goes with the price.
_CURRENCY_BEFORE: Final = re.compile(r"(?:₹|\brs\.?|\binr)\s*$")
# Concepts that make a number a count, never a pack's price.
_COUNT_TALK: Final = ("stock", "increase", "decrease", "new_product", "new_item", "more", "still", "finished", "price")


@cache
def _per_unit_words() -> frozenset[str]:
    return frozenset(row["word"] for row in read_table("per_unit_words.csv"))


@cache
def _pack_count_words() -> frozenset[str]:
    return frozenset(row["word"] for row in read_table("pack_count_words.csv"))


def is_per_unit_word(word: str) -> bool:
    """"per", "prati", "প্রতি", "ਪ੍ਰਤੀ": the word that makes "kilo" "each kilo"."""
    return word in _per_unit_words()


def _priced_unit(token: Token) -> bool:
    found = unit_word(token.text) if token.kind == "word" else None
    return found is not None and found.unit in PRICED_UNITS and found.factor == 1


def price_before_unit(message: Message) -> tuple[int, tuple[int, int]] | None:
    """(paise, span from the number through the unit) for "158/kg", "158 per kg", "158 प्रति किलो"."""
    folded = message.folded
    words = [token for token in message.tokens if token.kind in ("word", "num")]
    for index, number in enumerate(words[:-1]):
        if number.kind != "num" or "/" in number.text:
            continue
        following = words[index + 1 :]
        per_word = following[0].kind == "word" and is_per_unit_word(following[0].text) and len(following) > 1
        unit = following[1] if per_word else following[0]
        slashed = folded[number.end : unit.start].strip().startswith("/")
        per_after = _per_word_closing(message, words, index + (3 if per_word else 2)) if float(number.text) >= _LEAST_PER_KILO else None
        if not _priced_unit(unit) or not (per_word or slashed or per_after):
            continue
        before = _CURRENCY_BEFORE.search(folded, 0, number.start)
        start = before.start() if before is not None else number.start
        return paise(number.text), (start, per_after or unit.end)
    return None


# A number said "per kilo" with the "of" after the unit ("140 kg ge") is a price from ₹10 up;
# "2 kilo ka" is an amount.
_LEAST_PER_KILO: Final = 10
# "140 kg ge", "160 kilo ka", "45 litre ki", "ਕਿਲੋ ਦਾ": the "of / for each" after a price's unit.
_PER_AFTER_UNIT: Final = frozenset("ka ki ke na nu ge ku kku ki da di ra re er ge का की के ना નું ના ਦਾ ਦੀ ಗೆ కి కు க்கு এর".split())


def _per_word_closing(message: Message, words: list[Token], at: int) -> int | None:
    """Where "ge" of "140 kg ge" ends, when WORDS[AT] is such a word closing the message."""
    if at >= len(words) or words[at].kind != "word" or words[at].text not in _PER_AFTER_UNIT:
        return None
    if at + 1 < len(words) or message.folded[words[at].end :].strip(" .!,"):
        return None
    return words[at].end


def counted_pack_price(folded: str) -> tuple[float, int] | None:
    """(pieces in the pack, price in paise) for "ডিম ৬ টা ৫২", "anda 6 wala 52", "eggs 6 pcs 52":
    a name, the count of pieces (with at most a classifier or "of" word), then the price closing
    the message (a currency word may follow). Whether the catalog sells such a pack decides."""
    tokens = [token for token in tokenize(folded) if token.kind != "space"]
    if any(concept in _COUNT_TALK for concept in find_concepts(folded)):
        return None
    money = MONEY.search(folded)
    if money is not None and money.end() < len(folded.rstrip(" .!")):
        return None
    numbers = [at for at, token in enumerate(tokens) if token.kind == "num"]
    if len(numbers) != 2 or numbers[0] == 0 or any("/" in tokens[at].text for at in numbers):
        return None
    count, price = numbers
    if any(token.kind != "word" for token in tokens[:count]):
        return None
    between = tokens[count + 1 : price]
    if len(between) > 1 or between and (between[0].kind != "word" or between[0].text not in _pack_count_words()):
        return None
    rest = tokens[price + 1 :]
    if rest and not (len(rest) == 1 and MONEY.match(folded, tokens[price].start) is not None):
        return None
    unit = unit_word(between[0].text) if between else None
    if unit is not None and unit.unit in MEASURE_UNITS:
        return None
    return float(tokens[count].text), paise(tokens[price].text)


@cache
def _brand_openers() -> frozenset[str]:
    """First words of the lexicon's several-word names ("dhara" of "dhara tel")."""
    return frozenset(term.split(" ")[0] for term in load_lexicon().translations if " " in term)


def brand_not_price(line: Message) -> Message:
    """"dhara 0" in "gobindobhog 8, maggi chhoto 24, dhara 0": one line of a stock list that is only
    a price word and a number, the word the first word of a brand the lexicon knows (Dhara oil;
    Telugu "dhara" is price), names the brand: the list counts stock, line by line."""
    hits = line.concepts.get("price", ())
    words = [token for token in line.tokens if token.kind in ("word", "num")]
    if len(hits) != 1 or len(words) != 2 or words[0].start != hits[0].start or words[1].kind != "num":
        return line
    if fold(words[0].text) not in _brand_openers():
        return line
    concepts = {concept: found for concept, found in line.concepts.items() if concept != "price"}
    return Message(line.cleaned, line.folded, line.tokens, concepts, line.language)


# A colon or dash setting the opening word apart: "નવું: ચોરાફળી 200g ₹50", "naya - kurkure 20".
_SET_APART: Final = re.compile(r"\s*[:\-–—]")


def opens_with_new(message: Message, new_words: frozenset[str]) -> bool:
    """"નવું: ચોરાફળી 200g ₹50", "naya: bhujia 400g 90 rupees", "ନୂଆ: ..." : a "new" word (of
    NEW_WORDS) alone before a colon or dash heads a new product, its name and price after it.
    Read from the message as written: a heading rule may have blanked the opening already."""
    if not _SET_APART.search(message.cleaned):
        return False
    said = fold_for_matching(message.cleaned)
    return any(
        hit.phrase in new_words and not said[: hit.start].strip() and _SET_APART.match(said, hit.end) is not None
        for hit in find_concepts(said).get("fresh", ())
    )
