"""The customer's reason or preference beside an order (fixer AA), in the eleven languages:

- value for money ("10 kg atta, bulk is cheaper", "5 kilo wale se sasta padta hai", "কেজি প্রতি
  সস্তা পড়ে", "5 kilo nekkal labham"): the size it is compared with, amount and all, is no item;
- health and the person ("papa ko sugar hai", "babar chini khawa bondho", "அப்பாவுக்கு சுகர்
  இருக்கு", "amma ki cheppaku"): the food given up is no order of it ("chini bhi 1 kilo" is);
- shopping preferences ("no branded packs", "koi bhi brand chalega", "કોઈ પણ બ્રાન્ડ ચાલશે") and
  the reason for a removal ("it still works"): no item, the real items keep their amounts.
The clause words are rows of intents/data/remarks.csv (kinds value, diet, prefer, secret, left).
"""

from __future__ import annotations

from functools import cache

import pytest

from intents.catalog_index import CatalogIndex
from intents.parse import parse
from intents.types import Intent

from .eval_shop import build_eval_shop

# (text, quantity, unit, product id or None when the family does not decide which one)
Item = tuple[str, float | None, str | None, str | None]

RAGI = "ST-0015"
TOOR = "ST-0041"
MASOOR = "ST-0050"
MAGGI = "ST-0157"


@cache
def _shop() -> CatalogIndex:
    return build_eval_shop()


def _items(text: str, intent: Intent = Intent.ADD_ITEMS) -> list[Item]:
    result = parse(text, catalog=_shop())
    assert result.intent == intent, result
    return [(item.text, item.quantity, item.unit, item.candidates[0].product_id if item.candidates else None) for item in result.items]


def _check(text: str, wanted: list[Item], intent: Intent = Intent.ADD_ITEMS) -> None:
    got = _items(text, intent)
    assert len(got) == len(wanted), got
    for (text_got, quantity, unit, product), (text_wanted, want_quantity, want_unit, want_product) in zip(got, wanted, strict=True):
        assert (text_got, quantity, unit) == (text_wanted, want_quantity, want_unit), got
        if want_product is not None:
            assert product == want_product, got


VALUE = [
    ("2 kg toor dal, the big pack works out cheaper", [("toor dal", 2, "kg", None)]),
    ("5 litre fortune oil please, more economical than the 1 litre", [("fortune oil", 5, "l", "ST-0058")]),
    ("10 kg atta, bulk is cheaper", [("atta", 10, "kg", None)]),
    ("5 kilo wala chawal bhejo, chhote wale se sasta padta hai", [("chawal", 5, "kg", None)]),
    ("आटा १० किलो भेजो, ५ किलो वाले से सस्ता पड़ता है", [("आटा", 10, "kg", None)]),
    ("5 kilo aashirvaad bhejo sasta padta hai", [("aashirvaad", 5, "kg", None)]),
    ("চাল ১০ কেজি দাও, কেজি প্রতি সস্তা পড়ে", [("চাল", 10, "kg", None)]),
    ("chal 10 kg dao, 5 kg er theke sosta pore", [("chal", 10, "kg", None)]),
    ("arisi 10 kilo, kilovukku kammiya varudhu", [("arisi", 10, "kg", None)]),
    ("அரிசி 10 கிலோ, கிலோவுக்கு கம்மியா வருது", [("அரிசி", 10, "kg", None)]),
    ("biyyam 10 kilo, 5 kilo kante takkuva padutundi", [("biyyam", 10, "kg", None)]),
    ("బియ్యం 10 కిలో, కిలోకి తక్కువ పడుతుంది", [("బియ్యం", 10, "kg", None)]),
    ("akki 10 kg kodi, kejige kadime baratte", [("akki", 10, "kg", None)]),
    ("ಅಕ್ಕಿ 10 ಕೆಜಿ ಕೊಡಿ, ಕೆಜಿಗೆ ಕಡಿಮೆ ಬರುತ್ತೆ", [("ಅಕ್ಕಿ", 10, "kg", None)]),
    ("ari 10 kilo, 5 kilo nekkal labham", [("ari", 10, "kg", None)]),
    ("അരി 10 കിലോ, 5 കിലോയേക്കാൾ ലാഭം", [("അരി", 10, "kg", None)]),
    ("tandul 10 kilo pathva, 5 kilo peksha swasta padta", [("tandul", 10, "kg", None)]),
    ("तांदूळ १० किलो पाठवा, स्वस्त पडतं", [("तांदूळ", 10, "kg", None)]),
    ("chokha 10 kilo moklo, sastu pade", [("chokha", 10, "kg", None)]),
    ("ચોખા ૧૦ કિલો મોકલો, ૫ કિલો કરતાં સસ્તું પડે", [("ચોખા", 10, "kg", None)]),
    ("chawal 10 kilo, nikke naalon sasta painda", [("chawal", 10, "kg", None)]),
    ("ਚੌਲ 10 ਕਿਲੋ, ਛੋਟੇ ਨਾਲੋਂ ਸਸਤਾ ਪੈਂਦਾ", [("ਚੌਲ", 10, "kg", None)]),
    ("chaula 10 kilo, shasta pade", [("chaula", 10, "kg", None)]),
    ("ଚାଉଳ ୧୦ କିଲୋ, ଶସ୍ତା ପଡେ", [("ଚାଉଳ", 10, "kg", None)]),
]


@pytest.mark.parametrize(("text", "wanted"), VALUE)
def test_value_for_money_is_no_item(text: str, wanted: list[Item]) -> None:
    _check(text, wanted)


DIET = [
    ("1 kg ragi flour, for dad's diabetes", [("ragi flour", 1, "kg", RAGI)]),
    ("1 kg oats and 500 g honey, my father is diabetic now", [("oats", 1, "kg", "ST-0168"), ("honey", 500, "g", "ST-0173")]),
    ("papa ko sugar hai, 1 kilo ragi atta aur 1 quaker oats", [("ragi atta", 1, "kg", RAGI), ("quaker oats", 1, None, "ST-0168")]),
    ("पापा को शुगर है, रागी आटा १ किलो भेजो", [("रागी आटा", 1, "kg", RAGI)]),
    ("1 kg ragi atta dao, babar sugar bereche", [("ragi atta", 1, "kg", RAGI)]),
    ("২ কেজি আটা দাও, বাবার চিনি খাওয়া বন্ধ", [("আটা", 2, "kg", None)]),
    ("3 maggi dao, baba r jonno chini bondho", [("maggi", 3, None, MAGGI)]),
    ("ragi maavu 1 kilo, appavukku sugar irukku", [("ragi maavu", 1, "kg", RAGI)]),
    ("ராகி மாவு 1 கிலோ, அப்பாவுக்கு சுகர் இருக்கு", [("ராகி மாவு", 1, "kg", RAGI)]),
    ("ragi pindi 1 kilo, nannaki sugar undi", [("ragi pindi", 1, "kg", RAGI)]),
    ("రాగి పిండి 1 కిలో, నాన్నకి షుగర్ ఉంది", [("రాగి పిండి", 1, "kg", RAGI)]),
    ("ragi hittu 1 kg, appanige sugar ide", [("ragi hittu", 1, "kg", RAGI)]),
    ("ರಾಗಿ ಹಿಟ್ಟು 1 ಕೆಜಿ, ಅಪ್ಪನಿಗೆ ಶುಗರ್ ಇದೆ", [("ರಾಗಿ ಹಿಟ್ಟು", 1, "kg", RAGI)]),
    ("ragi podi 1 kilo, achanu sugar und", [("ragi podi", 1, "kg", RAGI)]),
    ("റാഗി പൊടി 1 കിലോ, അച്ഛന് ഷുഗർ ഉണ്ട്", [("റാഗി പൊടി", 1, "kg", RAGI)]),
    ("nachni pith 1 kilo, baba la sugar vadhli", [("nachni pith", 1, "kg", RAGI)]),
    ("नाचणी पीठ १ किलो, बाबांना शुगर वाढली", [("नाचणी पीठ", 1, "kg", RAGI)]),
    ("ragi no lot 1 kilo, pappa ne sugar che", [("ragi no lot", 1, "kg", RAGI)]),
    ("રાગી લોટ ૧ કિલો, પપ્પા ને સુગર છે", [("રાગી લોટ", 1, "kg", RAGI)]),
    ("ragi atta 1 kilo, papa nu sugar hai", [("ragi atta", 1, "kg", RAGI)]),
    ("ਰਾਗੀ ਆਟਾ 1 ਕਿਲੋ, ਪਾਪਾ ਨੂੰ ਸ਼ੂਗਰ ਹੈ", [("ਰਾਗੀ ਆਟਾ", 1, "kg", RAGI)]),
    ("ragi atta 1 kilo, bapa nka sugar badhichi", [("ragi atta", 1, "kg", RAGI)]),
    ("ରାଗି ଅଟା ୧ କିଲୋ, ବାପାଙ୍କ ସୁଗାର ବଢ଼ିଛି", [("ରାଗି ଅଟା", 1, "kg", RAGI)]),
    ("2 maggi, amma ki cheppaku", [("maggi", 2, None, MAGGI)]),
    ("ek kilo chini aur 2 maggi bhejo mummy ko mat batana", [("chini", 1, "kg", "ST-0136"), ("maggi", 2, None, MAGGI)]),
]


@pytest.mark.parametrize(("text", "wanted"), DIET)
def test_health_and_person_reasons_are_no_item(text: str, wanted: list[Item]) -> None:
    _check(text, wanted)


PREFER = [
    ("2 kg loose rice, any brand is fine", [("loose rice", 2, "kg", None)]),
    ("1 kg toor dal, no branded packs please", [("toor dal", 1, "kg", None)]),
    ("2 kilo toor dal, koi bhi brand chalega", [("toor dal", 2, "kg", None)]),
    ("मसूर दाल १ किलो, कोई भी ब्रांड चलेगा", [("मसूर दाल", 1, "kg", MASOOR)]),
    ("1 kg masoor dal, je kono brand cholbe", [("masoor dal", 1, "kg", MASOOR)]),
    ("আধা কেজি মুসুর ডাল, যে কোনো ব্র্যান্ড চলবে", [("মুসুর ডাল", 0.5, "kg", MASOOR)]),
    ("thuvaram paruppu 1 kilo, endha brand aanalum paravalla", [("thuvaram paruppu", 1, "kg", TOOR)]),
    ("துவரம் பருப்பு 1 கிலோ, எந்த பிராண்ட் ஆனாலும் பரவாயில்லை", [("துவரம் பருப்பு", 1, "kg", TOOR)]),
    ("kandi pappu 1 kilo, ye brand aina parledu", [("kandi pappu", 1, "kg", TOOR)]),
    ("కంది పప్పు 1 కిలో, ఏ బ్రాండ్ అయినా పర్వాలేదు", [("కంది పప్పు", 1, "kg", TOOR)]),
    ("togari bele 1 kg, yaava brand aadru parvagilla", [("togari bele", 1, "kg", TOOR)]),
    ("ತೊಗರಿ ಬೇಳೆ 1 ಕೆಜಿ, ಯಾವ ಬ್ರಾಂಡ್ ಆದ್ರೂ ಪರವಾಗಿಲ್ಲ", [("ತೊಗರಿ ಬೇಳೆ", 1, "kg", TOOR)]),
    ("parippu 1 kilo, ethu brand aayalum mathi", [("parippu", 1, "kg", None)]),
    ("പരിപ്പ് 1 കിലോ, ഏത് ബ്രാൻഡ് ആയാലും മതി", [("പരിപ്പ്", 1, "kg", None)]),
    ("toor dal 1 kilo, kuthlahi brand chalel", [("toor dal", 1, "kg", TOOR)]),
    ("तूर डाळ १ किलो, कुठलाही ब्रँड चालेल", [("तूर डाळ", 1, "kg", TOOR)]),
    ("tuver dal 1 kilo, koi pan brand chalse", [("tuver dal", 1, "kg", TOOR)]),
    ("તુવેર દાળ ૧ કિલો, કોઈ પણ બ્રાન્ડ ચાલશે", [("તુવેર દાળ", 1, "kg", TOOR)]),
    ("amul ghee 1 litre, moto dabbo j aapjo", [("amul ghee", 1, "l", "ST-0070")]),
    ("arhar dal 1 kilo, koi vi brand chalu", [("arhar dal", 1, "kg", TOOR)]),
    ("ਅਰਹਰ ਦਾਲ 1 ਕਿਲੋ, ਕੋਈ ਵੀ ਬ੍ਰਾਂਡ ਚੱਲੂ", [("ਅਰਹਰ ਦਾਲ", 1, "kg", TOOR)]),
    ("harada dali 1 kilo, jekounasi brand chalibe", [("harada dali", 1, "kg", TOOR)]),
    ("ହରଡ ଡାଲି ୧ କିଲୋ, ଯେକୌଣସି ବ୍ରାଣ୍ଡ ଚାଲିବ", [("ହରଡ ଡାଲି", 1, "kg", TOOR)]),
]


@pytest.mark.parametrize(("text", "wanted"), PREFER)
def test_shopping_preferences_are_no_item(text: str, wanted: list[Item]) -> None:
    _check(text, wanted)


STILL_WORKS = [
    ("take the good knight off, it still works", "good knight"),
    ("good knight nikal do, abhi chal raha hai", "good knight"),
    ("ગુડ નાઈટ કાઢી નાખો, હજુ ચાલે છે", "ગુડ નાઈટ"),
    ("good knight kadhi nakho, haji chale che", "good knight"),
]


@pytest.mark.parametrize(("text", "name"), STILL_WORKS)
def test_a_removal_because_it_still_works_removes_the_good_knight(text: str, name: str) -> None:
    _check(text, [(name, None, None, "ST-0249")], Intent.REMOVE_ITEM)


def test_a_sugar_named_with_an_amount_is_still_ordered() -> None:
    """"chini bhi 1 kilo": the sugar is ordered even beside a sugar remark."""
    _check("chini bhi 1 kilo, papa ki sugar badh gayi", [("chini", 1, "kg", "ST-0136")])
    _check("1 kilo sugar bhejo", [("sugar", 1, "kg", "ST-0136")])


@pytest.mark.parametrize(
    ("text", "query"),
    [("sugar hai kya?", "sugar"), ("sugar irukka?", "sugar")],
)
def test_asking_for_sugar_still_browses(text: str, query: str) -> None:
    result = parse(text, catalog=_shop())
    assert result.intent == Intent.BROWSE and result.slots.get("query") == query, result


def test_two_orders_sent_in_one_line_both_stay() -> None:
    _check("2 maggi bhejo, 3 kurkure dena", [("maggi", 2, None, MAGGI), ("kurkure", 3, None, "ST-0201")])


def test_the_cheap_one_named_before_the_goods_still_orders_them() -> None:
    """"sasta wala atta 5 kilo" is no value remark: the atta keeps its 5 kg."""
    got = _items("sasta wala atta 5 kilo")
    assert [(quantity, unit) for _, quantity, unit, _ in got] == [(5, "kg")], got
