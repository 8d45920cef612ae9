"""Fixer AD: a customer's words about the conversation, not the goods, in all eleven languages.

The bill so far, placing the order, a hello that asks whether the shop is open or says who is
writing, how the bot works, dropping an order / clearing the cart / "no, nothing more" / leaving
an item out, and stock questions whose query keeps only the goods' words.
"""

from __future__ import annotations

import pytest

from intents.catalog_index import CatalogIndex
from intents.parse import parse
from intents.types import Intent

from .eval_shop import build_eval_shop


@pytest.fixture(scope="module")
def shop() -> CatalogIndex:
    return build_eval_shop()


@pytest.mark.parametrize(
    "text",
    [
        "abhi tak kitna bill bana?",
        "kitna bill hua bhaiya",
        "bill koto holo dada?",
        "mothom koto hoyeche?",
        "ippo varaikkum evlo aachu?",
        "bill evlo aachu?",
        "ఇప్పటి వరకు ఎంత అయింది?",
        "bill entha ayyindi?",
        "ಬಿಲ್ ಎಷ್ಟಾಯ್ತು?",
        "bill eshtu aaytu?",
        "ബില്ല് എത്ര ആയി?",
        "ippo ethra aayi?",
        "bill kiti jhala?",
        "आतापर्यंत किती झाले?",
        "bill ketlu thayu?",
        "અત્યાર સુધી કેટલા થયા?",
        "ਬਿੱਲ ਕਿੰਨਾ ਹੋਇਆ ਜੀ?",
        "bill kinna bana?",
        "ଏଯାଏଁ କେତେ ହେଲା?",
        "bill kete hela?",
        "how much is my bill?",
        "how much has it come to?",
        "total kitna hua? sab jod ke batao",
    ],
)
def test_the_bill_so_far_shows_the_cart(text: str) -> None:
    result = parse(text)
    assert result.intent == Intent.SHOW_CART, result
    assert not result.items, result


@pytest.mark.parametrize(
    "text",
    [
        "theek hai bhaiya, ab order pakka kar do",
        "ऑर्डर फाइनल करो भाई",
        "accha, order ta pathiye dao",
        "ঠিক আছে, অর্ডারটা পাঠিয়ে দিন",
        "sari, order ah podunga",
        "சரி, ஆர்டர் அனுப்புங்க",
        "sare, order pampandi",
        "సరే, ఆర్డర్ పెట్టేయండి",
        "sari, order kalsi",
        "ಸರಿ, ಆರ್ಡರ್ ಕಳಿಸಿ",
        "shari, order ayakku",
        "ശരി, ഓർഡർ അയക്കൂ",
        "theek aahe, order final kara",
        "ठीक आहे, ऑर्डर पाठवा",
        "saru, order mooki do",
        "સારું, ઓર્ડર મોકલી દો",
        "theek aa ji, order bhej deyo",
        "ਠੀਕ ਹੈ, ਆਰਡਰ ਪੱਕਾ ਕਰੋ",
        "thik achi, order pathai dia",
        "ଠିକ ଅଛି, ଅର୍ଡର ପଠାଇ ଦିଅ",
        "ok please place my order now",
    ],
)
def test_the_order_placed_is_checkout(text: str) -> None:
    result = parse(text)
    assert result.intent == Intent.CHECKOUT, result
    assert not result.items, result


@pytest.mark.parametrize(
    "text",
    [
        "namaste bhaiya, dukaan khuli hai?",
        "नमस्ते चाचा, दुकान खुली है क्या?",
        "nomoskar kaka, dokan khola ache?",
        "vanakkam anna, kadai open-a?",
        "வணக்கம் அண்ணா, கடை திறந்திருக்கா?",
        "నమస్కారం అన్నా, షాప్ ఓపెన్ ఆ?",
        "namaskara anna, angadi open ideya?",
        "ನಮಸ್ಕಾರ ಅಣ್ಣ, ಅಂಗಡಿ ಓಪನ್ ಇದೆಯಾ?",
        "namaskaram chetta, kada thurannittundo?",
        "നമസ്കാരം ചേട്ടാ, കട തുറന്നോ?",
        "namaskar kaka, dukan chalu ahe ka?",
        "नमस्कार काका, दुकान उघडी आहे का?",
        "kem cho kaka, dukan chalu che?",
        "નમસ્તે કાકા, દુકાન ખુલ્લી છે?",
        "sat sri akal veerji, dukaan khulli hai?",
        "ਸਤ ਸ੍ਰੀ ਅਕਾਲ ਵੀਰਜੀ, ਦੁਕਾਨ ਖੁੱਲ੍ਹੀ ਹੈ?",
        "ନମସ୍କାର ଭାଇ, ଦୋକାନ ଖୋଲା ଅଛି କି?",
        "hello uncle, is the shop open?",
        "namaste mama ji 🙏",
        "vanakkam maama",
        "ram ram kaka",
        "namaste bhaiya, Sunita bol rahi hu B-block se",
        "নমস্কার, আমি রিনা বলছি, তিন তলা থেকে",
        "vanakkam, Lakshmi pesaren 2nd floor la irundhu",
        "hello sir, this is Ravi from flat 302",
        "namaskaram, nenu Padma matladutunna",
        "namaskar, Meena boltey 4 thya majlyavarun",
        "kem cho, hu Hetal bolu chhu",
        "sat sri akal ji, Gurpreet bol rahi aa",
        "ନମସ୍କାର, ମୁଁ ସୀତା କହୁଛି",
    ],
)
def test_a_hello_about_the_shop_or_who_writes_greets(text: str) -> None:
    result = parse(text)
    assert result.intent == Intent.GREET, result
    assert not result.items, result


@pytest.mark.parametrize("text", ["namaste chacha 🙏", "ram ram mama ji", "ਸਤ ਸ੍ਰੀ ਅਕਾਲ ਚਾਚਾ ਜੀ", "নমস্কার কাকু"])
def test_a_form_of_address_is_never_a_product(text: str, shop: CatalogIndex) -> None:
    result = parse(text, catalog=shop)
    assert result.intent == Intent.GREET, result
    assert not result.items, result


@pytest.mark.parametrize(
    "text",
    [
        "ye app kaise kaam karta hai? thoda samjha do",
        "यह कैसे काम करता है?",
        "eta kivabe kaj kore? ektu bujhiye dao",
        "এটা কীভাবে কাজ করে?",
        "idhu eppadi velai seyyum? konjam sollunga",
        "இது எப்படி வேலை செய்யும்?",
        "idi ela pani chestundi? koncham cheppandi",
        "ఇది ఎలా పని చేస్తుంది?",
        "idu hege kelsa madutte? swalpa heli",
        "ಇದು ಹೇಗೆ ಕೆಲಸ ಮಾಡುತ್ತೆ?",
        "ithu engane upayogikkum? onnu parayo",
        "ഇത് എങ്ങനെ ഉപയോഗിക്കും? ഒന്ന് പറഞ്ഞു തരോ",
        "he kasa kaam karta? jara samjavun sanga",
        "हे कसं काम करतं?",
        "aa kevi rite kaam kare che? jara samjavo",
        "આ કેવી રીતે કામ કરે છે?",
        "eh kiven kamm karda? thoda samjha deo",
        "ਇਹ ਕਿਵੇਂ ਕੰਮ ਕਰਦਾ ਹੈ?",
        "eha kemiti kaam kare? tike bujhei dia",
        "ଏହା କେମିତି କାମ କରେ?",
        "how do I use this thing? explain once",
    ],
)
def test_how_does_this_work_is_help(text: str) -> None:
    result = parse(text)
    assert result.intent == Intent.HELP, result
    assert not result.items, result


@pytest.mark.parametrize(
    ("text", "ref"),
    [
        ("A2211 rehne do bhaiya, plan badal gaya", "A2211"),
        ("A2211 वाला ऑर्डर रहने दो", "A2211"),
        ("B1402 order ta thak, lagbe na", "B1402"),
        ("order A5511 vendam, ooruku poren", "A5511"),
        ("A5511 ఆర్డర్ వద్దు", "A5511"),
        ("A7781 order beda, naale barthini", "A7781"),
        ("A3321 ordar venda, yathra pokunnu", "A3321"),
        ("A6610 order nako, baher jatoy", "A6610"),
        ("A4412 order nathi joitu have", "A4412"),
        ("ਆਰਡਰ A8812 ਰਹਿਣ ਦਿਓ ਜੀ", "A8812"),
        ("A9913 order darkar nahi", "A9913"),
    ],
)
def test_leaving_an_order_by_number_cancels_it(text: str, ref: str) -> None:
    result = parse(text)
    assert result.intent == Intent.CANCEL_ORDER, result
    assert result.slots.get("order_ref") == ref, result


@pytest.mark.parametrize(
    "text",
    [
        "sab hata do, naye sire se bataunga",
        "সব বাদ দাও, নতুন করে বলছি",
        "ellathayum eduthudunga, puthusa solren",
        "anni teeseyandi, kottaga cheptanu",
        "ella tegedubidi, hosadagi heltini",
        "ಎಲ್ಲಾ ತೆಗೆದುಹಾಕಿ, ಹೊಸದಾಗಿ ಕೊಡ್ತೀನಿ",
        "ellam maatti, puthiyathayi parayam",
        "sagla kadhun taka, navyane sangto",
        "badhu kaadhi nakho, navesar thi kahish",
        "ਸਭ ਕੁਝ ਕੱਢ ਦਿਓ, ਨਵੇਂ ਸਿਰੇ ਤੋਂ ਦੱਸਾਂਗਾ",
        "sabu bahara kara, nua kari kahibi",
        "clear everything, I'll tell you afresh",
    ],
)
def test_all_out_and_anew_clears_the_cart(text: str) -> None:
    assert parse(text).intent == Intent.CLEAR_CART


@pytest.mark.parametrize(
    "text",
    [
        "nahi, aur kuch nahi",
        "nahi bhaiya, aur kuch nahi chahiye",
        "na, ar kichu lagbe na",
        "না, আর কিছু লাগবে না",
        "இல்ல, வேற ஒன்னும் வேணாம்",
        "ledu, inka emi vaddu",
        "illa, innenu beda",
        "illa, vere onnum venda",
        "नाही, आणखी काही नको",
        "na, biju kai nathi joitu",
        "nahi ji, hor kuch nahi chahida",
        "na, au kichhi darkar nahi",
        "no, nothing more",
    ],
)
def test_no_nothing_more_denies(text: str) -> None:
    result = parse(text)
    assert result.intent == Intent.DENY, result
    assert not result.items, result


@pytest.mark.parametrize(
    ("text", "product"),
    [
        ("maggi rehne do", "ST-0157"),
        ("मैगी रहने दो", "ST-0157"),
        ("ਮੈਗੀ ਰਹਿਣ ਦਿਓ", "ST-0157"),
        ("good knight coil rehne do bhai", "ST-0251"),
        ("horlicks thak", "ST-0204"),
        ("harpic vittudunga", "ST-0246"),
        ("surf excel vadileyandi", "ST-0236"),
        ("parle g bittbidi", "ST-0189"),
        ("vim bar vittekku", "ST-0243"),
        ("kurkure rahu dya", "ST-0201"),
        ("parle g rehva do", "ST-0189"),
        ("maggi thau", "ST-0157"),
        ("dalda nu ghee kaadhi nakho", "ST-0075"),
    ],
)
def test_leaving_an_item_out_removes_it(text: str, product: str, shop: CatalogIndex) -> None:
    result = parse(text, catalog=shop)
    assert result.intent == Intent.REMOVE_ITEM, result
    assert len(result.items) == 1, result
    assert result.items[0].candidates[0].product_id == product, result


@pytest.mark.parametrize("text", ["sorisa tela bad diantu", "sorisa tela hatai dia"])
def test_odia_mustard_oil_is_one_item(text: str, shop: CatalogIndex) -> None:
    result = parse(text, catalog=shop)
    assert result.intent == Intent.REMOVE_ITEM, result
    assert len(result.items) == 1, result
    assert "Mustard Oil" in result.items[0].candidates[0].name, result


@pytest.mark.parametrize(
    ("text", "query"),
    [
        ("bhaiya aaj taaza methi aayi kya?", "methi"),
        ("आज ताज़ा पनीर आया?", "पनीर"),
        ("dada aaj tatka machh eseche?", "machh"),
        ("আজ টাটকা পনির এসেছে?", "পনির"),
        ("anna inniku fresh-a keerai vandhucha?", "keerai"),
        ("இன்னைக்கு ஃப்ரெஷ் பனீர் வந்துச்சா?", "பனீர்"),
        ("anna ee roju taja kura vachinda?", "kura"),
        ("ఈ రోజు తాజా పనీర్ వచ్చిందా?", "పనీర్"),
        ("anna ivattu taaja tomato bandideya?", "tomato"),
        ("ಇವತ್ತು ತಾಜಾ ಪನೀರ್ ಬಂದಿದೆಯಾ?", "ಪನೀರ್"),
        ("chetta innu fresh meen vanno?", "meen"),
        ("ഇന്ന് ഫ്രഷ് പനീർ വന്നോ?", "പനീർ"),
        ("kaka aaj taaja paneer aala ka?", "paneer"),
        ("आज ताजे पनीर आले का?", "पनीर"),
        ("kaka aaje taaju paneer aavyu?", "paneer"),
        ("આજે તાજું પનીર આવ્યું?", "પનીર"),
        ("veerji ajj taaza dahi aaya?", "dahi"),
        ("ਅੱਜ ਤਾਜ਼ਾ ਪਨੀਰ ਆਇਆ?", "ਪਨੀਰ"),
        ("bhai aaji taja paneer asichi ki?", "paneer"),
        ("ଆଜି ତାଜା ପନିର ଆସିଛି କି?", "ପନିର"),
        ("did fresh paneer come in today?", "paneer"),
    ],
)
def test_did_fresh_goods_come_in_browses_for_them(text: str, query: str) -> None:
    result = parse(text)
    assert result.intent == Intent.BROWSE, result
    assert result.slots.get("query") == query, result


@pytest.mark.parametrize(
    ("text", "query"),
    [
        ("maggi ke kaun kaun se flavour hai?", "maggi"),
        ("मैगी के कौन कौन से फ्लेवर हैं?", "मैगी"),
        ("bingo r ki ki flavour ache?", "bingo"),
        ("kurkure la enna enna flavour irukku?", "kurkure"),
        ("lays lo e flavours unnayi?", "lays"),
        ("lays alli yaava yaava flavour ide?", "lays"),
        ("maggi il ethokke tharam undu?", "maggi"),
        ("kurkure che konte flavour ahet?", "kurkure"),
        ("lays na kaya kaya flavour che?", "lays"),
        ("lays de kehde kehde flavour ne?", "lays"),
        ("lays ra kau kau flavour achi?", "lays"),
        ("which flavours of lays do you have?", "lays"),
        ("what kinds of atta do you have?", "atta"),
        ("sugar free ki goliyan hai kya? dadi ke liye", "sugar free"),
        ("low fat dahi hai kya? nahi to normal bhi chalega", "low fat dahi"),
        ("brown bread irukka? illana white bread podhum", "brown bread"),
        ("toned milk undo? full cream aayalum mathi", "toned milk"),
    ],
)
def test_kinds_asked_about_keep_only_the_goods_in_the_query(text: str, query: str) -> None:
    result = parse(text)
    assert result.intent == Intent.BROWSE, result
    assert result.slots.get("query") == query, result


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("2 kilo atta order kar do", Intent.ADD_ITEMS),
        ("order cancel kar do", Intent.CANCEL_ORDER),
        ("order kab aayega", Intent.ORDER_STATUS),
        ("mera order status batao", Intent.ORDER_STATUS),
        ("ar kichu lagbe na, bill koro", Intent.CHECKOUT),
        ("aur kuch nahi, bas itna", Intent.CHECKOUT),
        ("rehne do", Intent.DENY),
        ("nahi rehne do", Intent.DENY),
        ("namaste, 2 kilo atta bhej do", Intent.ADD_ITEMS),
        ("hello, any shop near 560034?", Intent.FIND_STORES),
        ("atta kitne ka hai?", Intent.BROWSE),
        ("bill bhej do", Intent.CHECKOUT),
    ],
)
def test_near_misses_keep_their_reading(text: str, intent: Intent) -> None:
    assert parse(text).intent == intent


def test_a_question_about_goods_keeps_its_browse() -> None:
    result = parse("namaste bhaiya, dukaan pe maggi hai?")
    assert result.intent == Intent.BROWSE
    assert result.slots.get("query") == "maggi"
