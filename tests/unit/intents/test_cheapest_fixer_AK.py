"""Fixer AK: asking for the cheapest one, in all eleven languages, native script and romanised.

* "Which X is cheapest?" browses X: the cheap words, the words around them ("sabse", "ettavum",
  "irukra") and the "which" word leave the query; a genitive before the price word does too
  ("চিনির দাম" asks about চিনি).
* Ordering "the cheap one" ("sasta wala atta 5 kilo", "ਸਭ ਤੋਂ ਸਸਤੀ ਖੰਡ 2 ਕਿੱਲੋ") orders the
  cheapest product the words fit about equally: loose atta (₹42/kg), loose sugar (₹46/kg), Dhara
  mustard oil (₹170/l), Lifebuoy (₹32 a bar).
"""

from __future__ import annotations

import pytest

from intents.cheapest import NEAR_POINTS, cheapest_first
from intents.parse import parse
from intents.types import Candidate, CatalogEntry, Intent
from tests.unit.intents.eval_shop import build_eval_shop

SHOP = build_eval_shop()

LOOSE_ATTA, LOOSE_SUGAR, DHARA_MUSTARD_OIL, LIFEBUOY, LOOSE_TOOR_DAL = "ST-0008", "ST-0136", "ST-0064", "ST-0214", "ST-0041"


@pytest.mark.parametrize(
    ("text", "query"),
    [
        ("which mustard oil is the cheapest?", "mustard oil"),
        ("which is the cheapest soap?", "soap"),
        ("which toor dal is cheapest?", "toor dal"),
        ("sabse sasta atta kaun sa hai?", "atta"),
        ("सबसे सस्ती चीनी कौन सी है?", "चीनी"),
        ("सबसे कम दाम वाला साबुन कौन सा?", "साबुन"),
        ("সবচেয়ে সস্তা আটা কোনটা?", "আটা"),
        ("sobcheye shosta chini konta?", "chini"),
        ("সব থেকে সস্তা সাবান কোনটা আছে?", "সাবান"),
        ("சீப்பான சோப்பு எது?", "சோப்பு"),
        ("cheapa irukra atta edhu?", "atta"),
        ("விலை கம்மியான சர்க்கரை எது அண்ணா?", "சர்க்கரை"),
        ("ఏ సబ్బు తక్కువ ధరకి ఉంది?", "సబ్బు"),
        ("chavakaina atta edi?", "atta"),
        ("అన్నిటికంటే చవకైన చక్కెర ఏది?", "చక్కెర"),
        ("सर्वात स्वस्त साखर कोणती?", "साखर"),
        ("saglyat swasta atta konta?", "atta"),
        ("सगळ्यात स्वस्त साबण कोणता आहे?", "साबण"),
        ("સૌથી સસ્તી ખાંડ કઈ છે?", "ખાંડ"),
        ("sauthi sasto sabu kayo?", "sabu"),
        ("સૌથી સસ્તો આટો કયો?", "આટો"),
        ("ಯಾವ ಸೋಪು ಅಗ್ಗದ್ದು?", "ಸೋಪು"),
        ("ಕಡಿಮೆ ಬೆಲೆಯ ಸಕ್ಕರೆ ಯಾವುದು?", "ಸಕ್ಕರೆ"),
        ("aggada atta yaavdu?", "atta"),
        ("ഏറ്റവും വില കുറഞ്ഞ സോപ്പ് ഏതാണ്?", "സോപ്പ്"),
        ("vila kuranja atta etha?", "atta"),
        ("വില കുറഞ്ഞ പഞ്ചസാര ഏതാ?", "പഞ്ചസാര"),
        ("ਸਭ ਤੋਂ ਸਸਤੀ ਖੰਡ ਕਿਹੜੀ ਹੈ?", "ਖੰਡ"),
        ("sabh ton sasta sabun kehda?", "sabun"),
        ("ਸਭ ਤੋਂ ਸਸਤਾ ਸਾਬਣ ਕਿਹੜਾ?", "ਸਾਬਣ"),
        ("ସବୁଠାରୁ ଶସ୍ତା ସାବୁନ କେଉଁଟି?", "ସାବୁନ"),
        ("sabuthu shasta atta keunta?", "atta"),
        ("ସବୁଠୁ ଶସ୍ତା ଅଟା କେଉଁଟା ଅଛି?", "ଅଟା"),
    ],
)
def test_which_is_cheapest_browses_the_goods_alone(text: str, query: str) -> None:
    result = parse(text, catalog=SHOP)
    assert result.intent == Intent.BROWSE, result
    assert result.slots.get("query") == query, result
    assert not result.items


@pytest.mark.parametrize(
    ("text", "query"),
    [
        ("চিনির দাম কত?", "চিনি"),
        ("ಸಕ್ಕರೆಯ ಬೆಲೆ ಎಷ್ಟು?", "ಸಕ್ಕರೆ"),
        ("പഞ്ചസാരയുടെ വില എത്ര?", "പഞ്ചസാര"),
        ("ଚିନିର ଦାମ କେତେ?", "ଚିନି"),
        ("ખાંડનો ભાવ શું છે?", "ખાંડ"),
        ("sugarer dam koto?", "sugar"),
    ],
)
def test_a_genitive_before_the_price_word_leaves_the_query(text: str, query: str) -> None:
    result = parse(text, catalog=SHOP)
    assert result.intent == Intent.BROWSE, result
    assert result.slots.get("query") == query, result


@pytest.mark.parametrize(
    ("text", "product", "quantity", "unit"),
    [
        ("sabse sasta atta 5 kilo bhej do", LOOSE_ATTA, 5.0, "kg"),
        ("जो सबसे सस्ती हो वही चीनी 2 किलो", LOOSE_SUGAR, 2.0, "kg"),
        ("sasta wala sabun 4 dena", LIFEBUOY, 4.0, None),
        ("sarson tel 1 litre, jo sabse sasta ho", DHARA_MUSTARD_OIL, 1.0, "l"),
        ("cheapest soap 3 pieces", LIFEBUOY, 3.0, "piece"),
        ("toor dal 1 kg, whichever is cheapest", LOOSE_TOOR_DAL, 1.0, "kg"),
        ("whichever is cheapest mustard oil 2 litre", DHARA_MUSTARD_OIL, 2.0, "l"),
        ("সবচেয়ে সস্তা আটা ৫ কেজি দিন", LOOSE_ATTA, 5.0, "kg"),
        ("sosta chini 2 kg dao", LOOSE_SUGAR, 2.0, "kg"),
        ("যেটা সস্তা সেটা সাবান ৩টে দিন", LIFEBUOY, 3.0, None),
        ("சீப்பா இருக்கிற சர்க்கரை 2 கிலோ குடுங்க", LOOSE_SUGAR, 2.0, "kg"),
        ("cheapa irukra atta 5 kilo venum", LOOSE_ATTA, 5.0, "kg"),
        ("மலிவான சோப்பு 3 குடுங்க", LIFEBUOY, 3.0, None),
        ("తక్కువ ధరలో ఉన్న చక్కెర 2 కిలో ఇవ్వండి", LOOSE_SUGAR, 2.0, "kg"),
        ("chavaka atta 5 kilo kavali", LOOSE_ATTA, 5.0, "kg"),
        ("చవకైన సబ్బు 3 ఇవ్వండి", LIFEBUOY, 3.0, None),
        ("जे स्वस्त असेल ते साखर 2 किलो द्या", LOOSE_SUGAR, 2.0, "kg"),
        ("swasta atta 5 kilo dya", LOOSE_ATTA, 5.0, "kg"),
        ("स्वस्तातला साबण 3 द्या", LIFEBUOY, 3.0, None),
        ("સૌથી સસ્તી ખાંડ 2 કિલો આપો", LOOSE_SUGAR, 2.0, "kg"),
        ("sasto atto 5 kilo aapo", LOOSE_ATTA, 5.0, "kg"),
        ("જે સસ્તું હોય તે સાબુ 4 આપજો", LIFEBUOY, 4.0, None),
        ("ಕಡಿಮೆ ಬೆಲೆಯ ಸಕ್ಕರೆ 2 ಕೆಜಿ ಕೊಡಿ", LOOSE_SUGAR, 2.0, "kg"),
        ("aggada atta 5 kg kodi", LOOSE_ATTA, 5.0, "kg"),
        ("ಅಗ್ಗದ ಸೋಪು 3 ಕೊಡಿ", LIFEBUOY, 3.0, None),
        ("വില കുറഞ്ഞ പഞ്ചസാര 2 കിലോ തരൂ", LOOSE_SUGAR, 2.0, "kg"),
        ("vila kuranja atta 5 kilo venam", LOOSE_ATTA, 5.0, "kg"),
        ("വില കുറഞ്ഞ സോപ്പ് 3 എണ്ണം മതി", LIFEBUOY, 3.0, None),
        ("ਸਭ ਤੋਂ ਸਸਤੀ ਖੰਡ 2 ਕਿੱਲੋ ਦਿਓ", LOOSE_SUGAR, 2.0, "kg"),
        ("sasta wala atta 5 kilo de do ji", LOOSE_ATTA, 5.0, "kg"),
        ("ਸਸਤਾ ਵਾਲਾ ਸਾਬਣ 3 ਦਿਓ", LIFEBUOY, 3.0, None),
        ("ସବୁଠୁ ଶସ୍ତା ଅଟା ୫ କିଲୋ ଦିଅନ୍ତୁ", LOOSE_ATTA, 5.0, "kg"),
        ("shasta chini 2 kilo dia", LOOSE_SUGAR, 2.0, "kg"),
        ("ଶସ୍ତା ସାବୁନ ୩ଟା ଦିଅ", LIFEBUOY, 3.0, None),
    ],
)
def test_ordering_the_cheap_one_picks_the_cheapest_that_fits(text: str, product: str, quantity: float, unit: str | None) -> None:
    result = parse(text, catalog=SHOP)
    assert result.intent == Intent.ADD_ITEMS, result
    assert len(result.items) == 1, result
    item = result.items[0]
    assert item.cheapest, item
    assert (item.quantity, item.unit) == (quantity, unit), item
    assert item.candidates and item.candidates[0].product_id == product, item


def test_cheap_words_leave_the_item_text() -> None:
    item = parse("जो सबसे सस्ता हो वही सरसों तेल 2 लीटर", catalog=SHOP).items[0]
    assert item.text == "सरसों तेल"


def test_a_frame_word_is_taken_whole_only() -> None:
    """"ഉള്ള" (that is) frames a cheap word; "ഉള്ളി" (onion) is goods."""
    result = parse("വില കുറഞ്ഞ ഉള്ളി 2 കിലോ", catalog=SHOP)
    assert result.intent == Intent.ADD_ITEMS, result
    assert result.items[0].text == "ഉള്ളി"


def test_only_candidates_about_as_good_are_reranked() -> None:
    entries = {
        "a": CatalogEntry(product_id="a", name="Brand Atta", size_value=1, size_unit="kg", price_paise=6000),
        "b": CatalogEntry(product_id="b", name="Atta (Loose)", size_value=1, size_unit="kg", price_paise=4000),
        "c": CatalogEntry(product_id="c", name="Atta Biscuit", size_value=200, size_unit="g", price_paise=500),
    }
    ranked = cheapest_first(
        [Candidate(product_id="a", score=90), Candidate(product_id="b", score=88), Candidate(product_id="c", score=90 - NEAR_POINTS - 1)],
        entries,
        "kg",
        2.0,
    )
    assert [candidate.product_id for candidate in ranked] == ["b", "a", "c"]


def test_a_pack_bigger_than_asked_comes_after() -> None:
    entries = {
        "big": CatalogEntry(product_id="big", name="Tea", size_value=1, size_unit="kg", price_paise=50000),
        "small": CatalogEntry(product_id="small", name="Tea", size_value=250, size_unit="g", price_paise=15000),
    }
    ranked = cheapest_first([Candidate(product_id="big", score=90), Candidate(product_id="small", score=90)], entries, "g", 250.0)
    assert ranked[0].product_id == "small"


# Must not change: no cheap word, no re-rank; a price question's word that is no genitive stays.
@pytest.mark.parametrize("text", ["2 kilo atta bhej do", "सरसों तेल 2 लीटर", "ଚିନି ୨ କିଲୋ ଦିଅ"])
def test_without_a_cheap_word_nothing_is_reranked(text: str) -> None:
    result = parse(text, catalog=SHOP)
    assert result.intent == Intent.ADD_ITEMS, result
    assert not any(item.cheapest for item in result.items)


@pytest.mark.parametrize(("text", "query"), [("পনির দাম কত?", "পনির"), ("atta kitne ka hai?", "atta")])
def test_price_questions_without_a_genitive_keep_their_query(text: str, query: str) -> None:
    result = parse(text, catalog=SHOP)
    assert result.intent == Intent.BROWSE, result
    assert result.slots.get("query") == query, result


def test_whichever_is_cheap_between_two_orders_marks_neither() -> None:
    result = parse("1 kg surf excel, chavaka ga unnadi adhe, inka 2 rin bars", catalog=SHOP)
    assert result.intent == Intent.ADD_ITEMS, result
    assert len(result.items) == 2
    assert not any(item.cheapest for item in result.items)
