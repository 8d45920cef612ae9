"""Turning what a customer named into cart lines: pick the product, work out how many packs."""

from __future__ import annotations

import math

from intents.types import ItemRequest

MIN_SCORE = 55.0
_TO_BASE = {"kg": ("g", 1000.0), "g": ("g", 1.0), "l": ("ml", 1000.0), "ml": ("ml", 1.0),
            "dozen": ("piece", 12.0), "piece": ("piece", 1.0)}


def packs_for(request: ItemRequest, size_value: float | None, size_unit: str | None) -> int:
    """How many of this pack make what was asked: "2 kilo atta" of a 1 kg pack → 2, of a 5 kg
    pack → 1; "1 dozen eggs" of a 6-piece tray → 2; "3 maggi" → 3. Never below 1; a loose
    item asked in a smaller amount than its pack ("aadha kilo pyaaz", 1 kg) rounds up to 1."""
    quantity = request.quantity if request.quantity and request.quantity > 0 else 1.0
    if request.unit is None or request.unit == "packet":
        return max(1, min(1000, round(quantity)))
    asked = _TO_BASE.get(request.unit)
    have = _TO_BASE.get(size_unit or "")
    if asked is None or have is None or asked[0] != have[0] or not size_value:
        return max(1, min(1000, round(quantity)))
    wanted = quantity * asked[1]
    pack = size_value * have[1]
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
    if not request.quantity or request.quantity <= 0 or request.unit in (None, "packet"):
        return None
    asked = _TO_BASE.get(request.unit)
    have = _TO_BASE.get(size_unit or "")
    if asked is None or have is None or asked[0] != have[0] or not size_value:
        return None
    wanted, given = request.quantity * asked[1], packs * size_value * have[1]
    if given <= wanted * 1.05:
        return None
    return _amount_text(wanted, asked[0]), _amount_text(given, have[0])


def good_candidates(request: ItemRequest) -> list[str]:
    return [c.product_id for c in request.candidates if c.score >= MIN_SCORE]
