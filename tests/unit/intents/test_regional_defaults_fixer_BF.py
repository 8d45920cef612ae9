"""The regional default of a generic staple word (data/regional_defaults.csv, fixer BF): rice,
milk, ghee and oil written plainly in a regional language are the region's everyday variety
when the shop has it; a brand or variety the customer names, English words, Hindi "doodh" and
a shop without the variety keep their old reading."""

from __future__ import annotations

import pytest

from intents.catalog_index import CatalogIndex
from intents.parse import parse
from intents.regional_defaults import regional_default
from intents.types import Intent
from tests.unit.intents.eval_shop import build_eval_shop
from tests.unit.intents.small_catalog import build_index

PONNI = {"ST-0030", "ST-0031"}
SONA = {"ST-0027", "ST-0028", "ST-0029"}
MATTA = {"ST-0035"}
GOBINDOBHOG = {"ST-0036"}
AAVIN, NANDINI, HERITAGE = {"ST-0081"}, {"ST-0080"}, {"ST-0082"}
AMUL_TAAZA = {"ST-0076", "ST-0077"}
KPL_COCONUT, FORTUNE_GROUNDNUT, GRB_GHEE = {"ST-0069"}, {"ST-0065"}, {"ST-0073"}


@pytest.fixture(scope="module")
def shop() -> CatalogIndex:
    return build_eval_shop()


# (text, intent, quantity, products the first candidate must be one of)
DEFAULTS: list[tuple[str, Intent, float | None, set[str]]] = [
    # Tamil
    ("அரிசி 5 கிலோ வேணும்", Intent.ADD_ITEMS, 5.0, PONNI),
    ("arisi 2 kg kudunga", Intent.ADD_ITEMS, 2.0, PONNI),
    ("பால் 2 பாக்கெட் வேணும்", Intent.ADD_ITEMS, 2.0, AAVIN),
    ("நெய் அரை கிலோ", Intent.ADD_ITEMS, 0.5, GRB_GHEE),
    # Telugu
    ("బియ్యం 10 కిలోలు కావాలి", Intent.ADD_ITEMS, 10.0, SONA),
    ("biyyam 2 kg ivvandi", Intent.ADD_ITEMS, 2.0, SONA),
    ("పాలు 2 ప్యాకెట్లు కావాలి", Intent.ADD_ITEMS, 2.0, HERITAGE),
    # Kannada
    ("ಅಕ್ಕಿ 5 ಕೆಜಿ ಬೇಕು", Intent.ADD_ITEMS, 5.0, SONA),
    ("akki 10 kg kodi", Intent.ADD_ITEMS, 10.0, SONA),
    ("ಹಾಲು 2 ಪ್ಯಾಕೆಟ್ ಕೊಡಿ", Intent.ADD_ITEMS, 2.0, NANDINI),
    ("ತುಪ್ಪ 1 ಬೇಕು", Intent.ADD_ITEMS, 1.0, GRB_GHEE),
    # Malayalam
    ("അരി 5 കിലോ വേണം", Intent.ADD_ITEMS, 5.0, MATTA),
    ("വെളിച്ചെണ്ണ 1 ലിറ്റർ വേണം", Intent.ADD_ITEMS, 1.0, KPL_COCONUT),
    # Bengali
    ("চাল ৫ কেজি দিন", Intent.ADD_ITEMS, 5.0, GOBINDOBHOG),
    ("চালটা ২ কেজি পাঠান", Intent.ADD_ITEMS, 2.0, GOBINDOBHOG),
    ("চাল ৩ কেজি চাই", Intent.ADD_ITEMS, 3.0, GOBINDOBHOG),
    ("chal 5 kg din", Intent.ADD_ITEMS, 5.0, GOBINDOBHOG),
    # Marathi
    ("दूध २ पिशव्या द्या", Intent.ADD_ITEMS, 2.0, AMUL_TAAZA),
    ("dudh 2 packet dya", Intent.ADD_ITEMS, 2.0, AMUL_TAAZA),
    ("दूध नको", Intent.REMOVE_ITEM, None, AMUL_TAAZA),
    ("tandul 5 kilo dya", Intent.ADD_ITEMS, 5.0, {"ST-0032", "ST-0033"}),
    # Gujarati
    ("દૂધ ૨ પેકેટ આપો", Intent.ADD_ITEMS, 2.0, AMUL_TAAZA),
    ("સિંગતેલ ૧ લિટર આપજો", Intent.ADD_ITEMS, 1.0, FORTUNE_GROUNDNUT),
    ("sing tel 1 litre aapjo", Intent.ADD_ITEMS, 1.0, FORTUNE_GROUNDNUT),
    ("dudh 3 packet aapjo", Intent.ADD_ITEMS, 3.0, AMUL_TAAZA),
    ("ચોખા ૫ કિલો આપો", Intent.ADD_ITEMS, 5.0, {"ST-0032", "ST-0033"}),
    # Odia
    ("ଦୁଧ ୨ ପ୍ୟାକେଟ ଦିଅ", Intent.ADD_ITEMS, 2.0, AMUL_TAAZA),
    ("dudha 2 packet dia", Intent.ADD_ITEMS, 2.0, AMUL_TAAZA),
    ("ଦୁଧ ଦରକାର ନାହିଁ", Intent.REMOVE_ITEM, None, AMUL_TAAZA),
]


@pytest.mark.parametrize(("text", "intent", "quantity", "wanted"), DEFAULTS)
def test_generic_word_is_the_regional_default(
    shop: CatalogIndex, text: str, intent: Intent, quantity: float | None, wanted: set[str]
) -> None:
    result = parse(text, catalog=shop)
    assert result.intent == intent, result
    assert len(result.items) == 1, result
    item = result.items[0]
    assert item.quantity == quantity, result
    assert item.candidates and item.candidates[0].product_id in wanted, result


# Named brands or varieties, English, Hindi and Punjabi "doodh": no regional default applies.
KEEP = [
    ("இட்லி அரிசி 2 கிலோ", {"ST-0034"}),
    ("basmati arisi 1 kg venum", {"ST-0020", "ST-0022", "ST-0024", "ST-0026"}),
    ("sona masoori arisi 5 kg", SONA),
    ("ponni biyyam 5 kg ivvandi", PONNI),
    ("amul paalu 2 packet ivvandi", {"ST-0076", "ST-0077", "ST-0078"}),
    ("ಕೊಲಂ ಅಕ್ಕಿ 5 ಕೆಜಿ", {"ST-0032", "ST-0033"}),
    ("ಅಕ್ಕಿ ಹಿಟ್ಟು 1 ಕೆಜಿ", {"ST-0016"}),
    ("அரிசி மாவு 1 கிலோ", {"ST-0016"}),
    ("parachute velichenna 1 venam", {"ST-0068"}),
    ("മട്ട അരി 2 കിലോ", MATTA),
    ("gobindobhog chal 2 kilo", GOBINDOBHOG),
    ("আমুল দুধ ২ প্যাকেট", AMUL_TAAZA),
    ("અમૂલ ગોલ્ડ દૂધ ૧ પેકેટ", {"ST-0078"}),
    ("ଆମୁଲ ଗୋଲ୍ଡ ଦୁଧ ୨ ପ୍ୟାକେଟ", {"ST-0078"}),
    ("ghee 1 litre", {"ST-0070"}),
    ("coconut oil 1 litre", KPL_COCONUT),
    ("mother dairy doodh 2 packet", {"ST-0079"}),
    ("gold winner sing tel 1 litre aapo", {"ST-0066"}),
    ("fortune sarson tel 1 litre", {"ST-0062"}),
]


@pytest.mark.parametrize(("text", "wanted"), KEEP)
def test_named_variety_keeps_its_own(shop: CatalogIndex, text: str, wanted: set[str]) -> None:
    result = parse(text, catalog=shop)
    assert result.items, result
    assert result.items[0].candidates[0].product_id in wanted, result


# Languages with no default row: what the matcher offered before stays first.
UNCHANGED = [
    ("milk 2 packet", None),
    ("rice 5 kg", None),
    ("दूध 2 पैकेट दे दो", "hi"),
    ("chawal 5 kilo bhej do", "hi"),
    ("ਦੁੱਧ 2 ਪੈਕੇਟ ਦੇ ਦਿਓ", "pa"),
    ("ਚੌਲ 5 ਕਿੱਲੋ ਭੇਜ ਦਿਓ", "pa"),
    ("ਸਰ੍ਹੋਂ ਦਾ ਤੇਲ 1 ਲੀਟਰ", "pa"),
    ("doodh 2 packet bhejo", "hi"),
    ("दूध 1 लीटर और चावल 5 किलो", "hi"),
    ("দুধ ২ প্যাকেট দিন", "bn"),
    ("ଚାଉଳ ୫ କିଲୋ ଦିଅ", "or"),
    ("sarson tel 1 litre bhej do", None),
    ("ghee 1 litre", None),
    ("oil 1 litre", None),
]


@pytest.mark.parametrize(("text", "language"), UNCHANGED)
def test_no_row_no_change(shop: CatalogIndex, text: str, language: str | None) -> None:
    result = parse(text, catalog=shop)
    if language is not None:
        assert result.language == language, result
    assert result.items, result
    item = result.items[0]
    plain = shop.match_item(item)  # no language: no regional default
    assert item.candidates[0].product_id == plain.candidates[0].product_id, result


# ---- the matcher alone, with a tiny shop
TINY = [
    ("R1", "Kolam Rice (Loose)", "", 1, "kg", ("rice",)),
    ("R2", "Ponni Boiled Rice (Loose)", "", 1, "kg", ("ponni arisi", "boiled rice")),
    ("R3", "Sona Masoori Rice (Loose)", "", 1, "kg", ("sona masuri",)),
    ("R4", "Kerala Matta Rice", "Nirapara", 1, "kg", ("matta rice",)),
    ("M1", "Mother Dairy Toned Milk", "Mother Dairy", 500, "ml", ("doodh", "toned milk")),
    ("M2", "Aavin Toned Milk", "Aavin", 500, "ml", ("toned milk",)),
    ("M3", "Nandini Toned Milk", "Nandini", 500, "ml", ("toned milk",)),
    ("M4", "Heritage Toned Milk", "Heritage", 500, "ml", ("toned milk",)),
]


@pytest.fixture(scope="module")
def tiny() -> CatalogIndex:
    return build_index(TINY)


@pytest.mark.parametrize(
    ("text", "language", "wanted"),
    [
        ("அரிசி", "ta", "R2"),
        ("arisi", "ta", "R2"),
        ("బియ్యం", "te", "R3"),
        ("ಅಕ್ಕಿ", "kn", "R3"),
        ("അരി", "ml", "R4"),
        ("பால்", "ta", "M2"),
        ("ಹಾಲು", "kn", "M3"),
        ("పాలు", "te", "M4"),
    ],
)
def test_matcher_lifts_the_default(tiny: CatalogIndex, text: str, language: str, wanted: str) -> None:
    result = tiny.match(text, language=language)
    assert result.candidates[0].product_id == wanted, result
    assert not result.ambiguous, result


def test_matcher_without_the_variety_or_language_keeps_its_order(tiny: CatalogIndex) -> None:
    plain = tiny.match("পাল", language=None)
    assert tiny.match("চাল", language="bn").candidates == tiny.match("চাল", language=None).candidates
    assert tiny.match("പാൽ", language="ml").candidates == tiny.match("പാൽ", language=None).candidates  # no Milma
    assert tiny.match("arisi", language=None).candidates == tiny.match("arisi", language="en").candidates
    assert tiny.match("ಹಾಲು", language="ta").candidates == tiny.match("ಹಾಲು", language=None).candidates
    assert plain.candidates == tiny.match("পাল", language="bn").candidates


def test_matcher_named_variety_wins_over_the_default(tiny: CatalogIndex) -> None:
    assert tiny.match("kolam arisi", language="ta").candidates[0].product_id == "R1"
    assert tiny.match("matta biyyam", language="te").candidates[0].product_id == "R4"
    assert tiny.match("nandini paal", language="ta").candidates[0].product_id == "M3"


def test_table_reads_endings_but_not_compounds() -> None:
    assert regional_default(["চালটা"], "bn") is not None
    assert regional_default(["sing", "tel"], "gu") is not None
    assert regional_default(["arisi"], "en") is None
    assert regional_default(["arisi"], None) is None
    assert regional_default(["sona", "masoori", "arisi"], "ta") is None
    assert regional_default(["doodh"], "hi") is None
