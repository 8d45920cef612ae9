"""Customer families of fixer H, each in several languages (native script and romanised). The
phrasings are written for these tests, not taken from the held-out files:

- clearing the cart in fresh words: a throw-away verb and a start-over phrase ("ditch
  everything, i'm starting fresh", "সব ফেলে দাও, আবার শুরু করব") empty the cart;
- "that's enough, place the order" with any give/place verb ("બસ, ઓર્ડર મૂકી દો") checks out;
- "any grocery shop near <place name>?" finds stores even with no pincode;
- a product with a don't-want word and a take-it-away verb removes it; a bare one denies;
- a purpose clause ("rotti maadoke", "chapati cheyyadaniki") is a remark, not an item;
- "one each" words give every item before them a quantity of 1; Marathi "andi" after an
  amount is eggs, not the Telugu courtesy word.
"""

from __future__ import annotations

import pytest

from intents.catalog_index import CatalogIndex
from intents.parse import parse
from intents.types import Intent

from .eval_shop import build_eval_shop


@pytest.fixture(scope="module")
def shop() -> CatalogIndex:
    return build_eval_shop()


@pytest.mark.parametrize(
    "text",
    [
        "ditch everything, i'm starting fresh",
        "scrap everything, starting over",
        "सब फेंक दो, फिर से शुरू",
        "সব ফেলে দাও, আবার শুরু করব",
        "sob fele dao, abar shuru korbo",
        "எல்லாத்தையும் தூக்கி போடு, முதல்ல இருந்து சொல்றேன்",
        "అన్నీ పడేయ్, మొదటి నుంచి చెప్తా",
        "सगळं फेकून द्या, पुन्हा सुरू करूया",
        "બધું ફેંકી દો, ફરીથી શરૂ કરીએ",
        "ella bisaaki, modalinda",
        "എല്ലാം കളഞ്ഞേക്ക്, ആദ്യം മുതൽ പറയാം",
        "ਸਭ ਸੁੱਟ ਦਿਓ, ਫਿਰ ਤੋਂ ਸ਼ੁਰੂ ਕਰਦੇ ਹਾਂ",
        "sabu phopadi dia, puni arambha",
    ],
)
def test_throwing_it_all_out_and_starting_over_clears_the_cart(text: str, shop: CatalogIndex) -> None:
    assert parse(text, catalog=shop).intent == Intent.CLEAR_CART


@pytest.mark.parametrize(("text", "product"), [("scrap the maggi", "ST-0157"), ("maggi phenk do", "ST-0157")])
def test_a_throw_away_verb_with_a_product_removes_it(text: str, product: str, shop: CatalogIndex) -> None:
    result = parse(text, catalog=shop)
    assert result.intent == Intent.REMOVE_ITEM
    assert result.items[0].candidates[0].product_id == product


def test_starting_over_after_an_order_keeps_the_order(shop: CatalogIndex) -> None:
    result = parse("2 maggi aur 1 atta, phir se shuru karo", catalog=shop)
    assert result.intent == Intent.ADD_ITEMS
    assert len(result.items) == 2


@pytest.mark.parametrize(
    "text",
    [
        "બસ, ઓર્ડર આપી દો",
        "બસ, હવે ઓર્ડર મૂકી દો",
        "बस, अब ऑर्डर दे दो",
        "ବାସ୍, ଏବେ ଅର୍ଡର ଦେଇଦିଅ",
        "ਬੱਸ, ਹੁਣ ਆਰਡਰ ਦੇ ਦਿਓ",
        "ಸಾಕು, ಆರ್ಡರ್ ಹಾಕಿಬಿಡಿ",
        "that's enough, send the order",
    ],
)
def test_enough_and_the_order_checks_out(text: str, shop: CatalogIndex) -> None:
    assert parse(text, catalog=shop).intent == Intent.CHECKOUT


@pytest.mark.parametrize(
    "text",
    [
        "વસ્ત્રાપુર પાસે કોઈ કરિયાણાની દુકાન છે?",
        "vastrapur pase koi dukan che?",
        "लाजपत नगर के पास कोई किराना दुकान है?",
        "ଶାନ୍ତି ନଗର ପାଖରେ କୌଣସି ଦୋକାନ ଅଛି କି?",
        "kol nagar pakhare kounasi dokan achhi ki?",
        "ਰਣਜੀਤ ਐਵੇਨਿਊ ਦੇ ਕੋਲ ਕੋਈ ਦੁਕਾਨ ਹੈ?",
        "any kirana shop close to Koramangala?",
    ],
)
def test_a_shop_near_a_place_name_finds_stores(text: str, shop: CatalogIndex) -> None:
    assert parse(text, catalog=shop).intent == Intent.FIND_STORES


@pytest.mark.parametrize(
    ("text", "product"),
    [
        ("സർഫ് എക്സൽ വേണ്ട, മാറ്റിക്കോ", "ST-0236"),
        ("ಸರ್ಫ್ ಎಕ್ಸೆಲ್ ಬೇಡ", "ST-0236"),
        ("rin bar venda, maattikko", "ST-0241"),
        ("మ్యాగీ వద్దు, తీసేయండి", "ST-0157"),
    ],
)
def test_a_product_with_a_dont_want_word_is_removed(text: str, product: str, shop: CatalogIndex) -> None:
    result = parse(text, catalog=shop)
    assert result.intent == Intent.REMOVE_ITEM
    assert result.items[0].candidates[0].product_id == product


@pytest.mark.parametrize("text", ["വേണ്ട, മാറ്റിക്കോ", "ഇപ്പോൾ വേണ്ട", "ಈಗ ಬೇಡ", "nahi chahiye, hata do"])
def test_a_bare_dont_want_still_denies(text: str, shop: CatalogIndex) -> None:
    assert parse(text, catalog=shop).intent == Intent.DENY


@pytest.mark.parametrize(
    ("text", "product"),
    [
        ("2 kilo akki hittu, rotti maadoke", "ST-0016"),
        ("3 packet akki hittu beku, rotti madbeku", "ST-0016"),
        ("೨ ಕೆಜಿ ಅಕ್ಕಿ ಹಿಟ್ಟು, ರೊಟ್ಟಿ ಮಾಡೋಕೆ", "ST-0016"),
        ("2 kg atta chahiye, roti banani hai", "ST-0008"),
        ("2 kilo atta, ruti banabo", "ST-0008"),
        ("2 kilo maida, porotta undakkan", "ST-0011"),
    ],
)
def test_the_dish_to_make_is_a_remark(text: str, product: str, shop: CatalogIndex) -> None:
    result = parse(text, catalog=shop)
    assert result.intent == Intent.ADD_ITEMS
    assert [item.candidates[0].product_id for item in result.items] == [product]


def test_a_make_verb_with_an_instruction_is_no_dish() -> None:
    from intents.remarks import without_remark_clauses

    assert "order" in without_remark_clauses("2 maggi, order maadbeku", "kn")


@pytest.mark.parametrize(
    "text",
    [
        "karivepillai, pudina ovvonnu, oru thengai",
        "धनिया, पुदीना एक-एक, दो किलो आलू",
        "কারি পাতা, পুদিনা একটা করে",
        "కరివేపాకు, పుదీనా ఒక్కొక్కటి",
        "kothimbir, pudina ekek",
        "કોથમીર, ફુદીનો એક-એક",
        "ಕರಿಬೇವು, ಪುದೀನ ಒಂದೊಂದು",
        "കറിവേപ്പില, പുതിന ഒന്ന് വീതം",
        "ਧਨੀਆ, ਪੁਦੀਨਾ ਇੱਕ-ਇੱਕ",
        "ଧନିଆ, ପୋଦିନା ଗୋଟେ ଗୋଟେ",
        "2 kg atta, coriander and mint one each",
    ],
)
def test_one_each_gives_every_item_before_it_one(text: str, shop: CatalogIndex) -> None:
    result = parse(text, catalog=shop)
    herbs = [item for item in result.items if item.candidates and item.candidates[0].product_id in ("ST-0112", "ST-0113", "ST-0114", "QC-blinkit-112080")]
    assert len(herbs) == 2
    assert all(item.quantity == 1 and item.unit is None for item in herbs)
    assert all("ek" not in item.text and "ஒவ்வொ" not in item.text for item in result.items)


def test_one_each_with_a_unit_gives_that_unit_to_each() -> None:
    from intents.items import extract_items

    items = extract_items("atta, chawal ek-ek kilo", "hi")
    assert [(item.text, item.quantity, item.unit) for item in items] == [("atta", 1.0, "kg"), ("chawal", 1.0, "kg")]


def test_one_each_stops_at_an_item_with_its_own_amount() -> None:
    from intents.items import extract_items

    items = extract_items("3 kg atta, dhaniya, pudina ek-ek", "hi")
    assert [(item.quantity, item.unit) for item in items] == [(3.0, "kg"), (1.0, None), (1.0, None)]


@pytest.mark.parametrize("text", ["ek dozen andi ani don pav", "don dozen ande ani ek kilo kanda"])
def test_marathi_eggs_after_a_spoken_dozen_are_two_items(text: str, shop: CatalogIndex) -> None:
    result = parse(text, catalog=shop)
    assert result.language == "mr"
    assert len(result.items) == 2
    assert result.items[0].unit == "dozen"
    assert result.items[0].candidates[0].product_id in ("ST-0094", "ST-0095")


@pytest.mark.parametrize(
    "text",
    [
        "ઓર્ડર આપી દો",
        "ऑर्डर दे दो",
        "ଅର୍ଡର ଦେଇଦିଅ",
        "ਆਰਡਰ ਦੇ ਦਿਓ",
        "অর্ডার দিয়ে দাও",
        "ఆర్డర్ పెట్టేయండి",
        "ಆರ್ಡರ್ ಕೊಡಿ",
        "ഓർഡർ ഇട്ടോളൂ",
        "बस, पाठवा",
        "બસ, મોકલો",
        "ਬਸ ਜੀ",
    ],
)
def test_giving_the_order_or_a_bare_enough_checks_out(text: str, shop: CatalogIndex) -> None:
    assert parse(text, catalog=shop).intent == Intent.CHECKOUT


@pytest.mark.parametrize("text", ["2 maggi ka order de do", "ਬਸ 2 ਕਿਲੋ ਆਟਾ"])
def test_an_amount_beside_the_order_words_is_still_an_order(text: str, shop: CatalogIndex) -> None:
    assert parse(text, catalog=shop).intent in (Intent.ADD_ITEMS, Intent.CHANGE_QUANTITY)


@pytest.mark.parametrize(
    "text",
    [
        "any grocery shop in Indiranagar?",
        "मणिनगर में कोई किराना की दुकान है?",
        "સેટેલાઇટમાં કોઈ દુકાન છે?",
        "বেহালায় কোনো মুদির দোকান আছে?",
        "தாம்பரத்தில் ஏதாவது மளிகை கடை இருக்கா?",
        "ಬನಶಂಕರಿಯಲ್ಲಿ ಯಾವುದಾದರೂ ದಿನಸಿ ಅಂಗಡಿ ಇದೆಯಾ?",
        "ഇടപ്പള്ളിയിൽ ഏതെങ്കിലും പലചരക്ക് കട ഉണ്ടോ?",
        "ਸਰਾਭਾ ਨਗਰ ਵਿੱਚ ਕੋਈ ਦੁਕਾਨ ਹੈ?",
        "ପାଟିଆରେ କୌଣସି ଦୋକାନ ଅଛି କି?",
    ],
)
def test_any_shop_in_a_place_finds_stores(text: str, shop: CatalogIndex) -> None:
    assert parse(text, catalog=shop).intent == Intent.FIND_STORES


def test_any_product_in_the_shop_is_still_a_browse(shop: CatalogIndex) -> None:
    assert parse("kya aapki dukan mein koi maggi hai?", catalog=shop).intent == Intent.BROWSE


@pytest.mark.parametrize(
    ("text", "quantity", "unit"),
    [
        ("dhaniya, pudina do-do", 2.0, None),
        ("धनिया, पुदीना दो-दो", 2.0, None),
        ("karivepillai, pudina rendu rendu", 2.0, None),
        ("atta, chawal do-do kilo", 2.0, "kg"),
        ("maggi, kurkure teen teen packet", 3.0, "packet"),
    ],
)
def test_a_doubled_number_is_that_many_of_each(text: str, quantity: float, unit: str | None) -> None:
    from intents.items import extract_items

    items = extract_items(text)
    assert len(items) == 2
    assert all((item.quantity, item.unit) == (quantity, unit) for item in items)
    assert all(not any(char.isdigit() for char in item.text) for item in items)


def test_again_and_again_is_no_doubled_number() -> None:
    from intents.items import extract_items

    assert all(item.quantity is None for item in extract_items("maggi baar baar", "hi"))


@pytest.mark.parametrize(
    ("text", "product"),
    [
        ("chapati cheyyadaniki 2 kilo godhuma pindi kavali", "ST-0001"),
        ("rotti maadoke 2 kilo akki hittu beku", "ST-0016"),
        ("porotta undakkan 2 kilo maida venam", "ST-0011"),
        ("ruti banate 2 kilo atta lagbe", "ST-0008"),
        ("upma seyya 1 kilo rava venum", "ST-0014"),
    ],
)
def test_the_dish_before_the_goods_is_a_remark(text: str, product: str, shop: CatalogIndex) -> None:
    result = parse(text, catalog=shop)
    assert len(result.items) == 1
    assert result.items[0].candidates[0].product_id == product


@pytest.mark.parametrize(
    "text",
    [
        "cart-e ja ache sob bad diye dao",
        "கார்ட்ல இருக்கறதெல்லாம் நீக்கிடுங்க",
        "కార్ట్ లో ఉన్నవన్నీ తీసేయండి",
        "ಕಾರ್ಟ್‌ನಲ್ಲಿರೋದೆಲ್ಲಾ ತೆಗೆದುಬಿಡಿ",
        "കാർട്ടിലുള്ളതെല്ലാം കളഞ്ഞേക്ക്",
        "ਕਾਰਟ ਵਿੱਚੋਂ ਸਭ ਕੁਝ ਕੱਢ ਦਿਓ",
        "get rid of everything in my basket",
    ],
)
def test_everything_in_the_cart_out_clears_it(text: str, shop: CatalogIndex) -> None:
    assert parse(text, catalog=shop).intent == Intent.CLEAR_CART


def test_one_product_out_of_the_cart_is_a_removal(shop: CatalogIndex) -> None:
    result = parse("cart se maggi hata do", catalog=shop)
    assert result.intent == Intent.REMOVE_ITEM


@pytest.mark.parametrize(
    "text",
    [
        "maggi nahi chahiye, le jao",
        "maggi lagbe na, niye jan",
        "મેગી નથી જોઈતી, લઈ જાઓ",
        "ਮੈਗੀ ਨਹੀਂ ਚਾਹੀਦੀ, ਲੈ ਜਾਓ",
        "मॅगी नको, घेऊन जा",
    ],
)
def test_a_take_it_away_verb_leaves_no_stray_item(text: str, shop: CatalogIndex) -> None:
    result = parse(text, catalog=shop)
    assert result.intent == Intent.REMOVE_ITEM
    assert [item.candidates[0].product_id for item in result.items if item.candidates] == ["ST-0157"]
    assert len(result.items) == 1


@pytest.mark.parametrize(
    "text",
    ["आजूबाजूला किराणा दुकान आहे का?", "അടുത്തുള്ള കടകൾ ഏതൊക്കെ?", "ashepashe kono dokan ache?", "சுத்தி ஏதாவது கடை இருக்கா?"],
)
def test_shops_around_here_find_stores(text: str, shop: CatalogIndex) -> None:
    assert parse(text, catalog=shop).intent == Intent.FIND_STORES


@pytest.mark.parametrize(
    ("text", "quantity", "unit"),
    [
        ("maggi, kurkure, lays sab ek ek packet", 1.0, "packet"),
        ("maggi, kurkure okko packet", 1.0, "packet"),
        ("maggi ar kurkure duto kore", 2.0, None),
        ("maggi, kurkure ekkek packet", 1.0, "packet"),
    ],
)
def test_each_words_before_a_unit_and_bengali_kore(text: str, quantity: float, unit: str | None) -> None:
    from intents.items import extract_items

    items = extract_items(text)
    assert len(items) >= 2
    assert all((item.quantity, item.unit) == (quantity, unit) for item in items)
    assert all(word not in item.text.split() for item in items for word in ("sab", "okko", "kore", "ekkek"))
