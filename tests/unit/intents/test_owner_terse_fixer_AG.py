"""Terse owner lines of fixer AG, in the eleven languages (native script and romanised). The
phrasings are written for these tests, not taken from the held-out files:

- an order number with "no stock" rejects the order ("A6121 মাল শেষ", "A6172 saamanu illa");
- "PRODUCT [SIZE] NUMBER": a price word after the number makes it the price ("boost 270 ka kar
  do"), a count word the stock ("ariel 12 ta"); a bare number is the price when it is near the
  catalog price ("harpic 115" at ₹110), else the count ("harpic 24", "amul taaza 500ml 45");
- "put it in my shop / on my list" adds the product, with its pack size;
- stop-selling words ("eduthu kalayu", "tegedu haaku", "theeseyi") take a product off;
- today's / this month's sales words ask for the day's summary;
- a heading ("stock lekka:", "स्टॉक गिनती:") before a list of counts is no product; when two order
  statuses are named the later one wins.
"""

from __future__ import annotations

import pytest

from intents.catalog_index import CatalogIndex
from intents.parse import parse
from intents.types import Intent

from .eval_shop import build_eval_shop

HARPIC, VIM_GEL, ARIEL, BOOST, HORLICKS, BRU, RED_LABEL = "ST-0246", "ST-0244", "ST-0237", "ST-0205", "ST-0204", "ST-0154", "ST-0148"
LIZOL, MYSORE_SANDAL, NANDINI_MILK, KPL, DETTOL_HANDWASH, AMUL_TAAZA = "ST-0247", "ST-0263", "ST-0080", "ST-0069", "ST-0230", "ST-0076"
DETTOL_SOAP, SURF_1KG, MAGGI, VIM_BAR, MONACO, MATTA = "ST-0215", "ST-0235", "ST-0157", "ST-0243", "ST-0193", "ST-0035"


@pytest.fixture(scope="module")
def shop() -> CatalogIndex:
    return build_eval_shop()


@pytest.mark.parametrize(
    "text",
    [
        "A6101 stock out",
        "A6102 items not available",
        "A6111 saaman khatam ho gaya",
        "A6112 स्टॉक नहीं है भैया",
        "A6121 মাল শেষ",
        "A6122 jinish nei",
        "A6131 சாமான் இல்லை",
        "A6132 stock theernthuchu",
        "A6141 సరుకు లేదు",
        "A6142 saruku ledu andi",
        "A6151 माल नाही",
        "A6152 stock sampla",
        "A6161 માલ નથી",
        "A6162 saman khalas",
        "A6171 ಸ್ಟಾಕ್ ಇಲ್ಲ",
        "A6172 saamanu illa",
        "A6181 സാധനം ഇല്ല",
        "A6182 stock theernnu",
        "A6191 ਮਾਲ ਨਹੀਂ",
        "A6192 samaan nahi hai ji",
        "A6201 ମାଲ ନାହିଁ",
        "A6202 jinisa sarigala",
    ],
)
def test_order_number_with_no_stock_rejects(text: str) -> None:
    result = parse(text, role="owner")
    assert result.intent == Intent.REJECT_ORDER, text
    assert result.slots["order_ref"] == text.split()[0]


@pytest.mark.parametrize(
    ("text", "paise", "product"),
    [
        ("harpic 115", 11500, HARPIC),
        ("vim gel 120", 12000, VIM_GEL),
        ("बूस्ट 270 का कर दो", 27000, BOOST),
        ("boost 270 ka kar do", 27000, BOOST),
        ("বুস্ট ২৭০", 27000, BOOST),
        ("ariel 300", 30000, ARIEL),
        ("ஹார்லிக்ஸ் 285", 28500, HORLICKS),
        ("bru 145 ku", 14500, BRU),
        ("హార్లిక్స్ 280 కి", 28000, HORLICKS),
        ("red label 250g 150 ki", 15000, RED_LABEL),
        ("lizol 118", 11800, LIZOL),
        ("बूस्ट 265", 26500, BOOST),
        ("બૂસ્ટ 265", 26500, BOOST),
        ("mysore sandal 84 nu", 8400, MYSORE_SANDAL),
        ("ಬೂಸ್ಟ್ 268", 26800, BOOST),
        ("ಲೈಸೋಲ್ 120", 12000, LIZOL),
        ("ബൂസ്റ്റ് 270", 27000, BOOST),
        ("kpl velichenna 395", 39500, KPL),
        ("ਹਾਰਲਿਕਸ 280", 28000, HORLICKS),
        ("dettol handwash 105", 10500, DETTOL_HANDWASH),
        ("ହରଲିକ୍ସ 280", 28000, HORLICKS),
        ("ଆମୁଲ ତାଜା 500ml 30", 3000, AMUL_TAAZA),
    ],
)
def test_terse_number_near_the_catalog_price_is_the_price(text: str, paise: int, product: str, shop: CatalogIndex) -> None:
    result = parse(text, role="owner", catalog=shop)
    assert result.intent == Intent.SET_PRICE, text
    assert result.slots["price_paise"] == paise
    assert result.items[0].candidates[0].product_id == product


def test_a_price_word_after_the_number_keeps_the_pack_size(shop: CatalogIndex) -> None:
    result = parse("surf excel 1kg 145 ka kr do", role="owner", catalog=shop)
    assert result.intent == Intent.SET_PRICE and result.slots["price_paise"] == 14500
    item = result.items[0]
    assert item.text == "surf excel" and item.pack_size is not None and (item.pack_size.value, item.pack_size.unit) == (1.0, "kg")
    assert item.candidates[0].product_id == SURF_1KG


@pytest.mark.parametrize(
    ("text", "count", "product"),
    [
        ("harpic 24", 24, HARPIC),
        ("ariel 12 ta", 12, ARIEL),
        ("nandini haalu 40", 40, NANDINI_MILK),
        ("nandini haalu 26", 26, NANDINI_MILK),  # ₹24, but a small number: a shelf count
        ("amul taaza 500ml 45", 45, AMUL_TAAZA),
        ("matta ari 50", 50, MATTA),  # ₹72: 0.69 of the price is a count
        ("parle g 10", 10, "ST-0189"),  # the price it already has: a count
        ("maggi 50", 50, MAGGI),
        ("lizol 12", 12, LIZOL),
    ],
)
def test_terse_number_far_from_the_catalog_price_stays_the_stock(text: str, count: int, product: str, shop: CatalogIndex) -> None:
    result = parse(text, role="owner", catalog=shop)
    assert result.intent == Intent.SET_STOCK, text
    assert result.slots["stock"] == count
    assert result.items[0].candidates[0].product_id == product


@pytest.mark.parametrize(
    ("text", "name", "pack", "product"),
    [
        ("please add Harpic 500ml to the list", "harpic", (500.0, "ml"), HARPIC),
        ("vim gel 500ml dukaan mein rakh do", "vim gel", (500.0, "ml"), VIM_GEL),
        ("मैगी 70g लिस्ट में डाल दो", "मैगी", (70.0, "g"), MAGGI),
        ("lizol 500ml dokane rakho", "lizol", (500.0, "ml"), LIZOL),
        ("ডেটল সাবান দোকানে রাখো", "ডেটল সাবান", None, DETTOL_SOAP),
        ("bru coffee 50g kadaila serthudunga", "bru coffee", (50.0, "g"), BRU),
        ("ப்ரூ காபி 50g கடையில் சேருங்க", "ப்ரூ காபி", (50.0, "g"), BRU),
        ("boost 450g shop lo pettandi", "boost", (450.0, "g"), BOOST),
        ("హార్లిక్స్ 500g షాపులో పెట్టండి", "హార్లిక్స్", (500.0, "g"), HORLICKS),
        ("harpic 500ml dukanat theva", "harpic", (500.0, "ml"), HARPIC),
        ("हार्पिक 500ml दुकानात ठेवा", "हार्पिक", (500.0, "ml"), HARPIC),
        ("surf excel 1kg dukan ma rakho", "surf excel", (1.0, "kg"), SURF_1KG),
        ("સર્ફ એક્સેલ 1kg દુકાનમાં રાખો", "સર્ફ એક્સેલ", (1.0, "kg"), SURF_1KG),
        ("mysore sandal soap angadige serisi", "mysore sandal soap", None, MYSORE_SANDAL),
        ("ಮೈಸೂರ್ ಸ್ಯಾಂಡಲ್ ಸೋಪ್ ಅಂಗಡಿಗೆ ಸೇರಿಸಿ", "ಮೈಸೂರ್ ಸ್ಯಾಂಡಲ್ ಸೋಪ್", None, MYSORE_SANDAL),
        ("kpl velichenna 1 litre kadayil vekku", "kpl velichenna", (1.0, "l"), KPL),
        ("ലൈസോൾ 500ml കടയിൽ വെക്കൂ", "ലൈസോൾ", (500.0, "ml"), LIZOL),
        ("dettol sabun dukaan vich rakh lo", "dettol sabun", None, DETTOL_SOAP),
        ("ਡੇਟੋਲ ਸਾਬਣ ਦੁਕਾਨ ਵਿੱਚ ਰੱਖੋ", "ਡੇਟੋਲ ਸਾਬਣ", None, DETTOL_SOAP),
        ("lizol dokanare rakha", "lizol", None, LIZOL),
        ("ଲାଇଜଲ 500ml ଦୋକାନରେ ରଖ", "ଲାଇଜଲ", (500.0, "ml"), LIZOL),
    ],
)
def test_put_in_the_shop_adds_the_product(
    text: str, name: str, pack: tuple[float, str] | None, product: str, shop: CatalogIndex
) -> None:
    result = parse(text, role="owner", catalog=shop)
    assert result.intent == Intent.ADD_PRODUCT, text
    item = result.items[0]
    assert item.text == name and result.slots["query"] == name
    assert (item.pack_size.value, item.pack_size.unit) == pack if pack is not None else item.pack_size is None
    assert item.candidates[0].product_id == product


@pytest.mark.parametrize(
    ("text", "product"),
    [
        ("vim bar hata do list se", VIM_BAR),
        ("lizol list theke soriye dao", LIZOL),
        ("boost list la irundhu eduthudunga", BOOST),
        ("harpic theeseyi", HARPIC),
        ("surf list madhun kadha", "ST-0236"),
        ("parle monaco kadhi nakho", MONACO),
        ("vim bar tegedu haaku", VIM_BAR),
        ("harpic eduthu kalayu", HARPIC),
        ("ഹാർപിക് എടുത്തു കളയൂ", HARPIC),
        ("dettol sabun hata deyo", DETTOL_SOAP),
        ("lizol list ru hatei dia", LIZOL),
    ],
)
def test_stop_selling_words_take_the_product_off(text: str, product: str, shop: CatalogIndex) -> None:
    result = parse(text, role="owner", catalog=shop)
    assert result.intent == Intent.DEACTIVATE_PRODUCT, text
    assert len(result.items) == 1 and result.items[0].candidates[0].product_id == product


@pytest.mark.parametrize(
    "text",
    [
        "how much sale today",
        "aaj kitni bikri hui",
        "ajke koto bikri holo",
        "இன்னைக்கு சேல் எவ்வளவு",
        "ee roju ammakalu entha",
        "aaj kiti vikri zali",
        "aaje ketlu vechan thayu",
        "ivattu sale eshtu",
        "innu vilpana ethra",
        "aaj di vikri kinni",
        "aaji bikri kete",
        "is mahine ki bikri kitni",
    ],
)
def test_sales_words_ask_for_the_summary(text: str) -> None:
    assert parse(text, role="owner").intent == Intent.TODAY_SUMMARY, text


@pytest.mark.parametrize(
    ("text", "products"),
    [
        ("stock count: harpic 12, lizol 9, vim bar 30", (HARPIC, LIZOL, VIM_BAR)),
        ("स्टॉक गिनती: हार्पिक 12, लाइजोल 9, बूस्ट 30", (HARPIC, LIZOL, BOOST)),
        ("স্টক হিসাব: boost 12, horlicks 9, bru 30", (BOOST, HORLICKS, BRU)),
        ("கணக்கு: boost 12, horlicks 9, bru 30", (BOOST, HORLICKS, BRU)),
        ("stock lekka: boost 12, horlicks 9, bru 30", (BOOST, HORLICKS, BRU)),
        ("stock hishob: harpic 12, lizol 9, boost 30", (HARPIC, LIZOL, BOOST)),
        ("stock hisab - harpic 12, lizol 9, boost 30", (HARPIC, LIZOL, BOOST)),
        ("lekka - boost 12, horlicks 9, bru 30", (BOOST, HORLICKS, BRU)),
        ("stock kanakku: boost 12, horlicks 9, bru 30", (BOOST, HORLICKS, BRU)),
        ("ginti: harpic 12, lizol 9, boost 30", (HARPIC, LIZOL, BOOST)),
        ("ସ୍ଟକ ହିସାବ: boost 12, horlicks 9, bru 30", (BOOST, HORLICKS, BRU)),
    ],
)
def test_heading_before_counts_is_no_product(text: str, products: tuple[str, ...], shop: CatalogIndex) -> None:
    result = parse(text, role="owner", catalog=shop)
    assert result.intent == Intent.SET_STOCK, text
    assert result.slots["stock"] == 12
    assert [item.value for item in result.items] == [12.0, 9.0, 30.0]
    assert tuple(item.candidates[0].product_id for item in result.items) == products


def test_heading_counts_keep_the_pack_size(shop: CatalogIndex) -> None:
    result = parse("stock lekka: sona masoori 5kg 7, kandi pappu 12", role="owner", catalog=shop)
    assert result.intent == Intent.SET_STOCK and [item.value for item in result.items] == [7.0, 12.0]
    pack = result.items[0].pack_size
    assert pack is not None and (pack.value, pack.unit) == (5.0, "kg")


@pytest.mark.parametrize(
    "text",
    ["A6301 pack ayyindi, delivery ki bayaludherindhi", "A6302 packing ho gayi, delivery ke liye nikal gaya"],
)
def test_the_later_status_wins(text: str) -> None:
    result = parse(text, role="owner")
    assert result.intent == Intent.ADVANCE_ORDER and result.slots["status"] == "out_for_delivery"


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("A6402", Intent.ORDER_STATUS),
        ("A6403 delivered", Intent.ADVANCE_ORDER),
        ("A6404 accept, stock nahi hai ek item ka", Intent.ACCEPT_ORDER),
        ("hisaab batao", Intent.TODAY_SUMMARY),
        ("hisaab: aaj ka", Intent.TODAY_SUMMARY),
        ("maggi 20 dukaan mein rakh do", Intent.SET_STOCK),
        ("add maggi 20", Intent.ADJUST_STOCK),
    ],
)
def test_near_misses_keep_their_reading(text: str, intent: Intent) -> None:
    assert parse(text, role="owner").intent == intent, text
