"""Fixer AO, the family "owner stops", in all eleven languages (native script and romanised). The
phrasings are written for these tests, not taken from the held-out files:

- several products stopped in one message are one item each ("Sprite aur Maaza band karo",
  "Horlicks, Boost ippo venda"); a reason clause after the command names no item;
- the product named first and a command that only points back or says "off" with the language's
  do-verb ("switch it off", "ಆಫ್ ಮಾಡಿ", "off karo", "অফ করো", "ఆఫ్ చేయి") stops selling it;
- words: "sale" in each script asks the day's sales, "naya wala order" is the newest order, and
  the catalog word in each script ("క్యాటలాగ్ నుండి") adds the catalog's product.
"""

from __future__ import annotations

import pytest

from intents.catalog_index import CatalogIndex
from intents.parse import parse
from intents.types import Intent

from .eval_shop import build_eval_shop

BRU, MAGGI, TOP_RAMEN, HORLICKS, BOOST, RASNA = "ST-0154", "ST-0157", "ST-0162", "ST-0204", "ST-0205", "ST-0207"
COKE, THUMS_UP, SPRITE, MAAZA = "ST-0208", "ST-0209", "ST-0210", "ST-0211"


@pytest.fixture(scope="module")
def shop() -> CatalogIndex:
    return build_eval_shop()


def _ids(result) -> list[str | None]:  # type: ignore[no-untyped-def]
    return [item.candidates[0].product_id if item.candidates else None for item in result.items]


# ---- several products stopped in one message


@pytest.mark.parametrize(
    ("text", "products"),
    [
        ("stop selling sprite and maaza, nobody buys them in winter", [SPRITE, MAAZA]),
        ("horlicks, boost deactivate karo", [HORLICKS, BOOST]),
        ("Sprite aur Maaza band kar do, thand mein nahi bikta", [SPRITE, MAAZA]),
        ("स्प्राइट और माज़ा बंद करो", [SPRITE, MAAZA]),
        ("thums up ar sprite bondho koro", [THUMS_UP, SPRITE]),
        ("Horlicks ar Boost ekhon bondho koro, keu kinche na", [HORLICKS, BOOST]),
        ("horlicks, boost ippo venda, deactivate pannunga", [HORLICKS, BOOST]),
        ("sprite, maaza ippudu aapeyi", [SPRITE, MAAZA]),
        ("horlicks ani boost band kara", [HORLICKS, BOOST]),
        ("sprite ane maaza bandh karo, koi leto nathi", [SPRITE, MAAZA]),
        ("horlicks mattu boost nillisi", [HORLICKS, BOOST]),
        ("sprite, maaza ippo venda, deactivate cheyyu", [SPRITE, MAAZA]),
        ("horlicks te boost band kar do", [HORLICKS, BOOST]),
        ("sprite au maaza bandha kara", [SPRITE, MAAZA]),
        ("হরলিক্স আর বুস্ট বন্ধ করো", [HORLICKS, BOOST]),
        ("ஹார்லிக்ஸ், பூஸ்ட் நிறுத்து", [HORLICKS, BOOST]),
        ("ஸ்ப்ரைட் மற்றும் மாசா நிறுத்துங்க", [SPRITE, MAAZA]),
        ("హార్లిక్స్, బూస్ట్ ఆపేయండి", [HORLICKS, BOOST]),
        ("हॉर्लिक्स आणि बूस्ट बंद करा", [HORLICKS, BOOST]),
        ("હોર્લિક્સ અને બૂસ્ટ બંધ કરો", [HORLICKS, BOOST]),
        ("ಹಾರ್ಲಿಕ್ಸ್ ಮತ್ತು ಬೂಸ್ಟ್ ನಿಲ್ಲಿಸಿ", [HORLICKS, BOOST]),
        ("ഹോർലിക്സ്, ബൂസ്റ്റ് നിർത്തൂ", [HORLICKS, BOOST]),
        ("ହରଲିକ୍ସ ଆଉ ବୁଷ୍ଟ ବନ୍ଦ କର", [HORLICKS, BOOST]),
    ],
)
def test_several_products_stopped(shop: CatalogIndex, text: str, products: list[str]) -> None:
    result = parse(text, role="owner", catalog=shop)
    assert result.intent == Intent.DEACTIVATE_PRODUCT, result
    assert _ids(result) == products, result


# ---- the product first, then "switch it off" / "off" with the do-verb


@pytest.mark.parametrize(
    ("text", "product"),
    [
        ("rasna not selling these days, switch it off", RASNA),
        ("bru coffee stock nahi aa raha, turn it off", BRU),
        ("maggi off kar do", MAGGI),
        ("मैगी ऑफ करो, स्टॉक नहीं है", MAGGI),
        ("top ramen off koro", TOP_RAMEN),
        ("টপ রামেন অফ করো", TOP_RAMEN),
        ("top ramen off pannunga", TOP_RAMEN),
        ("மேகி ஆஃப் பண்ணு", MAGGI),
        ("top ramen off cheyyi", TOP_RAMEN),
        ("మ్యాగీ ఆఫ్ చేయి, అమ్మకం లేదు", MAGGI),
        ("maggi off kara", MAGGI),
        ("मॅगी ऑफ करा", MAGGI),
        ("maggi off kari do", MAGGI),
        ("મેગી ઓફ કરો", MAGGI),
        ("maggi off maadi", MAGGI),
        ("ಮ್ಯಾಗಿ ಆಫ್ ಮಾಡಿ, ಯಾರೂ ಕೊಳ್ತಿಲ್ಲ", MAGGI),
        ("maggi off cheyyu", MAGGI),
        ("മാഗി ഓഫ് ചെയ്യൂ", MAGGI),
        ("maggi off kar deo", MAGGI),
        ("ਮੈਗੀ ਆਫ ਕਰੋ", MAGGI),
        ("maggi off karidia", MAGGI),
        ("ମାଗି ଅଫ କର", MAGGI),
    ],
)
def test_named_then_switched_off(shop: CatalogIndex, text: str, product: str) -> None:
    result = parse(text, role="owner", catalog=shop)
    assert result.intent == Intent.DEACTIVATE_PRODUCT, result
    assert _ids(result)[:1] == [product], result


# ---- words: sale, the new order, the catalog


@pytest.mark.parametrize(
    "text",
    [
        "ਅੱਜ ਸੇਲ ਕਿੰਨੀ ਹੋਈ",
        "আজ সেল কত হল",
        "આજે સેલ કેટલું થયું",
        "ಇವತ್ತು ಸೇಲ್ ಎಷ್ಟಾಯ್ತು",
        "ഇന്ന് സെയിൽ എത്ര ആയി",
        "ଆଜି ସେଲ କେତେ ହେଲା",
        "இன்னைக்கு சேல் எவ்வளவு",
    ],
)
def test_sale_word_asks_the_days_sales(shop: CatalogIndex, text: str) -> None:
    assert parse(text, role="owner", catalog=shop).intent == Intent.TODAY_SUMMARY


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("nayi wali order accept kar lo", Intent.ACCEPT_ORDER),
        ("नया वाला ऑर्डर रिजेक्ट करो", Intent.REJECT_ORDER),
        ("ਨਵਾਂ ਵਾਲਾ ਆਰਡਰ accept ਕਰੋ", Intent.ACCEPT_ORDER),
    ],
)
def test_new_one_is_the_newest_order(shop: CatalogIndex, text: str, intent: Intent) -> None:
    result = parse(text, role="owner", catalog=shop)
    assert result.intent == intent, result
    assert result.slots.get("which_order") == "newest", result


@pytest.mark.parametrize(
    ("text", "product"),
    [
        ("క్యాటలాగ్ నుండి Boost యాడ్ చేయి", BOOST),
        ("कैटलाग से Horlicks add करो", HORLICKS),
        ("କ୍ୟାଟାଲଗରୁ Maggi ଯୋଡ଼", MAGGI),
        ("கேட்டலாக்ல இருந்து Boost சேர்", BOOST),
        ("ಕ್ಯಾಟಲಾಗ್ ಇಂದ Boost ಸೇರಿಸಿ", BOOST),
        ("കാറ്റലോഗിൽ നിന്ന് Boost ചേർക്കൂ", BOOST),
        ("કેટલોગ માંથી Boost ઉમેરો", BOOST),
        ("ক্যাটালগ থেকে Boost যোগ করো", BOOST),
        ("कॅटलॉग मधून Boost जोडा", BOOST),
    ],
)
def test_catalog_word_in_its_script_adds(shop: CatalogIndex, text: str, product: str) -> None:
    result = parse(text, role="owner", catalog=shop)
    assert result.intent == Intent.ADD_PRODUCT, result
    assert _ids(result)[:1] == [product], result


# ---- must not change


@pytest.mark.parametrize(
    ("text", "products"),
    [
        ("stop selling kissan jam, nobody buys it", ["ST-0172"]),
        ("maaza inka raadu, list lo nunchi teeseyi", [MAAZA]),
        ("rasna au bikri hauni, band kara", [RASNA]),
    ],
)
def test_reason_is_no_second_product(shop: CatalogIndex, text: str, products: list[str]) -> None:
    result = parse(text, role="owner", catalog=shop)
    assert result.intent == Intent.DEACTIVATE_PRODUCT, result
    assert _ids(result) == products, result


def test_sale_said_by_a_customer_is_no_summary(shop: CatalogIndex) -> None:
    assert parse("ਮੈਗੀ ਸੇਲ ਵਿੱਚ ਹੈ?", role="customer", catalog=shop).intent != Intent.TODAY_SUMMARY
