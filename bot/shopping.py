"""Turning what a customer named into cart lines: pick the product, work out how many packs."""

from __future__ import annotations

import math

from intents.types import ItemRequest

MIN_SCORE = 55.0
_TO_BASE = {"kg": ("g", 1000.0), "g": ("g", 1.0), "l": ("ml", 1000.0), "ml": ("ml", 1.0),
            "dozen": ("piece", 12.0), "piece": ("piece", 1.0)}


def _same_measure(request: ItemRequest, size_value: float | None, size_unit: str | None
                  ) -> tuple[float, float, str] | None:
    """(amount asked, one pack, base unit) in grams / millilitres / pieces, when the request
    names a measure the pack is sold in ("2 kilo" of a 500 g pack); else None."""
    asked = _TO_BASE.get(request.unit or "")
    have = _TO_BASE.get(size_unit or "")
    if asked is None or have is None or asked[0] != have[0] or not size_value:
        return None
    quantity = request.quantity if request.quantity and request.quantity > 0 else 1.0
    return quantity * asked[1], size_value * have[1], asked[0]


def packs_for(request: ItemRequest, size_value: float | None, size_unit: str | None) -> int:
    """How many of this pack make what was asked: "2 kilo atta" of a 1 kg pack → 2, of a 5 kg
    pack → 1; "1 dozen eggs" of a 6-piece tray → 2; "3 maggi" → 3. Never below 1; a loose
    item asked in a smaller amount than its pack ("aadha kilo pyaaz", 1 kg) rounds up to 1."""
    measure = _same_measure(request, size_value, size_unit)
    if measure is None:  # a count ("3 maggi", "2 packets") or a measure the pack is not sold in
        quantity = request.quantity if request.quantity and request.quantity > 0 else 1.0
        return max(1, min(1000, round(quantity)))
    wanted, pack, _ = measure
    return max(1, min(1000, math.ceil(wanted / pack - 1e-9)))


def _amount_text(value: float, base: str) -> str:
    """An amount in grams / millilitres / pieces as people write it: "500 g", "1.5 kg", "2 l"."""
    big = {"g": "kg", "ml": "l"}.get(base)
    if big and value >= 1000:
        return f"{value / 1000:g} {big}"
    return f"{value:g} {base}"


def rounded_up(request: ItemRequest, size_value: float | None, size_unit: str | None,
               packs: int) -> tuple[str, str] | None:
    """(asked, given) — "500 g", "1 kg" — when the packs put in come to clearly more than was
    asked (half a kilo of onions sold by the 1 kg), so the customer is told; else None."""
    if not request.quantity or request.quantity <= 0:
        return None
    measure = _same_measure(request, size_value, size_unit)
    if measure is None:
        return None
    wanted, pack, base = measure
    given = packs * pack
    if given <= wanted * 1.05:
        return None
    return _amount_text(wanted, base), _amount_text(given, base)


def good_candidates(request: ItemRequest) -> list[str]:
    return [c.product_id for c in request.candidates if c.score >= MIN_SCORE]
