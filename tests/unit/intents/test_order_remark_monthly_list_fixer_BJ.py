"""Fixer BJ, two customer families in all eleven languages: the order placed with a remark about
when it must come or what it is for ("order kara, 7 vajta adhi yayla pahije", "ਆਰਡਰ ਕਰ ਦਿਓ, ਪਾਠ
ਦਾ ਭੋਗ 11 ਵਜੇ ਹੈ") is checkout and the clock number no amount, while a product or an amount with a
unit beside it is still ordered; the usual monthly list or last month's order asked for again
("dar mahinyachi list pathva", "போன மாசம் மாதிரி அனுப்புங்க", "aagara list pathei dia") is a reorder.
"""

from __future__ import annotations

import pytest

from intents.parse import parse
from intents.types import Intent
from tests.unit.intents.eval_shop import build_eval_shop

SHOP = build_eval_shop()

# (text, language, intent, (item text, quantity) of each item): six a language, nearby ones too.
CASES = [
    ("ok place the order, it should come before 6 pm, we have a puja", "en", Intent.CHECKOUT, ()),
    ("that's all, place my order. need it by 9 for the prayer", "en", Intent.CHECKOUT, ()),
    ("place the order and add 2 kg sugar", "en", Intent.ADD_ITEMS, (("sugar", 2.0),)),
    ("send the monthly list again please", "en", Intent.REORDER, ()),
    ("like last month please, same list", "en", Intent.REORDER, ()),
    ("same as last month but 2 kg extra sugar", "en", Intent.ADD_ITEMS, (("extra sugar", 2.0),)),
    ("ab order kar do bhaiya, 5 baje se pehle pahunchna chahiye", "hi", Intent.CHECKOUT, ()),
    ("order pakka karo, shaam ki aarti se pehle chahiye", "hi", Intent.CHECKOUT, ()),
    ("order kar do, 2 packet maggi bhi", "hi", Intent.ADD_ITEMS, (("maggi", 2.0),)),
    ("हर महीने वाली लिस्ट भेज दो", "hi", Intent.REORDER, ()),
    ("pichhle mahine wali list bhej dijiye", "hi", Intent.REORDER, ()),
    ("पिछले महीने जैसा ही भेज दो", "hi", Intent.REORDER, ()),
    ("order kore dao, puja 9 tar age lagbe", "bn", Intent.CHECKOUT, ()),
    ("অর্ডার করে দিন, সন্ধ্যায় পুজোর আগে লাগবে", "bn", Intent.CHECKOUT, ()),
    ("order kore dao, 2 kg chal o", "bn", Intent.ADD_ITEMS, (("chal", 2.0),)),
    ("proti maser list ta pathiye din", "bn", Intent.REORDER, ()),
    ("গত মাসের মতো পাঠিয়ে দিন", "bn", Intent.REORDER, ()),
    ("ager list tai pathao", "bn", Intent.REORDER, ()),
    ("ஆர்டர் போடுங்க, பூஜைக்கு 7 மணிக்கு முன்னாடி வேணும்", "ta", Intent.CHECKOUT, ()),
    ("order podunga, kaalaila 9 manikku munnadi varanum", "ta", Intent.CHECKOUT, ()),
    ("order podunga, 1 kg sakkarai kooda", "ta", Intent.ADD_ITEMS, (("sakkarai", 1.0),)),
    ("maasam maasam vaangurathu anuppunga", "ta", Intent.REORDER, ()),
    ("போன மாசம் மாதிரி அனுப்புங்க", "ta", Intent.REORDER, ()),
    ("மாசா மாசம் வாங்குற லிஸ்ட் அனுப்புங்க", "ta", Intent.REORDER, ()),
    ("order pettandi, pooja 8 gantala lopu kavali", "te", Intent.CHECKOUT, ()),
    ("ఆర్డర్ చేయండి, సాయంత్రం పూజ ముందు రావాలి", "te", Intent.CHECKOUT, ()),
    ("order pettandi, 2 kg biyyam kuda", "te", Intent.ADD_ITEMS, (("biyyam", 2.0),)),
    ("prathi nela list pampandi", "te", Intent.REORDER, ()),
    ("పోయిన నెల లాగే పంపండి", "te", Intent.REORDER, ()),
    ("nela nela teeskune list pampinchandi", "te", Intent.REORDER, ()),
    ("ऑर्डर करा, संध्याकाळी आरती आधी पाहिजे", "mr", Intent.CHECKOUT, ()),
    ("order kara, 7 vajta adhi yayla pahije", "mr", Intent.CHECKOUT, ()),
    ("order kara, 2 kilo sakhar pan", "mr", Intent.ADD_ITEMS, (("sakhar", 2.0),)),
    ("dar mahinyachi list pathva", "mr", Intent.REORDER, ()),
    ("मागच्या महिन्यासारखं पाठवा", "mr", Intent.REORDER, ()),
    ("दर महिन्याचं सामान तसंच पाठवा", "mr", Intent.REORDER, ()),
    ("order muki do, aarti 7 vage pehla joiye", "gu", Intent.CHECKOUT, ()),
    ("ઓર્ડર કરી દો, સાંજે પૂજા પહેલાં જોઈએ", "gu", Intent.CHECKOUT, ()),
    ("order muki do, ane 2 kilo khand", "gu", Intent.ADD_ITEMS, (("khand", 2.0),)),
    ("dar mahine nu list mokli do", "gu", Intent.REORDER, ()),
    ("ગયા મહિના જેવું મોકલો", "gu", Intent.REORDER, ()),
    ("gaya mahina jevu j mokli do", "gu", Intent.REORDER, ()),
    ("order maadi, sanje 6 gante olage barabeku", "kn", Intent.CHECKOUT, ()),
    ("order maadi, habba ide, beligge 9 olage beku", "kn", Intent.CHECKOUT, ()),
    ("order maadi, 2 kg sakkare kooda", "kn", Intent.ADD_ITEMS, (("sakkare", 2.0),)),
    ("ಪ್ರತಿ ತಿಂಗಳ ಲಿಸ್ಟ್ ಕಳಿಸಿ", "kn", Intent.REORDER, ()),
    ("kaleda tingala tara kalsi", "kn", Intent.REORDER, ()),
    ("ತಿಂಗಳ ಲಿಸ್ಟ್ ಹಾಗೆ ಕಳಿಸಿ", "kn", Intent.REORDER, ()),
    ("order cheyyu, pooja 7 manikku munpe ethanam", "ml", Intent.CHECKOUT, ()),
    ("ഓർഡർ ചെയ്യൂ, വൈകുന്നേരം പൂജയ്ക്ക് മുമ്പ് വേണം", "ml", Intent.CHECKOUT, ()),
    ("order cheyyu, 2 kilo panchasara koode", "ml", Intent.ADD_ITEMS, (("panchasara", 2.0),)),
    ("ella maasavum vaangunna list ayakku", "ml", Intent.REORDER, ()),
    ("കഴിഞ്ഞ മാസം പോലെ അയക്കൂ", "ml", Intent.REORDER, ()),
    ("kazhinja maasam pole thanne ayakku", "ml", Intent.REORDER, ()),
    ("order kar deyo, shaam 6 vaje ton pehlan chahida", "pa", Intent.CHECKOUT, ()),
    ("ਆਰਡਰ ਕਰ ਦਿਓ, ਪਾਠ ਦਾ ਭੋਗ 11 ਵਜੇ ਹੈ", "pa", Intent.CHECKOUT, ()),
    ("order kar deyo, 2 kilo chini vi", "pa", Intent.ADD_ITEMS, (("chini", 2.0),)),
    ("har mahine wali list bhej deyo", "pa", Intent.REORDER, ()),
    ("ਪਿਛਲੇ ਮਹੀਨੇ ਵਾਲਾ ਭੇਜ ਦਿਓ", "pa", Intent.REORDER, ()),
    ("pichhle mahine wali list hi bhej do ji", "pa", Intent.REORDER, ()),
    ("order karidia, puja 7 ta agaru asiba darkar", "or", Intent.CHECKOUT, ()),
    ("ଅର୍ଡର କରିଦିଅ, ସନ୍ଧ୍ୟାରେ ଆରତି ଆଗରୁ ଦରକାର", "or", Intent.CHECKOUT, ()),
    ("order karidia, au 2 kg chini", "or", Intent.ADD_ITEMS, (("chini", 2.0),)),
    ("prati masara list pathei dia", "or", Intent.REORDER, ()),
    ("ଗତ ମାସ ଭଳି ପଠାଇ ଦିଅ", "or", Intent.REORDER, ()),
    ("aagara list pathei dia", "or", Intent.REORDER, ()),
]


@pytest.mark.parametrize(("text", "language", "intent", "items"), CASES)
def test_order_with_a_time_remark_and_the_monthly_list(
    text: str, language: str, intent: Intent, items: tuple[tuple[str, float], ...]
) -> None:
    result = parse(text, catalog=SHOP)
    assert result.intent == intent, (text, result.intent)
    assert tuple((item.text, item.quantity) for item in result.items) == items, text


def test_every_language_has_six_cases() -> None:
    counts = {
        language: sum(case[1] == language for case in CASES)
        for language in ("en", "hi", "bn", "ta", "te", "mr", "gu", "kn", "ml", "pa", "or")
    }
    assert all(count >= 6 for count in counts.values()), counts


# Nearby messages whose reading must stay as it was.
STAYS = [
    ("order kar do, aur 1 packet maggi bhi, 7 baje tak", Intent.ADD_ITEMS),
    ("order kore dao, ar 1 kg chini, puja 8 tar age", Intent.ADD_ITEMS),
    ("order podunga, 2 kilo arisi, 7 manikku munnadi", Intent.ADD_ITEMS),
    ("order kar do, pooja ke liye 2 nariyal bhi", Intent.ADD_ITEMS),
    ("order kara, aarti sathi 50 agarbatti pan", Intent.ADD_ITEMS),
    ("order cancel kar do, puja ho gayi", Intent.CANCEL_ORDER),
    ("masala wala bhej do", Intent.ADD_ITEMS),
    ("pichhle mahine wala atta 10 kilo", Intent.ADD_ITEMS),
    ("har mahine wali list, is baar 2 kilo chini zyada", Intent.ADD_ITEMS),
    ("is mahine ka bill kitna hua", Intent.SHOW_CART),
    ("garam masala 1 packet", Intent.ADD_ITEMS),
    ("ok that is this month's list, checkout now", Intent.CHECKOUT),
]


@pytest.mark.parametrize(("text", "intent"), STAYS)
def test_nearby_messages_stay(text: str, intent: Intent) -> None:
    assert parse(text, catalog=SHOP).intent == intent, text


def test_clock_number_is_no_amount() -> None:
    result = parse("bas, order kar do. 8 baje ki aarti se pehle aana chahiye", catalog=SHOP)
    assert result.intent == Intent.CHECKOUT
    assert result.items == ()
