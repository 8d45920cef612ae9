"""The whole labelled set: intent and quantity+unit targets per language."""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT / "bench"))

from eval_intents import TARGET_INTENT, TARGET_QUANTITY, evaluate, load_index, load_rows  # noqa: E402

from intents.types import LANGUAGES  # noqa: E402

ROWS = load_rows()
# With the catalog, as in production: a run of product words ("கறிவேப்பிலை கொத்தமல்லி")
# is split into items by what the matcher recognises.
TALLIES = evaluate(ROWS, load_index())


def test_the_set_is_big_enough_and_covers_both_roles() -> None:
    assert len(ROWS) >= 700
    per_language = Counter(row["language"] for row in ROWS)
    assert all(per_language[language] >= 50 for language in LANGUAGES), per_language
    for language in LANGUAGES:
        roles = {row["role"] for row in ROWS if row["language"] == language}
        assert roles == {"customer", "owner"}, language


@pytest.mark.parametrize("language", LANGUAGES)
def test_intent_accuracy_per_language(language: str) -> None:
    tally = TALLIES[language]
    assert tally.intent_ok / tally.messages >= TARGET_INTENT, "\n".join(tally.failures)


@pytest.mark.parametrize("language", LANGUAGES)
def test_quantity_and_unit_accuracy_per_language(language: str) -> None:
    tally = TALLIES[language]
    assert tally.quantity_total > 0
    assert tally.quantity_ok / tally.quantity_total >= TARGET_QUANTITY, "\n".join(tally.failures)


def _item(quantity: float | None, unit: str | None, pack: tuple[float, str] | None = None) -> object:
    from intents.types import ItemRequest, PackSize

    size = PackSize(value=pack[0], unit=pack[1]) if pack else None  # type: ignore[arg-type]
    return ItemRequest(text="x", quantity=quantity, unit=unit, pack_size=size)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("want", "got", "same"),
    [
        ({"quantity": 4, "unit": None}, _item(4, "piece"), True),  # "4 pcs" is four
        ({"quantity": 500, "unit": "ml"}, _item(1, None, (500, "ml")), True),  # one 500 ml pack
        ({"quantity": 1, "unit": "l"}, _item(2, None, (500, "ml")), True),  # two 500 ml packs
        ({"quantity": 1, "unit": "l"}, _item(1, None, (500, "ml")), False),  # half the milk
        ({"quantity": 250, "unit": "g"}, _item(0.25, "kg"), True),
        ({"quantity": 2, "unit": None, "pack_size": {"value": 70, "unit": "g"}}, _item(140, "g"), False),
        ({"quantity": 4, "unit": "kg"}, _item(4, "piece"), False),
    ],
)
def test_the_scorer_counts_one_amount_however_it_is_written(want: dict, got: object, same: bool) -> None:
    from eval_intents import quantities_match

    row = {"items": [want]}
    result = type("Result", (), {"items": (got,)})()
    assert quantities_match(row, result) is same  # type: ignore[arg-type]


def test_a_set_with_roles_spelt_short_is_refused(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"text": "maggi 50", "role": "o", "language": "en", "intent": "set_price", "items": [], "slots": {}}\n')
    with pytest.raises(ValueError, match="role must be customer or owner"):
        load_rows(bad)
