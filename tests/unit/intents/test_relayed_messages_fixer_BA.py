"""Fixer BA: messages relayed for someone else (reported speech), in all eleven languages.

* "my mom says", "दादी बोल रही हैं", "thakuma bolche", "பாட்டி கேக்கறாங்க", "అమ్మ చెప్తోంది",
  "आजी विचारते", "ba kahe che", "ಅಜ್ಜಿ ಹೇಳ್ತಿದ್ದಾರೆ", "അമ്മ പറയുന്നു", "ਬੇਬੇ ਕਹਿੰਦੇ ਨੇ",
  "ଜେଜେମା କହୁଛନ୍ତି": the family word and its say / ask / want verb are no part of an item or a
  query; the rest parses as if the customer (or the owner) wrote it.
* An address closed by whose house it is ("— பாட்டி வீடு", "— ਬੀਜੀ ਦਾ ਘਰ") or by a name
  (", naam …"), or opened by "deliver to my parents house not mine:", is the address alone.
"""

from __future__ import annotations

import pytest

from intents.message import address_text
from intents.parse import parse
from intents.relayed_words import without_relayed_lead_in
from intents.types import Intent

A, B, Y = Intent.ADD_ITEMS, Intent.BROWSE, Intent.CONFIRM

# (language, message, intent, [(item text, quantity, unit)] or {"query": …})
CASES: list[tuple[str, str, Intent, object]] = [
    ("en", "my mom says 2 kg sugar and 1 litre milk", A, [("sugar", 2.0, "kg"), ("milk", 1.0, "l")]),
    ("en", "grandpa is asking do you have isabgol?", B, {"query": "isabgol"}),
    ("en", "dad wants 3 Maggi packets", A, [("maggi", 3.0, "packet")]),
    ("en", "okay, mom said fine", Y, []),
    ("en", "typing for my grandma: 5 kg atta", A, [("atta", 5.0, "kg")]),
    ("en", "papa said: 1 kg tomato", A, [("tomato", 1.0, "kg")]),
    ("hi", "mummy keh rahi hai 2 kilo aloo bhejo", A, [("aloo", 2.0, "kg")]),
    ("hi", "dadaji puch rahe hain isabgol hai kya?", B, {"query": "isabgol"}),
    ("hi", "मम्मी कह रही हैं 1 किलो चीनी भेज दो", A, [("चीनी", 1.0, "kg")]),
    ("hi", "नानी पूछ रही हैं घी है क्या?", B, {"query": "घी"}),
    ("hi", "haan, papa ne bola theek hai", Y, []),
    ("hi", "nani bol rahi hai 6 ande", A, [("ande", 6.0, None)]),
    ("bn", "ma bolche 2 kg aalu pathao", A, [("aalu", 2.0, "kg")]),
    ("bn", "দিদা বলছে ১ কেজি চিনি পাঠাও", A, [("চিনি", 1.0, "kg")]),
    ("bn", "বাবা জিজ্ঞেস করছে সরষের তেল আছে?", B, {"query": "সরষের তেল"}),
    ("bn", "dadu bolche 3 ta sabaan", A, [("sabaan", 3.0, None)]),
    ("bn", "হ্যাঁ, মা বলেছে ঠিক আছে", Y, []),
    ("bn", "thakuma boleche 1 kg dal", A, [("dal", 1.0, "kg")]),
    ("ta", "appa kekkaru 2 kg arisi anuppunga", A, [("arisi", 2.0, "kg")]),
    ("ta", "அம்மா சொல்றாங்க 1 கிலோ சர்க்கரை", A, [("சர்க்கரை", 1.0, "kg")]),
    ("ta", "பாட்டி கேக்கறாங்க நெய் இருக்கா?", B, {"query": "நெய்"}),
    ("ta", "thatha solraaru 2 packet paal", A, [("paal", 2.0, "packet")]),
    ("ta", "amma sonnaanga 1 kg paruppu", A, [("paruppu", 1.0, "kg")]),
    ("ta", "அப்பா சொன்னாரு 3 சோப்", A, [("சோப்", 3.0, None)]),
    ("te", "nanna cheppindi 2 kg biyyam pampandi", A, [("biyyam", 2.0, "kg")]),
    ("te", "అమ్మ చెప్తోంది ఒక కిలో చక్కెర", A, [("చక్కెర", 1.0, "kg")]),
    ("te", "తాతయ్య అడుగుతున్నారు నెయ్యి ఉందా?", B, {"query": "నెయ్యి"}),
    ("te", "ammamma antondi 2 packet paalu", A, [("paalu", 2.0, "packet")]),
    ("te", "అమ్మమ్మ చెప్పింది రెండు సబ్బులు", A, [("సబ్బులు", 2.0, None)]),
    ("te", "nannamma adugutondi bellam unda?", B, {"query": "bellam"}),
    ("mr", "aai mhante 2 kilo sakhar pathva", A, [("sakhar", 2.0, "kg")]),
    ("mr", "आजी विचारते तूप आहे का?", B, {"query": "तूप"}),
    ("mr", "बाबा म्हणाले एक किलो साखर", A, [("साखर", 1.0, "kg")]),
    ("mr", "aajoba mhantat 3 parle g", A, [("parle g", 3.0, None)]),
    ("mr", "आई म्हणते २ किलो कांदे", A, [("कांदे", 2.0, "kg")]),
    ("mr", "हो, बाबांनी ठीक आहे सांगितलं", Y, []),
    ("gu", "ba kahe che 2 kilo khand mokalo", A, [("khand", 2.0, "kg")]),
    ("gu", "બા કહે છે ૧ કિલો ખાંડ", A, [("ખાંડ", 1.0, "kg")]),
    ("gu", "પપ્પા પૂછે છે ઘી છે?", B, {"query": "ઘી"}),
    ("gu", "mummy kahe che 3 sabu", A, [("sabu", 3.0, None)]),
    ("gu", "bapuji puche che tuver dal che?", B, {"query": "tuver dal"}),
    ("gu", "dada kahe che 1 kg bataka", A, [("bataka", 1.0, "kg")]),
    ("kn", "amma heltare 2 kg sakkare kodi", A, [("sakkare", 2.0, "kg")]),
    ("kn", "ಅಜ್ಜಿ ಕೇಳ್ತಿದ್ದಾರೆ ತುಪ್ಪ ಇದೆಯಾ?", B, {"query": "ತುಪ್ಪ"}),
    ("kn", "ಅಪ್ಪ ಹೇಳಿದ್ರು ಒಂದು ಕೆಜಿ ಸಕ್ಕರೆ", A, [("ಸಕ್ಕರೆ", 1.0, "kg")]),
    ("kn", "ajji heltidare 3 soap", A, [("soap", 3.0, None)]),
    ("kn", "ಅಮ್ಮ ಹೇಳ್ತಾರೆ ಎರಡು ಹಾಲು ಪ್ಯಾಕೆಟ್", A, [("ಹಾಲು", 2.0, "packet")]),
    ("kn", "appa kelthidare ghee ideya?", B, {"query": "ghee"}),
    ("ml", "amma paranju 2 kg panchasara", A, [("panchasara", 2.0, "kg")]),
    ("ml", "അമ്മ പറയുന്നു ഒരു കിലോ പഞ്ചസാര", A, [("പഞ്ചസാര", 1.0, "kg")]),
    ("ml", "അമ്മൂമ്മ ചോദിക്കുന്നു നെയ്യ് ഉണ്ടോ?", B, {"query": "നെയ്യ്"}),
    ("ml", "achan paranju 3 soap", A, [("soap", 3.0, None)]),
    ("ml", "ammoomma parayunnu 1 kg ari", A, [("ari", 1.0, "kg")]),
    ("ml", "അച്ഛൻ ചോദിച്ചു വെളിച്ചെണ്ണ ഉണ്ടോ?", B, {"query": "വെളിച്ചെണ്ണ"}),
    ("pa", "bebe kehnde 2 kilo cheeni bhejo", A, [("cheeni", 2.0, "kg")]),
    ("pa", "ਬੇਬੇ ਕਹਿੰਦੇ ਨੇ ੧ ਕਿਲੋ ਚੀਨੀ", A, [("ਚੀਨੀ", 1.0, "kg")]),
    ("pa", "ਦਾਦੀ ਪੁੱਛ ਰਹੇ ਨੇ ਘਿਓ ਹੈ?", B, {"query": "ਘਿਓ"}),
    ("pa", "bapu ji keh rahe ne 3 sabun", A, [("sabun", 3.0, None)]),
    ("pa", "haanji, beeji kehnde theek aa", Y, []),
    ("pa", "biji puchh rahe ne desi ghee hai?", B, {"query": "desi ghee"}),
    ("or", "bou kahuchhanti 2 kg chini pathantu", A, [("chini", 2.0, "kg")]),
    ("or", "ଜେଜେମା କହୁଛନ୍ତି ୧ କିଲୋ ଚିନି", A, [("ଚିନି", 1.0, "kg")]),
    ("or", "ବାପା ପଚାରୁଛନ୍ତି ଘିଅ ଅଛି କି?", B, {"query": "ଘିଅ"}),
    ("or", "jejebapa kahile 3 ta sabun", A, [("sabun", 3.0, None)]),
    ("or", "bapa pacharuchhanti ghee achhi ki?", B, {"query": "ghee"}),
    ("or", "ଜେଜେମା କହିଲେ ଦୁଇ ପ୍ୟାକେଟ କ୍ଷୀର", A, [("କ୍ଷୀର", 2.0, "packet")]),
]


@pytest.mark.parametrize(("language", "text", "intent", "want"), CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_relayed_customer_message(language: str, text: str, intent: Intent, want: object) -> None:
    parsed = parse(text)
    assert parsed.intent == intent, text
    if isinstance(want, dict):
        assert parsed.slots.get("query") == want["query"]
    else:
        assert [(item.text, item.quantity, item.unit) for item in parsed.items] == want


# An owner's count or arrival relayed for the father: the product only, the number as stock.
OWNER: list[tuple[str, str, Intent, str, str, int]] = [
    ("en", "papa counted, maggi stock is 40", Intent.SET_STOCK, "maggi", "stock", 40),
    ("en", "typing for my dad: 12 more surf excel came today", Intent.ADJUST_STOCK, "surf excel", "stock_delta", 12),
    ("hi", "papa keh rahe maggi stock 25 hai", Intent.SET_STOCK, "maggi", "stock", 25),
    ("bn", "baba bolche maggi stock 30", Intent.SET_STOCK, "maggi", "stock", 30),
    ("ta", "appa solraaru maggi stock 20", Intent.SET_STOCK, "maggi", "stock", 20),
    ("te", "nanna cheppadu maggi stock 15", Intent.SET_STOCK, "maggi", "stock", 15),
    ("mr", "baba mhanale maggi stock 10", Intent.SET_STOCK, "maggi", "stock", 10),
    ("gu", "pappa kahe che maggi stock 12", Intent.SET_STOCK, "maggi", "stock", 12),
    ("kn", "appa heltidare maggi stock 18", Intent.SET_STOCK, "maggi", "stock", 18),
    ("ml", "achan paranju maggi stock 22", Intent.SET_STOCK, "maggi", "stock", 22),
    ("pa", "bauji kehnde maggi stock 14", Intent.SET_STOCK, "maggi", "stock", 14),
    ("or", "bapa kahile maggi stock 16", Intent.SET_STOCK, "maggi", "stock", 16),
]


@pytest.mark.parametrize(("language", "text", "intent", "product", "slot", "value"), OWNER, ids=[c[0] for c in OWNER])
def test_relayed_owner_message(language: str, text: str, intent: Intent, product: str, slot: str, value: int) -> None:
    parsed = parse(text, role="owner")
    assert parsed.intent == intent, text
    assert [item.text for item in parsed.items] == [product]
    assert parsed.slots.get(slot) == value


ADDRESSES: list[tuple[str, str, str]] = [
    ("en", "address: 5, Rose Lane, Indiranagar, Bangalore 560038 — grandma's place", "5, Rose Lane, Indiranagar, Bangalore 560038"),
    ("en", "deliver to my grandparents house this time: 9, Park Road, Pune 411001", "9, Park Road, Pune 411001"),
    ("hi", "पता: 14, गांधी नगर, जयपुर 302015 — नानी का घर", "14, गांधी नगर, जयपुर 302015"),
    ("hi", "address: C-4, Vasant Kunj, New Delhi 110070, naam Rekha Sharma", "C-4, Vasant Kunj, New Delhi 110070"),
    ("bn", "ঠিকানা: ১২ বকুল বাগান রোড, কলকাতা ৭০০০২৫ — দিদার বাড়ি", "১২ বকুল বাগান রোড, কলকাতা ৭০০০২৫"),
    ("ta", "முகவரி: 3, காந்தி தெரு, மதுரை 625001 — தாத்தா வீடு", "3, காந்தி தெரு, மதுரை 625001"),
    ("te", "అడ్రస్: 2-5, శివాజీ నగర్, గుంటూరు 522002 — మా తాతయ్య ఇల్లు", "2-5, శివాజీ నగర్, గుంటూరు 522002"),
    ("mr", "पत्ता: ७, गणेश पेठ, नाशिक ४२२००१ — आजोबांचं घर", "७, गणेश पेठ, नाशिक ४२२००१"),
    ("gu", "સરનામું: ૯, ગાંધી રોડ, સુરત ૩૯૫૦૦૧ — દાદાનું ઘર", "૯, ગાંધી રોડ, સુરત ૩૯૫૦૦૧"),
    ("kn", "ವಿಳಾಸ: 8, 2ನೇ ಕ್ರಾಸ್, ಮೈಸೂರು 570001 — ತಾತನ ಮನೆ", "8, 2ನೇ ಕ್ರಾಸ್, ಮೈಸೂರು 570001"),
    ("ml", "വിലാസം: 12/4, എം.ജി. റോഡ്, കൊച്ചി 682011 — അച്ഛന്റെ വീട്", "12/4, എം.ജി. റോഡ്, കൊച്ചി 682011"),
    ("pa", "ਪਤਾ: ਮਕਾਨ 44, ਸਿਵਲ ਲਾਈਨਜ਼, ਜਲੰਧਰ 144001 — ਬੇਬੇ ਦਾ ਘਰ", "ਮਕਾਨ 44, ਸਿਵਲ ਲਾਈਨਜ਼, ਜਲੰਧਰ 144001"),
    ("or", "ଠିକଣା: ୧୦, ନୟାପଲ୍ଲୀ, କଟକ ୭୫୩୦୦୧ — ବୋଉଙ୍କ ଘର", "୧୦, ନୟାପଲ୍ଲୀ, କଟକ ୭୫୩୦୦୧"),
]


@pytest.mark.parametrize(("language", "text", "want"), ADDRESSES, ids=[c[0] for c in ADDRESSES])
def test_whose_house_tail_is_no_part_of_the_address(language: str, text: str, want: str) -> None:
    assert address_text(text) == want


# Near misses that keep their old reading: no say-verb after the family word, a comma after it,
# a shopkeeper addressed, "he is fasting", and an address whose dash part has a number.
@pytest.mark.parametrize(
    "text",
    [
        "amma, 2 kg sugar",
        "mummy ke liye 1 kg atta",
        "dada 2 kg chal dao",
        "he is fasting, 1 kg sabudana",
        "ba na mate 2 kilo khand",
        "appa kadai la 2 kg arisi",
        "mummy ne bola",
        "bhaiya bolo 2 kg cheeni kitne ki hai",
    ],
)
def test_no_relay_left_as_it_is(text: str) -> None:
    assert without_relayed_lead_in(text) == text


def test_dash_with_a_number_stays_in_the_address() -> None:
    assert address_text("address: Flat 3 — Block 7, Rose Villa, Pune 411001") == "Flat 3 — Block 7, Rose Villa, Pune 411001"


def test_near_miss_parses_unchanged() -> None:
    parsed = parse("amma, 2 kg sugar")
    assert [(item.text, item.quantity) for item in parsed.items] == [("amma", None), ("sugar", 2.0)]


# A later clause about the one the message is for, naming no goods and no number, is the reason.
@pytest.mark.parametrize(
    ("text", "language", "want"),
    [
        ("sab hata do, papa ne kaha nayi list denge", "hi", "sab hata do"),
        ("ella tegedu haaki, amma hosa list kodtare", "kn", "ella tegedu haaki"),
        ("সব বাদ দাও, মা নতুন লিস্ট দেবে", "bn", "সব বাদ দাও"),
    ],
)
def test_reason_about_someone_goes(text: str, language: str, want: str) -> None:
    from intents.relayed_words import without_relayed_reason

    assert without_relayed_reason(text, language) == want


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("2 kg sugar, mummy ko maggi bhi chahiye", "hi"),
        ("2 kg atta, papa ke liye 1 kg cheeni", "hi"),
        ("ok, dadi ne bola 2 packet maggi", "hi"),
        ("amma kekkaranga sakkarai", "ta"),
    ],
)
def test_clause_with_goods_or_first_stays(text: str, language: str) -> None:
    from intents.relayed_words import without_relayed_reason

    assert without_relayed_reason(text, language) == text


# The owner's "won't keep it any more", said of him: the product alone is stopped.
@pytest.mark.parametrize(
    ("text", "product"),
    [
        ("dadu bolche maggi ar rakhbe na", "maggi"),
        ("bapuji kahe che parle have nathi rakhvana", "parle"),
        ("ਬਾਪੂ ਜੀ ਕਹਿੰਦੇ ਪੈਪਸੀ ਹੁਣ ਨਹੀਂ ਰੱਖਣੀ", "ਪੈਪਸੀ"),
        ("అమ్మ చెప్పింది సర్ఫ్ ఇక అమ్మం", "సర్ఫ్"),
        ("അമ്മ പറഞ്ഞു മാഗി ഇനി വിൽക്കില്ല", "മാഗി"),
    ],
)
def test_relayed_stop_selling(text: str, product: str) -> None:
    parsed = parse(text, role="owner")
    assert parsed.intent == Intent.DEACTIVATE_PRODUCT
    assert [item.text for item in parsed.items] == [product]
