"""A correction with its reason: "make the atta 5 kg, 10 is too much to carry up" changes the
quantity to the new amount; the old amount in the reason is no second item."""

from __future__ import annotations

import pytest

from intents.parse import parse
from intents.types import Intent


@pytest.mark.parametrize(
    ("text", "quantity", "unit"),
    [
        ("make the rice 10 kg, 25 is too much to lift", 10, "kg"),
        ("actually make the sugar 3 kg, 2 wont last the month", 3, "kg"),
        ("make the oil 2 litre, 1 is not enough", 2, "l"),
        ("chawal 3 kilo kar do, 5 zyada hai", 3, "kg"),
        ("chini 2 kilo kar do, 1 kam padega", 2, "kg"),
        ("khand 3 kilo kari do, 1 ochhi padse", 3, "kg"),
        ("masoor dal 2 kilo kara, 1 kami padel", 2, "kg"),
        ("basmati 5 kilo kar deyo, 10 zyada aa", 5, "kg"),
    ],
)
def test_correction_with_reason_changes_to_the_new_amount(text: str, quantity: float, unit: str) -> None:
    result = parse(text)
    assert result.intent == Intent.CHANGE_QUANTITY
    assert [(item.quantity, item.unit) for item in result.items] == [(quantity, unit)]


@pytest.mark.parametrize(
    ("text", "quantity", "unit"),
    [
        ("atta badha do, 10 kilo kar do", 10, "kg"),
        ("chini vadharo, 3 kilo kari do", 3, "kg"),
        ("doodh badha do, 4 packet kar do", 4, "packet"),
        ("sakhar vadhva, 2 kilo kar", 2, "kg"),
        ("chini badhei 2 kilo kara", 2, "kg"),
        ("sugar increase it, make it 3 kg", 3, "kg"),
    ],
)
def test_increase_then_make_it_changes_to_the_amount(text: str, quantity: float, unit: str) -> None:
    result = parse(text)
    assert result.intent == Intent.CHANGE_QUANTITY
    assert [(item.quantity, item.unit) for item in result.items] == [(quantity, unit)]


def test_add_with_make_it_still_adds() -> None:
    assert parse("2 amul cream bhi add kar do").intent == Intent.ADD_ITEMS


@pytest.mark.parametrize(
    ("text", "quantity"),
    [
        ("മട്ട അരി മൂന്നല്ല, അഞ്ച് കിലോ", 5),
        ("പഞ്ചസാര ഒന്നല്ല, രണ്ട് കിലോ", 2),
        ("matta ari randalla, anju kilo", 5),
    ],
)
def test_malayalam_number_with_not_joined_on_is_the_old_amount(text: str, quantity: float) -> None:
    result = parse(text)
    assert result.intent == Intent.CHANGE_QUANTITY
    assert [(item.quantity, item.unit) for item in result.items] == [(quantity, "kg")]
