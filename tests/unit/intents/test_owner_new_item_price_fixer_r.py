"""Owner family (fixer R): a new product's price said with the little word that marks it ("at
160", "160 ka", "160 la", "160 ku", "160 te", "160 ma"), after its pack size, is its price_paise;
and a set price names the product of the clause holding the price, not the reason before it
("घी का रेट बढ़ गया, पतंजलि घी अब ६७० रुपये")."""

from __future__ import annotations

import pytest

from intents.parse import parse
from intents.types import Intent


@pytest.mark.parametrize("text", [
    "add new item: kissan jam 500g at 160",
    "new item kissan jam 500g for 160",
    "naya item: kissan jam 500g, 160 ka",
    "notun item: kissan jam 500g 160 te",
    "puthu item: kissan jam 500g 160 ku",
    "kotha item: kissan jam 500g 160 ki",
    "navin item: kissan jam 500g 160 la",
    "navi item: kissan jam 500g 160 ma",
    "hosa item: kissan jam 500g 160 ge",
    "puthiya item: kissan jam 500g 160 nu",
    "navi item: kissan jam 500g 160 di",
    "nua item: kissan jam 500g 160 re",
    "নতুন জিনিস: কিষাণ জ্যাম ৫০০ গ্রাম ১৬০ টাকায়",
    "പുതിയ സാധനം: കിസാൻ ജാം 500 ഗ്രാം 160 ന്",
    "ନୂଆ ଜିନିଷ: କିସାନ ଜାମ 500 ଗ୍ରାମ 160 ରେ",
])
def test_a_new_items_price_with_its_little_word(text: str) -> None:
    result = parse(text, role="owner")
    assert result.intent == Intent.ADD_PRODUCT, result
    assert result.slots.get("price_paise") == 16000, result
    assert result.items[0].pack_size is not None and result.items[0].pack_size.value == 500
    assert len(result.slots["query"].split()) == 2, result.slots  # the price's little word is no part of the name


@pytest.mark.parametrize(("text", "name"), [
    ("tel ka rate badh gaya, fortune tel ab 180 rupaye", "fortune tel"),
    ("तेल का रेट बढ़ गया, फॉर्च्यून तेल अब 180 रुपये", "फॉर्च्यून तेल"),
    ("oil price went up, fortune oil now rs 180", "fortune oil"),
    ("teler dam bereche, fortune tel ekhon 180 taka", "fortune tel"),
    ("ennai vilai eriduchu, fortune ennai ippo 180 ruba", "fortune ennai"),
    ("nune dhara perigindi, fortune nune ippudu 180 rupayalu", "fortune nune"),
    ("telacha bhav vadhla, fortune tel 180 rupaye", "fortune tel"),
    ("tel no bhav vadhyo, fortune tel have 180 rupiya", "fortune tel"),
    ("enne bele jasti aaytu, fortune enne iga 180 rupayi", "fortune enne"),
    ("enna vila koodi, fortune enna ippol 180 roopa", "fortune enna"),
    ("tel da rate vadh gaya, fortune tel hun 180 rupaye", "fortune tel"),
    ("tela dara badhila, fortune tela ebe 180 tanka", "fortune tela"),
])
def test_the_price_names_the_product_of_its_own_clause(text: str, name: str) -> None:
    result = parse(text, role="owner")
    assert result.intent == Intent.SET_PRICE, result
    assert result.slots["price_paise"] == 18000
    assert [item.text for item in result.items] == [name]
