"""Number words, native digits and shop fractions, straight from the data tables."""

from __future__ import annotations

import pytest

from intents.cleaning import fold_for_matching
from intents.numbers import fraction_word, number_word_value, parse_number
from intents.tables import read_table
from intents.types import LANGUAGES

NUMBER_ROWS = read_table("number_words.csv")
FRACTION_ROWS = [row for row in read_table("fractions.csv") if row["kind"] == "value"]
DIGIT_ZEROS = {"Deva": 0x0966, "Beng": 0x09E6, "Guru": 0x0A66, "Gujr": 0x0AE6, "Orya": 0x0B66,
               "Taml": 0x0BE6, "Telu": 0x0C66, "Knda": 0x0CE6, "Mlym": 0x0D66}  # fmt: skip


@pytest.mark.parametrize("row", NUMBER_ROWS, ids=lambda row: f"{row['language']}:{row['word']}")
def test_every_number_word_reads_as_its_value_in_its_language(row: dict[str, str]) -> None:
    assert number_word_value(row["word"].lower(), row["language"]) == float(row["value"])


def test_every_language_has_number_words_up_to_ten() -> None:
    for language in LANGUAGES:
        values = {float(row["value"]) for row in NUMBER_ROWS if row["language"] == language}
        assert set(map(float, range(1, 11))) <= values, language


@pytest.mark.parametrize("row", FRACTION_ROWS, ids=lambda row: f"{row['language']}:{row['word']}")
def test_every_fraction_word_has_its_value(row: dict[str, str]) -> None:
    found = fraction_word(row["word"].lower(), row["language"])
    assert found is not None and found.value == float(row["value"])


@pytest.mark.parametrize("script,zero", sorted(DIGIT_ZEROS.items()))
def test_native_digits_of_every_script_fold_to_ascii(script: str, zero: int) -> None:
    native = "".join(chr(zero + digit) for digit in (4, 0, 0, 0, 5, 8))
    assert fold_for_matching(native) == "400058"
    assert parse_number(chr(zero + 7)) == 7


@pytest.mark.parametrize(
    "phrase,value",
    [
        ("paune do", 1.75),
        ("पौने दो", 1.75),
        ("sawa do", 2.25),
        ("sawa", 1.25),
        ("saadhe teen", 3.5),
        ("dedh", 1.5),
        ("dhai", 2.5),
        ("do sau", 200.0),
        ("dedh sau", 150.0),
        ("aadha", 0.5),
        ("அரை", 0.5),
        ("ಒಂದೂವರೆ", 1.5),
        ("১২", 12.0),
        ("pachas", 50.0),
        ("ondu", 1.0),
        ("okati", 1.0),
        ("ikk", 1.0),
        ("দুটো", 2.0),
        ("ଦୁଇଟି", 2.0),
    ],
)
def test_number_phrases(phrase: str, value: float) -> None:
    assert parse_number(phrase) == pytest.approx(value)


def test_words_that_are_not_numbers_give_none() -> None:
    assert parse_number("maggi") is None
    assert parse_number("") is None
    assert number_word_value("atta") is None
