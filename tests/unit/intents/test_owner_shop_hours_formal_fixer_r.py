"""Owner family (fixer R): the shop's hours said formally or in the future ("the shop will be
closed from 1 to 4", "kadai moodappadum", "shop teravabadindi", "angadi muchchuttene"), with a
time or a time range that is no stock count, and a reason or an order instruction after it."""

from __future__ import annotations

import pytest

from intents.parse import parse
from intents.types import Intent


@pytest.mark.parametrize("text", [
    "The shop will be closed from 2 to 5 this afternoon, please don't take orders",
    "aaj dopahar 2 se 5 baje tak dukaan band rahegi, order mat lena",
    "আজ দুপুর ২টা থেকে ৫টা পর্যন্ত দোকান বন্ধ থাকবে",
    "indru madhiyam 2 mani mudhal 5 mani varai kadai moodappadum",
    "இன்று மதியம் 2 மணி முதல் 5 மணி வரை கடை மூடப்படும்",
    "ee roju madhyahnam 2 nunchi 5 varaku shop mooseyabadutundi",
    "aaj dupari 2 te 5 dukan band rahil, order gheu naka",
    "aaje bapore 2 thi 5 dukan bandh raheshe",
    "ivattu madhyahna 2 rinda 5 gante varege angadi muchchuttene, maduve ide",
    "ಇವತ್ತು ಸಂಜೆ 6 ಗಂಟೆಗೆ ಅಂಗಡಿ ಮುಚ್ಚುತ್ತೇನೆ, ಹಬ್ಬ ಇದೆ",
    "innu uchakku 2 muthal 5 vare kada adachidum",
    "ajj dupehar 2 ton 5 vaje tak dukaan band rahegi",
    "aji madhyanha 2 ru 5 ta paryanta dokana bandha rahiba",
    "madhiyam 2 to 5 moodappadum",
    "madhyahnam 2 nunchi 5 varaku mooseyabadutundi",
    "uchakku 2 muthal 5 vare adachidum",
    "dupur 2 theke 5 porjonto bondho thakbe",
    "madhyahna 2 rinda 5 varege muchchuttene",
    "dupari 2 pasun 5 paryant band rahil",
    "bapore 2 thi 5 sudhi bandh raheshe",
    "dupehar 2 ton 5 tak band rahegi",
    "madhyanha 2 ru 5 paryanta bandha rahiba",
])
def test_the_shop_closes_for_some_hours(text: str) -> None:
    result = parse(text, role="owner")
    assert result.intent == Intent.CLOSE_SHOP, result


@pytest.mark.parametrize("text", [
    "The shop will be opened at 7:30 tomorrow, take orders",
    "kal subah 7:30 baje dukaan kholi jayegi, order le lena",
    "kal sokal 7:30 e dokan khola hobe",
    "naalai kaalai 7:30 ku kadai thirakkappadum",
    "repu udayam 7:30 ki shop teravabadutundi, orders teesukondi",
    "ee roju shop udayam 7:30 ki teravabadindi",
    "udya sakali 7:30 la dukan ughadel",
    "kale savare 7:30 vagye dukan kholishu",
    "naale beligge 7:30 ge angadi tegeyuttene",
    "naale raavile 7:30 nu kada thurakkunnathaanu",
    "kal savere 7:30 vaje dukaan khulegi",
    "kali sakalu 7:30 re dokana kholiba",
])
def test_the_shop_opens_at_a_time(text: str) -> None:
    result = parse(text, role="owner")
    assert result.intent == Intent.OPEN_SHOP, result
