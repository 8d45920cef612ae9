"""Second thoughts: a customer names an amount (or a product), takes it back in the same
message and gives the one meant — "ulundu 10 venam, 8 kg podhum", "10 kilo rajma nahi, 5 kilo
rajma te 10 kilo kabuli chole", "2 kg no wait 3 kg atta", "make the sugar 10 kg instead of 5,
it runs out by wednesday". Only the last one counts: the one taken back is no item and no
removal. With one product left the amount is changed; with more the order is added.

Words: data/second_thoughts.csv (its "will_do" words serve intents.take_out).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Final

from intents.items import Amount, amounts, content_words, extract_items
from intents.keywords import PhraseIndex, build_index, find_concepts
from intents.lexicon import names_goods
from intents.message import SOCIAL, Classification, Message
from intents.tables import read_table
from intents.tokens import tokenize
from intents.types import Intent, ItemRequest

_CLAUSE_BREAKS: Final = ",;.!?\n|।"
# Concepts whose words name no goods in the corrected order ("podhum", "kar do", "haan").
_NOT_GOODS: Final = (*SOCIAL, "change", "enough", "decrease", "remove", "instead", "instead_pre", "give", "order")


@cache
def _index() -> PhraseIndex:
    """data/second_thoughts.csv, each phrase under "kind:language"."""
    return build_index([(f"{row['kind']}:{row['language']}", row["phrase"]) for row in read_table("second_thoughts.csv")])


@dataclass(frozen=True, slots=True)
class _Mark:
    kind: str
    start: int
    end: int


def _serves(kind: str, language: str, message_language: str) -> bool:
    """A word of LANGUAGE counts in a message of MESSAGE_LANGUAGE: its own, or an English one
    (romanised messages say "sorry", "wait" too), bar English "no" ("ghau no" is Gujarati "of")."""
    return language == message_language or language == "en" and kind != "not"


def words_said(message: Message, *kinds: str) -> list[_Mark]:
    """The words of KINDS said in the message's language (English ones in every language)."""
    found: list[_Mark] = []
    for hit in _index().find(message.folded, message.tokens):
        kind, _, language = hit.concept.partition(":")
        if kind in kinds and _serves(kind, language, message.language):
            found.append(_Mark(kind, hit.start, hit.end))
    # the longest phrase at a place ("no wait" over "no")
    found.sort(key=lambda mark: (mark.start, -(mark.end - mark.start)))
    kept: list[_Mark] = []
    for mark in found:
        if not any(other.start <= mark.start < other.end for other in kept):
            kept.append(mark)
    return kept


def clause_start(folded: str, at: int) -> int:
    return max((folded.rfind(mark, 0, at) + 1 for mark in _CLAUSE_BREAKS), default=0)


def clause_end(folded: str, at: int) -> int:
    ends = [found for found in (folded.find(mark, at) for mark in _CLAUSE_BREAKS) if found >= 0]
    return min(ends, default=len(folded))


def _only_breaks(message: Message, start: int, end: int, marks: list[_Mark]) -> bool:
    """Nothing but clause breaks, correction words and fillers between START and END."""
    text = list(message.folded[start:end])
    for mark in marks:
        for at in range(max(mark.start, start), min(mark.end, end)):
            text[at - start] = " "
    return not content_words("".join(text), message.language)


def _goods(text: str, language: str) -> list[ItemRequest]:
    """The items TEXT names, keyword words ("podhum", "kar do", "haan") left out."""
    tokens = tokenize(text)
    concepts = find_concepts(text, tokens)
    chars = list(text)
    for concept in _NOT_GOODS:
        for hit in concepts.get(concept, ()):
            chars[hit.start : hit.end] = " " * (hit.end - hit.start)
    for mark in _index().find(text, tokens):
        kind, _, said_in = mark.concept.partition(":")
        if _serves(kind, said_in, language):
            chars[mark.start : mark.end] = " " * (mark.end - mark.start)
    return [item for item in extract_items("".join(chars), language) if item.text]


def taken_back(message: Message) -> Classification | None:
    """The order once the amount taken back is left out, or None when none is taken back."""
    found = amounts(message.tokens, message.language)
    if len(found) < 2:
        return None
    marks = words_said(message, "not", "wait", "instead_of")
    for mark in marks:
        reading = _instead_of(message, mark, found) if mark.kind == "instead_of" else _take_back(message, mark, found, marks)
        if reading is not None:
            return reading
    return None


def _take_back(message: Message, mark: _Mark, found: list[Amount], marks: list[_Mark]) -> Classification | None:
    """"ulundu 10 venam, 8 kg podhum", "2 kg no wait 3 kg atta": the amount before MARK (alone in
    its clause) is taken back; the amount right after it is the one meant, of the product named
    after it or else of the one named before."""
    folded, language = message.folded, message.language
    start = clause_start(folded, mark.start)
    old = [amount for amount in found if start <= amount.start and amount.end <= mark.start]
    new = next((amount for amount in found if amount.start >= mark.end), None)
    if len(old) != 1 or new is None or not _only_breaks(message, mark.end, new.start, marks):
        return None
    if new.unit is None and old[0].unit is not None and not any(mark in folded[old[0].end : new.start] for mark in _CLAUSE_BREAKS):
        return None  # "500ml vi 4", "1 kg no 2 packet": a pack size and a count of it, one item
    before = _goods(folded[start : mark.start], language)
    named = _goods(folded[new.start : clause_end(folded, new.start)], language)
    if not before and not named:
        return None  # "make that 1 litre not 2": no product named either side
    if mark.kind != "wait" and named and before and named[0].text != before[-1].text:
        return None  # "2 kilo atta nahi, 1 kilo cheeni", "arisi 5 kg venam, 1 kg sakkarai": two products, two items
    kept = folded[new.start :] if named else f"{before[-1].text} {folded[new.start :]}" if before else ""
    return _reading(message, f"{folded[:start]} {kept}", carried=not named)


def _instead_of(message: Message, mark: _Mark, found: list[Amount]) -> Classification | None:
    """"make the sugar 10 kg instead of 5, it runs out by wednesday": the amount right after MARK
    is taken back, the one before it in its clause is meant."""
    folded = message.folded
    old = next((amount for amount in found if amount.start >= mark.end), None)
    start = clause_start(folded, mark.start)
    new = [amount for amount in found if start <= amount.start and amount.end <= mark.start]
    if old is None or not new or folded[mark.end : old.start].strip() or folded[new[-1].end : mark.start].strip():
        return None
    if _goods(folded[old.start : clause_end(folded, old.start)], message.language):
        return None  # "2 kg atta instead of 1 kg maida": a swap of products, not of amounts
    return _reading(message, f"{folded[: mark.start]} {folded[old.end :]}", carried=True)


def _reading(message: Message, text: str, *, carried: bool) -> Classification | None:
    """TEXT (the message with the taken-back part left out) read as an order: one product whose
    amount was carried over, or with a "make it / enough" word, changes it; more are added. A
    part with no amount and no goods the lexicon knows is the customer's reason, no item."""
    language = message.language
    items = [item for item in _goods(text, language) if item.quantity is not None or names_goods(item.text, language)]
    if not items or not any(item.quantity is not None for item in items):
        return None
    changes = carried or message.has("change", "enough", "decrease")
    if len(items) == 1 and changes and not message.has("increase", "new_product"):
        return Classification(intent=Intent.CHANGE_QUANTITY, confidence=0.8, items=(items[0],))
    return Classification(intent=Intent.ADD_ITEMS, confidence=0.85, items=tuple(items))
