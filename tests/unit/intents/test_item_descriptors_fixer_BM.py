"""How the customer wants the goods, and why, beside an order; and "and" glued onto a product,
fixer BM, in the eleven languages (native script and romanised). The phrasings are written for
these tests, not taken from the development or held-out files:

- a state word after a product ("sprite thandi", "coke jillunu venum", "maaza challaga", "ಪೆಪ್ಸಿ
  ತಣ್ಣಗೆ") or a size word with "one" ("badi wali", "mothi wali") is no item and no part of the
  product's name; a clause of its own of such words ("cold wala", "ঠান্ডা চাই") is a remark;
- a reason clause after the order ("kids want to make sherbet", "sabke liye", "ellarukkum") or a
  reason closing an item ("2 sprite andariki") is no item;
- Malayalam -ഉം keeps the chandrakkala (അപ്പും -> അപ്പ്), Kannada -ಊ / romanised -oo is "and"
  when the stem is a shop word (ಹಾಲೂ -> ಹಾಲು, "haaloo" -> haalu);
- near misses keep their parse: "2 thanda" is two cold drinks, "cold drink", "fresh eggs",
  "big mustard seeds", "cold coffee" keep their names, a real second product stays, "shampoo" and
  "aloo" are not "-oo" joins.
"""

# A size word ("badi wali", "pedda", "boro") stays with its item: it is how a customer picks the bigger
# pack ("Parle G bada wala"), so only cold / fresh words and reasons are dropped.

from __future__ import annotations

import pytest

from intents.catalog_index import CatalogIndex
from intents.glued_items import kannada_and, romanised_and
from intents.item_descriptors import without_descriptors, without_reasons
from intents.parse import parse
from intents.tokens import Token
from intents.types import Intent

from .eval_shop import build_eval_shop

Item = tuple[str, float | None]

# language, text, items (text, quantity)
FIXED: list[tuple[str, str, list[Item]]] = [
    ("en", "3 sprite and 1 maaza, cold please", [("sprite", 3.0), ("maaza", 1.0)]),
    ("en", "2 thums up chilled one", [("thums up", 2.0)]),
    ("en", "1 kg paneer fresh and 2 packet bread", [("paneer", 1.0), ("bread", 2.0)]),
    ("en", "coke 2, cold wala", [("coke", 2.0)]),
    ("en", "2 maaza and 1 kg sugar, kids want to make sherbet", [("maaza", 2.0), ("sugar", 1.0)]),
    ("en", "4 bisleri and 2 sprite, for everyone", [("bisleri", 4.0), ("sprite", 2.0)]),
    ("hi", "3 sprite thandi wali aur 1 maaza", [("sprite", 3.0), ("maaza", 1.0)]),
    ("hi", "2 स्प्राइट ठंडी और 1 माज़ा", [("स्प्राइट", 2.0), ("माज़ा", 1.0)]),
    ("hi", "coke 2, ठंडा ठंडा", [("coke", 2.0)]),
    ("hi", "1 kg चीनी और 2 स्प्राइट, शरबत बनाना है", [("चीनी", 1.0), ("स्प्राइट", 2.0)]),
    ("hi", "2 sprite thande, sabke liye", [("sprite", 2.0)]),
    ("hi", "1 maaza badi wali aur 2 coke", [("maaza badi", 1.0), ("coke", 2.0)]),
    ("bn", "2 ta sprite thanda, ar 1 ta maaza", [("sprite", 2.0), ("maaza", 1.0)]),
    ("bn", "3 ta coke dao, thanda chai", [("coke", 3.0)]),
    ("bn", "2 sprite ar 1 kg chini, sobar jonno", [("sprite", 2.0), ("chini", 1.0)]),
    ("bn", "2 টা স্প্রাইট ঠান্ডা আর 1 টা মাজা", [("স্প্রাইট", 2.0), ("মাজা", 1.0)]),
    ("bn", "২টা স্প্রাইট, ঠান্ডা চাই", [("স্প্রাইট", 2.0)]),
    ("bn", "1 maaza boro ta ar 2 coke", [("maaza boro", 1.0), ("coke", 2.0)]),
    ("ta", "2 sprite jillunu, 1 maaza", [("sprite", 2.0), ("maaza", 1.0)]),
    ("ta", "3 coke jillunu venum", [("coke", 3.0)]),
    ("ta", "1 kg sakkarai, 2 sprite ellarukkum", [("sakkarai", 1.0), ("sprite", 2.0)]),
    ("ta", "2 coke sillunu, 2 kg arisi", [("coke", 2.0), ("arisi", 2.0)]),
    ("ta", "2 ஸ்ப்ரைட் ஜில்லுனு, 1 மாசா", [("ஸ்ப்ரைட்", 2.0), ("மாசா", 1.0)]),
    ("ta", "2 ஸ்ப்ரைட்டும் 1 மாசாவும், ஜில்லுனு வேணும்", [("ஸ்ப்ரைட்டு", 2.0), ("மாசா", 1.0)]),
    ("te", "2 sprite challaga, 1 maaza", [("sprite", 2.0), ("maaza", 1.0)]),
    ("te", "3 coke challaga kavali", [("coke", 3.0)]),
    ("te", "2 sprite, challaga ivvandi", [("sprite", 2.0)]),
    ("te", "1 kg chakkera, 2 coke andariki", [("chakkera", 1.0), ("coke", 2.0)]),
    ("te", "2 maaza pedda vi, 1 coke", [("maaza pedda vi", 2.0), ("coke", 1.0)]),
    ("te", "2 స్ప్రైట్ చల్లగా, 1 మాజా", [("స్ప్రైట్", 2.0), ("మాజా", 1.0)]),
    ("mr", "2 sprite thand, 1 maaza", [("sprite", 2.0), ("maaza", 1.0)]),
    ("mr", "3 coke thanda pahije", [("coke", 3.0)]),
    ("mr", "2 sprite ani 1 kg sakhar, sagalyansathi", [("sprite", 2.0), ("sakhar", 1.0)]),
    ("mr", "1 maaza mothi wali ani 2 coke", [("maaza mothi", 1.0), ("coke", 2.0)]),
    ("mr", "2 स्प्राइट, ठंड पाहिजे", [("स्प्राइट", 2.0)]),
    ("mr", "2 coke gaar, 1 kg sakhar", [("coke", 2.0), ("sakhar", 1.0)]),
    ("gu", "2 sprite thandu, 1 maaza", [("sprite", 2.0), ("maaza", 1.0)]),
    ("gu", "2 સ્પ્રાઈટ ઠંડી અને 1 માઝા", [("સ્પ્રાઈટ", 2.0), ("માઝા", 1.0)]),
    ("gu", "3 coke thanda joie", [("coke", 3.0)]),
    ("gu", "2 sprite ane 1 kg khand, badha mate", [("sprite", 2.0), ("khand", 1.0)]),
    ("gu", "1 maaza moti vali ane 2 coke", [("maaza moti vali", 1.0), ("coke", 2.0)]),
    ("gu", "2 સ્પ્રાઈટ, ઠંડું જોઈએ", [("સ્પ્રાઈટ", 2.0)]),
    ("kn", "2 sprite tannage, 1 maaza", [("sprite", 2.0), ("maaza", 1.0)]),
    ("kn", "3 coke tannage beku", [("coke", 3.0)]),
    ("kn", "haaloo mosaroo", [("haalu", None), ("mosaru", None)]),
    ("kn", "1 kg sakkare, 2 sprite ellarigu", [("sakkare", 1.0), ("sprite", 2.0)]),
    ("kn", "1 kg ಸಕ್ಕರೆಯೂ 2 kg ಅಕ್ಕಿಯೂ", [("ಸಕ್ಕರೆ", 1.0), ("ಅಕ್ಕಿ", 2.0)]),
    ("kn", "2 packet ಹಾಲೂ 1 packet bread", [("ಹಾಲು", 2.0), ("bread", 1.0)]),
    ("ml", "2 sprite thanuppullath, 1 maaza", [("sprite", 2.0), ("maaza", 1.0)]),
    ("ml", "3 coke thanutha venam", [("coke", 3.0)]),
    ("ml", "1 kg panchasara, 2 sprite ellavarkkum", [("panchasara", 1.0), ("sprite", 2.0)]),
    ("ml", "2 കിലോ അരിയും 3 സോപ്പും", [("അരി", 2.0), ("സോപ്പ്", 3.0)]),
    ("ml", "2 തംസ് അപ്പും 1 സ്പ്രൈറ്റും, തണുത്തത്", [("തംസ് അപ്പ്", 2.0), ("സ്പ്രൈറ്റ്", 1.0)]),
    ("ml", "paalum breadum, thanuppullathu", [("paal", None), ("bread", None)]),
    ("pa", "2 sprite thandi, 1 maaza", [("sprite", 2.0), ("maaza", 1.0)]),
    ("pa", "3 coke thandi chahidi", [("coke", 3.0)]),
    ("pa", "2 sprite te 1 kg cheeni, sab lai", [("sprite", 2.0), ("cheeni", 1.0)]),
    ("pa", "1 maaza vaddi wali te 2 coke", [("maaza vaddi", 1.0), ("coke", 2.0)]),
    ("pa", "2 ਸਪ੍ਰਾਈਟ, ਠੰਡੀ ਚਾਹੀਦੀ", [("ਸਪ੍ਰਾਈਟ", 2.0)]),
    ("pa", "2 ਸਪ੍ਰਾਈਟ ਠੰਡੀ ਤੇ 1 ਮਾਜ਼ਾ", [("ਸਪ੍ਰਾਈਟ", 2.0), ("ਮਾਜ਼ਾ", 1.0)]),
    ("or", "2 sprite thanda, 1 maaza", [("sprite", 2.0), ("maaza", 1.0)]),
    ("or", "3 coke thanda darkar", [("coke", 3.0)]),
    ("or", "2 sprite au 1 kg chini, sabu pain", [("sprite", 2.0), ("chini", 1.0)]),
    ("or", "1 maaza bada wala au 2 coke", [("maaza bada", 1.0), ("coke", 2.0)]),
    ("or", "2 ସ୍ପ୍ରାଇଟ, ଥଣ୍ଡା ଦରକାର", [("ସ୍ପ୍ରାଇଟ", 2.0)]),
    ("or", "2 ସ୍ପ୍ରାଇଟ ଥଣ୍ଡା, 1 ମାଜା", [("ସ୍ପ୍ରାଇଟ", 2.0), ("ମାଜା", 1.0)]),
]

# text, items (text, quantity): the parse must stay as it is
KEPT: list[tuple[str, list[Item]]] = [
    ("2 thanda", [("thanda", 2.0)]),
    ("ek thanda de do", [("thanda", 1.0)]),
    ("2 cold drink", [("cold drink", 2.0)]),
    ("2 dozen fresh eggs", [("fresh eggs", 2.0)]),
    ("1 kg big mustard seeds", [("big mustard seeds", 1.0)]),
    ("2 packet cold coffee", [("cold coffee", 2.0)]),
    ("2 thums up and 2 chai patti", [("thums up", 2.0), ("chai patti", 2.0)]),
    ("2 shampoo and 1 kg aloo", [("shampoo", 2.0), ("aloo", 1.0)]),
    ("3 sprite aur 1 maaza", [("sprite", 3.0), ("maaza", 1.0)]),
]


@pytest.fixture(scope="module")
def shop() -> CatalogIndex:
    return build_eval_shop()


def _items(shop: CatalogIndex, text: str) -> list[Item]:
    result = parse(text, catalog=shop)
    assert result.intent == Intent.ADD_ITEMS, result
    return [(item.text, item.quantity) for item in result.items]


@pytest.mark.parametrize(("language", "text", "items"), FIXED)
def test_descriptor_or_reason_is_no_item(
    shop: CatalogIndex, language: str, text: str, items: list[Item]
) -> None:
    assert _items(shop, text) == items, language


def test_every_language_has_six_cases() -> None:
    counts = {
        language: sum(1 for row in FIXED if row[0] == language)
        for language in ("en", "hi", "bn", "ta", "te", "mr", "gu", "kn", "ml", "pa", "or")
    }
    assert all(count >= 6 for count in counts.values()), counts


@pytest.mark.parametrize(("text", "items"), KEPT)
def test_near_misses_keep_their_parse(shop: CatalogIndex, text: str, items: list[Item]) -> None:
    assert _items(shop, text) == items


def test_descriptor_alone_is_left_as_written() -> None:
    assert without_descriptors("thanda chahiye") == "thanda chahiye"
    assert without_descriptors("2 coke thanda").split() == ["2", "coke"]


def test_reason_clause_is_blanked_only_after_the_first() -> None:
    assert without_reasons("2 sprite, sabke liye").split() == ["2", "sprite,"]
    assert without_reasons("sabke liye") == "sabke liye"


def test_removal_reason_is_no_second_removal(shop: CatalogIndex) -> None:
    result = parse("remove the coke, too sweet for the kids", catalog=shop)
    assert result.intent == Intent.REMOVE_ITEM
    assert [item.text for item in result.items] == ["coke"]


def test_glued_and_endings() -> None:
    assert kannada_and(Token("ಹಾಲೂ", "word", 0, 4)) == Token("ಹಾಲು", "word", 0, 4)
    assert kannada_and(Token("ಇನ್ನೂ", "word", 0, 5)) is None
    assert romanised_and(Token("shampoo", "word", 0, 7)) is None
    glued = romanised_and(Token("breadoo", "word", 0, 7))
    assert glued is not None and glued.text == "bread"
