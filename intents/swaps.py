"""A swap: the customer turns one product down for another in the same breath ("fortune ki
jagah gold winner 1 litre kar do", "amul paneer nako, mother dairy cha 1 de", "colgate beda,
pepsodent ondu kodi", "bru nuhe, nescafe classic 50g dia", "add 1 white bread instead,
britannia"). Only the replacement is ordered, with its amount; the product turned down is no
item. Words: data/swaps.csv.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from typing import Final

from intents.items import extract_items
from intents.keywords import Hit, PhraseIndex, build_index, language_name_index
from intents.lexicon import fold, load_lexicon
from intents.message import Classification, Message
from intents.tables import read_table
from intents.types import Intent, ItemRequest

_MARKS: Final = ("after_old", "before_old", "alone", "not")
_CLAUSE_BREAK: Final = re.compile(r"[,;.!?\n|]")


@cache
def _index() -> PhraseIndex:
    """Every row of data/swaps.csv, its kind as the concept ("not_own" keeps its language)."""
    rows = read_table("swaps.csv")
    return build_index([(_kind_of(row), row["phrase"]) for row in rows])


def _kind_of(row: dict[str, str]) -> str:
    """A row's kind; an own-language row carries its language ("not_own:bn")."""
    return f"{row['kind']}:{row['language']}" if row["kind"].endswith("_own") else row["kind"]


def _hits(message: Message) -> list[Hit]:
    """The swap words said, own-language words only in their language, longest first at a place."""
    found = []
    for hit in _index().find(message.folded, message.tokens):
        kind, _, language = hit.concept.partition(":")
        if language and language != message.language:
            continue
        found.append(Hit(kind.removesuffix("_own"), hit.phrase, hit.start, hit.end))
    return sorted(found, key=lambda hit: (hit.start, -(hit.end - hit.start)))


def _clause_start(folded: str, at: int) -> int:
    """Where the clause holding AT begins (after the last comma, full stop, ...)."""
    breaks = [match.end() for match in _CLAUSE_BREAK.finditer(folded, 0, at)]
    return breaks[-1] if breaks else 0


def _clause_end(folded: str, at: int) -> int:
    match = _CLAUSE_BREAK.search(folded, at)
    return match.start() if match else len(folded)


def _blanked(folded: str, start: int, end: int) -> str:
    return folded[:start] + " " * (end - start) + folded[end:]


def _named(text: str, language: str) -> list[ItemRequest]:
    return [item for item in extract_items(text, language) if item.text]


def swapped_in(message: Message) -> Classification | None:
    """The replacement of a swap as an order (add_items), or None when no swap is said."""
    if language_name_index().find(message.folded, message.tokens):
        return None  # "reply in tamil instead of english": a language, no goods
    hits = _hits(message)
    gives = [hit for hit in hits if hit.concept == "give"]
    for hit in hits:
        if hit.concept not in _MARKS:
            continue
        reading = _read_swap(message, hit, gives)
        if reading is not None:
            return Classification(intent=Intent.ADD_ITEMS, confidence=0.85, items=tuple(reading))
    return None


def _read_swap(message: Message, mark: Hit, gives: list[Hit]) -> list[ItemRequest] | None:
    """The items left once the product turned down at MARK is taken out, or None."""
    folded, language = message.folded, message.language
    start = _clause_start(folded, mark.start)
    if mark.concept == "alone":
        # "make the atta 5 kg instead": a new amount of the same goods, unless a give word orders more
        return _instead_alone(message, mark) if gives or not message.has("change") else None
    if mark.concept == "before_old":
        return _instead_of_before(message, mark)
    old = _named(folded[start : mark.start], language)
    if not old:
        # "bru ku badhila ...": "bru ku" read as "for bru" was taken out before; the rest is the order
        return _instead_alone(message, mark) if mark.concept == "after_old" else None
    if any(item.quantity is not None or item.pack_size is not None for item in old):
        return None  # "2 kilo atta nahi, 1 kilo cheeni": two amounts, two items (or a new amount)
    if mark.concept == "not" and not _known_goods(old[-1]):
        return None  # "ghare koi nathi, ...": nobody at home, no product turned down
    rest = _blanked(folded, start, mark.end)
    new = [item for item in _named(rest, language) if folded.find(item.raw, mark.end) >= mark.end]
    if not new or message.has("remove") and _removes_after(message, mark.end):
        return None
    if mark.concept == "not" and not _new_is_ordered(folded, mark, start, new, gives):
        return None
    earlier = [item for item in _named(rest, language) if item not in new]
    return [*earlier, *(_with_kind_of(item, old[-1], language) for item in new)]


def _known_goods(item: ItemRequest) -> bool:
    """Some word (or pair of words) of ITEM is goods the lexicon knows ("colgate", "bru")."""
    words = fold(item.text).split()
    pairs = [" ".join(words[at : at + 2]) for at in range(len(words) - 1)]
    return any(load_lexicon().lookup(word) for word in (*words, *pairs))


def _removes_after(message: Message, at: int) -> bool:
    """A removal verb after the swap word: "maggi nahi, kurkure bhi hata do" removes both."""
    return any(hit.start >= at for hit in message.concepts.get("remove", ()))


def _new_is_ordered(folded: str, mark: Hit, start: int, new: list[ItemRequest], gives: list[Hit]) -> bool:
    """After a "not" word: the next product has an amount, or a give word follows its name
    (and none stands before the "not": "maggi dao na" is Bengali "do give maggi")."""
    if any(start <= give.start < mark.start for give in gives):
        return False
    if any(item.quantity is not None or item.pack_size is not None for item in new):
        return True
    if not _known_goods(new[0]):
        return False  # "ਮੂਲੀ ਨਹੀਂ ਚਾਹੀਦੀ, ਕੱਟ ਦਿਓ": "cut it (out)", no goods named
    first = folded.find(new[0].raw, mark.end)
    return any(give.start >= first + len(new[0].raw.split()[0]) for give in gives)


def _instead_alone(message: Message, mark: Hit) -> list[ItemRequest] | None:
    """"add 1 white bread instead, britannia", "iske badle 2 yippee de do": no product turned
    down is named; the order is the rest, a brand said alone after the comma is the brand of
    the item before it."""
    items = _named(_blanked(message.folded, mark.start, mark.end), message.language)
    if not items or not any(item.quantity is not None for item in items):
        return None
    last = items[-1]
    if len(items) >= 2 and last.quantity is None and last.pack_size is None and len(last.text.split()) <= 2:
        at = message.folded.find(last.raw, mark.end)
        if at >= mark.end and not message.folded[mark.end : at].strip(" ,"):
            before = items[-2]
            return [*items[:-2], replace(before, text=f"{last.text} {before.text}", raw=f"{before.raw} {last.raw}")]
    return items


def _instead_of_before(message: Message, mark: Hit) -> list[ItemRequest] | None:
    """"instead of fortune, gold winner 1 litre" / "1 litre gold winner instead of fortune":
    the product after "instead of" (up to the clause's end) is the one turned down."""
    folded, language = message.folded, message.language
    end = _clause_end(folded, mark.end)
    # "instead of red label put taaza 250g": a give word ends the product turned down
    end = min([end, *(hit.start for hit in _hits(message) if hit.concept == "give" and mark.end < hit.start < end)])
    if not _named(folded[mark.end : end], language):
        return None
    items = _named(_blanked(folded, mark.start, end), language)
    if any(item.quantity is not None or item.pack_size is not None for item in items):
        # "..., its 25 rs less na": beside the amount ordered, a part with none and no goods is the reason
        items = [item for item in items if item.quantity is not None or item.pack_size is not None or _known_goods(item)]
    return items or None


@cache
def _of_that_words() -> frozenset[str]:
    """The "of / the one of" words ("cha", "ka", "wala") of data/swaps.csv."""
    return frozenset(row["phrase"] for row in read_table("swaps.csv") if row["kind"] == "of_that")


def _with_kind_of(item: ItemRequest, old: ItemRequest, language: str) -> ItemRequest:
    """"amul paneer nako, mother dairy cha 1 de": a brand with "the one of" after it names the
    kind of the product turned down (mother dairy's paneer)."""
    words = item.text.split()
    if len(words) < 2 or words[-1] not in _of_that_words():
        return item
    kind = old.text.split()[-1] if len(old.text.split()) >= 2 else ""
    return replace(item, text=" ".join([*words[:-1], kind]).strip())
