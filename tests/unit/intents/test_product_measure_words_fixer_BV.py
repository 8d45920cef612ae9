"""Fixer BV: product words and measure words the matcher or the item splitter did not know, in
all eleven languages, native script and romanised.

* Measure words: "bhar" after a measure ("paav bhar"), a paper packet ("pudiya", "ପୁଡ଼ିଆ") is one
  packet, a bunch / hand of bananas ("seeppu", "padala", "gela") is no product word.
* List words: Kannada "haagu" joins two items; an English "and" written in an Indic script
  inside a brand ("ഹൈഡ് ആൻഡ് സീക്ക്") keeps the brand whole; a dash closes the goods before a
  remark ("bournvita okati - babu tiffin ki"); "one <goods>" after a "for" word is an item.
* Product words: Marie said "maari", Odia arua (raw) rice, Gujarati bathing soap.
* The cheapest: a bare amount after a "whichever X is cheapest" clause is X's amount.
"""

from __future__ import annotations

import pytest

from intents.parse import parse
from intents.types import Intent
from tests.unit.intents.eval_shop import build_eval_shop, parsed_order

SHOP = build_eval_shop()

JEERA, HING, BANANA, MARIE, SUGAR, KETCHUP, BOURNVITA = (
    "ST-0177",
    "ST-0182",
    "ST-0116",
    "ST-0191",
    "ST-0136",
    "ST-0170",
    "ST-0203",
)
HIDE_AND_SEEK, LIFEBUOY, NIRMA, LOOSE_ATTA = "ST-0194", "ST-0214", "ST-0240", "ST-0008"
RAW_RICE = {"ST-0027", "ST-0028", "ST-0029"}
MARIES = {MARIE, "QC-blinkit-18368", "QC-instamart-OVGDUAIX92", "QC-blinkit-502"}
SOAPS = {LIFEBUOY, "ST-0213", "ST-0219", "ST-0263"}
BANANAS = {BANANA}


def _top(item: object) -> str:
    return item.candidates[0].product_id  # type: ignore[attr-defined]


# --- "-ful" after a measure: the quarter kilo stays, "bhar" is no product word -------------------
@pytest.mark.parametrize(
    ("text", "quantity", "unit"),
    [
        ("पाव भर जीरा भेज देना", 0.25, "kg"),
        ("paav bhar jeera", 0.25, "kg"),
        ("आधा किलो भर जीरा", 0.5, "kg"),
        ("पाव भर जिरे द्या", 0.25, "kg"),
        ("1 kilo bhar cheeni", 1, "kg"),
        ("100 gram bhar jeera", 100, "g"),
    ],
)
def test_bhar_after_a_measure_is_no_product_word(text: str, quantity: float, unit: str) -> None:
    (item,) = parsed_order(SHOP, text, 1).items
    grams = {"kg": 1000.0, "g": 1.0}
    assert item.quantity is not None and item.unit in grams, item
    assert item.quantity * grams[item.unit] == quantity * grams[unit], item
    assert "भर" not in item.text and "bhar" not in item.text, item
    name = item.candidates[0].name.lower()
    assert "jeera" in name or "sugar" in name, item


# --- a small paper packet -------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("दो पुड़िया हींग", 2),
        ("ek pudiya hing dena", 1),
        ("3 pudiya hing", 3),
        ("ଗୋଟେ ପୁଡ଼ିଆ ହିଙ୍ଗୁ", 1),
        ("hing 2 pudia", 2),
        ("ek padiku hing", 1),
    ],
)
def test_a_paper_packet_is_one_packet(text: str, count: int) -> None:
    (item,) = parsed_order(SHOP, text, 1).items
    assert (item.quantity, item.unit) == (count, "packet"), item
    assert "hing" in item.candidates[0].name.lower(), item


# --- a bunch / hand of bananas ----------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "ரெண்டு சீப்பு வாழைப்பழம் வேணும்",
        "rendu seeppu vazhaipazham",
        "2 പടല പഴം",
        "ఒక గెల అరటి పండ్లు",
        "ondu chippu balehannu",
        "ek guchha kela",
    ],
)
def test_a_bunch_of_bananas_is_bananas(text: str) -> None:
    (item,) = parsed_order(SHOP, text, 1).items
    assert _top(item) in BANANAS, item


# --- Kannada "haagu" joins two items --------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "second"),
    [
        ("2 kg atta haagu 1 kg sakkare", SUGAR),
        ("ಅರ್ಧ ಕೆಜಿ ಜೀರಿಗೆ ಹಾಗೂ 1 ಕೆಜಿ ಸಕ್ಕರೆ", SUGAR),
        ("1 packet maggi haagu 1 kissan ketchup", KETCHUP),
        ("ondu bournvita hagu 2 kg sakkare", SUGAR),
        ("jeera 100 g haagu sakkare 2 kg", SUGAR),
        ("1 marie biscuit haagu 1 kissan ketchup", KETCHUP),
    ],
)
def test_haagu_joins_two_items(text: str, second: str) -> None:
    items = parsed_order(SHOP, text, 2).items
    assert _top(items[1]) == second, items
    assert all("haagu" not in item.text and "hagu" not in item.text for item in items), items


# --- an English "and" inside a brand, in an Indic script -------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "ഹൈഡ് ആൻഡ് സീക്ക് 3 പാക്കറ്റ്",
        "2 ഹൈഡ് ആൻഡ് സീക്ക്",
        "ഹൈഡ് ആൻഡ് സീക്ക് ഒരു പാക്കറ്റ് വേണം",
        "ഹൈഡ് ആൻഡ് സീക്ക് 2 packet",
        "hide and seek 4 packet",
        "हाइड एंड सीक 2 पैकेट",
    ],
)
def test_an_and_inside_a_brand_keeps_it_whole(text: str) -> None:
    (item,) = parsed_order(SHOP, text, 1).items
    assert (
        "hide & seek" in item.candidates[0].name.lower()
        or "hide and seek" in item.candidates[0].name.lower()
    ), item
    assert len(item.text.split()) >= 2, item


@pytest.mark.parametrize(
    "text",
    ["പാൽ ആൻഡ് പഞ്ചസാര", "1 ലക്സ് ആൻഡ് 1 ലൈഫ്ബോയ്", "ലൈസോൾ ആൻഡ് ഹാർപിക്"],
)
def test_an_and_between_two_products_still_splits(text: str) -> None:
    parsed_order(SHOP, text, 2)


# --- goods before a remark ---------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "count", "last"),
    [
        ("oka dabur honey, bournvita okati - papa school ki", 2, BOURNVITA),
        ("2 maggi, kissan ketchup okati - tammudu tiffin ki", 2, KETCHUP),
        ("saayangalam snacks ku oru kissan ketchup, 2 maggi", 2, None),
        ("tiffin ku oru bournvita, oru dozen vaazhaipazham", 2, BANANA),
        ("1 kg sakkare, oru kissan ketchup - paapa ku", 2, KETCHUP),
        ("oka kissan ketchup - school tiffin kosam", 1, KETCHUP),
    ],
)
def test_goods_before_a_remark_stay(text: str, count: int, last: str | None) -> None:
    items = parsed_order(SHOP, text, count).items
    if last is not None:
        assert _top(items[-1]) == last, items
    assert any(_top(item) in {KETCHUP, BOURNVITA} for item in items), items


# --- product words ---------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("2 ପ୍ୟାକେଟ ମାରି", MARIES),
        ("ଗୋଟେ ମାରି ବିସ୍କୁଟ ଦିଅ", MARIES),
        ("rendu maari biscuit", MARIES),
        ("మారీ బిస్కెట్ 2 ప్యాకెట్లు", MARIES),
        ("arua chaul 2 kilo", RAW_RICE),
        ("arua chaula 5 kilo", RAW_RICE),
        ("আতপ চাল ২ কেজি", RAW_RICE),
        ("nahvano sabu 3 aapo", SOAPS),
        ("નહાવાનો સાબુ 2", SOAPS),
        ("नहाने का साबुन 2", SOAPS),
    ],
)
def test_product_words(text: str, wanted: set[str]) -> None:
    (item,) = parsed_order(SHOP, text, 1).items
    assert _top(item) in wanted, item


# --- the cheapest, with the amount in a clause of its own ------------------------------------------------
@pytest.mark.parametrize(
    ("text", "quantity", "unit", "product"),
    [
        ("whichever atta is cheapest, 10 kg", 10, "kg", LOOSE_ATTA),
        ("whichever washing powder is the cheapest, 2 kg", 2, "kg", NIRMA),
        ("jo sabse sasta ho wo atta, 5 kilo", 5, "kg", LOOSE_ATTA),
        ("sauthi sasto sabu, 4", 4, None, LIFEBUOY),
        ("sabh ton sasta sabun, 3", 3, None, LIFEBUOY),
        ("सर्वात स्वस्त आटा, ५ किलो", 5, "kg", LOOSE_ATTA),
    ],
)
def test_an_amount_after_a_cheapest_clause_is_its_amount(
    text: str, quantity: float, unit: str | None, product: str
) -> None:
    (item,) = parsed_order(SHOP, text, 1).items
    assert (item.quantity, item.unit) == (quantity, unit), item
    assert item.cheapest, item
    assert _top(item) == product, item


def test_gujarati_bathing_soap_is_read_as_gujarati() -> None:
    result = parse("sasto vado nahvano sabu 3", catalog=SHOP)
    assert result.language == "gu", result
    assert result.intent == Intent.ADD_ITEMS and _top(result.items[0]) == LIFEBUOY, result


# --- must not change ------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("washing powder, 1 kg", 1),  # no cheap word: the bare amount is not carried over
        ("paav 4", 1),  # bread rolls
        ("2 kg atta aur 1 kg cheeni", 2),
        ("1 kissan ketchup bachon ke liye", 1),
        ("head and shoulders shampoo 1", 1),
    ],
)
def test_nearby_messages_keep_their_parse(text: str, count: int) -> None:
    result = parsed_order(SHOP, text, count)
    if text.startswith("washing"):
        assert result.items[0].quantity is None, result


# --- six of each language ---------------------------------------------------------------------------------
RICE, ATTA_ROW, SOAP_ROWS, HINGS = RAW_RICE, {LOOSE_ATTA}, SOAPS, {HING}
SUGARS = {SUGAR, "ST-0137"}
BY_LANGUAGE = [
    # (language, text, items, the last item's products, its quantity, its unit)
    ("en", "whichever atta is cheapest, 10 kg", 1, ATTA_ROW, 10, "kg"),
    ("en", "hide and seek 4 packet", 1, {HIDE_AND_SEEK}, 4, "packet"),
    ("en", "rendu maari biscuit", 1, MARIES, 2, None),
    ("en", "ek kilo bhar chini", 1, SUGARS, 1, "kg"),
    ("en", "2 maggi, kissan ketchup okati - tammudu tiffin ki", 2, {KETCHUP}, 1, None),
    ("en", "cheapa irukra atta, 5 kilo", 1, ATTA_ROW, 5, "kg"),
    ("hi", "ek pudiya hing aur 2 kg cheeni", 2, SUGARS, 2, "kg"),
    ("hi", "दो गुच्छा केला", 1, BANANAS, 2, None),
    ("hi", "मैरी बिस्कुट 2 पैकेट", 1, MARIES, 2, "packet"),
    ("hi", "सबसे कम दाम वाला आटा, 10 किलो", 1, ATTA_ROW, 10, "kg"),
    ("hi", "अरवा चावल 5 किलो", 1, RICE, 5, "kg"),
    ("hi", "नहाने का साबुन 3", 1, SOAP_ROWS, 3, None),
    ("bn", "এক পুরিয়া হিং", 1, HINGS, 1, "packet"),
    ("bn", "এক কাঁদি কলা", 1, BANANAS, 1, None),
    ("bn", "আতপ চাল ২ কেজি", 1, RICE, 2, "kg"),
    ("bn", "মেরী বিস্কুট ২ প্যাকেট", 1, MARIES, 2, "packet"),
    ("bn", "সবচেয়ে সস্তা আটা, ৫ কেজি", 1, ATTA_ROW, 5, "kg"),
    ("bn", "1 kg chini ebong 2 ta maggi", 2, {"ST-0157"}, 2, None),
    ("ta", "ஒரு சீப்பு வாழைப்பழம் குடுங்க", 1, BANANAS, 1, None),
    ("ta", "பச்சரிசி 5 கிலோ", 1, RICE, 5, "kg"),
    ("ta", "மாரி பிஸ்கட் 2 பாக்கெட்", 1, MARIES, 2, "packet"),
    ("ta", "ரெண்டு seeppu vazhaipazham", 1, BANANAS, 2, None),
    ("ta", "saayangalam snacks ku oru kissan ketchup, 2 maggi", 2, {"ST-0157"}, 2, None),
    ("ta", "tiffin ku oru bournvita, oru dozen vaazhaipazham", 2, BANANAS, 1, "dozen"),
    ("te", "ఒక గెల అరటి పండ్లు", 1, BANANAS, 1, None),
    ("te", "మారీ బిస్కెట్ 2 ప్యాకెట్లు", 1, MARIES, 2, "packet"),
    ("te", "ఒక బోర్న్‌విటా - పాప కోసం", 1, {BOURNVITA}, 1, None),
    ("te", "oka kissan ketchup - papa tiffin ki", 1, {KETCHUP}, 1, None),
    ("te", "oka dabur honey, bournvita okati - papa school ki", 2, {BOURNVITA}, 1, None),
    ("te", "chavakaina atta, 5 kilo", 1, ATTA_ROW, 5, "kg"),
    ("mr", "पाव भर जिरे द्या", 1, {JEERA}, 250, "g"),
    ("mr", "सगळ्यात स्वस्त आटा, ५ किलो", 1, ATTA_ROW, 5, "kg"),
    ("mr", "मारी बिस्किट 2 पुडे", 1, MARIES, 2, "packet"),
    ("mr", "1 kilo sakhar ani 2 maggi", 2, {"ST-0157"}, 2, None),
    ("mr", "saglyat swasta sabun, 2", 1, {LIFEBUOY}, 2, None),
    ("mr", "एक पुडिया हिंग", 1, HINGS, 1, "packet"),
    ("gu", "એક પડીકું હિંગ", 1, HINGS, 1, "packet"),
    ("gu", "નહાવાનો સાબુ 2", 1, SOAP_ROWS, 2, None),
    ("gu", "sauthi sasto atta, 5 kilo", 1, ATTA_ROW, 5, "kg"),
    ("gu", "એક લૂમ કેળા", 1, BANANAS, 1, None),
    ("gu", "મેરી બિસ્કિટ 2 પેકેટ", 1, MARIES, 2, "packet"),
    ("gu", "nahvano sabu 3 aapo", 1, SOAP_ROWS, 3, None),
    ("kn", "ಒಂದು ಚಿಪ್ಪು ಬಾಳೆಹಣ್ಣು", 1, BANANAS, 1, None),
    ("kn", "2 kg atta haagu 1 kg sakkare", 2, SUGARS, 1, "kg"),
    ("kn", "ಅರ್ಧ ಕೆಜಿ ಜೀರಿಗೆ ಹಾಗೂ 1 ಕೆಜಿ ಸಕ್ಕರೆ", 2, SUGARS, 1, "kg"),
    ("kn", "ಮಾರಿ ಬಿಸ್ಕತ್ 2 ಪ್ಯಾಕೆಟ್", 1, MARIES, 2, "packet"),
    ("kn", "aggada atta, 5 kg", 1, ATTA_ROW, 5, "kg"),
    ("kn", "ondu chippu balehannu", 1, BANANAS, 1, None),
    ("ml", "ഹൈഡ് ആൻഡ് സീക്ക് 3 പാക്കറ്റ്", 1, {HIDE_AND_SEEK}, 3, "packet"),
    ("ml", "2 പടല പഴം", 1, BANANAS, 2, None),
    ("ml", "പച്ചരി 5 കിലോ", 1, RICE, 5, "kg"),
    ("ml", "മാരി ബിസ്കറ്റ് 2 പാക്കറ്റ്", 1, MARIES, 2, "packet"),
    ("ml", "vila kuranja atta, 5 kilo", 1, ATTA_ROW, 5, "kg"),
    ("ml", "ente tiffin nu oru kissan ketchup, 2 maggi", 2, {"ST-0157"}, 2, None),
    ("pa", "ਇੱਕ ਪੁੜੀ ਹਿੰਗ", 1, HINGS, 1, "packet"),
    ("pa", "ਦੋ ਗੁੱਛਾ ਕੇਲੇ", 1, BANANAS, 2, None),
    ("pa", "ਸਭ ਤੋਂ ਸਸਤਾ ਆਟਾ, 5 ਕਿੱਲੋ", 1, ATTA_ROW, 5, "kg"),
    ("pa", "sab ton sasta sabun, 3", 1, {LIFEBUOY}, 3, None),
    ("pa", "sabh ton sasta sabun, 2", 1, {LIFEBUOY}, 2, None),
    ("pa", "ਸਭ ਤੋਂ ਸਸਤੀ ਖੰਡ, 2 ਕਿੱਲੋ", 1, SUGARS, 2, "kg"),
    ("or", "ଗୋଟେ ପୁଡ଼ିଆ ହିଙ୍ଗୁ", 1, HINGS, 1, "packet"),
    ("or", "2 ପ୍ୟାକେଟ ମାରି", 1, MARIES, 2, "packet"),
    ("or", "arua chaul 2 kilo", 1, RICE, 2, "kg"),
    ("or", "ଗୋଟେ କାନ୍ଦି କଦଳୀ", 1, BANANAS, 1, None),
    ("or", "ସବୁଠୁ ଶସ୍ତା ଅଟା, 5 କିଲୋ", 1, ATTA_ROW, 5, "kg"),
    ("or", "arua chaula 5 kilo", 1, RICE, 5, "kg"),
]


@pytest.mark.parametrize(("language", "text", "count", "products", "quantity", "unit"), BY_LANGUAGE)
def test_six_of_each_language(
    language: str, text: str, count: int, products: set[str], quantity: float, unit: str | None
) -> None:
    item = parsed_order(SHOP, text, count).items[-1]
    assert _top(item) in products, (language, item)
    assert (item.quantity, item.unit) == (quantity, unit), (language, item)


def test_every_language_has_six() -> None:
    counts = {
        language: sum(1 for row in BY_LANGUAGE if row[0] == language)
        for language in ["en", "hi", "bn", "ta", "te", "mr", "gu", "kn", "ml", "pa", "or"]
    }
    assert min(counts.values()) >= 6, counts
