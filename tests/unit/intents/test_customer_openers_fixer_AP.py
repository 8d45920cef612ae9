"""Fixer AP: how a customer opens a chat, in all eleven languages.

* A greeting and who she is — "I cook / work at the house of …", a flat number included — only
  greets; the flat is no amount and the work no goods.
* "Is X there today?" browses X alone: the "today" word is no part of the query; "gajak hai?"
  asks after goods, its "hai" is no "hi".
* "order kariba", "ਚੈੱਕਆਊਟ ਕਰ ਦਿਓ" check out; "cart nodbeku" shows the cart; "talk in Gujarati,
  I don't know English" changes the language to Gujarati.
"""

from __future__ import annotations

import pytest

from intents.parse import parse
from intents.types import Intent


@pytest.mark.parametrize(
    "text",
    [
        "hello bhaiya, I cook at the 501 madam's house",
        "good morning sir, i work at flat 12B, Mrs Rao's place",
        "namaste ji, main Kamla, 203 wale sharma ji ke ghar khana banati hu",
        "नमस्ते भैया, मैं रीना, 105 नंबर वाले घर में काम करती हूँ",
        "nomoskar dada, ami 3A te boudir barite ranna kori",
        "নমস্কার দাদা, আমি ২০১ নম্বরের বাড়িতে কাজ করি",
        "vanakkam anna, naan 7B veetula samayal panren",
        "வணக்கம் அண்ணா, நான் 12 நம்பர் வீட்டுல வேலை செய்றவ",
        "namaskaram anna, nenu 304 flat lo vanta chestanu",
        "నమస్కారం అన్నా, నేను 2B ఇంట్లో పని చేస్తా",
        "namaskar dada, mi 101 madhe kaam karte",
        "नमस्कार दादा, मी ५०३ मधल्या ताईंकडे काम करते",
        "kem cho bhai, hu 402 vala ben na ghare rasoi banavu chu",
        "નમસ્તે ભાઈ, હું ૨૦૪ વાળા બેનને ત્યાં કામ કરું છું",
        "namaskara anna, naanu 6C maneli aduge maadtini",
        "ನಮಸ್ಕಾರ ಅಣ್ಣ, ನಾನು 301 ಮನೆಯಲ್ಲಿ ಕೆಲಸ ಮಾಡ್ತೀನಿ",
        "namaskaram chetta, njan 9B veetil pachakam cheyyunna aalanu",
        "നമസ്കാരം ചേട്ടാ, ഞാൻ 402 ഫ്ലാറ്റിലെ ജോലി ചെയ്യുന്ന ആളാണ്",
        "sat sri akal veerji, main 208 wale bhabhi de ghar kamm kardi haan",
        "ਸਤ ਸ੍ਰੀ ਅਕਾਲ ਵੀਰਜੀ, ਮੈਂ 301 ਵਾਲੇ ਘਰ ਖਾਣਾ ਬਣਾਉਂਦੀ ਹਾਂ",
        "namaskar bhai, mu 5A ghare rosei kare",
        "ନମସ୍କାର ଭାଇ, ମୁଁ 203 ଘରେ କାମ କରେ",
    ],
)
def test_a_greeting_and_who_she_works_for_only_greets(text: str) -> None:
    parsed = parse(text, role="customer")
    assert parsed.intent == Intent.GREET, (text, parsed.intent, parsed.items)
    assert not parsed.items


@pytest.mark.parametrize(
    ("text", "query"),
    [
        ("today bhindi hai?", "bhindi"),
        ("aaj palak hai kya?", "palak"),
        ("आज मेथी है क्या?", "मेथी"),
        ("aaj lau ache?", "lau"),
        ("আজ পটল আছে?", "পটল"),
        ("inniku keerai irukka?", "keerai"),
        ("இன்னைக்கு முருங்கைக்காய் இருக்கா?", "முருங்கைக்காய்"),
        ("ee roju bendakaya unda?", "bendakaya"),
        ("ఈ రోజు గోంగూర ఉందా?", "గోంగూర"),
        ("aaj palak aahe ka?", "palak"),
        ("आज पालक आहे का?", "पालक"),
        ("aaje bhinda che?", "bhinda"),
        ("આજે મેથી છે?", "મેથી"),
        ("ivattu bendekai ideya?", "bendekai"),
        ("ಇವತ್ತು ಮೆಂತ್ಯ ಇದೆಯಾ?", "ಮೆಂತ್ಯ"),
        ("innu vendakka undo?", "vendakka"),
        ("ഇന്ന് ചീര ഉണ്ടോ?", "ചീര"),
        ("ajj saag hai?", "saag"),
        ("ਅੱਜ ਭਿੰਡੀ ਹੈ?", "ਭਿੰਡੀ"),
        ("aji bhendi achhi ki?", "bhendi"),
        ("ଆଜି ଭେଣ୍ଡି ଅଛି କି?", "ଭେଣ୍ଡି"),
        ("rewri hai?", "rewri"),
        ("chikki hai?", "chikki"),
    ],
)
def test_is_it_there_today_browses_the_goods_alone(text: str, query: str) -> None:
    parsed = parse(text, role="customer")
    assert parsed.intent == Intent.BROWSE, (text, parsed.intent)
    assert parsed.slots.get("query") == query, (text, parsed.slots)


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("ebe order kariba", Intent.CHECKOUT),
        ("ଅର୍ଡର କରିବା", Intent.CHECKOUT),
        ("ਚੈੱਕਆਊਟ ਕਰੋ ਜੀ", Intent.CHECKOUT),
        ("ਚੈਕਆਊਟ ਕਰ ਦਿਓ", Intent.CHECKOUT),
        ("ನನ್ನ cart nodbeku", Intent.SHOW_CART),
        ("ಕಾರ್ಟ್ ನೋಡಬೇಕು", Intent.SHOW_CART),
    ],
)
def test_checkout_and_cart_words(text: str, intent: Intent) -> None:
    assert parse(text, role="customer").intent == intent, text


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("bhai gujarati ma vaat karo, mane hindi nathi aavdtu", "gu"),
        ("ben gujarati maa j vaat karo ne", "gu"),
        ("ગુજરાતી માં જ વાત કરો, મને અંગ્રેજી નથી આવડતું", "gu"),
        ("bhaiya hindi mein hi baat karo, english nahi aati", "hi"),
    ],
)
def test_talk_in_my_language(text: str, language: str) -> None:
    parsed = parse(text, role="customer")
    assert parsed.intent == Intent.CHANGE_LANGUAGE, (text, parsed.intent)
    assert parsed.slots.get("target_language") == language, (text, parsed.slots)


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("hai bhaiya", Intent.GREET),  # "hai" alone still greets
        ("namaste, 2 kilo atta bhej do, 402 mein", Intent.ADD_ITEMS),  # goods named: an order
        ("aaj 2 kilo lauki bhej do", Intent.ADD_ITEMS),  # "today" with an amount orders
        ("namaskar dada, dokan khola?", Intent.GREET),
    ],
)
def test_must_not_change(text: str, intent: Intent) -> None:
    assert parse(text, role="customer").intent == intent, text
