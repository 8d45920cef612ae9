"""Product matching on a small shop catalog written for this test (no aliases unless stated):
words that are chat, not products, get no product; native-script brand names, romanised
plurals and everyday kirana words in every language find the product."""

from __future__ import annotations

import pytest

from intents.catalog_index import CatalogIndex
from intents.lexicon import load_lexicon
from intents.types import CatalogEntry

_PRODUCTS = [
    ("amul-cream", "Amul Fresh Cream", "Amul", ()),
    ("okra", "Lady Finger", "", ()),
    ("ghee", "Amul Pure Ghee", "Amul", ()),
    ("curd", "Mother Dairy Dahi", "Mother Dairy", ()),
    ("dalda", "Dalda Vanaspati", "Dalda", ()),
    ("mtr-upma", "MTR Upma Mix", "MTR", ()),
    ("mdh-garam", "MDH Garam Masala", "MDH", ()),
    ("grb-ghee", "GRB Cow Ghee", "GRB", ()),
    ("vicks", "Vicks VapoRub", "Vicks", ()),
    ("vim-bar", "Vim Dishwash Bar", "Vim", ()),
    ("rice-flour", "Rice Flour", "", ()),
    ("battery", "Eveready AA Battery", "Eveready", ()),
    ("wicks", "Pooja Cotton Wicks", "", ()),
    ("fennel", "Fennel Seeds", "", ()),
    ("broom", "Grass Broom", "", ()),
    ("foil", "Aluminium Foil", "Freshwrapp", ()),
    ("coil", "Mortein Mosquito Coil", "Mortein", ()),
    ("cheese-slices", "Amul Cheese Slices", "Amul", ("cheese",)),
    ("cheese-dip", "Peri Peri Cheese Dip", "Snackit", ()),
    ("eggs", "Farm Eggs", "", ()),
    ("candles", "Wax Candles", "", ()),
    ("bay-leaf", "Bay Leaf", "", ()),
    ("bags", "Garbage Bags", "", ()),
    ("books", "Stories by the Sea", "Penguin", ()),
    ("urad-split", "Urad Dal Split White", "", ()),
    ("urad-whole", "Urad Whole Black", "", ()),
    ("gingelly", "Idhayam Gingelly Oil", "Idhayam", ()),
    ("peanuts", "Peanuts Raw", "", ()),
    ("cardamom", "Green Cardamom", "", ()),
    ("cinthol", "Cinthol Lime Soap", "Cinthol", ()),
    ("good-day", "Britannia Good Day Cashew Cookies", "Britannia", ()),
    ("jaggery", "Jaggery Cubes", "", ()),
    ("wheel", "Wheel Green Detergent Powder", "Wheel", ()),
    ("taj-tea", "Brooke Bond Taj Mahal Tea", "Taj Mahal", ()),
    ("taj-icecream", "Havmor Taj Mahal Ice Cream Tub", "Havmor", ()),
    ("milk", "Toned Milk", "Aavin", ()),
    ("sugar", "Sugar", "", ()),
    ("rice", "Sona Masoori Rice", "", ()),
]


@pytest.fixture(scope="module")
def index() -> CatalogIndex:
    return CatalogIndex.build(
        CatalogEntry(product_id=pid, name=name, brand=brand, aliases=aliases)
        for pid, name, brand, aliases in _PRODUCTS
    )


def top(index: CatalogIndex, text: str, language: str | None = None) -> str | None:
    result = index.match(text, language=language)
    return result.candidates[0].product_id if result.candidates else None


# Chat around an order, in several languages: not a product, not a typo of one.
@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("vendaa", "ml"),  # "don't want" is not vendakkai (lady finger)
        ("nahi", "hi"),  # not dahi
        ("leak", "en"),  # not bay leaf
        ("by", "en"),  # a name word of a book, not a product
        ("da", "pa"),
        ("અહીં", "gu"),  # "here" is not દહીં (curd)
    ],
)
def test_chat_words_get_no_product(index: CatalogIndex, text: str, language: str) -> None:
    assert top(index, text, language) is None


@pytest.mark.parametrize(
    ("text", "language", "wanted"),
    [
        ("cream vendaa", "ml", "amul-cream"),  # the product word decides, not a guess at the rest
        ("dahi nahi", "hi", "curd"),
        ("ghee leak", "en", "ghee"),
    ],
)
def test_chat_words_do_not_steer_the_product(index: CatalogIndex, text: str, language: str, wanted: str) -> None:
    assert top(index, text, language) == wanted


# Brand names written in a native script; the catalog writes them in Latin letters.
@pytest.mark.parametrize(
    ("text", "language", "wanted"),
    [
        ("ഡാൽഡ", "ml", "dalda"),  # Dravidian scripts say the last vowel: daalda
        ("ಡಾಲ್ಡಾ", "kn", "dalda"),
        ("എംടിആർ ഉപ്പുമാവ്", "ml", "mtr-upma"),  # letter names: M-T-R
        ("एमडीएच गरम मसाला", "hi", "mdh-garam"),
        ("జిఆర్బి నెయ్యి", "te", "grb-ghee"),
        ("ವಿಕ್ಸ್", "kn", "vicks"),  # -ks is -cks
        ("ভিম বার", "bn", "vim-bar"),  # Bengali writes v as ভ
        ("এভারেডি", "bn", "battery"),
    ],
)
def test_native_script_brands(index: CatalogIndex, text: str, language: str, wanted: str) -> None:
    assert top(index, text, language) == wanted


# Everyday kirana words a language was missing, and romanised plural endings.
@pytest.mark.parametrize(
    ("text", "language", "wanted"),
    [
        ("ಅಕ್ಕಿ ಹಿಟ್ಟು", "kn", "rice-flour"),
        ("চালের গুঁড়ো", "bn", "rice-flour"),
        ("അരിപ്പൊടി", "ml", "rice-flour"),
        ("ବ୍ୟାଟେରୀ", "or", "battery"),
        ("பேட்டரி", "ta", "battery"),
        ("ସଳିତା", "or", "wicks"),
        ("వత్తులు", "te", "wicks"),
        ("सौंफ", "hi", "fennel"),
        ("बडीशेप", "mr", "fennel"),
        ("ঝাঁটা", "bn", "broom"),
        ("చీపురు", "te", "broom"),
        ("ഫോയിൽ", "ml", "foil"),
        ("તમાલપત્ર", "gu", "bay-leaf"),
        ("മെഴുകുതിരി", "ml", "candles"),
        ("mottegalu", "kn", "eggs"),  # motte + plural galu
        ("mombattiyan", "pa", "candles"),  # mombatti + plural -iyan
        ("bendakayalu", "te", "okra"),  # bendakaya + plural lu
    ],
)
def test_kirana_words_in_every_language(index: CatalogIndex, text: str, language: str, wanted: str | None) -> None:
    assert top(index, text, language) == wanted


def test_an_indic_typo_keeps_its_first_sound(index: CatalogIndex) -> None:
    # "കോയിൽ" (coil) is one letter from "ഫോയിൽ" (foil) but does not start like it
    assert top(index, "കോയിൽ", "ml") != "foil"


def test_the_shops_alias_names_the_product(index: CatalogIndex) -> None:
    assert top(index, "cheese", "en") == "cheese-slices"


def test_a_lexicon_phrase_without_its_of() -> None:
    lexicon = load_lexicon()
    assert lexicon.lookup("ਮਾਂਹ ਦਾਲ") == lexicon.lookup("ਮਾਂਹ ਦੀ ਦਾਲ") != ()
    assert lexicon.lookup("chawal atta") == lexicon.lookup("chawal ka atta") != ()


@pytest.mark.parametrize(
    ("text", "language", "wanted"),
    [
        ("ಉದ್ದಿನ ಬೇಳೆ", "kn", "urad-split"),  # bele: the split dal
        ("adad ni dal", "gu", "urad-split"),  # read without its "of"
        ("kali urad", "hi", "urad-whole"),
        ("இதயம் நல்லெண்ணெய்", "ta", "gingelly"),  # itayam: Tamil writes d and t alike
        ("sing", "gu", "peanuts"),
        ("ਲਾਚੀ", "pa", "cardamom"),
        ("సింథాల్ సబ్బు", "te", "cinthol"),  # soft c: cinthol is said sinthol
    ],
)
def test_dals_spices_and_brands(index: CatalogIndex, text: str, language: str, wanted: str) -> None:
    assert top(index, text, language) == wanted


@pytest.mark.parametrize(
    ("text", "language", "wanted"),
    [
        ("गुड डे", "hi", "good-day"),  # not गुड (jaggery)
        ("गुड", "hi", "jaggery"),
        ("হুইল পাউডার", "bn", "wheel"),  # hu for wh
        ("ভিক্স", "bn", "vicks"),  # bh -> v, then ks -> cks
        ("taj mahal", "pa", "taj-tea"),  # the brand alone is the brand's product
    ],
)
def test_brand_names_that_read_as_other_words(index: CatalogIndex, text: str, language: str, wanted: str) -> None:
    assert top(index, text, language) == wanted


# "and" and object endings on nouns in a list or a request.
@pytest.mark.parametrize(
    ("text", "language", "wanted"),
    [
        ("பாலும்", "ta", "milk"),
        ("சர்க்கரையும்", "ta", "sugar"),
        ("அரிசியை", "ta", "rice"),
        ("പാലും", "ml", "milk"),  # പാൽ + ഉം
        ("പഞ്ചസാരയും", "ml", "sugar"),
        ("ಹಾಲನ್ನು", "kn", "milk"),
        ("ಸಕ್ಕರೆಯನ್ನು", "kn", "sugar"),
        ("బియ్యాన్ని", "te", "rice"),
        ("paalum", "ta", "milk"),
        ("sakkaraiyum", "ta", "sugar"),
        ("haalannu", "kn", "milk"),
        ("doodhh", "hi", "milk"),  # another spelling of a known word
        ("sugarr", "en", "sugar"),
    ],
)
def test_case_endings(index: CatalogIndex, text: str, language: str, wanted: str) -> None:
    assert top(index, text, language) == wanted
