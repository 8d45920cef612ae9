"""Fixer AR, delivery instructions and addresses in all eleven languages: how to hand the goods
over ("leave it with the watchman") or whether delivery comes in the rain is talk_to_shop, whatever
"nahi / illa" it holds; the address slot drops the copula after its label ("address is …") and a
delivery note after a sentence break or dash; a line with a business or house name or a gate /
door word beside its road and town is an address with no label."""

from __future__ import annotations

import pytest

from intents.parse import parse
from intents.types import Intent
from tests.unit.intents.eval_shop import build_eval_shop

SHOP = build_eval_shop()

# (text, language) pairs: a handover note or a question whether delivery comes in the weather.
TALKS = [
    ("nobody is home, please give it to the security at the main gate", "en"),
    ("if I don't pick up, leave it with the neighbour in 3B", "en"),
    ("will delivery happen today in this heavy rain?", "en"),
    ("घर पर कोई नहीं है, चौकीदार को दे देना", "hi"),
    ("बारिश में डिलीवरी आएगी क्या?", "hi"),
    ("ghar pe koi nahi hai, watchman ko de dena", "hi"),
    ("barish me delivery aayegi kya bhaiya?", "hi"),
    ("আমি বাড়ি নেই, দারোয়ানের কাছে রেখে দেবেন", "bn"),
    ("বৃষ্টিতে ডেলিভারি হবে তো?", "bn"),
    ("ami bari nei, darowan ke diye deben", "bn"),
    ("நான் வீட்டுல இல்ல, வாட்ச்மேன் கிட்ட குடுங்க", "ta"),
    ("இந்த மழையில டெலிவரி வருமா அண்ணா?", "ta"),
    ("naan veetla illa, watchman kitta kudunga", "ta"),
    ("నేను ఇంట్లో లేను, వాచ్‌మెన్‌కి ఇచ్చేయండి", "te"),
    ("ఈ వానలో డెలివరీ వస్తుందా అన్నా?", "te"),
    ("nenu intlo lenu, watchman ki ivvandi", "te"),
    ("मी घरी नाही, वॉचमनकडे देऊन टाका", "mr"),
    ("पावसात डिलिव्हरी येईल का?", "mr"),
    ("mi ghari nahi, watchman kade dya", "mr"),
    ("હું ઘરે નથી, ચોકીદારને આપી દેજો", "gu"),
    ("વરસાદમાં ડિલિવરી આવશે?", "gu"),
    ("hu ghare nathi, chowkidar ne aapi dejo", "gu"),
    ("ನಾನು ಮನೆಯಲ್ಲಿ ಇಲ್ಲ, ವಾಚ್‌ಮನ್ ಹತ್ರ ಕೊಟ್ಟು ಹೋಗಿ", "kn"),
    ("ಈ ಮಳೆಯಲ್ಲಿ ಡೆಲಿವರಿ ಬರುತ್ತಾ?", "kn"),
    ("mane alli yaaru illa, security hatra kodi", "kn"),
    ("ഞാൻ വീട്ടിലില്ല, വാച്ച്മാന്റെ കയ്യിൽ കൊടുത്തേക്കൂ", "ml"),
    ("മഴയത്ത് ഡെലിവറി ഉണ്ടാകുമോ?", "ml"),
    ("njan veetil illa, watchman nu kodukku", "ml"),
    ("ਮੈਂ ਘਰ ਨਹੀਂ, ਗੁਆਂਢੀ ਨੂੰ ਦੇ ਦਿਓ", "pa"),
    ("ਮੀਂਹ ਵਿੱਚ ਡਿਲੀਵਰੀ ਆਵੇਗੀ?", "pa"),
    ("main ghar nahi, chowkidar nu de deyo", "pa"),
    ("ମୁଁ ଘରେ ନାହିଁ, ଚୌକିଦାରଙ୍କୁ ଦେଇ ଦେବେ", "or"),
    ("ବର୍ଷାରେ ଡେଲିଭରି ଆସିବ କି?", "or"),
    ("mu ghare nahi, watchman ku dei debe", "or"),
]


@pytest.mark.parametrize(("text", "language"), TALKS)
def test_a_handover_note_or_a_rain_question_is_for_the_shop(text: str, language: str) -> None:
    result = parse(text, catalog=SHOP)
    assert result.intent == Intent.TALK_TO_SHOP, result
    assert result.items == ()


# (text, the address slot): the copula after the label goes; a delivery note after a break goes.
ADDRESSES = [
    ("address is house 7, lotus enclave, baner", "house 7, lotus enclave, baner"),
    ("my address: 44 Park Street, 2nd floor - the lift is broken so call me from the lobby", "44 Park Street, 2nd floor"),
    ("मेरा पता है फ्लैट 12, साईं अपार्टमेंट, इंदौर", "फ्लैट 12, साईं अपार्टमेंट, इंदौर"),
    ("पता: 45, शांति नगर, भोपाल। चौकीदार को दे देना", "45, शांति नगर, भोपाल"),
    ("আমার ঠিকানা হলো ১২ লেক রোড, কলকাতা", "১২ লেক রোড, কলকাতা"),
    ("ঠিকানা: ৭ নম্বর, সল্টলেক, সেক্টর ২। পাশের বাড়িতে দিয়ে দিন", "৭ নম্বর, সল্টলেক, সেক্টর ২"),
    ("முகவரி இது 12, காந்தி தெரு, மதுரை", "12, காந்தி தெரு, மதுரை"),
    ("address: 8, 3rd street, Adyar - watchman kitta kudunga", "8, 3rd street, Adyar"),
    ("చిరునామా ఇది 5-3-12, గాంధీ నగర్, విజయవాడ", "5-3-12, గాంధీ నగర్, విజయవాడ"),
    ("address: 12, MG Road, Guntur. watchman ki ivvandi", "12, MG Road, Guntur"),
    ("पत्ता आहे फ्लॅट 9, गणेश सोसायटी, पुणे", "फ्लॅट 9, गणेश सोसायटी, पुणे"),
    ("पत्ता: 14, शिवाजी नगर, नाशिक. वॉचमनकडे द्या", "14, शिवाजी नगर, नाशिक"),
    ("મારું સરનામું છે 22, શાંતિ સોસાયટી, સુરત", "22, શાંતિ સોસાયટી, સુરત"),
    ("સરનામું: 9, સત્યમ ફ્લેટ, નારણપુરા. ચોકીદારને આપી દેજો", "9, સત્યમ ફ્લેટ, નારણપુરા"),
    ("ವಿಳಾಸ ಇದು 45, 3ನೇ ಕ್ರಾಸ್, ಜಯನಗರ", "45, 3ನೇ ಕ್ರಾಸ್, ಜಯನಗರ"),
    ("address: 12, 4th main, Malleswaram - security hatra kodi", "12, 4th main, Malleswaram"),
    ("എന്റെ വിലാസം ആണ് 12, ഗാന്ധി റോഡ്, തൃശൂർ", "12, ഗാന്ധി റോഡ്, തൃശൂർ"),
    ("വിലാസം: TC 9/112, പട്ടം, തിരുവനന്തപുരം. സെക്യൂരിറ്റിക്ക് കൊടുക്കൂ", "TC 9/112, പട്ടം, തിരുവനന്തപുരം"),
    ("ਮੇਰਾ ਪਤਾ ਹੈ 12, ਮਾਡਲ ਟਾਊਨ, ਲੁਧਿਆਣਾ", "12, ਮਾਡਲ ਟਾਊਨ, ਲੁਧਿਆਣਾ"),
    ("ਪਤਾ: 45, ਰਣਜੀਤ ਨਗਰ, ਪਟਿਆਲਾ। ਚੌਕੀਦਾਰ ਨੂੰ ਦੇ ਦਿਓ", "45, ਰਣਜੀਤ ਨਗਰ, ਪਟਿਆਲਾ"),
    ("ମୋ ଠିକଣା ହେଲା 12, ସହିଦ ନଗର, ଭୁବନେଶ୍ୱର", "12, ସହିଦ ନଗର, ଭୁବନେଶ୍ୱର"),
    ("ଠିକଣା: 7, ନୟାପଲ୍ଲୀ, ଭୁବନେଶ୍ୱର। ୱାଚମ୍ୟାନଙ୍କୁ ଦେଇ ଦେବେ", "7, ନୟାପଲ୍ଲୀ, ଭୁବନେଶ୍ୱର"),
]


@pytest.mark.parametrize(("text", "address"), ADDRESSES)
def test_the_address_slot_holds_only_the_address(text: str, address: str) -> None:
    result = parse(text, catalog=SHOP)
    assert result.intent == Intent.GIVE_ADDRESS, result
    assert result.slots["address"] == address


# A business or house name, a back gate or door, a road and a town: the whole line.
PLACES = [
    "Sharma Sweets, back gate, Station Road, Ujjain",
    "शर्मा ढाबा, पिछला गेट, स्टेशन रोड, कानपुर",
    "মা তারা হোটেল, পিছনের গেট, স্টেশন রোড, হাওড়া",
    "Saravana Hotel, pinnadi vaasal, 4 GST Road, Chengalpattu",
    "Sri Rama Hotel, venuka gate, Main Road, Ongole",
    "Ganesh Bhavan, back gate, FC Road, Pune",
    "Patel Dhaba, pachhlo darwajo, Highway Road, Anand",
    "Udupi Hotel, hindina gate, 80 Feet Road, Indiranagar",
    "ശ്രീ ഹോട്ടൽ, പിൻവാതിൽ, സ്റ്റേഷൻ റോഡ്, ആലുവ",
    "Sher-e-Punjab Dhaba, pichhe da gate, GT Road, Ludhiana",
    "Maa Tarini Hotel, pachha duara, Station Road, Cuttack",
]


@pytest.mark.parametrize("text", PLACES)
def test_a_named_place_with_its_gate_and_road_is_an_address(text: str) -> None:
    result = parse(text, catalog=SHOP)
    assert result.intent == Intent.GIVE_ADDRESS, result
    assert result.slots["address"] == text


def test_a_full_address_ending_in_its_pincode_is_no_shop_search() -> None:
    result = parse("H.No 4/112, Kakkanad, Ernakulam 682030", catalog=SHOP)
    assert result.intent == Intent.GIVE_ADDRESS, result
    assert result.slots["address"] == "H.No 4/112, Kakkanad, Ernakulam 682030"
    assert result.slots["pincode"] == "682030"


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("address: B-12, Sector 4, Noida. near the temple", "B-12, Sector 4, Noida. near the temple"),
        ("address: 12 MG Road - Near Shiv Mandir, Pune", "12 MG Road - Near Shiv Mandir, Pune"),
        ("address: 12/340, MG Road, Pune", "12/340, MG Road, Pune"),
        ("Flat 3: Rose Villa", "Flat 3: Rose Villa"),
    ],
)
def test_must_not_change_address_parts_after_a_break(text: str, address: str) -> None:
    result = parse(text, catalog=SHOP)
    assert result.intent == Intent.GIVE_ADDRESS, result
    assert result.slots["address"] == address


@pytest.mark.parametrize(
    ("text", "texts", "quantities"),
    [
        ("2 kg atta aur 1 maggi, watchman ko de dena", ("atta", "maggi"), (2.0, 1.0)),
        ("umbrella 1 bhej do, baarish ho rahi hai", ("umbrella",), (1.0,)),
        ("hotel ke liye 10 kg rice, 5 kg dal", ("rice", "dal"), (10.0, 5.0)),
        ("atta 2 kg, maggi 4", ("atta", "maggi"), (2.0, 4.0)),
    ],
)
def test_must_not_change_orders_beside_a_note_or_a_place(text: str, texts: tuple[str, ...], quantities: tuple[float, ...]) -> None:
    result = parse(text, catalog=SHOP)
    assert result.intent == Intent.ADD_ITEMS, result
    assert tuple(item.text for item in result.items)[: len(texts)] == texts
    assert tuple(item.quantity for item in result.items)[: len(quantities)] == quantities


@pytest.mark.parametrize(
    ("text", "intent", "pincode"),
    [
        ("560001", Intent.FIND_STORES, "560001"),
        ("600091 pakkathula delivery irukka?", Intent.FIND_STORES, "600091"),
        ("toor dal 1 kg, sugar 2 kg, 560034", Intent.FIND_STORES, "560034"),
    ],
)
def test_must_not_change_a_pincode_search(text: str, intent: Intent, pincode: str) -> None:
    result = parse(text, catalog=SHOP)
    assert result.intent == intent, result
    assert result.slots["pincode"] == pincode


@pytest.mark.parametrize(
    ("text", "intent"),
    [("delivery kab tak aayegi?", Intent.ORDER_STATUS), ("illa, venda", Intent.DENY), ("rain coat hai kya?", Intent.BROWSE)],
)
def test_must_not_change_delivery_questions_and_refusals(text: str, intent: Intent) -> None:
    assert parse(text, catalog=SHOP).intent == intent
