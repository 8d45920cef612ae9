"""Owner family (fixer R): "we cannot accept order A…" is a rejection, in every language; the
accept word written in the native script as the English loan ("অ্যাকসেপ্ট করো") accepts; "it has
set out" (রওনা দিয়েছে, रवाना झाली) is out for delivery."""

from __future__ import annotations

import pytest

from intents.parse import parse
from intents.types import Intent


@pytest.mark.parametrize("text", [
    "Sorry, we cannot accept order A7781, the atta is over",
    "A7781 accept nahi kar payenge, cheeni khatam hai",
    "A7781 আমরা নিতে পারছি না, চিনি শেষ",
    "A7781 accept panna mudiyadhu, sakkarai theernthuduchu",
    "A7781 ஏற்க இயலாது, சர்க்கரை இல்லை",
    "A7781 angeekarinchalemu, panchadara ayipoyindi",
    "ऑर्डर A7781 आम्ही स्वीकारू शकत नाही, साखर संपली",
    "ઓર્ડર A7781 અમે લઈ શકીએ તેમ નથી, ખાંડ ખલાસ",
    "order A7781 svikari shakta nathi, khand khalas",
    "A7781 ಒಪ್ಪಿಕೊಳ್ಳಲು ಸಾಧ್ಯವಿಲ್ಲ, ಸಕ್ಕರೆ ಖಾಲಿ",
    "A7781 sweekarikkan kazhiyilla, panchasara theernnu",
    "A7781 accept nahi kar sakde, cheeni khatam",
    "A7781 accept kari paribu nahin, chini sari gala",
    "A7781 स्वीकार नहीं कर सकते, चीनी खत्म है",
    "A7781 ସ୍ୱୀକାର କରିପାରିବୁ ନାହିଁ",
    "A7781 ఒప్పుకోలేము, సరుకు లేదు",
])
def test_an_accept_that_cannot_be_is_a_rejection(text: str) -> None:
    result = parse(text, role="owner")
    assert result.intent == Intent.REJECT_ORDER, result
    assert result.slots["order_ref"] == "A7781"


@pytest.mark.parametrize("text", [
    "A5120 অ্যাকসেপ্ট করো",
    "A5120 ऐक्सेप्ट करो",
    "A5120 ॲक्सेप्ट करा",
    "A5120 અક્સેપ્ટ કરો",
    "A5120 ਅਕਸੈਪਟ ਕਰੋ",
    "A5120 ଆକସେପ୍ଟ କର",
])
def test_the_english_accept_in_native_script_accepts(text: str) -> None:
    result = parse(text, role="owner")
    assert result.intent == Intent.ACCEPT_ORDER, result


@pytest.mark.parametrize("text", [
    "A6011 রওনা দিয়েছে",
    "A6011 rowna hoye geche",
    "A6011 रवाना झाली",
    "A6011 rawana zali",
    "A6011 ਰਵਾਨਾ ਹੋ ਗਿਆ",
    "A6011 rawana thai gayo",
])
def test_an_order_that_set_out_is_out_for_delivery(text: str) -> None:
    result = parse(text, role="owner")
    assert result.intent == Intent.ADVANCE_ORDER, result
    assert result.slots["status"] == "out_for_delivery"
