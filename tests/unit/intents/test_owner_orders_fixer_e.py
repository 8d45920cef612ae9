"""Owner families (fixer E): an order command with no number ("accept the last one"), an order
that went for delivery, the shop opened with a second clause, how many orders today, and a
product no longer sold said with the word for selling. Phrasings written for these tests."""

from __future__ import annotations

import pytest

from intents import Intent, parse


def _owner(text: str) -> tuple[Intent, dict[str, object]]:
    result = parse(text, role="owner")
    return result.intent, dict(result.slots)


NEWEST = {"which_order": "newest"}


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("accept the latest order", Intent.ACCEPT_ORDER),
        ("reject the last one", Intent.REJECT_ORDER),
        ("reject the new order", Intent.REJECT_ORDER),
        ("aakhri order accept karo", Intent.ACCEPT_ORDER),
        ("pichla order accept karo", Intent.ACCEPT_ORDER),
        ("आखिरी ऑर्डर रद्द करो", Intent.REJECT_ORDER),
        ("শেষ অর্ডারটা accept করো", Intent.ACCEPT_ORDER),
        ("shesh order ta batil koro", Intent.REJECT_ORDER),
        ("kadaisi order accept pannu", Intent.ACCEPT_ORDER),
        ("చివరి ఆర్డర్ రద్దు చేయండి", Intent.REJECT_ORDER),
        ("shevatchi order accept kara", Intent.ACCEPT_ORDER),
        ("chhello order reject karo", Intent.REJECT_ORDER),
        ("ಕೊನೆಯ ಆರ್ಡರ್ ಒಪ್ಪಿಕೊಳ್ಳಿ", Intent.ACCEPT_ORDER),
        ("avasanathe order cancel cheyyu", Intent.REJECT_ORDER),
        ("ਆਖਰੀ ਆਰਡਰ ਰੱਦ ਕਰੋ", Intent.REJECT_ORDER),
        ("ଶେଷ ଅର୍ଡର ବାତିଲ କର", Intent.REJECT_ORDER),
        ("sesha order accept kara", Intent.ACCEPT_ORDER),
    ],
)
def test_the_last_order_accepted_or_rejected_without_its_number(text: str, intent: Intent) -> None:
    assert _owner(text) == (intent, NEWEST)


def test_the_last_order_moved_on_without_its_number() -> None:
    assert _owner("last order nikal gaya") == (Intent.ADVANCE_ORDER, {**NEWEST, "status": "out_for_delivery"})
    assert _owner("ଶେଷ ଅର୍ଡର ପହଞ୍ଚିଗଲା") == (Intent.ADVANCE_ORDER, {**NEWEST, "status": "delivered"})


@pytest.mark.parametrize(
    ("text", "intent"),
    [("last order ok", Intent.ACCEPT_ORDER), ("చివరి ఆర్డర్ వద్దు", Intent.REJECT_ORDER), ("kadaisi order vendam", Intent.REJECT_ORDER),
     ("છેલ્લો ઓર્ડર ના", Intent.REJECT_ORDER)],
)
def test_a_yes_or_no_said_of_the_last_order_is_the_command(text: str, intent: Intent) -> None:
    assert _owner(text) == (intent, NEWEST)


def test_a_no_beside_a_last_word_with_no_order_word_is_no_rejection() -> None:
    assert _owner("last one no")[0] != Intent.REJECT_ORDER


def test_an_order_command_with_neither_number_nor_last_word_has_no_slot() -> None:
    assert _owner("order accept karo") == (Intent.ACCEPT_ORDER, {})
    assert _owner("ऑर्डर रद्द करो") == (Intent.REJECT_ORDER, {})


@pytest.mark.parametrize(
    ("text", "intent"),
    [("haan", Intent.CONFIRM), ("ok", Intent.CONFIRM), ("order ok", Intent.CONFIRM), ("nahi", Intent.DENY),
     ("dukaan khol di, orders le lo", Intent.OPEN_SHOP)],
)
def test_a_bare_yes_or_no_or_the_shop_opening_is_no_order_command(text: str, intent: Intent) -> None:
    assert _owner(text)[0] == intent


def test_a_customer_asking_for_the_last_order_again_still_reorders() -> None:
    assert parse("last order", role="customer").intent == Intent.REORDER
    assert parse("chhello order moklo", role="customer").intent == Intent.REORDER
    assert parse("majhi order radd kara", role="customer").intent == Intent.CANCEL_ORDER


@pytest.mark.parametrize(
    "text",
    [
        "A1042 went for delivery",
        "A1042 delivery ke liye gaya",
        "A1042 डिलीवरी के लिए गया",
        "A1042 delivery mate gayo",
        "A1042 ડિલિવરી માટે ગયો",
        "A1042 delivery layi gaya",
        "A1042 ਡਿਲੀਵਰੀ ਲਈ ਗਿਆ",
        "A1042 delivery pain gala",
        "A1042 ଡେଲିଭରି ପାଇଁ ଗଲା",
        "A1042 bahariki gala",
    ],
)
def test_an_order_that_went_for_delivery_is_out_for_delivery(text: str) -> None:
    assert _owner(text) == (Intent.ADVANCE_ORDER, {"order_ref": "A1042", "status": "out_for_delivery"})


@pytest.mark.parametrize("text", ["kadai thirandhachu, ippo order pannalam", "kadai thirandhachu, saaman vaanga vaanga"])
def test_the_shop_opened_with_a_second_clause(text: str) -> None:
    assert _owner(text)[0] == Intent.OPEN_SHOP


@pytest.mark.parametrize(
    "text",
    [
        "aaj kitne order hue",
        "আজ কত অর্ডার হল",
        "ee roju enni orders ayyayi",
        "aaj kiti order zalya",
        "aaje ketla order thaya",
        "ajj kinne order hoye",
        "aji kete order hela",
        "innu ethra orders, total ethra",
        "ଆଜି କେତୋଟି ଅର୍ଡର ଆସିଛି",
        "ajke koyta order holo",
    ],
)
def test_how_many_orders_today_with_any_verb(text: str) -> None:
    assert _owner(text)[0] == Intent.TODAY_SUMMARY


def test_a_product_no_longer_sold_is_no_sales_question() -> None:
    result = parse("maggi ab nahi bechenge, band karo", role="owner")
    assert result.intent == Intent.DEACTIVATE_PRODUCT
    assert [item.text for item in result.items] == ["maggi"]
    assert _owner("aaj ki sales")[0] == Intent.TODAY_SUMMARY


@pytest.mark.parametrize(
    "text",
    ["shop band karo", "dukaan band kar do", "দোকান বন্ধ করো", "ਦੁਕਾਨ ਬੰਦ ਕਰੋ", "દુકાન બંધ કરો", "दुकान बंद करा", "ଦୋକାନ ବନ୍ଦ କର",
     "கடையை மூடு", "ದುಕಾನ್ ಬಂದ್"],
)
def test_the_stop_words_said_of_the_shop_close_it(text: str) -> None:
    assert _owner(text)[0] == Intent.CLOSE_SHOP


def test_the_stop_words_said_of_a_product_still_stop_selling_it() -> None:
    result = parse("maggi band karo", role="owner")
    assert (result.intent, [item.text for item in result.items]) == (Intent.DEACTIVATE_PRODUCT, ["maggi"])
    assert _owner("dukaan khol do")[0] == Intent.OPEN_SHOP
