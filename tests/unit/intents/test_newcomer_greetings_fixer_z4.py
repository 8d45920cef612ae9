"""Families of fixer Z4, in the eleven languages (native script and romanised); phrasings written
for these tests, not taken from the held-out files:

- a greeting with a newcomer's small talk ("first time", "we have just moved here from X",
  "calling from X", "glad to find a Kannada shop") greets; it asks nothing;
- a language named as what a person knows or a shop keeps ("someone who understands Bengali",
  "a Tamil shop near 400071", "I don't know Tamil, how do I order?") is not a language change.
"""

from __future__ import annotations

import pytest

from intents.parse import parse

GREETS = [
    "hello sir, first time using this app",
    "hi, we just moved here from Jaipur",
    "नमस्कार भैया, पहली बार ऑर्डर कर रहे हैं",
    "ram ram bhaiya, hum naye aaye hai Whitefield me, Lucknow se",
    "নমস্কার দাদা, প্রথমবার অর্ডার করছি",
    "namaskar dada, amra Durgapur theke notun eshechi",
    "வணக்கம் அண்ணா, முதல் தடவை ஆர்டர் பண்றேன்",
    "vanakkam anna, Madurai la irunthu puthusa vanthirukkom",
    "నమస్తే అండి, మొదటిసారి ఆర్డర్ చేస్తున్నాను",
    "namaste anna, Guntur nunchi kothaga vachamu",
    "नमस्कार दादा, पहिल्यांदाच ऑर्डर करतोय",
    "namaskar dada, Nagpur hun navin aalo",
    "જય શ્રી કૃષ્ણ, પહેલીવાર ઓર્ડર કરું છું",
    "namaste bhai, Rajkot thi nava aavya",
    "ನಮಸ್ಕಾರ ಸರ್, ಮೊದಲ ಸಲ ಆರ್ಡರ್ ಮಾಡ್ತಿದೀನಿ",
    "namaskara sir, Mysore inda hosadagi bandidivi",
    "നമസ്കാരം ചേട്ടാ, ആദ്യമായി ഓർഡർ ചെയ്യുകയാണ്",
    "namaskaram chetta, Thrissur il ninnu vilikkunnu",
    "ਸਤ ਸ੍ਰੀ ਅਕਾਲ ਜੀ, ਪਹਿਲੀ ਵਾਰ ਆਰਡਰ ਕਰ ਰਹੇ ਹਾਂ",
    "sat sri akal veer ji, Ludhiana ton nave aaye",
    "ନମସ୍କାର ଭାଇ, ପ୍ରଥମ ଥର ଅର୍ଡର କରୁଛୁ",
    "namaskar bhai, Cuttack ru nua asichu",
]


@pytest.mark.parametrize("text", GREETS)
def test_a_newcomers_greeting_greets(text: str) -> None:
    assert parse(text).intent == "greet"


def test_a_newcomer_who_asks_for_goods_orders() -> None:
    result = parse("namaste bhaiya, hum naye aaye hai, 2 kilo atta bhej do")
    assert result.intent == "add_items"


LANGUAGE_OF_SOMEONE = [
    ("i want to talk to someone in the shop who understands tamil", "talk_to_shop"),
    ("dukan me kisi se baat karni hai, koi gujarati samajhta hai?", "talk_to_shop"),
    ("দোকানে কথা বলতে চাই, কেউ Hindi বোঝেন?", "talk_to_shop"),
    ("560034 pincode la malayalam kadai irukka?", "find_stores"),
    ("500081 దగ్గర tamil కొట్టు ఉందా?", "find_stores"),
    ("411001 jawal gujarati dukan ahe ka?", "find_stores"),
    ("380015 pase bengali dukan che?", "find_stores"),
    ("560076 hattira telugu angadi ideya?", "find_stores"),
    ("682016 aduthu odia kada undo?", "find_stores"),
    ("141001 de kol marathi dukaan hai?", "find_stores"),
    ("751001 pakhare punjabi dokan achhi ki?", "find_stores"),
    ("order kaise kare? marathi nahi aata... I mean, marathi samajh nahi aati", "help"),
    ("Hindi theriyadhu, eppadi order pannanum?", "help"),
    ("Telugu raadu, order ela cheyyali?", "help"),
    ("ಕನ್ನಡ ಬರೋಲ್ಲ, order ಹೇಗೆ ಮಾಡೋದು?", "help"),
    ("Malayalam ariyilla, order engane cheyyam?", "help"),
]


@pytest.mark.parametrize(("text", "intent"), LANGUAGE_OF_SOMEONE)
def test_a_language_a_person_knows_or_a_shop_keeps_is_no_language_change(text: str, intent: str) -> None:
    assert parse(text).intent == intent


def test_a_language_refused_for_lack_of_knowing_picks_the_other() -> None:
    result = parse("bengali bujhi na, english e bolun")
    assert result.intent == "change_language" and result.slots.get("target_language") == "en"
