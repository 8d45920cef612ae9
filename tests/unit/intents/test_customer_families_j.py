"""Customer families from fixer J: chat-shorthand greetings, "no, that's not right" denials,
"is there X?" in every language, and "not X, in Y" language changes."""

from __future__ import annotations

import pytest

from intents.catalog_index import CatalogIndex
from intents.parse import parse
from intents.types import CatalogEntry
from intents.types import Intent


def _intent(text: str) -> Intent:
    return parse(text, role="customer").intent


@pytest.mark.parametrize("text", ["gm sir", "gn bhaiya", "gm ji", "gud mrng bhaiya", "good mrng anna",
                                  "shubh prabhat", "सुप्रभात भैया", "সুপ্রভাত দাদা", "காலை வணக்கம்", "శుభోదయం అండి",
                                  "ಶುಭೋದಯ", "സുപ്രഭാതം ചേട്ടാ", "ਸ਼ੁਭ ਸਵੇਰ ਜੀ", "ସୁପ୍ରଭାତ", "શુભ સવાર"])
def test_shorthand_and_good_morning_greet(text: str) -> None:
    assert _intent(text) == Intent.GREET


@pytest.mark.parametrize("text", ["maggi 500 gm", "atta 1 kg 500 gm"])
def test_gm_after_a_number_is_still_grams(text: str) -> None:
    result = parse(text, role="customer")
    assert result.intent == Intent.ADD_ITEMS
    assert result.items[0].unit in ("g", "kg")


@pytest.mark.parametrize("text", ["na, eta chai ni", "না, এটা ঠিক না", "beda, adu sari illa", "ಬೇಡ, ಅದು ಸರಿ ಇಲ್ಲ",
                                  "nahi, ye sahi nahi hai", "vaddu, adi correct kaadu", "na, e barabar nathi",
                                  "venda, athu sheri alla", "na, eha thik nuhen", "illa, idhu sari illa",
                                  "no, that is not right", "nako, te barobar nahi"])
def test_no_thats_not_right_denies(text: str) -> None:
    assert _intent(text) == Intent.DENY


@pytest.mark.parametrize(("text", "query"), [("maaza hega?", "maaza"), ("maggi undha?", "maggi"),
                                             ("dahi aache?", "dahi"), ("ghee idya?", "ghee"),
                                             ("paneer aahe ka?", "paneer")])
def test_is_there_x_browses(text: str, query: str) -> None:
    result = parse(text, role="customer")
    assert result.intent == Intent.BROWSE
    assert result.slots.get("query") == query


@pytest.mark.parametrize(("text", "target"), [
    ("తెలుగు వద్దు, ఇంగ్లీష్ లో చెప్పండి", "en"),
    ("ਪੰਜਾਬੀ ਦੀ ਥਾਂ ਹਿੰਦੀ ਵਿੱਚ ਲਿਖੋ", "hi"),
    ("hindi nahi, english me bolo", "en"),
    ("reply in tamil instead of english", "ta"),
    ("tamil vendam, english la pesunga", "en"),
    ("বাংলা না, ইংরেজিতে বলুন", "en"),
    ("kannada beda, hindi alli maatadi", "hi"),
    ("मराठी नको, हिंदीत बोला", "hi"),
    ("ગુજરાતી નહીં, અંગ્રેજીમાં લખો", "en"),
    ("ଓଡ଼ିଆ ନୁହେଁ, ଇଂରାଜୀରେ କୁହ", "en"),
    ("telugu lo cheppandi", "te"),
])
def test_the_refused_language_is_not_the_target(text: str, target: str) -> None:
    result = parse(text, role="customer")
    assert result.intent == Intent.CHANGE_LANGUAGE
    assert result.slots.get("target_language") == target


@pytest.mark.parametrize("text", ["cart ਸਾਫ਼ ਕਰੋ", "cart saaf kar do", "clean the cart",
                                  "सगळं काढून टाका, नवीन ऑर्डर करतो", "sab hata do, naya order karta hoon",
                                  "ellam neekku, puthu order podren", "khali kara, nua order debi",
                                  "ಎಲ್ಲಾ ತೆಗೆ, ಹೊಸ ಆರ್ಡರ್ ಮಾಡ್ತೀನಿ", "badhu kadhi nakho, navo order aapu chu"])
def test_clean_the_cart_and_start_a_new_order_clears(text: str) -> None:
    assert _intent(text) == Intent.CLEAR_CART


def test_a_new_order_with_goods_still_orders() -> None:
    result = parse("naya order 1 kg atta", role="customer")
    assert result.intent == Intent.ADD_ITEMS


@pytest.mark.parametrize("text", ["angadi avrige nanage call maadoke heli", "dukan wale ko call karne bolo",
                                  "দোকানদারকে ফোন করতে বলুন", "kadaikaarar kitta call panna sollunga",
                                  "shop owner ni call cheyyamanandi", "dukandarala mala phone karayla sanga",
                                  "ਦੁਕਾਨਦਾਰ ਨੂੰ ਫੋਨ ਕਰਨ ਨੂੰ ਕਹੋ", "ଦୋକାନୀଙ୍କୁ ଫୋନ କରିବାକୁ କୁହନ୍ତୁ",
                                  "kadakkaranodu vilikkan parayu", "dukandar ne phone karva kaho"])
def test_ask_the_shop_to_call_me_talks_to_the_shop(text: str) -> None:
    assert _intent(text) == Intent.TALK_TO_SHOP


@pytest.mark.parametrize("text", ["good knight refill 2 aur mortein coil 1 packet, machhar bahut hai",
                                  "2 all out refill, machhar bahut hain", "2 odomos, kosu romba irukku",
                                  "ಎರಡು ಗುಡ್ ನೈಟ್ ಕಾಯಿಲ್, ಸೊಳ್ಳೆ ತುಂಬಾ ಇವೆ", "1 hit spray, telapoka chala unnayi"])
def test_what_there_is_plenty_of_is_a_remark(text: str) -> None:
    result = parse(text, role="customer")
    assert result.intent == Intent.ADD_ITEMS
    assert all(item.quantity is not None for item in result.items), result.items


def test_plenty_alone_is_no_remark() -> None:
    assert _intent("bas itna bahut hai") == Intent.CHECKOUT


@pytest.mark.parametrize(("text", "quantity", "unit"), [
    ("sorry i typed 2 sprite, should be 4", 4, None),
    ("i wrote 3 maggi, make it 5", 5, None),
    ("galti se 2 sprite likha, 4 kar do", 4, None),
    ("ভুল করে 2টা স্প্রাইট লিখেছি, 4টা করে দিন", 4, None),
    ("tappagi 2 maggi haakide, 4 maadi", 4, None),
    ("by mistake 1 kg sugar, should be 2 kg", 2, "kg"),
])
def test_a_typo_corrected_takes_the_amount_meant(text: str, quantity: float, unit: str | None) -> None:
    result = parse(text, role="customer")
    assert result.intent == Intent.CHANGE_QUANTITY
    [item] = result.items
    assert (item.quantity, item.unit) == (quantity, unit)


@pytest.mark.parametrize("text", ["ਲਸਣ ਅੱਧਾ ਕਿੱਲੋ ਕਰ ਦਿਓ, ਪਾਈਆ ਘੱਟ ਆ", "lahsun aadha kilo kar do, paav kam hai",
                                  "lasun ardha kilo kara, pav kilo kami ahe", "poondu arai kilo pannunga, kaal kilo kammi"])
def test_the_old_amount_too_little_is_the_reason(text: str) -> None:
    result = parse(text, role="customer")
    assert result.intent == Intent.CHANGE_QUANTITY
    [item] = result.items
    assert (item.quantity, item.unit) == (0.5, "kg")


@pytest.mark.parametrize("text", ["dedh dozen keli ani ardha dozen andi", "ardha dozen andi ani 1 kilo kanda"])
def test_andi_after_a_fraction_and_dozen_is_eggs(text: str) -> None:
    result = parse(text, role="customer")
    assert result.language == "mr" or len(result.items) == 2
    assert any(item.text == "andi" for item in result.items), result.items


def test_a_removal_reason_with_one_known_word_is_no_item() -> None:
    shop = CatalogIndex.build([
        CatalogEntry(product_id="D1", name="Maaza Mango Drink", brand="Maaza", category="Drinks", size_value=600, size_unit="ml"),
        CatalogEntry(product_id="S1", name="Sugar", brand="", category="Staples", size_value=1, size_unit="kg"),
    ])
    result = parse("remove the maaza, kids shouldnt have so much sugar", role="customer", catalog=shop)
    assert result.intent == Intent.REMOVE_ITEM
    assert [item.text for item in result.items] == ["maaza"]


@pytest.mark.parametrize("text", ["కార్ట్ క్లియర్ చేయండి", "cart clean karo", "কার্ট ক্লিয়ার করুন", "கார்ட் க்ளியர் பண்ணுங்க",
                                  "कार्ट क्लियर करो", "કાર્ટ ક્લિયર કરો", "ਕਾਰਟ ਕਲੀਅਰ ਕਰੋ", "କାର୍ଟ କ୍ଲିଅର କର", "कार्ट क्लिअर करा"])
def test_clear_written_in_every_script_clears(text: str) -> None:
    assert _intent(text) == Intent.CLEAR_CART


@pytest.mark.parametrize(("text", "target"), [("hindi mein nahi, tamil la pesunga", "ta"),
                                              ("not in hindi, english please", "en"),
                                              ("reply in english not hindi", "en"),
                                              ("hindi mein bolo, english nahi", "hi")])
def test_a_word_between_the_language_and_its_refusal(text: str, target: str) -> None:
    assert parse(text, role="customer").slots.get("target_language") == target


@pytest.mark.parametrize("text", ["गलती से 2 स्प्राइट लिखा, 4 कर दो", "chukun 2 maggi lihila, 4 kara", "ભૂલથી 2 મેગી લખ્યું, 4 કરો",
                                  "galti naal 2 maggi likh ditta, 4 kar do", "porapatuga 2 maggi pettanu, 4 cheyyandi",
                                  "bhul re 2 maggi lekhili, 4 kara"])
def test_the_wrote_verb_of_a_correction_is_not_the_product(text: str) -> None:
    result = parse(text, role="customer")
    assert result.intent == Intent.CHANGE_QUANTITY
    [item] = result.items
    assert item.quantity == 4
    assert len(item.text.split()) == 1, item.text


def _snack_shop() -> CatalogIndex:
    return CatalogIndex.build([
        CatalogEntry(product_id="D1", name="Maaza Mango Drink", brand="Maaza", category="Drinks", size_value=600, size_unit="ml"),
        CatalogEntry(product_id="K1", name="Kurkure Masala Munch", brand="Kurkure", category="Snacks", size_value=90, size_unit="g"),
        CatalogEntry(product_id="L1", name="Lays Classic Salted", brand="Lays", category="Snacks", size_value=52, size_unit="g"),
        CatalogEntry(product_id="S1", name="Sugar", brand="", category="Staples", size_value=1, size_unit="kg"),
        CatalogEntry(product_id="O1", name="Sunflower Oil", brand="Fortune", category="Oil", size_value=1, size_unit="l"),
        CatalogEntry(product_id="N1", name="Tata Salt", brand="Tata", category="Staples", size_value=1, size_unit="kg"),
    ])


@pytest.mark.parametrize("text", ["kurkure hatao, bachon ko zyada namak theek nahi hai",
                                  "remove the lays, too much oil for the kids", "lays baad dao, baccha der jonno onek tel",
                                  "maaza eduthudunga, pasangalukku romba sugar", "maaza teeseyandi, pillalaki chala sugar"])
def test_too_much_after_a_removal_is_the_reason(text: str) -> None:
    result = parse(text, role="customer", catalog=_snack_shop())
    assert result.intent == Intent.REMOVE_ITEM
    assert len(result.items) == 1, result.items


def test_two_removals_stay_two() -> None:
    result = parse("remove maaza, kurkure", role="customer", catalog=_snack_shop())
    assert len(result.items) == 2


@pytest.mark.parametrize("text", ["गुड मॉर्निंग भैया", "গুড মর্নিং দাদা", "குட் மார்னிங் அண்ணா", "గుడ్ మార్నింగ్ అండి",
                                  "ಗುಡ್ ಮಾರ್ನಿಂಗ್ ಸರ್", "ഗുഡ് മോർണിംഗ് ചേട്ടാ", "ગુડ મોર્નિંગ ભાઈ", "ਗੁੱਡ ਮਾਰਨਿੰਗ ਜੀ", "ଗୁଡ ମର୍ନିଂ ଭାଇ"])
def test_good_morning_in_every_script_greets(text: str) -> None:
    assert _intent(text) == Intent.GREET


def test_good_morning_before_an_order_orders_and_gud_is_still_jaggery() -> None:
    assert parse("गुड मॉर्निंग, 2 मैगी भेजो", role="customer").intent == Intent.ADD_ITEMS
    assert parse("गुड 1 किलो", role="customer").items[0].text == "गुड"
    assert parse("gud 1 kilo", role="customer").items[0].text == "gud"


@pytest.mark.parametrize(("text", "query"), [("maaza hega", "maaza"), ("maaza haiga ji", "maaza"), ("ਮਾਜ਼ਾ ਹੈਗਾ ਜੀ", "ਮਾਜ਼ਾ"),
                                             ("paneer irukka", "paneer"), ("bread ideya", "bread"), ("ghee undo", "ghee"),
                                             ("besan aahe ka", "besan"), ("dahi achhe ki", "dahi")])
def test_is_there_asked_by_its_form_browses_without_a_question_mark(text: str, query: str) -> None:
    result = parse(text, role="customer")
    assert result.intent == Intent.BROWSE
    assert result.slots.get("query") == query


@pytest.mark.parametrize("text", ["amake ekta phone korben", "enikku onnu vilikkamo", "mane ek call karjo",
                                  "naku oka call chestara", "nanage call maadtira", "mainu phone kar deyo"])
def test_will_you_call_me_talks_to_the_shop(text: str) -> None:
    assert _intent(text) == Intent.TALK_TO_SHOP
