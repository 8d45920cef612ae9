"""Fixer AF: three things a customer asks of the shop, in all eleven languages.

* "The same as yesterday / last time" sends that order again (reorder); with goods and an
  amount it only says which product ("kal wala doodh 2 packet" adds milk).
* "When do you open / till when are you open" asks the shop (talk_to_shop), no browse, no order.
* "More guests came, make the rice 5 kg": the guest clause is a remark and its number a head
  count; the "make it" word after an item with an amount changes that item's quantity.
"""

from __future__ import annotations

import pytest

from intents.parse import parse
from intents.types import Intent


@pytest.mark.parametrize(
    "text",
    [
        "send the same as last time please",
        "same as yesterday bhaiya",
        "kal jaisa hi saman bhej dena",
        "कल वाला ही भेज दो भैया",
        "pichle hafte wala order bhej do",
        "kalker motoi diye dao",
        "গতকালের মতো পাঠিয়ে দিন",
        "nethu maadhiri anuppunga anna",
        "நேத்து மாதிரியே அனுப்புங்க",
        "ninna lage pampinchandi",
        "నిన్న లాగే పంపండి",
        "kalchya sarkha pathva",
        "कालच्यासारखं पाठवा",
        "gaikal jevu moklo",
        "ગઈકાલ જેવું મોકલી દો",
        "ninne haage kalsi",
        "ನಿನ್ನೆ ತರಾನೇ ಕಳಿಸಿ",
        "innale pole ayachu tharu",
        "ഇന്നലെ പോലെ അയച്ചു തരൂ",
        "kal vaang bhej deyo ji",
        "ਕੱਲ੍ਹ ਵਰਗਾ ਭੇਜ ਦਿਓ",
        "kali pari pathei dia",
        "କାଲି ଭଳି ପଠାନ୍ତୁ",
    ],
)
def test_the_same_as_last_time_sends_that_order_again(text: str) -> None:
    result = parse(text)
    assert result.intent == Intent.REORDER, result
    assert not result.items, result


@pytest.mark.parametrize(
    ("text", "name", "quantity", "unit"),
    [
        ("kal wala doodh 2 packet", "doodh", 2.0, "packet"),
        ("same atta as last time 10 kg", "atta", 10.0, "kg"),
        ("কালকের মতো চাল ৫ কেজি", "চাল", 5.0, "kg"),
    ],
)
def test_the_same_product_with_an_amount_is_an_order(text: str, name: str, quantity: float, unit: str) -> None:
    result = parse(text)
    assert result.intent == Intent.ADD_ITEMS, result
    assert [(item.text, item.quantity, item.unit) for item in result.items] == [(name, quantity, unit)], result


@pytest.mark.parametrize("text", ["kal wali maggi bhej do", "same rice as last time, 5 kg"])
def test_the_same_goods_named_are_no_reorder(text: str) -> None:
    assert parse(text).intent == Intent.ADD_ITEMS


@pytest.mark.parametrize(
    "text",
    [
        "when do you close today?",
        "shop timings?",
        "till what time is the store open",
        "kitne baje tak khuli rehti hai dukaan?",
        "दुकान कितने बजे खुलती है?",
        "dokan kotay khole?",
        "দোকান কখন খোলে?",
        "kadai eppo thirappeenga?",
        "கடை எத்தனை மணிக்கு திறப்பீங்க?",
        "kottu eppudu terustaru?",
        "షాపు ఎన్ని గంటలకు తెరుస్తారు?",
        "dukan kiti vajta ughadta?",
        "दुकान कधी उघडते?",
        "dukan ketla vage khule che?",
        "દુકાન ક્યારે ખુલે છે?",
        "angadi yavaga tegitira?",
        "ಅಂಗಡಿ ಯಾವಾಗ ತೆಗೀತೀರಾ?",
        "kada ethra manikku thurakkum?",
        "കട എത്ര മണിക്ക് തുറക്കും?",
        "dukaan kinne vaje khuldi hai?",
        "ਦੁਕਾਨ ਕਦੋਂ ਖੁੱਲ੍ਹਦੀ ਹੈ?",
        "dokan ketebele khole?",
        "ଦୋକାନ କେତେ ଘଣ୍ଟାରେ ଖୋଲେ?",
    ],
)
def test_when_the_shop_opens_asks_the_shop(text: str) -> None:
    result = parse(text)
    assert result.intent == Intent.TALK_TO_SHOP, result
    assert not result.items and not result.slots, result


@pytest.mark.parametrize(
    ("text", "name", "quantity", "unit"),
    [
        ("10 more guests are coming, make the rice 4 kg", "rice", 4.0, "kg"),
        ("mehmaan badh gaye, chawal 5 kilo kar do", "chawal", 5.0, "kg"),
        ("मेहमान बढ़ गए, चीनी 2 किलो कर दो", "चीनी", 2.0, "kg"),
        ("atithi beshi asche, chal 5 kg koro", "chal", 5.0, "kg"),
        ("অতিথি বেড়ে গেছে, চিনি ২ কেজি করো", "চিনি", 2.0, "kg"),
        ("virunthali adhigam, arisi 5 kilo aakunga", "arisi", 5.0, "kg"),
        ("விருந்தாளிகள் அதிகம் வராங்க, சர்க்கரை 2 கிலோ ஆக்குங்க", "சர்க்கரை", 2.0, "kg"),
        ("chuttalu ekkuva vastunnaru, biyyam 5 kilo cheyyi", "biyyam", 5.0, "kg"),
        ("చుట్టాలు ఎక్కువ వస్తున్నారు, పంచదార 2 కిలోలు చేయి", "పంచదార", 2.0, "kg"),
        ("pahune vadhle, tandul 5 kilo kara", "tandul", 5.0, "kg"),
        ("पाहुणे वाढले, साखर 2 किलो करा", "साखर", 2.0, "kg"),
        ("mehman vadhi gaya, chokha 5 kilo kari do", "chokha", 5.0, "kg"),
        ("મહેમાન વધી ગયા, ખાંડ 2 કિલો કરી દો", "ખાંડ", 2.0, "kg"),
        ("nentaru jaasti bandidare, akki 5 kg maadi", "akki", 5.0, "kg"),
        ("ನೆಂಟರು ಜಾಸ್ತಿ ಬಂದಿದ್ದಾರೆ, ಸಕ್ಕರೆ 2 ಕೆಜಿ ಮಾಡಿ", "ಸಕ್ಕರೆ", 2.0, "kg"),
        ("virunnukar koodi, ari 5 kilo aakku", "ari", 5.0, "kg"),
        ("വിരുന്നുകാർ കൂടി, പഞ്ചസാര 2 കിലോ ആക്കൂ", "പഞ്ചസാര", 2.0, "kg"),
        ("prahune aa gaye, chaul 5 kilo kar dio", "chaul", 5.0, "kg"),
        ("ਪਰਾਹੁਣੇ ਵੱਧ ਗਏ, ਖੰਡ 2 ਕਿਲੋ ਕਰ ਦਿਓ", "ਖੰਡ", 2.0, "kg"),
        ("atithi badhigale, chaula 5 kg kari dia", "chaula", 5.0, "kg"),
        ("ଅତିଥି ବଢ଼ିଗଲେ, ଚିନି 2 କିଲୋ କରିଦିଅ", "ଚିନି", 2.0, "kg"),
        ("paal 4 pkt aakunga", "paal", 4.0, "packet"),
        ("pav 6 packet kar do", "pav", 6.0, "packet"),
    ],
)
def test_more_guests_make_it_changes_the_quantity(text: str, name: str, quantity: float, unit: str) -> None:
    result = parse(text)
    assert result.intent == Intent.CHANGE_QUANTITY, result
    assert [(item.text, item.quantity, item.unit) for item in result.items] == [(name, quantity, unit)], result


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("guests ke liye 2 kg mithai bhi", [("mithai", 2.0, "kg")]),
        ("5 guests aa rahe hain, 2 maggi aur 1 kg chawal", [("maggi", 2.0, None), ("chawal", 1.0, "kg")]),
        ("pav 4 packet", [("pav", 4.0, "packet")]),
    ],
)
def test_guests_beside_an_order_keep_its_items(text: str, expected: list[tuple[str, float, str | None]]) -> None:
    result = parse(text)
    assert result.intent == Intent.ADD_ITEMS, result
    assert [(item.text, item.quantity, item.unit) for item in result.items] == expected, result


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("last order repeat", Intent.REORDER),
        ("dobara 2 maggi", Intent.ADD_ITEMS),
        ("kal 2 kg atta bhejna", Intent.ADD_ITEMS),  # tomorrow, no "like yesterday"
        ("kali 2 kg chaula pathei dia", Intent.ADD_ITEMS),
        ("mehmaan aa rahe hain, 2 kilo chawal bhejo", Intent.ADD_ITEMS),  # guests, no "make it"
        ("order kab tak aayega?", Intent.ORDER_STATUS),
    ],
)
def test_near_misses_keep_their_reading(text: str, intent: Intent) -> None:
    assert parse(text).intent == intent
