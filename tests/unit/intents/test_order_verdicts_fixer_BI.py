"""An owner's verdict on an order in a few words beside its number or "the last order", in all
eleven languages (fixer BI): reject, send out, delivered, accept; a reason may follow; questions,
bare numbers and customers' words stay as they were."""

from __future__ import annotations

import pytest

from intents import parse
from intents.types import Intent

R, A, ADV = Intent.REJECT_ORDER, Intent.ACCEPT_ORDER, Intent.ADVANCE_ORDER
OUT, DONE = "out_for_delivery", "delivered"

# (message, intent, status) — all about order B4410
NUMBERED: dict[str, list[tuple[str, Intent, str | None]]] = {
    "en": [
        ("B4410 nope", R, None),
        ("B4410 declined, oil is over", R, None),
        ("B4410 shipped", ADV, OUT),
        ("B4410 handed to the customer", ADV, DONE),
        ("B4410 given", ADV, DONE),
        ("B4410 okay", A, None),
    ],
    "hi": [
        ("B4410 नहीं, चीनी खत्म", R, None),
        ("B4410 na karo", R, None),
        ("B4410 bhej diye", ADV, OUT),
        ("B4410 भेजा", ADV, OUT),
        ("B4410 pahuch gya", ADV, DONE),
        ("B4410 पहुँच गया", ADV, DONE),
        ("B4410 ho jayega", A, None),
    ],
    "bn": [
        ("B4410 na, chini shesh", R, None),
        ("B4410 baatil", R, None),
        ("B4410 pathalam", ADV, OUT),
        ("B4410 পাঠিয়েছি", ADV, OUT),
        ("B4410 pounchhe geche", ADV, DONE),
        ("B4410 দিয়ে এলাম", ADV, DONE),
        ("B4410 hobe", A, None),
    ],
    "ta": [
        ("B4410 venaam", R, None),
        ("B4410 வேணாம், சர்க்கரை இல்ல", R, None),
        ("B4410 anuppitaen", ADV, OUT),
        ("B4410 அனுப்பிட்டேன்", ADV, OUT),
        ("B4410 koduthuten", ADV, DONE),
        ("B4410 குடுத்தாச்சு", ADV, DONE),
        ("B4410 aagum", A, None),
    ],
    "te": [
        ("B4410 voddu", R, None),
        ("B4410 వద్దు, పంచదార లేదు", R, None),
        ("B4410 pampesa", ADV, OUT),
        ("B4410 పంపించాము", ADV, OUT),
        ("B4410 icchesanu", ADV, DONE),
        ("B4410 ఇచ్చేశాను", ADV, DONE),
        ("B4410 avutundi", A, None),
    ],
    "mr": [
        ("B4410 nakko", R, None),
        ("B4410 नको, साखर संपली", R, None),
        ("B4410 नाकारली", R, None),
        ("B4410 pathavli", ADV, OUT),
        ("B4410 पाठवले", ADV, OUT),
        ("B4410 pohochvli", ADV, DONE),
        ("B4410 होईल", A, None),
    ],
    "gu": [
        ("B4410 na, khand khatam", R, None),
        ("B4410 ના", R, None),
        ("B4410 moklavi didhu", ADV, OUT),
        ("B4410 મોકલ્યો", ADV, OUT),
        ("B4410 aapi didho", ADV, DONE),
        ("B4410 આપી દીધું", ADV, DONE),
        ("B4410 thai jashe", A, None),
    ],
    "kn": [
        ("B4410 bedri", R, None),
        ("B4410 ಬೇಡ, ಸಕ್ಕರೆ ಇಲ್ಲ", R, None),
        ("B4410 kalsiddini", ADV, OUT),
        ("B4410 ಕಳಿಸಿದ್ದೀನಿ", ADV, OUT),
        ("B4410 kottaytu", ADV, DONE),
        ("B4410 ಕೊಟ್ಟಾಯ್ತು", ADV, DONE),
        ("B4410 aagutte", A, None),
    ],
    "ml": [
        ("B4410 vendaa", R, None),
        ("B4410 വേണ്ട, പഞ്ചസാര ഇല്ല", R, None),
        ("B4410 ayachittundu", ADV, OUT),
        ("B4410 അയച്ചിട്ടുണ്ട്", ADV, OUT),
        ("B4410 koduthittund", ADV, DONE),
        ("B4410 എത്തിച്ചു", ADV, DONE),
        ("B4410 nadakkum", A, None),
    ],
    "pa": [
        ("B4410 ਨਹੀਂ, ਖੰਡ ਮੁੱਕ ਗਈ", R, None),
        ("B4410 ਨਾ ਕਰੋ", R, None),
        ("B4410 bhej ditta", ADV, OUT),
        ("B4410 ਭੇਜਿਆ", ADV, OUT),
        ("B4410 pahunch gya", ADV, DONE),
        ("B4410 ਪਹੁੰਚ ਗਿਆ", ADV, DONE),
        ("B4410 ho jauga", A, None),
    ],
    "or": [
        ("B4410 ନା, ଚିନି ସରିଗଲା", R, None),
        ("B4410 ନା କର", R, None),
        ("B4410 pathei deli", ADV, OUT),
        ("B4410 ପଠାଇ ଦେଲି", ADV, OUT),
        ("B4410 pahanchi gala", ADV, DONE),
        ("B4410 ପହଞ୍ଚିଗଲା", ADV, DONE),
        ("B4410 hebe", A, None),
    ],
}

CASES = [(language, *case) for language, cases in NUMBERED.items() for case in cases]


@pytest.mark.parametrize(("language", "text", "intent", "status"), CASES)
def test_a_few_words_beside_the_number(
    language: str, text: str, intent: Intent, status: str | None
) -> None:
    parsed = parse(text, role="owner")
    assert parsed.intent == intent, (language, parsed)
    assert parsed.slots.get("order_ref") == "B4410"
    assert parsed.slots.get("status") == status


# "the last / new order" with the verdict: which_order newest, no stock message from the reason
NEWEST = [
    ("पिछला ऑर्डर नहीं, तेल खत्म", R, None),
    ("शेवटची ऑर्डर नाकारली, तूप संपले", R, None),
    ("last order pathei dia", ADV, OUT),
    ("kadaisi order anuppitaen", ADV, OUT),
    ("ਨਵਾਂ ਆਰਡਰ ਭੇਜ ਦਿੱਤਾ ਡਿਲੀਵਰੀ ਲਈ", ADV, OUT),
    ("शेवटची ऑर्डर पोहोचली", ADV, DONE),
    ("last order kodutha", ADV, DONE),
]


@pytest.mark.parametrize(("text", "intent", "status"), NEWEST)
def test_the_last_order(text: str, intent: Intent, status: str | None) -> None:
    parsed = parse(text, role="owner")
    assert parsed.intent == intent, parsed
    assert parsed.slots.get("status") == status
    assert parsed.slots.get("which_order") == "newest"
    assert not parsed.items


# Nearby messages whose parse must stay: asking, the bare number, a customer, an order to deliver
# (nothing has happened), a future, a negated status.
STAYS_STATUS = [
    ("B4410 pahunch gaya?", "customer"),
    ("B4410", "owner"),
    ("B4410 status?", "owner"),
    ("B4410 kahan tak pahuncha", "customer"),
    ("B4410 evide ethi", "customer"),
    ("B4410 kab aayega?", "customer"),
]


@pytest.mark.parametrize(("text", "role"), STAYS_STATUS)
def test_questions_stay_order_status(text: str, role: str) -> None:
    assert parse(text, role=role).intent == Intent.ORDER_STATUS  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "text",
    [
        "B4410 kal pahunch jayega",
        "B4410 pohochva",
        "B4410 ಬೇಗ ತಲುಪಿಸಿ",
        "B4410 koduthudunga",
        "B4410 aapi dejo",
    ],
)
def test_an_order_to_deliver_is_not_delivered(text: str) -> None:
    assert parse(text, role="owner").slots.get("status") != DONE


@pytest.mark.parametrize(
    "text", ["B4410 இன்னும் அனுப்பல", "B4410 abhi nahi bheja", "B4410 pathano hoyni"]
)
def test_not_yet_sent_is_no_send(text: str) -> None:
    assert parse(text, role="owner").slots.get("status") != OUT


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("B4410 accept karo, pack kar raha hoon", A),  # the accept comes first, packing follows
        ("reject B4410, aaj delivery boy nahi hai", R),
        ("B4410 no stock", R),
    ],
)
def test_older_order_commands_stay(text: str, intent: Intent) -> None:
    assert parse(text, role="owner").intent == intent


def test_a_stock_line_stays_a_stock_line() -> None:
    parsed = parse("sabudana sampla", role="owner")
    assert parsed.intent == Intent.SET_STOCK
    assert parsed.slots.get("stock") == 0
