"""An owner's list of new prices, one product a line: "onion 40 to 35/kg, potato 30", "piyaj 40
theke 45, aloo 35 theke 32", "ತೊಗರಿ ಬೇಳೆ 160 ಇಂದ 170, ಹೆಸರು ಬೇಳೆ 135", "kanda 30, batata 28 kilo".

A stock list says one count a product ("atta 20, maggi 50"). A line that goes from an old number
to a new one with a "from" word (se, theke, nunchi, thi, inda, il ninnu, ru, ਤੋਂ, இருந்து ...:
owner_stock_count.FROM_WORD) changes a price, and so does a list whose last number is said per
kilo or litre ("batata 28 kilo", "35/kg"): the shop's way of writing a rate card. Then every
line of the list is a price, a bare number ("potato 30") too. A stock word anywhere ("160 se
170 ho gaya stock") or an arrival keeps the list a stock list.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Final

from intents.items import split_segments
from intents.keywords import find_concepts
from intents.message import Message, says_more_than_fillers
from intents.owner_prices import is_per_unit_word
from intents.owner_stock_count import FROM_WORD
from intents.spoken_prices import PRICED_UNITS, paise
from intents.units import unit_word

# "40 se 45", "40 to 35", "150 nunchi 158", "rs 40 se rs 45": an old number, "from", the new one.
_OLD_TO_NEW: Final = re.compile(
    rf"(\d+(?:\.\d+)?)\s*(?:rs\.?|₹|rupaye|rupees|taka)?\s*(?:{FROM_WORD})\s*(?:rs\.?|₹)?\s*(\d+(?:\.\d+)?)(?![\d.])"
)
_NUMBER: Final = re.compile(r"(\d+(?:\.\d+)?)(?![\d.])")
# "/kg", "/ kilo": the slash of a rate after its number.
_SLASH: Final = re.compile(r"\s*/\s*")
# What a line may say after its price: "kar do", "ki penchanu", "from today", "ippo".
_AFTER_PRICE: Final = ("change", "set_to", "now", "today", "price", "increase", "decrease", "keep_at")
# Words that make the numbers counts: a stock word, an arrival, a finished or new product.
_COUNT_TALK: Final = ("stock", "finished", "new_product", "new_item", "more", "still", "order", "deactivate", "remove")
# After the new price of an old-to-new line: at most this many words ("ki penchanu", "kar do").
_MOST_CLOSING_WORDS: Final = 3


def _counts_stock(concepts: Mapping[str, object]) -> bool:
    """A stock word, or an arrival ("aaye", "vanthuchu", an "increase" with no "raise it" or price
    word: "badha do" raises a price, "aa gaya" brings goods), makes the numbers counts."""
    if any(concept in concepts for concept in _COUNT_TALK):
        return True
    return "increase" in concepts and not any(concept in concepts for concept in ("raise", "price"))


@dataclass(frozen=True, slots=True)
class PriceLine:
    """One line of a price list: its product words, the old price if said, the new one (paise)
    and the unit it is said per ("kg", "l") if any."""

    name: str
    old: int | None
    new: int
    unit: str | None


def price_list(message: Message) -> list[PriceLine] | None:
    """The lines of an owner's price list ("piyaj 40 theke 45, aloo 35 theke 32"), or None when
    the message is no list of two or more lines, or nothing in it says the numbers are prices."""
    if _counts_stock(message.concepts):
        return None
    spans = [(segment[0].start, segment[-1].end) for segment in split_segments(message.tokens)]
    if len(spans) < 2:
        return None
    lines = [_price_line(message.folded[start:end], message.language) for start, end in spans]
    if any(line is None for line in lines):
        return None
    read = [line for line in lines if line is not None]
    said_old = any(line.old is not None for line in read)
    per_unit_last = read[-1].unit is not None and all(line.unit is None for line in read[:-1])
    return read if said_old or per_unit_last else None


def old_to_new_price(folded: str, language: str) -> int | None:
    """The new price (paise) of one line going from an old price to a new one, closed by a few
    words ("ullipayalu 40 nunchi 45 ki penchanu", "kanda 40 pasun 45 kara"). Whether it is a
    price or a count only the catalog can tell (intents.parse): a stock word says count."""
    if _counts_stock(find_concepts(folded)):
        return None
    line = _price_line(folded, language)
    return line.new if line is not None and line.old is not None else None


def _price_line(text: str, language: str) -> PriceLine | None:
    """"onion 40 to 35/kg", "aloo ka rate 40 se 45 kar do", "potato 30": a name, then an old and
    new price or one price, then at most a per-kilo unit and a few closing words."""
    first = _NUMBER.search(text)
    if first is None or not says_more_than_fillers(text[: first.start()], language):
        return None
    pair = _OLD_TO_NEW.match(text, first.start())
    if pair is not None:
        old, new, end = paise(pair.group(1)), paise(pair.group(2)), pair.end()
    else:
        old, new, end = None, paise(first.group(1)), first.end()
    unit, end = _per_unit_after(text, end)
    rest = text[end:]
    if _NUMBER.search(rest) or not _closing_words(rest, language, loose=old is not None):
        return None
    return PriceLine(text[: first.start()].strip(), old, new, unit)


def _per_unit_after(text: str, end: int) -> tuple[str | None, int]:
    """"35/kg", "28 kilo", "140 kg ge", "45 per kg": the unit a price is said per, and where it ends."""
    slash = _SLASH.match(text, end)
    at = slash.end() if slash is not None else end
    words = text[at:].split()
    if words and is_per_unit_word(words[0]) and len(words) > 1:
        at = text.index(words[1], at)
        words = words[1:]
    found = unit_word(words[0].strip(",.;!")) if words else None
    if found is None or found.unit not in PRICED_UNITS or found.factor != 1:
        return None, end
    stop = text.index(words[0], at) + len(words[0])
    after = text[stop:].split()
    if after and is_per_unit_word(after[0]) or after and after[0] in _PER_AFTER_UNIT:
        stop = text.index(after[0], stop) + len(after[0])  # "kg ge", "kilo ka"
    return found.unit, stop


# "kg ge", "kilo ka", "kilo na", "litre ki": the little "per / for each" after the unit.
_PER_AFTER_UNIT: Final = frozenset("ka ki ke na no nu ge ku kku la lo da di de ra re er ku का की के ला ना નું ના નો ਦਾ ਦੀ ਦੇ ಗೆ కి కు க்கு এর".split())


def _closing_words(rest: str, language: str, *, loose: bool) -> bool:
    """What follows a line's price says no more than "make it", "from today" or fillers; after
    an old-to-new price a few words of any kind may close the line ("ki penchanu")."""
    words = rest.split()
    if not words:
        return True
    if loose:
        return len(words) <= _MOST_CLOSING_WORDS
    concepts = find_concepts(rest)
    said = list(rest)
    for concept in _AFTER_PRICE:
        for hit in concepts.get(concept, ()):
            said[hit.start : hit.end] = " " * (hit.end - hit.start)
    return not says_more_than_fillers("".join(said), language)




# The units a pack's price is said per: "per packet 15", "heritage palu packet 32".
_PACK_UNITS: Final = ("packet", "piece")
# "palu packet 32" with no "per" word may as well count 32 packets ("மோர் பாக்கெட் 40" stocks 40
# of a ₹30 buttermilk): only a number within a fifth or a quarter of the catalog price is its price
# (as for a bare number, owner_intents.priced_like); "per packet 15" takes the wider band there.
_PACKET_PRICE_LIKE: Final = (4 / 5, 5 / 4)


@dataclass(frozen=True, slots=True)
class PacketPrice:
    """A price said after a packet word, in paise; PER when a "per" word said so ("per packet")."""

    paise: int
    per: bool

    def near(self, catalog_paise: int | None) -> bool:
        """Near enough the catalog price to be a packet's price (always so after a "per")."""
        low, high = _PACKET_PRICE_LIKE
        return self.per or bool(catalog_paise) and low <= self.paise / catalog_paise <= high  # type: ignore[operator]


def price_after_pack_word(folded: str, language: str) -> PacketPrice | None:
    """"maggi per packet 15 from today", "heritage palu packet 32", "parle g packet ku 10 ippo":
    a product, a packet or piece word (a "per" word before it or an "of" after it at most),
    then the one number, closing the message: what one packet costs. A count is said before
    its unit ("maggi 15 packet"). Whether it is the price only the catalog can tell."""
    if _counts_stock(find_concepts(folded)):
        return None
    numbers = list(_NUMBER.finditer(folded))
    if len(numbers) != 1:
        return None
    number = numbers[0]
    before = folded[: number.start()].split()
    if before and before[-1] in _PER_AFTER_UNIT:
        before = before[:-1]  # "packet ku 10"
    found = unit_word(before[-1]) if before else None
    if found is None or found.unit not in _PACK_UNITS or found.factor != 1:
        return None
    name = before[:-1]
    per = bool(name) and is_per_unit_word(name[-1])
    if per:
        name = name[:-1]  # "per packet"
    if not name or not says_more_than_fillers(" ".join(name), language):
        return None
    if not _closing_words(folded[number.end() :], language, loose=False):
        return None
    return PacketPrice(paise(number.group(1)), per)
