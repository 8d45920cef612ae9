"""How the customer wants the goods handed over, and where an address ends.

"if nobody's home leave it with the watchman", "ਚੌਕੀਦਾਰ ਕੋਲ ਛੱਡ ਦੇਣਾ", "ഈ മഴയത്ത് ഡെലിവറി വരുമോ?":
a word to the shop about the delivery (talk_to_shop), not an order and no "no" to a question,
whatever "nahi / illa" it holds ("naanu mane alli illa": I am not at home).

An address slot keeps only the address: the copula after its label goes ("address is flat 402"
-> "flat 402", "thikana holo …"), and so does a delivery note after a sentence break or a dash
("…, Paldi. chowkidar ne aapi dejo", "… Kondhwa - main road is flooded so come from the back
lane"); "B-12" and "12/340" are parts of the address. A line with a business or house name or a
gate / door word beside its road and town ("Guru Nanak Dhaba, pichhla gate, GT Road, Jalandhar")
is an address with no label. Words: data/delivery_instructions.csv.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Final

from intents.cleaning import fold_for_matching
from intents.items import extract_items
from intents.keywords import Hit, PhraseIndex, find_concepts, table_index
from intents.lexicon import names_goods
from intents.tokens import prepare, tokenize

_KEEPER, _HANDOVER, _DELIVERY, _WEATHER = "keeper", "handover", "delivery", "weather"
_INSTRUCTION, _COPULA, _PLACE, _AWAY = "instruction", "copula", "place", "away"
# The kinds a delivery note after an address holds at least one of.
_NOTE_KINDS: Final = (_KEEPER, _HANDOVER, _WEATHER, _INSTRUCTION)
# A sentence break or a dash set apart by spaces: "Paldi. chowkidar …", "Velachery — main road …",
# "Kondhwa - main road …", "তিনতলা। দারোয়ানের …" ("B-12" and "12/340" have no break).
_BREAK: Final = re.compile(r"(?:[.।॥!]\s+|[।॥]|\s[\-—–]+\s|\s*[—–]\s*)")
# A house number: "15/420", "B-12", "TC 15/420", "12A".
_HOUSE_NUMBER: Final = re.compile(r"\d+\s*/\s*\d+|(?<![\w])[a-z]{1,3}\s?-\s?\d+|\d+[a-z](?![a-z])", re.IGNORECASE)
_PINCODE_AT_END: Final = re.compile(r"(?<![\d.])[1-9]\d{2}\s?\d{3}\s*\.?\s*$")


@cache
def _index() -> PhraseIndex:
    return table_index("delivery_instructions.csv")


def _words_found(text: str) -> tuple[str, dict[str, list[Hit]]]:
    folded = prepare(fold_for_matching(text))
    found: dict[str, list[Hit]] = {}
    for hit in _index().find(folded, tokenize(folded)):
        found.setdefault(hit.concept, []).append(hit)
    return folded, found


def _blanked(folded: str, found: dict[str, list[Hit]]) -> str:
    chars = list(folded)
    for hits in found.values():
        for hit in hits:
            chars[hit.start : hit.end] = " " * (hit.end - hit.start)
    return "".join(chars)


# Concepts that name no goods beside a delivery note: "ami bari nei" (the home, not "bori"), "nahi".
_NO_GOODS: Final = ("address_part", "no", "greet", "yes", "today", "now")


def _names_goods(folded: str, found: dict[str, list[Hit]], language: str) -> bool:
    """Goods the lexicon knows, beside the delivery words: "watchman ko 2 maggi de dena" orders."""
    concepts = find_concepts(folded, tokenize(folded))
    found = {**found, **{concept: concepts[concept] for concept in _NO_GOODS if concept in concepts}}
    return any(names_goods(item.text, language) for item in extract_items(_blanked(folded, found), language) if item.text)


def talks_about_delivery(text: str, language: str) -> bool:
    """How to hand the goods over ("leave it with the watchman", "वॉचमनकडे द्या", "watchman hatra
    kottu hogi") or whether delivery can come in the weather ("ભાઈ, આ વરસાદમાં ડિલિવરી આવશે?"),
    with no goods named."""
    folded, found = _words_found(text)
    hands_over = _KEEPER in found and _HANDOVER in found
    weather = _DELIVERY in found and _WEATHER in found
    if not (hands_over or weather):
        return False
    return not _names_goods(folded, found, language)


def without_copula(address: str) -> str:
    """"is flat four zero two, …" -> "flat four zero two, …": the "is" left after the label."""
    first = address.split(maxsplit=1)
    if len(first) < 2:
        return address
    folded, found = _words_found(first[0])
    if found.get(_COPULA) and not folded.replace(found[_COPULA][0].phrase, "", 1).strip(" :-"):
        return first[1].lstrip(" :-")
    return address


def without_delivery_note(address: str) -> str:
    """"23/B Gariahat Road, 3rd floor. দারোয়ানের কাছে রেখে দেবেন" -> the address before the
    break: a note after a sentence break or a spaced dash with a keeper, handover, weather or
    "come / call" word and no digit."""
    for match in _BREAK.finditer(address):
        head, tail = address[: match.start()].rstrip(" ,"), address[match.end() :]
        if not head or re.search(r"\d", tail) or not re.search(r"\w", head):
            continue
        _, found = _words_found(tail)
        if any(kind in found for kind in _NOTE_KINDS):
            return head
    return address


def place_words(text: str) -> int:
    """How many business / house names and gate / door words a line holds ("Dhaba", "pichhla
    gate", "ഹോട്ടൽ", "പിൻവാതിൽ"), when it is set out in comma parts like an address."""
    if text.count(",") < 2:
        return 0
    _, found = _words_found(text)
    return len(found.get(_PLACE, ()))


def full_address_with_pincode(text: str) -> bool:
    """"TC 15/420, Vazhuthacaud, Thiruvananthapuram 695014": a house number, three comma parts
    and the pincode closing them is an address, not a search for shops."""
    return text.count(",") >= 2 and bool(_PINCODE_AT_END.search(text)) and bool(_HOUSE_NUMBER.search(text.split(",")[0]))
