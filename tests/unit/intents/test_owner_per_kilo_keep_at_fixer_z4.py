"""Fixer Z4: an owner's per-kilo price with the price word between the unit and the number and a
"keep it at" verb closing it ("kg ధర ₹165 పెట్టు", "kilo ka rate 165 rakho"), and a loss closed
by "it has become" ("3 packet damage ஆயிடுச்சு"), in the eleven languages (phrasings written
for these tests): the verb is no part of the product's name."""

from __future__ import annotations

import pytest

from intents.catalog_index import CatalogIndex
from intents.parse import parse

from .eval_shop import build_eval_shop

SUGAR = "ST-0136"


@pytest.fixture(scope="module")
def shop() -> CatalogIndex:
    return build_eval_shop()


PER_KILO = [
    "sugar kg rate 48 keep it",
    "cheeni kg rate 48 rakh do",
    "चीनी किलो का रेट 48 रख दो",
    "chini kg dam 48 rakho",
    "சர்க்கரை கிலோ விலை 48 வைங்க",
    "panchadara kg dhara 48 pettandi",
    "sakhar kilo bhav 48 theva",
    "ખાંડ કિલો ભાવ 48 રાખજો",
    "ಸಕ್ಕರೆ ಕೆಜಿ ಬೆಲೆ 48 ಇಡು",
    "പഞ്ചസാര കിലോ വില 48 വെക്കൂ",
    "ਚੀਨੀ ਕਿਲੋ ਰੇਟ 48 ਰੱਖ ਦਿਓ",
    "ଚିନି କିଲୋ ଦର 48 ରଖନ୍ତୁ",
]


@pytest.mark.parametrize("text", PER_KILO)
def test_a_per_kilo_price_kept_at_names_only_the_product(text: str, shop: CatalogIndex) -> None:
    result = parse(text, role="owner", catalog=shop)
    assert result.intent == "set_price" and result.slots.get("price_paise") == 4800
    assert len(result.items) == 1 and result.items[0].candidates and result.items[0].candidates[0].product_id == SUGAR


LOSSES = [
    "sugar 2 packet damage aayipoyindi",
    "चीनी 2 पैकेट damage हो गए",
    "chini 2 packet damage hoye geche",
    "சர்க்கரை 2 பாக்கெட் damage ஆகிடுச்சு",
    "ಸಕ್ಕರೆ 2 ಪ್ಯಾಕೆಟ್ damage ಆಗೋಯ್ತು",
    "ପଞ୍ଚସାର 2 ପ୍ୟାକେଟ damage ହୋଇଗଲା",
]


@pytest.mark.parametrize("text", LOSSES)
def test_a_loss_that_has_become_is_taken_off(text: str) -> None:
    result = parse(text, role="owner")
    assert result.intent == "adjust_stock" and result.slots.get("stock_delta") == -2
    assert len(result.items) == 1 and len(result.items[0].text.split()) == 1
