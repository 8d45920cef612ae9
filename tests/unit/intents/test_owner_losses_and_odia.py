"""Owner families: the day's takings in the shop's words; stock lost to expiry or a broken seal
is taken off (and the reason and the container are no part of the product's name); goods that
arrive are added; Odia owners' commands, native and romanised."""

from __future__ import annotations

import pytest

from intents.parse import parse
from intents.types import Intent


@pytest.mark.parametrize("text", [
    "aaje ketla order aavya ne ketlo vakro thayo?",
    "આજે કેટલા ઓર્ડર આવ્યા અને કેટલો વકરો થયો?",
    "aaje ketlo vakro thayo?",
    "how many orders today and how much did we make",
    "ajj kinne order aaye te kinni vikri hoyi?",
    "ଆଜି କେତେ ଅର୍ଡର ଆସିଲା, କେତେ ବିକ୍ରି ହେଲା?",
])
def test_the_days_orders_and_takings(text: str) -> None:
    assert parse(text, role="owner").intent == Intent.TODAY_SUMMARY


@pytest.mark.parametrize(("text", "delta", "name"), [
    ("ਹਲਦੀਰਾਮ ਖੱਟਾ ਮੀਠਾ ਦੇ 4 ਪੈਕੇਟ ਐਕਸਪਾਇਰ ਹੋ ਗਏ", -4, "ਹਲਦੀਰਾਮ ਖੱਟਾ ਮੀਠਾ"),
    ("3 బూస్ట్ డబ్బాల సీల్ పోయింది, స్టాక్ తగ్గించు", -3, "బూస్ట్"),
    ("3 பூஸ்ட் டப்பா சீல் உடைஞ்சு போச்சு", -3, "பூஸ்ட்"),
    ("3 ಬೂಸ್ಟ್ ಡಬ್ಬ ಎಕ್ಸ್\u200cಪೈರ್ ಆಗಿದೆ", -3, "ಬೂಸ್ಟ್"),
    ("୩ ବୁଷ୍ଟ ଡବା ଖରାପ ହୋଇଗଲା", -3, "ବୁଷ୍ଟ"),
    ("ਦਹੀਂ ਦੇ 6 ਡੱਬੇ ਖਰਾਬ ਹੋ ਗਏ, ਘਟਾ ਦਿਓ", -6, "ਦਹੀਂ"),
    ("3 boost seal broken, reduce stock", -3, "boost"),
    ("2 amul dahi kharab thai gaya", -2, "amul dahi"),
    ("20 பூஸ்ட் டப்பா வந்துச்சு", 20, "பூஸ்ட்"),
    ("20 బూస్ట్ డబ్బాలు వచ్చాయి", 20, "బూస్ట్"),
    ("20 ಬೂಸ್ಟ್ ಡಬ್ಬ ಬಂತು", 20, "ಬೂಸ್ಟ್"),
])
def test_losses_and_arrivals_change_the_stock_by_the_count(text: str, delta: int, name: str) -> None:
    result = parse(text, role="owner")
    assert (result.intent, result.slots.get("stock_delta")) == (Intent.ADJUST_STOCK, delta)
    assert [item.text for item in result.items] == [name]


@pytest.mark.parametrize(("text", "intent"), [
    ("thums up au rakhibi nahin, kehi kinunahanti", Intent.DEACTIVATE_PRODUCT),
    ("ଥମ୍ସ ଅପ୍ ଆଉ ରଖିବି ନାହିଁ, କେହି କିଣୁନାହାନ୍ତି", Intent.DEACTIVATE_PRODUCT),
    ("thums up au bikibi nahin", Intent.DEACTIVATE_PRODUCT),
    ("kana kana kami gala?", Intent.LOW_STOCK),
    ("କଣ କଣ କମି ଗଲା?", Intent.LOW_STOCK),
    ("kou kou jinisa sari jauchi?", Intent.LOW_STOCK),
    ("ki ki kome gelo?", Intent.LOW_STOCK),
    ("ఏమేమి తగ్గాయి?", Intent.LOW_STOCK),
    ("aaji kete order asila?", Intent.TODAY_SUMMARY),
    ("ଆଜି ଦୋକାନ ବନ୍ଦ ରହିବ", Intent.CLOSE_SHOP),
    ("ଦୋକାନ ଖୋଲିଦେଲି", Intent.OPEN_SHOP),
    ("ମାଗି ସରିଗଲା", Intent.SET_STOCK),
    ("ମାଗି ଦାମ 15", Intent.SET_PRICE),
    ("ମାଗି 20 ଟା ଆସିଲା", Intent.ADJUST_STOCK),
    ("୩ଟି ମାଗି ପ୍ୟାକେଟ ଫାଟିଗଲା", Intent.ADJUST_STOCK),
])
def test_odia_owner_commands(text: str, intent: Intent) -> None:
    assert parse(text, role="owner").intent == intent


def test_a_count_with_a_product_is_no_question_of_which_ran_low() -> None:
    result = parse("maggi 5 kami gala", role="owner")
    assert (result.intent, result.slots.get("stock_delta")) == (Intent.ADJUST_STOCK, -5)


@pytest.mark.parametrize("text", [
    "boost inka ammanu, evaru konatledu",
    "బూస్ట్ ఇంక అమ్మను, ఎవరూ కొనట్లేదు",
    "boost have nahi vechiye, koi leta nathi",
    "பூஸ்ட் இனிமே விக்க வேண்டாம், யாரும் வாங்கல",
    "ਬੂਸਟ ਹੁਣ ਨਹੀਂ ਵੇਚਣਾ, ਕੋਈ ਨਹੀਂ ਲੈਂਦਾ",
])
def test_i_wont_sell_it_any_more_takes_the_product_off(text: str) -> None:
    result = parse(text, role="owner")
    assert result.intent == Intent.DEACTIVATE_PRODUCT
    assert len(result.items) == 1


@pytest.mark.parametrize(("text", "name"), [
    ("12 థమ్స్ అప్ బాటిల్స్ వచ్చాయి", "థమ్స్ అప్"),
    ("6 বুস্ট কৌটো এসেছে", "বুস্ট"),
    ("6 बूस्ट डबे आले", "बूस्ट"),
    ("6 બૂસ્ટ ડબ્બા આવ્યા", "બૂસ્ટ"),
    ("6 ബൂസ്റ്റ് ടിൻ വന്നു", "ബൂസ്റ്റ്"),
    ("12 ਥਮਸ ਅੱਪ ਦੀਆਂ ਬੋਤਲਾਂ ਆਈਆਂ", "ਥਮਸ ਅੱਪ"),
])
def test_a_container_after_the_name_is_no_part_of_it(text: str, name: str) -> None:
    result = parse(text, role="owner")
    assert result.intent == Intent.ADJUST_STOCK and result.slots["stock_delta"] > 0
    assert [item.text for item in result.items] == [name]


@pytest.mark.parametrize("text", [
    "maggi aur 24 aaye",
    "मैगी और 24 आए",
    "maggi ar 24ta eseche",
    "maggi hor 24 aaye",
    "ମାଗି ଆଉ 24ଟା ଆସିଛି",
])
def test_and_before_the_count_of_goods_that_came_means_more(text: str) -> None:
    result = parse(text, role="owner")
    assert (result.intent, result.slots.get("stock_delta")) == (Intent.ADJUST_STOCK, 24)
    assert len(result.items) == 1


def test_and_between_two_updates_still_splits_them() -> None:
    result = parse("maggi 50 aur atta 20", role="owner")
    assert result.intent == Intent.SET_STOCK
    assert [item.value for item in result.items] == [50, 20]


@pytest.mark.parametrize(("text", "delta"), [
    ("2 maggi packet idur kete diyeche", -2),
    ("2 ਮੈਗੀ ਪੈਕੇਟ ਚੂਹੇ ਖਾ ਗਏ", -2),
    ("2 ಮ್ಯಾಗಿ ಪ್ಯಾಕೆಟ್ ಇಲಿ ತಿಂದಿದೆ", -2),
    ("2 maggi packet eli thinnu", -2),
])
def test_gnawed_by_rats_takes_stock_off(text: str, delta: int) -> None:
    result = parse(text, role="owner")
    assert (result.intent, result.slots.get("stock_delta")) == (Intent.ADJUST_STOCK, delta)


@pytest.mark.parametrize(("text", "intent"), [
    ("A1042 nebu", Intent.ACCEPT_ORDER),
    ("A1042 ନେବି", Intent.ACCEPT_ORDER),
    ("A1042 nebuni", Intent.REJECT_ORDER),
    ("A1042 nebu nahi, delivery boy nahi", Intent.REJECT_ORDER),
    ("maggi dam ebe 15", Intent.SET_PRICE),
    ("ମାଗି ଦର 15 କରିଦିଅ", Intent.SET_PRICE),
    ("kali dokan bandha rahiba, bahaghara achi", Intent.CLOSE_SHOP),
    ("ଆଜିର ହିସାବ ଦେଖାଅ", Intent.TODAY_SUMMARY),
    ("କେଉଁ ଜିନିଷ ସରିଯାଉଛି?", Intent.LOW_STOCK),
    ("ମାଗି ବିକ୍ରି ବନ୍ଦ କର", Intent.DEACTIVATE_PRODUCT),
])
def test_more_odia_owner_commands(text: str, intent: Intent) -> None:
    assert parse(text, role="owner").intent == intent


@pytest.mark.parametrize("text", [
    "aaj ka total kitna hua?",
    "today's total?",
    "இன்னைக்கு எவ்வளவு வசூல்?",
    "ఈరోజు ఎంత బిజినెస్ అయింది?",
    "aaj ketli kamani thai?",
    "aaj kitne ka saman bika?",
])
def test_the_days_total_collection_and_business(text: str) -> None:
    assert parse(text, role="owner").intent == Intent.TODAY_SUMMARY


@pytest.mark.parametrize(("text", "name"), [
    ("எவரெஸ்ட் சாட் மசாலா இனிமே விக்க வேண்டாம், லிஸ்ட்ல இருந்து எடுங்க", "எவரெஸ்ட் சாட் மசாலா"),
    ("boost inime vikka vendam", "boost"),
    ("ബൂസ്റ്റ് ഇനി വിൽക്കുന്നില്ല, ആരും വാങ്ങുന്നില്ല", "ബൂസ്റ്റ്"),
    ("ಬೂಸ್ಟ್ ಇನ್ನು ಮಾರಲ್ಲ", "ಬೂಸ್ಟ್"),
])
def test_the_not_selling_verb_leaves_the_name(text: str, name: str) -> None:
    result = parse(text, role="owner")
    assert result.intent == Intent.DEACTIVATE_PRODUCT
    assert [item.text for item in result.items] == [name]


@pytest.mark.parametrize(("text", "delta", "name"), [
    ("3 maggi baarish mein bheeg gaye", -3, "maggi"),
    ("3 maggi mein keede lag gaye", -3, "maggi"),
    ("2 amul dahi khatta ho gaya", -2, "amul dahi"),
    ("1 maggi khud use kiya", -1, "maggi"),
    ("3 maggi packet bhije geche", -3, "maggi"),
    ("3 maggi packet nanaiduchu", -3, "maggi"),
    ("3 maggi packet thadisipoyayi", -3, "maggi"),
    ("3 maggi packet bhijigala", -3, "maggi"),
])
def test_wet_sour_insects_or_own_use_take_stock_off(text: str, delta: int, name: str) -> None:
    result = parse(text, role="owner")
    assert (result.intent, result.slots.get("stock_delta")) == (Intent.ADJUST_STOCK, delta)
    assert [item.text for item in result.items] == [name]


def test_khatta_in_a_name_stays_the_name() -> None:
    result = parse("haldiram khatta meetha 5", role="owner")
    assert (result.intent, result.slots.get("stock")) == (Intent.SET_STOCK, 5)
    assert result.items[0].text == "haldiram khatta meetha"
