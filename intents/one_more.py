""""One more" in a customer's order: "maggi ek aur", "lux innoru", "ଡେଟଲ ସାବୁନ ଆଉ ଗୋଟେ".

Said with no number, "one more X" is a count of 1 of X; said beside a number ("one more 2
maggi", "இன்னும் ௨ பாக்கெட்", "2 hor") the number is the count and the "more" words are none
of the product's name. Words: data/one_more.csv. The message is rewritten in place (same
length, so every offset stays): the phrase becomes "1", or blanks.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Final, Literal

from intents.cleaning import fold_for_matching
from intents.numbers import NEEDS_FOLLOWER, number_word_value
from intents.tables import read_table
from intents.tokens import Token, prepare, tokenize

MoreKind = Literal["one", "more"]
_LONGEST: Final = 4


@cache
def _phrases() -> dict[tuple[str, ...], MoreKind]:
    """data/one_more.csv as token tuples, folded as a message is."""
    table: dict[tuple[str, ...], MoreKind] = {}
    for row in read_table("one_more.csv"):
        words = tuple(token.text for token in tokenize(prepare(fold_for_matching(row["phrase"]))) if token.kind != "sep")
        if words:
            table[words] = "one" if row["kind"] == "one" else "more"
    return table


@cache
def _hint() -> re.Pattern[str]:
    """Any phrase's first word anywhere: most messages skip the token walk."""
    firsts = {words[0] for words in _phrases()}
    return re.compile("|".join(re.escape(word) for word in sorted(firsts, key=len, reverse=True)))


def _is_count(token: Token | None, language: str) -> bool:
    """A digit or a number word that counts on its own ("2", "rendu"), not "do" or "a"."""
    if token is None:
        return False
    if token.kind == "num":
        return True
    return token.kind == "word" and token.text not in NEEDS_FOLLOWER and number_word_value(token.text, language) is not None


def _match_at(tokens: list[Token], at: int) -> tuple[int, MoreKind] | None:
    """The longest phrase of data/one_more.csv starting at token AT: (its length, kind)."""
    phrases = _phrases()
    for size in range(min(_LONGEST, len(tokens) - at), 0, -1):
        window = tokens[at : at + size]
        if any(token.kind not in ("word", "num") for token in window):
            continue
        kind = phrases.get(tuple(token.text for token in window))
        if kind is not None:
            return size, kind
    return None


def _joins_next_item(tokens: list[Token], at: int, size: int, language: str) -> bool:
    """The phrase opens with an "and" word and product words follow it in the same part."""
    from intents.items import connectors, is_filler  # items reads this module at parse time

    if tokens[at].text not in connectors():
        return False
    for token in tokens[at + size :]:
        if token.kind == "sep":
            return False
        if token.kind == "word" and not is_filler((token.text,), language):
            return True
    return False


def _rewrite(tokens: list[Token], at: int, size: int, kind: MoreKind, language: str) -> str | None:
    """What the phrase at AT becomes: "1", "" (blank), or None (left as it is)."""
    before = tokens[at - 1] if at else None
    after = tokens[at + size] if at + size < len(tokens) else None
    if kind == "one" and _joins_next_item(tokens, at, size, language):
        return None  # "maggi aur ek parle g": "and" one Parle-G, the "and" still splits
    if kind == "one":
        return "" if _is_count(after, language) else "1"
    if _is_connector(tokens[at]):  # Odia "ଆଉ" is "more" and "and": more only before a closing count
        return "" if _is_count(after, language) and _closes_part(tokens, at + size + 1, language) else None
    if _is_count(after, language) or _is_count(before, language) or _after_count_and_unit(tokens, at, language):
        return ""
    return None


def _is_connector(token: Token) -> bool:
    from intents.items import connectors  # items reads this module at parse time

    return token.text in connectors()


def _closes_part(tokens: list[Token], at: int, language: str) -> bool:
    """Only units, classifiers and fillers from AT to the end of the part: "ଆଉ ୨ଟା" is two more,
    "ଲୁଣ ଆଉ ୨ଟା ସାବୁନ" salt and two soaps."""
    from intents.items import is_filler
    from intents.units import unit_word

    for token in tokens[at:]:
        if token.kind == "sep":
            return True
        if token.kind == "word" and unit_word(token.text) is None and not is_filler((token.text,), language):
            return False
    return True


def _after_count_and_unit(tokens: list[Token], at: int, language: str) -> bool:
    """"parle g 2 packet koodi", "2 kilo hor": the "more" word closes a count and its unit."""
    from intents.units import unit_word

    return at >= 2 and tokens[at - 1].kind == "word" and unit_word(tokens[at - 1].text) is not None and _is_count(tokens[at - 2], language)


def said_once_more(prepared: str, language: str) -> str:
    """PREPARED with every "one more" written as the count it means, padded to the same length:
    "lux soap innoru venum" -> "lux soap 1      venum"; "aavin paal innum 2 packet" loses "innum"."""
    if not _hint().search(prepared):
        return prepared
    tokens = tokenize(prepared)
    chars = list(prepared)
    at = 0
    while at < len(tokens):
        found = _match_at(tokens, at)
        if found is None:
            at += 1
            continue
        size, kind = found
        written = _rewrite(tokens, at, size, kind, language)
        if written is not None:
            start, end = tokens[at].start, tokens[at + size - 1].end
            chars[start:end] = written.ljust(end - start)
        at += size
    return "".join(chars)
