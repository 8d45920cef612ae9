"""Families from fixer S: customer messages whose intent carries no items, as an elder writes
them — asking to be shown how (help, though "not" words stand in it), asking to be written to in
another language because one is hard to read, paying with one way after refusing another, the
cart as a bag or basket, "no, that's all", a message for the delivery boy, "do you have X?"
with a reason after the question, and goods with "is there" alone."""

from __future__ import annotations

import pytest

from intents.parse import parse
from intents.types import Intent
from tests.unit.intents.eval_shop import build_eval_shop

SHOP = build_eval_shop()


@pytest.mark.parametrize(
    "text",
    [
        "Please kindly explain how I am to order things here, I do not understand it",
        "beta ye saaman kaise mangaun, samjha dijiye",
        "আমি বুঝতে পারছি না, কিভাবে আনাবো একটু বলো",
        "எனக்கு புரியவில்லை, எப்படி வாங்குறது விளக்கமா சொல்லுங்க",
        "నాకు అర్థం కావట్లేదు, ఎలా తెప్పించాలి వివరించండి",
        "ನನಗೆ ಅರ್ಥ ಆಗ್ತಿಲ್ಲ, ಹೇಗೆ ತರಿಸೋದು ಹೇಳಿಕೊಡಿ",
        "മോളേ, ഈ ഫോണിൽ സാധനം വാങ്ങുന്നത് എനിക്ക് മനസ്സിലാവുന്നില്ല",
        "मला समजत नाही, कसं मागवायचं ते सांगा",
        "આ બટન મને નથી આવડતા, જરા સમજાવશો?",
        "phone te saman kiven mangavan, mainu samjha deo",
        "ମୁଁ ବୁଝି ପାରୁନି, କେମିତି ମଗାଇବି ବୁଝାଇ ଦିଅ",
    ],
)
def test_an_elder_asks_to_be_shown_how(text: str) -> None:
    assert parse(text, catalog=SHOP).intent == Intent.HELP


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("I find it hard to read english, kindly write in hindi", "hi"),
        ("mujhe hindi padhne mein dikkat hai, english mein likhiye", "en"),
        ("আমার ইংরেজি পড়তে অসুবিধা হয়, বাংলায় লিখুন", "bn"),
        ("ஆங்கிலம் படிக்க கஷ்டமா இருக்கு, தமிழ்ல எழுதுங்க", "ta"),
        ("ఇంగ్లీష్ చదవడం కష్టం, తెలుగులో రాయండి", "te"),
        ("ಇಂಗ್ಲಿಷ್ ಓದೋಕೆ ಕಷ್ಟ, ಕನ್ನಡದಲ್ಲಿ ಬರೆಯಿರಿ", "kn"),
        ("ഇംഗ്ലീഷ് വായിക്കാൻ ബുദ്ധിമുട്ടാണ്, മലയാളത്തിൽ എഴുതാമോ", "ml"),
        ("इंग्रजी वाचायला त्रास होतो, मराठीत लिहा", "mr"),
        ("અંગ્રેજી વાંચવામાં તકલીફ છે, ગુજરાતીમાં લખો", "gu"),
        ("ਅੰਗਰੇਜ਼ੀ ਪੜ੍ਹਨ ਵਿੱਚ ਔਖ ਹੁੰਦੀ, ਪੰਜਾਬੀ ਵਿੱਚ ਲਿਖੋ", "pa"),
        ("ଇଂରାଜୀ ପଢ଼ିବା କଷ୍ଟ, ଓଡ଼ିଆରେ ଲେଖନ୍ତୁ", "or"),
    ],
)
def test_hard_to_read_asks_for_another_language(text: str, target: str) -> None:
    parsed = parse(text, catalog=SHOP)
    assert parsed.intent == Intent.CHANGE_LANGUAGE
    assert parsed.slots.get("target_language") == target


@pytest.mark.parametrize(
    ("text", "method"),
    [
        ("I don't have any cash at home, will pay by gpay", "upi"),
        ("I do not use cards, I shall pay cash, keep change for 2000", "cod"),
        ("cash nahi hai, gpay kar dungi", "upi"),
        ("ক্যাশ না, অনলাইনে দেব", "upi"),
        ("cash illa, gpay pannuren", "upi"),
        ("కార్డ్ తో కడతాను", "card"),
        ("cash illa, gpay madtini", "upi"),
        ("cash illa, gpay cheyyam", "upi"),
        ("cash nahi, gpay karto", "upi"),
        ("rokda nathi, gpay karish", "upi"),
        ("cash nahi, gpay kar dangi", "upi"),
    ],
)
def test_pays_one_way_after_refusing_another(text: str, method: str) -> None:
    parsed = parse(text, catalog=SHOP)
    assert parsed.intent == Intent.CHOOSE_PAYMENT
    assert parsed.slots.get("payment_method") == method


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("mera thaila dikhaoge, kya kya liya", Intent.SHOW_CART),
        ("থলিতে কী আছে দেখাবেন?", Intent.SHOW_CART),
        ("koodaiyil enna irukku kaatunga", Intent.SHOW_CART),
        ("బుట్టలో ఏముందో చూపిస్తారా", Intent.SHOW_CART),
        ("buttiyalli enu ide torisi", Intent.SHOW_CART),
        ("കൂടയിൽ എന്തൊക്കെ ഉണ്ട് കാണിക്കാമോ", Intent.SHOW_CART),
        ("pishvit kay aahe dakhval ka", Intent.SHOW_CART),
        ("thelima shu che batavsho", Intent.SHOW_CART),
        ("jhola vekhao ji", Intent.SHOW_CART),
        ("ଥଳିରେ କଣ ଅଛି ଦେଖାଇବ", Intent.SHOW_CART),
        ("থলিটা খালি করে দাও", Intent.CLEAR_CART),
        ("ಬುಟ್ಟಿಯಲ್ಲಿ ಇರುವುದೆಲ್ಲ ತೆಗೆದುಹಾಕಿ", Intent.CLEAR_CART),
        ("ଥଳିରୁ ସବୁ ବାହାର କରିଦିଅ", Intent.CLEAR_CART),
    ],
)
def test_the_cart_as_a_bag_or_basket(text: str, intent: Intent) -> None:
    assert parse(text, catalog=SHOP).intent == intent


@pytest.mark.parametrize(
    "text",
    ["no, that's all", "nahi, bas itna hi", "না, এইটুকুই", "இல்ல, போதும் இவ்வளவு தான்", "లేదు, ఇంతే", "ಇಲ್ಲ, ಸಾಕು ಇಷ್ಟೇ",
     "ഇല്ല, മതി ഇത്രയേ ഉള്ളൂ", "नाही, इतकंच", "ના, આટલું જ", "nahi, bas inna hi", "ନା, ଏତିକି"],
)
def test_no_thats_all_denies(text: str) -> None:
    assert parse(text, catalog=SHOP).intent == Intent.DENY


@pytest.mark.parametrize(
    "text",
    [
        "please tell the delivery boy to ring the bell and wait, I am slow",
        "delivery wale ko bolo ghanti bajana do baar",
        "delivery boy ke bolo bell bajate, ami aste hati",
        "delivery boy kitta sollunga bell adikka sollunga",
        "bell kottamanandi, nenu nemmadiga vastanu",
        "bell hodiyoke heli, naanu nidhanavagi bartini",
        "kadayil ninnu aarenkilum vilikko",
        "bell vajvayla sanga, mala chalayla vel lagto",
        "bell vagadva kejo, mane chalta var lage",
        "bell vajaun nu keh deo, main haule turdi haan",
        "bell bajeiba ku kahibe, mu dhire chaluchi",
    ],
)
def test_a_message_for_the_delivery_boy(text: str) -> None:
    assert parse(text, catalog=SHOP).intent == Intent.TALK_TO_SHOP


@pytest.mark.parametrize(
    ("text", "query"),
    [
        ("do you have paneer? guests are coming tonight", "paneer"),
        ("paneer milega kya? mehmaan aa rahe hain", "paneer"),
        ("পনির আছে? অতিথি আসছে", "পনির"),
        ("paneer irukka? virundhaali varaanga", "paneer"),
        ("paneer undha? chuttalu vastunnaru", "paneer"),
        ("paneer ideya? nentru bartidare", "paneer"),
        ("paneer undo? virunnukar varunnu", "paneer"),
        ("paneer aahe ka? pahune yet aahet", "paneer"),
        ("paneer che? mehmaan aave che", "paneer"),
        ("paneer milda? praune aa rahe ne", "paneer"),
        ("paneer achhi ki? kutumba asuchhanti", "paneer"),
    ],
)
def test_a_question_for_goods_then_the_reason(text: str, query: str) -> None:
    parsed = parse(text, catalog=SHOP)
    assert parsed.intent == Intent.BROWSE
    assert parsed.slots.get("query") == query


@pytest.mark.parametrize(
    ("text", "query"),
    [("amul butter hai", "amul butter"), ("ਅਮੂਲ ਮੱਖਣ ਹੈ", "ਅਮੂਲ ਮੱਖਣ"), ("paneer undi", "paneer"), ("पनीर आहे", "पनीर"),
     ("પનીર છે", "પનીર"), ("பனீர் இருக்கு", "பனீர்")],
)
def test_goods_and_is_there_alone_ask(text: str, query: str) -> None:
    parsed = parse(text, catalog=SHOP)
    assert parsed.intent == Intent.BROWSE
    assert parsed.slots.get("query") == query


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Kindly send everything to my address: 7, Lake View, Indiranagar", "7, Lake View, Indiranagar"),
        ("address likh lo, gali number 4, shiv mandir ke paas", "gali number 4, shiv mandir ke paas"),
        ("ঠিকানা লিখে নিন ৫ নম্বর গলি, কালীবাড়ির পাশে", "৫ নম্বর গলি, কালীবাড়ির পাশে"),
        ("address note pannikonga 12 gandhi street, kovil pakkathula", "12 gandhi street, kovil pakkathula"),
        ("address rasukondi 4-12 gandhi nagar, gudi daggara", "4-12 gandhi nagar, gudi daggara"),
        ("address barkoli 12 gandhi road, temple hatra", "12 gandhi road, temple hatra"),
        ("address ezhuthikko 12 gandhi road, palli aduthu", "12 gandhi road, palli aduthu"),
        ("पत्ता लिहून घ्या १२ गांधी रोड, मंदिराजवळ", "१२ गांधी रोड, मंदिराजवळ"),
        ("saranamu lakhi lo 12 gandhi road, mandir pase", "12 gandhi road, mandir pase"),
        ("pata likh lo 12 gandhi road, gurudwara de kol", "12 gandhi road, gurudwara de kol"),
        ("ଠିକଣା ଲେଖି ନିଅ ଗାନ୍ଧୀ ରୋଡ଼, ମନ୍ଦିର ପାଖ", "ଗାନ୍ଧୀ ରୋଡ଼, ମନ୍ଦିର ପାଖ"),
    ],
)
def test_the_address_without_its_lead_in(text: str, address: str) -> None:
    parsed = parse(text, catalog=SHOP)
    assert parsed.intent == Intent.GIVE_ADDRESS
    assert parsed.slots.get("address") == address


@pytest.mark.parametrize(
    ("text", "product"),
    [
        ("I am sorry to bother you, but please remove the Maggi from my order", "ST-0157"),
        ("bhaiya bura mat manna, maggi hata do", "ST-0157"),
        ("কিছু মনে করবেন না, ম্যাগি বাদ দিন", "ST-0157"),
        ("மன்னிச்சிடுங்க, மேகி வேண்டாம்", "ST-0157"),
        ("ఏమీ అనుకోకండి, మ్యాగీ తీసేయండి", "ST-0157"),
        ("ಬೇಜಾರ್ ಮಾಡ್ಕೋಬೇಡಿ, ಮ್ಯಾಗಿ ತೆಗೆದುಬಿಡಿ", "ST-0157"),
        ("ഒന്നും വിചാരിക്കരുത്, മാഗി ഒഴിവാക്കിക്കോ", "ST-0157"),
        ("राग मानू नका, मॅगी काढून टाका", "ST-0157"),
        ("ખોટું ન લગાડતા, મેગી કાઢી નાખો", "ST-0157"),
        ("ਬੁਰਾ ਨਾ ਮਨਾਉਣਾ, ਮੈਗੀ ਕੱਢ ਦਿਓ", "ST-0157"),
        ("କିଛି ମନେ କରିବେନି, ମାଗି ବାଦ ଦିଅ", "ST-0157"),
    ],
)
def test_an_apology_before_a_removal_names_nothing(text: str, product: str) -> None:
    parsed = parse(text, catalog=SHOP)
    assert parsed.intent == Intent.REMOVE_ITEM
    assert [item.candidates[0].product_id for item in parsed.items if item.candidates] == [product]
    assert len(parsed.items) == 1


@pytest.mark.parametrize(
    ("text", "quantity", "unit"),
    [
        ("idli arisi 1 kilo pathaathu, 2 kilo ah maathidunga", 2.0, "kg"),
        ("paal 2 packet pothathu, 4 packet ah maathunga", 4.0, "packet"),
        ("sakkarai 1 kilo podhathu, 2 kilo ah pannunga", 2.0, "kg"),
    ],
)
def test_not_enough_make_it_more_in_tamil_typed_in_latin(text: str, quantity: float, unit: str) -> None:
    parsed = parse(text, catalog=SHOP)
    assert parsed.intent == Intent.CHANGE_QUANTITY
    assert [(item.quantity, item.unit) for item in parsed.items] == [(quantity, unit)]
