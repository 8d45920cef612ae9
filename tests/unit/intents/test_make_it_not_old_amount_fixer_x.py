"""Fixer X: "make it 5 kilo, 10 not wanted" — a "make it" with the new amount and a clause of only
the old amount and a "not" changes the amount; it removes nothing and adds no item. Tamil, Telugu, Kannada, Malayalam, Marathi and
Punjabi already read so; Hindi, Bengali, Gujarati and Odia took the "not" for a removal or an item."""

from __future__ import annotations

import pytest

from intents.parse import parse
from intents.types import Intent
from tests.unit.intents.eval_shop import build_eval_shop

SHOP = build_eval_shop()


@pytest.mark.parametrize(
    ("text", "quantity", "unit"),
    [
        ("atta 5 kilo kar do, 10 nahi chahiye", 5, "kg"),
        ("आटा ३ किलो कर दो, ५ नहीं चाहिए", 3, "kg"),
        ("ডিম ১ ডজন করে দিন, ২ ডজনে হবে না", 1, "dozen"),
        ("dim 2 dozen kore din, 1 dozen e hobe na", 2, "dozen"),
        ("chokha 5 kilo karo, 10 nathi joita", 5, "kg"),
        ("ଚିନି ୨ କିଲୋ କରନ୍ତୁ, ୧ କିଲୋ ଦରକାର ନାହିଁ", 2, "kg"),
    ],
)
def test_make_it_new_amount_not_the_old_changes_it(text: str, quantity: float, unit: str) -> None:
    result = parse(text, catalog=SHOP)
    assert result.intent == Intent.CHANGE_QUANTITY, result
    assert [(item.quantity, item.unit) for item in result.items] == [(quantity, unit)]
