"""A customer's remark beside the items of an ORDER (who it is for, why, when) is no item: in an
add_items message where some item has an amount, a part with no amount, no word the lexicon
knows and only a weak catalog guess is dropped, the same test as a removal's reason. Real
amount-less items (a lexicon word, a strong catalog match) stay. The phrasings are written for
these tests, not taken from the held-out files."""

from __future__ import annotations

import pytest

from intents.catalog_index import CatalogIndex
from intents.parse import parse
from intents.types import Intent

from .eval_shop import build_eval_shop, parsed_order


@pytest.fixture(scope="module")
def shop() -> CatalogIndex:
    return build_eval_shop()


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("ek colgate 200g, dadi ke daant", 1),
        ("1 kg sugar, mehmaan aa rahe hain", 1),
        ("2 amul taaza 500ml, chhoti bacchi ke liye", 1),
        ("ek amul butter 100 gram, ma ke jonno", 1),
        ("2 maggi, bhai hostel theke esheche", 1),
        ("২টো ম্যাগি, ছেলের টিফিন", 1),
        ("1 tata salt 1kg, amma cheppindi", 1),
        ("2 dairy milk, ponnu birthday ku", 1),
        ("2 மேகி, பையன் ஸ்கூல் போறான்", 1),
        ("1 kissan jam, makkalige breakfast", 1),
        ("2 lux soap, bapuji mate", 1),
    ],
)
def test_a_remark_beside_an_order_is_no_item(shop, text: str, count: int) -> None:  # type: ignore[no-untyped-def]
    result = parsed_order(shop, text, count)
    assert all(item.quantity is not None for item in result.items), result


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("2 kg atta, dal aur chawal bhi", 3),
        ("2 lays, maggi", 2),
        ("1 kg toor dal, ghee bhi", 2),
    ],
)
def test_real_items_without_an_amount_stay(shop, text: str, count: int) -> None:  # type: ignore[no-untyped-def]
    parsed_order(shop, text, count)


def test_no_amount_anywhere_keeps_the_parts(shop) -> None:  # type: ignore[no-untyped-def]
    # with no amount in the order, nothing marks the parts as items rather than remarks
    result = parse("maggi, lays", catalog=shop)
    assert len(result.items) == 2, result


@pytest.mark.parametrize(
    "text",
    [
        "1 bru coffee 200g, amma ku bru coffee dhaan pudikkum",
        "2 tata tea 250g, papa ko yehi chai pasand hai",
    ],
)
def test_a_remark_about_a_product_already_ordered_is_no_item(shop, text: str) -> None:  # type: ignore[no-untyped-def]
    result = parse(text, catalog=shop)
    assert result.intent == Intent.ADD_ITEMS, result
    assert len(result.items) == 1 and result.items[0].quantity is not None, result


@pytest.mark.parametrize(
    "text",
    [
        "2 maggi, chhotu ko dal bilkul pasand nahi aati",
        "2 good day, thambi school trip poran biscuit venum",
    ],
)
def test_one_stray_product_word_in_a_long_remark_is_no_item(shop, text: str) -> None:  # type: ignore[no-untyped-def]
    result = parse(text, catalog=shop)
    assert result.intent == Intent.ADD_ITEMS, result
    assert len(result.items) == 1 and result.items[0].quantity is not None, result


@pytest.mark.parametrize(
    ("text", "count"),
    [("2 kg atta, thoda sa hara dhaniya bhi", 2), ("1 kg rice, moong dal aur chana dal bhi", 3)],
)
def test_a_named_item_in_many_words_stays(shop, text: str, count: int) -> None:  # type: ignore[no-untyped-def]
    assert len(parse(text, catalog=shop).items) == count
