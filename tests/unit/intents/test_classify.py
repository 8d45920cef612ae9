"""Intent and slots per role, from cases/intents.tsv."""

from __future__ import annotations

import pytest

from intents import Intent, parse

from .cases import read_cases

CASES = read_cases("intents.tsv")


def _slots(text: str) -> dict[str, str | int | float]:
    slots: dict[str, str | int | float] = {}
    for pair in filter(None, text.split(";")):
        key, _, value = pair.partition("=")
        slots[key] = int(value) if value.lstrip("-").isdigit() and key not in ("pincode", "barcode") else value
    return slots


@pytest.mark.parametrize("case", CASES, ids=[f"{case[0]}:{case[1][:30]}" for case in CASES])
def test_intent_and_slots(case: list[str]) -> None:
    role, text, intent = case[:3]
    result = parse(text, role="owner" if role == "owner" else "customer")
    assert result.intent == Intent(intent)
    for key, value in _slots(case[3] if len(case) > 3 else "").items():
        assert result.slots.get(key) == value, key


def test_role_changes_the_meaning_of_a_bare_count() -> None:
    customer = parse("maggi 50")
    owner = parse("maggi 50", role="owner")
    assert customer.intent == Intent.ADD_ITEMS and customer.confidence <= 0.6
    assert customer.items[0].quantity == 50
    assert owner.intent == Intent.SET_STOCK and owner.slots == {"stock": 50}
    assert owner.items[0].text == "maggi" and owner.items[0].quantity is None


def test_owner_items_keep_the_pack_size() -> None:
    result = parse("aashirvaad atta 5 kilo wala 12", role="owner")
    assert result.intent == Intent.SET_STOCK and result.slots["stock"] == 12
    assert result.items[0].pack_size is not None and result.items[0].pack_size.value == 5


def test_unknown_text_has_low_confidence() -> None:
    result = parse("🙂🙂")
    assert result.intent == Intent.UNKNOWN and result.confidence < 0.3
