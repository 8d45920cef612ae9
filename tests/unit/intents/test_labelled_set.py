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
