"""Fixer Z4: a newcomer asks the shop's terms, the delivery charge and the minimum order, in the
eleven languages (phrasings written for these tests): with nothing ordered it is help; "can I
ask the shop something" is a question for the shopkeeper."""

from __future__ import annotations

import pytest

from intents.parse import parse

TERMS = [
    "how much is the delivery fee? any minimum order?",
    "डिलीवरी चार्ज लगेगा क्या? मिनिमम कितने का ऑर्डर?",
    "delivery ka charge kitna lagta hai bhaiya?",
    "ডেলিভারি চার্জ লাগবে? মিনিমাম কত টাকার অর্ডার?",
    "டெலிவரி சார்ஜ் உண்டா? மினிமம் எவ்வளவு?",
    "డెలివరీ చార్జ్ ఉందా? మినిమం ఎంత?",
    "डिलिव्हरी चार्ज किती? मिनिमम किती रुपयांची ऑर्डर?",
    "ડિલિવરી ચાર્જ લાગે? મિનિમમ કેટલાનો ઓર્ડર?",
    "ಡೆಲಿವರಿ ಚಾರ್ಜ್ ಇದೆಯಾ? ಮಿನಿಮಮ್ ಎಷ್ಟು?",
    "minimum order ethra aanu? delivery charge undo?",
    "ਡਿਲੀਵਰੀ ਚਾਰਜ ਲੱਗੂ? ਮਿਨੀਮਮ ਕਿੰਨੇ ਦਾ ਆਰਡਰ?",
    "ଡେଲିଭରି ଚାର୍ଜ ଲାଗିବ କି? ମିନିମମ କେତେ?",
]


@pytest.mark.parametrize("text", TERMS)
def test_the_shops_terms_asked_are_help(text: str) -> None:
    assert parse(text).intent == "help"


@pytest.mark.parametrize(
    "text",
    [
        "can i ask the shop something? do you take returns",
        "dukan se puchna tha, ravivar ko khule ho?",
        "kadayil chodikkanam, naale thurakkumo?",
    ],
)
def test_a_question_for_the_shop_is_talk_to_shop(text: str) -> None:
    assert parse(text).intent == "talk_to_shop"
