"""A removal with its reason: "ব্রাউন ব্রেডটা বাদ দিন, ছেলে খাবে না", "nallennai vendam, romba
vilai", "घी हटा दो, बहुत महंगा है". The removal verb on the first clause wins over a "not" or a
price word inside the reason after it.
"""

from __future__ import annotations

from typing import Final

from intents.items import amounts
from intents.keywords import Hit
from intents.message import Message, product_words

# What ends a clause: the reason after a removal stands in a clause of its own.
_CLAUSE_BREAKS: Final = ",;.!\n|"


def in_reason_after_removal(folded: str, at: int, removals: list[Hit]) -> bool:
    """A word at AT in a clause after the one a removal verb closed ("ব্রাউন ব্রেডটা বাদ দিন, ছেলে
    খাবে না", "ghee hata do, mehenga hai"): the reason's "not" ("won't eat") is no "no"."""
    return any(hit.end <= at and any(mark in folded[hit.end : at] for mark in _CLAUSE_BREAKS) for hit in removals)


def removes_then_reason(message: Message) -> bool:
    """A removal verb closes the first clause and the clauses after it only say why: no amount,
    no question mark, no other keyword of an order ("nallennai vendam, romba vilai",
    "ਬ੍ਰਾਊਨ ਬ੍ਰੈੱਡ ਹਟਾ ਦਿਓ, ਮੁੰਡਾ ਨਹੀਂ ਖਾਂਦਾ"): the goods named go out, whatever price or "not"
    word the reason holds."""
    removals = message.concepts.get("remove", ())
    folded = message.folded
    first_break = min((folded.find(mark) for mark in _CLAUSE_BREAKS if mark in folded), default=-1)
    if not removals or first_break < 0 or message.cleaned.rstrip().endswith("?"):
        return False
    closing = [hit for hit in removals if hit.end <= first_break and not folded[hit.end : first_break].strip()]
    if not closing or not product_words(_up_to(message, closing[0].start)):
        return False
    return not amounts(message.tokens[len([t for t in message.tokens if t.end <= first_break]) :], message.language)


def _up_to(message: Message, end: int) -> Message:
    """The message cut before END (its words only; no keywords)."""
    tokens = [token for token in message.tokens if token.end <= end]
    return Message(message.cleaned, message.folded[:end], tokens, {}, message.language)


def halts_the_order(message: Message) -> bool:
    """"order band kara, plan badalla", "ਆਰਡਰ ਬੰਦ ਕਰ ਦਿਓ, ਦੇਰ ਹੋ ਗਈ": the order and a "stop it"
    word in one clause with no goods beside them: the order is called off; the rest says why."""
    stops = message.concepts.get("deactivate", ())
    orders = message.concepts.get("order", ())
    if not stops or not orders:
        return False
    folded = message.folded
    end = next((at for at in range(stops[0].end, len(folded)) if folded[at] in _CLAUSE_BREAKS), len(folded))
    start = min(stops[0].start, orders[0].start)
    if any(mark in folded[start : stops[0].end] for mark in _CLAUSE_BREAKS) or orders[0].start >= end:
        return False
    clause = _up_to(message, end)
    blanked = "".join(" " if any(hit.start <= at < hit.end for hit in (*stops, *orders)) else char for at, char in enumerate(clause.folded))
    rest = Message(message.cleaned, blanked, clause.tokens, {}, message.language)
    return not product_words(rest)
