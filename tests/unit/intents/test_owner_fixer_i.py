"""Owner families (fixer I): a bare number after a pack size that is near that pack's catalog
price is its price ("लसूण 100 ग्रॅम 25"), else the stock ("maggi 70g 50"); a product said "new"
with a number is added at that price; losses said with the bare "spoilt / rotten" word and
arrivals in long-vowel spellings; "accept, I'm packing it" accepts; the shop "on" / "will stay
shut" is the shop's hours."""

from __future__ import annotations

from functools import cache

import pytest

from intents.catalog_index import CatalogIndex
from intents.parse import parse
from intents.types import CatalogEntry, Intent


@cache
def _shop() -> CatalogIndex:
    return CatalogIndex.build([
        CatalogEntry(product_id="GARLIC", name="Garlic (Loose)", size_value=100, size_unit="g", price_paise=3000,
                     aliases=("lahsun", "garlic", "लसूण", "लहसुन", "വെളുത്തുള്ളി", "લસણ", "பூண்டு", "ਲਸਣ")),
        CatalogEntry(product_id="OKRA", name="Lady Finger (Loose)", size_value=500, size_unit="g", price_paise=3000,
                     aliases=("bhindi", "bhinda", "okra", "vendakkai", "బెండకాయ")),
        CatalogEntry(product_id="MAGGI", name="Maggi 2-Minute Masala Noodles", brand="Maggi", size_value=70, size_unit="g",
                     price_paise=1400, aliases=("maggi",)),
    ])


def _owner(text: str):  # type: ignore[no-untyped-def]
    return parse(text, role="owner", catalog=_shop())


@pytest.mark.parametrize(("text", "paise"), [
    ("लसूण 100 ग्रॅम 25", 2500),
    ("lahsun 100g 28", 2800),
    ("लहसुन 100 ग्राम 32", 3200),
    ("വെളുത്തുള്ളി 100 ഗ്രാം 28", 2800),
    ("લસણ 100 ગ્રામ ના ૨૦", 2000),
    ("ਲਸਣ 100 ਗ੍ਰਾਮ 35", 3500),
    ("பூண்டு 100 கிராம் 26", 2600),
    ("bhinda 500g 35", 3500),
    ("okra 500 gm 40", 4000),
    ("బెండకాయ 500 గ్రాం 35", 3500),
    ("bhindi 500 gm ka 35", 3500),
])
def test_a_number_after_the_pack_size_near_its_price_is_the_price(text: str, paise: int) -> None:
    result = _owner(text)
    assert result.intent == Intent.SET_PRICE
    assert result.slots["price_paise"] == paise


@pytest.mark.parametrize(("text", "stock"), [
    ("maggi 70g 50", 50),  # ₹14 in the catalog: 50 is a count
    ("lahsun 100g 5", 5),
    ("maggi 50", 50),
    ("maggi 70g stock 14", 14),
])
def test_a_number_far_from_the_price_or_with_a_stock_word_stays_the_stock(text: str, stock: int) -> None:
    result = _owner(text)
    assert result.intent == Intent.SET_STOCK
    assert result.slots["stock"] == stock


@pytest.mark.parametrize(("text", "paise"), [
    ("savlon liquid naya 120", 12000),
    ("parle marie notun 30", 3000),
    ("ಮೈಸೂರ್ ಸ್ಯಾಂಡಲ್ ಹೊಸ 45", 4500),
    ("dettol handwash new 99", 9900),
    ("dabur chyawanprash navin item 1kg, 365", 36500),
    ("naya product boroplus cream, 60", 6000),
])
def test_a_new_product_with_its_price(text: str, paise: int) -> None:
    result = parse(text, role="owner")
    assert result.intent == Intent.ADD_PRODUCT
    assert result.slots["price_paise"] == paise
    assert all(word not in result.slots["query"].split() for word in ("naya", "notun", "new", "ಹೊಸ"))


@pytest.mark.parametrize(("text", "delta"), [
    ("ਦਹੀਂ ੪ ਖਰਾਬ", -4),
    ("દહીં 3 ખરાબ", -3),
    ("3 தேங்காய் அழுகிப் போச்சு, ஸ்டாக்ல கழிச்சுடுங்க", -3),
    ("2 தக்காளி பெட்டி கழிச்சுடுங்க", -2),
    ("tomato 2 kilo kulli poyayi", -2),
    ("5 കുപ്പി പാൽ ചീഞ്ഞു", -5),
    ("৪ টা ডিম পচে গেছে", -4),
    ("china badam 10 packet aasila", 10),
    ("closeup 12 aaye, 12 vadha do", 12),
])
def test_losses_and_arrivals_change_the_stock_by_the_count(text: str, delta: int) -> None:
    result = parse(text, role="owner")
    assert result.intent == Intent.ADJUST_STOCK
    assert result.slots["stock_delta"] == delta
    assert len(result.items) == 1


@pytest.mark.parametrize(("text", "intent"), [
    ("A5322 accept kar lo, pack karta hoon", Intent.ACCEPT_ORDER),
    ("A1234 accept pannunga, pack panren", Intent.ACCEPT_ORDER),
    ("A1234 packed", Intent.ADVANCE_ORDER),
    ("A1234 accepted and packed", Intent.ADVANCE_ORDER),
])
def test_accepting_before_the_packing_clause_accepts(text: str, intent: Intent) -> None:
    assert parse(text, role="owner").intent == intent


@pytest.mark.parametrize(("text", "intent"), [
    ("દુકાન ચાલુ", Intent.OPEN_SHOP),
    ("ਦੁਕਾਨ ਚਾਲੂ", Intent.OPEN_SHOP),
    ("দোকান চালু", Intent.OPEN_SHOP),
    ("ଦୋକାନ ଚାଲୁ", Intent.OPEN_SHOP),
    ("மதியம் 1 to 4 கடை மூடியிருக்கும்", Intent.CLOSE_SHOP),
    ("kadai madhiyam moodiyirukkum", Intent.CLOSE_SHOP),
    ("ivattu angadi mucchide, ooralli jatre", Intent.CLOSE_SHOP),
    ("ಅಂಗಡಿ ನಾಳೆ ಮುಚ್ಚಿರುತ್ತೆ", Intent.CLOSE_SHOP),
])
def test_the_shop_on_or_shut_is_the_shops_hours(text: str, intent: Intent) -> None:
    assert parse(text, role="owner").intent == intent


@pytest.mark.parametrize("text", [
    "got 2 more cartons of bisleri, add 24",
    "2 peti bisleri aayi, 24 add karo",
    "bisleri 2 carton aaye, 24 jodo",
    "amul taaza 2 crate vandhuchu, 24 serthudu",
    "2 ডজন ডিম এসেছে, 24 যোগ করো",
    "ਦੁੱਧ 2 ਕਰੇਟ ਆਏ, 24 ਜੋੜੋ",
    "bisleri 2 box ashila, 24 jodantu",
    "ಬಿಸ್ಲೇರಿ 2 ಬಾಕ್ಸ್ ಬಂತು, 24 ಸೇರಿಸಿ",
])
def test_the_count_said_with_the_add_word_is_the_delta_not_the_cartons(text: str) -> None:
    result = parse(text, role="owner")
    assert result.intent == Intent.ADJUST_STOCK
    assert result.slots["stock_delta"] == 24


def test_one_number_with_the_add_word_stays_the_delta() -> None:
    assert parse("maggi 20 add karo", role="owner").slots["stock_delta"] == 20


@pytest.mark.parametrize(("text", "delta"), [
    ("dahi 4 kharab", -4),
    ("दही 4 खराब", -4),
    ("tomato 2 kilo kulli poyayi", -2),
    ("doi 3 ta nosto", -3),
    ("dudh 3 packet kharap hela", -3),
    ("ଦହି 4 ଖରାପ", -4),
    ("ಟೊಮೆಟೊ 3 ಕೆಜಿ ಕೊಳೆತಿದೆ", -3),
    ("mosaru 3 packet koletide", -3),
    ("paal 3 packet cheenju poyi", -3),
])
def test_bare_loss_words_in_every_script_take_the_count_off(text: str, delta: int) -> None:
    result = parse(text, role="owner")
    assert result.intent == Intent.ADJUST_STOCK
    assert result.slots["stock_delta"] == delta
    assert len(result.items) == 1 and len(result.items[0].text.split()) == 1


@pytest.mark.parametrize("text", [
    "डेटॉल साबुन नया 45", "ডেটল সাবান নতুন 45", "డెటాల్ సబ్బు కొత్త 45", "டெட்டால் சோப் புது 45",
    "ಡೆಟಾಲ್ ಸೋಪ್ ಹೊಸ 45", "ഡെറ്റോൾ സോപ്പ് പുതിയ 45", "डेटॉल साबण नवीन 45", "ડેટોલ સાબુ નવો 45",
    "ਡੈਟੋਲ ਸਾਬਣ ਨਵਾਂ 45", "ଡେଟଲ ସାବୁନ ନୂଆ 45", "dettol soap puthiya 45", "dettol saban navan 45",
])
def test_new_product_at_its_price_in_every_language(text: str) -> None:
    result = parse(text, role="owner")
    assert result.intent == Intent.ADD_PRODUCT
    assert result.slots["price_paise"] == 4500
    assert len(result.slots["query"].split()) == 2


@pytest.mark.parametrize(("text", "intent"), [
    ("கடை காலை 7 மணிக்கு திறந்திருக்கும்", Intent.OPEN_SHOP),
    ("kadai thirandhirukkum", Intent.OPEN_SHOP),
    ("dokan chalu", Intent.OPEN_SHOP),
    ("A1234 মঞ্জুর করো, প্যাক করছি", Intent.ACCEPT_ORDER),
    ("A1234 स्वीकार करो, पैक कर रहा हूँ", Intent.ACCEPT_ORDER),
    ("A1234 accept maadi, pack madtini", Intent.ACCEPT_ORDER),
])
def test_shop_open_and_accept_in_more_languages(text: str, intent: Intent) -> None:
    assert parse(text, role="owner").intent == intent


@pytest.mark.parametrize("text", [
    "notun product horlicks 500g, 250",
    "புது பொருள் ஹார்லிக்ஸ் 500 கிராம், 250",
    "కొత్త ప్రొడక్ట్ హార్లిక్స్ 500 గ్రాములు, 250",
    "નવી વસ્તુ હોર્લિક્સ 500 ગ્રામ, 250",
    "hosa product horlicks 500g, 250",
])
def test_a_new_items_price_alone_in_the_last_clause(text: str) -> None:
    result = parse(text, role="owner")
    assert result.intent == Intent.ADD_PRODUCT
    assert result.slots["price_paise"] == 25000


@pytest.mark.parametrize("text", ["new item horlicks 500g, 20 pieces", "new item maggi, 20 aaye"])
def test_a_count_in_the_last_clause_is_no_price(text: str) -> None:
    assert "price_paise" not in parse(text, role="owner").slots
