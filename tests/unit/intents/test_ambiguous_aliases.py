"""An exact name wins over partial ones — but when the customer's word is exactly the name
(an alias) of several products, the shop must ask which (DIALOGUES §3: "चावल कौन सा चाहिए?")."""

from __future__ import annotations

from intents.catalog_index import CatalogIndex
from intents.parse import parse
from intents.types import CatalogEntry, Unit

KG: Unit = "kg"


def rice(pid: str, name: str, brand: str, *aliases: str) -> CatalogEntry:
    return CatalogEntry(product_id=pid, name=name, brand=brand, category="Rice", size_value=1, size_unit=KG,
                        aliases=aliases)


def test_a_word_that_names_several_products_exactly_is_ambiguous() -> None:
    shop = CatalogIndex.build([
        rice("R1", "Kolam Rice", "", "chawal", "चावल"),
        rice("R2", "Sona Masoori Rice", "", "chawal", "चावल"),
        rice("R3", "India Gate Basmati Rice", "India Gate", "basmati", "लंबा चावल"),
        rice("R4", "Daawat Rozana Basmati Rice", "Daawat", "chawal", "चावल"),
    ])
    for text in ("दो किलो चावल", "2 kilo chawal"):
        [item] = parse(text, role="customer", catalog=shop).items
        assert item.ambiguous, (text, item.candidates)
        assert {c.product_id for c in item.candidates[:4]} >= {"R1", "R2", "R4"}  # every exact one is offered


def test_a_word_that_names_one_product_exactly_picks_it() -> None:
    shop = CatalogIndex.build([
        rice("R1", "Kolam Rice", "", "chawal", "चावल"),
        rice("R3", "India Gate Basmati Rice", "India Gate", "basmati", "लंबा चावल"),
        rice("R5", "Fortune Biryani Special Basmati Rice", "Fortune", "biryani chawal"),
    ])
    [item] = parse("दो किलो चावल", role="customer", catalog=shop).items
    assert not item.ambiguous and item.candidates[0].product_id == "R1", item.candidates
