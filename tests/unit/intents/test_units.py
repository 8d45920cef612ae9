"""Unit spellings of every language normalise to our seven units."""

from __future__ import annotations

import pytest

from intents.items import extract_items
from intents.tables import read_table
from intents.units import UNITS, normalise_unit, unit_word

UNIT_ROWS = read_table("units.csv")


@pytest.mark.parametrize("row", UNIT_ROWS, ids=lambda row: row["spelling"])
def test_every_spelling_maps_to_its_unit(row: dict[str, str]) -> None:
    found = unit_word(row["spelling"])
    assert found is not None
    assert found.unit == row["unit"] and found.unit in UNITS
    assert found.factor == float(row["factor"])


@pytest.mark.parametrize("unit", ["kg", "g", "l", "ml", "packet", "piece", "dozen"])
def test_every_unit_has_native_spellings(unit: str) -> None:
    native = [row for row in UNIT_ROWS if row["unit"] == unit and any(ord(c) >= 0x0900 for c in row["spelling"])]
    assert len(native) >= 9, unit


def test_containers_count_as_packets() -> None:
    assert normalise_unit("bottle") == "packet"
    assert normalise_unit("dabba") == "packet"
    assert normalise_unit("maggi") is None


@pytest.mark.parametrize(
    "text,quantity,unit",
    [
        ("ek paav pyaaz", 250.0, "g"),
        ("do paav tamatar", 500.0, "g"),
        ("paav kilo adrak", 0.25, "kg"),
        ("5 kgs rice", 5.0, "kg"),
        ("500gm paneer", 500.0, "g"),
        ("2 ltr doodh", 2.0, "l"),
        ("200 ml dahi", 200.0, "ml"),
        ("6 pcs ande", 6.0, "piece"),
        ("ஒரு டஜன் முட்டை", 1.0, "dozen"),
        ("రెండు కిలోల బియ్యం", 2.0, "kg"),
    ],
)
def test_quantity_and_unit_of_one_item(text: str, quantity: float, unit: str) -> None:
    (item,) = extract_items(text)
    assert item.quantity == pytest.approx(quantity)
    assert item.unit == unit
