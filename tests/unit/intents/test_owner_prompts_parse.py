"""What the owner is told to type must parse as what it is said to do, in every locale.

The owner's help text and the order prompts quote example commands ("rice 50", "A1042 out",
"{order_number} delivered"). Every owner.* message of every locale is rendered through the
translator (locales.translator) with a marker for each placeholder, and its "quoted" parts are
taken as the example commands; {order_number} becomes a real order number. A quote holding only
a placeholder ("{item}", "{status}") echoes a value back and is no command.

Only the meaning of each message's examples is written here (MEANS), never the examples:
a translator may reword an example, and the parser has to understand the new wording.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import pytest

from intents import Intent, parse
from locales import LOCALES, Translator, translator

from ..locales.samples import SAMPLES

ORDER_NUMBER = "A1001"


@dataclass(frozen=True)
class Means:
    intent: Intent
    status: str | None = None  # the target status of an advance_order


ADVANCE_OUT = Means(Intent.ADVANCE_ORDER, "out_for_delivery")
ADVANCE_DELIVERED = Means(Intent.ADVANCE_ORDER, "delivered")

# message id -> what its quoted examples mean, in the order they are quoted.
MEANS: dict[str, tuple[Means, ...]] = {
    "owner.welcome": (Means(Intent.HELP),),
    "owner.help": (
        Means(Intent.SET_STOCK),
        Means(Intent.ADJUST_STOCK),
        Means(Intent.SET_PRICE),
        Means(Intent.ADD_PRODUCT),
        Means(Intent.LOW_STOCK),
        Means(Intent.TODAY_SUMMARY),
        Means(Intent.OPEN_SHOP),
        Means(Intent.CLOSE_SHOP),
        ADVANCE_OUT,
    ),
    "owner.order.accepted": (ADVANCE_OUT,),
    "owner.order.packing": (ADVANCE_OUT,),
    "owner.order.out": (ADVANCE_DELIVERED,),
    "owner.price.invalid": (Means(Intent.SET_PRICE),),
    "owner.shop.closed": (Means(Intent.OPEN_SHOP),),
}

# Owner messages that quote a command the parser never sees.
NOT_PARSED: dict[str, str] = {
    "owner.telegram.link_invalid": 'bot/owner.py answers "telegram" itself, before any parse',
}

_QUOTED = re.compile(r'"([^"\n]+)"|“([^”\n]+)”|«([^»\n]+)»')
_MARKER = re.compile(r"⟦(\w+)⟧")
_ORDER_REF = re.compile(r"(?<![\w])([A-Z]\d{3,6})(?![\d])")
_SIGNED = re.compile(r"([+-])\s*(\d+)")
_MARKERS = {name: f"⟦{name}⟧" for name in (*SAMPLES, "count")}


def owner_ids() -> list[str]:
    return sorted(msgid for msgid in translator("en").msgids if msgid.startswith("owner."))


def _render(tr: Translator, msgid: str) -> str:
    try:
        return tr.t(msgid, **_MARKERS)
    except KeyError as error:
        if "plural" not in str(error):
            raise
        return tr.tn(msgid, f"{msgid}.plural", 2, **_MARKERS)


def _fill(match: re.Match[str]) -> str:
    name = match.group(1)
    return ORDER_NUMBER if name == "order_number" else SAMPLES[name]


def examples(locale: str, msgid: str) -> list[str]:
    """The commands MSGID quotes in LOCALE, placeholders filled, in order."""
    found = []
    for match in _QUOTED.finditer(_render(translator(locale), msgid)):
        quoted = next(group for group in match.groups() if group is not None).strip()
        if not _MARKER.sub("", quoted).strip(" .,:-"):
            continue  # "{item}", "{status}": a value echoed back
        found.append(_MARKER.sub(_fill, quoted))
    return found


def _number(text: str) -> int:
    numbers = [int(n) for n in re.findall(r"\d+", _ORDER_REF.sub(" ", text))]
    assert len(numbers) == 1, f"{text!r}: expected one number"
    return numbers[0]


def _shop_product(locale: str) -> str:
    """The product the locale's help uses in its examples: its set-stock example without the number."""
    help_examples = examples(locale, "owner.help")
    stock = help_examples[MEANS["owner.help"].index(Means(Intent.SET_STOCK))]
    return re.sub(r"[\d+\-.]", " ", stock).strip().casefold()


def _check(locale: str, msgid: str, text: str, means: Means) -> None:
    result = parse(text, role="owner")
    seen = f"{locale} {msgid}: {text!r} -> {result.intent.value} {result.slots} {[i.text for i in result.items]}"
    assert result.intent == means.intent, seen
    ref = _ORDER_REF.search(text)
    if means.intent == Intent.ADVANCE_ORDER:
        assert ref is not None, seen
        assert result.slots.get("order_ref") == ref.group(1), seen
        assert result.slots.get("status") == means.status, seen
        return
    assert "order_ref" not in result.slots, seen
    if means.intent in (Intent.SET_STOCK, Intent.ADJUST_STOCK, Intent.SET_PRICE, Intent.ADD_PRODUCT):
        assert len(result.items) == 1, seen
        item = result.items[0].text.casefold()
        assert item and item in text.casefold() and not any(char.isdigit() for char in item), seen
        product = _shop_product(locale)
        if msgid == "owner.help" or product in text.casefold():
            assert item == product, seen
    if means.intent == Intent.SET_STOCK:
        assert result.slots == {"stock": _number(text)}, seen
    elif means.intent == Intent.ADJUST_STOCK:
        signed = _SIGNED.search(text)
        assert signed is not None, seen
        delta = int(signed.group(2)) * (-1 if signed.group(1) == "-" else 1)
        assert result.slots == {"stock_delta": delta}, seen
    elif means.intent == Intent.SET_PRICE:
        assert result.slots == {"price_paise": _number(text) * 100}, seen
    elif means.intent == Intent.ADD_PRODUCT:
        assert result.slots.get("query", "").casefold() == result.items[0].text.casefold(), seen
        assert "barcode" not in result.slots, seen


def test_every_owner_message_that_quotes_a_command_is_checked() -> None:
    quoting = {msgid for locale in LOCALES for msgid in owner_ids() if examples(locale, msgid)}
    assert quoting - set(NOT_PARSED) == set(MEANS), "map the new message in MEANS (or NOT_PARSED, with the reason)"
    assert set(NOT_PARSED) <= quoting


def test_placeholders_become_a_real_order_number() -> None:
    assert examples("en", "owner.order.accepted") == [f"{ORDER_NUMBER} out"]
    assert examples("en", "owner.product.not_found") == []  # "{item}" echoes what the owner wrote


@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize("msgid", sorted(MEANS))
def test_quoted_commands_parse_as_advertised(locale: str, msgid: str) -> None:
    found = examples(locale, msgid)
    expected = MEANS[msgid]
    assert len(found) == len(expected), f"{locale} {msgid}: quotes {found}, MEANS expects {len(expected)}"
    for text, means in zip(found, expected):
        _check(locale, msgid, text, means)


# What owners naturally type for the day's orders and sales: "today" alone, and with an
# "orders" or "sale" word, in every language.
TODAY_VARIANTS: dict[str, tuple[str, ...]] = {
    "en": ("today", "Today", "today's orders", "todays orders", "today orders", "orders today",
           "sales today", "today sales", "today's sale", "how many orders today"),
    "hi_Latn": ("aaj", "aaj ka hisaab", "aaj ki bikri", "aaj ki sale", "aaj ke orders", "aaj ke order",
                "orders aaj", "aaj kitne order aaye"),
    "hi": ("आज", "आज की बिक्री", "आज का हिसाब", "आज के ऑर्डर", "आज की सेल"),
    "bn": ("আজ", "আজকের অর্ডার", "আজকের বিক্রি", "আজকের হিসাব", "আজ কটা অর্ডার", "আজ কত বিক্রি"),
    "ta": ("இன்று", "இன்னைக்கு", "இன்று ஆர்டர்", "இன்றைய ஆர்டர்கள்", "இன்றைய விற்பனை", "இன்று விற்பனை",
           "இன்னைக்கு எத்தனை ஆர்டர்"),
    "te": ("ఈరోజు", "ఈ రోజు", "ఈరోజు ఆర్డర్లు", "ఈ రోజు ఆర్డర్లు", "ఈరోజు అమ్మకాలు", "ఈరోజు ఎన్ని ఆర్డర్లు"),
    "mr": ("आज", "आजच्या ऑर्डर", "आजची विक्री", "आजचा हिशोब", "आज किती ऑर्डर"),
    "gu": ("આજે", "આજ", "આજના ઓર્ડર", "આજનું વેચાણ", "આજનો હિસાબ", "આજે કેટલા ઓર્ડર"),
    "kn": ("ಇವತ್ತು", "ಇಂದು", "ಇವತ್ತಿನ ಆರ್ಡರ್", "ಇಂದಿನ ಆರ್ಡರ್\u200cಗಳು", "ಇವತ್ತಿನ ಮಾರಾಟ", "ಇಂದಿನ ಮಾರಾಟ",
           "ಇವತ್ತು ಎಷ್ಟು ಆರ್ಡರ್"),
    "ml": ("ഇന്ന്", "ഇന്നത്തെ ഓർഡർ", "ഇന്നത്തെ ഓർഡറുകൾ", "ഇന്നത്തെ വിൽപ്പന", "ഇന്ന് എത്ര ഓർഡർ"),
    "pa": ("ਅੱਜ", "ਅੱਜ ਦੇ ਆਰਡਰ", "ਅੱਜ ਦੀ ਵਿਕਰੀ", "ਅੱਜ ਦਾ ਹਿਸਾਬ", "ਅੱਜ ਕਿੰਨੇ ਆਰਡਰ"),
    "or": ("ଆଜି", "ଆଜିର ଅର୍ଡର", "ଆଜିର ବିକ୍ରି", "ଆଜିର ହିସାବ", "ଆଜି କେତେ ଅର୍ଡର"),
}


@pytest.mark.parametrize(
    "text", [text for texts in TODAY_VARIANTS.values() for text in texts], ids=lambda text: text
)
def test_today_variants_ask_for_the_day(text: str) -> None:
    result = parse(text, role="owner")
    assert result.intent == Intent.TODAY_SUMMARY, (result.intent, result.slots, [i.text for i in result.items])
    assert not result.items


# Other wordings of the advertised commands that owners type.
VARIANTS: list[tuple[str, Intent, dict[str, str]]] = [
    ("ডাল যোগ করুন", Intent.ADD_PRODUCT, {"query": "ডাল"}),
    ("బియ్యం చేర్చండి", Intent.ADD_PRODUCT, {"query": "బియ్యం"}),
    ("ଚାଉଳ ଯୋଡ଼ନ୍ତୁ", Intent.ADD_PRODUCT, {"query": "ଚାଉଳ"}),
    ("দোকান খুলে দাও", Intent.OPEN_SHOP, {}),
    ("দোকান খুলুন", Intent.OPEN_SHOP, {}),
    ("షాపు మూసేయండి", Intent.CLOSE_SHOP, {}),
    ("షాపు మూసెయ్", Intent.CLOSE_SHOP, {}),
    ("A1001 is out", Intent.ADVANCE_ORDER, {"order_ref": "A1001", "status": "out_for_delivery"}),
    ("A1001 pahunch gaya", Intent.ADVANCE_ORDER, {"order_ref": "A1001", "status": "delivered"}),
    ("A1001 पहुंचा", Intent.ADVANCE_ORDER, {"order_ref": "A1001", "status": "delivered"}),
    ("A1001 পৌঁছে গেছে", Intent.ADVANCE_ORDER, {"order_ref": "A1001", "status": "delivered"}),
    ("A1001 புறப்பட்டாச்சு", Intent.ADVANCE_ORDER, {"order_ref": "A1001", "status": "out_for_delivery"}),
    ("A1001 નીકળી ગયો", Intent.ADVANCE_ORDER, {"order_ref": "A1001", "status": "out_for_delivery"}),
    ("A1001 પહોંચી ગયો", Intent.ADVANCE_ORDER, {"order_ref": "A1001", "status": "delivered"}),
    ("A1001 ਨਿਕਲ ਗਿਆ", Intent.ADVANCE_ORDER, {"order_ref": "A1001", "status": "out_for_delivery"}),
    # "today" with something else in it is not a request for the day's figures
    ("aaj nahi", Intent.DENY, {}),
    ("aaj band", Intent.CLOSE_SHOP, {}),
    ("aaj low stock", Intent.LOW_STOCK, {}),
    ("aaj maggi 50", Intent.SET_STOCK, {"stock": 50}),
    # "out" of an order is not "out of stock"
    ("maggi out of stock", Intent.SET_STOCK, {"stock": 0}),
]


@pytest.mark.parametrize(("text", "intent", "slots"), VARIANTS, ids=[case[0] for case in VARIANTS])
def test_owner_variants(text: str, intent: Intent, slots: dict[str, str]) -> None:
    result = parse(text, role="owner")
    assert result.intent == intent, (result.intent, result.slots)
    assert {key: result.slots.get(key) for key in slots} == slots


@pytest.mark.parametrize("text", ["today", "aaj", "आज", "இன்று", "A1001 out"])
def test_customers_do_not_get_owner_readings(text: str) -> None:
    assert parse(text).intent not in (Intent.TODAY_SUMMARY, Intent.ADVANCE_ORDER)
