"""Fixer X: the way to pay the customer has none of is refused ("cash nei, GPay te pay korbo"
is UPI: Bengali nei / নেই beside the "not" words the other languages already had); "send last week's order again" reorders; Odia "take it out"
typed without the nukta (କାଢି) removes."""

from __future__ import annotations

import pytest

from intents.parse import parse
from intents.types import Intent
from tests.unit.intents.eval_shop import build_eval_shop

SHOP = build_eval_shop()


@pytest.mark.parametrize(
    ("text", "method"),
    [
        ("kache cash nei, phonepe korbo", "upi"),
        ("হাতে ক্যাশ নেই, জিপে করব", "upi"),
    ],
)
def test_the_way_to_pay_one_has_none_of_is_refused(text: str, method: str) -> None:
    result = parse(text, catalog=SHOP)
    assert result.intent == Intent.CHOOSE_PAYMENT, result
    assert result.slots["payment_method"] == method


@pytest.mark.parametrize(
    "text",
    [
        "gaya athvadiya nu order pachu moklo",
        "ગયા અઠવાડિયાનો ઓર્ડર પાછો મોકલો",
        "pichhle hafte wala order bhej do",
        "পিছনের না, গত সপ্তাহের অর্ডারটা পাঠান",
        "मागच्या आठवड्याचा ऑर्डर पाठवा",
        "pona vaaram order maadhiri anuppunga",
        "poyina vaaram order pampandi",
        "hoda vaara order kalsi",
        "kazhinja aazhcha order ayakku",
        "gala saptaha order pathao",
        "send last weeks order",
    ],
)
def test_last_weeks_order_again_reorders(text: str) -> None:
    result = parse(text, catalog=SHOP)
    assert result.intent == Intent.REORDER, result


@pytest.mark.parametrize("text", ["ଲେଜ୍ କାଢି ଦିଅ", "ମ୍ୟାଗି କାଢି ଦିଅନ୍ତୁ"])
def test_odia_take_it_out_without_the_nukta_removes(text: str) -> None:
    result = parse(text, catalog=SHOP)
    assert result.intent == Intent.REMOVE_ITEM, result
