"""Owner family of fixer Z3: the day's takings asked in a few words ("how much did we do
today", "ఈరోజు ఎంత అమ్మాం"), in the eleven languages. Phrasings written for these tests."""

from __future__ import annotations

import pytest

from intents.parse import parse
from intents.types import Intent


@pytest.mark.parametrize(
    "text",
    [
        "so how much did we sell today?",
        "आज कितना धंधा हुआ भाई",
        "aaj kitna dhanda hua",
        "আজ কত বিক্রি হল?",
        "aaj koto bechlam",
        "இன்னைக்கு எவ்வளவு வித்தோம்?",
        "innaikku evlo vithom",
        "ఇవాళ ఎంత అమ్మాము?",
        "ivala entha ammam",
        "आज किती धंदा झाला?",
        "aaj kiti vikla",
        "આજે કેટલું વેચ્યું?",
        "aaje ketlo dhando thayo",
        "ಇವತ್ತು ಎಷ್ಟು ಮಾರಿದ್ವಿ?",
        "ivattu eshtu maaridvi",
        "ഇന്ന് എത്ര വിറ്റു?",
        "innu ethra vittu",
        "ਅੱਜ ਕਿੰਨਾ ਵਿਕਿਆ?",
        "ajj kinna vikeya",
        "ଆଜି କେତେ ବିକ୍ରି ହେଲା?",
        "aji kete bikila",
    ],
)
def test_how_much_did_we_sell_today(text: str) -> None:
    assert parse(text, role="owner").intent == Intent.TODAY_SUMMARY
