"""The evaluation's test catalog (intents/eval/test_catalog.csv) for parse tests, and an order
read from a text with the number of items it should have."""

from __future__ import annotations

from pathlib import Path

from intents.catalog_csv import load_catalog
from intents.catalog_index import CatalogIndex
from intents.parse import parse
from intents.types import Intent, Parse

TEST_CATALOG = Path(__file__).resolve().parents[3] / "intents" / "eval" / "test_catalog.csv"


def build_eval_shop() -> CatalogIndex:
    return CatalogIndex.build(load_catalog(TEST_CATALOG))


def parsed_order(shop: CatalogIndex, text: str, count: int) -> Parse:
    """TEXT parsed as an order of COUNT items."""
    result = parse(text, catalog=shop)
    assert result.intent == Intent.ADD_ITEMS, result
    assert len(result.items) == count, result
    return result
