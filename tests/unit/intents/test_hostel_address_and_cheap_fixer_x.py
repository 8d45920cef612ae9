"""Families from fixer X, students and bachelors: an address with no label for a room, hostel,
PG, chawl or mess ("room 9, ganga girls hostel, kota"); asking for the cheap one ("sabse sasta
sabun kaun sa hai?" browses soap, "whichever is cheap" beside an order is no item); "do you keep
candles?" browses; the hostel the goods are taken to is no item."""

from __future__ import annotations

import pytest

from intents.parse import parse
from intents.types import Intent
from tests.unit.intents.eval_shop import build_eval_shop, parsed_order

SHOP = build_eval_shop()


@pytest.mark.parametrize(
    "text",
    [
        "room 9, ganga girls hostel, kota",
        "Room no 21, Sunrise PG, Koramangala",
        "kamra 6, shiv shakti hostel, munirka",
        "कमरा 18, मीरा हॉस्टल, कोटा",
        "kholi 4, ganesh chawl, dadar",
        "खोली नं ३, लक्ष्मी चाळ, परळ",
        "রুম ৫, নিউ স্টার মেস, শিয়ালদহ",
        "ரூம் 14, சக்தி மேன்ஷன், திருவல்லிக்கேணி",
        "రూమ్ 33, విజయ హాస్టల్, అమీర్‌పేట్",
        "ರೂಮ್ 8, ಶ್ರೀ ಗಣೇಶ ಪಿಜಿ, ಮಾರತಹಳ್ಳಿ",
        "റൂം 3, മരിയ ലേഡീസ് ഹോസ്റ്റൽ, എറണാകുളം",
        "રૂમ 11, શ્રીજી હોસ્ટેલ, વલ્લભ વિદ્યાનગર",
        "ਰੂਮ 2, ਗੁਰੂ ਨਾਨਕ ਹੋਸਟਲ, ਪਟਿਆਲਾ",
        "ରୁମ 10, ମା ତାରିଣୀ ହଷ୍ଟେଲ, ଭୁବନେଶ୍ୱର",
    ],
)
def test_a_room_in_a_hostel_or_chawl_is_an_address(text: str) -> None:
    result = parse(text, catalog=SHOP)
    assert result.intent == Intent.GIVE_ADDRESS, result
    assert result.slots["address"] == text


def test_a_pg_with_a_pincode_is_an_address_not_a_shop_search() -> None:
    result = parse("C-12, Green Leaf PG, Satellite, 380015", catalog=SHOP)
    assert result.intent == Intent.GIVE_ADDRESS, result
    assert result.slots["pincode"] == "380015"


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("3 room freshener bhej do", 1),
        ("2 maggi aur 1 bourbon, hostel le jana hai", 2),
        ("2 santoor soap, magalige hostel ge", 1),
    ],
)
def test_a_room_or_hostel_beside_counted_goods_is_an_order(text: str, count: int) -> None:
    # a guard: these were orders before "room" and "hostel" became address words
    parsed_order(SHOP, text, count)


@pytest.mark.parametrize(
    ("text", "query"),
    [
        ("cheapest shampoo which one do you have?", "shampoo"),
        ("sabse sasta sabun kaun sa hai?", "sabun"),
        ("सबसे सस्ता साबुन कौन सा है?", "साबुन"),
        ("स्वस्त साबण कोणतं आहे?", "साबण"),
        ("shosta biscuit ki ache?", "biscuit"),
        ("சீப்பா ஏதாவது பிஸ்கட் இருக்கா?", "பிஸ்கட்"),
        ("chavaka sabbu edi undi?", "sabbu"),
        ("ಅಗ್ಗದ ಸೋಪು ಯಾವುದು ಇದೆ?", "ಸೋಪು"),
        ("വില കുറഞ്ഞ ബിസ്ക്കറ്റ് ഏതാ ഉള്ളത്?", "ബിസ്ക്കറ്റ്"),
        ("sastu tel kayu che?", "tel"),
        ("ਸਸਤਾ ਸਾਬਣ ਕਿਹੜਾ ਹੈ?", "ਸਾਬਣ"),
        ("ଶସ୍ତା ସାବୁନ କେଉଁଟି ଅଛି?", "ସାବୁନ"),
    ],
)
def test_the_cheap_word_is_not_part_of_what_is_browsed(text: str, query: str) -> None:
    result = parse(text, catalog=SHOP)
    assert result.intent == Intent.BROWSE, result
    assert result.slots["query"] == query


@pytest.mark.parametrize(
    "text",
    [
        "1 kg surf excel, chavaka ga unnadi adhe, inka 2 rin bars",
    ],
)
def test_whichever_is_cheap_beside_an_order_is_no_item(text: str) -> None:
    parsed_order(SHOP, text, 2)


@pytest.mark.parametrize(
    ("text", "query"),
    [
        ("apana mane mosquito coil rakhanti ki?", "mosquito coil"),
        ("anna, candle vachirukeengala?", "candle"),
        ("candle rakho cho?", "candle"),
        ("ਮੋਮਬੱਤੀ ਰੱਖਦੇ ਹੋ?", "ਮੋਮਬੱਤੀ"),
    ],
)
def test_do_you_keep_it_browses(text: str, query: str) -> None:
    result = parse(text, catalog=SHOP)
    assert result.intent == Intent.BROWSE, result
    assert result.slots["query"] == query
