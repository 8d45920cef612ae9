"""An owner taking units out of stock ("stock se 3 hata do") lowers the stock by that many; it does
not set the stock to that number. Marathi 'vadhva' (raise) adds to it."""

from __future__ import annotations

import pytest

from intents.parse import parse
from intents.types import Intent


@pytest.mark.parametrize(("text", "delta"), [
    ("maggi stock se 3 hata do", -3),
    ("surf excel stock lo nunchi 2 teeseyandi", -2),
    ("parle g stock la 4 kadhun taka", -4),
    ("stock ல இருந்து 3 colgate எடுத்துடு", -3),
    ("tata salt 10 vadhava", 10),
])
def test_units_taken_out_of_or_added_to_stock(text: str, delta: int) -> None:
    result = parse(text, role="owner")
    assert (result.intent, result.slots.get("stock_delta")) == (Intent.ADJUST_STOCK, delta)


def test_a_bare_count_still_sets_the_stock() -> None:
    result = parse("maggi 50", role="owner")
    assert (result.intent, result.slots.get("stock")) == (Intent.SET_STOCK, 50)
