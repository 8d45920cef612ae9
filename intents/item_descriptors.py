"""How the customer wants the goods, said beside them: cold, chilled, fresh.

"2 sprite thanda thanda", "3 maaza chilled ga", "4 थम्स अप बड़ी वाली और 2 स्प्राइट ठंडी",
"coke 2, jillunu", "2 ta sprite dao, thanda chai" (want them cold), "തണുപ്പുള്ളത്": the word is a
remark about the goods, neither an item of its own nor part of the product's name. Blanked before
the intent is read:

* in a clause with an amount, a run of state words (cold, fresh, "thanda", "challaga") right
  after a product word, ending its item (at a clause end, a connector or a number); a size word
  ("badi wali", "bada wala", "big one") is never blanked: it is how a customer picks the bigger pack;
* a clause of its own made only of such words and want-words ("thanda chai", "cold wala",
  "the fresh loose one not packet"), with at least one state word.

* a clause after the first, with no amount, that says why or for whom ("my mom wants to make
  porridge", "chai for everyone", "too sweet for this weather", "sabke liye", "ellarukkum"):
  the reason, not an item (its "reason" phrases).

A run after a number ("2 thanda" is two cold drinks) or one making a lexicon phrase with the word
before it stays, and nothing is blanked when no other word would be left.

Words: data/item_descriptors.csv.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Final

from intents.cleaning import fold_for_matching
from intents.items import connectors
from intents.lexicon import fold, folded_words_by_kind, load_lexicon
from intents.tokens import CLAUSE_BREAK, CLAUSE_WORD, blank_spans, prepare

_NUMBER: Final = re.compile(r"^\d+(?:[.,/]\d+)?$")


def _words() -> dict[str, frozenset[str]]:
    """The table's words by kind, folded the way messages are."""
    return folded_words_by_kind("item_descriptors.csv")


@cache
def _reasons() -> tuple[tuple[str, ...], ...]:
    """The reason phrases, folded, as word tuples."""
    return tuple(tuple(fold(phrase).split()) for phrase in _words().get("reason", frozenset()))


def _says_why(texts: list[str]) -> bool:
    """A reason phrase is among TEXTS (whole words, in a row) and no number is."""
    if any(any(char.isdigit() for char in word) for word in texts):
        return False
    return any(
        texts[at : at + len(phrase)] == list(phrase)
        for phrase in _reasons()
        for at in range(len(texts) - len(phrase) + 1)
    )


def _reason_tail(texts: list[str]) -> int | None:
    """Where a reason phrase closing the clause starts, when words come before it ("2 sprite
    ellarukkum", "chai for everyone"); None when none does."""
    if not any(_NUMBER.match(word) for word in texts):
        return None  # "mishti banabo": a whole clause of its own, the remark clauses' to read
    for phrase in _reasons():
        start = len(texts) - len(phrase)
        if start > 0 and texts[start:] == list(phrase):
            return start
    return None


def _kind(word: str) -> str | None:
    for kind, words in _words().items():
        if kind != "reason" and word in words:
            return kind
    return None


def _run_end(words: list[str], start: int) -> int | None:
    """The end of a descriptor run starting at START, or None when none starts there: state words,
    or size words closed by a "one" word, with "one" words among them."""
    kinds = []
    at = start
    while at < len(words) and _kind(words[at]) in ("state", "size", "one"):
        kinds.append(_kind(words[at]))
        at += 1
    if not kinds or kinds[0] == "one":
        return None
    if "state" not in kinds:
        return None
    return at


def _ends_item(words: list[str], at: int) -> bool:
    """The item ends at AT: the clause ends, or a connector or a number follows, or only
    want-words do ("thanda pahije", "jillunu venum")."""
    if at == len(words) or words[at] in connectors() or _NUMBER.match(words[at]):
        return True
    return all(_kind(word) in ("want", "one") for word in words[at:])


def _pure_clause(words: list[str]) -> bool:
    """Only descriptor and want words, with a state word or a size word and a "one" word."""
    kinds = [_kind(word) for word in words]
    if not words or None in kinds:
        return False
    return "state" in kinds


def _blanks_in(words: list[tuple[int, int, str]]) -> list[tuple[int, int]]:
    """Spans (in the folded text) of the descriptor runs ending an item in one clause."""
    texts = [word for _, _, word in words]
    if _pure_clause(texts):
        return [(words[0][0], words[-1][1])]
    if not any(_NUMBER.match(word) for word in texts):
        return []  # "i'm starting fresh": no amount in the clause, no goods to describe
    spans = []
    lexicon = load_lexicon()
    at = 1
    while at < len(texts):
        end = _run_end(texts, at)
        before = texts[at - 1]
        if (
            end is None
            or _NUMBER.match(before)
            or _kind(before) is not None
            or before in connectors()
            or not _ends_item(texts, end)
            or lexicon.lookup(f"{before} {texts[at]}")
        ):
            at += 1
            continue
        spans.append((words[at][0], words[end - 1][1]))
        at = end
    return spans


def without_reasons(text: str) -> str:
    """TEXT with its reason clauses after the first ("chai for everyone") blanked (folded), or
    TEXT itself when it has none or when nothing else would be left in it. Read before the
    remark clauses, which would leave the clause's "chai" behind."""
    return _blanked(text, reasons=True)


def without_descriptors(text: str) -> str:
    """TEXT with the descriptor words beside its goods blanked (folded), or TEXT itself when it
    has none or when nothing else would be left in it."""
    return _blanked(text, reasons=False)


def _blanked(text: str, *, reasons: bool) -> str:
    folded = prepare(fold_for_matching(text))
    spans: list[tuple[int, int]] = []
    at = 0
    for found in [*CLAUSE_BREAK.finditer(folded), None]:
        end = found.start() if found is not None else len(folded)
        words = [
            (match.start() + at, match.end() + at, fold(match.group()))
            for match in CLAUSE_WORD.finditer(folded[at:end])
        ]
        if reasons:
            # "ellarukkum ore order eppadi podurathu?" asks something: not a reason
            asks = "?" in folded[at:end] or (found is not None and "?" in found.group())
            if at > 0 and words and not asks and _says_why([word for _, _, word in words]):
                spans.append((words[0][0], words[-1][1]))
            elif (tail := _reason_tail([word for _, _, word in words])) is not None:
                spans.append((words[tail][0], words[-1][1]))  # "2 sprite ellarukkum"
        else:
            spans.extend(_blanks_in(words))
        at = found.end() if found is not None else end
    if not spans:
        return text
    left = blank_spans(folded, spans)
    return left if any(_kind(fold(word)) is None for word in CLAUSE_WORD.findall(left)) else text
