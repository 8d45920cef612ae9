"""Friends arriving + a change (fixer AQ): the "friends came" clause is the customer's reason, not
an item, in all eleven languages; its number is a head count. Words: intents/data/more_guests.csv."""

from __future__ import annotations

import pytest

from intents import parse
from intents.types import Intent

CHANGE = Intent.CHANGE_QUANTITY

# (message, intent, [(item text, quantity)])
CASES: list[tuple[str, Intent, list[tuple[str, float]]]] = [
    # en
    ("4 more friends coming 🎉 add 3 pepsi and 2 bisleri", Intent.ADD_ITEMS, [("pepsi", 3), ("bisleri", 2)]),
    ("friends came over, make the pepsi 5", CHANGE, [("pepsi", 5)]),
    ("more guys showed up, make the kurkure 7", CHANGE, [("kurkure", 7)]),
    ("frnds are here, make the coke 6", CHANGE, [("coke", 6)]),
    ("more ppl came, make the lays 5", CHANGE, [("lays", 5)]),
    ("2 more guys 😅 add 4 maggi", Intent.ADD_ITEMS, [("maggi", 4)]),
    # hi
    ("dost aa gaye yaar, kurkure 6 kar do", CHANGE, [("kurkure", 6)]),
    ("doston ke aane se, pepsi 5 kar do", CHANGE, [("pepsi", 5)]),
    ("yaar log aa gaye, maggi 8 kar do", CHANGE, [("maggi", 8)]),
    ("दोस्त आ गए, पेप्सी 5 कर दो", CHANGE, [("पेप्सी", 5)]),
    ("और दोस्त आए हैं, मैगी 6 कर दीजिए", CHANGE, [("मैगी", 6)]),
    ("यार लोग आ गए, कोक 4 कर दो", CHANGE, [("कोक", 4)]),
    # pa
    ("dost aa gaye, kurkure 6 kar do ji", CHANGE, [("kurkure", 6)]),
    ("yaar aa gaye, coke 4 kar do", CHANGE, [("coke", 4)]),
    ("ਦੋਸਤ ਆ ਗਏ, ਕੋਕ 4 ਕਰ ਦਿਓ", CHANGE, [("ਕੋਕ", 4)]),
    ("ਯਾਰ ਆ ਗਏ, ਮੈਗੀ 6 ਕਰ ਦਿਓ", CHANGE, [("ਮੈਗੀ", 6)]),
    ("yaaran aa gaye, pepsi 5 kar do", CHANGE, [("pepsi", 5)]),
    ("ਹੋਰ ਦੋਸਤ ਆਏ, ਕੋਕ 6 ਕਰ ਦਿਓ", CHANGE, [("ਕੋਕ", 6)]),
    # bn
    ("বন্ধুরা এসেছে, কোক ৪টা করে দিন", CHANGE, [("কোক", 4)]),
    ("bondhura esheche, chips 5 packet koro", CHANGE, [("chips", 5)]),
    ("bondhu ra aslo, pepsi 6 koro", CHANGE, [("pepsi", 6)]),
    ("বন্ধু এসেছে, ম্যাগি ৬টা করুন", CHANGE, [("ম্যাগি", 6)]),
    ("aro bondhu eseche, coke 5 koro", CHANGE, [("coke", 5)]),
    ("bondhura aschhe, kurkure 8 packet koro", CHANGE, [("kurkure", 8)]),
    # ta
    ("நண்பர்கள் வந்துட்டாங்க, கோக் 4 ஆக்குங்க", CHANGE, [("கோக்", 4)]),
    ("nanbargal vandhaanga, coke 4 pannunga", CHANGE, [("coke", 4)]),
    ("nanbanga vandhaanga, kurkure 6 pannunga", CHANGE, [("kurkure", 6)]),
    ("friendsu vandhutaanga, pepsi 5 pannunga", CHANGE, [("pepsi", 5)]),
    ("ஃப்ரெண்ட்ஸ் வந்தாங்க, மேகி 6 ஆக்குங்க", CHANGE, [("மேகி", 6)]),
    ("innum nanbargal vandhaanga, maggi 8 pannunga", CHANGE, [("maggi", 8)]),
    # te
    ("ఫ్రెండ్స్ వచ్చారు, పెప్సీ 5 చేయండి", CHANGE, [("పెప్సీ", 5)]),
    ("snehitulu vachcharu, coke 4 cheyyandi", CHANGE, [("coke", 4)]),
    ("స్నేహితులు వచ్చారు, కోక్ 6 చేయండి", CHANGE, [("కోక్", 6)]),
    ("friendsu vacharu, kurkure 6 cheyyandi", CHANGE, [("kurkure", 6)]),
    ("inka snehitulu vacharu, maggi 8 cheyyandi", CHANGE, [("maggi", 8)]),
    ("snehitulu ekkuva vacharu, pepsi 5 cheyyi", CHANGE, [("pepsi", 5)]),
    # kn
    ("ಗೆಳೆಯರು ಬಂದಿದ್ದಾರೆ, ಕೋಕ್ 4 ಮಾಡಿ", CHANGE, [("ಕೋಕ್", 4)]),
    ("geleyaru bandru, kurkure 6 maadi", CHANGE, [("kurkure", 6)]),
    ("gelayaru bandidare, coke 5 maadi", CHANGE, [("coke", 5)]),
    ("ಫ್ರೆಂಡ್ಸ್ ಬಂದ್ರು, ಪೆಪ್ಸಿ 5 ಮಾಡಿ", CHANGE, [("ಪೆಪ್ಸಿ", 5)]),
    ("innu geleyaru bandru, maggi 8 maadi", CHANGE, [("maggi", 8)]),
    ("geleyaru jaasti bandru, pepsi 6 maadi", CHANGE, [("pepsi", 6)]),
    # ml
    ("കൂട്ടുകാർ വന്നു, കോക്ക് 4 ആക്കൂ", CHANGE, [("കോക്ക്", 4)]),
    ("koottukar vannu, coke 4 aakku", CHANGE, [("coke", 4)]),
    ("kootukar vannu, kurkure 6 aakku", CHANGE, [("kurkure", 6)]),
    ("സുഹൃത്തുക്കൾ വന്നു, പെപ്സി 5 ആക്കൂ", CHANGE, [("പെപ്സി", 5)]),
    ("koottukaar kooduthal vannu, maggi 8 aakku", CHANGE, [("maggi", 8)]),
    ("koottukar ethi, pepsi 6 aakku", CHANGE, [("pepsi", 6)]),
    # mr
    ("mitra aale, maggi 5 kara", CHANGE, [("maggi", 5)]),
    ("मित्र आले, कोक 4 करा", CHANGE, [("कोक", 4)]),
    ("dost aale, kurkure 6 kara", CHANGE, [("kurkure", 6)]),
    ("आणखी मित्र आले, पेप्सी 5 करा", CHANGE, [("पेप्सी", 5)]),
    ("mitr aale, coke 6 kara", CHANGE, [("coke", 6)]),
    ("दोस्त आले, मॅगी 8 करा", CHANGE, [("मॅगी", 8)]),
    # gu
    ("મિત્રો આવ્યા, કોક 4 કરી દો", CHANGE, [("કોક", 4)]),
    ("mitro aavya, kurkure 6 kari do", CHANGE, [("kurkure", 6)]),
    ("dosto aavi gaya, pepsi 5 kari do", CHANGE, [("pepsi", 5)]),
    ("મિત્ર આવ્યા, મેગી 6 કરી દો", CHANGE, [("મેગી", 6)]),
    ("bija mitro aavya, coke 8 kari do", CHANGE, [("coke", 8)]),
    ("દોસ્તો આવી ગયા, પેપ્સી 5 કરી દો", CHANGE, [("પેપ્સી", 5)]),
    # or
    ("ସାଥୀମାନେ ଆସିଲେ, କୋକ 4 କର", CHANGE, [("କୋକ", 4)]),
    ("sathimane asichanti, kurkure 6 packet kara", CHANGE, [("kurkure", 6)]),
    ("ସାଥୀ ଆସିଲେ, କୋକ 5 କର", CHANGE, [("କୋକ", 5)]),
    ("sangamane asichhanti, pepsi 6 kara", CHANGE, [("pepsi", 6)]),
    ("ସାଙ୍ଗମାନେ ଆସିଲେ, ମ୍ୟାଗି 6 କର", CHANGE, [("ମ୍ୟାଗି", 6)]),
    ("aau sathimane asile, maggi 8 kara", CHANGE, [("maggi", 8)]),
]


@pytest.mark.parametrize(("text", "intent", "items"), CASES)
def test_friends_clause_is_no_item(text: str, intent: Intent, items: list[tuple[str, float]]) -> None:
    parsed = parse(text)
    assert parsed.intent == intent
    assert [(item.text, item.quantity) for item in parsed.items] == items


# Must not change: ginger in Marathi is still goods; a clause with a unit stays an amount of goods.
def test_marathi_ginger_still_an_item() -> None:
    parsed = parse("आले 100 ग्राम द्या")
    assert [(item.text, item.quantity, item.unit) for item in parsed.items] == [("आले", 100.0, "g")]


def test_friends_with_goods_amount_keeps_item() -> None:
    parsed = parse("dost ke liye 2 kg mithai")
    assert [(item.quantity, item.unit) for item in parsed.items] == [(2.0, "kg")]


def test_marathi_sathi_is_still_for() -> None:
    """"sathi" is Marathi "for", so bare "sathi" is no friend word (only "sathimane", ସାଥୀ)."""
    parsed = parse("mulansathi 2 maggi dya")
    assert [item.quantity for item in parsed.items] == [2.0]


def test_plain_order_with_yaar_keeps_items() -> None:
    parsed = parse("yaar 2 maggi aur 1 coke bhejo")
    assert [(item.text, item.quantity) for item in parsed.items] == [("maggi", 2), ("coke", 1)]


def test_marathi_purpose_karto_is_no_item() -> None:
    """"pav bhaji karto" (I'm making pav bhaji) after the items says why: no third item."""
    parsed = parse("pav 8 ani amul butter 1, aaj pav bhaji karto")
    assert [(item.text, item.quantity) for item in parsed.items] == [("pav", 8), ("amul butter", 1)]


def test_removal_with_nobody_reason_keeps_one_item() -> None:
    """"nobody drinks it" after a removal is the reason, not a second item to take off."""
    parsed = parse("take off the pepsi, no one drinks it at home")
    assert parsed.intent == Intent.REMOVE_ITEM
    assert [item.text for item in parsed.items] == ["pepsi"]
