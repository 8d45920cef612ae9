"""Splitting multi-item messages and reading each item, from cases/items.tsv."""

from __future__ import annotations

import pytest

from intents.items import extract_items
from intents.types import ItemRequest

from .cases import read_cases

CASES = read_cases("items.tsv")


def _describe(item: ItemRequest) -> str:
    quantity = "-" if item.quantity is None else f"{item.quantity:g}"
    pack = "" if item.pack_size is None else f"@{item.pack_size.value:g}{item.pack_size.unit}"
    return f"{quantity} {item.unit or '-'} {item.text}{pack}"


@pytest.mark.parametrize("text,language,expected", CASES, ids=[case[0][:40] for case in CASES])
def test_items_of_a_message(text: str, language: str, expected: str) -> None:
    items = extract_items(text.replace("\\n", "\n"), language)
    assert " | ".join(_describe(item) for item in items) == expected


def test_language_is_optional_and_detected() -> None:
    assert [_describe(item) for item in extract_items("rendu kilo arisi venum")] == ["2 kg arisi"]


def test_no_items_in_chatter() -> None:
    assert extract_items("") == []
    assert extract_items("bhej do please") == []
    assert extract_items("🙂🙂🙂") == []


def test_raw_keeps_the_span_of_each_item() -> None:
    first, second = extract_items("2 kilo atta, ek maggi")
    assert first.raw == "2 kilo atta"
    assert second.raw == "ek maggi"
