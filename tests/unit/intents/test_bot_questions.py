"""Asking what the bot does, in any language, is a request for help — not an order for whatever
product the question's words happen to resemble. A mention of the bot counts only beside a
how / which / use / help word, so "maggi bot mehenga hai" (Hinglish 'bot' = 'very') stays an order."""

from __future__ import annotations

import pytest

from intents.parse import parse
from intents.types import Intent


@pytest.mark.parametrize("text", [
    # "what all can this bot do?" — a which-word and the bot, no how or use word
    "ei bot e ki ki kora jay?",
    "ee bot lo emi cheyyochu?",
    "ehi bot re kana kana hue?",
    "ya bot var kay kay karta yeta?",
    "ee bot alli yaava yaava kelasa maadabahudu?",
    "is bot te ki ki kar sakde haan?",
    "is bot pe kya kya kar sakte hain?",
    "இந்த bot ல என்ன என்ன பண்ணலாம்?",
    # and the plain "how do I use it"
    "how do I use this bot",
    "is bot ko kaise use karein?",
    "इस बॉट से कैसे ऑर्डर करूँ",
    "ei bot ta kivabe kaj kore?",
    "ee bot eppadi use pannanum",
    "ఈ బాట్ ఎలా వాడాలి?",
    "ha bot kasa vaparaycha?",
    "aa bot kevi rite vaparvu?",
    "ee bot hege balasodu?",
    "ee bot engane upayogikkam?",
    "eh bot kiven chalaunda?",
    "ehi bot kemiti use karibi?",
])
def test_asking_how_the_bot_works_is_help(text: str) -> None:
    assert parse(text).intent == Intent.HELP


@pytest.mark.parametrize("text", ["maggi bot mehenga hai, 2 packet bhejo", "2 kilo atta aur ek maggi"])
def test_an_order_stays_an_order(text: str) -> None:
    assert parse(text).intent == Intent.ADD_ITEMS


@pytest.mark.parametrize(("text", "address"), [
    ("mera address hai: 14 Gandhi Road, Indore", "14 Gandhi Road, Indore"),
    ("amar thikana holo: 22 Lake Road, Kolkata", "22 Lake Road, Kolkata"),
    ("ਪਤਾ ਨੋਟ ਕਰੋ: ਮਕਾਨ 12, ਮਾਡਲ ਟਾਊਨ, ਲੁਧਿਆਣਾ", "ਮਕਾਨ 12, ਮਾਡਲ ਟਾਊਨ, ਲੁਧਿਆਣਾ"),
    ("Flat 3: Rose Villa, MG Road, Pune", "Flat 3: Rose Villa, MG Road, Pune"),
])
def test_a_short_label_before_a_colon_is_not_the_address(text: str, address: str) -> None:
    result = parse(text)
    assert result.intent == Intent.GIVE_ADDRESS
    assert result.slots["address"] == address


@pytest.mark.parametrize(("text", "product"), [
    ("take the kurkure out of my cart", "kurkure"),
    ("get the bourbon biscuits out of the cart", "bourbon biscuits"),
    ("pls remove 1 maggi from the cart", "maggi"),
])
def test_taking_a_thing_out_of_the_cart_removes_it(text: str, product: str) -> None:
    result = parse(text)
    assert result.intent == Intent.REMOVE_ITEM
    assert [item.text for item in result.items] == [product]


@pytest.mark.parametrize(("text", "query"), [
    ("do u guys keep brown bread", "brown bread"),
    ("do you guys have amul cheese?", "amul cheese"),
    ("kaju milenge kya", "kaju"),
    ("बादाम मिलेंगे क्या", "बादाम"),
])
def test_asking_whether_the_shop_keeps_a_thing_is_a_browse(text: str, query: str) -> None:
    result = parse(text)
    assert (result.intent, result.slots.get("query")) == (Intent.BROWSE, query)
