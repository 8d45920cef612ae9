"""Second thoughts: a customer names an amount (or a product), takes it back in the same
message and gives the one meant — "ulundu 10 venam, 8 kg podhum", "10 kilo rajma nahi, 5 kilo
rajma te 10 kilo kabuli chole", "2 kg no wait 3 kg atta", "make the sugar 10 kg instead of 5,
it runs out by wednesday". Only the last one counts: the one taken back is no item and no
removal. With one product left the amount is changed; with more the order is added.

Words: data/second_thoughts.csv (its "will_do" words serve intents.take_out).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
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
    return build_index(
        [(f"{row['kind']}:{row['language']}:{'r' if row['phrase'].isascii() else 'n'}", row["phrase"]) for row in read_table("second_thoughts.csv")]
    )


@dataclass(frozen=True, slots=True)
class _Mark:
    kind: str
    start: int
    end: int


# Kinds whose words are read in a message of any language ("galti" in "maggi stock 30... galti, 13"
# read as English, "शेवटचा" in Marathi read as Hindi): none of them is an everyday word elsewhere.
_ANY_LANGUAGE: Final = ("back", "put", "last", "forget", "mistake", "no")


def _serves(kind: str, language: str, message_language: str, romanised: bool = False) -> bool:
    """A word of LANGUAGE counts in a message of MESSAGE_LANGUAGE: its own, or an English one
    (romanised messages say "sorry", "wait" too), bar English "no" ("ghau no" is Gujarati "of");
    a romanised message read as English takes the romanised words of every language
    ("2 kilo atta, nahi 10 kilo")."""
    if kind in _ANY_LANGUAGE or language == message_language:
        return True
    if language == "en":
        return kind != "not"
    return message_language == "en" and romanised


def words_said(message: Message, *kinds: str) -> list[_Mark]:
    """The words of KINDS said in the message's language (English ones in every language)."""
    found: list[_Mark] = []
    for hit in _index().find(message.folded, message.tokens):
        kind, language, script = hit.concept.split(":")
        if kind in kinds and _serves(kind, language, message.language, script == "r"):
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
        kind, said_in, script = mark.concept.split(":")
        if _serves(kind, said_in, language, script == "r"):
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
    return _corrected_clauses(message, found)


# Clause breaks between the parts of an order; a full stop only outside a number ("1.5 kg").
_CLAUSE_SPLIT: Final = re.compile(r"(?:[,;!?\n|।—]|\.(?!\d)|(?<!\d)\.)+")


def _clauses(folded: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    at = 0
    for match in _CLAUSE_SPLIT.finditer(folded):
        if folded[at : match.start()].strip():
            spans.append((at, match.start()))
        at = match.end()
    if folded[at:].strip():
        spans.append((at, len(folded)))
    return spans


def _same_product(said: str, earlier: str) -> bool:
    """"dal" names the "toor dal" said before; "maggi" the "maggi"."""
    return said == earlier or f" {said} " in f" {earlier} " or f" {earlier} " in f" {said} "


def _corrected_clauses(message: Message, found: list[Amount]) -> Classification | None:
    """"2 kilo aata... nahi nahi 3 kilo bhejna", "dim 6 ta dao, na 12 ta", "maggi nuhe 2 ta",
    "nahi, dal ek kilo kar do", "amul taaza 2 litre... ik litre hi kafi", "poha ... doodh 1
    litre... doodh ardha litre": a later part with a new amount and a correction word (or an
    "enough" word, or the same product said again) gives the amount of the product said before
    it (the one it names, or else the last one); the order is everything else as said."""
    folded, language = message.folded, message.language
    spans = _clauses(folded)
    if len(spans) < 2:
        return None
    marks = words_said(message, "not", "wait", "no", "will_do")
    items: list[ItemRequest] = []
    corrected = False
    for start, end in spans:
        said = _goods(folded[start:end], language)
        new = next((amount for amount in found if start <= amount.start and amount.end <= end), None)
        if not items or new is None:
            items.extend(said)
            continue
        if any(mark.kind in ("not", "no") and new.end <= mark.start and mark.end <= end for mark in marks):
            continue  # "dim 2 dozen kore din, 1 dozen e hobe na": this part's amount is the one refused
        before_new = [mark for mark in marks if start <= mark.start and mark.end <= new.start]
        opens = any(mark.kind != "no" or not folded[start : mark.start].strip() for mark in before_new if mark.kind != "will_do")
        enough = any(start <= mark.start and mark.end <= end for mark in marks if mark.kind == "will_do") or _enough(folded[start:end])
        named = [item for item in said if item.text and names_goods(item.text, language)]
        if len(named) > 1 or sum(1 for amount in found if start <= amount.start and amount.end <= end) > 1:
            items.extend(said)
            continue
        if named:
            target = next((at for at in range(len(items) - 1, -1, -1) if _same_product(named[0].text, items[at].text)), None)
            again = target is not None and named[0].text == items[target].text
            if target is None or not (opens or enough or again):
                items.extend(said)
                continue
        else:
            target = len(items) - 1
            if not (opens or enough) or items[target].quantity is None:
                items.extend(said)
                continue
        carried = _goods(f"{items[target].text} {folded[new.start : new.end]}", language)
        if not carried or carried[0].quantity is None:
            return None
        items[target] = replace(items[target], quantity=carried[0].quantity, unit=carried[0].unit, pack_size=carried[0].pack_size)
        corrected = True
    if not corrected:
        return None
    kept = [item for item in items if item.quantity is not None or names_goods(item.text, language)]
    if not kept:
        return None
    return Classification(intent=Intent.ADD_ITEMS, confidence=0.8, items=tuple(kept))


def _enough(text: str) -> bool:
    return bool(find_concepts(text, tokenize(text)).get("enough"))


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
    if named and before and names_goods(before[-1].text, language) and not any(names_goods(item.text, language) for item in named):
        named = []  # "मैगी 4 नहीं 2 ही रखो": "ही रखो" names nothing, the amount is maggi's
    if not before and not named:
        return None  # "make that 1 litre not 2": no product named either side
    if mark.kind != "wait" and named and before and named[0].text != before[-1].text:
        return None  # "2 kilo atta nahi, 1 kilo cheeni", "arisi 5 kg venam, 1 kg sakkarai": two products, two items
    # a carried amount takes only its own words: "मैगी 4 नहीं 2 ही रखो" is maggi 2, no "ही रखो"
    kept = folded[new.start :] if named else f"{before[-1].text} {folded[new.start : new.end]} {folded[clause_end(folded, new.end) :]}" if before else ""
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


def put_back(message: Message) -> Classification | None:
    """"accha cheeni wapas daal do, dedh kilo", "maggi pheri dia, gote": a product put back with
    its amount in a part of its own is ordered with that amount; the "back / again" word is no
    part of the product."""
    folded, language = message.folded, message.language
    backs = words_said(message, "back")
    if not backs:
        return None
    chars = list(folded)
    for mark in words_said(message, "back", "put"):
        chars[mark.start : mark.end] = " " * (mark.end - mark.start)
    found = amounts(tokenize("".join(chars)), language)  # "khand fer pa deo": "pa deo" is "put", no quarter
    if len(found) != 1:
        return None
    new = found[0]
    chars[new.start : new.end] = " " * (new.end - new.start)
    said = [item for item in _goods("".join(chars), language) if item.text]
    if len(said) != 1 or not names_goods(said[0].text, language):
        return None
    if clause_start(folded, new.start) <= backs[0].start:
        return None  # the amount is in the same part as the product: read as said
    carried = _goods(f"{said[0].text} {folded[new.start : new.end]}", language)
    if not carried or carried[0].quantity is None:
        return None
    item = replace(said[0], quantity=carried[0].quantity, unit=carried[0].unit, pack_size=carried[0].pack_size)
    return Classification(intent=Intent.ADD_ITEMS, confidence=0.8, items=(item,))


def drops_the_last(message: Message) -> Classification | None:
    """"forget the last thing i added", "आखिरी वाला हटा दो", "ଶେଷ ଜିନିଷଟା ଭୁଲିଯାଅ": the item
    added last comes off; no product is named."""
    if not words_said(message, "last") or not (words_said(message, "forget") or message.has("remove")):
        return None
    chars = list(message.folded)
    for mark in words_said(message, "last", "forget"):
        chars[mark.start : mark.end] = " " * (mark.end - mark.start)
    if any(names_goods(item.text, message.language) for item in _goods("".join(chars), message.language) if item.text):
        return None
    return Classification(intent=Intent.REMOVE_ITEM, confidence=0.75)


def owner_second_number(message: Message) -> Message:
    """The owner's message with the number taken back left out: "amul butter ka rate 58...
    galti, 56 karo", "maggi stock 40... sorry 14", "price 70 no 72" (the one after the
    correction word counts), "maggi stock 20, not 12 — typo" (the one before "not" counts).
    The "wrong / mistake" words themselves ("galti", "chuklam", "typo") are never an item."""
    marks = words_said(message, "wait", "mistake", "no", "instead_of")
    if not marks:
        return message
    numbers = [token for token in message.tokens if token.kind == "num"]
    chars = list(message.folded)
    blanked = False
    for mark in marks:
        before = [token for token in numbers if token.end <= mark.start]
        after = [token for token in numbers if token.start >= mark.end]
        if mark.kind == "mistake":
            chars[mark.start : mark.end] = " " * (mark.end - mark.start)
            blanked = True
        if not before or not after:
            continue
        between = message.folded[before[-1].end : mark.start] + message.folded[mark.end : after[0].start]
        if content_words(between, message.language) and not all(word in message.folded[mark.start : mark.end] for word in content_words(between, message.language)):
            continue
        if mark.kind == "instead_of":  # "20, not 12": the one after "not" is taken back
            cut_from, cut_to = before[-1].end, after[0].end
        else:  # "58... galti, 56": the one before is taken back
            cut_from, cut_to = before[-1].start, after[0].start
        chars[cut_from:cut_to] = " " * (cut_to - cut_from)
        blanked = True
    if not blanked:
        return message
    folded = "".join(chars)
    tokens = tokenize(folded)
    return Message(message.cleaned, folded, tokens, find_concepts(folded, tokens), message.language)
