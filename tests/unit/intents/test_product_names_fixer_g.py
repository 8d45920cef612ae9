"""Product top-1 families (fixer G): English loan words written in Indic scripts, plural
endings, two-word brands written as one word, a native "and" inside a brand name, a fraction
word inside a dish name, and a price per kilo / litre that names the 1 kg / 1 l pack."""

from __future__ import annotations

import pytest

from intents.catalog_index import CatalogIndex
from intents.items import extract_items
from intents.lexicon import is_english_and
from intents.parse import parse
from intents.romanise import loanword_spellings, romanise

from .small_catalog import build_index, top_product

_ROWS = (
    ("P-SOAP", "Dettol Original Soap", "Dettol", 125, "g"),
    ("P-HANDWASH", "Dettol Original Handwash", "Dettol", 200, "ml"),
    ("P-VIMBAR", "Vim Dishwash Bar", "Vim", 300, "g"),
    ("P-VIMLIQ", "Vim Dishwash Liquid Gel", "Vim", 500, "ml"),
    ("P-APPLE", "Shimla Apple", "", 1, "kg"),
    ("P-TATA", "Tata Tea Premium", "Tata Tea", 250, "g"),
    ("P-TAJ", "Brooke Bond Taj Mahal Tea", "Taj Mahal", 250, "g"),
    ("P-PASTE", "Colgate Strong Teeth Toothpaste", "Colgate", 100, "g"),
    ("P-BRUSH", "Colgate ZigZag Toothbrush", "Colgate", 1, "piece"),
    ("P-RIN", "Rin Detergent Bar", "Rin", 250, "g"),
    ("P-TIDE", "Tide Plus Detergent Powder", "Tide", 1, "kg"),
    ("P-CANDLE", "Wax Candles", "", 6, "piece"),
    ("P-BRIT", "Britannia White Bread", "Britannia", 400, "g"),
    ("P-MODERN", "Modern Sandwich Bread", "Modern", 400, "g"),
    ("P-HS", "Head & Shoulders Anti Dandruff Shampoo", "Head & Shoulders", 180, "ml"),
    ("P-CLINIC", "Clinic Plus Shampoo", "Clinic Plus", 175, "ml"),
    ("P-PAVBHAJI", "MDH Pav Bhaji Masala", "MDH", 100, "g"),
    ("P-CHANA", "MDH Chana Masala", "MDH", 100, "g"),
    ("P-TOOR1", "Toor Dal (Loose)", "", 1, "kg"),
    ("P-TOOR500", "Toor Dal (Loose)", "", 500, "g"),
    ("P-OIL1", "Fortune Mustard Oil", "Fortune", 1, "l"),
    ("P-OIL500", "Fortune Mustard Oil", "Fortune", 500, "ml"),
    ("P-MDAHI", "Mother Dairy Classic Dahi", "Mother Dairy", 400, "g"),
    ("P-AMULDAHI", "Amul Masti Dahi", "Amul", 400, "g"),
    ("P-DARK", "Sunfeast Dark Fantasy Choco Fills", "Sunfeast", 75, "g"),
    ("P-MARIE", "Sunfeast Marie Light", "Sunfeast", 100, "g"),
    ("P-GOLD", "Harvest Gold White Bread", "Harvest Gold", 400, "g"),
    ("P-GUARD", "Gillette Guard Razor", "Gillette", 1, "piece"),
    ("P-MACH3", "Gillette Mach3 Razor", "Gillette", 1, "piece"),
)


@pytest.fixture(scope="module")
def index() -> CatalogIndex:
    return build_index(_ROWS)


_top = top_product


# ---------------------------------------------------------------- English loan words in Indic scripts
@pytest.mark.parametrize(
    "text",
    ["ডেটল হ্যান্ডওয়াশ", "डेटॉल हैंडवॉश", "டெட்டால் ஹேண்ட்வாஷ்", "ಡೆಟಾಲ್ ಹ್ಯಾಂಡ್‌ವಾಶ್", "ਡੈਟੋਲ ਹੈਂਡਵਾਸ਼", "dettol hand wash"],
)
def test_handwash_in_any_script_is_the_handwash_not_the_soap(index: CatalogIndex, text: str) -> None:
    assert _top(index, text) == "P-HANDWASH"


@pytest.mark.parametrize("text", ["ଭିମ୍ ଲିକ୍ୱିଡ୍", "विम लिक्विड", "விம் லிக்விட்", "ವಿಮ್ ಲಿಕ್ವಿಡ್", "ਵਿਮ ਲਿਕਵਿਡ"])
def test_liquid_in_any_script_is_the_liquid_not_the_bar(index: CatalogIndex, text: str) -> None:
    assert _top(index, text) == "P-VIMLIQ"


@pytest.mark.parametrize("text", ["ଆପଲ", "एप्पल", "ॲपल", "ಆಪಲ್", "ਐਪਲ", "એપલ"])
def test_apple_as_the_english_word(index: CatalogIndex, text: str) -> None:
    assert _top(index, text) == "P-APPLE"


@pytest.mark.parametrize("text", ["ਕੋਲਗੇਟ ਬੁਰਸ਼", "कोलगेट ब्रश", "কোলগেট ব্রাশ", "கோல்கேட் பிரஷ்", "ಕೋಲ್ಗೇಟ್ ಬ್ರಷ್"])
def test_brush_is_the_toothbrush_not_the_paste(index: CatalogIndex, text: str) -> None:
    assert _top(index, text) == "P-BRUSH"


@pytest.mark.parametrize("text", ["ਰਿਨ ਟਿੱਕੀਆਂ", "ਰਿਨ ਟਿੱਕੀ", "रिन की टिकिया", "rin tikiya"])
def test_a_cake_of_soap_is_a_bar(index: CatalogIndex, text: str) -> None:
    assert _top(index, text) == "P-RIN"


@pytest.mark.parametrize("text", ["മോഡേൺ ബ്രെഡ്", "मॉडर्न ब्रेड", "ਮਾਡਰਨ ਬ੍ਰੈਡ"])
def test_modern_bread_is_not_the_other_bread(index: CatalogIndex, text: str) -> None:
    assert _top(index, text) == "P-MODERN"


@pytest.mark.parametrize("text", ["ਗਿਲੈਟ ਗਾਰਡ", "ਜਿਲੇਟ ਗਾਰਡ", "गिलेट गार्ड", "ગિલેટ ગાર્ડ"])
def test_an_english_final_cluster_written_with_no_virama(index: CatalogIndex, text: str) -> None:
    assert _top(index, text) == "P-GUARD"


def test_romanised_loan_words_reach_their_english_spelling() -> None:
    assert "gard" in loanword_spellings("garad")  # Gurmukhi ਗਾਰਡ: no virama in the cluster
    assert "kamal" == loanword_spellings("kamal")[0]
    assert romanise("ଲିକ୍ୱିଡ୍") == "likwid"  # Odia wa takes its vowel sign
    assert "liquid" in loanword_spellings("likwid")
    assert "modern" in loanword_spellings("moden")
    assert "aple" in loanword_spellings("apal")
    assert romanise("ॲपल") == "epal"


# ---------------------------------------------------------------- plural endings
@pytest.mark.parametrize("text", ["मेणबत्त्या", "मोमबत्तियाँ", "मोमबत्तियां", "मेणबत्ती"])
def test_plural_of_an_i_noun_is_the_noun(index: CatalogIndex, text: str) -> None:
    assert _top(index, text) == "P-CANDLE"


# ---------------------------------------------------------------- a two-word brand glued
@pytest.mark.parametrize("text", ["ताजमहाल चहा", "ਤਾਜਮਹਲ ਚਾਹ", "tajmahal chai", "তাজমহল চা"])
def test_a_two_word_brand_written_as_one_word(index: CatalogIndex, text: str) -> None:
    assert _top(index, text) == "P-TAJ"


@pytest.mark.parametrize(("text", "wanted"), [("darkfantasy", "P-DARK"), ("sunfeast darkfantasy", "P-DARK"), ("harvestgold bread", "P-GOLD")])
def test_two_name_words_glued_in_latin_letters(index: CatalogIndex, text: str, wanted: str) -> None:
    assert _top(index, text) == wanted


def test_glued_brand_needs_the_brand_consonants(index: CatalogIndex) -> None:
    assert _top(index, "motherdairy dahi") == "P-MDAHI"
    assert _top(index, "tata chai") == "P-TATA"


# ---------------------------------------------------------------- a native "and" inside a name
@pytest.mark.parametrize("word", ["ആൻഡ്", "एंड", "ਐਂਡ", "অ্যান্ড", "அண்ட்", "అండ్", "ಅಂಡ್", "એન્ડ", "ଆଣ୍ଡ", "अँड"])
def test_english_and_in_every_script(word: str) -> None:
    assert is_english_and(word)


@pytest.mark.parametrize("word", ["और", "আর", "ਤੇ", "மற்றும்", "and", "अंडा"])
def test_native_and_words_are_not_the_english_and(word: str) -> None:
    assert not is_english_and(word)


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("ഹെഡ് ആൻഡ് ഷോൾഡേഴ്സ് ഇനി വിൽക്കുന്നില്ല", "owner"),
        ("ഹെഡ് ആൻഡ് ഷോൾഡേഴ്സ് ഷാംപൂ ഒന്ന്", "customer"),
        ("হেড অ্যান্ড শোল্ডার্স শ্যাম্পু একটা", "customer"),
    ],
)
def test_native_and_inside_a_brand_keeps_one_item(index: CatalogIndex, text: str, role: str) -> None:
    result = parse(text, role=role, catalog=index)  # type: ignore[arg-type]
    assert len(result.items) == 1
    assert result.items[0].candidates[0].product_id == "P-HS"


# ---------------------------------------------------------------- a fraction word inside a dish name
@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("do mdh pav bhaji masala te ikk chana masala", "pa"),
        ("ek mdh pav bhaji masala aur ek chana masala", "hi"),
        ("ਦੋ ਐਮਡੀਐਚ ਪਾਵ ਭਾਜੀ ਮਸਾਲਾ", "pa"),
    ],
)
def test_pav_of_pav_bhaji_is_no_quarter_kilo(text: str, language: str) -> None:
    first = extract_items(text, language)[0]
    assert "bhaji" in first.text or "ਭਾਜੀ" in first.text
    assert first.unit is None


# ---------------------------------------------------------------- a price per kilo / litre
@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("కందిపప్పు కిలో ₹145", "P-TOOR1"),
        ("togari bele kg ge 175 rupayi", "P-TOOR1"),
        ("तूर दाल किलो 150", "P-TOOR1"),
        ("सरसों तेल लिटरला 180", "P-OIL1"),
    ],
)
def test_a_price_per_kilo_is_the_one_kilo_pack(index: CatalogIndex, text: str, wanted: str) -> None:
    result = parse(text, role="owner", catalog=index)
    assert result.intent == "set_price"
    assert result.items[0].candidates[0].product_id == wanted


def test_a_price_of_a_sized_pack_keeps_its_size(index: CatalogIndex) -> None:
    result = parse("toor dal 500 g price 85", role="owner", catalog=index)
    assert result.items[0].candidates[0].product_id == "P-TOOR500"
