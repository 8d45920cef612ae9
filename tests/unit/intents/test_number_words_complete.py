"""Issue 3: number words in all eleven languages, in the native script and romanised.

For every language: 0-20, the round tens and 100 have at least one native-script and one
romanised word in data/number_words.csv; the hundreds 200-900 are one word where the language
says them as one word (இருநூறு, ಇನ್ನೂರು, দুশো, ત્રણસો, पाचशे, ତିନିଶହ, రెండొందలు) and a
number plus a hundred word elsewhere ("do sau", "ਦੋ ਸੌ", "two hundred"); spelled quantities
in whole messages come out as the right quantity and unit; English sentences that share words
with romanised numbers ("so good", "sat down") get no quantity.
"""

from __future__ import annotations

import unicodedata

import pytest

from intents import extract_items, parse
from intents.numbers import NEEDS_UNIT, number_word_value, parse_number
from intents.tables import read_table
from intents.types import LANGUAGES

ROWS = read_table("number_words.csv")
CORE_VALUES = (*range(0, 21), *range(30, 101, 10))
HUNDREDS = tuple(range(200, 901, 100))

# Values with no romanised word, on purpose (each would misread everyday messages):
NO_ROMANISED: dict[tuple[str, int], str] = {
    # "saath"/"sath" is "with" (data/connectors.csv splits a message there, so it could never
    # be read as 60 anyway: "atta ke saath cheeni").
    ("hi", 60): "saath is 'with'",
    ("mr", 60): "saath is Hindi 'with', the same connector",
    # "sattar" is how Gujaratis write 17, but it is 70 in hi, mr and pa; romanised language
    # detection is not sure enough to let one spelling carry two values.
    ("gu", 17): "sattar is 70 in hi/mr/pa",
}
# English is written in Latin script: its words are native and "romanised" at once, so only the
# Latin-script half of the check applies.
LATIN_NATIVE = frozenset({"en"})
# Languages whose hundreds are two words, a digit word then a hundred word: (hundred words).
TWO_WORD_HUNDREDS: dict[str, tuple[str, ...]] = {"en": ("hundred",), "hi": ("सौ", "sau"), "pa": ("ਸੌ", "sau")}


def _words(language: str, value: int, *, romanised: bool) -> list[str]:
    return [
        row["word"]
        for row in ROWS
        if row["language"] == language and float(row["value"]) == value and row["word"].isascii() == romanised
    ]


@pytest.mark.parametrize("language", LANGUAGES)
def test_zero_to_twenty_tens_and_hundred_in_both_scripts(language: str) -> None:
    missing = []
    for value in CORE_VALUES:
        if language not in LATIN_NATIVE and not _words(language, value, romanised=False):
            missing.append(f"{value} native")
        if (language, value) not in NO_ROMANISED and not _words(language, value, romanised=True):
            missing.append(f"{value} romanised")
    assert not missing, f"{language}: {missing}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_hundreds_two_hundred_to_nine_hundred(language: str) -> None:
    if language in TWO_WORD_HUNDREDS:
        for hundred_word in TWO_WORD_HUNDREDS[language]:
            romanised = hundred_word.isascii()
            for value in HUNDREDS:
                digit_word = _words(language, value // 100, romanised=romanised)[0]
                phrase = f"{digit_word} {hundred_word}"
                assert parse_number(phrase, language) == value, phrase
        return
    missing = [
        f"{value} {'romanised' if romanised else 'native'}"
        for value in HUNDREDS
        for romanised in (False, True)
        if not _words(language, value, romanised=romanised)
    ]
    assert not missing, f"{language}: {missing}"


@pytest.mark.parametrize(
    "word,value",
    [("pathinonnu", 11), ("naarpathu", 40), ("padakondu", 11), ("nalabhai", 40), ("hannondu", 11),
     ("egaro", 11), ("chollish", 40), ("ainooru", 500), ("இருநூறு", 200), ("ஐநூறு", 500),
     ("ಇನ್ನೂರು", 200), ("ഇരുനൂറ്", 200), ("দুশো", 200), ("তিনশো", 300), ("ત્રણસો", 300),
     ("तीनशे", 300), ("पाचशे", 500), ("ତିନିଶହ", 300), ("వందలు", 100), ("రెండొందలు", 200)],
)  # fmt: skip
def test_words_the_audit_found_missing(word: str, value: int) -> None:
    assert number_word_value(word) == value


def test_table_words_are_nfc_and_unique_per_language() -> None:
    seen: set[tuple[str, str]] = set()
    for row in ROWS:
        assert row["word"] == unicodedata.normalize("NFC", row["word"]), row
        key = (row["language"], row["word"].lower())
        assert key not in seen, key
        seen.add(key)


# Every number word (but zero) before a unit reads as that many of the unit: no word is
# swallowed by a filler, connector or product word, in any language.
POSITIVE_ROWS = [row for row in ROWS if float(row["value"]) > 0]


@pytest.mark.parametrize("row", POSITIVE_ROWS, ids=lambda row: f"{row['language']}:{row['word']}")
def test_every_number_word_counts_before_a_unit(row: dict[str, str]) -> None:
    (item,) = extract_items(f"{row['word']} gram cheeni")
    assert (item.quantity, item.unit, item.text) == (float(row["value"]), "g", "cheeni")


SPELLED = [
    # (message, quantity, unit, product words)
    ("twenty packet maggi", 20, "packet", "maggi"),
    ("two hundred gram jeera", 200, "g", "jeera"),
    ("fifteen eggs", 15, None, "eggs"),
    ("gyaarah packet maggi", 11, "packet", "maggi"),
    ("do sau gram jeera", 200, "g", "jeera"),
    ("dhai sau gram cheeni", 250, "g", "cheeni"),
    ("dedh sau gram chai patti", 150, "g", "chai patti"),
    ("paanch sau gram cheeni bhej do", 500, "g", "cheeni"),
    ("ढाई सौ ग्राम चीनी", 250, "g", "चीनी"),
    ("बीस पैकेट मैगी", 20, "packet", "मैगी"),
    ("पाचशे ग्राम साखर", 500, "g", "साखर"),
    ("अडीचशे ग्राम तूप", 250, "g", "तूप"),
    ("तीनशे ग्राम साखर", 300, "g", "साखर"),
    ("don she gram sakhar", 200, "g", "sakhar"),
    ("pachshe gram sakhar", 500, "g", "sakhar"),
    ("akara packet maggi", 11, "packet", "maggi"),
    ("দুশো গ্রাম চিনি", 200, "g", "চিনি"),
    ("তিনশো গ্রাম ডাল", 300, "g", "ডাল"),
    ("আড়াইশো গ্রাম ডাল", 250, "g", "ডাল"),
    ("egaro packet maggi", 11, "packet", "maggi"),
    ("du kilo chal", 2, "kg", "chal"),
    ("chollish gram elach", 40, "g", "elach"),
    ("panchsho gram chini", 500, "g", "chini"),
    ("pathinonnu packet maggi", 11, "packet", "maggi"),
    ("ainooru gram paruppu", 500, "g", "paruppu"),
    ("இருநூறு கிராம் பருப்பு", 200, "g", "பருப்பு"),
    ("ஐநூறு கிராம் பருப்பு", 500, "g", "பருப்பு"),
    ("இருநூத்தம்பது கிராம் நெய்", 250, "g", "நெய்"),
    ("pathinanju muttai venum", 15, None, "muttai"),
    ("padakondu packet maggi", 11, "packet", "maggi"),
    ("రెండు వందలు గ్రాములు చక్కెర", 200, "g", "చక్కెర"),
    ("రెండొందల గ్రాములు చక్కెర", 200, "g", "చక్కెర"),
    ("aidondalu grams chakkera", 500, "g", "chakkera"),
    ("nalabhai packet biscuits", 40, "packet", "biscuits"),
    ("hannondu packet maggi", 11, "packet", "maggi"),
    ("ಇನ್ನೂರು ಗ್ರಾಂ ಬೇಳೆ", 200, "g", "ಬೇಳೆ"),
    ("ainooru gram sakkare", 500, "g", "sakkare"),
    ("innooraivattu gram tuppa", 250, "g", "tuppa"),
    ("ഇരുനൂറ് ഗ്രാം പഞ്ചസാര", 200, "g", "പഞ്ചസാര"),
    ("anjooru gram panchasara", 500, "g", "panchasara"),
    ("pathinonnu packet maggi venam", 11, "packet", "maggi"),
    ("ત્રણસો ગ્રામ ખાંડ", 300, "g", "ખાંડ"),
    ("અઢીસો ગ્રામ ઘી", 250, "g", "ઘી"),
    ("agiyar packet maggi", 11, "packet", "maggi"),
    ("be so gram khand", 200, "g", "khand"),
    ("panchso gram khand", 500, "g", "khand"),
    ("ਢਾਈ ਸੌ ਗ੍ਰਾਮ ਖੰਡ", 250, "g", "ਖੰਡ"),
    ("ਦੋ ਸੌ ਗ੍ਰਾਮ ਖੰਡ", 200, "g", "ਖੰਡ"),
    ("ਪੰਜ ਸੌ ਗ੍ਰਾਮ ਖੰਡ", 500, "g", "ਖੰਡ"),
    ("gyaran packet maggi", 11, "packet", "maggi"),
    ("panj sau gram cheeni", 500, "g", "cheeni"),
    ("ତିନିଶହ ଗ୍ରାମ ଚିନି", 300, "g", "ଚିନି"),
    ("ଅଢ଼େଇଶହ ଗ୍ରାମ ଘିଅ", 250, "g", "ଘିଅ"),
    ("ଦୁଇ ଶହ ଗ୍ରାମ ଚିନି", 200, "g", "ଚିନି"),
    ("panchasaha gram chini", 500, "g", "chini"),
    ("egara packet maggi", 11, "packet", "maggi"),
    ("sat kilo atta", 7, "kg", "atta"),
    ("saat sau gram cheeni", 700, "g", "cheeni"),
]


@pytest.mark.parametrize("text,quantity,unit,product", SPELLED, ids=[case[0] for case in SPELLED])
def test_spelled_quantities_in_whole_messages(text: str, quantity: float, unit: str | None, product: str) -> None:
    result = parse(text)
    assert result.intent == "add_items", result
    assert [(item.quantity, item.unit, item.text) for item in result.items] == [(quantity, unit, product)]


@pytest.mark.parametrize(
    "text",
    ["so good", "I am at home", "sat down", "we sat outside", "she said ok", "thank you so much",
     "that is so sweet", "ok so send it", "so sweet biscuit", "sat sri akal ji", "pichli baar wala",
     "tera order kab aayega", "sol kadhi"],
)  # fmt: skip
def test_everyday_words_that_are_also_numbers_give_no_quantity(text: str) -> None:
    assert all(item.quantity is None for item in extract_items(text)), extract_items(text)
    assert all(item.quantity is None for item in parse(text).items)


@pytest.mark.parametrize("word", sorted(NEEDS_UNIT))
def test_unit_only_words_are_not_a_bare_choice(word: str) -> None:
    assert "choice" not in parse(word).slots
