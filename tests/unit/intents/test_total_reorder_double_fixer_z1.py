"""Fixer Z1: customer families of a household's running order.

"What's the total?" asks to see the cart (it shows the bill), not to place the order.
"""

from __future__ import annotations

import pytest

from intents.parse import parse
from intents.types import Intent


@pytest.mark.parametrize(
    "text",
    [
        "how much is the total now?",
        "total kitna ho gaya bhai?",
        "सब मिलाकर कितने पैसे हुए?",
        "সব মিলিয়ে কত টাকা হলো?",
        "mothama evlo aagudhu sir?",
        "மொத்தம் எவ்ளோ ஆச்சு சார்?",
        "anni kalipi entha ayyindi?",
        "మొత్తం ఎంత అయింది సార్?",
        "ekun kiti paise zale?",
        "एकूण किती पैसे झाले?",
        "badhanu ketlu thayu?",
        "કુલ કેટલા રૂપિયા થયા?",
        "ottu eshtu aaytu sir?",
        "ಎಲ್ಲಾ ಸೇರಿಸಿ ಎಷ್ಟು ರೂಪಾಯಿ ಆಯಿತು?",
        "aake ethra roopa ayi?",
        "മൊത്തം എത്ര രൂപ ആയി?",
        "kul kinne paise hoye ji?",
        "ਟੋਟਲ ਕਿੰਨਾ ਹੋਇਆ?",
        "total kete tanka hela?",
        "ସବୁ ମିଶି କେତେ ଟଙ୍କା ହେଲା?",
    ],
)
def test_the_total_asks_to_see_the_cart(text: str) -> None:
    result = parse(text)
    assert result.intent == Intent.SHOW_CART, result
    assert not result.items, result


@pytest.mark.parametrize(
    "text",
    ["atta kitne ka hai?", "ଚୁଡ଼ା କେତେ ଟଙ୍କା?", "order kar do, total kitna hua?"],
)
def test_a_price_or_the_order_is_no_total_question(text: str) -> None:
    assert parse(text).intent != Intent.SHOW_CART
