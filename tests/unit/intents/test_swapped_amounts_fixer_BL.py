"""An amount swapped for an item already ordered, and a size or amount turned down beside an
order, fixer BL, in the eleven languages (native script and romanised). The phrasings are written
for these tests, not taken from the development or held-out files:

- "X A ki jagah B kar do, <reason>" / "X A nahi, B kilo hi do": the new amount changes X; a reason
  in a clause of its own after it ("mehmaan badh gaye") is no second item;
- the "only" glued onto the unit ("किलोच", "kiloch", "கிலோவே", "కిలోనే", "ಕಿಲೋನೇ", "kiloi",
  "kiloye") is still the unit, never a product;
- "zyada nahi", "periya size vendam", "bada nahi", "ekkuva pedda vaddu", "beshi na" beside goods
  is a remark about the size: the goods are added, nothing is removed;
- near misses keep their parse: a refusal naming the product removes it ("karela nahi chahiye"),
  a size refusal alone stays a no, two products are two items.
"""

from __future__ import annotations

import pytest

from intents.catalog_index import CatalogIndex
from intents.parse import parse
from intents.size_remarks import without_size_refusals
from intents.types import Intent
from intents.units import unit_word

from .eval_shop import build_eval_shop

Item = tuple[str, float | None, str | None]

# language, text, intent, items (text, quantity, unit)
FIXED: list[tuple[str, str, Intent, list[Item]]] = [
    (
        "en",
        "make the rice 10 kg instead of 5, my in-laws are staying the week",
        Intent.CHANGE_QUANTITY,
        [("rice", 10.0, "kg")],
    ),
    ("en", "2 kg tomatoes please, not too big", Intent.ADD_ITEMS, [("tomatoes", 2.0, "kg")]),
    ("en", "a dozen bananas, not the big ones", Intent.ADD_ITEMS, [("bananas", 1.0, "dozen")]),
    (
        "en",
        "1 kg onions and 500 g garlic, not too much",
        Intent.ADD_ITEMS,
        [("onions", 1.0, "kg"), ("garlic", 500.0, "g")],
    ),
    ("en", "half kilo beans, small ones, not big", Intent.ADD_ITEMS, [("beans", 0.5, "kg")]),
    (
        "en",
        "dal 2 kg instead of 1 kg, the cook is back",
        Intent.CHANGE_QUANTITY,
        [("dal", 2.0, "kg")],
    ),
    (
        "hi",
        "tel 2 ki jagah 3 litre kar do, mehmaan badh gaye",
        Intent.CHANGE_QUANTITY,
        [("tel", 3.0, "l")],
    ),
    (
        "hi",
        "चीनी 1 की जगह 2 किलो कर दो, हलवा बनाना है",
        Intent.CHANGE_QUANTITY,
        [("चीनी", 2.0, "kg")],
    ),
    ("hi", "आधा किलो भिंडी भेजो, बड़ी नहीं चाहिए", Intent.ADD_ITEMS, [("भिंडी", 0.5, "kg")]),
    (
        "hi",
        "200 gram adrak aur paav kilo mirchi, zyada nahi",
        Intent.ADD_ITEMS,
        [("adrak", 200.0, "g"), ("mirchi", 0.25, "kg")],
    ),
    (
        "hi",
        "do packet bread bhejna, bada packet nahi",
        Intent.ADD_ITEMS,
        [("bread", 2.0, "packet")],
    ),
    ("hi", "चना दाल एक किलो नहीं, आधा किलो ही दो", Intent.CHANGE_QUANTITY, [("चना दाल", 0.5, "kg")]),
    (
        "bn",
        "moshur dal 1 kilo noy, adha kiloi dao",
        Intent.CHANGE_QUANTITY,
        [("moshur dal", 0.5, "kg")],
    ),
    ("bn", "২ কেজি আলু দিন, বড় না", Intent.ADD_ITEMS, [("আলু", 2.0, "kg")]),
    (
        "bn",
        "chini 2 kilo na, 1 kiloi dao, ghore ache",
        Intent.CHANGE_QUANTITY,
        [("chini", 1.0, "kg")],
    ),
    ("bn", "এক প্যাকেট মুড়ি, বেশি না", Intent.ADD_ITEMS, [("মুড়ি", 1.0, "packet")]),
    ("bn", "2 ta shosha, boro na", Intent.ADD_ITEMS, [("shosha", 2.0, None)]),
    ("bn", "500 gram piyaj, beshi na", Intent.ADD_ITEMS, [("piyaj", 500.0, "g")]),
    (
        "ta",
        "kadalai paruppu oru kilo illa, arai kilove podhum",
        Intent.CHANGE_QUANTITY,
        [("kadalai paruppu", 0.5, "kg")],
    ),
    (
        "ta",
        "துவரம் பருப்பு ஒரு கிலோ இல்லை, அரை கிலோவே போதும்",
        Intent.CHANGE_QUANTITY,
        [("துவரம் பருப்பு", 0.5, "kg")],
    ),
    (
        "ta",
        "moonu vellarikka podunga, periya size vendam",
        Intent.ADD_ITEMS,
        [("vellarikka", 3.0, None)],
    ),
    ("ta", "அரை கிலோ தக்காளி, பெரிய சைஸ் வேண்டாம்", Intent.ADD_ITEMS, [("தக்காளி", 0.5, "kg")]),
    (
        "ta",
        "rava arai kilo illa, kaal kilove kudunga",
        Intent.CHANGE_QUANTITY,
        [("rava", 0.25, "kg")],
    ),
    ("ta", "oru kilo vengayam, romba periya venaam", Intent.ADD_ITEMS, [("vengayam", 1.0, "kg")]),
    (
        "te",
        "kandi pappu oka kilo kaadu, ara kilone ivvandi",
        Intent.CHANGE_QUANTITY,
        [("kandi pappu", 0.5, "kg")],
    ),
    ("te", "కంది పప్పు ఒక కిలో కాదు, అర కిలోనే ఇవ్వండి", Intent.CHANGE_QUANTITY, [("కంది పప్పు", 0.5, "kg")]),
    ("te", "rendu kilo tomato, ekkuva pedda vaddu", Intent.ADD_ITEMS, [("tomato", 2.0, "kg")]),
    ("te", "ఒక కిలో ఉల్లిపాయలు, పెద్దవి వద్దు", Intent.ADD_ITEMS, [("ఉల్లిపాయలు", 1.0, "kg")]),
    (
        "te",
        "minapa pappu ara kilo kaadu, pavu kilone chalu",
        Intent.CHANGE_QUANTITY,
        [("minapa pappu", 0.25, "kg")],
    ),
    ("te", "moodu dosakaya, pedda saiju vaddu", Intent.ADD_ITEMS, [("dosakaya", 3.0, None)]),
    (
        "mr",
        "tur dal ek kilo nako, ardha kiloch dya",
        Intent.CHANGE_QUANTITY,
        [("tur dal", 0.5, "kg")],
    ),
    ("mr", "तूर डाळ एक किलो नको, अर्धा किलोच द्या", Intent.CHANGE_QUANTITY, [("तूर डाळ", 0.5, "kg")]),
    ("mr", "साखर दोन किलो नको, दीड किलोच द्या", Intent.CHANGE_QUANTITY, [("साखर", 1.5, "kg")]),
    ("mr", "ek kilo tomato dya, motha nako", Intent.ADD_ITEMS, [("tomato", 1.0, "kg")]),
    ("mr", "अर्धा किलो भेंडी, मोठी नको", Intent.ADD_ITEMS, [("भेंडी", 0.5, "kg")]),
    ("mr", "pohe 1 kilo nako, ardha kiloch pure", Intent.CHANGE_QUANTITY, [("pohe", 0.5, "kg")]),
    (
        "gu",
        "tuver dal ek kilo nahi, adho kilo j aapo",
        Intent.CHANGE_QUANTITY,
        [("tuver dal", 0.5, "kg")],
    ),
    (
        "gu",
        "તુવેર દાળ એક કિલો નહીં, અડધો કિલો જ આપો",
        Intent.CHANGE_QUANTITY,
        [("તુવેર દાળ", 0.5, "kg")],
    ),
    ("gu", "be kilo tameta, motu nathi joitu", Intent.ADD_ITEMS, [("tameta", 2.0, "kg")]),
    ("gu", "અડધો કિલો ભીંડા, મોટા નથી જોઈતા", Intent.ADD_ITEMS, [("ભીંડા", 0.5, "kg")]),
    ("gu", "ek kilo dungli, vadhare moti nahi", Intent.ADD_ITEMS, [("dungli", 1.0, "kg")]),
    (
        "gu",
        "chaas 3 ni jagya e 5 karo, mehman aave che",
        Intent.CHANGE_QUANTITY,
        [("chaas", 5.0, None)],
    ),
    (
        "kn",
        "togari bele ondu kilo beda, ardha kilone kodi",
        Intent.CHANGE_QUANTITY,
        [("togari bele", 0.5, "kg")],
    ),
    ("kn", "ತೊಗರಿ ಬೇಳೆ ಒಂದು ಕಿಲೋ ಬೇಡ, ಅರ್ಧ ಕಿಲೋನೇ ಕೊಡಿ", Intent.CHANGE_QUANTITY, [("ತೊಗರಿ ಬೇಳೆ", 0.5, "kg")]),
    ("kn", "ondu kg eerulli, dodda beda", Intent.ADD_ITEMS, [("eerulli", 1.0, "kg")]),
    ("kn", "ಅರ್ಧ ಕೆಜಿ ಟೊಮೇಟೊ, ದೊಡ್ಡದು ಬೇಡ", Intent.ADD_ITEMS, [("ಟೊಮೇಟೊ", 0.5, "kg")]),
    (
        "kn",
        "sakkare 2 kilo beda, ondu kilone saaku",
        Intent.CHANGE_QUANTITY,
        [("sakkare", 1.0, "kg")],
    ),
    ("kn", "ಎರಡು ಸೌತೆಕಾಯಿ, ತುಂಬಾ ದೊಡ್ಡದು ಬೇಡ", Intent.ADD_ITEMS, [("ಸೌತೆಕಾಯಿ", 2.0, None)]),
    (
        "ml",
        "parippu oru kilo venda, ara kiloye mathi",
        Intent.CHANGE_QUANTITY,
        [("parippu", 0.5, "kg")],
    ),
    ("ml", "പരിപ്പ് ഒരു കിലോ വേണ്ട, അര കിലോ മതി", Intent.CHANGE_QUANTITY, [("പരിപ്പ്", 0.5, "kg")]),
    ("ml", "randu vellarikka, valiya venda", Intent.ADD_ITEMS, [("vellarikka", 2.0, None)]),
    ("ml", "അര കിലോ തക്കാളി, വലുത് വേണ്ട", Intent.ADD_ITEMS, [("തക്കാളി", 0.5, "kg")]),
    ("ml", "oru kilo savala, kooduthal valuth venda", Intent.ADD_ITEMS, [("savala", 1.0, "kg")]),
    (
        "ml",
        "panjasara 2 kilo venda, oru kiloye mathi",
        Intent.CHANGE_QUANTITY,
        [("panjasara", 1.0, "kg")],
    ),
    (
        "pa",
        "moong dal ikk kilo nahi, adha kilo hi deo",
        Intent.CHANGE_QUANTITY,
        [("moong dal", 0.5, "kg")],
    ),
    ("pa", "ਮੂੰਗ ਦਾਲ ਇੱਕ ਕਿਲੋ ਨਹੀਂ, ਅੱਧਾ ਕਿਲੋ ਹੀ ਦਿਓ", Intent.CHANGE_QUANTITY, [("ਮੂੰਗ ਦਾਲ", 0.5, "kg")]),
    ("pa", "do kilo aloo, vadde nahi chahide", Intent.ADD_ITEMS, [("aloo", 2.0, "kg")]),
    ("pa", "ਦੋ ਕਿਲੋ ਆਲੂ, ਵੱਡੇ ਨਹੀਂ", Intent.ADD_ITEMS, [("ਆਲੂ", 2.0, "kg")]),
    (
        "pa",
        "ghyo 1 di jagah 2 litre kar do, langar vadda ho gaya",
        Intent.CHANGE_QUANTITY,
        [("ghyo", 2.0, "l")],
    ),
    ("pa", "adha kilo bhindi, bahut vaddi nahi", Intent.ADD_ITEMS, [("bhindi", 0.5, "kg")]),
    (
        "or",
        "muga dali gote kilo nuhen, adha kilo hi dia",
        Intent.CHANGE_QUANTITY,
        [("muga dali", 0.5, "kg")],
    ),
    ("or", "ମୁଗ ଡାଲି ଗୋଟେ କିଲୋ ନୁହେଁ, ଅଧା କିଲୋ ହିଁ ଦିଅ", Intent.CHANGE_QUANTITY, [("ମୁଗ ଡାଲି", 0.5, "kg")]),
    ("or", "dui kilo alu, bada nahi", Intent.ADD_ITEMS, [("alu", 2.0, "kg")]),
    ("or", "ଦୁଇ କିଲୋ ଆଳୁ, ବଡ଼ ନାହିଁ", Intent.ADD_ITEMS, [("ଆଳୁ", 2.0, "kg")]),
    ("or", "adha kilo bhendi, besi bada nahi", Intent.ADD_ITEMS, [("bhendi", 0.5, "kg")]),
    ("or", "ଅଧା କିଲୋ ଟମାଟୋ, ବେଶି ବଡ଼ ନାହିଁ", Intent.ADD_ITEMS, [("ଟମାଟୋ", 0.5, "kg")]),
    ("hi", "atta 2 kilo nahi, dhai kar do", Intent.CHANGE_QUANTITY, [("atta", 2.5, "kg")]),
    ("hi", "besan 1 kilo nahi, sawa kar dena", Intent.CHANGE_QUANTITY, [("besan", 1.25, "kg")]),
    ("mr", "pohe 1 kilo nako, dedh kara", Intent.CHANGE_QUANTITY, [("pohe", 1.5, "kg")]),
    (
        "bn",
        "chini 1 kilor bodole 2 kilo koro, atithi asche",
        Intent.CHANGE_QUANTITY,
        [("chini", 2.0, "kg")],
    ),
    (
        "te",
        "chakkera 1 kilo ki badulu 2 kilo ivvandi, chuttalu vastunnaru",
        Intent.CHANGE_QUANTITY,
        [("chakkera", 2.0, "kg")],
    ),
    (
        "ml",
        "panjasara 1 kilo nu pakaram 2 kilo tharu, virunnukar varunnu",
        Intent.CHANGE_QUANTITY,
        [("panjasara", 2.0, "kg")],
    ),
]

# Near misses: the parse they had before this change.
UNCHANGED: list[tuple[str, str, Intent, list[Item]]] = [
    ("hi", "karela nahi chahiye", Intent.REMOVE_ITEM, [("karela", None, None)]),
    ("ta", "vellarikka venaam", Intent.REMOVE_ITEM, [("vellarikka", None, None)]),
    ("hi", "maggi mat bhejna", Intent.REMOVE_ITEM, [("maggi", None, None)]),
    (
        "hi",
        "2 kilo atta nahi, 1 kilo cheeni",
        Intent.ADD_ITEMS,
        [("atta nahi", 2.0, "kg"), ("cheeni", 1.0, "kg")],
    ),
    ("hi", "zyada nahi", Intent.DENY, []),
    ("te", "ekkuva vaddu", Intent.DENY, []),
    ("bn", "beshi na", Intent.DENY, []),
    (
        "hi",
        "ghee 1 ki jagah 2 litre kar do, atta bhi 5 kilo",
        Intent.ADD_ITEMS,
        [("ghee", 1.0, None), ("atta", 5.0, "kg")],
    ),
    ("hi", "bada packet bhejo", Intent.ADD_ITEMS, [("bada", 1.0, "packet")]),
    ("en", "big pack of surf excel", Intent.ADD_ITEMS, [("big surf excel", 1.0, "packet")]),
    ("ml", "kadala venda, parippu oru kilo", Intent.ADD_ITEMS, [("parippu", 1.0, "kg")]),
    ("kn", "sakkare beda", Intent.REMOVE_ITEM, [("sakkare", None, None)]),
    ("mr", "साखर नको", Intent.REMOVE_ITEM, [("साखर", None, None)]),
    ("gu", "ખાંડ નથી જોઈતી", Intent.REMOVE_ITEM, [("ખાંડ", None, None)]),
    ("pa", "ਖੰਡ ਨਹੀਂ ਚਾਹੀਦੀ", Intent.REMOVE_ITEM, [("ਖੰਡ", None, None)]),
    ("or", "chini darkar nahi", Intent.REMOVE_ITEM, [("chini", None, None)]),
    ("bn", "chini lagbe na", Intent.REMOVE_ITEM, [("chini", None, None)]),
    ("en", "remove the big surf excel", Intent.REMOVE_ITEM, [("big surf excel", None, None)]),
]


@pytest.fixture(scope="module")
def shop() -> CatalogIndex:
    return build_eval_shop()


def _check(shop: CatalogIndex, text: str, intent: Intent, items: list[Item]) -> None:
    result = parse(text, role="customer", catalog=shop)
    assert result.intent == intent
    assert [(item.text, item.quantity, item.unit) for item in result.items] == items


@pytest.mark.parametrize(("language", "text", "intent", "items"), FIXED)
def test_swapped_amount_and_size_remarks(
    shop: CatalogIndex, language: str, text: str, intent: Intent, items: list[Item]
) -> None:
    _check(shop, text, intent, items)


@pytest.mark.parametrize(("language", "text", "intent", "items"), UNCHANGED)
def test_near_misses_keep_their_parse(
    shop: CatalogIndex, language: str, text: str, intent: Intent, items: list[Item]
) -> None:
    _check(shop, text, intent, items)


def test_every_language_has_six_cases() -> None:
    languages = [language for language, *_ in FIXED]
    assert all(
        languages.count(language) >= 6
        for language in ("en", "hi", "bn", "ta", "te", "mr", "gu", "kn", "ml", "pa", "or")
    )


@pytest.mark.parametrize(
    ("word", "unit"),
    [
        ("kiloch", "kg"),
        ("किलोच", "kg"),
        ("கிலோவே", "kg"),
        ("కిలోనే", "kg"),
        ("ಕಿಲೋನೇ", "kg"),
        ("kiloi", "kg"),
        ("kiloye", "kg"),
        ("litrech", "l"),
    ],
)
def test_only_glued_onto_a_unit_is_the_unit(word: str, unit: str) -> None:
    found = unit_word(word)
    assert found is not None and found.unit == unit


@pytest.mark.parametrize("word", ["tini", "kilonet", "chini", "paani"])
def test_other_words_are_no_unit(word: str) -> None:
    assert unit_word(word) is None


def test_a_size_refusal_alone_is_left_as_said() -> None:
    assert without_size_refusals("zyada nahi") == "zyada nahi"
    assert (
        without_size_refusals("karela nahi chahiye, zyada ho gaya")
        == "karela nahi chahiye, zyada ho gaya"
    )
    assert "zyada" not in without_size_refusals("paav kilo karela bhejo, zyada nahi chahiye")
