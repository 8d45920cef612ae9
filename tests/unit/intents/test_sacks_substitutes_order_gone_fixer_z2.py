"""Fixer Z2 families (eateries buying in bulk):
- one sack said with its weight is that weight ("ek bori gehun 50 kilo" is 50 kg, not 1 packet);
- "if X is out, then Y": the first choice is no item, only the substitute with its amount;
- an owner's opening "whose order went out" clause names no product."""

from __future__ import annotations

import pytest

from intents.parse import parse
from intents.types import Intent

SACKS = [
    ("ek bori gehun 50 kilo bhej do", 50), ("एक बोरी गेहूं 50 किलो भेजो", 50),
    ("1 sack sugar 50 kg please", 50),
    ("ek bosta chal 25 kg pathao", 25), ("এক বস্তা চাল ২৫ কেজি পাঠাও", 25),
    ("oru moottai ponni arisi 25 kg venum", 25), ("ஒரு மூட்டை பொன்னி அரிசி 25 கிலோ", 25),
    ("oka basta biyyam 25 kg pampandi", 25), ("ఒక బస్తా బియ్యం 25 కిలోలు", 25),
    ("ek goni gahu 30 kilo pathva", 30), ("एक गोणी गहू 30 किलो", 30),
    ("ek guni ghau 50 kilo", 50), ("એક ગુણી ઘઉં 50 કિલો", 50),
    ("ondu moote akki 25 kg kalisi", 25), ("ಒಂದು ಮೂಟೆ ಅಕ್ಕಿ 25 ಕೆಜಿ", 25),
    ("oru chaakku matta ari 25 kg", 25), ("ഒരു ചാക്ക് അരി 25 കിലോ", 25),
    ("ikk bori atta 25 kilo bhejo", 25), ("ਇੱਕ ਬੋਰੀ ਆਟਾ 25 ਕਿੱਲੋ", 25),
    ("eka basta chaula 25 kilo pathao", 25), ("ଏକ ବସ୍ତା ଚାଉଳ ୨୫ କିଲୋ", 25),
]


@pytest.mark.parametrize(("text", "kilos"), SACKS)
def test_one_sack_with_its_weight_is_that_weight(text: str, kilos: float) -> None:
    result = parse(text)
    assert result.intent == Intent.ADD_ITEMS, result
    assert len(result.items) == 1, result
    item = result.items[0]
    assert (item.quantity, item.unit, item.pack_size) == (kilos, "kg", None), result


def test_several_sacks_of_a_pack_size_still_count_packs() -> None:
    item = parse("आशीर्वाद आटा 10 किलो वाला 12 बोरी भेजो").items[0]
    assert item.quantity == 12 and item.pack_size is not None and item.pack_size.value == 10


SUBSTITUTES = [
    ("if fortune oil is not there then 5 litre gold winner", "gold winner", 5, "l"),
    ("surf excel nahi ho to 1 kg ariel bhej dena", "ariel", 1, "kg"),
    ("सर्फ एक्सेल नहीं हो तो 1 किलो एरियल", "एरियल", 1, "kg"),
    ("ফরচুন তেল না থাকলে ৫ লিটার ধারা তেল", "ধারা তেল", 5, "l"),
    ("aashirvaad illana 5 kg pillsbury atta", "pillsbury atta", 5, "kg"),
    ("ஆச்சி மிளகாய் தூள் இல்லைன்னா சக்தி மிளகாய் தூள் 500 கிராம்", "சக்தி மிளகாய் தூள்", 500, "g"),
    ("ఆశీర్వాద్ ఆటా లేకపోతే పిల్స్బరీ ఆటా 5 కిలో", "పిల్స్బరీ ఆటా", 5, "kg"),
    ("ताजा चहा नसेल तर २ पाकीट टाटा चहा", "टाटा चहा", 2, "packet"),
    ("અમૂલ ઘી ન હોય તો ગોવર્ધન ઘી 1 લિટર", "ગોવર્ધન ઘી", 1, "l"),
    ("nandini ghee illa andre 1 litre amul ghee", "amul ghee", 1, "l"),
    ("ആശീർവാദ് ആട്ട ഇല്ലെങ്കിൽ പിൽസ്ബറി ആട്ട 5 കിലോ", "പിൽസ്ബറി ആട്ട", 5, "kg"),
    ("ਅਮੂਲ ਘਿਓ ਨਹੀਂ ਤਾਂ ਵੇਰਕਾ ਘਿਓ 1 ਕਿੱਲੋ", "ਵੇਰਕਾ ਘਿਓ", 1, "kg"),
    ("ଫର୍ଚୁନ ତେଲ ନାହିଁ ତ ୫ ଲିଟର ଧାରା ତେଲ", "ଧାରା ତେଲ", 5, "l"),
]


@pytest.mark.parametrize(("text", "name", "quantity", "unit"), SUBSTITUTES)
def test_the_substitute_is_the_item_not_the_first_choice(text: str, name: str, quantity: float, unit: str) -> None:
    result = parse(text)
    assert result.intent == Intent.ADD_ITEMS, result
    assert [(item.text, item.quantity, item.unit) for item in result.items] == [(name, quantity, unit)], result


def test_an_otherwise_with_nothing_after_it_keeps_the_item() -> None:
    assert [item.text for item in parse("maggi nahi hai to rehne do").items] == ["maggi"]


ORDER_GONE = [
    ("Sharma ji ka order gaya, aashirvaad atta 2 kam karo", "aashirvaad atta", -2),
    ("शर्मा जी का ऑर्डर चला गया, चीनी 3 कम करो", "चीनी", -3),
    ("Mrs Rao's order went, maggi 4 less", "maggi", -4),
    ("Das babur order chole gelo, dhara tel 2 kom koro", "dhara tel", -2),
    ("দাস বাবুর অর্ডার গেল, চিনি ৩ কম করো", "চিনি", -3),
    ("Murugan annan order pochu, ponni arisi 5 kammi pannunga", "ponni arisi", -5),
    ("Reddy garu order vellindi, panchadara 3 tagginchandi", "panchadara", -3),
    ("రెడ్డి గారి ఆర్డర్ వెళ్ళింది, పంచదార 3 తగ్గించండి", "పంచదార", -3),
    ("Patil kaka cha order gela, sakhar 2 kami kara", "sakhar", -2),
    ("Desai bhai no order gayo, khand 3 ochhu karo", "khand", -3),
    ("ಶೆಟ್ಟಿ ಅವರ ಆರ್ಡರ್ ಹೋಯ್ತು, ಸಕ್ಕರೆ 3 ಕಮ್ಮಿ ಮಾಡಿ", "ಸಕ್ಕರೆ", -3),
    ("Joseph chettante order poyi, panchasara 2 kurakku", "panchasara", -2),
    ("Gill sahab da order gaya, cheeni 3 ghatt karo", "cheeni", -3),
    ("Sahu babu nka order gala, chini 2 kama kara", "chini", -2),
]


@pytest.mark.parametrize(("text", "name", "delta"), ORDER_GONE)
def test_whose_order_went_out_is_no_product(text: str, name: str, delta: int) -> None:
    result = parse(text, role="owner")
    assert result.intent == Intent.ADJUST_STOCK, result
    assert [item.text for item in result.items] == [name], result
    assert result.slots.get("stock_delta") == delta, result


EATERY_HEADINGS = [
    ("juice centre order: 2 dozen lemon, 5 kg sugar", ["lemon", "sugar"]),
    ("चाय दुकान ऑर्डर: 5 किलो चीनी, 2 किलो चाय पत्ती", ["चीनी", "चाय पत्ती"]),
    ("চায়ের দোকান অর্ডার: ৫ কেজি চিনি", ["চিনি"]),
    ("டீ கடை ஆர்டர்: 5 கிலோ சர்க்கரை", ["சர்க்கரை"]),
    ("టీ కొట్టు ఆర్డర్: 5 కిలోల చక్కెర", ["చక్కెర"]),
    ("चहा टपरी ऑर्डर: 5 किलो साखर", ["साखर"]),
    ("ચા ની કીટલી ઓર્ડર: 5 કિલો ખાંડ", ["ખાંડ"]),
    ("ಟೀ ಅಂಗಡಿ ಆರ್ಡರ್: 5 ಕೆಜಿ ಸಕ್ಕರೆ", ["ಸಕ್ಕರೆ"]),
    ("ചായക്കട ഓർഡർ: 5 കിലോ പഞ്ചസാര", ["പഞ്ചസാര"]),
    ("ਚਾਹ ਦੀ ਦੁਕਾਨ ਆਰਡਰ: 5 ਕਿੱਲੋ ਖੰਡ", ["ਖੰਡ"]),
    ("ଚା ଦୋକାନ ଅର୍ଡର: ୫ କିଲୋ ଚିନି", ["ଚିନି"]),
]


@pytest.mark.parametrize(("text", "names"), EATERY_HEADINGS)
def test_an_eaterys_order_heading_is_no_item(text: str, names: list[str]) -> None:
    result = parse(text)
    assert [item.text for item in result.items] == names, result
    assert all(item.quantity is not None for item in result.items), result


EATERY_REMARKS = [
    ("10 kg onion and 5 kg tomato, dinner rush starts 7", ["onion", "tomato"]),
    ("10 kilo kanda ani 5 kilo batata, 12 chya aat", ["kanda", "batata"]),
    ("puttu kku 2 kg puttu podi, pinne 1 kg kadala", ["puttu podi", "kadala"]),
    ("5 kg maida, luchi r jonno", ["maida"]),
]


@pytest.mark.parametrize(("text", "names"), EATERY_REMARKS)
def test_the_rush_hour_and_the_dish_are_no_items(text: str, names: list[str]) -> None:
    assert [item.text for item in parse(text).items] == names
