"""Families from fixer M: "cash" spelt by ear in each script, chatty greetings, "what can this
do" help, "erase it all" clearing the cart, Telugu "kaadandi"."""

from __future__ import annotations

import pytest

from intents.parse import parse
from intents.types import Intent


def _customer(text: str) -> tuple[Intent, dict[str, object]]:
    result = parse(text, role="customer")
    return result.intent, dict(result.slots)


@pytest.mark.parametrize("text", ["കാഷ് ഓൺ ഡെലിവറി", "കാഷ്", "కాష్ ఆన్ డెలివరీ", "காஷ் ஆன் டெலிவரி",
                                  "ಕ್ಯಾಷ್ ಆನ್ ಡೆಲಿವರಿ", "ক্যাস অন ডেলিভারি", "કૅશ ઓન ડિલિવરી", "କ୍ୟାଶ ଅନ ଡେଲିଭରି"])
def test_cash_spelt_by_ear_pays_on_delivery(text: str) -> None:
    assert _customer(text) == (Intent.CHOOSE_PAYMENT, {"payment_method": "cod"})


@pytest.mark.parametrize("text", ["காஷ்மீரி மிளகாய் 100 கிராம்", "kashmiri mirch 100 gram"])
def test_kashmiri_is_not_cash(text: str) -> None:
    assert _customer(text)[0] == Intent.ADD_ITEMS


@pytest.mark.parametrize("text", ["yo anna", "hello, anyone there?", "you there bhaiya?",
                                  "hi, first time ordering", "namaskar, kasa ahes?"])
def test_chatty_greetings_greet(text: str) -> None:
    assert _customer(text)[0] == Intent.GREET


@pytest.mark.parametrize("text", ["ithil enthokke cheyyan pattum?", "ఈ బాట్ లో ఏమేమి చేయొచ్చు?",
                                  "இதுல என்ன என்ன பண்ண முடியும்?", "isme kya kya ho sakta hai?",
                                  "ekhane ki ki kora jay?", "aama shu shu kari shakay?"])
def test_what_can_it_do_asks_help(text: str) -> None:
    assert _customer(text)[0] == Intent.HELP


@pytest.mark.parametrize("text", ["cart ellam azhichidunga", "கார்ட் எல்லாம் அழிச்சிடு", "cart muzhuvan kalayoo",
                                  "কার্ট মুছে দাও", "cart pusun taka", "ਕਾਰਟ ਮਿਟਾ ਦਿਓ"])
def test_erase_it_all_clears_cart(text: str) -> None:
    assert _customer(text)[0] == Intent.CLEAR_CART


@pytest.mark.parametrize("text", ["kaadandi", "కాదండి, అది కాదు"])
def test_telugu_kaadandi_denies(text: str) -> None:
    assert _customer(text)[0] == Intent.DENY


def _owner(text: str) -> Intent:
    return parse(text, role="owner").intent


@pytest.mark.parametrize("text", ["shu khatam thava aavyu che?", "કયો માલ ખૂટવા આવ્યો છે?", "kana kana saribaku basichi?",
                                  "kon kon se saman khatam hone aaya?", "kay kay sampat aala?", "কী কী শেষ হয়ে আসছে?",
                                  "enthokke theeraraayi?"])
def test_about_to_run_out_asks_low_stock(text: str) -> None:
    assert _owner(text) == Intent.LOW_STOCK


@pytest.mark.parametrize("text", ["maggi sauce have nathi rakhvo", "eveready battery have nathi vechvi",
                                  "tang ab mat dikhao", "रसना अब मत दिखाओ", "ସ୍କଚ ବ୍ରାଇଟ ଆଉ ବିକ୍ରି ନାହିଁ",
                                  "rasna dakhvu naka", "ਰਸਨਾ ਨਾ ਦਿਖਾਓ"])
def test_do_not_keep_or_show_stops_selling(text: str) -> None:
    assert _owner(text) == Intent.DEACTIVATE_PRODUCT


def test_no_sales_today_is_not_stop_selling() -> None:
    assert _owner("ଆଜି ବିକ୍ରି ନାହିଁ") == Intent.TODAY_SUMMARY


@pytest.mark.parametrize(("text", "intent"), [("ಅಂಗಡಿ ಶುರು ಆಯ್ತು", Intent.OPEN_SHOP), ("दुकान शुरू हो गई", Intent.OPEN_SHOP),
                                              ("dukan sharu kari", Intent.OPEN_SHOP),
                                              ("இன்னைக்கு கடை மூடிட்டேன்", Intent.CLOSE_SHOP), ("kadai mooditten", Intent.CLOSE_SHOP)])
def test_shop_started_or_shut(text: str, intent: Intent) -> None:
    assert _owner(text) == intent


@pytest.mark.parametrize("text", ["A6262 मंज़ूर, पैक कर रहे हैं", "A6262 ਮਨਜ਼ੂਰ"])
def test_manzoor_with_nukta_accepts(text: str) -> None:
    assert _owner(text) == Intent.ACCEPT_ORDER


@pytest.mark.parametrize("text", ["chini theeraraayi, 2 kilo venam", "atta khatam hone aaya, 5 kilo bhejo"])
def test_customer_running_out_still_orders(text: str) -> None:
    assert _customer(text)[0] == Intent.ADD_ITEMS


@pytest.mark.parametrize("text", ["abhi tak kya kya liya maine? list bhejo", "ab tak shu shu lidhu?",
                                  "ippo varaikkum enna enna eduthen?", "কী কী নিলাম এখন পর্যন্ত?"])
def test_what_have_i_taken_shows_cart(text: str) -> None:
    assert _customer(text)[0] == Intent.SHOW_CART


@pytest.mark.parametrize("text", ["naa order enta varaku vachindi?", "mera order kahan tak pahuncha?",
                                  "ente order evide vare aayi?", "আমার অর্ডার কতদূর এলো?"])
def test_how_far_has_it_come_asks_status(text: str) -> None:
    assert _customer(text)[0] == Intent.ORDER_STATUS


@pytest.mark.parametrize(("text", "query"), [("amul ghee milju?", "amul ghee"), ("kurkure milju?", "kurkure"),
                                             ("kelloggs cornflakes milde ne?", "kelloggs cornflakes")])
def test_punjabi_will_i_get_browses_without_the_verb(text: str, query: str) -> None:
    assert _customer(text) == (Intent.BROWSE, {"query": query})


@pytest.mark.parametrize("text", ["కొత్త ఐటెమ్ అమృతాంజన్ 45 రూపాయలు", "ಹೊಸ ಐಟಮ್ ಅಮೃತಾಂಜನ್ 45 ರೂಪಾಯಿ",
                                  "नया आईटम अमृतांजन 45 रुपये"])
def test_new_item_spelt_by_ear_adds_product(text: str) -> None:
    result = parse(text, role="owner")
    assert (result.intent, result.slots.get("price_paise")) == (Intent.ADD_PRODUCT, 4500)


@pytest.mark.parametrize("text", ["annachi, veedu 3rd floor, lift illa, paiyan kitta mela kondu vara sollunga",
                                  "bhaiya, 4th floor hai, ladke ko bol dena upar tak le aaye",
                                  "3 tala, lift nei, chheleke bolben opore niye aste",
                                  "शाम को भेजना, घर पर कोई नहीं होगा", "ಮನೇಲಿ ಯಾರೂ ಇರಲ್ಲ, ಸಂಜೆ ಕಳಿಸಿ",
                                  "ghare koi nathi, chhokra ne kejo bajuvala ne aapi de"])
def test_word_for_the_delivery_boy_talks_to_shop(text: str) -> None:
    assert _customer(text)[0] == Intent.TALK_TO_SHOP


@pytest.mark.parametrize(("text", "intent"), [
    ("A8628 no maal delivery boy lai gayo, raste ma che", Intent.ADVANCE_ORDER),
    ("A8628 nu parcel pack thai gayu", Intent.ADVANCE_ORDER),
    ("A8628 no, maal nathi", Intent.REJECT_ORDER),
    ("A8628 reject karo, maal nathi", Intent.REJECT_ORDER),
])
def test_gujarati_of_after_order_number_is_not_no(text: str, intent: Intent) -> None:
    assert _owner(text) == intent


@pytest.mark.parametrize(("text", "delta"), [("பொன்னி அரிசி 5 கிலோ மூட்டை 10 வந்துருக்கு", 10),
                                             ("maggi 20 packet vandhurukku", 20), ("2 ta dove kombe", -2)])
def test_spoken_arrivals_and_losses_adjust_stock(text: str, delta: int) -> None:
    result = parse(text, role="owner")
    assert (result.intent, result.slots.get("stock_delta")) == (Intent.ADJUST_STOCK, delta)


@pytest.mark.parametrize("text", ["सब हटा दो, बाद में मंगवाऊँगी", "ellam eduthudunga, aprom solren", "sob fele dao, pore bolbo",
                                  "सब कुछ हटा दो, बाद में ऑर्डर करूँगी", "sab hata do"])
def test_take_it_all_out_order_later_clears_cart(text: str) -> None:
    assert _customer(text)[0] == Intent.CLEAR_CART


def test_take_this_out_still_denies() -> None:
    assert _customer("isko hata do")[0] == Intent.DENY


@pytest.mark.parametrize("text", ["ये बॉट कैसे चलता है? महीने का सामान एक साथ मंगाना है",
                                  "ei bot ki bhabe chole? mashher bajar ek sathe nite chai"])
def test_all_together_is_no_count_in_a_how_question(text: str) -> None:
    assert _customer(text)[0] == Intent.HELP
