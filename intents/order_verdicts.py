"""An owner's verdict on one order in a few words beside its number or "the last order":
"A2301 nako" and "A2301 ਨਹੀਂ, ਤੇਲ ਮੁੱਕ ਗਿਆ" reject it, "A2301 pathei deli" and "A2301 anuppitaen"
send it out, "A2301 kottidini" and "A2301 pahonch gaya" say it was delivered, "A2301 sari" accepts
it, and "last order nahi, tel khatam" rejects the newest order. A "given" verb with the
delivery boy ("A2301 delivery ge kottide", "delivery wale ko de diya") sends it out, and an order's
clause that only says "done" ("A2301 hoytu, delivery ge kottide") takes the next clause's verdict.

Only the clause that names the order is read, and only when it holds nothing but the order, the
verdict and its small words (data/order_verdicts.csv "glue"); the clauses after it give the reason
("…, ghee shesh" does not make it a stock message). A bare "no" / "yes" word there is the
verdict, since an order is named. A question ("A2301 pahonch gaya?"), a negated status ("abhi nahi
nikla") or another clause with a different command ("A2301 ok, nikal gaya") is left to the rules
of intents.owner_intents. Words live in data/order_verdicts.csv beside the concepts of
data/concepts.csv.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Final

from intents.items import content_words
from intents.keywords import PhraseIndex, build_index
from intents.message import Message
from intents.tables import read_table
from intents.types import Intent

_TABLE: Final = "order_verdicts.csv"
# The verdict each group of words gives; a status group names the status it moves the order to.
_GROUPS: Final = {
    "reject": "reject",
    "cancel": "reject",
    "no": "reject",
    "accept": "accept",
    "yes": "accept",
    "processing": "processing",
    "out_for_delivery": "out_for_delivery",
    "delivered": "delivered",
}
_STATUSES: Final = ("processing", "out_for_delivery", "delivered")
# Concepts that are the order named or the words around it, never a reason.
_ORDER_WORDS: Final = ("order", "latest", "fresh", "repeat", "greet")
# The commands another clause may give that would contradict the verdict (yes / no words there
# are a reason's, not a command: "…, paneer nahi hai").
_COMMANDS: Final = ("reject", "cancel", "accept", *_STATUSES)
_IT_WORDS: Final = frozenset(
    ("it", "this", "that", "ye", "yeh", "woh", "wo", "bhai", "ji", "sir", "anna", "bhaiya", "dada")
)
_CLAUSE_END: Final = re.compile(r"[,.;!\n।|]")


@dataclass(frozen=True, slots=True)
class Verdict:
    intent: Intent
    status: str | None = None  # for ADVANCE_ORDER: "processing" | "out_for_delivery" | "delivered"


@dataclass(frozen=True, slots=True)
class _Word:
    group: str  # a _GROUPS value, or "purpose" / "not_done" / "glue"
    start: int
    end: int


@cache
def _index() -> PhraseIndex:
    return build_index(
        [
            (row["kind"], row["phrase"])
            for row in read_table(_TABLE)
            if not row["phrase"].endswith("*")
        ]
    )


@cache
def _stems() -> tuple[tuple[str, str], ...]:
    """The romanised stems ("anupp*") as (kind, stem), longest first."""
    rows = [
        (row["kind"], row["phrase"][:-1].lower())
        for row in read_table(_TABLE)
        if row["phrase"].endswith("*")
    ]
    return tuple(sorted(rows, key=lambda row: -len(row[1])))


def order_verdict(message: Message, named: tuple[int, int]) -> Verdict | None:
    """The verdict of the clause holding NAMED (the span of the order number or the "last order"
    words), or None when that clause says more than a verdict or the message asks or contradicts it."""
    if "?" in message.folded:
        return None  # "A2301 pahonch gaya?" asks
    start, stop = _clause(message.folded, named)
    found = _words(message)
    words = [word for word in found if start <= word.start and word.end <= stop]
    if not {word.group for word in words} - {"purpose", "glue"} and not _says_more(
        message, start, stop, named, words
    ):
        # "A7615 hoytu, delivery ge kottide": the order's clause says only "done", the next the verdict
        stop = _clause(message.folded, (stop, stop + 1))[1] if stop < len(message.folded) else stop
        words = [word for word in found if start <= word.start and word.end <= stop]
    if not words or _says_more(message, start, stop, named, words):
        return None
    groups = {word.group for word in words} - {"purpose", "glue"}
    if "not_done" in groups:
        return None  # "A2301 pahuncha do", "A2301 kal pahunch jayega": nothing has happened yet
    statuses = [word for word in words if word.group in _STATUSES]
    if statuses:
        if "reject" in groups:
            return None  # "abhi nahi nikla": not yet
        last = max(statuses, key=lambda word: word.end)  # the verb closes the clause
        status = last.group
        if status == "delivered" and any(word.group == "purpose" for word in words):
            status = (
                "out_for_delivery"  # "delivery ge kottide": given to the delivery boy, on its way
            )
        verdict = Verdict(Intent.ADVANCE_ORDER, status)
    elif groups == {"reject"}:
        verdict = Verdict(Intent.REJECT_ORDER)
    elif groups == {"accept"}:
        verdict = Verdict(Intent.ACCEPT_ORDER)
    else:
        return None  # nothing said, or "ok nahi"
    return None if _contradicted(message, start, stop, verdict) else verdict


def _clause(folded: str, named: tuple[int, int]) -> tuple[int, int]:
    starts = [found.end() for found in _CLAUSE_END.finditer(folded, 0, named[0])]
    end = _CLAUSE_END.search(folded, named[1])
    return (starts[-1] if starts else 0), (end.start() if end else len(folded))


def _words(message: Message) -> list[_Word]:
    """Every verdict, purpose and glue word of the message, a word inside a longer one of
    another group dropped, and a delivery word that says what the order left for
    ("ਡਿਲੀਵਰੀ ਲਈ") no status of its own."""
    found = [
        _Word(_GROUPS[concept], hit.start, hit.end)
        for concept in _GROUPS
        for hit in message.concepts.get(concept, ())
    ]
    found += [
        _Word(_GROUPS.get(hit.concept, hit.concept), hit.start, hit.end)
        for hit in _index().find(message.folded, message.tokens)
    ]
    for token in message.tokens:
        if token.kind != "word":
            continue
        kind = next((kind for kind, stem in _stems() if token.text.startswith(stem)), None)
        if kind is not None:
            found.append(_Word(_GROUPS.get(kind, kind), token.start, token.end))
    purposes = [word for word in found if word.group == "purpose"]
    kept = []
    for word in found:
        if word.group != "purpose" and any(
            p.start < word.end and word.start < p.end for p in purposes
        ):
            continue
        if any(
            other.group != word.group
            and other.start <= word.start
            and word.end <= other.end
            and other.end - other.start > word.end - word.start
            for other in found
        ):
            continue
        kept.append(word)
    return kept


def _says_more(
    message: Message, start: int, stop: int, named: tuple[int, int], words: list[_Word]
) -> bool:
    """Some word of the clause that is neither the order, a verdict word nor a filler."""
    chars = list(message.folded)
    spans = [named, *((word.start, word.end) for word in words)]
    spans += [
        (hit.start, hit.end)
        for concept in _ORDER_WORDS
        for hit in message.concepts.get(concept, ())
    ]
    for left, right in spans:
        chars[left:right] = " " * (right - left)
    return bool(set(content_words("".join(chars[start:stop]), message.language)) - _IT_WORDS)


def _contradicted(message: Message, start: int, stop: int, verdict: Verdict) -> bool:
    """Another clause gives a different command ("A2301 ok, nikal gaya")."""
    mine = verdict.status or ("reject" if verdict.intent == Intent.REJECT_ORDER else "accept")
    others = {
        _GROUPS[concept]
        for concept in _COMMANDS
        for hit in message.concepts.get(concept, ())
        if hit.end <= start or hit.start >= stop
    }
    return bool(others - {mine})
