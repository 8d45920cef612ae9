"""Fixer AT, the family "containers and bulk packs" (tin, can, dabba, dabbo, bag, bori, sack,
chaak, carton, box, peti, tray) in all eleven languages, native script and romanised. The
phrasings are written for these tests, not taken from the held-out files:

- a customer's container said with its size and no count of its own is ONE container of that
  size, so the amount is the size ("5 litre groundnut oil tin" is 5 l); with a count ("3 tins of
  15 litre") the count counts containers of that size; the container word leaves the product;
- an owner adding a product named with its size "from the catalog" (before or after the name)
  is add_product of the row of that size; containers given to someone ("hotel ku 3 tin fortune
  5 litre kuduthen, -3") take that many off the product of that size, not off the someone;
- a customer asking about big packs ("periya moottai arisi irukka?") browses the goods alone.
"""

from __future__ import annotations

import pytest

from intents.catalog_index import CatalogIndex
from intents.items import extract_items
from intents.parse import parse
from intents.types import Intent

from .eval_shop import build_eval_shop

FORTUNE_5L, ATTA_10KG, BASMATI_5KG, PONNI_5KG, MASOORI_5KG = "ST-0058", "ST-0003", "ST-0021", "ST-0031", "ST-0028"


@pytest.fixture(scope="module")
def shop() -> CatalogIndex:
    return build_eval_shop()


# ---- one container with its size: the amount is the size

ONE_CONTAINER = [
    ("en", "5 litre groundnut oil tin and 1 kg salt", "groundnut oil", 5.0, "l"),
    ("en", "10 kg aashirvaad atta bag please", "aashirvaad atta", 10.0, "kg"),
    ("hi", "ek 5 litre sarson tel ka dabba bhejna", "sarson tel", 5.0, "l"),
    ("hi", "15 लीटर सरसों तेल का टिन और 1 किलो नमक", "सरसों तेल", 15.0, "l"),
    ("bn", "5 litre sorsher tel er tin ar 1 kg chini", "sorsher tel", 5.0, "l"),
    ("bn", "৫ কেজি চালের বস্তা", None, 5.0, "kg"),
    ("ta", "15 litre kadalai ennai tin, 1 kg uppu", "kadalai ennai", 15.0, "l"),
    ("ta", "oru 5 litre sunflower oil dabba, 2 kg sakkarai", "sunflower oil", 5.0, "l"),
    ("te", "15 litre palli nune tin, 1 kilo uppu", "palli nune", 15.0, "l"),
    ("te", "25 కిలోల బియ్యం బస్తా, 1 కిలో ఉప్పు", "బియ్యం", 25.0, "kg"),
    ("mr", "5 litre tel cha daba ani 1 kilo meeth", "tel", 5.0, "l"),
    ("mr", "५ किलो साखर पिशवी आणि १ लिटर तेल", "साखर", 5.0, "kg"),
    ("gu", "15 litre sing tel no dabbo, 1 kilo mithu", "sing tel", 15.0, "l"),
    ("gu", "૨૫ કિલો ચોખાની ગુણી અને ૧ કિલો મીઠું", None, 25.0, "kg"),
    ("kn", "15 litre kadlekai enne dabba, 1 kilo uppu", "kadlekai enne", 15.0, "l"),
    ("kn", "೧೫ ಲೀಟರ್ ಎಣ್ಣೆ ಡಬ್ಬ ಮತ್ತು ೨ ಕೆಜಿ ಸಕ್ಕರೆ", "ಎಣ್ಣೆ", 15.0, "l"),
    ("ml", "15 litre velichenna tin, 1 kilo uppu", "velichenna", 15.0, "l"),
    ("ml", "15 ലിറ്റർ വെളിച്ചെണ്ണ ടിൻ, 1 കിലോ ഉപ്പ്", "വെളിച്ചെണ്ണ", 15.0, "l"),
    ("pa", "15 litre sarson tel da tin te 1 kilo loon", "sarson tel", 15.0, "l"),
    ("pa", "੧੦ ਕਿਲੋ ਆਟੇ ਦੀ ਬੋਰੀ ਅਤੇ ੧ ਕਿਲੋ ਲੂਣ", None, 10.0, "kg"),
    ("or", "15 litre sorisa tela tin au 1 kilo luna", "sorisa tela", 15.0, "l"),
    ("or", "୨୫ କିଲୋ ଚାଉଳ ବସ୍ତା ଆଉ ୧ କିଲୋ ଲୁଣ", "ଚାଉଳ", 25.0, "kg"),
]


@pytest.mark.parametrize(("language", "text", "product", "quantity", "unit"), ONE_CONTAINER)
def test_one_container_is_its_size(language: str, text: str, product: str | None, quantity: float, unit: str) -> None:
    result = parse(text)
    assert result.intent == Intent.ADD_ITEMS
    first = result.items[0]
    assert (first.quantity, first.unit, first.pack_size) == (quantity, unit, None)
    if product is not None:
        assert first.text == product
    assert not any(word in first.text.split() for word in ("tin", "dabba", "daba", "dabbo", "bag", "bori", "bastha", "cha", "er", "da", "no"))


COUNTED = [
    ("en", "3 tins of 15 litre mustard oil", "mustard oil", 3.0, 15.0, "l"),
    ("hi", "2 dabbe sarson tel 5 litre wale", "sarson tel", 2.0, 5.0, "l"),
    ("ta", "2 tin 15 litre kadalai ennai", "kadalai ennai", 2.0, 15.0, "l"),
    ("gu", "2 dabba 15 litre sing tel", "sing tel", 2.0, 15.0, "l"),
    ("gu", "બે ડબ્બા ૧૫ લિટર સીંગતેલ", "સીંગતેલ", 2.0, 15.0, "l"),
]


@pytest.mark.parametrize(("language", "text", "product", "count", "size", "unit"), COUNTED)
def test_a_count_counts_containers_of_that_size(language: str, text: str, product: str, count: float, size: float, unit: str) -> None:
    result = parse(text)
    assert result.intent == Intent.ADD_ITEMS
    (item,) = result.items
    assert item.text == product and item.quantity == count and item.pack_size is not None
    assert (item.pack_size.value, item.pack_size.unit) == (size, unit)


# ---- the owner: from the catalog, and containers given to someone

ADDED_FROM_CATALOG = [
    ("en", "fortune sunflower 5 litre tin from catalog add", FORTUNE_5L, 5.0, "l"),
    ("hi", "5 kilo india gate basmati catalog se jodo", BASMATI_5KG, 5.0, "kg"),
    ("bn", "৫ কেজি সোনা মাসুরি ক্যাটালগ থেকে যোগ করো", MASOORI_5KG, 5.0, "kg"),
    ("ta", "ponni 5 kilo moottai catalog la irundhu add pannu", PONNI_5KG, 5.0, "kg"),
    ("te", "sona masoori 5 kilo bastha catalog nunchi add cheyyi", MASOORI_5KG, 5.0, "kg"),
    ("mr", "india gate basmati 5 kilo catalog madhun joda", BASMATI_5KG, 5.0, "kg"),
    ("gu", "ponni 5 kilo theli catalog mathi umero", PONNI_5KG, 5.0, "kg"),
    ("kn", "sona masoori 5 kilo catalog inda serisi", MASOORI_5KG, 5.0, "kg"),
    ("ml", "ponni 5 kilo chaakku catalog il ninnu cherkku", PONNI_5KG, 5.0, "kg"),
    ("pa", "aashirvaad atta 10 kilo catalog ton jodo", ATTA_10KG, 10.0, "kg"),
    ("or", "india gate basmati 5 kilo catalog ru jodantu", BASMATI_5KG, 5.0, "kg"),
]


@pytest.mark.parametrize(("language", "text", "product", "size", "unit"), ADDED_FROM_CATALOG)
def test_owner_adds_the_sized_product_from_the_catalog(shop: CatalogIndex, language: str, text: str, product: str, size: float, unit: str) -> None:
    result = parse(text, role="owner", catalog=shop)
    assert result.intent == Intent.ADD_PRODUCT
    (item,) = result.items
    assert item.quantity is None and item.pack_size is not None
    assert (item.pack_size.value, item.pack_size.unit) == (size, unit)
    assert item.candidates[0].product_id == product
    assert "catalog" not in item.text and "tin" not in item.text.split()


def test_owner_adds_to_the_list_with_a_reason_after_it(shop: CatalogIndex) -> None:
    result = parse("add fortune sunflower oil 5 litre tin to my list, hotels keep asking", role="owner", catalog=shop)
    assert result.intent == Intent.ADD_PRODUCT
    assert result.items[0].candidates[0].product_id == FORTUNE_5L


GIVEN_AWAY = [
    ("en", "canteen ko 2 bori atta 10 kilo diye, -2", "atta", -2, ATTA_10KG),
    ("hi", "dhaba ko 3 dabba fortune 5 litre bheje, -3", "fortune", -3, FORTUNE_5L),
    ("bn", "hotel ke 2 tin fortune 5 litre dilam, -2", "fortune", -2, FORTUNE_5L),
    ("ta", "hotel ku 3 tin fortune 5 litre kuduthen, -3", "fortune", -3, FORTUNE_5L),
    ("te", "hotel ki 2 bastalu sona masoori 5 kilo ichanu, -2", "sona masoori", -2, MASOORI_5KG),
    ("mr", "mess la 4 goni atta 10 kilo dili, -4", "atta", -4, ATTA_10KG),
    ("kn", "hotel ge 3 dabba fortune 5 litre kottidini, -3", "fortune", -3, FORTUNE_5L),
    ("ml", "hotel nu 2 tin fortune 5 litre koduthu, -2", "fortune", -2, FORTUNE_5L),
    ("pa", "dhabe nu 3 dabbe fortune 5 litre ditte, -3", "fortune", -3, FORTUNE_5L),
    ("or", "hotel ku 2 basta chaula 25 kilo dela, -2", "chaula", -2, None),
]


@pytest.mark.parametrize(("language", "text", "product", "delta", "product_id"), GIVEN_AWAY)
def test_containers_given_away_come_off_the_sized_product(
    shop: CatalogIndex, language: str, text: str, product: str, delta: int, product_id: str | None
) -> None:
    result = parse(text, role="owner", catalog=shop)
    assert result.intent == Intent.ADJUST_STOCK
    assert result.slots["stock_delta"] == delta
    (item,) = result.items
    assert item.text == product and item.pack_size is not None
    if product_id is not None:
        assert item.candidates[0].product_id == product_id


def test_containers_that_came_in_are_added() -> None:
    result = parse("4 tins of 15 litre groundnut oil came today", role="owner")
    assert result.intent == Intent.ADJUST_STOCK and result.slots["stock_delta"] == 4
    assert result.items[0].text == "groundnut oil"


# ---- the customer asks about big packs: the goods alone

BROWSED = [
    ("en", "do you have 25 kg rice sacks?", "rice"),
    ("hi", "बड़ी बोरी चावल है क्या?", "चावल"),
    ("bn", "বড় টিন তেল আছে?", "তেল"),
    ("bn", "বড় বস্তা চাল আছে?", "চাল"),
    ("ta", "periya moottai arisi irukka?", "arisi"),
    ("ta", "பெரிய டின் எண்ணெய் இருக்கா?", "எண்ணெய்"),
    ("te", "pedda bastha biyyam unda?", "biyyam"),
    ("te", "పెద్ద డబ్బా నూనె ఉందా?", "నూనె"),
    ("mr", "मोठी गोणी तांदूळ आहे का?", "तांदूळ"),
    ("mr", "मोठा डबा तेल आहे का?", "तेल"),
    ("gu", "મોટો ડબ્બો તેલ છે?", "તેલ"),
    ("gu", "moto dabbo tel che?", "tel"),
    ("gu", "મોટી ગુણી ચોખા છે?", "ચોખા"),
    ("kn", "dodda cheela akki ideya?", "akki"),
    ("kn", "ದೊಡ್ಡ ಚೀಲ ಅಕ್ಕಿ ಇದೆಯಾ?", "ಅಕ್ಕಿ"),
    ("ml", "valiya chaakku ari undo?", "ari"),
    ("ml", "വലിയ ടിൻ എണ്ണ ഉണ്ടോ?", "എണ്ണ"),
    ("pa", "vadda dabba tel hai?", "tel"),
    ("pa", "ਵੱਡਾ ਡੱਬਾ ਤੇਲ ਹੈ?", "ਤੇਲ"),
    ("or", "bada basta chaula achi ki?", "chaula"),
    ("or", "ବଡ ବସ୍ତା ଚାଉଳ ଅଛି କି?", "ଚାଉଳ"),
]


@pytest.mark.parametrize(("language", "text", "query"), BROWSED)
def test_big_pack_questions_browse_the_goods(language: str, text: str, query: str) -> None:
    result = parse(text)
    assert result.intent == Intent.BROWSE
    assert result.slots["query"] == query


# ---- must not change: near misses keep their old reading


def test_tin_before_a_unit_is_still_three() -> None:
    (item,) = extract_items("tin kilo aloo", "hi")
    assert (item.text, item.quantity, item.unit) == ("aloo", 3.0, "kg")


def test_tin_opening_an_item_is_still_three() -> None:
    items = extract_items("tin maggi aur 2 kg chini", "hi")
    assert (items[0].text, items[0].quantity) == ("maggi", 3.0)


def test_a_plain_packet_with_a_size_stays_one_packet() -> None:
    (item,) = extract_items("maggi 70g packet", "en")
    assert (item.quantity, item.unit) == (1.0, "packet")
    assert item.pack_size is not None and item.pack_size.value == 70.0


def test_a_carton_of_packs_keeps_the_inner_pack_size() -> None:
    (item,) = extract_items("1 carton amul milk 500 ml", "en")
    assert (item.text, item.quantity) == ("amul milk", 1.0)
    assert item.pack_size is not None and item.pack_size.value == 500.0


def test_garbage_bags_keep_their_bag_word() -> None:
    result = parse("garbage bags hai?")
    assert result.intent == Intent.BROWSE and result.slots["query"] == "garbage bags"


def test_a_size_word_that_names_a_spice_stays() -> None:
    result = parse("badi elaichi hai?")
    assert result.intent == Intent.BROWSE and result.slots["query"] == "badi elaichi"


def test_the_cart_is_still_the_cart() -> None:
    assert parse("mera bag dikhao").intent == Intent.SHOW_CART


def test_stock_counted_in_bags_is_still_added() -> None:
    result = parse("ponni 5 kg bag 20 vandhuchu", role="owner")
    assert result.intent == Intent.ADJUST_STOCK and result.slots["stock_delta"] == 20
