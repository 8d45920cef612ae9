"""Fixer BS: the hour it is, said as a remark beside an order ("its 10 at night already", "ratri 12
vajle", "రాత్రి 12 అయింది", "ରାତି 11 ଟା ହେଲା"), is no amount and no item, in all eleven languages; the
real items keep their counts. An owner's hour the shop opens again ("shutting now, back at 5 pm",
"10 ku moodaren") is no product either."""

from __future__ import annotations

import pytest

from intents.delivery_dates import without_delivery_dates, without_owner_hours
from intents.parse import parse
from intents.types import Intent
from tests.unit.intents.eval_shop import build_eval_shop

SHOP = build_eval_shop()

# (text, language, (item text, quantity) of each item): six a language, the hour never an item.
CASES = [
    ("its 10 at night already, 2 maggi and 1 lays please", "en", (("maggi", 2.0), ("lays", 1.0))),
    ("already 11pm, send 3 maggi", "en", (("maggi", 3.0),)),
    ("5 am duty, 1 bread and 1 amul butter", "en", (("bread", 1.0), ("amul butter", 1.0))),
    ("its 6 oclock, 2 amul taaza", "en", (("amul taaza", 2.0),)),
    ("night 12 am, 1 kurkure and 2 lays", "en", (("kurkure", 1.0), ("lays", 2.0))),
    ("morning 6 am already, 1 bread pls", "en", (("bread", 1.0),)),
    ("raat ke 11 baj gaye, 3 maggi bhej do", "hi", (("maggi", 3.0),)),
    ("12 baj gaye bhaiya, 2 lays aur 1 kurkure", "hi", (("lays", 2.0), ("kurkure", 1.0))),
    ("रात के 10 बज चुके, 3 पारले जी भेजो", "hi", (("पारले जी", 3.0),)),
    ("subah ke 6 baj gaye, 2 bread bhejo", "hi", (("bread", 2.0),)),
    ("raatri 11 baje, 2 maggi bhejna", "hi", (("maggi", 2.0),)),
    ("रात 11 बज गए, 1 ब्रेड भेज दो", "hi", (("ब्रेड", 1.0),)),
    ("raat 11 ta baje geche, 2 ta maggi pathan", "bn", (("maggi", 2.0),)),
    ("রাত 11 টা বেজে গেছে, 2 টা ম্যাগি পাঠান", "bn", (("ম্যাগি", 2.0),)),
    ("ভোর 5 টা, 1 টা পাউরুটি দিন", "bn", (("পাউরুটি", 1.0),)),
    ("bhor 5 ta, 2 ta bread pathan", "bn", (("bread", 2.0),)),
    ("ratre 10 tay, 3 ta maggi pathan", "bn", (("maggi", 3.0),)),
    ("raat er 12 ta, 1 ta lays pathiye dao", "bn", (("lays", 1.0),)),
    ("iravu 11 mani aachu, 2 maggi anuppunga", "ta", (("maggi", 2.0),)),
    ("இரவு 11 மணி ஆச்சு, 2 மேகி அனுப்புங்க", "ta", (("மேகி", 2.0),)),
    ("rathiri 10 mani, 3 maggi venum", "ta", (("maggi", 3.0),)),
    ("kaalaila 5 mani aachu, 1 bread kudunga", "ta", (("bread", 1.0),)),
    ("ராத்திரி 12 மணி ஆச்சு, 1 லேஸ் அனுப்புங்க", "ta", (("லேஸ்", 1.0),)),
    ("raathiri 11 aachu, 2 maggi venum", "ta", (("maggi", 2.0),)),
    ("raatri 11 ayindi, 2 maggi pampandi", "te", (("maggi", 2.0),)),
    ("రాత్రి 11 గంటలు అయింది, 2 మ్యాగీ పంపండి", "te", (("మ్యాగీ", 2.0),)),
    ("udayam 5 ayindi, 1 bread pampandi", "te", (("bread", 1.0),)),
    ("ఉదయం 6 అయింది, 2 బ్రెడ్ పంపండి", "te", (("బ్రెడ్", 2.0),)),
    ("rathri 10 gantalu ayindi, 3 maggi kavali", "te", (("maggi", 3.0),)),
    ("రాత్రి 12 అయింది, 1 లేస్ పంపండి", "te", (("లేస్", 1.0),)),
    ("sakali 6 vajle, 1 amul taaza ani 2 bread dya", "mr", (("amul taaza", 1.0), ("bread", 2.0))),
    ("सकाळी 7 वाजले, 2 ब्रेड पाठवा", "mr", (("ब्रेड", 2.0),)),
    ("ratri 12 vajle, 3 maggi pathva", "mr", (("maggi", 3.0),)),
    ("रात्री 10 वाजले, 1 मॅगी पाठवा", "mr", (("मॅगी", 1.0),)),
    ("pahate 5 vajle, 1 bread pathva", "mr", (("bread", 1.0),)),
    ("11 vajun gele, 2 maggi dya", "mr", (("maggi", 2.0),)),
    ("savare 6 vagya, 2 amul taaza mokalo", "gu", (("amul taaza", 2.0),)),
    ("સવારે 7 વાગ્યા, 1 બ્રેડ મોકલો", "gu", (("બ્રેડ", 1.0),)),
    ("raat na 12 vagya, 3 maggi mokalo", "gu", (("maggi", 3.0),)),
    ("રાત ના 10 વાગ્યા, 2 મેગી મોકલો", "gu", (("મેગી", 2.0),)),
    ("raate 11 vaagya, 1 lays mokalo", "gu", (("lays", 1.0),)),
    ("12 vagi gaya, 2 maggi mokalo", "gu", (("maggi", 2.0),)),
    ("ratri 11 aaytu, 2 maggi kalisi", "kn", (("maggi", 2.0),)),
    ("ರಾತ್ರಿ 10 ಗಂಟೆ ಆಯ್ತು, 2 ಮ್ಯಾಗಿ ಕಳಿಸಿ", "kn", (("ಮ್ಯಾಗಿ", 2.0),)),
    ("beligge 6 aaytu, 1 bread kalisi", "kn", (("bread", 1.0),)),
    ("ಬೆಳಿಗ್ಗೆ 5 ಆಯ್ತು, 2 ಬ್ರೆಡ್ ಕಳಿಸಿ", "kn", (("ಬ್ರೆಡ್", 2.0),)),
    ("raatri 12 gante aaytu, 3 maggi beku", "kn", (("maggi", 3.0),)),
    ("ರಾತ್ರಿ 11 ಆಯಿತು, 1 ಲೇಸ್ ಕಳಿಸಿ", "kn", (("ಲೇಸ್", 1.0),)),
    ("raathri 10 aayi, 1 bread venam", "ml", (("bread", 1.0),)),
    ("രാത്രി 11 മണി ആയി, 2 മാഗി അയക്കൂ", "ml", (("മാഗി", 2.0),)),
    ("rathri 12 mani aayi, 3 maggi venam", "ml", (("maggi", 3.0),)),
    ("raavile 6 aayi, 2 bread venam", "ml", (("bread", 2.0),)),
    ("രാവിലെ 5 മണിയായി, 1 ബ്രെഡ് അയക്കൂ", "ml", (("ബ്രെഡ്", 1.0),)),
    ("raathri 11 mani ayi, 1 lays venam", "ml", (("lays", 1.0),)),
    ("savere 6 vajj gaye, 2 bread bhejo", "pa", (("bread", 2.0),)),
    ("ਸਵੇਰੇ 6 ਵੱਜ ਗਏ, 2 ਬ੍ਰੈਡ ਭੇਜੋ", "pa", (("ਬ੍ਰੈਡ", 2.0),)),
    ("raat de 12 vaj gaye, 3 maggi bhej do", "pa", (("maggi", 3.0),)),
    ("ਰਾਤ ਦੇ 11 ਵੱਜ ਗਏ, 1 ਮੈਗੀ ਭੇਜੋ", "pa", (("ਮੈਗੀ", 1.0),)),
    ("raati 10 vajje, 2 lays bhejo", "pa", (("lays", 2.0),)),
    ("12 vajj gaye, 1 kurkure bhej do", "pa", (("kurkure", 1.0),)),
    ("rati 10 ta hela, 3 ta maggi pathantu", "or", (("maggi", 3.0),)),
    ("ରାତି 10 ଟା, 2 ଟା ମ୍ୟାଗି ପଠାନ୍ତୁ", "or", (("ମ୍ୟାଗି", 2.0),)),
    ("sakalu 6 ta re duty, 2 ta bread pathantu", "or", (("bread", 2.0),)),
    ("ରାତି 11 ଟା ହେଲା, 1 ଟା ବ୍ରେଡ୍ ପଠାନ୍ତୁ", "or", (("ବ୍ରେଡ୍", 1.0),)),
    ("rati 12 ta bajila, 2 ta lays pathantu", "or", (("lays", 2.0),)),
    ("ratire 11 ta, 1 ta kurkure pathantu", "or", (("kurkure", 1.0),)),
]


@pytest.mark.parametrize(("text", "language", "items"), CASES)
def test_the_hour_said_is_no_item(
    text: str, language: str, items: tuple[tuple[str, float], ...]
) -> None:
    parsed = parse(text, catalog=SHOP)
    assert parsed.intent == Intent.ADD_ITEMS
    assert tuple((item.text, item.quantity) for item in parsed.items) == items


def test_every_language_has_six() -> None:
    for language in ("en", "hi", "bn", "ta", "te", "mr", "gu", "kn", "ml", "pa", "or"):
        assert sum(1 for case in CASES if case[1] == language) >= 6


# A count beside a time of day with no hour said stays an amount: nearby messages that must not change.
KEEPS = [
    ("2 ta maggi pathan", (("maggi", 2.0),)),
    ("3 ta maggi au 1 ta bread", (("maggi", 3.0), ("bread", 1.0))),
    ("raat na 2 maggi mokalo", (("maggi", 2.0),)),
    ("raat de 2 maggi bhej do", (("maggi", 2.0),)),
    ("raatri 2 maggi pathva", (("maggi", 2.0),)),
    ("subah 2 doodh", (("doodh", 2.0),)),
    ("raat 2 maggi bhejo", (("maggi", 2.0),)),
    ("sakalu 2 ta bread pathantu", (("bread", 2.0),)),
    ("ebe 2 ta maggi pathantu", (("maggi", 2.0),)),
    ("abhi 2 maggi bhejo", (("maggi", 2.0),)),
]


@pytest.mark.parametrize(("text", "items"), KEEPS)
def test_a_count_stays_a_count(text: str, items: tuple[tuple[str, float], ...]) -> None:
    parsed = parse(text, catalog=SHOP)
    assert parsed.intent == Intent.ADD_ITEMS
    assert tuple((item.text, item.quantity) for item in parsed.items) == items


@pytest.mark.parametrize(
    ("text", "blanked"),
    [
        ("ratri 12 vajle, 3 maggi", "3 maggi"),
        ("rati 10 ta, 2 ta maggi", "2 ta maggi"),
        ("raat na 12 vagya, 1 lays", "1 lays"),
        ("ರಾತ್ರಿ 11 ಆಯಿತು, 1 ಲೇಸ್", "1 ಲೇಸ್"),
        ("2 ta maggi", "2 ta maggi"),
        ("ippudu 11 ayindi, 2 maggi", "2 maggi"),
        ("hun 12 vajj gaye, 1 lays", "1 lays"),
        ("ebe 10 ta, 2 ta maggi", "2 ta maggi"),
        ("sakalu 2 ta bread", "sakalu 2 ta bread"),
        ("2 maggi ayindi", "2 maggi ayindi"),
    ],
)
def test_without_delivery_dates(text: str, blanked: str) -> None:
    assert without_delivery_dates(text).lstrip(", ") == blanked


OWNER = [
    ("shutting now, back at 5 pm", Intent.CLOSE_SHOP),
    ("closed for lunch, back by 3", Intent.CLOSE_SHOP),
    ("10 ku moodaren", Intent.CLOSE_SHOP),
    ("ippo moodaren, 4 manikku thirumba thirappen", Intent.CLOSE_SHOP),
    ("dukaan band, wapas 5 baje aaunga", Intent.CLOSE_SHOP),
    ("দোকান বন্ধ, আবার বিকেলে 5 টায় খুলব", Intent.CLOSE_SHOP),
    ("ab band kar raha hoon, subah 8 baje phir khulega", Intent.CLOSE_SHOP),
    ("naale beligge 7 gantege open madteeni", Intent.OPEN_SHOP),
    # must not change: a price with "ku", a product stopped, a count
    ("lizol 120 ku", Intent.SET_PRICE),
    ("maggi 11 ku", Intent.SET_PRICE),
    ("maggi band karo", Intent.DEACTIVATE_PRODUCT),
    ("maggi 24 aa gaye", Intent.ADJUST_STOCK),
]


@pytest.mark.parametrize(("text", "intent"), OWNER)
def test_owner_hours(text: str, intent: Intent) -> None:
    parsed = parse(text, role="owner", catalog=SHOP)
    assert parsed.intent == intent
    if intent in (Intent.CLOSE_SHOP, Intent.OPEN_SHOP):
        assert parsed.items == ()


def test_without_owner_hours_needs_a_shop_verb() -> None:
    assert without_owner_hours("shutting now, back at 5 pm") == "shutting now,"
    assert without_owner_hours("maggi 20 ku set karo") == "maggi 20 ku set karo"
    assert without_owner_hours("10 ku moodaren") == "moodaren"
