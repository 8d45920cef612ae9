"""Owner price changes of fixer AI, in the eleven languages (native script and romanised). The
phrasings are written for these tests, not taken from the held-out files:

- a line from the old price to the new one with each language's "from" word (se, से, theke, থেকে,
  irundhu, இருந்து, nunchi, నుంచి, pasun, पासून, thi, થી, inda, ಇಂದ, il ninnu, ഇൽ നിന്ന്, ton, ਤੋਂ,
  ru, ରୁ), alone or with a make-it word ("kar do", "aakku", "ki penchanu"), is the new price;
- a list of such lines ("aloo 32 se 36, tamatar 30") is a price list: every line is a price, a
  bare number too, each item with its own value, the slot the first item's new price;
- a list whose last number is said per kilo ("aloo 30, pyaz 42 kilo") is a rate card when the
  numbers lie near the catalog prices; "per packet 15", "palu packet 31", "ini 395" are prices;
- "140 kg ge" after a price is per kilo: the 1 kg pack;
- a stock word, an arrival or a far-off number keeps the stock reading.
"""

from __future__ import annotations

import pytest

from intents.catalog_index import CatalogIndex
from intents.parse import parse
from intents.types import Intent

from .eval_shop import build_eval_shop

ONION, POTATO, TOMATO, SUGAR, MAGGI = "ST-0104", "ST-0106", "ST-0108", "ST-0136", "ST-0157"
TOOR_1KG, HERITAGE, KPL, DHARA, ATTA = "ST-0041", "ST-0082", "ST-0069", "ST-0064", "ST-0008"


@pytest.fixture(scope="module")
def shop() -> CatalogIndex:
    return build_eval_shop()


PRICE_CHANGES = [
    # en
    ("tomato 30 to 36, potato 32", [(TOMATO, 3600), (POTATO, 3200)]),
    ("onion 42 to 38 per kg, tomato 28", [(ONION, 3800), (TOMATO, 2800)]),
    ("potato rate 35 to 40 make it", [(POTATO, 4000)]),
    ("sugar 44, onion 40 per kg", [(SUGAR, 4400), (ONION, 4000)]),
    ("potato 30, tomato 36 kilo", [(POTATO, 3000), (TOMATO, 3600)]),
    ("maggi per packet 16", [(MAGGI, 1600)]),
    # hi
    ("aloo 32 se 36, tamatar 30", [(POTATO, 3600), (TOMATO, 3000)]),
    ("tamatar 30 se 34 kar do", [(TOMATO, 3400)]),
    ("टमाटर 30 से 36, प्याज 40", [(TOMATO, 3600), (ONION, 4000)]),
    ("आलू 32 से 35 कर दो", [(POTATO, 3500)]),
    ("प्याज 40, आलू 30 किलो", [(ONION, 4000), (POTATO, 3000)]),
    ("pyaz 40 se 45 badha do, aloo 30", [(ONION, 4500), (POTATO, 3000)]),
    ("मैगी प्रति पैकेट 15", [(MAGGI, 1500)]),
    # bn
    ("tomato 30 theke 35, peyaj 42", [(TOMATO, 3500), (ONION, 4200)]),
    ("আলু ৩২ থেকে ৩৫, টমেটো ৩০", [(POTATO, 3500), (TOMATO, 3000)]),
    ("টমেটো ৩০ থেকে ৩৬ করে দাও", [(TOMATO, 3600)]),
    ("peyaj 40, alu 30 kilo", [(ONION, 4000), (POTATO, 3000)]),
    ("পেঁয়াজ ৪২, আলু ৩০ কেজি", [(ONION, 4200), (POTATO, 3000)]),
    ("alu 30 theke 34 koro", [(POTATO, 3400)]),
    ("ম্যাগি প্রতি প্যাকেট ১৫", [(MAGGI, 1500)]),
    # ta
    ("thakkali 30 la irundhu 36, urulaikizhangu 32", [(TOMATO, 3600), (POTATO, 3200)]),
    ("தக்காளி 30 இருந்து 36, வெங்காயம் 40", [(TOMATO, 3600), (ONION, 4000)]),
    ("வெங்காயம் 40 இருந்து 44 பண்ணுங்க", [(ONION, 4400)]),
    ("thakkali 30, vengayam 42 kilo", [(TOMATO, 3000), (ONION, 4200)]),
    ("தக்காளி 30, வெங்காயம் 42 கிலோ", [(TOMATO, 3000), (ONION, 4200)]),
    ("vengayam 40 irundhu 45", [(ONION, 4500)]),
    ("thuvaram paruppu vilai 170 kg ku", [(TOOR_1KG, 17000)]),
    # te
    ("tamata 30 nunchi 36, ullipaya 42", [(TOMATO, 3600), (ONION, 4200)]),
    ("టమాటా 30 నుంచి 36, ఉల్లిపాయ 40", [(TOMATO, 3600), (ONION, 4000)]),
    ("ఉల్లిపాయ 40 నుంచి 44", [(ONION, 4400)]),
    ("tamata 30, ullipaya 42 kilo", [(TOMATO, 3000), (ONION, 4200)]),
    ("టమాటా 30, ఉల్లిపాయ 42 కిలో", [(TOMATO, 3000), (ONION, 4200)]),
    ("ullipaya 40 nundi 45 ki penchanu", [(ONION, 4500)]),
    ("heritage palu packet 31", [(HERITAGE, 3100)]),
    # mr
    ("batata 32 pasun 36, kanda 40", [(POTATO, 3600), (ONION, 4000)]),
    ("बटाटा 32 पासून 36, कांदा 42", [(POTATO, 3600), (ONION, 4200)]),
    ("कांदा 40 पासून 44 करा", [(ONION, 4400)]),
    ("tomato 30, kanda 42 kilo", [(TOMATO, 3000), (ONION, 4200)]),
    ("टोमॅटो 30, कांदा 42 किलो", [(TOMATO, 3000), (ONION, 4200)]),
    ("kanda 40 varun 45", [(ONION, 4500)]),
    # gu
    ("bataka 32 thi 36, dungri 40", [(POTATO, 3600), (ONION, 4000)]),
    ("બટાકા 32 થી 36, ડુંગળી 42", [(POTATO, 3600), (ONION, 4200)]),
    ("ડુંગળી 40 થી 44 કરો", [(ONION, 4400)]),
    ("tameta 30, dungri 42 kilo", [(TOMATO, 3000), (ONION, 4200)]),
    ("ટામેટા 30, ડુંગળી 42 કિલો", [(TOMATO, 3000), (ONION, 4200)]),
    ("dungri 40 thi 45 kari do", [(ONION, 4500)]),
    # kn
    ("tomato 30 inda 36, eerulli 40", [(TOMATO, 3600), (ONION, 4000)]),
    ("ಟೊಮೆಟೊ 30 ಇಂದ 36, ಈರುಳ್ಳಿ 42", [(TOMATO, 3600), (ONION, 4200)]),
    ("ಈರುಳ್ಳಿ 40 ರಿಂದ 44 ಮಾಡಿ", [(ONION, 4400)]),
    ("alugadde 30, eerulli 42 kg", [(POTATO, 3000), (ONION, 4200)]),
    ("ಆಲೂಗಡ್ಡೆ 30, ಈರುಳ್ಳಿ 42 ಕೆಜಿ", [(POTATO, 3000), (ONION, 4200)]),
    ("eerulli 40 ninda 45 maadi", [(ONION, 4500)]),
    ("ಮ್ಯಾಗಿ ಪ್ರತಿ ಪ್ಯಾಕೆಟ್ 15", [(MAGGI, 1500)]),
    # ml
    ("thakkali 30 il ninnu 36, ulli 42", [(TOMATO, 3600), (ONION, 4200)]),
    ("തക്കാളി 30 ഇൽ നിന്ന് 36, ഉള്ളി 40", [(TOMATO, 3600), (ONION, 4000)]),
    ("ഉള്ളി 40 ൽ നിന്ന് 44 ആക്കൂ", [(ONION, 4400)]),
    ("thakkali 30, ulli 42 kilo", [(TOMATO, 3000), (ONION, 4200)]),
    ("തക്കാളി 30, ഉള്ളി 42 കിലോ", [(TOMATO, 3000), (ONION, 4200)]),
    ("ulli 40 ninnu 45 aakku", [(ONION, 4500)]),
    ("kpl velichenna 1 litre ini 395", [(KPL, 39500)]),
    ("കെപിഎൽ വെളിച്ചെണ്ണ 1 ലിറ്റർ ഇനി 395", [(KPL, 39500)]),
    # pa
    ("aloo 32 ton 36, pyaz 40", [(POTATO, 3600), (ONION, 4000)]),
    ("ਆਲੂ 32 ਤੋਂ 36, ਪਿਆਜ਼ 42", [(POTATO, 3600), (ONION, 4200)]),
    ("ਪਿਆਜ਼ 40 ਤੋਂ 44 ਕਰ ਦਿਓ", [(ONION, 4400)]),
    ("aloo 30, pyaz 42 kilo", [(POTATO, 3000), (ONION, 4200)]),
    ("ਆਲੂ 30, ਪਿਆਜ਼ 42 ਕਿਲੋ", [(POTATO, 3000), (ONION, 4200)]),
    ("tamatar 30 ton 35 kar do", [(TOMATO, 3500)]),
    # or
    ("alu 32 ru 36, piaja 40", [(POTATO, 3600), (ONION, 4000)]),
    ("ଆଳୁ 32 ରୁ 36, ପିଆଜ 42", [(POTATO, 3600), (ONION, 4200)]),
    ("ପିଆଜ 40 ରୁ 44 କର", [(ONION, 4400)]),
    ("alu 30, piaja 42 kilo", [(POTATO, 3000), (ONION, 4200)]),
    ("ଆଳୁ 30, ପିଆଜ 42 କିଲୋ", [(POTATO, 3000), (ONION, 4200)]),
    ("piaja 40 ru 45 karantu", [(ONION, 4500)]),
]


@pytest.mark.parametrize(("text", "expected"), PRICE_CHANGES)
def test_price_changes(shop: CatalogIndex, text: str, expected: list[tuple[str, int]]) -> None:
    result = parse(text, role="owner", catalog=shop)
    assert result.intent == Intent.SET_PRICE, result
    assert result.slots == {"price_paise": expected[0][1]}, result
    said = [(item.candidates[0].product_id if item.candidates else None, item.value) for item in result.items]
    assert said == [(product, float(paise)) for product, paise in expected], result


@pytest.mark.parametrize(
    ("text", "product"),
    [
        ("loose toor dal rate 170 kilo ka", TOOR_1KG),
        ("thuvaram paruppu vilai 170 kg ku", TOOR_1KG),
    ],
)
def test_price_per_kilo_after_it_is_the_kilo_pack(shop: CatalogIndex, text: str, product: str) -> None:
    result = parse(text, role="owner", catalog=shop)
    assert result.intent == Intent.SET_PRICE, result
    assert result.items[0].candidates[0].product_id == product
    assert result.items[0].text in ("loose toor dal", "thuvaram paruppu")  # no "kg" in the name


@pytest.mark.parametrize(
    ("text", "intent", "slots", "products"),
    [
        ("dhara 1L stock 30", Intent.SET_STOCK, {"stock": 30}, [DHARA]),
        ("atta 20, maggi 50", Intent.SET_STOCK, {"stock": 20}, [ATTA, MAGGI]),
        ("sugar 20, atta 10 kilo", Intent.SET_STOCK, {"stock": 20}, [SUGAR, ATTA]),  # far from ₹46: counts
        ("maggi 15 packet", Intent.SET_STOCK, {"stock": 15}, [MAGGI]),  # the count before its unit
        ("maggi packet 40", Intent.SET_STOCK, {"stock": 40}, [MAGGI]),  # far from ₹14
        ("atta 20 se 25 aaye, maggi 50", Intent.ADJUST_STOCK, {"stock_delta": 20}, [ATTA, MAGGI]),  # an arrival
        ("maggi 20 aaye", Intent.ADJUST_STOCK, {"stock_delta": 20}, [MAGGI]),
    ],
)
def test_counts_stay_stock(shop: CatalogIndex, text: str, intent: Intent, slots: dict[str, int], products: list[str]) -> None:
    result = parse(text, role="owner", catalog=shop)
    assert result.intent == intent, result
    assert result.slots == slots, result
    assert [item.candidates[0].product_id for item in result.items] == products, result


def test_stock_word_keeps_old_to_new_a_count(shop: CatalogIndex) -> None:
    result = parse("toor dal 160 se 170 ho gaya stock", role="owner", catalog=shop)
    assert result.intent == Intent.SET_STOCK, result
