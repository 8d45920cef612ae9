"""Unit spellings of every language, normalised to our seven units (data/units.csv)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Final

from intents.tables import read_table
from intents.types import Unit

UNITS: Final[tuple[Unit, ...]] = ("kg", "g", "l", "ml", "piece", "packet", "dozen")
MEASURE_UNITS: Final[frozenset[Unit]] = frozenset({"kg", "g", "l", "ml"})
# Spellings of the quarter-seer: a unit (250 g) alone, a fraction before another unit.
PAAV_SPELLINGS: Final = frozenset({"paav", "pav", "pao", "pau", "पाव", "paiya", "ਪਾਈਆ", "poa", "পোয়া"})


@dataclass(frozen=True, slots=True)
class UnitWord:
    unit: Unit
    factor: float  # "paav" is 250 g: unit "g", factor 250


@cache
def _unit_words() -> dict[str, UnitWord]:
    table: dict[str, UnitWord] = {}
    for row in read_table("units.csv"):
        unit = row["unit"]
        if unit not in UNITS:
            raise ValueError(f"units.csv: {row['spelling']!r} has unknown unit {unit!r}")
        table[row["spelling"].lower()] = UnitWord(unit, float(row["factor"]))  # type: ignore[arg-type]
    return table


def unit_word(spelling: str) -> UnitWord | None:
    """"kilo" -> kg, "பாக்கெட்" -> packet, "paav" -> 250 g, "bottle" -> packet; else None."""
    return _unit_words().get(spelling.lower())


def normalise_unit(spelling: str) -> Unit | None:
    found = unit_word(spelling)
    return found.unit if found is not None else None
