"""Owner families: a number after "now" that is near the product's catalog price is its new
price ("engine mustard oil now 185"), else a stock count; closing or opening the shop said with
WHEN (today, early, tomorrow) and a reason in another clause is the shop's hours, not a product
to stop selling."""

from __future__ import annotations

from functools import cache

import pytest

from intents.catalog_index import CatalogIndex
from intents.parse import parse
from intents.types import CatalogEntry, Intent


@cache
def _shop() -> CatalogIndex:
    return CatalogIndex.build([
        CatalogEntry(product_id="OIL", name="Engine Kachi Ghani Mustard Oil", brand="Engine", price_paise=18000, aliases=("mustard oil",)),
        CatalogEntry(product_id="BOOST", name="Boost Health Drink", brand="Boost", price_paise=26000, aliases=("boost",)),
        CatalogEntry(product_id="MAGGI", name="Maggi 2-Minute Masala Noodles", brand="Maggi", price_paise=1400, aliases=("maggi",)),
    ])


@pytest.mark.parametrize("text", [
    "engine mustard oil now 185",
    "boost ab 270",
    "बूस्ट अब 270",
    "boost ippo 270",
    "బూస్ట్ ఇప్పుడు 270",
    "boost ekhon 270",
    "बूस्ट आता 270",
    "બૂસ્ટ હવે 270",
    "ಬೂಸ್ಟ್ ಈಗ 270",
    "boost ippol 270",
    "ਬੂਸਟ ਹੁਣ 270",
    "boost ebe 270",
    "engine mustard oil now at 185",
    "boost ab 270 ho gaya",
    "boost ippo 270 aayiduchu",
    "বুস্ট এখন ২৭০ হয়েছে",
    "boost ebe 270 hela",
    "boost now 270, update pls",
])
def test_a_number_after_now_near_the_catalog_price_is_the_new_price(text: str) -> None:
    result = parse(text, role="owner", catalog=_shop())
    assert result.intent == Intent.SET_PRICE
    assert result.slots["price_paise"] in (18500, 27000)
    assert result.items[0].value == result.slots["price_paise"]


@pytest.mark.parametrize(("text", "stock"), [
    ("maggi ab 50", 50),  # ₹14 in the catalog: 50 is a count
    ("maggi ab 5 bache", 5),
    ("boost ippudu 40", 40),
    ("engine mustard oil 24", 24),  # no "now" and far from ₹180: the stock (near it, "lizol 120" style, it is the price)
])
def test_a_number_far_from_the_price_or_without_now_stays_the_stock(text: str, stock: int) -> None:
    result = parse(text, role="owner", catalog=_shop())
    assert (result.intent, result.slots.get("stock")) == (Intent.SET_STOCK, stock)


def test_without_a_catalog_now_and_a_number_is_the_stock() -> None:
    result = parse("boost ab 270", role="owner")
    assert (result.intent, result.slots.get("stock")) == (Intent.SET_STOCK, 270)


@pytest.mark.parametrize(("text", "intent"), [
    ("closing early today, family function", Intent.CLOSE_SHOP),
    ("will close early today, relative's wedding", Intent.CLOSE_SHOP),
    ("closing at 6 today, going to a wedding", Intent.CLOSE_SHOP),
    ("opening late tomorrow, doctor visit", Intent.OPEN_SHOP),
    ("आज जल्दी बंद कर रहा हूँ, शादी में जाना है", Intent.CLOSE_SHOP),
    ("kal band rahega, gaon ja raha hu", Intent.CLOSE_SHOP),
    ("aaj taratari bondho korchi, barite pujo", Intent.CLOSE_SHOP),
    ("innaiku seekiram moodaren, kalyanam irukku", Intent.CLOSE_SHOP),
    ("ఈరోజు తొందరగా మూసేస్తున్నా, ఇంట్లో ఫంక్షన్", Intent.CLOSE_SHOP),
    ("aaj lavkar band, lagna aahe", Intent.CLOSE_SHOP),
    ("aaje vahelu bandh karu chu, ghare prasang che", Intent.CLOSE_SHOP),
    ("ivattu bega close maadtini, maduve ide", Intent.CLOSE_SHOP),
    ("innu nerathe adakkum, kalyanam undu", Intent.CLOSE_SHOP),
    ("ਅੱਜ ਜਲਦੀ ਬੰਦ ਕਰ ਰਹੇ ਹਾਂ, ਘਰ ਵਿੱਚ ਫੰਕਸ਼ਨ ਹੈ", Intent.CLOSE_SHOP),
    ("aaji sighra bandha karuchi, ghare bahaghara", Intent.CLOSE_SHOP),
])
def test_closing_or_opening_with_when_and_a_reason_is_the_shop(text: str, intent: Intent) -> None:
    assert parse(text, role="owner").intent == intent


@pytest.mark.parametrize("text", ["maggi aaj se band", "maggi band karo", "kissan jam kal se band kar do"])
def test_a_product_before_the_closing_word_is_still_taken_off(text: str) -> None:
    result = parse(text, role="owner")
    assert result.intent == Intent.DEACTIVATE_PRODUCT
    assert result.items and result.items[0].text in ("maggi", "kissan jam")


@pytest.mark.parametrize(("text", "intent"), [
    ("closed for 2 days, going to village", Intent.CLOSE_SHOP),
    ("closed till monday", Intent.CLOSE_SHOP),
    ("will be closed on sunday", Intent.CLOSE_SHOP),
    ("2 din band rahega, gaon ja rahe hain", Intent.CLOSE_SHOP),
    ("rendu naal leevu, ooruku poren", Intent.CLOSE_SHOP),
    ("be divas bandh, lagan che", Intent.CLOSE_SHOP),
    ("randu divasam adachirikkum", Intent.CLOSE_SHOP),
    ("2 dina bandha rahiba", Intent.CLOSE_SHOP),
    ("kal subah 8 baje khulega", Intent.OPEN_SHOP),
    ("naalai kaalaila 8 mani ku thirappom", Intent.OPEN_SHOP),
])
def test_how_long_or_which_day_the_shop_is_shut(text: str, intent: Intent) -> None:
    result = parse(text, role="owner")
    assert result.intent == intent
    assert "stock" not in result.slots


def test_a_product_named_before_a_day_word_is_still_the_product() -> None:
    result = parse("good day biscuit band karo", role="owner")
    assert result.intent == Intent.DEACTIVATE_PRODUCT


@pytest.mark.parametrize(("text", "paise"), [
    ("engine mustard oil 180 se 185", 18500),
    ("boost 260 to 270", 27000),
    ("maggi 15 each", 1500),
    ("maggi 15 per packet", 1500),
])
def test_a_price_said_from_old_to_new_or_for_each_one(text: str, paise: int) -> None:
    result = parse(text, role="owner", catalog=_shop())
    assert (result.intent, result.slots.get("price_paise")) == (Intent.SET_PRICE, paise)
    assert len(result.items) == 1


def test_a_count_said_from_old_to_new_far_from_the_price_is_no_price() -> None:
    result = parse("boost 20 se 25", role="owner", catalog=_shop())
    assert result.intent != Intent.SET_PRICE
