"""Families added after heldout9/heldout10 became development data (2026-12-07): a count, the
product, then its pack word and a reason ("3 ta X er packet bhije geche") is one product of
N packets and no second item; an owner's stock, price and stop-selling commands are about ONE
product, so a remark after it is no second item. The phrasings are written for these tests,
not taken from the held-out files."""

from __future__ import annotations

import pytest

from intents.catalog_index import CatalogIndex
from intents.items import extract_items
from intents.parse import parse
from intents.types import CatalogEntry, Intent


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        ("5 ta bourbon er packet kete geche", "bn", "bourbon er"),
        ("3 parle g packet geeli ho gayi", "hi", "parle g"),
        ("2 maggi packet kizhinju pochu", "ta", "maggi"),
        ("4 tata salt packet bhinai gaya", "gu", "tata salt"),
        ("6 good day packet kharab jhale", "mr", "good day"),
    ],
)
def test_pack_word_after_a_count_closes_the_item(text: str, language: str, name: str) -> None:
    items = extract_items(text, language)
    assert items[0].text == name and items[0].quantity is not None and items[0].unit == "packet", items
    assert all(item.quantity is None and item.unit is None for item in items[1:]), items


@pytest.mark.parametrize(
    "text",
    [
        "3 aavin paal packet 1 hamam soap",
        "2 maggi packet 1 kg atta",
    ],
)
def test_two_counted_items_stay_two(text: str) -> None:
    items = extract_items(text, "en")
    assert len(items) == 2 and all(item.quantity is not None for item in items), items


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("3 ta marie biscuit packet pocha geche, stock theke 3 komao", Intent.ADJUST_STOCK),
        ("band kar do kurkure, koi nahi kharidta", Intent.DEACTIVATE_PRODUCT),
        ("stop selling tiger biscuit, customers complain", Intent.DEACTIVATE_PRODUCT),
        ("stop selling hide and seek, nobody orders it", Intent.DEACTIVATE_PRODUCT),
    ],
)
def test_owner_command_carries_one_product(text: str, intent: Intent) -> None:
    result = parse(text, role="owner")
    assert result.intent == intent, result
    assert len(result.items) == 1, result


@pytest.mark.parametrize(
    "text",
    [
        "lizol citrus au bikiba nahi",
        "horlicks ikka ammam",
        "ఇక అమ్మం క్లినిక్ ప్లస్",
        "മാഗി ഇനി വിൽക്കണ്ട",
        "kurkure mat becho ab",
    ],
)
def test_stop_selling_phrasings(text: str) -> None:
    result = parse(text, role="owner")
    assert result.intent == Intent.DEACTIVATE_PRODUCT, result
    assert len(result.items) == 1, result


@pytest.mark.parametrize(
    "text",
    ["aaj kadai moodrom", "kadai seekiram moodurom", "shop ipude moosestunnam"],
)
def test_shop_closing_today(text: str) -> None:
    assert parse(text, role="owner").intent == Intent.CLOSE_SHOP


@pytest.mark.parametrize(
    "text",
    ["reject A4321, no delivery boy today", "reject A2468 please, delivery slot full"],
)
def test_reject_with_a_delivery_reason(text: str) -> None:
    result = parse(text, role="owner")
    assert result.intent == Intent.REJECT_ORDER, result


_ROWS = [
    ("LAYS", "Lays Classic Salted Chips", "Lays", 52, "g"),
    ("KURK", "Kurkure Masala Munch", "Kurkure", 90, "g"),
    ("BOURN", "Bournvita Health Drink", "Cadbury", 500, "g"),
    ("DETSOAP", "Dettol Original Soap", "Dettol", 75, "g"),
    ("PEANUT", "Peanuts (Loose)", "", 500, "g"),
    ("ATTA", "Aashirvaad Shudh Chakki Atta", "Aashirvaad", 5, "kg"),
    ("BUTTER", "Amul Butter", "Amul", 100, "g"),
    ("TURMERIC", "MTR Turmeric Powder", "MTR", 100, "g"),
    ("SCRUB", "Scotch-Brite Scrub Pad", "Scotch-Brite", 1, "piece"),
    ("KABULI", "Kabuli Chana (Loose)", "", 500, "g"),
    ("KALA", "Kala Chana (Loose)", "", 500, "g"),
]


@pytest.fixture(scope="module")
def shop() -> CatalogIndex:
    return CatalogIndex.build(
        CatalogEntry(product_id=pid, name=name, brand=brand, size_value=float(size), size_unit=unit)  # type: ignore[arg-type]
        for pid, name, brand, size, unit in _ROWS
    )


@pytest.mark.parametrize(
    ("text", "product"),
    [
        ("bournvita hata do, bachche nahi peete", "BOURN"),
        ("remove the kurkure, my son is unwell", "KURK"),
        ("dettol soap baad dao, bari te ache", "DETSOAP"),
    ],
)
def test_a_reason_after_a_removal_is_no_item(shop, text: str, product: str) -> None:  # type: ignore[no-untyped-def]
    result = parse(text, catalog=shop)
    assert result.intent == Intent.REMOVE_ITEM, result
    assert [item.candidates[0].product_id for item in result.items] == [product], result


@pytest.mark.parametrize("text", ["kurkure nikal do, aur amul butter bhi", "remove lays, and the amul butter"])
def test_a_second_product_removed_stays(shop, text: str) -> None:  # type: ignore[no-untyped-def]
    assert len(parse(text, catalog=shop).items) == 2


@pytest.mark.parametrize(
    ("text", "language", "quantity"),
    [
        ("ਦੋ ਕੋਕ ਦੀਆਂ ਬੋਤਲਾਂ", "pa", 2.0),
        ("4 limca diyan bottlan", "pa", 4.0),
        ("ਪੰਜ ਮੈਗੀ ਦੇ ਪੈਕਟਾਂ", "pa", 5.0),
        ("6 gold winner pouches", "en", 6.0),
    ],
)
def test_plural_containers_are_packs(text: str, language: str, quantity: float) -> None:
    items = extract_items(text, language)
    assert len(items) == 1 and items[0].quantity == quantity and items[0].unit == "packet", items


@pytest.mark.parametrize("text", ["limca diyan 12 bottlan aayiyan", "ਕੋਕ ਦੀਆਂ 12 ਬੋਤਲਾਂ ਆ ਗਈਆਂ"])
def test_punjabi_goods_arrived_add_stock(text: str) -> None:
    result = parse(text, role="owner")
    assert result.intent == Intent.ADJUST_STOCK and result.slots == {"stock_delta": 12}, result


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("1 kilo kanda ani 12 andi", ["kanda", "andi"]),
        ("3 ladi pav ani 1 butter", ["ladi pav", "butter"]),
        ("ek laadi pav", ["laadi pav"]),
    ],
)
def test_marathi_eggs_and_ladi_pav(text: str, names: list[str]) -> None:
    result = parse(text)
    assert [item.text for item in result.items] == names, result


@pytest.mark.parametrize(
    ("text", "language", "count"),
    [
        ("लाइज़ोल ५०० ml वाले २", "hi", 2.0),
        ("ਡੇਟੋਲ 1 ਲੀਟਰ ਵਾਲੀ 2", "pa", 2.0),
        ("લાઇઝોલ 500 ml વાળી 4", "gu", 4.0),
    ],
)
def test_count_after_the_pack_size_and_which_one(text: str, language: str, count: float) -> None:
    items = extract_items(text, language)
    assert len(items) == 1 and items[0].quantity == count and items[0].pack_size is not None, items


@pytest.mark.parametrize("text", ["no, not this one", "nope, not that one", "no bhaiya, not this one"])
def test_not_this_one_denies(shop, text: str) -> None:  # type: ignore[no-untyped-def]
    result = parse(text, catalog=shop)
    assert result.intent == Intent.DENY and not result.items, result


@pytest.mark.parametrize(
    ("text", "role", "intent"),
    [
        ("చెకౌట్ చేయండి", "customer", Intent.CHECKOUT),
        ("ଚେକଆଉଟ କରିଦିଅ", "customer", Intent.CHECKOUT),
        ("ಚೆಕೌಟ್ ಮಾಡಿ", "customer", Intent.CHECKOUT),
        ("ತಮಿಳಲ್ಲಿ ಮಾತಾಡಿ", "customer", Intent.CHANGE_LANGUAGE),
        ("ଆଗଥର ପରି ପଠାଇ ଦିଅ", "customer", Intent.REORDER),
    ],
)
def test_native_script_command_words(text: str, role: str, intent: Intent) -> None:
    assert parse(text, role=role).intent == intent  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "status"),
    [("A4411 gochano hocche", "processing"), ("A4413 pochavla", "delivered"), ("A4414 पोचवले", "delivered")],
)
def test_order_status_words(text: str, status: str) -> None:
    result = parse(text, role="owner")
    assert result.intent == Intent.ADVANCE_ORDER and result.slots.get("status") == status, result


@pytest.mark.parametrize("text", ["୩ଟା ସାବୁନ ନଷ୍ଟ ହୋଇଗଲା", "5 ta dhup kathi nashta hela"])
def test_odia_spoiled_takes_stock_out(text: str) -> None:
    result = parse(text, role="owner")
    assert result.intent == Intent.ADJUST_STOCK and int(result.slots["stock_delta"]) < 0, result


@pytest.mark.parametrize("text", ["તુવેર દાળ ૨ કિલો ને એક ટાટા મીઠું", "૧ લીટર દૂધ ને બે પેકેટ મેગી"])
def test_gujarati_ne_joins_two_items(text: str) -> None:
    items = extract_items(text, "gu")
    assert len(items) == 2 and all(item.quantity is not None for item in items), items


@pytest.mark.parametrize("text", ["4 bisleri bottles cracked, take 4 off the stock", "take 3 off stock for good day, rats chewed them"])
def test_take_n_off_the_stock(text: str) -> None:
    result = parse(text, role="owner")
    assert result.intent == Intent.ADJUST_STOCK and int(result.slots["stock_delta"]) < 0, result
    assert len(result.items) == 1 and "take" not in result.items[0].text, result


@pytest.mark.parametrize(
    ("text", "product"),
    [
        ("৫০০ গ্রাম কাবলি ছোলা দিন", "KABULI"),
        ("1 kilo kabli chana", "KABULI"),
        ("કાબલી ચણા 1 કિલો", "KABULI"),
        ("అర కిలో వేరుశనగపప్పు", "PEANUT"),
        ("अर्धा किलो शेंगदाणा", "PEANUT"),
    ],
)
def test_spelling_variants_of_pulses_and_nuts(shop, text: str, product: str) -> None:  # type: ignore[no-untyped-def]
    result = parse(text, catalog=shop)
    assert result.items and result.items[0].candidates[0].product_id == product, result


@pytest.mark.parametrize(
    ("text", "name", "grams"),
    [
        ("3 amul butter, the 100 gram ones", "amul butter", 100.0),
        ("two lays and 1 kurkure, the 90 gram kind", "kurkure", 90.0),
    ],
)
def test_a_size_alone_after_an_item_is_its_pack(text: str, name: str, grams: float) -> None:
    items = extract_items(text, "en")
    assert items[-1].text == name and items[-1].pack_size is not None and items[-1].pack_size.value == grams, items


@pytest.mark.parametrize("text", ["beta 2 parle g bhej do", "beti, 1 kilo cheeni"])
def test_beta_beti_address_the_shopkeeper(text: str) -> None:
    assert [item.text for item in extract_items(text, "hi")] in (["parle g"], ["cheeni"])


@pytest.mark.parametrize(
    "text",
    ["ਨਵਾਂ ਸਾਮਾਨ: ਡੇਟੋਲ ਸਾਬਣ 75 ਗ੍ਰਾਮ, ਰੇਟ 40", "nava maal: lizol 500 ml, rate 99", "navan saman - pears soap 125 g, rate 60"],
)
def test_new_goods_with_a_rate_add_a_product(text: str) -> None:
    result = parse(text, role="owner")
    assert result.intent == Intent.ADD_PRODUCT and result.slots.get("price_paise"), result
