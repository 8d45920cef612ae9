"""Catalog families of fixer Y, each in the eleven languages (native script and romanised). The
phrasings are written for these tests, not taken from the held-out files:

- a brand written in the customer's script as it sounds (Yippee ইপ্পি / ఇప్పీ, Lays ലേസ് /
  ଲେଜ୍, Thums Up ਥਮਜ਼ ਅੱਪ, Exo एक्झो) is that brand's product, also with a case ending
  glued on (ইপ্পির, ലേസിന്റെ, लक्स साबणाचा) and the soap-bar word (rin di tikki);
- matchboxes by their homely names (baakas, দিয়াশলাই);
- a Bengali number cut short before its classifier (ছ'টা, ন'টা, দু'টো) is the number.
"""

from __future__ import annotations

import pytest

from intents.catalog_index import CatalogIndex
from intents.parse import parse

from .eval_shop import build_eval_shop

YIPPEE, LAYS, THUMS_UP, EXO, RIN = "ST-0161", "ST-0200", "ST-0209", "ST-0245", "ST-0241"
LUX, MATCHBOX, EGGS = "ST-0213", "ST-0252", "ST-0094"


@pytest.fixture(scope="module")
def shop() -> CatalogIndex:
    return build_eval_shop()


def _first_product(text: str, shop: CatalogIndex, role: str = "customer") -> str | None:
    result = parse(text, role=role, catalog=shop)
    assert result.items, text
    candidates = result.items[0].candidates
    return candidates[0].product_id if candidates else None


@pytest.mark.parametrize(
    ("text", "product"),
    [
        # Yippee, also with a case ending or a classifier on it
        ("ইপ্পির ৩ প্যাকেট দিন", YIPPEE),
        ("ইপ্পি নুডলস ৩টে দিন", YIPPEE),
        ("ইপ্পি ৩টে", YIPPEE),
        ("ఇప్పీ నూడుల్స్ 3 ఇవ్వండి", YIPPEE),
        ("ఇప్పీ 3 ప్యాకెట్లు", YIPPEE),
        # Lays
        ("ലേസ് 2 പാക്കറ്റ് വേണം", LAYS),
        ("ലേസിന്റെ 2 പാക്കറ്റ്", LAYS),
        ("ଲେଜ୍ 2 ପ୍ୟାକେଟ ଦିଅ", LAYS),
        ("लेस 2 पैकेट", LAYS),
        ("লেইস ২টো", LAYS),
        ("లేజ్ 2 ప్యాకెట్లు", LAYS),
        ("ಲೇಜ್ 2", LAYS),
        # Thums Up
        ("ਥਮਜ਼ ਅੱਪ 2 ਬੋਤਲਾਂ", THUMS_UP),
        ("থামজ আপ ২টো", THUMS_UP),
        ("ଥମଜ ଅପ 2", THUMS_UP),
        ("തംസപ്പ് 2", THUMS_UP),
        # Exo
        ("एक्झो बार ३ द्या", EXO),
        ("एक्झोचे ३ बार", EXO),
        # Rin, with the bar/cake word of the north
        ("2 rin di tikki bhej do", RIN),
        # Lux with the Marathi genitive glued on
        ("लक्स साबणाचा एक डबा", LUX),
        ("लक्स साबणाच्या ३ वड्या द्या", LUX),
        ("लक्स साबणाची वडी 2", LUX),
        # matchboxes by their homely names
        ("2 baakas aapjo", MATCHBOX),
        ("2 bakas aapo", MATCHBOX),
        ("બાકસ 2 આપો", MATCHBOX),
        ("দিয়াশলাই ২টো", MATCHBOX),
    ],
)
def test_a_brand_said_by_its_sound_is_that_brand(text: str, product: str, shop: CatalogIndex) -> None:
    assert _first_product(text, shop) == product


def test_an_owner_names_a_brand_by_its_sound(shop: CatalogIndex) -> None:
    assert _first_product("ইপ্পি নুডলসের দাম ১৫ করো", shop, role="owner") == YIPPEE
    assert _first_product("ലേസ് വില 20 ആക്കൂ", shop, role="owner") == LAYS
    assert _first_product("ਥਮਜ਼ ਅੱਪ ਦੀ ਕੀਮਤ 40 ਕਰੋ", shop, role="owner") == THUMS_UP


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("ছ'টা ডিম দাও", 6),
        ("ডিম ছ’টা লাগবে", 6),
        ("ন'টা ডিম পাঠাও", 9),
        ("দু'টো ডিম আর এক প্যাকেট ম্যাগি", 2),
    ],
)
def test_a_bengali_number_cut_short_before_its_classifier(text: str, count: int, shop: CatalogIndex) -> None:
    result = parse(text, role="customer", catalog=shop)
    assert result.items[0].quantity == count
    assert result.items[0].candidates[0].product_id == EGGS
