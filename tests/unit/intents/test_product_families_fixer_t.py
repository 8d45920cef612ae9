"""Product families (fixer T): foods by the names each language gives them (fried gram, rice
flour, eggs, fresh cream, mango pickle), brands written as they sound or in native
script (Top Ramen, Wagh Bakri chaa, Mother's Recipe, Gold Winner), a unit word that
finishes a name ("fried gram", "lady pav"), and a chat word after a product word read as part of
its name only when some product has both words."""

from __future__ import annotations

import pytest

from intents import parse
from intents.catalog_index import CatalogIndex

from .eval_shop import build_eval_shop

_EGGS = {"ST-0094", "ST-0095", "ST-0096"}
_DAAWAT = {"ST-0024", "ST-0025", "ST-0026"}


@pytest.fixture(scope="module")
def index() -> CatalogIndex:
    return build_eval_shop()  # the evaluation's shop: store rows and look-alike quick-commerce rows


def _top(index: CatalogIndex, text: str) -> str | None:
    result = index.match(text)
    return result.candidates[0].product_id if result.candidates else None


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # fried gram / roasted chana
        ("putnalu", {"ST-0056"}),
        ("పుట్నాలు", {"ST-0056"}),
        ("भुने चने", {"ST-0056"}),
        ("ছোলা ভাজা", {"ST-0056"}),
        ("ਭੁੰਨੇ ਛੋਲੇ", {"ST-0056"}),
        ("ଭଜା ବୁଟ", {"ST-0056"}),
        # rice flour, with the colloquial Marathi -चं
        ("तांदळाचं पीठ", {"ST-0016"}),
        ("tandalacha peeth", {"ST-0016"}),
        # eggs: Telugu "hen eggs", plurals
        ("kodiguddlu", _EGGS),
        ("కోడిగుడ్లు", _EGGS),
        ("kozhimutta", _EGGS),
        # cream as each script writes the English word: the dairy cream, not a skin cream
        ("ਕ੍ਰੀਮ", {"ST-0093"}),
        ("କ୍ରୀମ", {"ST-0093"}),
        # mango pickle, Mother's Recipe in native script
        ("मदर्स आंब्याचे लोणचे", {"ST-0175"}),
        ("kerinu athanu", {"ST-0175"}),
        ("மாங்காய் ஊறுகாய்", {"ST-0175"}),
        ("amer achar", {"ST-0175"}),
        # brands written as they sound
        ("wagh bakri chaa", {"ST-0151"}),
        ("டாப் ரேமன்", {"ST-0162"}),
        ("ଟପ ରାମେନ", {"ST-0162"}),
        ("ಟಾಪ್ ರಾಮೆನ್", {"ST-0162"}),
        # Gold Winner with no kind said is its sunflower oil
        ("gold winner oil", {"ST-0061"}),
        ("gold winner ennai", {"ST-0061"}),
        ("ಗೋಲ್ಡ್ ವಿನ್ನರ್ ಎಣ್ಣೆ", {"ST-0061"}),
        ("गोल्ड विनर तेल", {"ST-0061"}),
        # lady pav is the ladi pav, not lady finger
        ("lady pav", {"ST-0102"}),
        ("लेडी पाव", {"ST-0102"}),
    ],
)
def test_regional_names_and_brands_by_sound(index: CatalogIndex, text: str, want: set[str]) -> None:
    assert _top(index, text) in want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("क्रीम घर पे है", {"ST-0093"}),  # the cream is at home: no Ghar Wala paste
        ("ਕ੍ਰੀਮ ਘਰ ਹੈ", {"ST-0093"}),
    ],
)
def test_a_chat_word_after_a_product_is_its_name_only_when_a_product_has_both(
    index: CatalogIndex, text: str, want: set[str]
) -> None:
    assert _top(index, text) in want


@pytest.mark.parametrize(
    ("text", "want_text", "quantity", "unit", "product"),
    [
        ("half kg fried gram", "fried gram", 0.5, "kg", {"ST-0056"}),
        ("1 kg roasted gram bhejo", "roasted gram", 1.0, "kg", {"ST-0056"}),
        ("ek lady pav bhejna", "lady pav", 1.0, None, {"ST-0102"}),
        ("do lady pav aur ek maggi", "lady pav", 2.0, None, {"ST-0102"}),
    ],
)
def test_a_unit_word_that_finishes_a_name_is_the_name(
    index: CatalogIndex, text: str, want_text: str, quantity: float, unit: str | None, product: set[str]
) -> None:
    result = parse(text, catalog=index)
    item = result.items[0]
    assert item.text == want_text
    assert item.quantity == quantity and item.unit == unit
    assert item.candidates and item.candidates[0].product_id in product


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # "daal" here is "put (it in)": a few names spell dal "daal", which must not make it
        # weigh as much as the brand the customer named
        ("maaza daal", {"ST-0211"}),
        ("माज़ा डाल", {"ST-0211"}),
        ("kurkure daal", {"ST-0201"}),
        ("surf excel daal", {"ST-0242"}),
        ("rin daal", {"ST-0241"}),
        ("tide daal", {"ST-0238"}),
    ],
)
def test_a_rare_spelling_of_a_common_word_weighs_as_that_word(
    index: CatalogIndex, text: str, want: set[str]
) -> None:
    assert index.match(text, language="hi").candidates[0].product_id in want


@pytest.mark.parametrize(
    "text",
    [
        "am trouble again",  # "sorry to trouble you again": no Double Trouble ice cream
        "sorry to trouble you",
        "vaga sudhi aave",  # Gujarati "(if it) comes by (8) o'clock": no ginger
        "aaj shaam tak bhej dena",  # Hindi "send by this evening"
        "bhai jaldi bhejna",
        "ghar pahunch raha hoon",  # "I'm reaching home": no Ghar Wala paste
        "beta school gaya hai",
    ],
)
def test_a_remark_left_in_an_item_matches_no_product_on_one_stray_word(index: CatalogIndex, text: str) -> None:
    assert index.match(text, language="hi").candidates == ()
