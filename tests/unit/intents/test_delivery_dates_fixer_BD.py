"""Fixer BD, delivery dates and times inside orders, announcements, and confirm vs checkout in all
eleven languages: a day or time of delivery ("15 tarikh shaam 6 baje", "21 ನೇ ತಾರೀಖು ಬೆಳಿಗ್ಗೆ",
"deliver by 7 pm") is no item and no quantity; news of a big order for a wedding is a greeting;
a yes with the order made sure ("হ্যাঁ, অর্ডার কনফার্ম করুন") confirms the summary, while a plain
"order kar do" stays checkout."""

from __future__ import annotations

import pytest

from intents.big_order_news import announces_big_order
from intents.delivery_dates import without_delivery_dates
from intents.order_confirm import confirms_the_order
from intents.parse import parse
from intents.types import Intent
from tests.unit.intents.eval_shop import build_eval_shop

SHOP = build_eval_shop()

# (text, language, intent, (item text, quantity) of each item): six a language.
CASES = [
    ("that's all, place the order. deliver on 21st morning", 'en', Intent.CHECKOUT, ()),
    ('3 kg atta, deliver by 7 pm', 'en', Intent.ADD_ITEMS, (('atta', 3.0),)),
    ('1 packet salt, need it on saturday morning', 'en', Intent.ADD_ITEMS, (('salt', 1.0),)),
    ("hi, my brother's wedding is next month, will be placing a big order with you", 'en', Intent.GREET, ()),
    ('yes fine, order confirmed', 'en', Intent.CONFIRM, ()),
    ('checkout please', 'en', Intent.CHECKOUT, ()),
    ('bas itna hi, order kar do. 15 tarikh shaam 6 baje tak bhej dena', 'hi', Intent.CHECKOUT, ()),
    ('2 kilo chini, kal subah 8 baje tak', 'hi', Intent.ADD_ITEMS, (('chini', 2.0),)),
    ('हाँ ठीक है, ऑर्डर पक्का', 'hi', Intent.CONFIRM, ()),
    ('नमस्ते भैया, घर में शादी है, बहुत बड़ा ऑर्डर देना है', 'hi', Intent.GREET, ()),
    ('5 tarikh ko 1 kilo atta bhejna', 'hi', Intent.ADD_ITEMS, (('atta', 1.0),)),
    ('ऑर्डर कर दो', 'hi', Intent.CHECKOUT, ()),
    ('ar kichu na, order kore dao, 20 tarikh sokale delivery chai', 'bn', Intent.CHECKOUT, ()),
    ('২ কেজি চিনি, শুক্রবার সকালে দিয়ে যাবেন', 'bn', Intent.ADD_ITEMS, (('চিনি', 2.0),)),
    ('হ্যাঁ, অর্ডার কনফার্ম করুন', 'bn', Intent.CONFIRM, ()),
    ('দাদা, বাড়িতে বিয়ে, অনেক বড় অর্ডার দেব', 'bn', Intent.GREET, ()),
    ('১ প্যাকেট নুন, ২৩ তারিখ সকালে', 'bn', Intent.ADD_ITEMS, (('নুন', 1.0),)),
    ('order kore dao', 'bn', Intent.CHECKOUT, ()),
    ('avlo thaan, checkout pannunga, 12th saayangalam delivery', 'ta', Intent.CHECKOUT, ()),
    ('2 kilo sakkarai, kaalaila 8 manikku kudunga', 'ta', Intent.ADD_ITEMS, (('sakkarai', 2.0),)),
    ('ஆமா சரி, ஆர்டர் கன்பார்ம்', 'ta', Intent.CONFIRM, ()),
    ('anna veetla kalyanam, niraya order panuven', 'ta', Intent.GREET, ()),
    ('1 கிலோ அரிசி, 9 தேதி காலையில', 'ta', Intent.ADD_ITEMS, (('அரிசி', 1.0),)),
    ('checkout pannunga', 'ta', Intent.CHECKOUT, ()),
    ('chalu, order pettandi, 14 tariku sayantram 5 gantalaki', 'te', Intent.CHECKOUT, ()),
    ('2 kilo chakkera, repu podduna 7 gantalaki', 'te', Intent.ADD_ITEMS, (('chakkera', 2.0),)),
    ('అవును సరే, ఆర్డర్ కన్ఫర్మ్', 'te', Intent.CONFIRM, ()),
    ('anna intlo pelli undi, chala pedda order istanu', 'te', Intent.GREET, ()),
    ('1 kilo biyyam, 10 tariku udayam', 'te', Intent.ADD_ITEMS, (('biyyam', 1.0),)),
    ('order pettandi', 'te', Intent.CHECKOUT, ()),
    ('bas evdhach, order kara. 16 tarkhela sakali delivery', 'mr', Intent.CHECKOUT, ()),
    ('2 kilo sakhar, sakali 9 vajta dya', 'mr', Intent.ADD_ITEMS, (('sakhar', 2.0),)),
    ('हो बरोबर, ऑर्डर पक्की', 'mr', Intent.CONFIRM, ()),
    ('namaskar, ghari lagna aahe, khup mothi order dyaychi aahe', 'mr', Intent.GREET, ()),
    ('1 kilo tandul, 12 तारखेला सकाळी', 'mr', Intent.ADD_ITEMS, (('tandul', 1.0),)),
    ('order kara', 'mr', Intent.CHECKOUT, ()),
    ('bas, order kari do, 19 tarikh e saanje delivery', 'gu', Intent.CHECKOUT, ()),
    ('2 kilo khand, savare 10 vage', 'gu', Intent.ADD_ITEMS, (('khand', 2.0),)),
    ('હા બરાબર, ઓર્ડર કન્ફર્મ', 'gu', Intent.CONFIRM, ()),
    ('jai shri krishna, ghare lagna che, motu order aapvanu che', 'gu', Intent.GREET, ()),
    ('1 kilo chokha, ૨૦ તારીખે સાંજે', 'gu', Intent.ADD_ITEMS, (('chokha', 1.0),)),
    ('order kari do', 'gu', Intent.CHECKOUT, ()),
    ('aytu, order maadi, 17 ne tareeku sanje delivery', 'kn', Intent.CHECKOUT, ()),
    ('2 kg sakkare, beligge 8 gantege kodi', 'kn', Intent.ADD_ITEMS, (('sakkare', 2.0),)),
    ('ಹೌದು ಸರಿ, ಆರ್ಡರ್ ಕನ್ಫರ್ಮ್', 'kn', Intent.CONFIRM, ()),
    ('namaskara, maneli maduve ide, dodda order kodtini', 'kn', Intent.GREET, ()),
    ('1 kg akki, 21 ನೇ ತಾರೀಖು ಬೆಳಿಗ್ಗೆ', 'kn', Intent.ADD_ITEMS, (('akki', 1.0),)),
    ('order maadi', 'kn', Intent.CHECKOUT, ()),
    ('mathi, order cheyyu, 23 theeyathi raavile delivery venam', 'ml', Intent.CHECKOUT, ()),
    ('2 kilo panchasara, raavile 9 manikku', 'ml', Intent.ADD_ITEMS, (('panchasara', 2.0),)),
    ('അതെ ശരി, ഓർഡർ കൺഫേം', 'ml', Intent.CONFIRM, ()),
    ('chetta, veettil kalyanam aanu, valiya order undavum', 'ml', Intent.GREET, ()),
    ('1 kilo ari, 24 തീയതി രാവിലെ', 'ml', Intent.ADD_ITEMS, (('ari', 1.0),)),
    ('order cheyyu', 'ml', Intent.CHECKOUT, ()),
    ('bas, order kar deyo, 26 tarikh savere delivery', 'pa', Intent.CHECKOUT, ()),
    ('2 kilo cheeni, savere 8 vaje tak', 'pa', Intent.ADD_ITEMS, (('cheeni', 2.0),)),
    ('ਹਾਂ ਠੀਕ ਹੈ, ਆਰਡਰ ਪੱਕਾ', 'pa', Intent.CONFIRM, ()),
    ('sat sri akal, ghar viah hai, bahut vadda order dena hai', 'pa', Intent.GREET, ()),
    ('1 kilo chawal, 27 ਤਾਰੀਖ ਸਵੇਰੇ', 'pa', Intent.ADD_ITEMS, (('chawal', 1.0),)),
    ('order kar deyo', 'pa', Intent.CHECKOUT, ()),
    ('bas, order kara, 28 tarikha sakale delivery', 'or', Intent.CHECKOUT, ()),
    ('2 kilo chini, sakale 7 ta bele', 'or', Intent.ADD_ITEMS, (('chini', 2.0),)),
    ('ହଁ ଠିକ ଅଛି, ଅର୍ଡର କନଫର୍ମ', 'or', Intent.CONFIRM, ()),
    ('namaskar, ghare bahaghara achhi, bahut bada order debi', 'or', Intent.GREET, ()),
    ('1 kilo chaula, 29 ତାରିଖ ସକାଳେ', 'or', Intent.ADD_ITEMS, (('chaula', 1.0),)),
    ('order kara', 'or', Intent.CHECKOUT, ()),
]


@pytest.mark.parametrize(("text", "language", "intent", "items"), CASES)
def test_delivery_dates_announcements_and_confirm(
    text: str, language: str, intent: Intent, items: tuple[tuple[str, float], ...]
) -> None:
    result = parse(text, catalog=SHOP)
    assert result.intent == intent, result
    assert tuple((item.text, item.quantity) for item in result.items) == items, result


# Near misses that keep their old reading: an amount after a time of day, a wedding order with
# amounts, a plain ok before the order word, an ordinal that points at an item.
UNCHANGED = [
    ("kal subah 2 doodh bhej dena", Intent.ADD_ITEMS, (("doodh", 2.0),)),
    ("wedding ke liye 5 kilo basmati chawal", Intent.ADD_ITEMS, (("basmati chawal", 5.0),)),
    ("2 kg sugar by tomorrow", Intent.ADD_ITEMS, (("sugar", 2.0),)),
    ("bada order hai, 10 kilo atta aur 5 kilo chini", Intent.ADD_ITEMS, (("atta", 10.0), ("chini", 5.0))),
    ("ok, order cheyyu", Intent.CHECKOUT, ()),
    ("thik achhi, order kara", Intent.CHECKOUT, ()),
    ("bas evdhach, order kara", Intent.CHECKOUT, ()),
    ("aytu order confirm maadi", Intent.CHECKOUT, ()),
    ("haan 2 kilo atta bhi", Intent.ADD_ITEMS, (("atta", 2.0),)),
    ("haan", Intent.CONFIRM, ()),
    ("flat 12, 2nd floor, green park", Intent.GIVE_ADDRESS, ()),
]


@pytest.mark.parametrize(("text", "intent", "items"), UNCHANGED)
def test_near_misses_keep_their_reading(text: str, intent: Intent, items: tuple[tuple[str, float], ...]) -> None:
    result = parse(text, catalog=SHOP)
    assert result.intent == intent, result
    assert tuple((item.text, item.quantity) for item in result.items) == items, result


def test_the_date_words_are_cut_but_amounts_stay() -> None:
    assert without_delivery_dates("2 kg sugar, deliver on 14th") == "2 kg sugar, deliver"
    assert without_delivery_dates("kal subah 2 doodh") == "kal subah 2 doodh"
    assert without_delivery_dates("order pettandi, 22 tariku podduna 7 ki delivery") == "order pettandi, delivery"


def test_an_announcement_needs_the_event_the_size_and_the_order() -> None:
    assert announces_big_order("ghare lagna che, motu order aapvanu che")
    assert not announces_big_order("ghare lagna che")
    assert not announces_big_order("lagna mate 5 kilo khand, motu order")


def test_a_confirm_needs_the_yes_first() -> None:
    assert confirms_the_order("ho barobar, order pakki")
    assert not confirms_the_order("barobar, order kara")
    assert not confirms_the_order("ho, order kara, checkout")


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("2 kg atta, shaam 5 ke baad aana", "2 kg atta, aana"),
        ("rendu packet paal, saayangalam 6 appuram", "rendu packet paal,"),
        ("1 kg sugar, bikele 6 pore dite", "1 kg sugar, dite"),
    ],
)
def test_an_hour_with_an_after_word_is_cut(text: str, wanted: str) -> None:
    """"saayangalam 6 appuram" (after six in the evening) is a time, not six of anything."""
    assert without_delivery_dates(text).rstrip() == wanted.rstrip()


def test_ok_that_asks_the_shop_to_place_it_is_checkout() -> None:
    """An ok + "pakka kar do" asks the shop to place the order; a plain yes + "order pakka" confirms."""
    assert parse("theek hai bhaiya, ab order pakka kar do").intent == Intent.CHECKOUT
    assert parse("हाँ ठीक है, ऑर्डर पक्का").intent == Intent.CONFIRM
