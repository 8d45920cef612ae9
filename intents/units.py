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


# Case and plural endings glued onto a unit word in Indic scripts: bn লিটারের/কেজির, mr
# ग्रॅमचे/किलोचा, te కిలోకి, kn ಕೆಜಿಗೆ, ta கிலோவுக்கு, ml കിലോയ്ക്ക്, gu કિલોના, or କିଲୋର.
_GLUED_ENDINGS: Final = (
    "ের", "এর", "র",
    "च्या", "चे", "ची", "चा", "ला", "ं",
    "లు", "ల", "కి", "కు",
    "ಗಳು", "ಗೆ", "ದ", "ಯ",
    "வுக்கு", "க்கு", "ல",
    "യ്ക്ക്", "ക്ക്", "യുടെ",
    "ના", "નું", "ની", "નો", "માં",
    "ਦਾ", "ਦੀ", "ਦੇ",
    "ର", "ରେ", "କୁ",
)


# A romanised stem must be this long before an emphatic ending is read off it ("tini" is no "tin").
_EMPHATIC_STEM: Final = 4


@cache
def _emphatic_endings() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """data/emphatic_endings.csv: the "only / just" glued onto a unit ("kiloch", "கிலோவே"),
    romanised endings first, then Indic ones; the longest first."""
    endings = sorted({row["ending"].lower() for row in read_table("emphatic_endings.csv")}, key=len, reverse=True)
    return tuple(e for e in endings if e.isascii()), tuple(e for e in endings if not e.isascii())


def _unglued(word: str) -> list[str]:
    """WORD itself, then WORD without each case ending (Indic words) or emphatic ending it ends in
    ("किलोच", "kiloch", "కిలోనే": the unit said as "only a kilo")."""
    romanised, indic = _emphatic_endings()
    if word.isascii():
        return [word] + [word[: -len(ending)] for ending in romanised if word.endswith(ending) and len(word) >= len(ending) + _EMPHATIC_STEM]
    endings = (*_GLUED_ENDINGS, *indic)
    return [word] + [word[: -len(ending)] for ending in endings if word.endswith(ending) and len(word) > len(ending) + 1]


def unit_word(spelling: str) -> UnitWord | None:
    """"kilo" -> kg, "பாக்கெட்" -> packet, "paav" -> 250 g, "bottle" -> packet; else None.
    An Indic unit word with a case ending glued on reads as the unit ("লিটারের" -> l)."""
    table = _unit_words()
    return next((table[stem] for stem in _unglued(spelling.lower()) if stem in table), None)


def is_glued_unit(spelling: str) -> bool:
    """A unit word with a case ending on it ("ಕೆಜಿಗೆ", "किलोला"), not the bare unit."""
    return spelling.lower() not in _unit_words() and unit_word(spelling) is not None


def normalise_unit(spelling: str) -> Unit | None:
    found = unit_word(spelling)
    return found.unit if found is not None else None


@cache
def _sack_words() -> frozenset[str]:
    return frozenset(row["spelling"].lower() for row in read_table("sacks.csv"))


def is_sack(spelling: str) -> bool:
    """"बोरी", "moottai", "ବସ୍ତା", "bag": a sack of grain, said with its weight (data/sacks.csv);
    an Indic sack word with a case ending glued on is one too ("ಮೂಟೆಯ")."""
    return any(stem in _sack_words() for stem in _unglued(spelling.lower()))
