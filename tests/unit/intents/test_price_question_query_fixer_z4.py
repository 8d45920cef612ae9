"""Fixer Z4: a price or "do you have" question keeps only the goods in its query: no "what's",
no "at your place", no copula or separate genitive (phrasings written for these tests)."""

from __future__ import annotations

import pytest

from intents.parse import parse

QUESTIONS = [
    ("what's the price of fortune sunflower oil", "fortune sunflower oil"),
    ("what's the rate of tata salt", "tata salt"),
    ("kabuli chana tamare tyan male che?", "kabuli chana"),
    ("ponni ari kilo ethra aanu?", "ponni ari"),
    ("ਬਾਸਮਤੀ ਚੌਲ ਕਿੰਨੇ ਦਾ ਆ?", "ਬਾਸਮਤੀ ਚੌਲ"),
]


@pytest.mark.parametrize(("text", "query"), QUESTIONS)
def test_a_price_question_asks_about_the_goods_only(text: str, query: str) -> None:
    result = parse(text)
    assert result.intent == "browse" and result.slots.get("query") == query
