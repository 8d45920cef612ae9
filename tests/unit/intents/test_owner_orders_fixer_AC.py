"""Owner families (fixer AC): the owner's words for ORDERS, the SHOP and the DAY in all eleven
languages: taking an order ("I took it", "ok kar diya", with a number, with "the last order" or
alone), turning one down with a reason after it, moving one on, closing or opening the shop
("shutters down", "tomorrow no shop, a wedding"), and the day's total. Phrasings written for
these tests."""

from __future__ import annotations

import pytest

from intents import Intent, parse

ACCEPT, REJECT, ADVANCE = Intent.ACCEPT_ORDER, Intent.REJECT_ORDER, Intent.ADVANCE_ORDER
CLOSE, OPEN, TODAY = Intent.CLOSE_SHOP, Intent.OPEN_SHOP, Intent.TODAY_SUMMARY
NEWEST = {"which_order": "newest"}


def _ref(ref: str, status: str | None = None) -> dict[str, object]:
    return {"order_ref": ref, **({"status": status} if status else {})}


def _owner(text: str) -> tuple[Intent, dict[str, object]]:
    result = parse(text, role="owner")
    return result.intent, dict(result.slots)


CASES = [
    # hi
    ("ले लिया भाई", ACCEPT, {}),
    ("A2211 ले लिया, पैक कर रहा हूँ", ACCEPT, _ref("A2211")),
    ("नया ऑर्डर ले लिया", ACCEPT, NEWEST),
    ("ok kar diya", ACCEPT, {}),
    ("A2212 nahi kar payenge, bahut door hai", REJECT, _ref("A2212")),
    ("aakhri order nahi ho payega, delivery boy nahi hai", REJECT, NEWEST),
    ("nahi ho payega, maal khatam", REJECT, {}),
    ("A2213 nikal gaya, delivery pe hai", ADVANCE, _ref("A2213", "out_for_delivery")),
    ("A2214 निकल गया डिलीवरी पर है", ADVANCE, _ref("A2214", "out_for_delivery")),
    ("A2213 de aaye", ADVANCE, _ref("A2213", "delivered")),
    ("A2213 packing ho rahi hai", ADVANCE, _ref("A2213", "processing")),
    ("pahuncha diya", ADVANCE, {"status": "delivered"}),
    ("order nikal gaya", ADVANCE, {"status": "out_for_delivery"}),
    ("shutter gira diya", CLOSE, {}),
    ("aaj kitne ka maal bika", TODAY, {}),
    ("आज का टोटल कितना", TODAY, {}),
    # en
    ("ok, taking it", ACCEPT, {}),
    ("accepted", ACCEPT, {}),
    ("A3001 accepted, packing now", ACCEPT, _ref("A3001")),
    ("last order 👍", ACCEPT, NEWEST),
    ("A3002 can't do it, out of stock", REJECT, _ref("A3002")),
    ("last order not possible, too far", REJECT, NEWEST),
    ("A3003 packing in progress", ADVANCE, _ref("A3003", "processing")),
    ("shutters down for today", CLOSE, {}),
    ("closing for the night", CLOSE, {}),
    ("shutter down, see you tomorrow", CLOSE, {}),
    ("today's total?", TODAY, {}),
    # mr
    ("A4001 घेतली, पॅक करतो", ACCEPT, _ref("A4001")),
    ("A4002 ghetli, tayar karto", ACCEPT, _ref("A4002")),
    ("shevatchi order ghetli", ACCEPT, NEWEST),
    ("A4003 नाही जमणार, माल संपला", REJECT, _ref("A4003")),
    ("jamnar nahi, maal sampla", REJECT, {}),
    ("A4004 डिलिव्हरीला आहे", ADVANCE, _ref("A4004", "out_for_delivery")),
    ("aajcha total kiti jhala", TODAY, {}),
    ("शटर खाली केलं", CLOSE, {}),
    # gu
    ("A5001 લીધો, તૈયાર કરું છું", ACCEPT, _ref("A5001")),
    ("chhello order lai lidho", ACCEPT, NEWEST),
    ("છેલ્લો ઓર્ડર ઓકે", ACCEPT, NEWEST),
    ("A5002 nahi thase, maal khatam", REJECT, _ref("A5002")),
    ("A5003 pahonchadi didho", ADVANCE, _ref("A5003", "delivered")),
    ("aaje total ketlu thayu", TODAY, {}),
    ("શટર પાડી દીધું", CLOSE, {}),
    # bn
    ("A6001 নিলাম, প্যাক করছি", ACCEPT, _ref("A6001")),
    ("nilam", ACCEPT, {}),
    ("শেষ অর্ডার ওকে", ACCEPT, NEWEST),
    ("A6002 hobe na, delivery boy nei", REJECT, _ref("A6002")),
    ("ajker total koto holo", TODAY, {}),
    ("shutter namiye diyechi", CLOSE, {}),
    # ta
    ("ஏத்துக்கிட்டேன்", ACCEPT, {}),
    ("A7001 எடுத்துக்கிறேன், pack பண்றேன்", ACCEPT, _ref("A7001")),
    ("kadaisi order ethukitten", ACCEPT, NEWEST),
    ("A7002 edukka mudiyadhu, romba dooram", REJECT, _ref("A7002")),
    ("mudiyadhu, stock illa", REJECT, {}),
    ("innaiku kadai leave", CLOSE, {}),
    ("naalaikku kadai leevu, sondhakaarar kalyanam", CLOSE, {}),
    ("innaiku total evlo", TODAY, {}),
    # te
    ("A8001 తీసుకున్నాను, ప్యాక్ చేస్తున్నా", ACCEPT, _ref("A8001")),
    ("sare, teesukunna", ACCEPT, {}),
    ("sari chesta", ACCEPT, {}),
    ("chivari order teesukunna", ACCEPT, NEWEST),
    ("kudaradu", REJECT, {}),
    ("A8002 kudaradu, chala dooram", REJECT, _ref("A8002")),
    ("shutter vesesam", CLOSE, {}),
    ("ivala total entha", TODAY, {}),
    # kn
    ("ಕೊನೆ ಆರ್ಡರ್ ಸರಿ", ACCEPT, NEWEST),
    ("ಕೊನೆ ಆರ್ಡರ್ ಓಕೆ", ACCEPT, NEWEST),
    ("A9001 ತಗೊಂಡೆ, ಪ್ಯಾಕ್ ಮಾಡ್ತೀನಿ", ACCEPT, _ref("A9001")),
    ("tagonde", ACCEPT, {}),
    ("aagalla, tumba doora", REJECT, {}),
    ("A9003 kottide", ADVANCE, _ref("A9003", "delivered")),
    ("angadi tegediddeeni", OPEN, {}),
    ("ivattu total eshtu aaytu", TODAY, {}),
    # ml
    ("eduthu", ACCEPT, {}),
    ("avasanathe order eduthu", ACCEPT, NEWEST),
    ("pattilla, delivery paiyan illa", REJECT, {}),
    ("A1102 പറ്റില്ല, സ്റ്റോക്ക് ഇല്ല", REJECT, _ref("A1102")),
    ("naale kada illa, kalyanam", CLOSE, {}),
    ("നാളെ കട ഇല്ല, ചേട്ടന്റെ കല്യാണം", CLOSE, {}),
    ("ഷട്ടർ ഇട്ടു", CLOSE, {}),
    ("ippo thirakkunnu", OPEN, {}),
    ("innathe total ethra", TODAY, {}),
    # pa
    ("lai liya ji", ACCEPT, {}),
    ("A1201 ਲੈ ਲਿਆ, ਤਿਆਰ ਕਰ ਰਿਹਾ ਹਾਂ", ACCEPT, _ref("A1201")),
    ("aakhri order lai liya", ACCEPT, NEWEST),
    ("nahi ho sakda, maal mukk gaya", REJECT, {}),
    ("ajj da total kinna bania?", TODAY, {}),
    ("ਅੱਜ ਦਾ ਟੋਟਲ ਕਿੰਨਾ ਬਣਿਆ", TODAY, {}),
    ("ajj dukaan band", CLOSE, {}),
    # or
    ("A1301 ନେଲୁ, ପ୍ୟାକ କରୁଛୁ", ACCEPT, _ref("A1301")),
    ("nelu", ACCEPT, {}),
    ("sesha order neli", ACCEPT, NEWEST),
    ("A1302 hebani, bahut dura", REJECT, _ref("A1302")),
    ("A1303 delivery ku baharila", ADVANCE, _ref("A1303", "out_for_delivery")),
    ("A1303 dei asilu", ADVANCE, _ref("A1303", "delivered")),
    ("aji total kete hela", TODAY, {}),
    ("ଶଟର ପକେଇ ଦେଲୁ", CLOSE, {}),
]


@pytest.mark.parametrize(("text", "intent", "slots"), CASES)
def test_owner_words_for_orders_the_shop_and_the_day(text: str, intent: Intent, slots: dict[str, object]) -> None:
    assert _owner(text) == (intent, slots)


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("ok", Intent.CONFIRM),  # a plain yes answers; it accepts no order
        ("haan ji", Intent.CONFIRM),
        ("👍", Intent.CONFIRM),
        ("sari", Intent.CONFIRM),
        ("nahi", Intent.DENY),
        ("nahi chahiye", Intent.DENY),
        ("no", Intent.DENY),
        ("maggi 50", Intent.SET_STOCK),
        ("maggi 20 le liya", Intent.SET_STOCK),
        ("close up 20", Intent.SET_STOCK),
        ("maggi khatam", Intent.SET_STOCK),
        ("maggi band karo", Intent.DEACTIVATE_PRODUCT),
        ("band maggi 0", Intent.DEACTIVATE_PRODUCT),
        ("A1234 kahan hai", Intent.ORDER_STATUS),
        ("A1234 accept kar lo, pack karta hoon", Intent.ACCEPT_ORDER),
        ("aaj kitne order aaye", Intent.TODAY_SUMMARY),
        ("dukaan band", Intent.CLOSE_SHOP),
        ("ready hai?", Intent.UNKNOWN),  # a question about an order moves none on
    ],
)
def test_near_misses_keep_their_reading(text: str, intent: Intent) -> None:
    assert parse(text, role="owner").intent == intent


def test_a_bare_command_beside_a_product_is_stock_talk() -> None:
    result = parse("maggi 20 le liya", role="owner")
    assert result.intent == Intent.SET_STOCK and result.slots == {"stock": 20}
