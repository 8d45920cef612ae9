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


def good_candidates(request: ItemRequest) -> list[str]:
    return [c.product_id for c in request.candidates if c.score >= MIN_SCORE]
