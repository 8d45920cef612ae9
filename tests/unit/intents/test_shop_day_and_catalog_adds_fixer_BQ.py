"""Fixer BQ, an owner's words about the shop's day and stock, in all eleven languages (native
script and romanised). The phrasings are written for these tests, not taken from the eval files:

- "which goods are about to run out" and "how much was sold today" asked with words the keyword
  tables lacked, a nukta typed or not ("ਖ਼ਤਮ" / "ਖਤਮ");
- a catalog product added with its pack size ("500 ml", "5 kilo") and an add word: the size is
  the pack's, no stock number;
- a stop command beside "it won't come any more": the reason is no part of the product;
- arrival words ("ali", "vachchaayi", "aslo", "banthu"): the count came in, added to the stock.
"""

from __future__ import annotations

import pytest

from intents.catalog_index import CatalogIndex
from intents.parse import parse
from intents.types import Intent

from .eval_shop import build_eval_shop

IDHAYAM, FORTUNE_SUNFLOWER_5L, PONNI_5KG, FORTUNE_SUNFLOWER_1L = (
    "ST-0067",
    "ST-0058",
    "ST-0031",
    "ST-0057",
)
RASNA, COKE, MAAZA, SPRITE, BRU_FILTER = "ST-0207", "ST-0208", "ST-0211", "ST-0210", "ST-0155"


@pytest.fixture(scope="module")
def shop() -> CatalogIndex:
    return build_eval_shop()


def _first_id(result) -> str | None:  # type: ignore[no-untyped-def]
    return (
        result.items[0].candidates[0].product_id
        if result.items and result.items[0].candidates
        else None
    )


LOW_STOCK_ASKS = [
    ("en", "which things are running out?"),
    ("hi", "kya kya khatam hone ko hai bhai"),
    ("hi", "क्या क्या ख़त्म होने वाला है अभी"),
    ("bn", "ki ki furiye jacche dokane"),
    ("bn", "কী কী ফুরিয়ে আসছে"),
    ("ta", "enna enna theera poguthu paarunga"),
    ("ta", "என்ன என்ன தீர போகுது"),
    ("te", "emi emi ayipotunnayi cheppu"),
    ("te", "ఏమేమి అయిపోయేలా ఉన్నాయి"),
    ("mr", "kay kay sampnar ahe sanga"),
    ("mr", "काय काय संपायला आले"),
    ("gu", "shu shu khali thava aavyu"),
    ("gu", "શું શું પૂરું થવા આવ્યું"),
    ("kn", "enu enu mugiyuttide heli"),
    ("kn", "ಏನೇನು ಮುಗಿಯೋ ಹಾಗಿದೆ"),
    ("ml", "enthellam kazhiyaaraayi"),
    ("ml", "എന്തൊക്കെ തീരാൻ പോകുന്നു"),
    ("pa", "ki ki mukan wale ne"),
    ("pa", "ਕੀ ਕੀ ਖ਼ਤਮ ਹੋਣ ਵਾਲੇ ਨੇ"),
    ("pa", "ਕੀ ਕੀ ਮੁੱਕਣ ਵਾਲਾ"),
    ("or", "kana kana sari asuchi"),
    ("or", "କଣ କଣ ସରି ଆସୁଛି"),
]


@pytest.mark.parametrize(("language", "text"), LOW_STOCK_ASKS)
def test_which_goods_run_out_asks_low_stock(language: str, text: str) -> None:
    result = parse(text, role="owner")
    assert result.intent == Intent.LOW_STOCK, (language, result)


DAY_SALES_ASKS = [
    ("or", "aji ketedi bika hela"),
    ("or", "ଆଜି କେତେଟା ବିକ୍ରି ହେଲା"),
    ("ta", "inniki evlo vithuchu"),
    ("ta", "indru evvalavu viyaabaaram aachu"),
    ("te", "ee roju entha ammudupoyindi"),
    ("ml", "innu ethra vittu"),
    ("gu", "aaje ketlo vepar thayo"),
    ("mr", "aaj kiti vikla"),
    ("kn", "ivattu eshtu vyaapaara aaytu"),
    ("pa", "ajj kinna vikeya"),
    ("bn", "aaj koto bechlam"),
]


@pytest.mark.parametrize(("language", "text"), DAY_SALES_ASKS)
def test_how_much_sold_today_asks_the_days_figures(language: str, text: str) -> None:
    result = parse(text, role="owner")
    assert result.intent == Intent.TODAY_SUMMARY, (language, result)


SIZED_ADDS = [
    ("en", "add fortune sunflower oil 5 litre to the catalog", FORTUNE_SUNFLOWER_5L),
    ("hi", "fortune sunflower 5 litre wala jod do", FORTUNE_SUNFLOWER_5L),
    ("hi", "इदयम तिल तेल 500 ml ऐड करो", IDHAYAM),
    ("bn", "idhayam til tel 500 ml add koro", IDHAYAM),
    ("ta", "ponni arisi 5 kilo serthu vidunga", PONNI_5KG),
    ("ta", "idhayam nallennai 500 ml serkkavum", IDHAYAM),
    ("te", "ponni biyyam 5 kg jodinchu", PONNI_5KG),
    ("mr", "fortune sunflower tel 5 litre jodun ghya", FORTUNE_SUNFLOWER_5L),
    ("gu", "idhayam tal tel 500 ml umeri do", IDHAYAM),
    ("kn", "ponni akki 5 kg serisu", PONNI_5KG),
    ("ml", "idhayam nallenna 500 ml cherkku", IDHAYAM),
    ("pa", "fortune sunflower tel 5 litre jod do", FORTUNE_SUNFLOWER_5L),
    ("or", "idhayam tila tela 500 ml jodantu", IDHAYAM),
]


@pytest.mark.parametrize(("language", "text", "product"), SIZED_ADDS)
def test_a_product_added_with_its_pack_size_is_a_new_product(
    shop: CatalogIndex, language: str, text: str, product: str
) -> None:
    result = parse(text, role="owner", catalog=shop)
    assert result.intent == Intent.ADD_PRODUCT, (language, result)
    assert "stock_delta" not in result.slots and "stock" not in result.slots, result
    assert _first_id(result) == product, (language, result)


STOPS_WITH_REASON = [
    ("en", "maaza wont come anymore, switch it off", MAAZA),
    ("hi", "रसना अब नहीं आएगी, बंद कर दो", RASNA),
    ("hi", "sprite ab nahi aata, band kar do", SPRITE),
    ("bn", "রসনা আর আসবে না, বন্ধ করো", RASNA),
    ("ta", "rasna inime varathu, off pannunga", RASNA),
    ("ta", "ரஸ்னா இனி வராது, நிறுத்து", RASNA),
    ("te", "sprite ika raadu, aapeyi", SPRITE),
    ("mr", "maaza aata yenar nahi, band kara", MAAZA),
    ("gu", "sprite have nai aave, bandh karo", SPRITE),
    ("kn", "maaza ini barolla, off maadi", MAAZA),
    ("ml", "sprite iniyum varilla, off aakku", SPRITE),
    ("ml", "സ്പ്രൈറ്റ് ഇനി വരില്ല, ഓഫാക്കൂ", SPRITE),
    ("ml", "maaza iniyum varilla, offakku", MAAZA),
    ("pa", "rasna hun nahi aaugi, band karo", RASNA),
    ("or", "maaza au asibani, bandha kara", MAAZA),
]


@pytest.mark.parametrize(("language", "text", "product"), STOPS_WITH_REASON)
def test_a_product_that_wont_come_any_more_is_stopped(
    shop: CatalogIndex, language: str, text: str, product: str
) -> None:
    result = parse(text, role="owner", catalog=shop)
    assert result.intent == Intent.DEACTIVATE_PRODUCT, (language, result)
    assert _first_id(result) == product, (language, result)


ARRIVALS = [
    ("mr", "sprite 36 alya", SPRITE, 36),
    ("mr", "maaza 24 aaley", MAAZA, 24),
    ("ta", "coke 30 vanthathu", COKE, 30),
    ("te", "bru filter coffee 10 vachchaayi", BRU_FILTER, 10),
    ("te", "sprite 18 vachesindi", SPRITE, 18),
    ("bn", "maaza 12 ashlo", MAAZA, 12),
    ("kn", "coke 20 banthu", COKE, 20),
    ("pa", "sprite 24 aa gaiyan", SPRITE, 24),
    ("or", "coke 36 asiche", COKE, 36),
    ("hi", "maaza 30 aagaye", MAAZA, 30),
]


@pytest.mark.parametrize(("language", "text", "product", "count"), ARRIVALS)
def test_stock_that_came_in_is_added(
    shop: CatalogIndex, language: str, text: str, product: str, count: int
) -> None:
    result = parse(text, role="owner", catalog=shop)
    assert result.intent == Intent.ADJUST_STOCK, (language, result)
    assert result.slots.get("stock_delta") == count, (language, result)
    assert _first_id(result) == product, (language, result)


# ---- nearby messages whose reading stays


@pytest.mark.parametrize(
    ("text", "intent", "slots"),
    [
        ("maggi 10 add karo", Intent.ADJUST_STOCK, {"stock_delta": 10}),  # a count, not a size
        ("ponni arisi 5 kilo bag stock 12", Intent.SET_STOCK, {"stock": 12}),
        (
            "chuda 10 kilo asila",
            Intent.ADJUST_STOCK,
            {"stock_delta": 10},
        ),  # an arrival of loose goods
        ("idhayam nallennai 500 ml 12 bottle add pannu", Intent.ADJUST_STOCK, {"stock_delta": 12}),
        ("Bru coffee 50g add kara, 140 la", Intent.ADD_PRODUCT, {"price_paise": 14000}),
        ("coke 48", Intent.SET_STOCK, {"stock": 48}),
        ("maaza band karo", Intent.DEACTIVATE_PRODUCT, {}),
        ("aaj kitne order aaye", Intent.TODAY_SUMMARY, {}),
    ],
)
def test_nearby_owner_lines_keep_their_reading(
    shop: CatalogIndex, text: str, intent: Intent, slots: dict[str, int]
) -> None:
    result = parse(text, role="owner", catalog=shop)
    assert result.intent == intent, result
    for name, value in slots.items():
        assert result.slots.get(name) == value, result


def test_a_reason_with_no_stop_command_keeps_the_whole_line() -> None:
    result = parse("maaza ini varilla", role="owner")
    assert result.intent != Intent.ADD_PRODUCT, result


def test_a_customer_saying_ali_orders_nothing_new() -> None:
    result = parse("maggi 2 packet", role="customer")
    assert result.intent == Intent.ADD_ITEMS, result
