"""The owner sets a product's stock to a count, or adds a count to it.

"fortune besan ka stock 60 kar do, maal aa gaya", "set the stock of Horlicks to 12. The new
supply came this morning": the stock word, the number and a make-it / set word in one clause
make the number the new count; the arrival said in another clause only gives the reason.
"stock mein 10 jod dijiye", "स्टॉक २० ने वाढवा" add 10 / 20: the add word is in that clause.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Final

from intents.cleaning import fold_for_matching
from intents.items import extract_items
from intents.keywords import Hit, concept_index, find_concepts
from intents.lexicon import fold, load_lexicon
from intents.message import SOCIAL, Message, says_more_than_fillers
from intents.numbers import number_word_value
from intents.tables import read_table
from intents.tokens import tokenize
from intents.types import ItemRequest
from intents.units import MEASURE_UNITS

# Where one clause ends ("…kar do, maal aa gaya"), and the "because / as" that opens a reason
# in each language ("set the stock to 40 as the new stock has arrived", "… kyunki maal aaya").
_REASON_WORDS: Final = (
    "as|because|since|coz|cause|kyunki|kyonki|karon|karan|karanam|karana|yenna|endukante|yakandre|yakendre"
    "|क्योंकि|কারণ|कारण|કારણ કે|ਕਿਉਂਕਿ|ஏன்னா|ஏனென்றால்|ఎందుకంటే|ಯಾಕಂದ್ರೆ|ಏಕೆಂದರೆ|കാരണം|କାରଣ"
)
_CLAUSE_END: Final = re.compile(rf"[,.;!?\n।|]|(?<!\S)(?:{_REASON_WORDS})(?!\S)")
_NUMBER: Final = re.compile(r"(?<![\d.:/])(\d+(?:\.\d+)?)(?![\d:/]|\.\d)")

# "5 se 8", "5 to 8", "5 theke 8", "30 ರಿಂದ 45", "30 ൽ നിന്ന് 45", "30 वरून 45": the word between
# the old count (or price) and the new one, as each language says "from", typed either way.
_FROM_WORDS: Final = (
    "se", "से", "to", "theke", "thekey", "থেকে", "nundi", "nunchi", "నుంచి", "నుండి", "ninda", "inda", "rinda", "ನಿಂದ", "ರಿಂದ", "ಇಂದ",
    "ninnu", "il ninnu", "ninn", "നിന്ന്", "ൽ നിന്ന്", "ഇൽ നിന്ന്", "ഇല് നിന്ന്", "il ninn", "thi", "થી", "ton", "toh", "ਤੋਂ", "ru", "ରୁ", "la", "la irundhu",
    "lendhu", "lerndhu", "irundhu", "ilirundhu", "லிருந்து", "இருந்து", "ல இருந்து", "pasun", "पासून", "varun", "वरून", "mudhal", "->", "-",
)
FROM_WORD: Final = "|".join(re.escape(word) for word in sorted(_FROM_WORDS, key=len, reverse=True))
_FROM_TO: Final = re.compile(rf"\s*(?:{FROM_WORD})\s*")
# Words that make the clause's number a change to the stock, not the new count.
_CHANGE_BY: Final = ("increase", "decrease", "raise", "new_product", "remove")
# Words that make the number the new count: "kar do", "aakku", "make it", "set".
_MAKE_IT: Final = ("change", "set_to")
# Command words that are no part of the product's name.
_COMMAND: Final = ("stock", "finished", "new_item", "exists", "change", "set_to", "from_amount", "fresh", "today", "hours", *_CHANGE_BY, *SOCIAL)


def _clauses(folded: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    start = 0
    for end in _CLAUSE_END.finditer(folded):
        if decimal_point(folded, end.start()):
            continue
        spans.append((start, end.start()))
        start = end.end()
    spans.append((start, len(folded)))
    return spans


def decimal_point(folded: str, at: int) -> bool:
    """A decimal point ("1.5") at AT: it ends no clause."""
    return folded[at] == "." and 0 < at < len(folded) - 1 and folded[at - 1].isdigit() and folded[at + 1].isdigit()


def _hits_in(message: Message, concepts: tuple[str, ...], start: int, end: int) -> bool:
    return any(start <= hit.start and hit.end <= end for concept in concepts for hit in message.concepts.get(concept, ()))


def stock_made(message: Message) -> tuple[int | float, list[ItemRequest]] | None:
    """(the new count, the product named) when a clause says "make the stock N": the stock
    word, one number after it and a make-it word, and no add or take-off word in that clause.
    The product is the one named in that clause, else in the whole message."""
    if _adds_a_new_product(message):
        return None
    for start, end in _clauses(message.folded):
        stocks = [hit for hit in _stock_words(message) if start <= hit.start and hit.end <= end]
        if not stocks or not _hits_in(message, _MAKE_IT, start, end) or _hits_in(message, _CHANGE_BY, start, end):
            continue
        numbers = [number for number in _NUMBER.finditer(message.folded, start, end) if number.start() >= stocks[0].end]
        said_from = numbers[0].start() if numbers else 0
        if len(numbers) == 2 and _FROM_TO.fullmatch(message.folded, numbers[0].end(), numbers[1].start()):
            numbers = numbers[1:]  # "stock 5 se 8 kar do": from the old count to the new
        if len(numbers) != 1:
            continue
        number = numbers[0]
        blanked = message.without(*_COMMAND)
        # the old count and its "from" word ("20 ರಿಂದ") go with the new count: no part of the name
        blanked = blanked[:said_from] + " " * (number.end() - said_from) + blanked[number.end() :]
        names = _names(blanked[start:end], message.language) or _names(_other_clauses(blanked, start, end), message.language)
        if len(names) != 1:
            continue
        value = float(number.group(1))
        return (int(value) if value == int(value) else value), names
    return None


def _stock_words(message: Message) -> list[Hit]:
    """The stock word's hits, and Gujarati "no stock" ("amul butter no stock 16 kari do": "no" is
    "of") when a number follows it: a count is no "out of stock"."""
    hits = list(message.concepts.get("stock", ()))
    hits += [hit for hit in message.concepts.get("finished", ()) if holds(hit, "stock") and _NUMBER.search(message.folded, hit.end)]
    return sorted(hits, key=lambda hit: hit.start)


def _adds_a_new_product(message: Message) -> bool:
    """"new item: …" names a product to add; "naya maal aa gaya" (new goods came) names none."""
    return any(not holds(hit, "stock") for hit in message.concepts.get("new_item", ()))


def holds(hit: Hit, concept: str) -> bool:
    """A several-word phrase HIT holds a word of CONCEPT itself ("naya stock", "pichla order")."""
    return " " in hit.phrase and any(found.concept == concept for found in concept_index().find(hit.phrase))


def _other_clauses(text: str, start: int, end: int) -> str:
    return text[:start] + " , " + text[end:]


def _names(text: str, language: str, *, keep_measure: bool = True) -> list[ItemRequest]:
    """The products named in TEXT, without the counts said with them ("maggi 20 aaye": Maggi); a
    weight or volume ("parle g 800g", "सर्फ एक्सल 1 किलो") stays (it says which pack) unless
    not KEEP_MEASURE (the change clause's "loose atta … 15 kilo" is its amount)."""
    return [
        item if keep_measure and item.unit in MEASURE_UNITS else ItemRequest(text=item.text, raw=item.raw, pack_size=item.pack_size)
        for item in extract_items(text, language, spoken_numbers=False)
        if item.text
    ]


# "stock 20 ne vadhva", "stock 8 thi vadharo", "stock 8 naal vadha do", "by 8": the word that
# says by how much the stock goes up or down.
_BY_WORDS: Final = frozenset("by ne ने thi થી naal nal ਨਾਲ se से".split())


def only_by_words(item: ItemRequest) -> bool:
    """An "item" that is only the by-how-much word left after its number: no product."""
    return bool(item.text) and all(word in _BY_WORDS for word in item.text.split())


# Words that may stand beside the truck and its arrival in the opening clause: "today", "now",
# "just", "finally" ("ఈరోజు లోడ్ వచ్చింది", "truck just came").
_ARRIVAL_COMPANY: Final = ("vehicle", "increase", "today", "now", "fresh", *SOCIAL)


def without_arrival_opening(message: Message) -> Message:
    """"truck just came. amul taaza 500ml stock is 48 now", "gaadi aa gayi, tata tea … 40 packet
    aur aaye", "গাড়ি এসেছে। গোবিন্দভোগ চাল এখন ৪০ প্যাকেট": a first clause that only says the
    truck came gives the reason; it is no product and its arrival word adds nothing. It goes
    when a later clause holds the count."""
    spans = _clauses(message.folded)
    if len(spans) < 2 or "vehicle" not in message.concepts:
        return message
    start, end = spans[0]
    folded = message.folded
    if _NUMBER.search(folded, start, end) or not _NUMBER.search(folded, end) \
            or not _hits_in(message, ("vehicle",), start, end) or not _hits_in(message, ("increase",), start, end):
        return message
    rest = message.without(*_ARRIVAL_COMPANY)[start:end]
    if says_more_than_fillers(rest, message.language):
        return message  # "truck came with maggi, 20 packets": the clause names the goods
    cut = min(end + 1, len(folded))  # the clause and the stop after it
    blanked = " " * cut + folded[cut:]
    tokens = tokenize(blanked)
    return Message(message.cleaned, blanked, tokens, find_concepts(blanked, tokens), message.language)


_ADD_WORDS: Final = ("increase", "new_product", "raise")
_TAKE_OFF_WORDS: Final = ("decrease",)


def count_in_change_clause(message: Message) -> tuple[int | float, list[ItemRequest]] | None:
    """(the signed change, the product) when the last clause with a number says how much to add
    or take off and an earlier clause counted the cartons, boxes or sacks: "got 2 cartons of small
    maggi, 48 each.. add 96 to stock" adds 96, "hamam soap 3 box vandhuchu, 36 piece add pannu"
    36, "atta ki 3 bori bheeg gayi, loose atta stock 15 kilo kam karo" takes 15 off. An earlier
    clause that goes the other way ("maggi 20 aaye, 5 kharab") leaves it to the usual rules.
    The product is the one the change clause names, else the one named before it."""
    folded = message.folded
    spans = [(start, end) for start, end in _clauses(folded) if _NUMBER.search(folded, start, end)]
    if len(spans) < 2:
        return None
    start, end = spans[-1]
    numbers = list(_NUMBER.finditer(folded, start, end))
    if len(numbers) != 1:
        return None
    said_to = _change_said_after(message, start, end)
    adds, takes = _hits_in(message, _ADD_WORDS, start, said_to), _hits_in(message, _TAKE_OFF_WORDS, start, said_to)
    if adds == takes or message.has("price"):
        return None
    earlier = (0, spans[-2][1])
    if _hits_in(message, _TAKE_OFF_WORDS if adds else _ADD_WORDS, *earlier):
        return None
    if not _hits_in(message, ("container",), *earlier):
        return None  # "maggi 20 aaye, atta 10 aaye": two products, each its own count
    number = numbers[0]
    blanked = message.without("container", *_ADD_WORDS, *_TAKE_OFF_WORDS, "stock", "exists", "more", "still", "change", "low", "today", "now", *SOCIAL)
    own = _names(_without_piece_words(blanked[start:end]), message.language, keep_measure=False)
    names = own or _names(blanked[: spans[-2][1]], message.language)
    if not names:
        return None
    value = float(number.group(1)) * (1 if adds else -1)
    return (int(value) if value == int(value) else value), names


@cache
def _piece_words() -> frozenset[str]:
    return frozenset(fold_for_matching(row["word"]) for row in read_table("piece_counts.csv"))


def _without_piece_words(text: str) -> str:
    """The count clause without its piece words ("144 nag", "200 ennam"): they name no product."""
    return re.sub(r"\S+", lambda word: " " * len(word.group()) if word.group().strip(",.;") in _piece_words() else word.group(), text)


# "add them to stock", "sab jod do": the pieces themselves, no product.
_THEM: Final = frozenset("them it these those all sab sabko saare sob ellam ellaam anni anta ellavum sagla badha ellavannu sabu".split())


def _change_said_after(message: Message, start: int, end: int) -> int:
    """Where the add or take-off word of the count clause may end: "surf 2 cartons came, 24
    packets, add to stock", "vim 3 carton aaye, 144 piece, stock badha do": when the count clause
    has no such word itself, the clauses after it that say only that (add, stock, please) count
    too. Else the clause's own end."""
    if _hits_in(message, (*_ADD_WORDS, *_TAKE_OFF_WORDS), start, end):
        return end
    rest = message.without(*_ADD_WORDS, *_TAKE_OFF_WORDS, "stock", "change", "now", *SOCIAL)[end:]
    rest = " ".join(word for word in _CLAUSE_END.sub(" ", rest).split() if word not in _THEM)
    if says_more_than_fillers(rest, message.language):
        return end
    return len(message.folded)



def arrival_word_as_name(message: Message) -> Message:
    """Marathi "ale" / "आले" is both "came" and ginger: "amul taaza 500ml 40 ale" counts 40 that
    came, "ale 5 kilo" is the ginger's stock. An arrival word that is a product name on its own
    (a lexicon term) with no count before it is the name, not the arrival."""
    hits = message.concepts.get("increase", ())
    names = [hit for hit in hits if " " not in hit.phrase and _names_a_product(message, hit) and not _after_count(message, hit)]
    if not names:
        return message
    concepts = dict(message.concepts)
    kept = [hit for hit in hits if hit not in names]
    if kept:
        concepts["increase"] = kept
    else:
        concepts.pop("increase")
    return Message(message.cleaned, message.folded, message.tokens, concepts, message.language)


def _names_a_product(message: Message, hit: Hit) -> bool:
    word = message.folded[hit.start : hit.end]
    return word == hit.phrase and bool(load_lexicon().lookup(fold(word), message.language))


def _after_count(message: Message, hit: Hit) -> bool:
    """A count comes before the word ("40 ale", "6 बूस्ट डबे आले"): what came is counted."""
    if _NUMBER.search(message.folded, 0, hit.start) is not None:
        return True
    # "sakhar che pach packet aale": the count said in words
    return any(token.kind == "word" and number_word_value(token.text, message.language) is not None for token in message.tokens if token.end <= hit.start)


def fresh_as_arrival(message: Message) -> Message:
    """"maggi 20 naya aaya": with no order in the message, a "just came" phrase ("naya aaya",
    "ਹੁਣੇ ਆਇਆ") says the goods arrived — the increase its last word is — not which order is
    newest ("naya aaya order accept karo" keeps it)."""
    fresh = message.concepts.get("fresh", ())
    if not fresh or message.has("order"):
        return message
    arrived = [hit for hit in fresh if "increase" in find_concepts(hit.phrase.split()[-1], tokenize(hit.phrase.split()[-1]))]
    if not arrived:
        return message
    concepts = {concept: list(hits) for concept, hits in message.concepts.items()}
    concepts["fresh"] = [hit for hit in fresh if hit not in arrived]
    if not concepts["fresh"]:
        del concepts["fresh"]
    concepts.setdefault("increase", []).extend(Hit("increase", hit.phrase, hit.start, hit.end) for hit in arrived)
    return Message(message.cleaned, message.folded, message.tokens, concepts, message.language)
