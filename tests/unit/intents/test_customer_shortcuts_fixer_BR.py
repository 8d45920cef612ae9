# ruff: noqa: N999
"""Fixer BR, a customer's short turns that read like something else, in all eleven languages:
an address opened by a house-number word ("ghar number 7, …", "saranamu: …") gives the address; a
payment app with a glued case ending ("phonepe-la") chooses UPI; an order reference with "hurry"
asks its status; "how do I …" asks for help; "last time's order again" reorders; "X out, Y is fine"
removes only X; "make it N packets" with the case ending glued on changes the amount."""

from __future__ import annotations

import pytest

from intents.parse import parse
from intents.types import Intent
from tests.unit.intents.eval_shop import build_eval_shop

SHOP = build_eval_shop()

A, P, S, H, R, X, C = (
    Intent.GIVE_ADDRESS,
    Intent.CHOOSE_PAYMENT,
    Intent.ORDER_STATUS,
    Intent.HELP,
    Intent.REORDER,
    Intent.REMOVE_ITEM,
    Intent.CHANGE_QUANTITY,
)

# (text, intent): six or more a language, native script and romanised.
CASES = [
    ("house no 14, Lake View, Whitefield", A),
    ("flat no 5C, Palm Grove, Andheri East", A),
    ("googlepay-la pay pannuren", P),
    ("Z9912 quickly please", S),
    ("how do i see the cart?", H),
    ("remove coke, sprite is fine", X),
    ("ghar number 22/3, Arera Hills, Bhopal", A),
    ("मकान नंबर 9, मालवीय, जयपुर", A),
    ("paytm-se kar deti hoon", P),
    ("B4410 jaldi bhejo na", S),
    ("ऑर्डर कैसे देखूं?", H),
    ("surf hatao, ghadi chalega", X),
    ("bari number 5, Ballygunge, Kolkata", A),
    ("বাড়ি নম্বর 31, বালিগঞ্জ, কলকাতা", A),
    ("gpay-te debo", P),
    ("C2231 taratari pathao na", S),
    ("মাসের লিস্ট কিভাবে পাঠাবো?", H),
    ("আগের বারের অর্ডার আবার পাঠান", R),
    ("maggi bad dao, yippee cholbe", X),
    ("veedu enn 3/41, Adyar, Chennai", A),
    ("வீட்டு எண் 7, அடையார், சென்னை", A),
    ("paytm-la anuppuren", P),
    ("D7781 seekiram kudunga", S),
    ("மாத லிஸ்ட் எப்படி போடுறது?", H),
    ("pona murai order thirumba podunga", R),
    ("தயிர் 2 பாக்கெட்டா ஆக்குங்க", C),
    ("inti number 2-3-45, Ameerpet, Hyderabad", A),
    ("ఇంటి నం 6-1-90, జూబ్లీ హిల్స్, హైదరాబాద్", A),
    ("phonepe-lo pay chesta", P),
    ("E5512 twaraga pampinchandi", S),
    ("nela list ela pampali?", H),
    ("poyina saari order malli pettandi", R),
    ("lays teesey, kurkure chaalu", X),
    ("घर क्रमांक 4, शाहूपुरी, कोल्हापूर", A),
    ("ghar kramank 4, Shahupuri, Kolhapur", A),
    ("gpay-ne karto", P),
    ("F3310 lavkar pathva na", S),
    ("cart kasa baghaycha?", H),
    ("मागच्या वेळी ची ऑर्डर पुन्हा द्या", R),
    ("bourbon nako, good day chalel", X),
    ("ghar nambar 18, Naranpura, Amdavad", A),
    ("ઘર નંબર 18, નારણપુરા, અમદાવાદ", A),
    ("saranamu: 8, Krishna Kunj, Satellite", A),
    ("phonepe-thi aapish", P),
    ("G6621 jaldi moklo", S),
    ("cart kem jovu?", H),
    ("gaya vakhat no order pharithi moklo", R),
    ("mane number 12, Malleshwaram, Bengaluru", A),
    ("ಮನೆ ನಂಬರ್ 12, ಮಲ್ಲೇಶ್ವರಂ, ಬೆಂಗಳೂರು", A),
    ("paytm-alli kodthini", P),
    ("H1290 bega kalsi", S),
    ("ತಿಂಗಳ ಲಿಸ್ಟ್ ಹೇಗೆ ಹಾಕೋದು?", H),
    ("kaleda sala order matte kalsi", R),
    ("colgate beda, closeup saaku", X),
    ("ಮೊಸರು 2 ಪ್ಯಾಕೆಟ್ಟಾಗಿ ಮಾಡಿ", C),
    ("veettu number 9/210, Kaloor, Kochi", A),
    ("വീട്ടു നമ്പർ 9/210, കലൂർ, കൊച്ചി", A),
    ("gpay-il ayachu tharam", P),
    ("J4410 vegam ethikku", S),
    ("മാസ ലിസ്റ്റ് എങ്ങനെ ഇടാം?", H),
    ("കഴിഞ്ഞ പ്രാവശ്യത്തെ ഓർഡർ ഒന്നൂടെ", R),
    ("തൈര് 4 പാക്കറ്റാക്കൂ", C),
    ("kazhinja thavanathe order onnoode", R),
    ("ghar number 44, Sarabha, Ludhiana", A),
    ("ਘਰ ਨੰਬਰ 44, ਸਰਾਭਾ, ਲੁਧਿਆਣਾ", A),
    ("gpay-te kar dewanga", P),
    ("K7712 jaldi bhejo na ji", S),
    ("ਕਾਰਟ ਕਿਵੇਂ ਦੇਖਾਂ?", H),
    ("pichli vaar wala order fer bhejo ji", R),
    ("ghara number 3, Jharpada, Bhubaneswar", A),
    ("ଘର ନମ୍ବର 3, ଝାରପଡ଼ା, ଭୁବନେଶ୍ୱର", A),
    ("phonepe-re deba", P),
    ("L2281 shighra pathantu na", S),
    ("cart kemiti dekhibi?", H),
    ("ଗତ ଥରର ଅର୍ଡର ପୁଣି ପଠାନ୍ତୁ", R),
]


@pytest.mark.parametrize(("text", "intent"), CASES)
def test_intent(text: str, intent: Intent) -> None:
    assert parse(text, catalog=SHOP).intent == intent


@pytest.mark.parametrize(
    ("text", "ref"),
    [
        ("B4410 jaldi bhejo na", "B4410"),
        ("F3310 lavkar pathva na", "F3310"),
        ("L2281 shighra pathantu na", "L2281"),
    ],
)
def test_hurry_keeps_the_order_ref(text: str, ref: str) -> None:
    assert parse(text, catalog=SHOP).slots.get("order_ref") == ref.upper()


@pytest.mark.parametrize(
    ("text", "removed"),
    [
        ("remove coke, sprite is fine", "coke"),
        ("maggi bad dao, yippee cholbe", "maggi"),
        ("colgate beda, closeup saaku", "colgate"),
    ],
)
def test_only_the_first_is_removed(text: str, removed: str) -> None:
    items = parse(text, catalog=SHOP).items
    assert [item.text for item in items] == [removed]


@pytest.mark.parametrize(
    ("text", "count"),
    [("தயிர் 2 பாக்கெட்டா ஆக்குங்க", 2), ("ಮೊಸರು 2 ಪ್ಯಾಕೆಟ್ಟಾಗಿ ಮಾಡಿ", 2), ("തൈര് 4 പാക്കറ്റാക്കൂ", 4)],
)
def test_glued_packets_keep_the_unit(text: str, count: int) -> None:
    (item,) = parse(text, catalog=SHOP).items
    assert (item.quantity, item.unit) == (count, "packet")


def test_saranamu_label_is_not_the_address() -> None:
    assert (
        parse("saranamu: 8, Krishna Kunj, Satellite", catalog=SHOP).slots["address"]
        == "8, Krishna Kunj, Satellite"
    )


# Nearby messages whose reading must stay.
STAYS = [
    (
        "maggi venda, yippee 2 packet kudunga",
        Intent.ADD_ITEMS,
    ),  # a swap with an amount orders the new one
    ("A1234 cancel kar do jaldi", Intent.CANCEL_ORDER),
    ("kem cho bhai", Intent.GREET),
    ("jaldi bhejo bhaiya, 2 kg atta", Intent.ADD_ITEMS),
    ("paal 3 packet venum", Intent.ADD_ITEMS),
    ("flat 302 me 2 kg atta bhej do", Intent.ADD_ITEMS),
    ("gpay", Intent.CHOOSE_PAYMENT),
    ("2 kg atta, 1 packet milk", Intent.ADD_ITEMS),
    ("atta kaise diya?", Intent.BROWSE),
]


@pytest.mark.parametrize(("text", "intent"), STAYS)
def test_stays(text: str, intent: Intent) -> None:
    assert parse(text, catalog=SHOP).intent == intent
