"""Fixer AU, the family "owner verbs of movement", in all eleven languages (native script and
romanised). The phrasings are written for these tests, not taken from the evaluation files:

- sold takes the count out of the stock, came adds it (adjust_stock), and the verb is no part
  of the product: "maggi aath packet vechaya" is -8, "tide don packet aale" is +2 (the count
  said in words before Marathi "aale", which is also ginger);
- a numbered order that left is out for delivery ("bayaluderi poyindi", "horage hogide", "ber
  hoye gelo", "delivery ku poyiduchu"; "out for delivery aayi" stays out for delivery although
  "delivery aayi" alone is delivered); one reached / handed over is delivered;
- approval words accept a numbered order (મંજૂર, ଗ୍ରହଣ କର, amodinchu, anumodisi);
- the shop closed with a reason in another clause is the shop ("dokan bondho koro, biye bari
  jacchi"), "closing for the day" too, "dukan ughda" opens it;
- "the order that just came" (కొత్తగా వచ్చిన, abhi aaya, ಹೊಸದಾಗಿ ಬಂದ …) is the newest order.
"""

from __future__ import annotations

import pytest

from intents.catalog_index import CatalogIndex
from intents.parse import parse
from intents.types import Intent

from .eval_shop import build_eval_shop

MAGGI, TIDE, HARPIC = "ST-0157", "ST-0238", "ST-0246"
_NAMES = {MAGGI: "maggi", TIDE: "tide", HARPIC: "harpic"}


@pytest.fixture(scope="module")
def shop() -> CatalogIndex:
    return build_eval_shop()


STOCK_MOVES = [
    ("en", "maggi 12 sold at the counter", -12, MAGGI),
    ("en", "maggi 20 packets came", 20, MAGGI),
    ("hi", "maggi 8 bik gaye", -8, MAGGI),
    ("hi", "maggi 20 packet aaye", 20, MAGGI),
    ("bn", "harpic tin packet bikri hoye geche", -3, HARPIC),
    ("bn", "maggi 20 packet elo", 20, MAGGI),
    ("ta", "maggi anju packet vithuruchu", -5, MAGGI),
    ("ta", "maggi 20 packet vandhuchu", 20, MAGGI),
    ("te", "maggi padi packetlu ammudu poyindi", -10, MAGGI),
    ("te", "maggi 20 packet vachayi", 20, MAGGI),
    ("mr", "maggi saha packet vikle", -6, MAGGI),
    ("mr", "tide don packet aale", 2, TIDE),
    ("mr", "maggi pach packet aale", 5, MAGGI),
    ("gu", "maggi aath packet vechaya", -8, MAGGI),
    ("gu", "maggi 20 packet aavya", 20, MAGGI),
    ("kn", "maggi hattu packet maaratavagide", -10, MAGGI),
    ("kn", "maggi 20 packet bandide", 20, MAGGI),
    ("ml", "maggi anju packet vittupoyi", -5, MAGGI),
    ("ml", "maggi 20 packet vannu", 20, MAGGI),
    ("pa", "maggi das packet vik gaye", -10, MAGGI),
    ("or", "maggi dasa packet biki gala", -10, MAGGI),
    ("or", "maggi 20 packet asila", 20, MAGGI),
]


@pytest.mark.parametrize(("language", "text", "delta", "product"), STOCK_MOVES)
def test_sold_and_came_change_the_stock(shop: CatalogIndex, language: str, text: str, delta: int, product: str) -> None:
    result = parse(text, role="owner", catalog=shop)
    assert result.intent == Intent.ADJUST_STOCK, result
    assert result.slots["stock_delta"] == delta, result
    assert [item.text for item in result.items] == [_NAMES[product]], result  # the verb is no part of the product
    assert result.items[0].candidates[0].product_id == product, result


ORDER_MOVES = [
    ("en", "A7001 out for delivery now", Intent.ADVANCE_ORDER, "out_for_delivery"),
    ("en", "A7002 handed to customer", Intent.ADVANCE_ORDER, "delivered"),
    ("en", "A7003 approved", Intent.ACCEPT_ORDER, None),
    ("hi", "A7011 out for delivery ho gaya", Intent.ADVANCE_ORDER, "out_for_delivery"),
    ("hi", "A7012 pahuncha di", Intent.ADVANCE_ORDER, "delivered"),
    ("hi", "A7013 मंजूर करो", Intent.ACCEPT_ORDER, None),
    ("bn", "A7021 ber hoye gelo", Intent.ADVANCE_ORDER, "out_for_delivery"),
    ("bn", "A7024 বের হয়ে গেছে", Intent.ADVANCE_ORDER, "out_for_delivery"),
    ("bn", "A7022 হাতে দিয়েছি", Intent.ADVANCE_ORDER, "delivered"),
    ("bn", "A7023 monjur", Intent.ACCEPT_ORDER, None),
    ("ta", "A7031 delivery ku poyiduchu", Intent.ADVANCE_ORDER, "out_for_delivery"),
    ("ta", "A7032 out for delivery aachu", Intent.ADVANCE_ORDER, "out_for_delivery"),
    ("ta", "A7034 டெலிவரிக்கு போச்சு", Intent.ADVANCE_ORDER, "out_for_delivery"),
    ("ta", "A7033 oppukko", Intent.ACCEPT_ORDER, None),
    ("te", "A7041 bayaluderi poyindi", Intent.ADVANCE_ORDER, "out_for_delivery"),
    ("te", "A7045 బయల్దేరింది", Intent.ADVANCE_ORDER, "out_for_delivery"),
    ("te", "A7042 out for delivery ayindi", Intent.ADVANCE_ORDER, "out_for_delivery"),
    ("te", "A7043 amodinchu", Intent.ACCEPT_ORDER, None),
    ("te", "A7044 ఆమోదించు", Intent.ACCEPT_ORDER, None),
    ("mr", "A7051 baher padla", Intent.ADVANCE_ORDER, "out_for_delivery"),
    ("mr", "A7053 out for delivery zali", Intent.ADVANCE_ORDER, "out_for_delivery"),
    ("mr", "A7052 मंजूर", Intent.ACCEPT_ORDER, None),
    ("gu", "A7061 out for delivery thai gayu", Intent.ADVANCE_ORDER, "out_for_delivery"),
    ("gu", "A7062 pahochi gai", Intent.ADVANCE_ORDER, "delivered"),
    ("gu", "A7063 manjur", Intent.ACCEPT_ORDER, None),
    ("gu", "A7064 મંજૂર છે", Intent.ACCEPT_ORDER, None),
    ("kn", "A7071 horage hogide", Intent.ADVANCE_ORDER, "out_for_delivery"),
    ("kn", "A7075 ಹೊರಗಿದೆ", Intent.ADVANCE_ORDER, "out_for_delivery"),
    ("kn", "A7072 out for delivery aagide", Intent.ADVANCE_ORDER, "out_for_delivery"),
    ("kn", "A7073 anumodisi", Intent.ACCEPT_ORDER, None),
    ("kn", "A7074 ಮಂಜೂರು", Intent.ACCEPT_ORDER, None),
    ("ml", "A7081 delivery kku irangi", Intent.ADVANCE_ORDER, "out_for_delivery"),
    ("ml", "A7084 out for delivery ayi", Intent.ADVANCE_ORDER, "out_for_delivery"),
    ("ml", "A7082 kaimaari", Intent.ADVANCE_ORDER, "delivered"),
    ("ml", "A7083 angeekarikku", Intent.ACCEPT_ORDER, None),
    ("pa", "A7091 out for delivery ho gaya", Intent.ADVANCE_ORDER, "out_for_delivery"),
    ("pa", "A7092 de aaya", Intent.ADVANCE_ORDER, "delivered"),
    ("pa", "A7093 manzoor", Intent.ACCEPT_ORDER, None),
    ("or", "A7101 out for delivery heigala", Intent.ADVANCE_ORDER, "out_for_delivery"),
    ("or", "A7102 ଡେଲିଭର ହେଲା", Intent.ADVANCE_ORDER, "delivered"),
    ("or", "A7103 grahana kara", Intent.ACCEPT_ORDER, None),
    ("or", "A7104 ମଞ୍ଜୁର", Intent.ACCEPT_ORDER, None),
]


@pytest.mark.parametrize(("language", "text", "intent", "status"), ORDER_MOVES)
def test_a_numbered_order_moves_on(language: str, text: str, intent: Intent, status: str | None) -> None:
    result = parse(text, role="owner")
    assert result.intent == intent, result
    assert result.slots["order_ref"] == text.split()[0], result
    assert result.slots.get("status") == status, result


NEWEST = [
    ("en", "newly arrived order accept karo", Intent.ACCEPT_ORDER),
    ("hi", "abhi aaya order accept karo", Intent.ACCEPT_ORDER),
    ("hi", "naya aaya order reject karo", Intent.REJECT_ORDER),
    ("bn", "নতুন আসা অর্ডার accept করো", Intent.ACCEPT_ORDER),
    ("ta", "இப்போ வந்த ஆர்டர் accept பண்ணு", Intent.ACCEPT_ORDER),
    ("te", "ippude vachina order accept cheyyi", Intent.ACCEPT_ORDER),
    ("mr", "नवीन आलेला ऑर्डर accept करा", Intent.ACCEPT_ORDER),
    ("gu", "નવો આવેલો ઓર્ડર accept કરો", Intent.ACCEPT_ORDER),
    ("kn", "ಹೊಸದಾಗಿ ಬಂದ ಆರ್ಡರ್ accept ಮಾಡಿ", Intent.ACCEPT_ORDER),
    ("ml", "puthiyathaayi vanna order accept cheyyu", Intent.ACCEPT_ORDER),
    ("pa", "ਨਵਾਂ ਆਇਆ ਆਰਡਰ accept ਕਰੋ", Intent.ACCEPT_ORDER),
    ("or", "ନୂଆ ଆସିଥିବା ଅର୍ଡର accept କର", Intent.ACCEPT_ORDER),
]


@pytest.mark.parametrize(("language", "text", "intent"), NEWEST)
def test_the_order_that_just_came_is_the_newest(language: str, text: str, intent: Intent) -> None:
    result = parse(text, role="owner")
    assert result.intent == intent, result
    assert result.slots.get("which_order") == "newest", result


SHOP = [
    ("en", "closing for the day, going home", Intent.CLOSE_SHOP),
    ("hi", "दुकान बंद करो, मैच देखने जा रहा हूं", Intent.CLOSE_SHOP),
    ("bn", "dokan bondho koro, biye bari jacchi", Intent.CLOSE_SHOP),
    ("ta", "கடை மூடு, கல்யாணத்துக்கு போறேன்", Intent.CLOSE_SHOP),
    ("mr", "dukan ughda aata", Intent.OPEN_SHOP),
    ("gu", "દુકાન બંધ કરો, લગ્નમાં જાઉં છું", Intent.CLOSE_SHOP),
    ("pa", "ਦੁਕਾਨ ਬੰਦ ਕਰੋ, ਵਿਆਹ ਤੇ ਜਾਣਾ", Intent.CLOSE_SHOP),
]


@pytest.mark.parametrize(("language", "text", "intent"), SHOP)
def test_the_shop_opens_and_closes(language: str, text: str, intent: Intent) -> None:
    result = parse(text, role="owner")
    assert result.intent == intent, result
    assert not result.items, result


# ---- must not change


def test_customer_where_is_still_asks_the_status() -> None:
    result = parse("where is A7200", role="customer")
    assert result.intent == Intent.ORDER_STATUS and result.slots["order_ref"] == "A7200", result


def test_owner_status_question_still_asks_the_status() -> None:
    result = parse("A7200 status?", role="owner")
    assert result.intent == Intent.ORDER_STATUS, result


def test_stock_count_still_sets(shop: CatalogIndex) -> None:
    result = parse("maggi stock 40", role="owner", catalog=shop)
    assert result.intent == Intent.SET_STOCK and result.slots["stock"] == 40, result


@pytest.mark.parametrize("text", ["aaje ketlu vechayu", "aaj kitna bika?"])
def test_how_much_sold_is_still_the_days_sales(text: str) -> None:
    assert parse(text, role="owner").intent == Intent.TODAY_SUMMARY


def test_went_bad_is_not_out_for_delivery(shop: CatalogIndex) -> None:
    result = parse("4 aavin paal packet kettu pochu", role="owner", catalog=shop)
    assert result.intent == Intent.ADJUST_STOCK and result.slots["stock_delta"] == -4, result


def test_ginger_stock_is_still_ginger(shop: CatalogIndex) -> None:
    result = parse("ale 5 kilo", role="owner", catalog=shop)
    assert result.intent == Intent.SET_STOCK and result.slots["stock"] == 5, result


def test_delivered_alone_is_still_delivered() -> None:
    result = parse("A7300 delivery aayi", role="owner")
    assert result.intent == Intent.ADVANCE_ORDER and result.slots["status"] == "delivered", result


def test_stop_selling_a_product_is_not_the_shop(shop: CatalogIndex) -> None:
    result = parse("maggi band karo, koi nahi leta", role="owner", catalog=shop)
    assert result.intent == Intent.DEACTIVATE_PRODUCT, result


@pytest.mark.parametrize(
    ("text", "delta"),
    [("maggi 20 naya aaya", 20), ("parle g 24 abhi aaya", 24), ("ਮੈਗੀ 12 ਹੁਣੇ ਆਇਆ", 12), ("tata namak 10 nava aaya", 10)],
)
def test_just_came_without_an_order_is_an_arrival(text: str, delta: int) -> None:
    """With no order word, "naya aaya" / "ਹੁਣੇ ਆਇਆ" says the goods came: a stock increase."""
    result = parse(text, role="owner")
    assert result.intent == Intent.ADJUST_STOCK, result
    assert result.slots.get("stock_delta") == delta, result
