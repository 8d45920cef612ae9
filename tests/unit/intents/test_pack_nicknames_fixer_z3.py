"""Catalog families of fixer Z3, in the eleven languages (native script and romanised). The
phrasings are written for these tests, not taken from the held-out files:

- regulars name Brooke Bond Red Label by its pack's colour ("the red packet tea", "lal packet
  wali chai", "sivappu packet", "erra packet", "kempu packet", "chuvanna packet"), and the
  "packet" of that name is no unit: the number is a count of the tea;
- a size word picks a pack of the product line, it is no product text: "small / chhoti / chinna /
  lahan / chhoto / ಸಣ್ಣ / ചെറിയ" the smallest pack, "big / bada / periya / pedda / motha / dodda /
  valiya / vadda" the biggest ("amul butter bada wala" = the 500 g pack); a size word that makes
  a name with the word beside it stays the name ("badi elaichi", "chinna vengayam").
"""

from __future__ import annotations

import pytest

from intents.catalog_index import CatalogIndex
from intents.parse import parse

from .eval_shop import build_eval_shop

RED_LABEL_SMALL, RED_LABEL_BIG = "ST-0148", "ST-0149"
MAGGI_BIG = "ST-0159"
BUTTER_BIG = "ST-0091"
GHEE_BIG = "ST-0070"


@pytest.fixture(scope="module")
def shop() -> CatalogIndex:
    return build_eval_shop()


def _items(text: str, shop: CatalogIndex) -> list[tuple[float | None, str | None, str | None]]:
    result = parse(text, role="customer", catalog=shop)
    return [
        (item.quantity, item.unit, item.candidates[0].product_id if item.candidates else None)
        for item in result.items
    ]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("3 of the red packet tea please", 3),
        ("red pack tea 2", 2),
        ("लाल पैकेट वाली चाय ३ दे दो", 3),
        ("lal packet wali chai 2 bhejna", 2),
        ("লাল প্যাকেটের চা ২টা দিন", 2),
        ("lal packet er cha 3 ta", 3),
        ("சிவப்பு பாக்கெட் டீ 2 அனுப்புங்க", 2),
        ("sigappu packet tea 3 venum", 3),
        ("ఎర్ర ప్యాకెట్ టీ 2 పంపండి", 2),
        ("erra packet tea 3 kavali", 3),
        ("लाल पाकीट चहा 2 पाठवा", 2),
        ("lal pakit chaha 3", 3),
        ("લાલ પેકેટ વાળી ચા 2 મોકલો", 2),
        ("lal paket vali cha 3 aapjo", 3),
        ("ಕೆಂಪು ಪ್ಯಾಕೆಟ್ ಟೀ 2 ಕಳ್ಸಿ", 2),
        ("kempu packet tea 3 beku", 3),
        ("ചുവന്ന പാക്കറ്റ് ചായ 2 വേണം", 2),
        ("chuvanna packet chaya 3", 3),
        ("ਲਾਲ ਪੈਕਟ ਵਾਲੀ ਚਾਹ 2 ਭੇਜੋ", 2),
        ("lal packet wali chaa 3", 3),
        ("ଲାଲ ପ୍ୟାକେଟ ଚା 2 ଦିଅ", 2),
        ("nali packet cha 3 ta", 3),
    ],
)
def test_red_packet_tea_is_red_label(text: str, count: int, shop: CatalogIndex) -> None:
    assert _items(text, shop)[0] == (count, None, RED_LABEL_SMALL)


@pytest.mark.parametrize(
    ("text", "product"),
    [
        ("chhota red label 1", RED_LABEL_SMALL),
        ("big maggi 1", MAGGI_BIG),
        ("अमूल बटर बड़ा वाला 1", BUTTER_BIG),
        ("red label chhoti wali 2", RED_LABEL_SMALL),
        ("বড় অমূল বাটার ১টা", BUTTER_BIG),
        ("amul butter boro ta 1", BUTTER_BIG),
        ("பெரிய அமுல் வெண்ணெய் 1", BUTTER_BIG),
        ("amul butter periya 1", BUTTER_BIG),
        ("పెద్ద అమూల్ బటర్ 1", BUTTER_BIG),
        ("amul butter pedda 1", BUTTER_BIG),
        ("मोठा अमूल बटर 1", BUTTER_BIG),
        ("amul butter motha 1", BUTTER_BIG),
        ("મોટું અમૂલ બટર 1", BUTTER_BIG),
        ("amul ghee motu 1", GHEE_BIG),
        ("ದೊಡ್ಡ ಅಮೂಲ್ ಬೆಣ್ಣೆ 1", BUTTER_BIG),
        ("amul butter dodda 1", BUTTER_BIG),
        ("വലിയ അമൂൽ ബട്ടർ 1", BUTTER_BIG),
        ("amul ghee valiya 1", GHEE_BIG),
        ("ਵੱਡਾ ਅਮੂਲ ਮੱਖਣ 1", BUTTER_BIG),
        ("amul ghee vadda 1", GHEE_BIG),
        ("ବଡ ଅମୁଲ ବଟର 1", BUTTER_BIG),
        ("lal packet wali chai vaddi wali 1", RED_LABEL_BIG),
    ],
)
def test_size_word_picks_the_pack(text: str, product: str, shop: CatalogIndex) -> None:
    assert _items(text, shop)[0][2] == product


def test_size_word_of_a_name_stays_the_name(shop: CatalogIndex) -> None:
    assert shop.match("chinna vengayam").candidates[0].name.startswith("Onion")
    assert "Elaichi" in shop.match("badi elaichi").candidates[0].name
