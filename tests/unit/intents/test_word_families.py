"""Word families in every language: confirm/deny, numbered choices, owner order updates,
browse questions, remove/change, help, shop fractions and dozens, unknown text, and the
matcher behaviours that go with them (classifier suffixes, whole names, new products)."""

from __future__ import annotations

import pytest

from intents import Intent, parse
from intents.catalog_index import CatalogIndex
from intents.items import extract_items
from intents.keywords import find_concepts
from intents.numbers import ordinal_value
from intents.tokens import tokenize
from intents.types import CatalogEntry

from .cases import read_cases

CASES = read_cases("word_families.tsv")


def _slots(text: str) -> dict[str, str]:
    return dict(pair.split("=", 1) for pair in text.split(";") if pair)


@pytest.mark.parametrize("case", CASES, ids=[f"{case[0]}:{case[1][:30]}" for case in CASES])
def test_word_family(case: list[str]) -> None:
    role, text, intent = case[:3]
    result = parse(text, role="owner" if role == "owner" else "customer")
    assert result.intent == Intent(intent), (text, result.intent, result.items)
    for key, value in _slots(case[3] if len(case) > 3 else "").items():
        assert str(result.slots.get(key)) == value, (text, key, result.slots)


# ---------------------------------------------------------------- choices

@pytest.mark.parametrize(
    ("word", "language", "value"),
    [("pehla", "hi", 1), ("rendavadhu", "ta", 2), ("రెండవది", "te", 2), ("ಮೂರನೆಯದು", "kn", 3),
     ("দ্বিতীয়টা", "bn", 2), ("ଦ୍ୱିତୀୟଟି", "or", 2), ("ત્રીજું", "gu", 3), ("randamathe", "ml", 2)],
)
def test_ordinal_words(word: str, language: str, value: int) -> None:
    assert ordinal_value(word, language) == value


@pytest.mark.parametrize("text", ["2 packet", "2 maggi", "pehla maggi do", "second hand phone 2"])
def test_a_number_with_other_words_is_not_a_choice(text: str) -> None:
    assert parse(text).intent != Intent.CHOOSE_OPTION


# ---------------------------------------------------------------- quantities

@pytest.mark.parametrize(
    ("text", "language", "quantity", "unit"),
    [
        ("adho kilo tuver dal", "gu", 0.5, "kg"),
        ("અડધો કિલો ખાંડ", "gu", 0.5, "kg"),
        ("pau kilo ada", "or", 0.25, "kg"),
        ("ପାଉ କିଲୋ ଆଳୁ", "or", 0.25, "kg"),
        ("arai kilo thakkali", "ta", 0.5, "kg"),
        ("அரை கிலோ தக்காளி", "ta", 0.5, "kg"),
        ("kaal kilo inji", "ta", 0.25, "kg"),
        ("ardha kilo sakkare", "kn", 0.5, "kg"),
        ("ಅರ್ಧ ಕಿಲೋ ಸಕ್ಕರೆ", "kn", 0.5, "kg"),
        ("adha kilo khand", "pa", 0.5, "kg"),
        ("sawa kilo cheeni", "hi", 1.25, "kg"),
        ("dedh kilo aloo", "hi", 1.5, "kg"),
        ("dhai kilo atta", "hi", 2.5, "kg"),
        ("ଅଧେ କିଲୋ ଚିନି", "or", 0.5, "kg"),
        ("ek dojon dim", "bn", 1, "dozen"),
        ("2 dajan kela", "hi", 2, "dozen"),
        ("ek darjan ande", "hi", 1, "dozen"),
        ("১ ডজন ডিম", "bn", 1, "dozen"),
        ("2ta maggi", "bn", 2, None),
        ("২টা ডিম", "bn", 2, None),
    ],
)
def test_shop_fractions_dozens_and_classifiers(text: str, language: str, quantity: float, unit: str | None) -> None:
    (item,) = extract_items(text, language)
    assert item.quantity == quantity and item.unit == unit, (text, item)
    assert not any(char.isdigit() for char in item.text)
    assert item.text not in ("ta", "টা")


def test_bengali_and_between_items() -> None:
    items = extract_items("adh kg muri, 2ta maggi r 1 packet parle g", "bn")
    assert [(item.text, item.quantity, item.unit) for item in items] == [
        ("muri", 0.5, "kg"), ("maggi", 2, None), ("parle g", 1, "packet")
    ]


# ---------------------------------------------------------------- concept matching

def test_case_endings_after_a_virama_still_match() -> None:
    text = "ஆர்டரை கேன்சல் பண்ணுங்க"
    found = find_concepts(text, tokenize(text))
    assert "order" in found and "cancel" in found
    assert parse(text).intent == Intent.CANCEL_ORDER


# ---------------------------------------------------------------- with a catalog

ROWS = [
    ("EGG6", "Farm Fresh White Eggs", "", 6, "piece"),
    ("EGG12", "Farm Fresh White Eggs", "", 12, "piece"),
    ("POT", "Potato (Loose)", "", 1, "kg"),
    ("TSALT", "Tata Salt", "Tata", 1, "kg"),
    ("TSALTV", "Tata Salt (Vacuum Evaporated Iodised Salt)", "Tata", 1, "kg"),
    ("BIS", "Bisleri Packaged Drinking Water", "Bisleri", 1, "l"),
    ("LAYS", "Lays Classic Salted Chips", "Lays", 52, "g"),
    ("MAGGI", "Maggi 2-Minute Masala Noodles", "Maggi", 70, "g"),
    ("WAGH", "Wagh Bakri Premium Leaf Tea", "Wagh Bakri", 250, "g"),
    ("TATA", "Tata Tea Premium", "Tata Tea", 250, "g"),
    ("COCO", "Coconut (Loose)", "", 1, "piece"),
    ("COFFEE", "Nescafe Classic Instant Coffee", "Nescafe", 50, "g"),
]


@pytest.fixture(scope="module")
def shop() -> CatalogIndex:
    return CatalogIndex.build(
        CatalogEntry(product_id=pid, name=name, brand=brand, size_value=float(size), size_unit=unit)  # type: ignore[arg-type]
        for pid, name, brand, size, unit in ROWS
    )


@pytest.mark.parametrize(("text", "products"), [("ডিমটা বাদ দিন", {"EGG6", "EGG12"}), ("আলুগুলো বাদ দিন", {"POT"})])
def test_classifier_glued_to_a_noun(shop, text, products) -> None:  # type: ignore[no-untyped-def]
    result = parse(text, catalog=shop)
    assert result.intent == Intent.REMOVE_ITEM
    assert result.items[0].candidates and result.items[0].candidates[0].product_id in products


@pytest.mark.parametrize(
    ("text", "product"),
    [("૨ પેકેટ વાઘ બકરી ચા", "WAGH"), ("ondu tengina kaayi", "COCO"), ("ತೆಂಗಿನ ಕಾಯಿ ಒಂದು", "COCO")],
)
def test_native_and_romanised_names(shop, text, product) -> None:  # type: ignore[no-untyped-def]
    result = parse(text, catalog=shop)
    assert result.intent == Intent.ADD_ITEMS
    assert result.items[0].candidates[0].product_id == product


def test_whole_name_as_written_is_not_a_question(shop) -> None:  # type: ignore[no-untyped-def]
    item = parse("tata salt", catalog=shop).items[0]
    assert item.candidates[0].product_id == "TSALT" and not item.ambiguous
    item = parse("tata salt vacuum evaporated", catalog=shop).items[0]
    assert item.candidates[0].product_id == "TSALTV"


@pytest.mark.parametrize(
    ("text", "intent"),
    [("சரி, ஓகே", Intent.CONFIRM), ("haanji theek aa", Intent.CONFIRM), ("illa venaam", Intent.DENY),
     ("asdf qwer", Intent.UNKNOWN), ("xyzzy plugh", Intent.UNKNOWN)],
)
def test_unknown_words_are_not_an_order(shop, text, intent) -> None:  # type: ignore[no-untyped-def]
    result = parse(text, catalog=shop)
    assert result.intent == intent and not result.items


def test_a_known_product_the_shop_lacks_is_still_an_order(shop) -> None:  # type: ignore[no-untyped-def]
    result = parse("paneer", catalog=shop)
    assert result.intent == Intent.ADD_ITEMS and result.items[0].text == "paneer"
    result = parse("2 kg quinoa", catalog=shop)
    assert result.intent == Intent.ADD_ITEMS and result.items[0].quantity == 2


@pytest.mark.parametrize(
    ("text", "product", "price", "pack"),
    [
        ("notun product add koro: Bisleri 1 litre 20 taka", "BIS", 2000, 1.0),
        ("hosa product: Lays 52g price 20", "LAYS", 2000, 52.0),
        ("naya product maggi 70g ₹14", "MAGGI", 1400, 70.0),
        ("puthiya product nescafe 50g 195 rupees", "COFFEE", 19500, 50.0),
    ],
)
def test_new_product_with_its_price(shop, text, product, price, pack) -> None:  # type: ignore[no-untyped-def]
    result = parse(text, role="owner", catalog=shop)
    assert result.intent == Intent.ADD_PRODUCT
    assert result.slots["price_paise"] == price
    (item,) = result.items
    assert item.quantity is None and item.pack_size is not None and item.pack_size.value == pack
    assert item.candidates[0].product_id == product


@pytest.mark.parametrize(
    "text",
    ["lays ini venda, remove cheyyu", "lays remove pannu, ini vikka maatom", "lays band karo, ab nahi rakhte",
     "lays remove karo", "ଲେଜ ବନ୍ଦ କର"],
)
def test_owner_removing_a_product_deactivates_it(shop, text) -> None:  # type: ignore[no-untyped-def]
    result = parse(text, role="owner", catalog=shop)
    assert result.intent == Intent.DEACTIVATE_PRODUCT
    (item,) = result.items
    assert item.candidates[0].product_id == "LAYS"


@pytest.mark.parametrize(("text", "price"), [("চাল ৬০ টাকা", 6000), ("atta 52 rupaye", 5200), ("அரிசி 60 ரூபாய்", 6000)])
def test_rupee_words_of_every_language(text: str, price: int) -> None:
    result = parse(text, role="owner")
    assert result.intent == Intent.SET_PRICE and result.slots["price_paise"] == price
    assert not any(word in result.items[0].text for word in ("টাকা", "rupaye", "ரூபாய்"))
