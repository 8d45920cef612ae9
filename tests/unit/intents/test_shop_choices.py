"""What a kirana owner and customer expect the matcher to pick in a shop like the demo shop:
sizes of one product are not a question, an exact name wins, generic words mean the plain
product, owner numbers glued to names stay in the name, several owner updates in one message."""

from __future__ import annotations

import pytest

from intents import parse
from intents.catalog_index import CatalogIndex
from intents.types import CatalogEntry, Intent

ROWS = [
    ("M70", "Maggi 2-Minute Masala Noodles", "Maggi", 70, "g"),
    ("M280", "Maggi 2-Minute Masala Noodles", "Maggi", 280, "g"),
    ("M560", "Maggi 2-Minute Masala Noodles", "Maggi", 560, "g"),
    ("MATTA", "Maggi Atta Noodles", "Maggi", 290, "g"),
    ("TSALT", "Tata Salt", "Tata", 1, "kg"),
    ("TLITE", "Tata Salt Lite", "Tata", 1, "kg"),
    ("TROCK", "Tata Salt Rock Salt", "Tata", 1, "kg"),
    ("ASALT", "Aashirvaad Iodised Salt", "Aashirvaad", 1, "kg"),
    ("A1", "Aashirvaad Shudh Chakki Atta", "Aashirvaad", 1, "kg"),
    ("A5", "Aashirvaad Shudh Chakki Atta", "Aashirvaad", 5, "kg"),
    ("A10", "Aashirvaad Shudh Chakki Atta", "Aashirvaad", 10, "kg"),
    ("F5", "Fortune Chakki Fresh Atta", "Fortune", 5, "kg"),
    ("RAGI", "Ragi Atta", "", 500, "g"),
    ("JOWAR", "Jowar Atta", "", 1, "kg"),
    ("IG", "India Gate Classic Basmati Rice", "India Gate", 1, "kg"),
    ("DAAWAT", "Daawat Rozana Super Basmati Rice", "Daawat", 1, "kg"),
    ("SONA", "Sona Masoori Rice", "", 1, "kg"),
    ("MURMURA", "Murmura (Puffed Rice)", "", 500, "g"),
    ("MILK05", "Amul Taaza Toned Milk", "Amul", 500, "ml"),
    ("MILK1", "Amul Taaza Toned Milk", "Amul", 1, "l"),
    ("POWDER", "Amul Spray Milk Powder", "Amul", 500, "g"),
    ("BIKIS", "Britannia Milk Bikis", "Britannia", 200, "g"),
    ("BUT100", "Amul Butter", "Amul", 100, "g"),
    ("BUT500", "Amul Butter", "Amul", 500, "g"),
    ("BREAD", "Britannia Milk Bread", "Britannia", 400, "g"),
    ("5050", "Britannia 50-50 Maska Chaska", "Britannia", 120, "g"),
]


@pytest.fixture(scope="module")
def shop() -> CatalogIndex:
    return CatalogIndex.build(
        CatalogEntry(product_id=pid, name=name, brand=brand, size_value=float(size), size_unit=unit)  # type: ignore[arg-type]
        for pid, name, brand, size, unit in ROWS
    )


def _item(text: str, shop: CatalogIndex, role: str = "customer"):  # type: ignore[no-untyped-def]
    result = parse(text, role=role, catalog=shop)  # type: ignore[arg-type]
    assert result.items, (text, result)
    return result, result.items[0]


# ---------------------------------------------------------------- 1. owner numbers

@pytest.mark.parametrize(
    ("text", "intent", "slot", "value", "item_text", "pack"),
    [
        ("maggi 2-minute masala 70g 40", Intent.SET_STOCK, "stock", 40, "maggi 2-minute masala", 70),
        ("maggi 70g 40", Intent.SET_STOCK, "stock", 40, "maggi", 70),
        ("maggi 70g price 14", Intent.SET_PRICE, "price_paise", 1400, "maggi", 70),
        ("maggi 70g +10", Intent.ADJUST_STOCK, "stock_delta", 10, "maggi", 70),
        ("maggi 70g -5", Intent.ADJUST_STOCK, "stock_delta", -5, "maggi", 70),
        ("7up 12", Intent.SET_STOCK, "stock", 12, "7up", None),
        ("50-50 biscuit 30", Intent.SET_STOCK, "stock", 30, "50-50 biscuit", None),
    ],
)
def test_owner_number_is_the_last_free_number(shop, text, intent, slot, value, item_text, pack) -> None:  # type: ignore[no-untyped-def]
    result, item = _item(text, shop, "owner")
    assert result.intent == intent
    assert result.slots[slot] == value
    assert item.text == item_text
    assert item.value == value
    assert (item.pack_size.value if item.pack_size else None) == pack


def test_glued_number_name_matches_its_product(shop) -> None:  # type: ignore[no-untyped-def]
    _, item = _item("50-50 biscuit 30", shop, "owner")
    assert item.candidates[0].product_id == "5050"
    _, item = _item("maggi 2-minute masala 70g 40", shop, "owner")
    assert item.candidates[0].product_id == "M70" and not item.ambiguous


@pytest.mark.parametrize(
    ("text", "intent", "slot", "expected"),
    [
        ("maggi 50, atta 20", Intent.SET_STOCK, "stock", [("maggi", 50), ("atta", 20)]),
        ("maggi 50\natta 20\ntata salt 30", Intent.SET_STOCK, "stock", [("maggi", 50), ("atta", 20), ("tata salt", 30)]),
        ("maggi 50 atta 20", Intent.SET_STOCK, "stock", [("maggi", 50), ("atta", 20)]),
        ("maggi +10, atta -5", Intent.ADJUST_STOCK, "stock_delta", [("maggi", 10), ("atta", -5)]),
        ("maggi price 14, atta price 52", Intent.SET_PRICE, "price_paise", [("maggi", 1400), ("atta", 5200)]),
    ],
)
def test_several_owner_updates(shop, text, intent, slot, expected) -> None:  # type: ignore[no-untyped-def]
    result = parse(text, role="owner", catalog=shop)
    assert result.intent == intent
    assert [(item.text, item.value) for item in result.items] == expected
    assert result.slots[slot] == expected[0][1]  # the slot keeps the first item's number
    assert all(item.candidates for item in result.items)


# ---------------------------------------------------------------- 2. sizes are not a question

@pytest.mark.parametrize(
    ("text", "product", "quantity"),
    [
        ("ek maggi", "M70", 1),
        ("3 maggi", "M70", 3),
        ("maggi 280g", "M280", 280),
        ("2 kilo aashirvaad atta", "A1", 2),
        ("5 kg aashirvaad atta", "A5", 5),
        ("10 kg aashirvaad atta", "A10", 10),
        ("aashirvaad atta", "A1", None),
        ("1 litre amul milk", "MILK1", 1),
        ("amul taaza", "MILK05", None),
    ],
)
def test_sizes_of_one_product_are_one_choice(shop, text, product, quantity) -> None:  # type: ignore[no-untyped-def]
    _, item = _item(text, shop)
    assert item.candidates[0].product_id == product
    assert not item.ambiguous
    assert item.quantity == quantity


@pytest.mark.parametrize("text", ["chawal", "rice", "salt", "namak"])
def test_different_products_stay_a_question(shop, text) -> None:  # type: ignore[no-untyped-def]
    _, item = _item(text, shop)
    if text in ("salt", "namak"):
        # Tata Salt is the plain one; still several salts are offered
        assert len(item.candidates) >= 3
    else:
        assert item.ambiguous
        assert len({c.product_id for c in item.candidates}) >= 2


# ---------------------------------------------------------------- 3. exact name wins

@pytest.mark.parametrize(
    ("text", "product"),
    [("tata salt", "TSALT"), ("tata salt lite", "TLITE"), ("amul butter", "BUT100"), ("amul butter 500g", "BUT500")],
)
def test_exact_name_wins(shop, text, product) -> None:  # type: ignore[no-untyped-def]
    _, item = _item(text, shop)
    assert item.candidates[0].product_id == product
    assert not item.ambiguous


# ---------------------------------------------------------------- 4. generic words: the plain product first

@pytest.mark.parametrize(
    ("text", "plain", "not_first"),
    [
        ("atta", {"A1", "A5", "A10", "F5"}, {"RAGI", "JOWAR", "MATTA"}),
        ("आटा", {"A1", "A5", "A10", "F5"}, {"RAGI", "JOWAR", "MATTA"}),
        ("chawal", {"IG", "DAAWAT", "SONA"}, {"MURMURA"}),
        ("arisi", {"IG", "DAAWAT", "SONA"}, {"MURMURA"}),
        ("চাল", {"IG", "DAAWAT", "SONA"}, {"MURMURA"}),
        ("doodh", {"MILK05", "MILK1"}, {"POWDER", "BIKIS", "BREAD"}),
        ("milk", {"MILK05", "MILK1"}, {"POWDER", "BIKIS", "BREAD"}),
    ],
)
def test_generic_word_ranks_plain_product_first(shop, text, plain, not_first) -> None:  # type: ignore[no-untyped-def]
    _, item = _item(text, shop)
    ids = [c.product_id for c in item.candidates]
    assert ids[0] in plain
    plain_ranks = [ids.index(p) for p in plain if p in ids]
    other_ranks = [ids.index(p) for p in not_first if p in ids]
    assert not other_ranks or min(other_ranks) > min(plain_ranks)


def test_qualifier_named_is_found(shop) -> None:  # type: ignore[no-untyped-def]
    assert _item("ragi atta", shop)[1].candidates[0].product_id == "RAGI"
    assert _item("milk powder", shop)[1].candidates[0].product_id == "POWDER"
    assert _item("murmura", shop)[1].candidates[0].product_id == "MURMURA"


# ---------------------------------------------------------------- 5. remove / change keep product words

@pytest.mark.parametrize(
    ("text", "intent", "item_text"),
    [
        ("bread kadhi nakho", Intent.REMOVE_ITEM, "bread"),
        ("maggi hata do", Intent.REMOVE_ITEM, "maggi"),
        ("remove the salt", Intent.REMOVE_ITEM, "salt"),
        ("remove salt", Intent.REMOVE_ITEM, "salt"),
        ("atta 3 kar do", Intent.CHANGE_QUANTITY, "atta"),
    ],
)
def test_remove_and_change_keep_only_product_words(shop, text, intent, item_text) -> None:  # type: ignore[no-untyped-def]
    result, item = _item(text, shop)
    assert result.intent == intent
    assert item.text == item_text
    assert item.candidates


# ---------------------------------------------------------------- 7. language decides a word's sense

def test_language_picks_the_sense_of_a_word() -> None:
    from intents.lexicon import load_lexicon

    lexicon = load_lexicon()
    assert lexicon.lookup("khira", "or") == ("milk",)
    assert lexicon.lookup("khira", "hi") == ("cucumber",)
    assert set(lexicon.lookup("khira")) >= {"milk", "cucumber"}
