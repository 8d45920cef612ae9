"""Families from fixer Q, from voice-typed orders: a spoken list joined by "then" words
(அப்புறம், ಮತ್ತೆ, phir, ani mag, ane pachhi, tarpor, fer, tapare, "and then", "umm"); number
words said in two words and plural units ("forty five", "aidu kilolu"); an owner's per-kilo price
said in words ("kilo arubadhu ruba", "kilo na saath") and a price list under a heading word."""

from __future__ import annotations

import pytest

from intents.catalog_index import CatalogIndex
from intents.parse import parse
from intents.types import Intent

from .eval_shop import build_eval_shop


@pytest.fixture(scope="module")
def shop() -> CatalogIndex:
    return build_eval_shop()


# The "then" words of the tests below: none may stay in an item's product words.
THEN_WORDS = frozenset("அப்புறம் appram ಮತ್ತೆ matte ఇంకా inka తర్వాత tarvata pinnae फिर haan मग mag પછી pachhi তারপর"
                       " tarpor ਫੇਰ fer ତାପରେ tapare then umm".split())


def _order(shop: CatalogIndex, text: str) -> list[tuple[float | None, str | None, str | None]]:
    result = parse(text, catalog=shop)
    assert result.intent == Intent.ADD_ITEMS, result
    assert not any(set(item.text.split()) & THEN_WORDS for item in result.items), result
    return [(item.quantity, item.unit, item.candidates[0].product_id if item.candidates else None) for item in result.items]


SUGAR = ("ST-0136", "ST-0137")


# Two noodles "then" a kilo of sugar, in every language: the "then" word splits the list and is
# no part of either item, nor does it take the second item's amount.
@pytest.mark.parametrize("text", [
    "ரெண்டு மேகி அப்புறம் ஒரு கிலோ சர்க்கரை", "rendu maggi appram oru kilo sakkarai",
    "ಎರಡು ಮ್ಯಾಗಿ ಮತ್ತೆ ಒಂದು ಕೆಜಿ ಸಕ್ಕರೆ", "eradu maggi matte ondu kg sakkare",
    "రెండు మ్యాగీ ఇంకా తర్వాత ఒక కిలో చక్కెర", "rendu maggi inka tarvata oka kilo chakkera",
    "randu maggi pinnae oru kilo panjasara",
    "दो मैगी फिर एक किलो चीनी", "do maggi haan ek kilo cheeni",
    "दोन मॅगी आणि मग एक किलो साखर", "don maggi ani mag ek kilo sakhar",
    "બે મેગી અને પછી એક કિલો ખાંડ", "be maggi ane pachhi ek kilo khand",
    "দুটো ম্যাগি তারপর এক কেজি চিনি", "dui ta maggi tarpor ek kilo chini",
    "ਦੋ ਮੈਗੀ ਫੇਰ ਇੱਕ ਕਿਲੋ ਚੀਨੀ", "do maggi te fer ik kilo cheeni",
    "ଦୁଇଟା ମାଗି ତାପରେ ଏକ କିଲୋ ଚିନି", "dui ta maggi tapare gote kilo chini",
    "two maggi and then one kg sugar", "umm two maggi umm one kg sugar",
])
def test_then_word_splits_a_spoken_list(shop: CatalogIndex, text: str) -> None:
    first, second = _order(shop, text)
    assert first == (2.0, None, "ST-0157")
    assert second[:2] == (1.0, "kg") and second[2] in SUGAR


def test_then_word_does_not_steal_the_next_amount(shop: CatalogIndex) -> None:
    assert _order(shop, "சோனா மசூரி அரிசி ௧௦ கிலோ அப்புறம் ௩ தேங்காய்") == [(10.0, "kg", "ST-0027"), (3.0, None, "ST-0118")]


@pytest.mark.parametrize(("text", "again"), [
    ("ನಮಸ್ಕಾರ ಸರ್ ಎರಡು ಕೆಜಿ ಟೊಮೆಟೊ ಮತ್ತೆ ಅರ್ಧ ಕೆಜಿ ಬೀನ್ಸ್", "ಮತ್ತೆ ಅದೇ ಕಳಿಸಿ"),
    ("namaskara anna eradu kg tomato matte ardha kg beans", "matte kalsi"),
])
def test_kannada_matte_in_a_list_is_and_not_again(shop: CatalogIndex, text: str, again: str) -> None:
    assert _order(shop, text) == [(2.0, "kg", "ST-0108"), (0.5, "kg", "ST-0126")]
    assert parse(again).intent == Intent.REORDER  # alone it still asks for the last order again


@pytest.mark.parametrize("text", ["same as last month, 2 kg tata salt and 1 litre fortune oil",
                                  "same as last time 2 kg tata salt and 1 litre fortune oil"])
def test_same_as_last_time_with_the_list_written_out_orders(shop: CatalogIndex, text: str) -> None:
    assert parse("same as last month").intent == Intent.REORDER  # alone it asks for the last order again
    assert [item[:2] for item in _order(shop, text)] == [(2.0, "kg"), (1.0, "l")]


@pytest.mark.parametrize(("text", "amounts"), [
    ("rendu kilolu chakkera inka moodu litarlu palu", [(2.0, "kg"), (3.0, "l")]),
    ("vanda gramulu jeera", [(100.0, "g")]),
    ("forty five eggs", [(45.0, None)]),
    ("thirty two packets maggi", [(32.0, "packet")]),
])
def test_number_words_and_plural_units(text: str, amounts: list[tuple[float, str | None]]) -> None:
    result = parse(text)
    assert [(item.quantity, item.unit) for item in result.items] == amounts, result


@pytest.mark.parametrize("text", [
    "sorsher tel ek litre kal pathio", "ennai oru litre kal varanum",
])
def test_tomorrow_after_a_whole_amount_is_no_quarter(text: str) -> None:
    result = parse(text)
    assert [item.quantity for item in result.items] == [1.0], result


# An owner's price per kilo said in words: set_price, and "kilo" is the unit priced, not stock.
@pytest.mark.parametrize(("text", "paise"), [
    ("onion rate thirty five per kilo", 3500),
    ("thakkali kilo muppathu rubai", 3000), ("தக்காளி கிலோ நாற்பது ரூபாய்", 4000),
    ("tomato kilo nalabhai rupayalu", 4000), ("టమాటా కిలో నలభై రూపాయలు", 4000),
    ("tomato kg ge nalavattu rupayi", 4000), ("ಟೊಮೆಟೊ ಕೆಜಿಗೆ ನಲವತ್ತು ರೂಪಾಯಿ", 4000),
    ("vendakka kilo arupathu roopa", 6000), ("തക്കാളി കിലോ നാല്പത് രൂപ", 4000),
    ("pyaz ka bhav kilo chalis rupaye", 4000), ("टमाटर का भाव किलो चालीस रुपये", 4000),
    ("kanda kilo tees rupaye", 3000), ("टोमॅटो किलो चाळीस रुपये", 4000),
    ("bhinda no bhav kilo na chalis rupiya", 4000), ("ટામેટાં નો ભાવ કિલો ના ચાલીસ", 4000),
    ("tameta no bhav kilo na saath", 6000),
    ("peyaj er dam kilo proti chollish taka", 4000), ("টমেটোর দাম কেজি প্রতি চল্লিশ টাকা", 4000),
    ("gobhi da rate kilo chaali rupaye", 4000), ("ਟਮਾਟਰ ਦਾ ਰੇਟ ਕਿਲੋ ਚਾਲੀ ਰੁਪਏ", 4000),
    ("aloo kilo tirisi tanka", 3000), ("ଟମାଟୋ କିଲୋ ଚାଳିଶ ଟଙ୍କା", 4000),
])
def test_price_per_kilo_in_words_sets_the_price(text: str, paise: int) -> None:
    result = parse(text, role="owner")
    assert parse("tomato tees kilo aaya", role="owner").intent != Intent.SET_PRICE  # a count before its unit is stock
    assert result.intent == Intent.SET_PRICE, result
    assert result.slots.get("price_paise") == paise, result


@pytest.mark.parametrize("text", [
    "సంక్రాంతి రేట్: ఫార్చ్యూన్ నూనె 180", "દિવાળી રેટ: ફોર્ચ્યુન તેલ 180", "ಹಬ್ಬದ ರೇಟು: ಫಾರ್ಚೂನ್ ಎಣ್ಣೆ 180",
])
def test_price_after_a_heading_word(text: str) -> None:
    result = parse(text, role="owner")
    assert (result.intent, result.slots.get("price_paise")) == (Intent.SET_PRICE, 18000), result


@pytest.mark.parametrize(("text", "amount"), [
    ("half a kilo of paneer", (0.5, "kg")), ("quarter of a kilo jeera", (0.25, "kg")), ("half a litre milk", (0.5, "l")),
])
def test_half_a_kilo_is_half_of_one_kilo(text: str, amount: tuple[float, str]) -> None:
    result = parse(text)
    assert [(item.quantity, item.unit) for item in result.items] == [amount], result


@pytest.mark.parametrize("text", ["ଭିମ ବାର ବାହାର କରିଦିଅ", "વિમ બાર કાઢી નાખો"])
def test_a_number_word_that_finishes_a_name_is_the_name(shop: CatalogIndex, text: str) -> None:
    result = parse(text, catalog=shop)
    assert result.intent == Intent.REMOVE_ITEM, result
    assert [(item.quantity, item.candidates[0].product_id) for item in result.items] == [(None, "ST-0243")], result


@pytest.mark.parametrize(("text", "paise"), [
    ("tomato rate forty", 4000), ("set the onion price to thirty five", 3500), ("aloo ka rate tees kar do", 3000),
    ("vengayam vilai muppathu", 3000), ("టమాటా ధర నలభై", 4000), ("ಈರುಳ್ಳಿ ಬೆಲೆ ಮೂವತ್ತು", 3000),
    ("পেঁয়াজের দাম তিরিশ", 3000), ("ਪਿਆਜ਼ ਦਾ ਰੇਟ ਤੀਹ", 3000), ("ପିଆଜ ଦର ତିରିଶ", 3000),
    ("ડુંગળી નો ભાવ ત્રીસ", 3000), ("कांदा भाव तीस", 3000), ("ulli vila muppathu", 3000),
])
def test_price_word_then_the_price_in_words(text: str, paise: int) -> None:
    result = parse(text, role="owner")
    assert (result.intent, result.slots.get("price_paise")) == (Intent.SET_PRICE, paise), result


@pytest.mark.parametrize(("text", "count"), [
    ("இருபத்தி ஐந்து முட்டை", 25.0), ("muppathi anju mutta", 35.0), ("ഇരുപത്തി നാല് മുട്ട", 24.0),
])
def test_tens_in_their_joining_form_before_a_digit_word(text: str, count: float) -> None:
    assert [item.quantity for item in parse(text).items] == [count]
