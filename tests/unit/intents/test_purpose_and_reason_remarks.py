"""A purpose clause with a verb and no amount ("cake maadtidini", "kootu panna") is the customer's
remark, not an item; a correction with its reason ("make the atta 5 kg, 10 is too much") changes
the quantity to the new amount."""

from __future__ import annotations

import pytest

from intents.parse import parse


def _items(text: str) -> list[tuple[float | None, str | None]]:
    return [(item.quantity, item.unit) for item in parse(text).items]


@pytest.mark.parametrize(
    ("text", "language", "wanted"),
    [
        ("2 packet maida, making pizza for the kids", "en", [(2, "packet")]),
        ("1 kg atta, aaj parathe banenge", "hi", [(1, "kg")]),
        ("ondu kilo sakkare, payasa maadtidini", "kn", [(1, "kg")]),
        ("urad dal 1 kilo, dosai maavu araikkanum", "ta", [(1, "kg")]),
        ("1 kg thakkali, sambar panna", "ta", [(1, "kg")]),
        ("2 packet biscuit, chaaya de koode kazhikkan", "ml", [(2, "packet")]),
        ("oru packet appalam, sambar saadham kooda", "ta", [(1, "packet")]),
        ("3 vim bar, maid is doing kitchen cleaning", "en", [(3, None)]),
    ],
)
def test_purpose_clause_orders_nothing(text: str, language: str, wanted: list[tuple[float, str | None]]) -> None:
    del language  # the language the phrasing is in, for the reader
    assert _items(text) == wanted


@pytest.mark.parametrize(
    "text", ["randu kuppi velichenna", "இரண்டு குப்பி தேங்காய் எண்ணெய்", "do shishi dettol", "2 kuppi coconut oil, vilakku kathikkan"]
)
def test_a_bottle_word_counts_bottles(text: str) -> None:
    assert _items(text) == [(2, "packet")]
