"""Fixer BP: which row of several a shopkeeper means by a generic word, in all eleven languages.

* A loose word ("khula", "খোলা", "லூஸ்", "విడిగా", "सुटी", "છૂટી", "ಬಿಡಿ", "ਖੁੱਲ੍ਹੀ", "ଖୋଲା") picks the
  loose row, and of a loose line sold by the kilo its 1 kg row.
* A bare "paneer", no brand said, is the shop's own Fresh Paneer (Loose), not a branded pack.
* A brand and the line's word ("bru filter coffee") is the brand's row named so.
* An amount by weight is a pack that makes it ("1 kg curd": two 500 g Nandini Curd).
* Kannada "mosaru" is Nandini curd and Gujarati "dahi" Amul, like "haalu" is Nandini milk.
"""

from __future__ import annotations

import pytest

from intents.parse import parse
from intents.shelf_choice import dividing_rows, lift, loose_rows, named_rows, says_loose
from tests.unit.intents.eval_shop import build_eval_shop

SHOP = build_eval_shop()

TOOR_LOOSE_KG, TOOR_LOOSE_HALF, TATA_TOOR = "ST-0041", "ST-0042", "ST-0043"
ONION_LOOSE_KG = "ST-0104"
MASOOR_LOOSE = "ST-0050"
LOOSE_PANEER, AMUL_PANEER, MOTHER_DAIRY_PANEER = "ST-0089", "ST-0087", "ST-0088"
BRU_FILTER, BRU_INSTANT = "ST-0155", "ST-0154"
AMUL_DAHI, MOTHER_DAIRY_DAHI, NANDINI_CURD = "ST-0083", "ST-0084", "ST-0085"

CASES = {
    "en": [
        ("customer", "loose toor dal 3 kg", TOOR_LOOSE_KG),
        ("owner", "loose toor dal stock 40 kg", TOOR_LOOSE_KG),
        ("customer", "loose onion 3 kg", ONION_LOOSE_KG),
        ("owner", "paneer rate 118", LOOSE_PANEER),
        ("customer", "paneer 2 packet", LOOSE_PANEER),
        ("customer", "bru filter coffee 1 packet", BRU_FILTER),
        ("customer", "send 2 kg curd please", MOTHER_DAIRY_DAHI),  # 400 g x 5 makes it too
        ("customer", "curd 1 kg", NANDINI_CURD),
    ],
    "hi": [
        ("customer", "खुली अरहर दाल 2 किलो", TOOR_LOOSE_KG),
        ("customer", "khuli arhar dal 3 kilo chahiye", TOOR_LOOSE_KG),
        ("customer", "chhutta toor dal 2 kilo dena", TOOR_LOOSE_KG),
        ("owner", "पनीर का भाव 115", LOOSE_PANEER),
        ("owner", "paneer ka rate 112 kar do", LOOSE_PANEER),
        ("customer", "bru filter coffee ka ek packet bhej do", BRU_FILTER),
    ],
    "bn": [
        ("customer", "খোলা মুসুর ডাল ২ কেজি", MASOOR_LOOSE),
        ("customer", "khola toor dal 2 kg diben", TOOR_LOOSE_KG),
        ("customer", "খোলা পেঁয়াজ ৩ কেজি", ONION_LOOSE_KG),
        ("owner", "পনির ৩০ টা আছে", LOOSE_PANEER),
        ("owner", "paneer er dam 114", LOOSE_PANEER),
        ("customer", "bru filter coffee ekta packet", BRU_FILTER),
    ],
    "ta": [
        ("customer", "லூஸ் துவரம் பருப்பு 2 கிலோ", TOOR_LOOSE_KG),
        ("customer", "loose thuvaram paruppu 3 kilo venum", TOOR_LOOSE_KG),
        ("customer", "லூஸ் வெங்காயம் 3 கிலோ", ONION_LOOSE_KG),
        ("owner", "பனீர் விலை 117", LOOSE_PANEER),
        ("owner", "paneer vilai 113", LOOSE_PANEER),
        ("customer", "bru filter coffee oru packet", BRU_FILTER),
    ],
    "te": [
        ("customer", "లూజ్ కంది పప్పు 2 కిలో", TOOR_LOOSE_KG),
        ("customer", "vidiga kandi pappu 3 kilo kavali", TOOR_LOOSE_KG),
        ("customer", "విడిగా ఉల్లిపాయలు 3 కిలో", ONION_LOOSE_KG),
        ("owner", "పనీర్ ధర 119", LOOSE_PANEER),
        ("owner", "paneer dhara 112", LOOSE_PANEER),
        ("customer", "bru filter coffee oka packet", BRU_FILTER),
    ],
    "mr": [
        ("customer", "सुटी तूर डाळ 2 किलो", TOOR_LOOSE_KG),
        ("customer", "suti tur dal 3 kilo dya", TOOR_LOOSE_KG),
        ("customer", "सुटा कांदा 3 किलो", ONION_LOOSE_KG),
        ("owner", "पनीर भाव 116", LOOSE_PANEER),
        ("owner", "paneer cha bhav 111", LOOSE_PANEER),
        ("customer", "bru filter coffee ek packet dya", BRU_FILTER),
    ],
    "gu": [
        ("customer", "છૂટી તુવેર દાળ 3 કિલો આપો", TOOR_LOOSE_KG),
        ("customer", "chhuti tuver dal 2 kilo aapo", TOOR_LOOSE_KG),
        ("owner", "પનીર નો ભાવ 117", LOOSE_PANEER),
        ("owner", "paneer no bhav 114", LOOSE_PANEER),
        ("customer", "દહીં 3 આપો", AMUL_DAHI),
        ("customer", "dahi 2 aapo", AMUL_DAHI),
        ("customer", "bru filter coffee ek packet aapo", BRU_FILTER),
    ],
    "kn": [
        ("customer", "ಬಿಡಿ ತೊಗರಿ ಬೇಳೆ 2 ಕೆಜಿ", TOOR_LOOSE_KG),
        ("customer", "loose togari bele 3 kg beku", TOOR_LOOSE_KG),
        ("owner", "ಪನೀರ್ ಬೆಲೆ 118", LOOSE_PANEER),
        ("owner", "paneer bele 115", LOOSE_PANEER),
        ("customer", "ಮೊಸರು 2 ಕೊಡಿ", NANDINI_CURD),
        ("customer", "mosaru 3 kodi", NANDINI_CURD),
        ("customer", "bru filter coffee ondu packet", BRU_FILTER),
    ],
    "ml": [
        ("customer", "ലൂസ് തുവര പരിപ്പ് 2 കിലോ", TOOR_LOOSE_KG),
        ("customer", "loose thuvara parippu 3 kilo venam", TOOR_LOOSE_KG),
        ("owner", "പനീർ വില 117", LOOSE_PANEER),
        ("owner", "paneer vila 112", LOOSE_PANEER),
        ("customer", "bru filter coffee oru packet venam", BRU_FILTER),
        ("customer", "ലൂസ് ഉള്ളി 3 കിലോ", ONION_LOOSE_KG),
    ],
    "pa": [
        ("customer", "ਖੁੱਲ੍ਹੀ ਅਰਹਰ ਦਾਲ 2 ਕਿੱਲੋ", TOOR_LOOSE_KG),
        ("customer", "khulli arhar dal 3 kilo dedo", TOOR_LOOSE_KG),
        ("customer", "khula toor dal 2 kilo dena", TOOR_LOOSE_KG),
        ("owner", "ਪਨੀਰ ਦਾ ਭਾਅ 119", LOOSE_PANEER),
        ("owner", "paneer da rate 113", LOOSE_PANEER),
        ("customer", "bru filter coffee ik packet", BRU_FILTER),
    ],
    "or": [
        ("customer", "ଖୋଲା ହରଡ଼ ଡାଲି 2 କିଲୋ", TOOR_LOOSE_KG),
        ("customer", "khola harada dali 3 kilo dia", TOOR_LOOSE_KG),
        ("owner", "ପନିର ଦାମ 117", LOOSE_PANEER),
        ("owner", "paneer dara 114", LOOSE_PANEER),
        ("customer", "bru filter coffee gote packet", BRU_FILTER),
        ("customer", "ଖୋଲା ପିଆଜ 3 କିଲୋ", ONION_LOOSE_KG),
    ],
}

# Nearby messages whose product must stay: a brand or a size the customer names keeps theirs,
# a regional default keeps its say, a bare line name keeps the smaller loose pack.
MUST_STAY = [
    ("customer", "amul paneer 2", AMUL_PANEER),
    ("customer", "mother dairy paneer 1 packet", MOTHER_DAIRY_PANEER),
    ("owner", "amul paneer rate 95", AMUL_PANEER),
    ("customer", "bru instant coffee 1", BRU_INSTANT),
    ("customer", "tata sampann toor dal 2 kg", TATA_TOOR),
    ("customer", "loose toor dal 500 g", TOOR_LOOSE_HALF),
    ("owner", "కంది పప్పు 25", TOOR_LOOSE_HALF),
    ("customer", "mother dairy dahi 2", MOTHER_DAIRY_DAHI),
    ("customer", "ಅಮುಲ್ ಮೊಸರು 2", AMUL_DAHI),
    ("customer", "ಹಾಲು 2 ಪ್ಯಾಕೆಟ್", None),  # Nandini milk, whatever its row: see test below
]


def _first(role: str, text: str) -> str:
    result = parse(text, role=role, catalog=SHOP)
    assert result.items, result
    assert result.items[0].candidates, result
    return result.items[0].candidates[0].product_id


@pytest.mark.parametrize(
    ("language", "role", "text", "wanted"),
    [(language, *case) for language, cases in CASES.items() for case in cases],
)
def test_the_row_a_shopkeeper_means(language: str, role: str, text: str, wanted: str) -> None:
    assert _first(role, text) == wanted, (language, text)


@pytest.mark.parametrize(
    ("role", "text", "wanted"), [case for case in MUST_STAY if case[2] is not None]
)
def test_named_brand_or_size_stays(role: str, text: str, wanted: str) -> None:
    assert _first(role, text) == wanted


def test_haalu_is_still_nandini_milk() -> None:
    result = parse("ಹಾಲು 2 ಪ್ಯಾಕೆಟ್", role="customer", catalog=SHOP)
    assert "nandini" in result.items[0].candidates[0].name.lower()
    assert "curd" not in result.items[0].candidates[0].name.lower()


def test_bare_paneer_puts_the_loose_row_first_but_stays_a_choice() -> None:
    # the shop's loose paneer is offered first, but Amul and Mother Dairy are as close, so the
    # bot still asks which one before it changes a price
    result = parse("paneer rate 118", role="owner", catalog=SHOP)
    assert "loose" in result.items[0].candidates[0].name.lower()
    assert result.items[0].ambiguous is True


def test_helpers() -> None:
    scored = [(90.0, 1, True, 0), (89.8, 2, True, 0), (80.0, 3, False, 0)]
    assert says_loose([("loose", "dal")]) and not says_loose([("toor", "dal")])
    assert lift(scored, frozenset({2}))[1][0] > 90.0
    assert lift(scored, frozenset()) == scored
    assert loose_rows(
        scored, lambda n: n != 3, lambda n: 1000.0 if n == 2 else 500.0, per_kilo=True
    ) == {2}
    assert loose_rows(
        scored, lambda n: n != 3, lambda n: 1000.0 if n == 2 else 500.0, per_kilo=False
    ) == {1, 2}
    assert named_rows(scored, lambda n: True, lambda n: n == 3) == frozenset()  # too far behind
    assert named_rows(scored, lambda n: True, lambda n: n == 2) == {2}
    assert dividing_rows([(90.0, 1, False, 0), (88.0, 2, True, 0)]) == {2}
    assert dividing_rows(scored) == frozenset()
