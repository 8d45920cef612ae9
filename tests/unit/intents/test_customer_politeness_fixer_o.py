"""Families from fixer O, an elder customer's politeness: the kinship word or form of address
the shopkeeper is called by ("ಅಪ್ಪ", "mone", "bala", "ବାପା") is never a product and leaves a
short yes / no its intent."""

from __future__ import annotations

import pytest

from intents.parse import parse
from intents.types import Intent
from tests.unit.intents.eval_shop import build_eval_shop, parsed_order

SHOP = build_eval_shop()
POTATO, SALT, PAPAD = "ST-0106", "ST-0139", "ST-0174"


@pytest.mark.parametrize(
    ("text", "calling", "products"),
    [
        ("2 packet lijjat papad please dear", "dear", [PAPAD]),
        ("1 kg potato and one tata salt my child", "child", [POTATO, SALT]),
        ("ek tata namak bhej dena bitiya", "bitiya", [SALT]),
        ("2 kilo alu ar ekta tata salt dao kaku", "kaku", [POTATO, SALT]),
        ("এক কেজি আলু দিও কাকু", "কাকু", [POTATO]),
        ("oru tata salt anuppunga ayya", "ayya", [SALT]),
        ("ஒரு டாட்டா உப்பு அனுப்புங்க அண்ணே", "அண்ணே", [SALT]),
        ("oka tata salt pampandi nayana", "nayana", [SALT]),
        ("ఒక కేజీ బంగాళదుంప పంపండి తమ్ముడూ", "తమ్ముడూ", [POTATO]),
        ("ek kilo batata pathva bala", "bala", [POTATO]),
        ("एक किलो बटाटा पाठव बाळा", "बाळा", [POTATO]),
        ("ek kilo bateta mokalo dikra", "dikra", [POTATO]),
        ("એક કિલો બટાકા મોકલજો દીકરા", "દીકરા", [POTATO]),
        ("ondu kg alugadde kalisi magu", "magu", [POTATO]),
        ("ಒಂದು ಕೆಜಿ ಆಲೂಗಡ್ಡೆ ಕಳಿಸಿ ಅಪ್ಪಾ", "ಅಪ್ಪಾ", [POTATO]),
        ("ಅಪ್ಪ, ಒಂದು ಕೆಜಿ ಆಲೂಗಡ್ಡೆ ಮತ್ತು ಒಂದು ಟಾಟಾ ಉಪ್ಪು ಕಳಿಸಿ", "ಅಪ್ಪ", [POTATO, SALT]),
        ("oru kilo urulakizhangu ayakku mone", "mone", [POTATO]),
        ("ഒരു കിലോ ഉരുളക്കിഴങ്ങ് അയക്കണേ മോനേ", "മോനേ", [POTATO]),
        ("puttar ikk kilo aloo te ikk tata namak bhej deo", "puttar", [POTATO, SALT]),
        ("ਇੱਕ ਕਿਲੋ ਆਲੂ ਭੇਜ ਦਿਓ ਪੁੱਤ", "ਪੁੱਤ", [POTATO]),
        ("eka kilo alu pathei dia bapa", "bapa", [POTATO]),
        ("ଏକ କିଲୋ ଆଳୁ ପଠାଇ ଦିଅ ବାପା", "ବାପା", [POTATO]),
    ],
)
def test_calling_the_shopkeeper_is_no_product(text: str, calling: str, products: list[str]) -> None:
    order = parsed_order(SHOP, text, len(products))
    assert all(calling not in item.text.split() for item in order.items), order.items
    assert [item.candidates[0].product_id for item in order.items] == products


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("yes dear, that is fine", Intent.CONFIRM),
        ("ha baba, sob thik, pathiye dao", Intent.CONFIRM),
        ("ho bala, sagla barobar, pathva", Intent.CONFIRM),
        ("howdu appa, ella sari, kalisi", Intent.CONFIRM),
        ("sheri mone, ellam sheriyaanu, ayacholu", Intent.CONFIRM),
        ("haanji puttar, sab theek aa, bhej do", Intent.CONFIRM),
        ("no dear, not that one", Intent.DENY),
        ("na baba, ota ami chaini", Intent.DENY),
        ("వద్దు బాబూ", Intent.DENY),
        ("ಬೇಡ ಅಪ್ಪ", Intent.DENY),
        ("alla mole, athu njan paranjilla", Intent.DENY),
        ("nahi puttar, eh main nahi manggeya", Intent.DENY),
    ],
)
def test_yes_or_no_with_a_calling_word_keeps_its_intent(text: str, intent: Intent) -> None:
    assert parse(text, catalog=SHOP).intent == intent


@pytest.mark.parametrize(
    "text",
    [
        "Good evening son. This is Mr. Rao from the corner house, 2nd floor. Hope you are keeping well",
        "Hello dear, this is Mrs. Fernandes from block C, flat 12. How are you all?",
        "राम राम बेटा, मैं वर्मा जी की पत्नी बोल रही हूँ, मकान नंबर 12 से। घर में सब कुशल मंगल?",
        "namaste bhaiya, main Gupta ji ki maa bol rahi hoon, gali number 4 se. aap kaise hain?",
        "নমস্কার বাবা, আমি বোস বাড়ির দিদিমা বলছি, ৭ নম্বর বাড়ি থেকে। সবাই ভালো আছো তো?",
        "nomoskar baba, ami Ghosh babur ma bolchi, 3 no goli theke. kemon acho?",
        "vanakkam thambi, naan Saroja paati, 5 aam number veedu. sowkiyama?",
        "namaskaram nayana, nenu Lakshmamma, 4 va lane. baagunnara?",
        "नमस्कार दादा, मी कुलकर्णी काकू बोलतेय, गल्ली नंबर 2 मधून. सगळे बरे आहात ना?",
        "namaskar bala, mi Deshpande aaji, Shivaji chowk javal. kase aahat?",
        "જય શ્રી કૃષ્ણ દીકરા, હું પટેલ બા બોલું છું, ૧૨ નંબર વાળા ઘરેથી. બધા મજામાં?",
        "kem cho bhai, hu Shah kaki, society na 3 number vala. majama?",
        "ನಮಸ್ಕಾರ ಅಪ್ಪ, ನಾನು ಸರೋಜಮ್ಮ, ದೇವಸ್ಥಾನದ ರಸ್ತೆ. ಎಲ್ಲರೂ ಚೆನ್ನಾಗಿದ್ದೀರಾ?",
        "namaskara magu, naanu Gowramma, 2ne main. hegiddira?",
        "നമസ്കാരം മോളേ, ഞാൻ മറിയാമ്മ ആണ്, സ്കൂളിന്റെ അടുത്തുള്ള വീട്. സുഖമാണോ?",
        "namaskaram mone, njan Annamma aanu, church road. ellavarkkum sukhamalle?",
        "ਸਤ ਸ੍ਰੀ ਅਕਾਲ ਪੁੱਤਰ, ਮੈਂ ਸੰਧੂਆਂ ਦੀ ਬੀਬੀ ਬੋਲ ਰਹੀ ਹਾਂ, ਗਲੀ ਨੰਬਰ 5। ਕੀ ਹਾਲ ਚਾਲ?",
        "sat sri akal veerji, main Dhillon aunty, gali number 7 ton. tusi theek ho?",
        "ନମସ୍କାର ବାପା, ମୁଁ ମହାନ୍ତି ଘର ଆଈ କହୁଛି, ମନ୍ଦିର ଗଳି। ସମସ୍ତେ ଭଲ ଅଛନ୍ତି?",
        "namaskar bapa, mu Das ghara aai, 3 number gali. kemiti achha?",
    ],
)
def test_greeting_who_and_where_and_how_are_you_greets(text: str) -> None:
    assert parse(text, catalog=SHOP).intent == Intent.GREET


@pytest.mark.parametrize(
    ("text", "product"),
    [
        ("sorry to bother you son, please remove the tata salt", SALT),
        ("দাদা কিছু মনে করবেন না, আলুটা বাদ দিন", POTATO),
        ("kichhu mone koro na dada, alu ta baad dao", POTATO),
        ("மன்னிச்சிடுங்க தம்பி, டாட்டா உப்பு வேண்டாம், எடுத்துடுங்க", SALT),
        ("kshaminchandi babu, tata salt teeseyandi", SALT),
        ("क्षमा करा दादा, टाटा मीठ काढून टाका", SALT),
        ("maaf karjo bhai, tata namak kadhi nakho", SALT),
        ("khyama karibe bapa, tata luna bad dia", SALT),
    ],
)
def test_an_apology_before_a_removal_is_no_item(text: str, product: str) -> None:
    result = parse(text, catalog=SHOP)
    assert result.intent == Intent.REMOVE_ITEM, result
    assert [item.candidates[0].product_id if item.candidates else None for item in result.items] == [product]


@pytest.mark.parametrize(
    ("text", "products"),
    [
        ("2 packet lijjat papad and 1 kg potato. God bless you son", [PAPAD, POTATO]),
        ("1 kg aloo aur ek tata namak bhej do. bachon ko mera aashirvaad", [POTATO, SALT]),
        ("2 kg aashirvaad atta, 1 kg aloo, mera aashirvaad", ["ST-0001", POTATO]),
    ],
)
def test_a_blessing_beside_an_order_is_no_item(text: str, products: list[str]) -> None:
    order = parsed_order(SHOP, text, len(products))
    assert [item.candidates[0].product_id for item in order.items] == products


@pytest.mark.parametrize("text", ["ha bapa, sabu thik, pathai dia", "sabu thik achi bapa"])
def test_odia_all_is_fine_confirms(text: str) -> None:
    assert parse(text, catalog=SHOP).intent == Intent.CONFIRM


@pytest.mark.parametrize(
    "text",
    ["டாட்டா உப்பு வேண்டாம், அதை எடுத்துடுங்க", "tata uppu beda, adannu tegedu bidi", "tata namak nathi joitu, ene kadhi nakho"],
)
def test_it_after_a_removal_is_no_second_item(text: str) -> None:
    result = parse(text, catalog=SHOP)
    assert result.intent == Intent.REMOVE_ITEM
    assert [item.candidates[0].product_id for item in result.items] == [SALT]


@pytest.mark.parametrize(
    ("text", "product"),
    [
        ("send tata salt please, whatever brand you usually send, I trust you", SALT),
        ("tata namak bhej do bhaiya, jo hamesha dete ho wahi dena", SALT),
        ("দাদা, মুসুর ডাল পাঠিয়ে দিও। যে মাল সবসময় দাও সেটাই দিও, তোমার উপর ভরসা আছে।", "ST-0050"),
        ("dada, musur dal pathiye dio, je maal sobsomoy dao setai dio", "ST-0050"),
        ("ಅಪ್ಪ, ರಾಗಿ ಹಿಟ್ಟು ಕಳಿಸಿ. ನೀವು ಯಾವಾಗಲೂ ಕೊಡೋದೇ ಆಗುತ್ತೆ.", "ST-0015"),
        ("தம்பி, டாட்டா உப்பு அனுப்புங்க, எப்பவும் குடுக்கறதே போதும்", SALT),
        ("బాబూ, టాటా ఉప్పు పంపండి, ఎప్పుడూ ఇచ్చేదే చాలు", SALT),
        ("ବାପା, ଟାଟା ଲୁଣ ପଠାଇ ଦିଅ, ସବୁବେଳେ ଯାହା ଦିଅ ସେଇଆ", SALT),
    ],
)
def test_leaving_the_choice_to_the_shop_is_a_remark(text: str, product: str) -> None:
    order = parsed_order(SHOP, text, 1)
    assert order.items[0].candidates[0].product_id == product
