"""Pack families of fixer Y, in the languages that say them (native script and romanised). The
phrasings are written for these tests, not taken from the held-out files:

- sacks and bottles as pack words in their plural and romanised forms (moota, moottaigal,
  boriyan, ਬੋਰੀਆਂ, ചാക്കുകൾ, ಮೂಟೆಗಳು, bastalu, batli): the count of sacks of the size named;
- "the one of 50 g" with the Telugu -ది / Kannada -ದು glued to the unit (50 గ్రాములది ఒకటి,
  5 ಕೆಜಿದು ಎರಡು): one pack of that size;
- a bare unit word before a container ("2 bisleri litre bottles", "రెండు బిస్లరీ లీటర్ బాటిల్స్"):
  a 1-unit pack, counted in bottles (packets); "3 bisleri 1 litre bottles" keeps its bare count.
"""

from __future__ import annotations

import pytest

from intents.catalog_index import CatalogIndex
from intents.parse import parse

from .eval_shop import build_eval_shop

PONNI_5KG, SONA_25KG, ATTA_10KG, BRU, BISLERI = "ST-0031", "ST-0027", "ST-0003", "ST-0154", "ST-0212"


@pytest.fixture(scope="module")
def shop() -> CatalogIndex:
    return build_eval_shop()


@pytest.mark.parametrize(
    ("text", "count", "size", "product"),
    [
        ("ponni arisi 5 kg moota 2 venum", 2, 5, PONNI_5KG),
        ("5 kg ponni arisi 3 mootta anuppunga", 3, 5, PONNI_5KG),
        ("ponni arisi 5 kg 2 moottaigal", 2, 5, PONNI_5KG),
        ("பொன்னி அரிசி 5 கிலோ 2 மூட்டைகள்", 2, 5, PONNI_5KG),
        ("sona masoori 25 kg bastalu 2 pampandi", 2, 25, SONA_25KG),
        ("aashirvaad atta 10 kilo ki 3 boriyan", 3, 10, ATTA_10KG),
        ("आशीर्वाद आटा 10 किलो की 2 बोरियां", 2, 10, ATTA_10KG),
        ("ਆਸ਼ੀਰਵਾਦ ਆਟਾ 10 ਕਿੱਲੋ ਦੀਆਂ 2 ਬੋਰੀਆਂ", 2, 10, ATTA_10KG),
        ("ആശീർവാദ് ആട്ട 10 കിലോ 2 ചാക്കുകൾ", 2, 10, ATTA_10KG),
        ("aashirvaad atta 10 kilo 2 chakku venam", 2, 10, ATTA_10KG),
    ],
)
def test_sacks_are_counted_as_packs_of_the_size(
    text: str, count: int, size: float, product: str, shop: CatalogIndex
) -> None:
    item = parse(text, role="customer", catalog=shop).items[0]
    assert (item.quantity, item.unit) == (count, "packet")
    assert item.pack_size is not None and item.pack_size.value == size
    assert item.candidates[0].product_id == product


@pytest.mark.parametrize(
    ("text", "count", "size", "product"),
    [
        ("బ్రూ కాఫీ 50 గ్రాములది ఒకటి ఇవ్వండి", 1, 50, BRU),
        ("bru coffee 50 gramuladi okati", 1, 50, BRU),
        ("ಬ್ರೂ ಕಾಫಿ 50 ಗ್ರಾಂದು ಒಂದು ಕೊಡಿ", 1, 50, BRU),
        ("ఆశీర్వాద్ ఆటా 10 కిలోది రెండు", 2, 10, ATTA_10KG),
        ("ಆಶೀರ್ವಾದ್ ಆಟಾ 10 ಕೆಜಿದು ಎರಡು", 2, 10, ATTA_10KG),
    ],
)
def test_the_one_of_a_size_is_a_pack_of_it(
    text: str, count: int, size: float, product: str, shop: CatalogIndex
) -> None:
    items = parse(text, role="customer", catalog=shop).items
    assert len(items) == 1
    assert items[0].quantity == count
    assert items[0].pack_size is not None and items[0].pack_size.value == size
    assert items[0].candidates[0].product_id == product


@pytest.mark.parametrize(
    "text",
    [
        "3 bisleri litre bottles",
        "మూడు బిస్లరీ లీటర్ బాటిల్స్",
        "तीन बिसलेरी लीटर बोतल",
        "তিনটে বিসলেরি লিটার বোতল",
        "மூணு பிஸ்லெரி லிட்டர் பாட்டில்",
        "ಮೂರು ಬಿಸ್ಲೇರಿ ಲೀಟರ್ ಬಾಟಲಿ",
    ],
)
def test_bottles_of_a_bare_unit_are_counted_packs(text: str, shop: CatalogIndex) -> None:
    item = parse(text, role="customer", catalog=shop).items[0]
    assert (item.quantity, item.unit) == (3, "packet")
    assert item.pack_size is not None and (item.pack_size.value, item.pack_size.unit) == (1, "l")
    assert item.candidates[0].product_id == BISLERI


@pytest.mark.parametrize(
    ("text", "product"),
    [
        ("ಒಂದು ಮಾರ್ಟೀನ್ ಕಾಯಿಲ್ ಕೂಡ", "ST-0251"),
        ("ಹಾಲು ಬೇಕು, ಒಂದು ಮಾರ್ಟೀನ್ ಕಾಯಿಲ್ ಕೂಡ", "ST-0251"),
    ],
)
def test_kannada_also_after_the_goods_is_no_part_of_the_name(text: str, product: str, shop: CatalogIndex) -> None:
    """Kannada ಕೂಡ / ಕೂಡಾ ("also") closing the list, as bhi / కూడా / கூட already are elsewhere."""
    items = parse(text, role="customer", catalog=shop).items
    assert items[-1].candidates[0].product_id == product
