"""Fixer AV: "do you have / which ones do you have" questions, in all eleven languages.

* Question words that used to fall to add_items ("untaaya", "milu", "h kya", "idheya", "undavo",
  "milse", "mildi aa", "kehda kehda … aa", "any … ?", a bare "surf excel?") browse.
* The query keeps the goods alone: no brand / company word, no wholesale word, no price limit, no
  dish a "to make" word names, no copula left at the end; a linking word inside a name stays
  ("moong ka papad", "makki da atta"), and so does a zero-width joiner in a native word.
"""

from __future__ import annotations

import pytest

from intents.parse import parse
from intents.types import Intent

ZWNJ = "\u200c"

BROWSES: list[tuple[str, str]] = [
    # en
    ("maggi noodles u got?", "maggi noodles"),
    ("any mosquito coil?", "mosquito coil"),
    ("which tea brands do you have?", "tea"),
    ("what brands of atta do you have?", "atta"),
    ("basmati rice in bulk available?", "basmati rice"),
    ("any biscuits under 30 rs?", "biscuits"),
    ("surf excel?", "surf excel"),
    # hi
    ("poha h kya", "poha"),
    ("ghee kaun kaunsa hai?", "ghee"),
    ("थोक में चीनी मिलेगी?", "चीनी"),
    ("कौन कौनसा आटा है 300 के अंदर?", "आटा"),
    ("rajma kaun kaunse brand ka hai?", "rajma"),
    ("moong ka papad hai kya?", "moong ka papad"),
    # pa
    ("hing kehda kehda aa?", "hing"),
    ("ਚਾਹ ਪੱਤੀ ਮਿਲੂ?", "ਚਾਹ ਪੱਤੀ"),
    ("makki da atta mildi aa?", "makki da atta"),
    ("ghee thok vich milu?", "ghee"),
    ("besan kehdi company da aa?", "besan"),
    ("ਆਟਾ ਕਿਹੜਾ ਕਿਹੜਾ ਆ?", "ਆਟਾ"),
    # bn
    ("paikari dame chini pawa jabe?", "chini"),
    ("মুড়ি হবে কি?", "মুড়ি"),
    ("ghee kon kon brand ache?", "ghee"),
    ("৫০ টাকার মধ্যে বিস্কুট আছে?", "বিস্কুট"),
    ("chal paben?", "chal"),
    ("পাইকারি চাল আছে?", "চাল"),
    # ta
    ("ravai irukuma?", "ravai"),
    ("rasam podi enna brand irukku?", "rasam podi"),
    ("மொத்த விலையில் அரிசி கிடைக்குமா?", "அரிசி"),
    ("பிராண்ட் என்ன பாசுமதி அரிசி இருக்கு?", "பாசுமதி அரிசி"),
    ("ghee 500 kulla irukka?", "ghee"),
    ("kozhukattai seyya maavu irukka?", "maavu"),
    # te
    ("కందిపప్పు ఉంటుందా?", "కందిపప్పు"),
    ("pesarapappu untaaya?", "pesarapappu"),
    ("toku lo bellam dorukutunda?", "bellam"),
    ("coffee powder ye brands unnayi?", "coffee powder"),
    ("50 lopu biscuits unnaya?", "biscuits"),
    ("ఏ కంపెనీ నెయ్యి ఉంది?", "నెయ్యి"),
    # kn
    ("ಅಕ್ಕಿ ಸಗಟು ಇದೆಯಾ?", "ಅಕ್ಕಿ"),
    ("ragi hittu idheya?", "ragi hittu"),
    ("rava yav brand ide?", "rava"),
    ("100 olage chocolate ideya?", "chocolate"),
    ("ಬಿಸಿ ಬೇಳೆ ಬಾತ್ ಪುಡಿ ಯಾವ ಬ್ರ್ಯಾಂಡ್ ಇದೆ?", "ಬಿಸಿ ಬೇಳೆ ಬಾತ್ ಪುಡಿ"),
    ("holige maadakke maida ideya?", "maida"),
    # ml
    ("puttu podi undavo?", "puttu podi"),
    ("ethu brand vellichenna undu?", "vellichenna"),
    ("ചായപ്പൊടി മൊത്തമായി കിട്ടുമോ?", "ചായപ്പൊടി"),
    ("appam undakkan ari podi undo?", "ari podi"),
    ("100 il thazhe biscuit undo?", "biscuit"),
    ("കാപ്പിപ്പൊടി ഉണ്ടാവോ?", "കാപ്പിപ്പൊടി"),
    # mr
    ("पोहे घाऊक मिळणार का?", "पोहे"),
    ("साखर मिळणार का?", "साखर"),
    ("kanda lasun masala konta brand ahe?", "kanda lasun masala"),
    ("100 chya aat biscuit aahe kay?", "biscuit"),
    ("tandul ahe kay?", "tandul"),
    ("modak sathi tandlachi pithi aahe ka?", "tandlachi pithi"),
    # gu
    ("ghee kaya brand nu male che?", "ghee"),
    ("khand jathabandh malse?", "khand"),
    ("100 ni andar kai biscuit che?", "biscuit"),
    ("chorafali banavva besan che?", "besan"),
    ("જથ્થાબંધ ચોખા મળશે?", "ચોખા"),
    ("dal milse?", "dal"),
    # or
    ("chuda thoka re miliba?", "chuda"),
    ("କେଉଁ କମ୍ପାନୀ ଘିଅ ଅଛି?", "ଘିଅ"),
    ("suji achhi na?", "suji"),
    ("pitha pain chaula chuna achi ki?", "chaula chuna"),
    ("biscuit 50 bhitare achi ki?", "biscuit"),
    ("ଚିନି ମିଳିଯିବ?", "ଚିନି"),
    # a zero-width joiner inside a native word stays in the query
    (f"ಕಾರ್ನ್{ZWNJ}ಫ್ಲೇಕ್ಸ್ ಇದೆಯಾ?", f"ಕಾರ್ನ್{ZWNJ}ಫ್ಲೇಕ್ಸ್"),
    (f"కార్న్{ZWNJ}ఫ్లేక్స్ ఉన్నాయా?", f"కార్న్{ZWNJ}ఫ్లేక్స్"),
]


@pytest.mark.parametrize(("text", "query"), BROWSES)
def test_a_stock_question_browses_the_goods_alone(text: str, query: str) -> None:
    result = parse(text)
    assert result.intent == Intent.BROWSE, (text, result.intent, result.items)
    assert result.slots.get("query") == query
    assert result.items == ()


def test_a_brand_name_before_its_goods_drops_the_linking_word() -> None:
    """"mother dairy ka paneer": after a name of two words the "ka" joins a brand to its goods."""
    assert parse("kya aapke paas nandini ka paneer hai?").slots.get("query") == "nandini ka paneer"
    assert parse("kya aapke paas mother dairy ka curd hai?").slots.get("query") == "mother dairy curd"


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("cart?", Intent.SHOW_CART),
        ("total?", Intent.SHOW_CART),
        ("hello?", Intent.GREET),
        ("ok?", Intent.CONFIRM),
        ("kab tak aayega?", Intent.ORDER_STATUS),
        ("A5210 kithe aa?", Intent.ORDER_STATUS),
        ("dukan kab khulegi?", Intent.TALK_TO_SHOP),
    ],
)
def test_short_questions_about_other_things_keep_their_reading(text: str, intent: Intent) -> None:
    assert parse(text).intent == intent


@pytest.mark.parametrize(
    ("text", "name", "quantity", "unit"),
    [
        ("2 kilo atta bhej do", "atta", 2.0, "kg"),
        ("maggi 2 packet", "maggi", 2.0, "packet"),
        ("sarson ka tel 1 litre bhejo", "sarson tel", 1.0, "l"),
    ],
)
def test_orders_with_amounts_stay_orders(text: str, name: str, quantity: float, unit: str) -> None:
    result = parse(text)
    assert result.intent == Intent.ADD_ITEMS
    assert [(item.text, item.quantity, item.unit) for item in result.items] == [(name, quantity, unit)]


def test_a_price_limit_word_without_a_number_stays() -> None:
    """"andar" (inside) is a price limit only beside a number."""
    assert parse("ghar ke andar wala pochha hai kya?").intent == Intent.BROWSE
    assert "andar" in str(parse("ghar ke andar wala pochha hai kya?").slots.get("query"))
