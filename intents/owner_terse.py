"""Terse owner lines that name their meaning by a word or two, in the eleven languages.

- An order number with "no stock" is a rejection: "A4803 no stock", "A4806 माल नहीं है",
  "A1234 saaman illa", "A1234 maal sesh" (words: data/out_of_stock.csv).
- "PRODUCT [SIZE] NUMBER" with no stock or price word: a little word after the number says what
  it is ("surf 1kg 150 ka kar do" a price, "maggi 50 pcs" a count; data/number_marks.csv);
  without one the catalog decides (intents.parse: the number is a price when it is close to
  the product's catalog price, see `owner_intents.priced_like`).
- "Put it in my shop / on my list" with no count or price adds the product: "add Everest
  chilli powder 100g to my shop", "Idhayam nallennai 500ml kadaila serunga" (data/into_shop.csv).
- A heading before a list of stock counts is no product: "stock lekka: sona masoori 5kg 11,
  kandi pappu 18" (data/count_headings.csv).

Fixer AG.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Final, Literal

from intents.cleaning import fold_for_matching
from intents.items import content_words, extract_items
from intents.keywords import Hit, PhraseIndex, find_concepts, table_index
from intents.message import SOCIAL, Classification, Message
from intents.spoken_prices import paise
from intents.tables import read_table
from intents.tokens import Token, tokenize
from intents.types import Intent, ItemRequest, PackSize
from intents.units import MEASURE_UNITS, unit_word

# Where one clause of a message ends.
_CLAUSE_END: Final = re.compile(r"[,.;!?\n।|]")


@cache
def _phrases(table: str) -> PhraseIndex:
    """The phrases of TABLE (columns kind, language, phrase), each found as its kind."""
    return table_index(table)


def _hits(table: str, message: Message) -> dict[str, list[Hit]]:
    found: dict[str, list[Hit]] = {}
    for hit in _phrases(table).find(message.folded, message.tokens):
        found.setdefault(hit.concept, []).append(hit)
    return found


# ---- an order number with "no stock": the order is rejected


def says_out_of_stock(message: Message, statuses: tuple[str, ...]) -> bool:
    """"A4803 no stock", "A4813 stock ledu", "A1234 saaman illa", "A1234 maal sesh", "A6101 stock
    out": the goods are not there, no accept word is said, and no order status (of STATUSES) but
    one inside the phrase itself (the "out" of "stock out" is no "out for delivery")."""
    if message.has("accept"):
        return False
    spans = _out_of_stock_spans(message)
    return bool(spans) and all(
        any(start <= hit.start and hit.end <= end for start, end in spans)
        for status in statuses for hit in message.concepts.get(status, ())
    )


def _out_of_stock_spans(message: Message) -> list[tuple[int, int]]:
    """Where the message says the goods are not there: a whole "out of stock" phrase, or a goods
    word with a "not there / ran out" word after it in its clause."""
    found = _hits("out_of_stock.csv", message)
    lacking = [*found.get("lacking", ()), *message.concepts.get("finished", ())]
    return [(hit.start, hit.end) for hit in found.get("out", ())] + [
        (goods.start, hit.end)
        for goods in found.get("goods", ())
        for hit in lacking
        if hit.start >= goods.end and not _CLAUSE_END.search(message.folded, goods.end, hit.start)
    ]


# ---- "PRODUCT [SIZE] NUMBER": a price or a count

# Words that already say what the number is: the usual rules read these lines.
_SAID_ALREADY: Final = (
    "stock", "price", "increase", "decrease", "new_product", "new_item", "finished", "deactivate", "more", "still",
    "now", "today", "order", "instead", "keep_at", "remove", "close", "open",
)

NumberMark = Literal["price", "stock"]


@cache
def _marks() -> dict[str, NumberMark]:
    return {fold_for_matching(row["word"]): row["mark"] for row in read_table("number_marks.csv")}  # type: ignore[misc]


def _count_number(tokens: list[Token]) -> Token | None:
    """The one number of the line that is no pack size ("surf 1kg 150": 150), else None."""
    numbers = [token for token in tokens if token.kind == "num"]
    counts = [number for number in numbers if not _is_pack_size(tokens, number)]
    if len(counts) != 1 or "/" in counts[0].text or len(numbers) > 2:
        return None
    return counts[0]


def _is_pack_size(tokens: list[Token], number: Token) -> bool:
    at = tokens.index(number)
    following = next((token for token in tokens[at + 1 :] if token.kind != "space"), None)
    unit = unit_word(following.text) if following is not None and following.kind == "word" else None
    return unit is not None and unit.unit in MEASURE_UNITS


def _terse_number(message: Message) -> tuple[Token, NumberMark | None, int] | None:
    """(the number, the mark said after it, where the mark ends) of a terse line "PRODUCT [SIZE]
    NUMBER [MARK] [make-it words]": a name before the number, nothing after it but a mark and
    make-it words ("kar do", "aakku"), and no word that already says what the number is."""
    if message.has(*_SAID_ALREADY):
        return None
    tokens = [token for token in message.tokens if token.kind in ("word", "num")]
    number = _count_number(tokens)
    if number is None or not content_words(message.folded[: number.start], message.language):
        return None
    after = tokens[tokens.index(number) + 1 :]
    mark = _marks().get(after[0].text) if after and after[0].kind == "word" else None
    end = after[0].end if mark is not None else number.end
    rest = message.without("change", *SOCIAL)[end:]
    if _CLAUSE_END.search(message.folded, number.end) or content_words(rest, message.language):
        return None
    return number, mark, end


def marked_price(message: Message) -> tuple[int, tuple[int, int]] | None:
    """"surf 1kg 150 ka kar do", "lizol 120 ru", "mysore sandal 85 ki": a terse line whose number
    has a price word after it sets the price (paise, and the span of the number and the word)."""
    terse = _terse_number(message)
    if terse is None or terse[1] != "price":
        return None
    number, _, end = terse
    return paise(number.text), (number.start, end)


def terse_number_said(folded: str, language: str) -> int | None:
    """The number of a terse line with no mark after it ("lizol 120", "matta ari 50"), in
    paise: whether it is the new price or the stock count only the catalog can tell."""
    tokens = tokenize(folded)
    terse = _terse_number(Message(folded, folded, tokens, find_concepts(folded, tokens), language))
    if terse is None or terse[1] is not None:
        return None
    return paise(terse[0].text)


# ---- "put it in my shop": a product to add


def added_to_shop(message: Message) -> Classification | None:
    """"add Everest Kashmirilal chilli powder 100g to my shop", "lizol 500ml dukaan mein rakh lo",
    "Engine sorsher tel 1 litre dokane add koro", "maggi 70g list mein daal do": the shop or the
    list and a put word close the message (or "add" opens it); the product has no count and no
    price, at most its pack size. None for anything else."""
    if message.has("price", "stock", "decrease", "deactivate", "remove", "close", "open", "finished", "order"):
        return None
    found = _hits("into_shop.csv", message)
    catalog_said = _after_from_catalog(message, found) or _before_from_catalog(message, found)
    if catalog_said is not None:
        return _product_added(message, *catalog_said)
    places = sorted([*found.get("place", ()), *message.concepts.get("shop", ())], key=lambda hit: hit.start)
    puts = [*found.get("put", ()), *message.concepts.get("new_product", ())]
    if not places or not puts or _arrival_said(message, puts):
        return None
    tail = _tail_start(message, places[-1], found.get("link", ()), puts)
    if tail is None:
        return None
    start = max((hit.end for hit in puts if not content_words(message.folded[: hit.start], message.language)), default=0)
    return _product_added(message, start, tail)


def _product_added(message: Message, start: int, end: int) -> Classification | None:
    """add_product for the product named between START and END: no count, no price, at most its
    pack size ("surf excel 1kg": the 1 kg pack)."""
    items = [item for item in extract_items(message.folded[start:end], message.language) if item.text]
    if not items or any(item.quantity is not None and item.unit not in MEASURE_UNITS for item in items):
        return None
    items = [_with_pack(item) for item in items]
    query = " ".join(item.text for item in items)
    return Classification(intent=Intent.ADD_PRODUCT, confidence=0.85, slots={"query": query}, items=tuple(items))


def _after_from_catalog(message: Message, found: dict[str, list[Hit]]) -> tuple[int, int] | None:
    """(where the product begins, where it ends) when the message opens with "from the catalog"
    ("catalog se", "catalog theke", "catalog il ninnu", "catalog માંથી", "கேட்டலாக்கிலிருந்து") and
    an add word opens or closes the rest: "catalog se Surf Excel 1kg add karo", "from the catalog
    add Amul ghee 1 litre". None for anything else."""
    catalogs, froms = found.get("catalog", ()), found.get("from", ())
    puts = sorted([*found.get("put", ()), *message.concepts.get("new_product", ())], key=lambda hit: hit.start)
    folded, language = message.folded, message.language
    for catalog in catalogs:
        if content_words(_blank(folded, froms, links=found.get("link", ()))[: catalog.start], language):
            continue
        glued = catalog.end > catalog.start + len(catalog.phrase)  # "कॅटलॉगमधून", "கேட்டலாக்கிலிருந்து"
        after = [hit for hit in froms if hit.start >= catalog.end and not folded[catalog.end : hit.start].strip()]
        start = max((hit.end for hit in after), default=catalog.end if glued or catalog.phrase.endswith(("la", "il")) else -1)
        if start < 0 and any(hit.end <= catalog.start for hit in froms):
            start = catalog.end  # "from the catalog …"
        if start < 0 or not puts:
            continue
        opening = [hit for hit in puts if hit.start >= start and not folded[start : hit.start].strip()]
        if opening:
            return max(hit.end for hit in opening), len(folded)  # "from the catalog add amul ghee"
        closing = puts[-1]
        if closing.start > start and not content_words(message.without(*SOCIAL)[closing.end :], language):
            return start, closing.start
    return None


def _before_from_catalog(message: Message, found: dict[str, list[Hit]]) -> tuple[int, int] | None:
    """(0, where the product ends) when the product opens the message and "from the catalog add"
    closes it: "India Gate basmati 5 kilo catalog mathi umero", "Ponni 5 kilo bag catalog il ninnu
    cherkku", "fortune 1 litre catalog se add karo" (fixer AT). None for anything else."""
    catalogs, froms = found.get("catalog", ()), found.get("from", ())
    puts = [*found.get("put", ()), *message.concepts.get("new_product", ())]
    folded, language = message.folded, message.language
    for catalog in catalogs:
        if not content_words(folded[: catalog.start], language):
            continue
        glued = catalog.end > catalog.start + len(catalog.phrase)
        said_from = glued or catalog.phrase.endswith(("la", "il")) or any(hit.start >= catalog.end for hit in froms)
        after = [hit for hit in puts if hit.start >= catalog.end]
        rest = _blank(message.without(*SOCIAL), froms, after, links=found.get("link", ()))[catalog.end :]
        if said_from and after and not content_words(rest, language):
            return 0, catalog.start
    return None


def _blank(folded: str, *groups: list[Hit], links: list[Hit] = ()) -> str:  # type: ignore[assignment]
    """FOLDED with the hits of GROUPS and LINKS blanked out."""
    chars = list(folded)
    for hit in [*links, *(hit for group in groups for hit in group)]:
        chars[hit.start : hit.end] = " " * (hit.end - hit.start)
    return "".join(chars)


def _arrival_said(message: Message, puts: list[Hit]) -> bool:
    """An arrival word ("aaye", "vandhuchu") that is not the put word itself ("add" is both)."""
    return any(not any(put.start <= hit.start < put.end for put in puts) for hit in message.concepts.get("increase", ()))


def _tail_start(message: Message, place: Hit, links: list[Hit], puts: list[Hit]) -> int | None:
    """Where "to my shop" / "dukaan mein rakh lo" / "kadaila serunga" begins, when it closes the
    message: the place, the link words right before it, and only link and put words after it.
    A put word must be in it, or open the message ("add … to my shop")."""
    covered = [(hit.start, hit.end) for hit in (*links, *puts)]
    after = message.folded[place.end :]
    ends = _CLAUSE_END.search(after)
    if ends is not None and not any(token.kind == "num" for token in tokenize(after[ends.end() :])):
        after = after[: ends.start()]  # "add … to my list, bulk customers asking": why, after a comma
    words_after = [token for token in tokenize(after) if token.kind in ("word", "num")]
    put_after = False
    for token in words_after:
        at = place.end + token.start
        if not any(start <= at < end for start, end in covered):
            if content_words(token.text, message.language):
                return None
            continue
        put_after = put_after or any(hit.start <= at < hit.end for hit in puts)
    opened = any(not content_words(message.folded[: hit.start], message.language) for hit in puts)
    if not put_after and not opened:
        return None
    start = place.start
    for link in sorted(links, key=lambda hit: hit.start, reverse=True):
        if link.end <= start and not message.folded[link.end : start].strip():
            start = link.start
    return start


def _with_pack(item: ItemRequest) -> ItemRequest:
    """The product and its pack size ("100g" -> 100 g), no count."""
    pack = item.pack_size
    if pack is None and item.quantity is not None and item.unit in MEASURE_UNITS:
        pack = PackSize(value=item.quantity, unit=item.unit)  # type: ignore[arg-type]
    return ItemRequest(text=item.text, raw=item.raw, pack_size=pack)


# ---- a heading before a list of stock counts

# Where a heading ends: a colon, a dash with a space before it, a new line.
_HEADING_END: Final = re.compile(r":|\s[-–—]\s|\n")


@cache
def _heading_words() -> frozenset[str]:
    return frozenset(fold_for_matching(row["word"]) for row in read_table("count_headings.csv"))


def without_count_heading(message: Message) -> Message:
    """"stock lekka: sona masoori 5kg 11, kandi pappu 18", "hisaab - maggi 20, lizol 12": a first
    clause of heading words only ("lekka", "hisaab", "ginti", "stock count") ended by a colon
    or a dash, before named counts, goes: it names no product and asks for no day's sales."""
    end = _heading_end(message)
    if end is None:
        return message
    blanked = " " * end + message.folded[end:]
    tokens = tokenize(blanked)
    return Message(message.cleaned, blanked, tokens, find_concepts(blanked, tokens), message.language)


def _heading_end(message: Message) -> int | None:
    """Where the heading and its colon or dash end, when heading words alone open the message and
    names with counts follow ("hisaab: 5000 ka maal bika" is no list of counts)."""
    found = _HEADING_END.search(message.folded)
    if found is None:
        return None
    following = [token for token in tokenize(message.folded[found.end() :]) if token.kind in ("word", "num")]
    if not following or following[0].kind != "word" or not any(token.kind == "num" for token in following):
        return None
    words = [token for token in tokenize(message.folded[: found.start()]) if token.kind in ("word", "num")]
    stock_words = [hit for concept in ("stock", "today") for hit in message.concepts.get(concept, ())]
    if not words or not all(
        token.text in _heading_words() or any(hit.start <= token.start < hit.end for hit in stock_words) for token in words
    ):
        return None
    return found.end()
