# ruff: noqa: N999
"""Fixer BK, a customer's short commands and requests for a person in all eleven languages: asking
for someone at the shop to talk or call back is talk_to_shop; a lone "?" or "how does this work"
is help; "cart" with a word for "look" shows the cart, "cart mokla kara" empties it; "my order?"
asks its status; a greeting that asks whether the shop is open, or says who is writing and her
street, greets. A product named with an amount stays an order."""

from __future__ import annotations

import pytest

from intents.parse import parse
from intents.short_asks import only_asks
from intents.types import Intent
from tests.unit.intents.eval_shop import build_eval_shop

SHOP = build_eval_shop()

T, H, S, C, O, G = (
    Intent.TALK_TO_SHOP,
    Intent.HELP,
    Intent.SHOW_CART,
    Intent.CLEAR_CART,
    Intent.ORDER_STATUS,
    Intent.GREET,
)

# (text, intent): six or more a language, native script and romanised.
CASES = [
    ("could you call me back please", T),
    ("pls give me a call, long list", T),
    ("?", H),
    ("my order?", O),
    ("good evening sir, are you open today? its saturday", G),
    ("hello, this is Meena from 4th cross", G),
    ("bhaiya mujhe call kar do, saaman bahut hai", T),
    ("koi dukaan se phone kar lena please", T),
    ("मुझे फोन कर दो, लिस्ट लंबी है", T),
    ("mera order?", O),
    ("मेरा ऑर्डर?", O),
    ("namaste bhaiya, aaj dukaan khuli hai? ravivar hai", G),
    ("dokaner kaaro sathe kotha bolte chai", T),
    ("দোকানের কারো সাথে কথা বলব", T),
    ("amake ekta phone korben dada", T),
    ("amar order?", O),
    ("আমার অর্ডার?", O),
    ("eta kivabe use korbo?", H),
    ("kadaila yaaravadhu enkitta pesunga", T),
    ("enakku oru call pannunga anna", T),
    ("cart paarunga", S),
    ("en order?", O),
    ("என் ஆர்டர்?", O),
    ("வணக்கம் அண்ணா, நான் செல்வி, 3வது தெரு", G),
    ("shop owner tho matladandi", T),
    ("naaku oka phone cheyyandi", T),
    ("cart chudandi", S),
    ("naa order?", O),
    ("నా ఆర్డర్?", O),
    ("namaskaram andi, ivala shop open aa? sunday kada", G),
    ("dukanwalyanshi bolna karun dya", T),
    ("mala ek call kara", T),
    ("cart mokla kara", C),
    ("कार्ट मोकळा करा", C),
    ("maza order?", O),
    ("माझा ऑर्डर?", O),
    ("dukan vala ne kaho mane phone karjo", T),
    ("mane call karjo bhai", T),
    ("cart juo", S),
    ("maro order?", O),
    ("મારો ઓર્ડર?", O),
    ("kem cho bhai, aaje dukan open che? ravivar che", G),
    ("angadi avru nanna jothe maathadi", T),
    ("nange ondu phone maadi", T),
    ("cart nodri", S),
    ("ಕಾರ್ಟ್ ನೋಡು", S),
    ("nanna order?", O),
    ("ನನ್ನ ಆರ್ಡರ್?", O),
    ("chetta, enne onnu vilikkumo", T),
    ("kadayil ninnu aarenkilum vilikkane", T),
    ("cart kaaliyakku", C),
    ("cart nokku", S),
    ("ente order?", O),
    ("എന്റെ ഓർഡർ?", O),
    ("veerji dukaan wale naal gall karao", T),
    ("ਮੈਨੂੰ ਫ਼ੋਨ ਕਰ ਦਿਓ ਜੀ", T),
    ("cart vekho", S),
    ("meri order?", O),
    ("ਮੇਰਾ ਆਰਡਰ?", O),
    ("sat sri akal ji, ajj dukaan khulli hai? aithvaar aa", G),
    ("dokani sahita katha kariba", T),
    ("mote call karantu", T),
    ("ମୋତେ ଫୋନ କରନ୍ତୁ, ଲିଷ୍ଟ ବଡ଼", T),
    ("cart dekha", S),
    ("mo order?", O),
    ("ମୋ ଅର୍ଡର?", O),
]


@pytest.mark.parametrize(("text", "intent"), CASES)
def test_short_asks(text: str, intent: Intent) -> None:
    assert parse(text, catalog=SHOP).intent == intent


# Nearby messages whose parse must stay: goods with an amount, a time asked, an address given,
# the order named with something to do, a "?" beside goods, the owner's own lines.
MUST_STAY = [
    ("cart mein 3 maggi aur daal do", "customer", Intent.ADD_ITEMS),
    ("hi, open today? 2 kg atta chahiye", "customer", Intent.ADD_ITEMS),
    ("my order 2 kg atta", "customer", Intent.ADD_ITEMS),
    ("mera order cancel karo", "customer", Intent.CANCEL_ORDER),
    ("? 2 kg atta", "customer", Intent.ADD_ITEMS),
    (
        "vanakkam, naan Raman, 12 Gandhi street, 600042 ku deliver pannunga",
        "customer",
        Intent.GIVE_ADDRESS,
    ),
    ("hi i am Ravi, flat 302 Green Park, MG road", "customer", Intent.GIVE_ADDRESS),
    ("cart nodi, 2 maggi add maadi", "customer", Intent.ADD_ITEMS),
    ("what's the eta?", "customer", Intent.ORDER_STATUS),
    ("hello, kada open aano? 1 kg pachari venam", "customer", Intent.ADD_ITEMS),
    ("namaste, main Sunita, 2 kilo atta chahiye", "customer", Intent.ADD_ITEMS),
    ("cart dikhao", "customer", Intent.SHOW_CART),
    ("amar order ta kothay?", "customer", Intent.ORDER_STATUS),
    ("maggi 50", "owner", Intent.SET_STOCK),
]


@pytest.mark.parametrize(("text", "role", "intent"), MUST_STAY)
def test_must_stay(text: str, role: str, intent: Intent) -> None:
    assert parse(text, role=role, catalog=SHOP).intent == intent  # type: ignore[arg-type]


def test_owner_question_mark_is_no_help() -> None:
    assert parse("?", role="owner", catalog=SHOP).intent != Intent.HELP


@pytest.mark.parametrize(
    ("text", "asks"), [("?", True), ("???", True), ("?!", True), ("!", False), ("a?", False)]
)
def test_only_asks(text: str, asks: bool) -> None:
    assert only_asks(text) is asks
