"""Spoken / dictated numbers (fixer AS), in all eleven languages: number words 21-99 and
hundreds compounds (data/number_words_21_99.csv, numbers.join_number), voice-typing slips
("to kilo" = 2, "tree packet" = 3, data/misheard_numbers.csv), order numbers said with a space
("order a 5803"), filler openers ("haan toh", "हां तर", "ಹಾ ಅಣ್ಣ", "umm"), clock times that are
no amount ("at 7:15"), and "one of each" after items with a weight (each weight is a pack size)."""

from __future__ import annotations

import pytest

from intents import parse
from intents.numbers import join_number, number_word_value, parse_number
from intents.tables import read_table
from intents.types import Intent

PRICE, STOCK, ADD = Intent.SET_PRICE, Intent.SET_STOCK, Intent.ADD_ITEMS

# (message, role, intent, slots that must be there)
OWNER_CASES: list[tuple[str, Intent, dict[str, object]]] = [
    # en
    ("sugar price one hundred twenty five", PRICE, {"price_paise": 12500}),
    ("order c 7702 is delivered", Intent.ADVANCE_ORDER, {"order_ref": "C7702", "status": "delivered"}),
    # hi
    ("चीनी का रेट पैंतालीस", PRICE, {"price_paise": 4500}),
    ("आटे का भाव एक सौ पच्चीस रुपये", PRICE, {"price_paise": 12500}),
    ("atta ka rate ek sau pachees", PRICE, {"price_paise": 12500}),
    ("maggi ka stock chaubees", STOCK, {"stock": 24}),
    # mr
    ("साखरेचा भाव बेचाळीस", PRICE, {"price_paise": 4200}),
    ("तांदूळ दर एक्कावन्न रुपये", PRICE, {"price_paise": 5100}),
    ("sakhar bhav bechalis", PRICE, {"price_paise": 4200}),
    # gu
    ("ખાંડ નો ભાવ બેતાલીસ", PRICE, {"price_paise": 4200}),
    ("તેલ નો ભાવ એકસો પચીસ", PRICE, {"price_paise": 12500}),
    ("khand no bhav betalis chhe", PRICE, {"price_paise": 4200}),
    # pa
    ("ਖੰਡ ਦਾ ਰੇਟ ਪੰਤਾਲੀ", PRICE, {"price_paise": 4500}),
    ("ਚੌਲ ਦਾ ਰੇਟ ਇੱਕ ਸੌ ਵੀਹ", PRICE, {"price_paise": 12000}),
    ("maggi da stock chhatti", STOCK, {"stock": 36}),
    ("ਆਟੇ ਦਾ ਰੇਟ ਪਚਵੰਜਾ", PRICE, {"price_paise": 5500}),
    # bn
    ("চিনির দাম বিয়াল্লিশ টাকা", PRICE, {"price_paise": 4200}),
    ("ডালের দাম একশো পঁচিশ", PRICE, {"price_paise": 12500}),
    ("chinir dam biyallish taka", PRICE, {"price_paise": 4200}),
    # ta
    ("சர்க்கரை விலை நாற்பத்தி ஐந்து", PRICE, {"price_paise": 4500}),
    ("எண்ணெய் விலை நூற்றி இருபது", PRICE, {"price_paise": 12000}),
    ("பருப்பு விலை நூற்றி இருபத்தி ஐந்து ரூபாய்", PRICE, {"price_paise": 12500}),
    # te
    ("చక్కెర ధర నలభై ఐదు", PRICE, {"price_paise": 4500}),
    ("నూనె ధర నూట ఇరవై", PRICE, {"price_paise": 12000}),
    ("pappu dhara noota iravai aidu", PRICE, {"price_paise": 12500}),
    # kn
    ("ಎಣ್ಣೆ ಬೆಲೆ ನೂರ ಇಪ್ಪತ್ತು", PRICE, {"price_paise": 12000}),
    ("ಸಕ್ಕರೆ ಬೆಲೆ ನೂರ ಹತ್ತು", PRICE, {"price_paise": 11000}),
    # ml
    ("എണ്ണ വില നൂറ്റി അൻപത്", PRICE, {"price_paise": 15000}),
    ("എണ്ണ വില നൂറ്റി ഇരുപത്തി അഞ്ച് രൂപ", PRICE, {"price_paise": 12500}),
    ("പഞ്ചസാര വില നൂറ്റി പത്ത്", PRICE, {"price_paise": 11000}),
    ("അരി വില അൻപത്തി രണ്ട്", PRICE, {"price_paise": 5200}),
    ("പഞ്ചസാര വില നാൽപ്പത്തി അഞ്ച്", PRICE, {"price_paise": 4500}),
    # or
    ("ଚିନି ଦାମ ବୟାଳିଶ", PRICE, {"price_paise": 4200}),
    ("ଡାଲି ଦାମ ଶହେ ପଚିଶ", PRICE, {"price_paise": 12500}),
    ("ଚାଉଳ ଷ୍ଟକ ପଚିଶି", STOCK, {"stock": 25}),
    ("ଚିନି ଦାମ ଅଣଚାଶ ଟଙ୍କା", PRICE, {"price_paise": 4900}),
]

# (message, intent, [(item text, quantity, unit)])
CUSTOMER_CASES: list[tuple[str, Intent, list[tuple[str, float, str | None]]]] = [
    # en
    ("pls send to kilo tomatoes", ADD, [("tomatoes", 2, "kg")]),
    ("tree packet parle g", ADD, [("parle g", 3, "packet")]),
    ("hmm ok 3 packet maggi", ADD, [("maggi", 3, "packet")]),
    ("send me too packet biscuits", ADD, [("biscuits", 2, "packet")]),
    # hi
    ("छत्तीस अंडे भेज दो", ADD, [("अंडे", 36, None)]),
    ("pachees kilo chawal bhej do", ADD, [("chawal", 25, "kg")]),
    ("haan toh 2 packet maggi de do", ADD, [("maggi", 2, "packet")]),
    ("हां तो भैया तीन किलो आलू", ADD, [("आलू", 3, "kg")]),
    # mr
    ("पंचवीस अंडी पाठवा", ADD, [("अंडी", 25, None)]),
    ("हां तर एक किलो साखर", ADD, [("साखर", 1, "kg")]),
    ("हां तर दोन किलो कांदा आणि एक किलो बटाटा", ADD, [("कांदा", 2, "kg"), ("बटाटा", 1, "kg")]),
    # gu
    ("પચ્ચીસ ઈંડા મોકલો", ADD, [("ઈંડા", 25, None)]),
    ("હા તો બે કિલો ખાંડ", ADD, [("ખાંડ", 2, "kg")]),
    ("એકસો ગ્રામ જીરું", ADD, [("જીરું", 100, "g")]),
    # pa
    ("ਪੱਚੀ ਅੰਡੇ ਭੇਜ ਦਿਓ", ADD, [("ਅੰਡੇ", 25, None)]),
    ("ਹਾਂ ਤਾਂ ਦੋ ਕਿਲੋ ਆਟਾ", ADD, [("ਆਟਾ", 2, "kg")]),
    ("ਇੱਕ ਸੌ ਵੀਹ ਗ੍ਰਾਮ ਜੀਰਾ", ADD, [("ਜੀਰਾ", 120, "g")]),
    # bn
    ("পঁচিশটা ডিম দিন", ADD, [("ডিম", 25, None)]),
    ("achha shunun 2 kg aloo", ADD, [("aloo", 2, "kg")]),
    ("হ্যাঁ আচ্ছা ২ কেজি আলু", ADD, [("আলু", 2, "kg")]),
    # ta
    ("இருபத்தி ஐந்து முட்டை", ADD, [("முட்டை", 25, None)]),
    ("சரி அப்போ ரெண்டு கிலோ சர்க்கரை", ADD, [("சர்க்கரை", 2, "kg")]),
    ("நூற்றி இருபது கிராம் மிளகு", ADD, [("மிளகு", 120, "g")]),
    # te
    ("ఇరవై ఐదు గుడ్లు", ADD, [("గుడ్లు", 25, None)]),
    ("సరే అయితే రెండు కిలో చక్కెర", ADD, [("చక్కెర", 2, "kg")]),
    ("నూట యాభై గ్రాములు జీలకర్ర", ADD, [("జీలకర్ర", 150, "g")]),
    # kn
    ("ಹಾ ಅಣ್ಣ ಮೂರು ಕಿಲೋ ಅಕ್ಕಿ", ADD, [("ಅಕ್ಕಿ", 3, "kg")]),
    ("ಇಪ್ಪತ್ತು ಐದು ಮೊಟ್ಟೆ", ADD, [("ಮೊಟ್ಟೆ", 25, None)]),
    ("ಹಾಂ ಎರಡು ಪ್ಯಾಕೆಟ್ ಹಾಲು", ADD, [("ಹಾಲು", 2, "packet")]),
    ("ನೂರ ಐವತ್ತು ಗ್ರಾಂ ಜೀರಿಗೆ", ADD, [("ಜೀರಿಗೆ", 150, "g")]),
    # ml
    ("ശരി അപ്പോ രണ്ട് കിലോ അരി", ADD, [("അരി", 2, "kg")]),
    ("അപ്പോ മൂന്ന് പാക്കറ്റ് പാൽ", ADD, [("പാൽ", 3, "packet")]),
    ("നൂറ്റി ഇരുപത് ഗ്രാം ജീരകം", ADD, [("ജീരകം", 120, "g")]),
    # or
    ("ପଚିଶି ଅଣ୍ଡା ଦିଅ", ADD, [("ଅଣ୍ଡା", 25, None)]),
    ("ହଁ ତେବେ ଦୁଇ କିଲୋ ଚିନି", ADD, [("ଚିନି", 2, "kg")]),
    ("ଶହେ କୋଡ଼ିଏ ଗ୍ରାମ ଜିରା", ADD, [("ଜିରା", 120, "g")]),
]

# Clock times are no amount: only the goods get a quantity (the words before a time may stay
# as a name the catalog then ignores).
CLOCK_CASES: list[tuple[str, list[tuple[str, float, str | None]]]] = [
    ("movie at 8:30, send 2 pepsi", [("pepsi", 2, None)]),
    ("party starts at 6.45, send 5 coke", [("coke", 5, None)]),
    ("kal subah 7:30 tak 2 litre doodh", [("doodh", 2, "l")]),
    ("2 packet bread, school bus at 7.15", [("bread", 2, "packet")]),
]

# "One of each" after items with a weight: each weight is the pack size, the count is one.
EACH_CASES: list[tuple[str, list[tuple[str, float, str | None, float, str]]]] = [
    ("bread 400g and butter 100g, send one of each", [("bread", 1, None, 400, "g"), ("butter", 1, None, 100, "g")]),
    ("maggi 70g, yippee 70g, ek ek packet", [("maggi", 1, "packet", 70, "g"), ("yippee", 1, "packet", 70, "g")]),
    ("ಎಂಟಿಆರ್ ಸಾಂಬಾರ್ ಪುಡಿ 100g, ಎವರೆಸ್ಟ್ ಖಾರದ ಪುಡಿ 100g, ಒಂದೊಂದು ಪ್ಯಾಕೆಟ್",
     [("ಎಂಟಿಆರ್ ಸಾಂಬಾರ್ ಪುಡಿ", 1, "packet", 100, "g"), ("ಎವರೆಸ್ಟ್ ಖಾರದ ಪುಡಿ", 1, "packet", 100, "g")]),
]

# Near misses that keep their old reading.
MUST_NOT_CHANGE: list[tuple[str, str, Intent, list[tuple[str, float | None, str | None]]]] = [
    ("add to cart 2 maggi", "customer", ADD, [("maggi", 2, None)]),
    ("send 1.5 kg sugar", "customer", ADD, [("sugar", 1.5, "kg")]),
    ("atta, chawal ek-ek kilo", "customer", ADD, [("atta", 1, "kg"), ("chawal", 1, "kg")]),
    ("kariveppilai, pudina ovvonnu", "customer", ADD, [("kariveppilai", 1, None), ("pudina", 1, None)]),
    ("be so gram jeeru", "customer", ADD, [("jeeru", 200, "g")]),
    ("do sau gram jeera", "customer", ADD, [("jeera", 200, "g")]),
]


@pytest.mark.parametrize(("text", "intent", "slots"), OWNER_CASES)
def test_owner_numbers_said_in_words(text: str, intent: Intent, slots: dict[str, object]) -> None:
    result = parse(text, role="owner")
    assert result.intent == intent, text
    for key, value in slots.items():
        assert result.slots.get(key) == value, (text, key, result.slots)


@pytest.mark.parametrize(("text", "intent", "expected"), CUSTOMER_CASES)
def test_customer_spoken_numbers(text: str, intent: Intent, expected: list[tuple[str, float, str | None]]) -> None:
    result = parse(text)
    assert result.intent == intent, text
    assert [(item.text, item.quantity, item.unit) for item in result.items] == expected


@pytest.mark.parametrize(("text", "expected"), CLOCK_CASES)
def test_clock_times_are_no_amount(text: str, expected: list[tuple[str, float, str | None]]) -> None:
    result = parse(text)
    assert result.intent == ADD
    assert [(item.text, item.quantity, item.unit) for item in result.items if item.quantity is not None] == expected


@pytest.mark.parametrize(("text", "expected"), EACH_CASES)
def test_one_of_each_after_weights(text: str, expected: list[tuple[str, float, str | None, float, str]]) -> None:
    result = parse(text)
    got = [
        (item.text, item.quantity, item.unit, item.pack_size.value if item.pack_size else None, item.pack_size.unit if item.pack_size else None)
        for item in result.items
    ]
    assert got == expected


@pytest.mark.parametrize(("text", "role", "intent", "expected"), MUST_NOT_CHANGE)
def test_near_misses_keep_their_reading(text: str, role: str, intent: Intent, expected: list[tuple[str, float | None, str | None]]) -> None:
    result = parse(text, role=role)  # type: ignore[arg-type]
    assert result.intent == intent
    assert [(item.text, item.quantity, item.unit) for item in result.items] == expected


def test_order_number_said_with_a_space() -> None:
    assert parse("where is my order B 4521").slots.get("order_ref") == "B4521"
    assert parse("order a 500 gram sugar").slots.get("order_ref") is None  # an amount, not a ref


def test_every_two_digit_number_has_a_word_in_the_six_languages_that_name_them() -> None:
    rows = read_table("number_words_21_99.csv")
    for language in ("hi", "mr", "gu", "pa", "bn", "or"):
        for romanised in (False, True):
            values = {int(float(row["value"])) for row in rows if row["language"] == language and row["word"].isascii() == romanised}
            tens = set(range(30, 100, 10))
            missing = sorted(set(range(21, 100)) - tens - values - ({32} if (language, romanised) == ("pa", True) else set()))
            assert not missing, (language, romanised, missing)


@pytest.mark.parametrize(
    ("word", "language", "value"),
    [("पच्चीस", "hi", 25), ("निन्यानवे", "hi", 99), ("पंचवीस", "mr", 25), ("नव्व्याण्णव", "mr", 99), ("પંચોતેર", "gu", 75),
     ("ਪੰਝੀ", "pa", 25), ("ਨੜਿੰਨਵੇਂ", "pa", 99), ("পঁচাত্তর", "bn", 75), ("উনত্রিশ", "bn", 29), ("ଅଠଚାଳିଶ", "or", 48),
     ("ଅଠଚାଳିଶି", "or", 48), ("నూట", "te", 100), ("நூற்றி", "ta", 100), ("നൂറ്റി", "ml", 100), ("એકસો", "gu", 100)],
)
def test_word_values(word: str, language: str, value: int) -> None:
    assert number_word_value(word, language) == value


def test_romanised_two_digit_words_count_only_in_their_language() -> None:
    assert number_word_value("pachees", "hi") == 25
    assert number_word_value("pachees", None) is None
    assert number_word_value("batti", "pa") is None  # a lamp, not 32


@pytest.mark.parametrize(
    ("phrase", "language", "value"),
    [("एक सौ चालीस", "hi", 140), ("একশো পঁচাত্তর", "bn", 175), ("నూట అరవై ఐదు", "te", 165), ("do sau pachas", "hi", 250),
     ("forty five", "en", 45), ("ਇੱਕ ਸੌ ਵੀਹ", "pa", 120), ("நூற்றி இருபத்தி ஐந்து", "ta", 125)],
)
def test_compounds(phrase: str, language: str, value: int) -> None:
    assert parse_number(phrase, language) == value


def test_join_number_rules() -> None:
    assert join_number(2, 100) == 200
    assert join_number(100, 40) == 140
    assert join_number(160, 5) == 165
    assert join_number(25, 5) is None  # two counts, not one number
    assert join_number(140, 20) is None
