"""Which of several rows of one line a shopkeeper means by a generic word.

Called by catalog_index.CatalogIndex.match once every row is scored, on rows that answer the
request about equally well:

- "loose toor dal", "లూజ్ కంది పప్పు", "છૂટી તુવેર દાળ": a loose word (the lexicon's "loose"
  concept, data/lexicon.csv) picks the shop's loose row, and of a loose line its per-kilo
  (or per-litre) row, the one stock and price are counted by, unless a pack size is asked.
- "paneer", "ਪਨੀਰ", "পনির": the bare kind word, no brand said, is the shop's own unbranded
  loose row when one answers it as well as the branded packs (a regional default, which is
  asked first, keeps its say: "ಹಾಲು" is Nandini).
- "1 kg curd", "dahi 2 kilo": an amount by weight or volume is a row whose pack makes it (two
  500 g packs of Nandini Curd) over a near one whose pack does not (400 g tubs).
- "bru filter coffee": of the rows of the brand the customer names, the one whose name holds
  the extra word ("filter") over the brand's other rows that lack it (Bru Instant Coffee).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Final

LOOSE_WORD: Final = "loose"
# A loose row is the one meant when it scores this near the best.
LOOSE_NEAR: Final = 0.5
# A brand's row holding every word asked is the one meant when it scores this near the best.
NAMED_ROW_NEAR: Final = 8.0
# ... lifted this far ahead of the best.
LEAD: Final = 0.1
# A row whose pack makes the amount asked is the one meant when it scores this near the best.
DIVIDES_NEAR: Final = 4.0
# Per-kilo / per-litre: a pack of this many grams or millilitres.
_PER_KILO: Final = 1000.0

Scored = tuple[float, int, bool, int]


def says_loose(readings: Sequence[Sequence[str]]) -> bool:
    """Whether one reading of the words asked is the loose word."""
    return any(LOOSE_WORD in tokens for tokens in readings)


def lift(scored: list[Scored], chosen: frozenset[int]) -> list[Scored]:
    """The CHOSEN rows lifted just ahead of the best of the others, order among them kept."""
    if not chosen:
        return scored
    best = max(item[0] for item in scored)
    top = max(item[0] for item in scored if item[1] in chosen)
    gain = best + LEAD - top
    if gain <= 0:
        return scored
    return [
        (min(100.0, item[0] + gain), *item[1:]) if item[1] in chosen else item for item in scored
    ]


def loose_rows(
    scored: list[Scored],
    is_loose: Callable[[int], bool],
    pack_base: Callable[[int], float],
    *,
    per_kilo: bool,
) -> frozenset[int]:
    """The loose rows near the best; with PER_KILO only the per-kilo one of them when the
    shop has it."""
    if not scored:
        return frozenset()
    best = max(item[0] for item in scored)
    near = [item[1] for item in scored if item[0] >= best - LOOSE_NEAR and is_loose(item[1])]
    if per_kilo:
        kilo = [number for number in near if pack_base(number) == _PER_KILO]
        if kilo:
            return frozenset(kilo)
    return frozenset(near)


def named_rows(
    scored: list[Scored],
    of_brand: Callable[[int], bool],
    holds_every_word: Callable[[int], bool],
) -> frozenset[int]:
    """Of the named brand's rows near the best, those holding every word asked, when the best
    of the brand's rows does not."""
    rows = [item for item in scored if of_brand(item[1])]
    if not rows:
        return frozenset()
    top = max(rows, key=lambda item: item[0])
    if holds_every_word(top[1]):
        return frozenset()
    return frozenset(
        item[1] for item in rows if item[0] >= top[0] - NAMED_ROW_NEAR and holds_every_word(item[1])
    )


def dividing_rows(scored: list[Scored]) -> frozenset[int]:
    """Rows near the best that answer the whole request, pack size included (their pack makes
    the amount asked), when the best does not."""
    if not scored:
        return frozenset()
    top = max(scored, key=lambda item: item[0])
    if top[2]:
        return frozenset()
    return frozenset(item[1] for item in scored if item[2] and item[0] >= top[0] - DIVIDES_NEAR)
