"""Matching round 2: rules a shopkeeper uses among near-identical rows (a store row beside
quick-commerce copies of the same goods): the pack size asked for, plain "elaichi" being the
green one, and brand names written in an Indic script."""

from __future__ import annotations

import pytest

from intents.catalog_index import CatalogIndex
from intents.types import CatalogEntry, PackSize, Unit

G: Unit = "g"
ML: Unit = "ml"


def row(pid: str, name: str, brand: str, size: float, unit: Unit = G, *aliases: str) -> CatalogEntry:
    return CatalogEntry(product_id=pid, name=name, brand=brand, category="Grocery", size_value=size,
                        size_unit=unit, aliases=aliases)


SHOP = CatalogIndex.build([
    row("ST-1", "Sunfeast Marie Light", "Sunfeast", 100, G, "marie biscuit"),
    row("QC-1", "Sunfeast Marie Light Active Biscuits", "Sunfeast", 250),
    row("QC-2", "Sunfeast Marie Light Oats Biscuits", "Sunfeast", 150),
    row("ST-2", "Green Cardamom (Loose)", "", 50, G, "elaichi"),
    row("QC-3", "Daily Good Cardamom / Elaichi Black", "Daily Good", 50),
    row("QC-4", "Popular Essentials Black Cardamom/Elaichi", "Popular Essentials", 100),
    row("QC-5", "Aplus Green Cardamom Whole/Elaichi", "Aplus", 50),
    row("QC-6", "Kwality Walls Magnum Almond Ice Cream Stick", "Kwality Walls Magnum", 80, ML),
    row("QC-7", "Kwality Walls Cornetto Double Chocolate Cone", "Kwality Walls", 105, ML),
    row("QC-8", "Kwality Walls Feast Chocolate Frozen Dessert Stick", "Kwality Walls", 70, ML),
    row("QC-9", "Unibic Fiesta Cookies Pack", "Unibic", 500),
    row("QC-10", "Amul Vanilla Ice Cream Cup", "Amul", 125, ML),
    row("ST-3", "Daawat Rozana Super Basmati Rice", "Daawat", 1000),
    row("ST-4", "Cycle Three in One Agarbathies", "Cycle", 1, "piece", "udbatti"),
    row("QC-11", "Dr. Oetker Vanila Waffles", "Dr. Oetker", 250),
])


def top(text: str, language: str | None = None, size: PackSize | None = None) -> str:
    result = SHOP.match(text, language=language, pack_size=size)
    assert result.candidates, text
    return result.candidates[0].product_id


@pytest.mark.parametrize("text", ["marie light 250g", "sunfeast marie light 250 grams"])
def test_the_pack_size_asked_for_wins_when_every_word_fits(text: str) -> None:
    assert top(text) == "QC-1"


def test_a_size_given_by_the_parser_counts_the_same() -> None:
    assert top("marie light", "hi", PackSize(value=250, unit=G)) == "QC-1"


@pytest.mark.parametrize(
    ("text", "language"),
    [("elaichi", "hi"), ("యాలకులు", "te"), ("elakki", "kn"), ("ਇਲਾਇਚੀ", "pa"), ("ଅଳେଇଚ", "or")],
)
def test_plain_cardamom_is_the_green_one(text: str, language: str) -> None:
    assert top(text, language) in {"ST-2", "QC-5"}


def test_badi_elaichi_is_black_cardamom() -> None:
    assert top("badi elaichi", "hi") in {"QC-3", "QC-4"}


@pytest.mark.parametrize(
    ("text", "language", "want"),
    [
        ("मैग्नम आलमंड", "hi", "QC-6"),  # magnam: -am for -um
        ("ਮੈਗਨਮ", "pa", "QC-6"),
        ("ફીસ્ટ", "gu", "QC-8"),  # phist: i for ea, not Fiesta
        ("ଫିଷ୍ଟ", "or", "QC-8"),  # phisht: Odia ଷ୍ଟ is st
        ("ദാവത്ത് റോസാന", "ml", "ST-3"),  # davatt: v for w, not udbatti
    ],
)
def test_brand_names_in_indic_scripts(text: str, language: str, want: str) -> None:
    assert top(text, language) == want


def test_a_brownie_spelt_as_said() -> None:
    shop = CatalogIndex.build([
        row("B1", "Kwality Walls Magnum Brownie Ice Cream Stick", "Kwality Walls Magnum", 80, ML),
        row("B2", "Caketale Gooey Browny Slice", "Caketale", 60),
    ])
    assert shop.match("മാഗ്നം ബ്രൗണി", language="ml").candidates[0].product_id == "B1"


SPICES = CatalogIndex.build([
    row("QC-20", "Whole Farm Turmeric Whole", "Whole Farm", 50),
    row("QC-21", "Aashirvaad Turmeric Powder", "Aashirvaad", 100),
    row("ST-20", "Everest Turmeric Powder", "Everest", 100, G, "haldi", "manjal"),
    row("QC-22", "Ganesh Turmeric Powder", "Ganesh", 100),
])


@pytest.mark.parametrize(
    ("text", "language"), [("हल्दी", "hi"), ("ହଳଦୀ", "or"), ("పసుపు", "te"), ("હળદર", "gu"), ("holud", "bn")]
)
def test_haldi_is_the_ground_spice_and_the_shops_own_row(text: str, language: str) -> None:
    assert SPICES.match(text, language=language).candidates[0].product_id == "ST-20"


def test_whole_turmeric_when_asked_for() -> None:
    assert SPICES.match("sabut haldi", language="hi").candidates[0].product_id == "QC-20"


BISCUITS = CatalogIndex.build([
    row("QC-30", "Parle Hide & Seek - Chocolate", "Parle", 200),
    row("ST-30", "Parle Hide & Seek Chocolate Chip Cookies", "Parle", 100, G, "hide and seek"),
    row("QC-31", "Hide & Seek Cream Biscuits", "Hide & Seek", 100),
    row("QC-32", "Dukes Bourbon Biscuits", "Dukes", 150),
    row("ST-31", "Britannia Bourbon", "Britannia", 150, G, "bourbon biscuit"),
    row("QC-33", "Cremica Bourbon Biscuit", "Cremica", 100),
    row("QC-34", "Ramdev Kitchan King Masala", "Ramdev", 100),
    row("QC-35", "Everest Kitchen King Masala", "Everest", 100),
    row("QC-36", "Kissan Fresh Tomato Ketchup", "Kissan", 200),
    row("QC-37", "Daawat Traditional Basmati Rice", "Daawat", 1000),
    row("QC-38", "Daawat Rozana Super Basmati Rice", "Daawat", 1000),
])


@pytest.mark.parametrize(
    ("text", "language", "want"),
    [
        ("hide and seek", "en", "ST-30"),  # the shop's own short name over a look-alike row
        ("Hide & Seek", "hi", "ST-30"),
        ("பர்பன் பிஸ்கட்", "ta", "ST-31"),  # the shop calls it "bourbon biscuit"
        ("एव्हरेस्ट किचन किंग", "mr", "QC-35"),  # kichan: kitchen, however the catalog spells it
        ("ಎವರೆಸ್ಟ್ ಕಿಚನ್ ಕಿಂಗ್", "kn", "QC-35"),
        ("ദാവത്ത് ട്രഡീഷണൽ", "ml", "QC-37"),  # tradishanal: traditional
    ],
)
def test_the_shops_own_names_and_spellings(text: str, language: str, want: str) -> None:
    assert BISCUITS.match(text, language=language).candidates[0].product_id == want


SALT = CatalogIndex.build([
    row("QC-40", "Tata Salt", "Tata", 1000),
    row("ST-40", "Tata Salt Lite", "Tata", 1000),
    row("QC-41", "Let's Try Bhujia Sev", "Let's Try", 200),
    row("QC-42", "Catch Sprinklers Chat Masala", "Catch", 100),
])


@pytest.mark.parametrize(
    ("text", "language"),
    [("ടാറ്റ സാൾട്ട് ലൈറ്റ്", "ml"), ("टाटा साल्ट लाइट", "hi"), ("டாடா சால்ட் லைட்", "ta"), ("ଟାଟା ସଲ୍ଟ ଲାଇଟ", "or")],
)
def test_a_spelling_that_is_two_known_words_keeps_both(text: str, language: str) -> None:
    # "lait" may be let or lite; Malayalam "saltt" / "laitt" end in a doubled t
    assert SALT.match(text, language=language).candidates[0].product_id == "ST-40"


def test_oreo_in_odia_and_the_shops_own_oreo_in_bengali() -> None:
    shop = CatalogIndex.build([
        row("QC-50", "Cadbury Oreo Strawberry Cream Biscuits", "Cadbury Oreo", 120),
        row("ST-50", "Oreo Vanilla Creme Biscuit", "Oreo", 120, G, "oreo biscuit"),
        row("QC-51", "Oreo Red Velvet Biscuit", "Oreo", 120),
    ])
    assert shop.match("ଓରିଓ", language="or").candidates  # orio: oreo
    assert shop.match("ওরিও বিস্কুট", language="bn").candidates[0].product_id == "ST-50"


MASALAS = CatalogIndex.build([
    row("QC-60", "KPG Kitchen King", "KPG", 100),
    row("QC-61", "Orika Kitchen King", "Orika", 100),
    row("QC-62", "MDH Kitchen King Masala", "MDH", 100),
    row("QC-63", "Everest Kitchen King Masala", "Everest", 100),
    row("QC-64", "MDH Garam Masala", "MDH", 100),
    *(row(f"QC-7{n}", f"MDH {kind} Masala", "MDH", 100) for n, kind in enumerate(
        ["Chana", "Pav Bhaji", "Chunky Chat", "Meat", "Sambhar", "Rajmah", "Kasoori Methi", "Shahi Paneer"]
    )),
    *(row(f"QC-8{n}", f"Everest {kind} Masala", "Everest", 100) for n, kind in enumerate(
        ["Chana", "Pav Bhaji", "Chat", "Meat", "Sambhar", "Tea", "Kasuri Methi", "Shahi Paneer"]
    )),
])


@pytest.mark.parametrize(
    ("text", "language", "want"),
    [
        ("mdh kitchen king", "pa", "QC-62"),
        ("एमडीएच किचन किंग", "hi", "QC-62"),
        ("ਐਮਡੀਐਚ ਕਿਚਨ ਕਿੰਗ", "pa", "QC-62"),
        ("everest kitchen king", "gu", "QC-63"),
    ],
)
def test_the_brand_named_must_be_the_products(text: str, language: str, want: str) -> None:
    assert MASALAS.match(text, language=language).candidates[0].product_id == want


def test_a_sound_match_is_never_a_function_word_and_a_classifier_apart_is_no_product() -> None:
    shop = CatalogIndex.build([
        row("ST-90", "Britannia White Bread", "Britannia", 400, G, "bread"),
        row("ST-91", "Britannia 100% Whole Wheat Bread", "Britannia", 400, G, "brown bread"),
        row("QC-90", "Britannia Bread with Garlic", "Britannia", 200),
        row("QC-91", "Aashirvaad Turmeric Powder", "Aashirvaad", 100),
        row("ST-92", "Everest Turmeric Powder", "Everest", 100, G, "haldi"),
    ])
    assert shop.match("బ్రిటానియా వీట్ బ్రెడ్", language="te").candidates[0].product_id == "ST-91"  # vit: wheat
    assert shop.match("haladi ta", language="or").candidates[0].product_id == "ST-92"


def test_an_indic_a_may_be_an_english_u() -> None:
    shop = CatalogIndex.build([
        row("QC-95", "Arun Vanilla Ice Cream Cup", "Arun", 125, ML),
        row("QC-96", "Arun Vanilla Ice Cream Tub", "Arun", 1000, ML),
        row("QC-97", "Dr. Oetker Vanila Waffles", "Dr. Oetker", 250),
    ])
    assert shop.match("ଭାନିଲା ଟବ", language="or").candidates[0].product_id == "QC-96"  # tab: tub
