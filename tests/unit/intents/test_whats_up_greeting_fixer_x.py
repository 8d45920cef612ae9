"""Fixer X: "what's up / what news / how's it going", and "still open at this hour?" after a
hello, greet the shop in the eleven languages; an order after the greeting is still an order."""

from __future__ import annotations

import pytest

from intents.parse import parse
from intents.types import Intent
from tests.unit.intents.eval_shop import build_eval_shop, parsed_order

SHOP = build_eval_shop()


@pytest.mark.parametrize(
    "text",
    [
        "wassup, how's it going?",
        "bhaiya, kya haal chaal?",
        "भैया, क्या हाल है?",
        "राम राम भैया 🙏 इतनी रात को भी चालू हो?",
        "kaku, ki khabar? 🙏",
        "দাদা, কী খবর?",
        "anna, enna visesham?",
        "அண்ணா, என்ன விசேஷம்?",
        "anna, emiti sangathi?",
        "అన్నా, ఏంటి సంగతి?",
        "ಅಣ್ಣ, ಏನ್ ಸಮಾಚಾರ?",
        "chetta, enthund vishesham?",
        "ചേട്ടാ, എന്തുണ്ട് വിശേഷം?",
        "kaka, kay mhanta?",
        "દાદા, શું ચાલે છે?",
        "ਵੀਰ ਜੀ, ਕਿੱਦਾਂ?",
        "bhai, kana khabar?",
        "ଭାଇ, କଣ ଖବର?",
    ],
)
def test_whats_up_greets(text: str) -> None:
    result = parse(text, catalog=SHOP)
    assert result.intent == Intent.GREET, result


def test_a_greeting_then_goods_is_an_order() -> None:
    # a guard: the new greeting words leave an order after them an order
    parsed_order(SHOP, "ki khabar dada, 2 kg aloo dao", 1)
