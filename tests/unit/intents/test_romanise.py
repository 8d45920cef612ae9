"""Native-script brand names read in Latin letters (intents.romanise) and matched by them."""

from __future__ import annotations

import pytest

from intents.catalog_index import CatalogIndex
from intents.romanise import loanword_spellings, romanise, skeleton
from intents.types import CatalogEntry


@pytest.mark.parametrize(
    ("word", "latin"),
    [
        ("हार्पिक", "harpik"),
        ("નિરમા", "nirma"),
        ("ମିଲ୍କ", "milk"),
        ("डेटॉल", "detol"),
        ("ಕೋಲ್ಗೇಟ್", "kolget"),
        ("atta", "atta"),  # Latin comes back as it is
    ],
)
def test_romanise(word: str, latin: str) -> None:
    assert romanise(word) == latin


def test_skeleton_ignores_vowels_voicing_and_aspiration() -> None:
    assert skeleton(romanise("ఫ్రీడమ్")) == skeleton("freedom")
    assert skeleton(romanise("சான்டல்")) == skeleton("sandal")
    assert skeleton("harpic") == skeleton(romanise("हार्पिक"))


CATALOG = [
    CatalogEntry(product_id="P1", name="Harpic Toilet Cleaner 500 ml", brand="Harpic"),
    CatalogEntry(product_id="P2", name="Nirma Detergent Powder 1 kg", brand="Nirma"),
    CatalogEntry(product_id="P3", name="Good Knight Mosquito Coil", brand="Mortein"),
    CatalogEntry(product_id="P4", name="Sunflower Oil 1 L", brand="Freedom"),
]


@pytest.mark.parametrize(
    ("text", "product"),
    [("हार्पिक", "P1"), ("નિરમા", "P2"), ("ನಿರ್ಮಾ ಪೌಡರ್", "P2"), ("ఫ్రీడమ్", "P4"), ("മോർട്ടീൻ", "P3")],
)
def test_native_brand_matches_the_latin_catalog(text: str, product: str) -> None:
    index = CatalogIndex.build(CATALOG)
    result = index.match(text)
    assert result.candidates and result.candidates[0].product_id == product


def test_skeleton_of_loanword_spellings() -> None:
    assert skeleton(romanise("এক্সেল")) == skeleton("excel")
    assert skeleton(romanise("ಪೌಡರ್")) == skeleton("powder")


def test_anusvara_is_m_at_the_end_and_before_labials() -> None:
    assert romanise("ಕೋಲಂ") == "kolam"
    assert romanise("संपर्क") == "sampark"
    assert romanise("ಅಂಗಡಿ") == "angadi"


def test_a_case_ending_on_a_native_brand_name() -> None:
    index = CatalogIndex.build(CATALOG)
    result = index.match("हार्पिकची")  # Marathi "Harpic's"
    assert result.candidates and result.candidates[0].product_id == "P1"


def test_a_two_word_romanised_term_written_as_one_word() -> None:
    from intents.lexicon import load_lexicon

    lexicon = load_lexicon()
    assert lexicon.lookup("senagapappu") == lexicon.lookup("senaga pappu") != ()


def test_loanword_spellings_of_indic_vowels() -> None:
    assert "maggi" in loanword_spellings(romanise("मैग्गी"))
    assert "boost" in loanword_spellings(romanise("बूस्ट"))
    assert "tide" in loanword_spellings(romanise("टाइड"))
    assert "nivia" in loanword_spellings(romanise("निविया"))


def test_nukta_letters() -> None:
    assert romanise("माज़ा") == "maza"
    assert romanise("फ़्रिज") == "frij"


def test_same_consonants_prefer_the_closer_spelling() -> None:
    index = CatalogIndex.build(
        [
            CatalogEntry(product_id="G1", name="Gillette Guard Razor", brand="Gillette"),
            CatalogEntry(product_id="S1", name="Salt 1 kg"),
            CatalogEntry(product_id="S2", name="Salted Peanuts"),
        ]
    )
    result = index.match("जिलेट")
    assert result.candidates and result.candidates[0].product_id == "G1"
