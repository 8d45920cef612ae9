"""Customer questions about the number, the stock, the bill and the delivery, in all eleven languages
(fixer AM): "what can I do on this number?" asks for help; "is this the shop's new number?" only
greets; "will I get X? / do you keep X?" browses X (keeping "fresh" when it is part of what is asked,
dropping a size word); "how much has it all come to?" shows the cart; "when will it come? the bus is
at 7" asks the order's status; a time remark after the goods is no item."""

from __future__ import annotations

import pytest

from intents.parse import parse
from intents.types import Intent

# (language, message, expected): an intent value, "browse:<query>" or "items:<text>=<qty>;..."
CASES = [
    ('en', 'what can we do on this number?', 'help'),
    ('en', 'hello, is this the new number of the shop?', 'greet'),
    ('en', 'do you stock fresh cream?', 'browse:fresh cream'),
    ('en', 'do u carry brown bread?', 'browse:brown bread'),
    ('en', 'when will it arrive? bus comes at 8', 'order_status'),
    ('en', '2 parle g please, kids come home at 5', 'items:parle g=2'),
    ('hi', 'is number pe kya kya kar sakte hai?', 'help'),
    ('hi', 'namaste, ye aapka naya number hai kya?', 'greet'),
    ('hi', 'kya colgate milti hai kya?', 'browse:colgate'),
    ('hi', 'कब आएगा? 8 बजे स्कूल बस है', 'order_status'),
    ('hi', 'kab aa jayega? 8 baje bus aati hai', 'order_status'),
    ('hi', '3 maggi bhi dena, bachche 5 baje aa jayenge', 'items:maggi=3'),
    ('bn', 'ei number e ki ki kora jay?', 'help'),
    ('bn', 'nomoskar dada, eta dokaner notun number?', 'greet'),
    ('bn', 'surf excel milbe?', 'browse:surf excel'),
    ('bn', 'কবে আসবে? 8 টায় স্কুল বাস', 'order_status'),
    ('bn', 'sob miliye koto holo?', 'show_cart'),
    ('bn', '2 ta maggi, bachha 5 tar por bari firbe', 'items:maggi=2'),
    ('ta', 'indha nambar la enna pannalam?', 'help'),
    ('ta', 'vanakkam anna, idhu kadaiyoda pudhu number ah?', 'greet'),
    ('ta', 'paneer kidaikkum ah?', 'browse:paneer'),
    ('ta', 'eppo varum? 8 manikku school bus', 'order_status'),
    ('ta', 'ellam serthu evvalavu aachu?', 'show_cart'),
    ('ta', '2 maggi, pasanga 5 manikku vanthuduvanga', 'items:maggi=2'),
    ('te', 'ee nambar lo emem cheyochu?', 'help'),
    ('te', 'namaskaram anna, idi shop kotha number aa?', 'greet'),
    ('te', 'ghee dorukuthunda?', 'browse:ghee'),
    ('te', 'eppudu vastadi? 8 ki school bus', 'order_status'),
    ('te', 'anni kalipi entha ayyindi?', 'show_cart'),
    ('te', '3 maggi kuda, pillalu 5 gantalaku vachestaru', 'items:maggi=3'),
    ('mr', 'ya number var kay kay karta yeta?', 'help'),
    ('mr', 'namaskar, ha dukanacha nava number aahe ka?', 'greet'),
    ('mr', 'poha miltil ka?', 'browse:poha'),
    ('mr', 'kadhi yenar? 8 vajta school bus aahe', 'order_status'),
    ('mr', 'sagla milun kiti jhale?', 'show_cart'),
    ('mr', '2 maggi, porga 5 vajta parat yetil', 'items:maggi=2'),
    ('gu', 'aa number par shu shu thay?', 'help'),
    ('gu', 'kem cho bhai, aa dukan no navo number che?', 'greet'),
    ('gu', 'khakhra malshe ke?', 'browse:khakhra'),
    ('gu', 'kyare aavse? 8 vage school bus che', 'order_status'),
    ('gu', 'badhu mali ne ketla thaya?', 'show_cart'),
    ('gu', '2 maggi, chhokra 5 vage aavi jashe', 'items:maggi=2'),
    ('kn', 'ee nambar alli enenu madabahudu?', 'help'),
    ('kn', 'namaskara, idu angadiya hosa number aa?', 'greet'),
    ('kn', 'rava sigatta?', 'browse:rava'),
    ('kn', 'yavaga barutte? 8 gantege school bus', 'order_status'),
    ('kn', 'ಎಲ್ಲಾ ಸೇರಿ ಎಷ್ಟಾಯ್ತು?', 'show_cart'),
    ('kn', '2 maggi, makkalu 5 gantege barthare', 'items:maggi=2'),
    ('ml', 'ee nambaril enthokke cheyyam?', 'help'),
    ('ml', 'namaskaram chetta, ithu kadayude puthiya number aano?', 'greet'),
    ('ml', 'appam podi kittuvo?', 'browse:appam podi'),
    ('ml', 'eppol ethum? 8 manikku school bus', 'order_status'),
    ('ml', 'ellam koodi ethra aayi?', 'show_cart'),
    ('ml', '2 maggi, kuttikal 5 manikku ethum', 'items:maggi=2'),
    ('pa', 'is nambar te ki ki ho sakda?', 'help'),
    ('pa', 'sat sri akal ji, eh dukaan da nava number hai?', 'greet'),
    ('pa', 'panjiri milu gi?', 'browse:panjiri'),
    ('pa', 'kadon aauga? 8 vaje bus aa jandi', 'order_status'),
    ('pa', 'ਸਾਰਾ ਮਿਲਾ ਕੇ ਕਿੰਨਾ ਹੋਇਆ?', 'show_cart'),
    ('pa', '2 maggi, bache 5 vaje aa jaange', 'items:maggi=2'),
    ('or', 'ei nambar re kana kana kari pariba?', 'help'),
    ('or', 'namaskar bhai, eita dokan ra nua number ki?', 'greet'),
    ('or', 'chuda milibo ki?', 'browse:chuda'),
    ('or', 'kebe asiba? 8 ta bele school bus', 'order_status'),
    ('or', 'sabu mila ke te hela ki?', 'show_cart'),
    ('or', '2 ta maggi, pila mane 5 ta bele asibe', 'items:maggi=2'),
]


@pytest.mark.parametrize(("language", "text", "expected"), CASES)
def test_customer_question(language: str, text: str, expected: str) -> None:
    result = parse(text)
    if expected.startswith("browse:"):
        assert result.intent == Intent.BROWSE
        assert result.slots.get("query") == expected.removeprefix("browse:")
    elif expected.startswith("items:"):
        wanted = [(part.split("=")[0], float(part.split("=")[1])) for part in expected.removeprefix("items:").split(";")]
        assert result.intent == Intent.ADD_ITEMS
        assert [(item.text, item.quantity) for item in result.items] == wanted
    else:
        assert result.intent == Intent(expected)
    assert not any(item.quantity == 8 for item in result.items)  # a clock time is never an amount


def test_every_language_has_six() -> None:
    counts: dict[str, int] = {}
    for language, _, _ in CASES:
        counts[language] = counts.get(language, 0) + 1
    assert len(counts) == 11 and min(counts.values()) >= 6


def test_size_word_leaves_the_query() -> None:
    result = parse("do you have maggi big packs?")
    assert result.intent == Intent.BROWSE
    assert result.slots.get("query") == "maggi"


# Near-misses that keep their old reading.
def test_goods_on_the_number_stay_an_order() -> None:
    result = parse("is number pe 2 maggi bhej do")
    assert result.intent == Intent.ADD_ITEMS
    assert [item.quantity for item in result.items] == [2.0]


def test_a_new_number_with_digits_is_no_greeting() -> None:
    assert parse("new number 9876543210 save kar lo").intent != Intent.GREET


def test_fresh_stock_come_in_keeps_only_the_goods() -> None:
    result = parse("aaj taaza dhaniya aaya kya?")
    assert result.intent == Intent.BROWSE
    assert result.slots.get("query") == "dhaniya"


def test_an_amount_at_a_price_stays_an_item() -> None:
    result = parse("3 amul butter at 50 each")
    assert result.intent == Intent.ADD_ITEMS
    assert (result.items[0].text, result.items[0].quantity) == ("amul butter", 3.0)


def test_when_restocked_with_goods_stays_the_old_reading() -> None:
    assert parse("bhaiya 2 kilo atta milega?").intent == Intent.BROWSE


NATIVE = [
    ("इस नंबर पर क्या क्या कर सकते हैं?", "help"),
    ("এই নম্বরে কী কী করা যায়?", "help"),
    ("ఈ నంబర్ లో ఏమేమి చేయొచ్చు?", "help"),
    ("या नंबरवर काय काय करता येतं?", "help"),
    ("આ નંબર પર શું શું થાય?", "help"),
    ("ഈ നമ്പറിൽ എന്തൊക്കെ ചെയ്യാം?", "help"),
    ("ਇਸ ਨੰਬਰ ਤੇ ਕੀ ਕੀ ਹੋ ਸਕਦਾ?", "help"),
    ("ଏହି ନମ୍ବରରେ କଣ କଣ କରିହେବ?", "help"),
    ("নমস্কার, এটা দোকানের নতুন নম্বর?", "greet"),
    ("வணக்கம், இது கடையோட புது நம்பரா?", "greet"),
    ("నమస్తే, ఇది షాప్ కొత్త నంబరా?", "greet"),
    ("ನಮಸ್ಕಾರ, ಇದು ಅಂಗಡಿಯ ಹೊಸ ನಂಬರಾ?", "greet"),
    ("നമസ്കാരം, ഇത് കടയുടെ പുതിയ നമ്പർ ആണോ?", "greet"),
    ("ਸਤ ਸ੍ਰੀ ਅਕਾਲ, ਇਹ ਦੁਕਾਨ ਦਾ ਨਵਾਂ ਨੰਬਰ ਹੈ?", "greet"),
    ("ନମସ୍କାର, ଏହା ଦୋକାନର ନୂଆ ନମ୍ବର କି?", "greet"),
    ("नमस्कार, हा दुकानाचा नवीन नंबर आहे का?", "greet"),
    ("કેમ છો, આ દુકાનનો નવો નંબર છે?", "greet"),
    ("সরষের তেল মিলবে?", "browse:সরষের তেল"),
    ("ਪੰਜੀਰੀ ਮਿਲੂਗੀ?", "browse:ਪੰਜੀਰੀ"),
    ("ଛେନା ମିଳିବ କି?", "browse:ଛେନା"),
    ("கோதுமை மாவு கிடைக்கும்?", "browse:கோதுமை மாவு"),
    ("രവ കിട്ടുവോ?", "browse:രവ"),
]


@pytest.mark.parametrize(("text", "expected"), NATIVE)
def test_in_native_script(text: str, expected: str) -> None:
    result = parse(text)
    if expected.startswith("browse:"):
        assert result.intent == Intent.BROWSE
        assert result.slots.get("query") == expected.removeprefix("browse:")
    else:
        assert result.intent == Intent(expected)
