"""Families from fixer O, an elder customer's politeness: the kinship word or form of address
the shopkeeper is called by ("ಅಪ್ಪ", "mone", "bala", "ବାପା") is never a product and leaves a
short yes / no its intent."""

from __future__ import annotations

import pytest

from intents.parse import parse
from intents.types import Intent
from tests.unit.intents.eval_shop import build_eval_shop, parsed_order

SHOP = build_eval_shop()
POTATO, SALT, PAPAD = "ST-0106", "ST-0139", "ST-0174"


@pytest.mark.parametrize(
    ("text", "calling", "products"),
    [
        ("2 packet lijjat papad please dear", "dear", [PAPAD]),
        ("1 kg potato and one tata salt my child", "child", [POTATO, SALT]),
        ("ek tata namak bhej dena bitiya", "bitiya", [SALT]),
        ("2 kilo alu ar ekta tata salt dao kaku", "kaku", [POTATO, SALT]),
        ("এক কেজি আলু দিও কাকু", "কাকু", [POTATO]),
        ("oru tata salt anuppunga ayya", "ayya", [SALT]),
        ("ஒரு டாட்டா உப்பு அனுப்புங்க அண்ணே", "அண்ணே", [SALT]),
        ("oka tata salt pampandi nayana", "nayana", [SALT]),
        ("ఒక కేజీ బంగాళదుంప పంపండి తమ్ముడూ", "తమ్ముడూ", [POTATO]),
        ("ek kilo batata pathva bala", "bala", [POTATO]),
        ("एक किलो बटाटा पाठव बाळा", "बाळा", [POTATO]),
        ("ek kilo bateta mokalo dikra", "dikra", [POTATO]),
        ("એક કિલો બટાકા મોકલજો દીકરા", "દીકરા", [POTATO]),
        ("ondu kg alugadde kalisi magu", "magu", [POTATO]),
        ("ಒಂದು ಕೆಜಿ ಆಲೂಗಡ್ಡೆ ಕಳಿಸಿ ಅಪ್ಪಾ", "ಅಪ್ಪಾ", [POTATO]),
        ("ಅಪ್ಪ, ಒಂದು ಕೆಜಿ ಆಲೂಗಡ್ಡೆ ಮತ್ತು ಒಂದು ಟಾಟಾ ಉಪ್ಪು ಕಳಿಸಿ", "ಅಪ್ಪ", [POTATO, SALT]),
        ("oru kilo urulakizhangu ayakku mone", "mone", [POTATO]),
        ("ഒരു കിലോ ഉരുളക്കിഴങ്ങ് അയക്കണേ മോനേ", "മോനേ", [POTATO]),
        ("puttar ikk kilo aloo te ikk tata namak bhej deo", "puttar", [POTATO, SALT]),
        ("ਇੱਕ ਕਿਲੋ ਆਲੂ ਭੇਜ ਦਿਓ ਪੁੱਤ", "ਪੁੱਤ", [POTATO]),
        ("eka kilo alu pathei dia bapa", "bapa", [POTATO]),
        ("ଏକ କିଲୋ ଆଳୁ ପଠାଇ ଦିଅ ବାପା", "ବାପା", [POTATO]),
    ],
)
def test_calling_the_shopkeeper_is_no_product(text: str, calling: str, products: list[str]) -> None:
    order = parsed_order(SHOP, text, len(products))
    assert all(calling not in item.text.split() for item in order.items), order.items
    assert [item.candidates[0].product_id for item in order.items] == products


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("yes dear, that is fine", Intent.CONFIRM),
        ("ha baba, sob thik, pathiye dao", Intent.CONFIRM),
        ("ho bala, sagla barobar, pathva", Intent.CONFIRM),
        ("howdu appa, ella sari, kalisi", Intent.CONFIRM),
        ("sheri mone, ellam sheriyaanu, ayacholu", Intent.CONFIRM),
        ("haanji puttar, sab theek aa, bhej do", Intent.CONFIRM),
        ("no dear, not that one", Intent.DENY),
        ("na baba, ota ami chaini", Intent.DENY),
        ("వద్దు బాబూ", Intent.DENY),
        ("ಬೇಡ ಅಪ್ಪ", Intent.DENY),
        ("alla mole, athu njan paranjilla", Intent.DENY),
        ("nahi puttar, eh main nahi manggeya", Intent.DENY),
    ],
)
def test_yes_or_no_with_a_calling_word_keeps_its_intent(text: str, intent: Intent) -> None:
    assert parse(text, catalog=SHOP).intent == intent
