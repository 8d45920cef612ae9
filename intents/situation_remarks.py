"""A situation remark beside the real message, for customers and owners alike (fixer BO).

"its boiling out here 🥵 need 6 bottles of bisleri", "power cut all night, 12 amul masti dahi gone
bad", "மதியம் கடை மூடறேன், வெயில் தாங்கல", "checkout. and please hurry its 44 degrees": the weather, the
heat, a baby asleep or the power (kind "situation" of data/remarks.csv) said in a clause of its
own is no item, and its clause is blanked; a temperature ("44 degrees") and a date ("1st of
month", "1ஆம் தேதி", "pehli tareekh") are no amount; in "५ किलो च्या २० गोण्या" the "of" between
the pack and the count of its sacks is blanked, so the 20 sacks are counted and 5 kg is the
pack. The words are in data/situation_words.csv. The text comes back folded with the same
length, or unchanged when nothing was found or nothing would be left.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Final

from intents.cleaning import fold_for_matching
from intents.keywords import Hit, PhraseIndex, find_concepts, table_index
from intents.lexicon import load_lexicon
from intents.tables import read_table
from intents.tokens import Token, blank_spans, prepare, tokenize
from intents.units import unit_word

# A temperature with its degree sign: "44°", "45 °C" (the sign is lost when folded).
_DEGREE_SIGN: Final = re.compile(r"\d+(?:\.\d+)?\s*°\s*(?:[cCfF]\b)?")
# Concepts that make a clause say something besides the situation ("checkout", "send").
_ACTIONS: Final = frozenset(
    {
        "order",
        "cancel",
        "remove",
        "checkout",
        "change",
        "clear",
        "cart",
        "repeat",
        "help",
        "how",
        "use",
        "increase",
        "decrease",
        "send",
    }
)


@cache
def _words() -> PhraseIndex:
    return table_index("situation_words.csv")


@cache
def _situations() -> PhraseIndex:
    return table_index("remarks.csv", ("situation",))


@cache
def _ordinals() -> frozenset[str]:
    return frozenset(
        fold_for_matching(row["phrase"])
        for row in read_table("situation_words.csv")
        if row["kind"] == "ordinal"
    )


@cache
def _of_words() -> frozenset[str]:
    return frozenset(
        fold_for_matching(row["phrase"])
        for row in read_table("situation_words.csv")
        if row["kind"] == "of"
    )


def _is_emoji(char: str) -> bool:
    code = ord(char)
    return code >= 0x1F000 or 0x2600 <= code <= 0x27BF or char in "\ufe0f\u200d"


def _number_spans(tokens: list[Token], hits: list[Hit]) -> list[tuple[int, int]]:
    """A day's number before a date word ("1st of month", "ek tarikh") and a temperature's
    number before a degree word ("44 degrees"): both with their word."""
    spans: list[tuple[int, int]] = []
    for hit in hits:
        before = [token for token in tokens if token.end <= hit.start]
        start = None
        if before and hit.concept in ("date", "degree") and before[-1].kind == "num":
            start = before[-1].start
        elif (
            before
            and hit.concept == "date"
            and before[-1].kind == "word"
            and before[-1].text in _ordinals()
        ):
            start = before[-1].start  # "pehli tareekh", "1ஆம் தேதி" (the ending), "1st of month"
            if len(before) > 1 and before[-2].kind == "num":  # "25 ne tareeku" too
                start = before[-2].start
        if start is not None:
            spans.append((start, hit.end))
    return spans


def _of_spans(tokens: list[Token]) -> list[tuple[int, int]]:
    """ "5 किलो च्या 20 गोण्या", "10 kg ke 20 bori": the "of" between a pack and a count of sacks."""
    spans: list[tuple[int, int]] = []
    for at in range(len(tokens) - 4):
        pack, unit, of, count, sack = tokens[at : at + 5]
        if (
            pack.kind == "num"
            and unit.kind == "word"
            and unit_word(unit.text) is not None
            and unit_word(unit.text).unit in ("kg", "g", "l", "ml")  # type: ignore[union-attr]
            and of.text in _of_words()
            and count.kind == "num"
            and sack.kind == "word"
            and (found := unit_word(sack.text)) is not None
            and found.unit == "packet"
        ):
            spans.append((of.start, of.end))
    return spans


def _clauses(tokens: list[Token], folded: str) -> list[list[Token]]:
    """TOKENS cut at separators and at emoji (which close a sentence in chat)."""
    clauses: list[list[Token]] = [[]]
    last = 0
    for token in tokens:
        if token.kind == "sep" or any(_is_emoji(char) for char in folded[last : token.start]):
            clauses.append([])
        if token.kind != "sep":
            clauses[-1].append(token)
        last = token.end
    return [clause for clause in clauses if clause]


def _situation_spans(folded: str, tokens: list[Token], language: str) -> list[tuple[int, int]]:
    """Each clause with a situation phrase and no number: all of it, or only the phrase when
    the rest of it names a product or asks for something ("garmi hai, thanda bhejo" keeps it)."""
    hits = _situations().find(folded, tokens)
    if not hits:
        return []
    lexicon = load_lexicon()
    spans: list[tuple[int, int]] = []
    for clause in _clauses(tokens, folded):
        start, end = clause[0].start, clause[-1].end
        inside = [hit for hit in hits if start <= hit.start and hit.end <= end]
        if not inside or folded[end:].lstrip().startswith("?"):
            continue  # "is delivery happening in this rain?": a question about the weather asks the shop
        if any(token.kind in ("num", "ref") for token in clause):
            # "গরমে 5 টা আমুল দই নষ্ট": the situation word opening the clause right before its amount
            opening = next((hit for hit in inside if hit.start == start), None)
            after = [
                token for token in clause if opening is not None and token.start >= opening.end
            ]
            if opening is not None and after and after[0].kind == "num":
                spans.append((opening.start, after[0].start))
            continue
        rest = [
            token
            for token in clause
            if not any(hit.start <= token.start < hit.end for hit in inside)
        ]
        said = " ".join(token.text for token in rest)
        names = any(token.kind == "word" and lexicon.lookup(token.text, language) for token in rest)
        if _ACTIONS & find_concepts(said).keys():
            continue  # "how does it work if the road is flooded": the clause asks something
        if names:
            spans += [(hit.start, hit.end) for hit in inside]
        else:
            spans.append((start, end))
    return spans


def without_situation(cleaned: str, language: str, role: str = "owner") -> str:
    """CLEANED with its situation clauses, dates, temperatures and pack "of" words blanked
    (folded), or CLEANED itself when there are none or nothing else would be left. The pack
    "of" is an owner's (a count of sacks); a customer's "250 ग्रॅम चे २ पुडे" keeps its reading."""
    degrees = _DEGREE_SIGN.sub(lambda match: " " * len(match.group()), cleaned)
    folded = prepare(fold_for_matching(degrees))
    tokens = tokenize(folded)
    spans = _number_spans(tokens, _words().find(folded, tokens))
    spans += _of_spans(tokens) if role == "owner" else []
    spans += _situation_spans(folded, tokens, language)
    if not spans:
        return cleaned if degrees == cleaned else folded
    left = blank_spans(folded, spans)
    if not any(token.kind in ("word", "num", "ref") for token in tokenize(left)):
        return cleaned
    return left
