"""Owner families (fixer F): a product added with its selling price in a clause of its own; a
price said as "make it N" after a pack size; "more" said with a stock arrival is no part of the
product's name; "stop X" stops selling X; a brand whose name begins with a close word (Closeup)
is the product, not the shop closing."""

from __future__ import annotations

from functools import cache

import pytest

from intents.catalog_index import CatalogIndex
from intents.parse import parse
from intents.types import CatalogEntry, Intent


@cache
def _shop() -> CatalogIndex:
    return CatalogIndex.build([
        CatalogEntry(product_id="OATS", name="Quaker Oats", brand="Quaker", price_paise=19900, size_value=1, size_unit="kg", aliases=("oats",)),
        CatalogEntry(product_id="OIL", name="Fortune Sunflower Oil", brand="Fortune", price_paise=18500, size_value=1, size_unit="l", aliases=("sunflower oil",)),
        CatalogEntry(product_id="MAGGI", name="Maggi 2-Minute Masala Noodles", brand="Maggi", price_paise=1400, aliases=("maggi",)),
        CatalogEntry(product_id="CLOSEUP", name="Closeup Red Hot Gel Toothpaste", brand="Closeup", price_paise=10500, aliases=("toothpaste",)),
    ])


# --- 1. A product added at its price, the price in a clause of its own


@pytest.mark.parametrize(("text", "paise"), [
    ("add Lux soap to my shop, selling at 35", 3500),
    ("add dettol soap 75g, selling price 40", 4000),
    ("add Lux soap at 35", 3500),
    ("lux sabun jodo, 35 ka", 3500),
    ("lux sabun add karo, bhav 35", 3500),
    ("लक्स साबुन जोड़ो, दाम 35", 3500),
    ("লাক্স সাবান যোগ করো, দাম ৩৫", 3500),
    ("lux soap add pannu, 35 ku", 3500),
    ("லக்ஸ் சோப் சேர், விலை 35", 3500),
    ("lux soap 35 ki add cheyyi", 3500),
    ("లక్స్ సబ్బు జోడించు, ధర 35", 3500),
    ("lux soap add maadi, 35 ge", 3500),
    ("ಲಕ್ಸ್ ಸೋಪ್ ಸೇರಿಸಿ, ಬೆಲೆ 35", 3500),
    ("ലക്സ് സോപ്പ് ചേർക്കൂ, വില 35", 3500),
    ("lux sabun joda, 35 la", 3500),
    ("लक्स साबण जोडा, किंमत 35", 3500),
    ("lux sabu umero, bhav 35", 3500),
    ("લક્સ સાબુ ઉમેરો, ભાવ 35", 3500),
    ("ਲਕਸ ਸਾਬਣ ਜੋੜੋ, ਰੇਟ 35", 3500),
    ("ଲକ୍ସ ସାବୁନ ଯୋଡ଼, ଦାମ 35", 3500),
])
def test_a_product_added_with_its_price(text: str, paise: int) -> None:
    result = parse(text, role="owner")
    assert (result.intent, result.slots.get("price_paise")) == (Intent.ADD_PRODUCT, paise)
    assert len(result.items) == 1 and result.items[0].quantity is None


def test_the_pack_size_of_an_added_product_is_no_count() -> None:
    result = parse("Bru coffee 50g add kara, 140 la", role="owner")
    assert (result.intent, result.slots.get("price_paise")) == (Intent.ADD_PRODUCT, 14000)
    pack = result.items[0].pack_size
    assert pack is not None and (pack.value, pack.unit) == (50, "g")


def test_a_barcode_added_with_its_price() -> None:
    result = parse("barcode 8901207032179 wala product add karo, rate 55", role="owner")
    assert result.intent == Intent.ADD_PRODUCT
    assert result.slots == {"barcode": "8901207032179", "price_paise": 5500}


@pytest.mark.parametrize(("text", "intent", "slots"), [
    ("maggi 20 add karo", Intent.ADJUST_STOCK, {"stock_delta": 20}),  # twenty arrived
    ("10 maggi aaye, add karo", Intent.ADJUST_STOCK, {"stock_delta": 10}),
    ("maggi naya rate 14", Intent.SET_PRICE, {"price_paise": 1400}),  # a new price, not a new product
    ("মাগির নতুন দাম ১৫", Intent.SET_PRICE, {"price_paise": 1500}),
    ("add 8901058000290", Intent.ADD_PRODUCT, {"barcode": "8901058000290"}),
])
def test_no_price_is_read_into_other_add_messages(text: str, intent: Intent, slots: dict[str, int]) -> None:
    result = parse(text, role="owner")
    assert (result.intent, result.slots) == (intent, slots)


# --- 2. "make it N" after a pack size


@pytest.mark.parametrize("text", [
    "quaker oats 1 kilo 210 aakku",
    "ക്വേക്കർ ഓട്സ് 1 കിലോ 210 ആക്കൂ",
    "quaker oats 1kg 210 kar do",
    "quaker oats 1 kg make it 210",
    "quaker oats 1 kg 210 pannunga",
    "quaker oats 1 kg 210 maadi",
    "quaker oats 1 kg 210 koro",
    "quaker oats 1 kg 210 kar deyo",
])
def test_make_it_n_after_a_pack_size_near_the_catalog_price_is_the_price(text: str) -> None:
    result = parse(text, role="owner", catalog=_shop())
    assert (result.intent, result.slots) == (Intent.SET_PRICE, {"price_paise": 21000})
    assert result.items[0].candidates[0].product_id == "OATS"


@pytest.mark.parametrize(("text", "slots"), [
    ("quaker oats 1 kilo 20 aakku", {"stock": 20}),  # far from ₹199: a count
    ("quaker oats 1 kilo 200 packet", {"stock": 200}),  # a unit of count, no make-it word
    ("quaker oats 1 kg ka stock 210 kar do", {"stock": 210}),  # the stock word says so
])
def test_make_it_n_stays_a_count_otherwise(text: str, slots: dict[str, int]) -> None:
    result = parse(text, role="owner", catalog=_shop())
    assert (result.intent, result.slots) == (Intent.SET_STOCK, slots)


# --- 3. "more" with a stock arrival


@pytest.mark.parametrize(("text", "name"), [
    ("24 maggi hor aa gaiyan", "maggi"),
    ("ਮੈਗੀ 20 ਹੋਰ ਆ ਗਈਆਂ", "ਮੈਗੀ"),
    ("maggi inko 25 vachindi", "maggi"),
    ("మ్యాగీ ఇంకో 25 వచ్చాయి", "మ్యాగీ"),
    ("maggi 12 koodi vannu", "maggi"),
    ("മാഗി 12 എണ്ണം കൂടി വന്നു", "മാഗി"),
    ("மேகி இன்னும் 10 வந்துச்சு", "மேகி"),
    ("ಮ್ಯಾಗಿ ಇನ್ನೂ 10 ಬಂತು", "ಮ್ಯಾಗಿ"),
    ("ম্যাগি আরও ১০টা এসেছে", "ম্যাগি"),
    ("मॅगी आणखी 10 आले", "मॅगी"),
    ("મેગી વધુ 10 આવ્યા", "મેગી"),
    ("ମାଗି ଅଧିକ 10 ଆସିଲା", "ମାଗି"),
    ("maggi aur bhi 10 aaye", "maggi"),
])
def test_more_that_arrived_adds_and_leaves_the_name(text: str, name: str) -> None:
    result = parse(text, role="owner")
    assert result.intent == Intent.ADJUST_STOCK and (result.slots.get("stock_delta") or 0) > 0
    assert [item.text for item in result.items] == [name]


# --- 4. "stop X"


@pytest.mark.parametrize(("text", "name"), [
    ("Eggoz brown eggs stop maadi", "eggoz brown eggs"),
    ("maggi stop karo", "maggi"),
    ("stop selling maggi", "maggi"),
    ("मॅगी स्टॉप करा", "मॅगी"),
    ("মাগি স্টপ করো", "মাগি"),
    ("மேகி ஸ்டாப் பண்ணு", "மேகி"),
    ("మ్యాగీ స్టాప్ చేయి", "మ్యాగీ"),
    ("ಮ್ಯಾಗಿ ಸ್ಟಾಪ್ ಮಾಡಿ", "ಮ್ಯಾಗಿ"),
    ("മാഗി സ്റ്റോപ്പ് ചെയ്യൂ", "മാഗി"),
    ("મેગી સ્ટોપ કરો", "મેગી"),
    ("ਮੈਗੀ ਸਟਾਪ ਕਰੋ", "ਮੈਗੀ"),
    ("ମାଗି ସ୍ଟପ କର", "ମାଗି"),
])
def test_stop_x_stops_selling_it(text: str, name: str) -> None:
    result = parse(text, role="owner")
    assert result.intent == Intent.DEACTIVATE_PRODUCT
    assert [item.text for item in result.items] == [name]


# --- 5. A brand that begins with a close word


@pytest.mark.parametrize(("text", "stock"), [
    ("ক্লোজআপ স্টক ১৫", 15),
    ("ਕਲੋਜ਼ਅੱਪ ਸਟਾਕ 25", 25),
    ("क्लोजअप स्टॉक 10", 10),
    ("ક્લોઝઅપ સ્ટોક 8", 8),
    ("କ୍ଲୋଜଅପ ଷ୍ଟକ 9", 9),
    ("క్లోజప్ స్టాక్ 7", 7),
    ("ಕ್ಲೋಸಪ್ ಸ್ಟಾಕ್ 6", 6),
    ("க்ளோசப் ஸ்டாக் 5", 5),
    ("ക്ലോസപ്പ് സ്റ്റോക്ക് 4", 4),
    ("close up 20", 20),
    ("closeup stock 12", 12),
])
def test_closeup_is_the_toothpaste_not_the_shop_closing(text: str, stock: int) -> None:
    result = parse(text, role="owner", catalog=_shop())
    assert (result.intent, result.slots) == (Intent.SET_STOCK, {"stock": stock})
    assert result.items[0].candidates[0].product_id == "CLOSEUP"


@pytest.mark.parametrize("text", [
    "dukaan band",
    "shop closed today",
    "আজ দোকান বন্ধ",
    "ਅੱਜ ਦੁਕਾਨ ਬੰਦ",
    "dukaan 2 baje band",
    "kal band rahega",
    "ক্লোজ",
    "ਕਲੋਜ਼",
])
def test_the_shop_still_closes(text: str) -> None:
    assert parse(text, role="owner").intent == Intent.CLOSE_SHOP


@pytest.mark.parametrize(("text", "query"), [
    ("add Eveready AA battery to my shop, selling at 40", "eveready aa battery"),
    ("mere shop me parle g add karo, rate 10", "parle g"),
    ("add new item to the store: parle g, 10 rs", "parle g"),
    ("কোকা কোলা দোকানে যোগ করো, দাম ৪০", "কোকা কোলা"),
])
def test_the_shop_a_product_goes_into_is_no_part_of_its_name(text: str, query: str) -> None:
    result = parse(text, role="owner")
    assert result.intent == Intent.ADD_PRODUCT and result.slots.get("query") == query


@pytest.mark.parametrize(("text", "delta"), [
    ("nirma inko 25", 25),
    ("maggi 10 hor", 10),
    ("maggi 10 aro", 10),
    ("মাগি আরও ১০টা", 10),
    ("maggi 10 koodi", 10),
    ("मॅगी आणखी 10", 10),
])
def test_a_count_said_with_more_is_an_addition(text: str, delta: int) -> None:
    result = parse(text, role="owner")
    assert (result.intent, result.slots) == (Intent.ADJUST_STOCK, {"stock_delta": delta})


@pytest.mark.parametrize(("text", "stock"), [
    ("maggi innum 5 irukku", 5),  # still 5 there
    ("maggi inka 5 unnayi", 5),
    ("maggi ajun 5 ahet", 5),
])
def test_a_count_said_with_still_sets_the_stock(text: str, stock: int) -> None:
    result = parse(text, role="owner")
    assert (result.intent, result.slots) == (Intent.SET_STOCK, {"stock": stock})
    assert [item.text for item in result.items] == ["maggi"]


def test_a_name_of_two_words_runs_over_no_comma() -> None:
    # "band gobhi" is cabbage, but "band, gobhi" is the shop closing and the gobhi a remark
    assert parse("aaj dukaan band, gobhi nahi aayi", role="owner").intent == Intent.CLOSE_SHOP
    result = parse("band gobhi 20", role="owner")
    assert (result.intent, result.slots) == (Intent.SET_STOCK, {"stock": 20})
