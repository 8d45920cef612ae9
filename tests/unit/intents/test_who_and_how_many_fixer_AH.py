"""Fixer AH, the family "who and how many": numbers that say WHO the goods are for or HOW MANY
PEOPLE they feed are no item's quantity, in all eleven languages. A count of people ("for 9
people", "7 log hain", "৯ জনের জন্য", "9 பேருக்கு", "20 mandiki"), a flat or house number with
"for" or who lives there ("flat 506 ke liye", "506 க்கு", "506 ನವರಿಗೆ", "506 vali masi ne"), and an
occasion with a glued "for" before a count ("കല്യാണത്തിന് 12 ബിസ്ലേരി 1 ലിറ്റർ") leave only the
goods; a real address stays an address."""

from __future__ import annotations

import pytest

from intents.parse import parse
from intents.types import Intent
from tests.unit.intents.eval_shop import build_eval_shop

SHOP = build_eval_shop()
ADD, REMOVE = Intent.ADD_ITEMS, Intent.REMOVE_ITEM

# (quantity, unit, pack size, a word of the first candidate's name or None)
Item = tuple[float | None, str | None, tuple[float, str] | None, str | None]


@pytest.mark.parametrize(
    ("text", "intent", "items"),
    [
        # en
        ('dinner for 9 people: 2 kg basmati rice and 1 litre fortune oil', ADD, [(2.0, 'kg', None, 'basmati'), (1.0, 'l', None, 'fortune')]),
        ('we are 7 people, send 3 maggi and 1 kg sugar', ADD, [(3.0, None, None, 'maggi'), (1.0, 'kg', None, 'sugar')]),
        ('1 kg tata tea for 20 staff', ADD, [(1.0, 'kg', None, 'tata tea')]),
        ('flat 206 wants 1 kg sugar, flat 207 wants 2 bourbon', ADD, [(1.0, 'kg', None, 'sugar'), (2.0, None, None, 'bourbon')]),
        ('for flat 110: 2 maggi', ADD, [(2.0, None, None, 'maggi')]),
        ('remove the bourbon, 206 uncle does not want it', REMOVE, [(None, None, None, 'bourbon')]),
        # hi
        ('9 logon ke liye 2 kilo chawal aur 1 kilo cheeni', ADD, [(2.0, 'kg', None, None), (1.0, 'kg', None, 'sugar')]),
        ('7 log hain, 3 maggi bhej do', ADD, [(3.0, None, None, 'maggi')]),
        ('२० लोगों के लिए १ किलो चीनी', ADD, [(1.0, 'kg', None, 'sugar')]),
        ('flat 506 ke liye 2 maggi, flat 508 ke liye 1 kilo cheeni', ADD, [(2.0, None, None, 'maggi'), (1.0, 'kg', None, 'sugar')]),
        ('506 वाले अंकल को 2 मैगी', ADD, [(2.0, None, None, 'maggi')]),
        ('bourbon hata do, 506 wali aunty ne mana kiya', REMOVE, [(None, None, None, 'bourbon')]),
        # bn
        ('৯ জনের জন্য ২ কেজি চাল আর ১ কেজি চিনি', ADD, [(2.0, 'kg', None, None), (1.0, 'kg', None, 'sugar')]),
        ('7 joner jonno 3 ta maggi', ADD, [(3.0, None, None, 'maggi')]),
        ('২০ জন লোকের চায়ের জন্য ১ কেজি চিনি', ADD, [(1.0, 'kg', None, 'sugar')]),
        ('৫০৬ নম্বর ফ্ল্যাটের জন্য ২টা ম্যাগি', ADD, [(2.0, None, None, 'maggi')]),
        ('flat 506 er jonno 1 kg chini ar 2 ta maggi', ADD, [(1.0, 'kg', None, 'sugar'), (2.0, None, None, 'maggi')]),
        ('৫০৬ এর জন্য ১ কেজি চিনি, ৫০৮ এর জন্য ২টা বোর্বন', ADD, [(1.0, 'kg', None, 'sugar'), (2.0, None, None, 'bourbon')]),
        # ta
        ('9 பேருக்கு 2 கிலோ அரிசி, 1 கிலோ சர்க்கரை', ADD, [(2.0, 'kg', None, None), (1.0, 'kg', None, 'sugar')]),
        ('7 peru irukkom, 3 maggi anuppunga', ADD, [(3.0, None, None, 'maggi')]),
        ('இருபது பேருக்கு 1 கிலோ சர்க்கரை', ADD, [(1.0, 'kg', None, 'sugar')]),
        ('506 க்கு 2 மேகி, 508 க்கு 1 கிலோ சர்க்கரை', ADD, [(2.0, None, None, 'maggi'), (1.0, 'kg', None, 'sugar')]),
        ('flat 506 ku 2 maggi', ADD, [(2.0, None, None, 'maggi')]),
        ('விசேஷத்துக்கு 12 bisleri 1 litre, 2 maggi', ADD, [(12.0, None, (1.0, 'l'), 'bisleri'), (2.0, None, None, 'maggi')]),
        # te
        ('9 మందికి 2 కిలో బియ్యం, 1 కిలో చక్కెర', ADD, [(2.0, 'kg', None, None), (1.0, 'kg', None, 'sugar')]),
        ('7 mandi unnaru, 3 maggi pampandi', ADD, [(3.0, None, None, 'maggi')]),
        ('20 mandiki 1 kg chakkera', ADD, [(1.0, 'kg', None, 'sugar')]),
        ('506 కి 2 మ్యాగీ, 508 కి 1 కిలో చక్కెర', ADD, [(2.0, None, None, 'maggi'), (1.0, 'kg', None, 'sugar')]),
        ('flat 506 ki 2 maggi', ADD, [(2.0, None, None, 'maggi')]),
        ('function ki 12 bisleri 1 litre', ADD, [(12.0, None, (1.0, 'l'), 'bisleri')]),
        # kn
        ('9 ಜನಕ್ಕೆ 2 ಕೆಜಿ ಅಕ್ಕಿ, 1 ಕೆಜಿ ಸಕ್ಕರೆ', ADD, [(2.0, 'kg', None, None), (1.0, 'kg', None, 'sugar')]),
        ('7 jana iddare, 3 maggi kalisi', ADD, [(3.0, None, None, 'maggi')]),
        ('20 janarige 1 kg sakkare', ADD, [(1.0, 'kg', None, 'sugar')]),
        ('506 ನವರಿಗೆ 2 ಮ್ಯಾಗಿ, 508 ಕ್ಕೆ 1 ಕೆಜಿ ಸಕ್ಕರೆ', ADD, [(2.0, None, None, 'maggi'), (1.0, 'kg', None, 'sugar')]),
        ('flat 506 ge 2 maggi', ADD, [(2.0, None, None, 'maggi')]),
        ('ಮದುವೆಗೆ 12 ಬಿಸ್ಲೇರಿ 1 ಲೀಟರ್', ADD, [(12.0, None, (1.0, 'l'), 'bisleri')]),
        # ml
        ('9 പേർക്ക് 2 കിലോ അരി, 1 കിലോ പഞ്ചസാര', ADD, [(2.0, 'kg', None, None), (1.0, 'kg', None, 'sugar')]),
        ('7 per und, 3 maggi ayakku', ADD, [(3.0, None, None, 'maggi')]),
        ('20 perkku 1 kilo panchasara', ADD, [(1.0, 'kg', None, 'sugar')]),
        ('506 ന് 2 മാഗി, 508 ന് 1 കിലോ പഞ്ചസാര', ADD, [(2.0, None, None, 'maggi'), (1.0, 'kg', None, 'sugar')]),
        ('flat 506 nu 2 maggi', ADD, [(2.0, None, None, 'maggi')]),
        ('കല്യാണത്തിന് 12 ബിസ്ലേരി 1 ലിറ്റർ, 2 മാഗി', ADD, [(12.0, None, (1.0, 'l'), 'bisleri'), (2.0, None, None, 'maggi')]),
        # mr
        ('९ जणांसाठी २ किलो तांदूळ आणि १ किलो साखर', ADD, [(2.0, 'kg', None, None), (1.0, 'kg', None, 'sugar')]),
        ('7 jan ahet, 3 maggi pathva', ADD, [(3.0, None, None, 'maggi')]),
        ('20 lokansathi 1 kilo sakhar', ADD, [(1.0, 'kg', None, 'sugar')]),
        ('५०६ साठी २ मॅगी, ५०८ साठी १ किलो साखर', ADD, [(2.0, None, None, 'maggi'), (1.0, 'kg', None, 'sugar')]),
        ('506 नंबर फ्लॅटसाठी 2 मॅगी', ADD, [(2.0, None, None, 'maggi')]),
        ('पूजेला 12 बिसलेरी 1 लिटर', ADD, [(12.0, None, (1.0, 'l'), 'bisleri')]),
        # gu
        ('9 જણ માટે 2 કિલો ચોખા અને 1 કિલો ખાંડ', ADD, [(2.0, 'kg', None, None), (1.0, 'kg', None, 'sugar')]),
        ('7 jana chhe, 3 maggi moklo', ADD, [(3.0, None, None, 'maggi')]),
        ('20 loko mate 1 kilo khand', ADD, [(1.0, 'kg', None, 'sugar')]),
        ('506 માટે 2 મેગી, 508 માટે 1 કિલો ખાંડ', ADD, [(2.0, None, None, 'maggi'), (1.0, 'kg', None, 'sugar')]),
        ('506 vala mate 2 maggi', ADD, [(2.0, None, None, 'maggi')]),
        ('506 vali masi ne 1 kilo khand', ADD, [(1.0, 'kg', None, 'sugar')]),
        # pa
        ('9 ਬੰਦਿਆਂ ਲਈ 2 ਕਿਲੋ ਚੌਲ ਤੇ 1 ਕਿਲੋ ਖੰਡ', ADD, [(2.0, 'kg', None, None), (1.0, 'kg', None, 'sugar')]),
        ('7 bande han, 3 maggi bhejo', ADD, [(3.0, None, None, 'maggi')]),
        ('20 lokan layi 1 kilo cheeni', ADD, [(1.0, 'kg', None, 'sugar')]),
        ('506 ਲਈ 2 ਮੈਗੀ, 508 ਲਈ 1 ਕਿਲੋ ਖੰਡ', ADD, [(2.0, None, None, 'maggi'), (1.0, 'kg', None, 'sugar')]),
        ('flat 506 layi 2 maggi', ADD, [(2.0, None, None, 'maggi')]),
        ('ਫਲੈਟ 506 ਲਈ 1 ਕਿਲੋ ਖੰਡ', ADD, [(1.0, 'kg', None, 'sugar')]),
        # or
        ('9 ଜଣଙ୍କ ପାଇଁ 2 କିଲୋ ଚାଉଳ ଆଉ 1 କିଲୋ ଚିନି', ADD, [(2.0, 'kg', None, None), (1.0, 'kg', None, 'sugar')]),
        ('7 jana achanti, 3 maggi pathantu', ADD, [(3.0, None, None, 'maggi')]),
        ('20 lokanka pain 1 kilo chini', ADD, [(1.0, 'kg', None, 'sugar')]),
        ('୫୦୬ ପାଇଁ ୨ଟା ମ୍ୟାଗି, ୫୦୮ ପାଇଁ ୧ କିଲୋ ଚିନି', ADD, [(2.0, None, None, 'maggi'), (1.0, 'kg', None, 'sugar')]),
        ('flat 506 pain 2 maggi', ADD, [(2.0, None, None, 'maggi')]),
        ('ପୂଜା ପାଇଁ 12 ବିସଲେରି 1 ଲିଟର', ADD, [(12.0, None, (1.0, 'l'), 'bisleri')]),
    ],
)
def test_who_and_how_many_leave_only_the_goods(text: str, intent: Intent, items: list[Item]) -> None:
    result = parse(text, catalog=SHOP)
    assert result.intent == intent, result
    got = [
        (item.quantity, item.unit, (item.pack_size.value, item.pack_size.unit) if item.pack_size else None)
        for item in result.items
    ]
    assert got == [(quantity, unit, pack) for quantity, unit, pack, _ in items], result
    for item, (_, _, _, name) in zip(result.items, items):
        if name is not None:
            assert item.candidates and name in item.candidates[0].name.lower(), item


@pytest.mark.parametrize(
    "text",
    [
        "flat 302, sunshine apts, near temple",
        "flat 3: rose villa, mg road",
        "B-204, green park, 2nd floor",
        "house no 12, gandhi road",
        "flat 302 ke paas wali gali, sunshine apts",
    ],
)
def test_a_real_address_stays_an_address(text: str) -> None:
    result = parse(text, catalog=SHOP)
    assert result.intent == Intent.GIVE_ADDRESS, result


@pytest.mark.parametrize(
    ("text", "quantities"),
    [
        ("2 mandi masala packet", [(2.0, "packet")]),  # "mandi" names the masala, no people
        ("100 gram wala 2 packet jeera", [(2.0, "packet")]),
        ("2 kg atta for 500 rupees", [(2.0, "kg")]),
        ("5 kg atta, 2 dal", [(5.0, "kg"), (2.0, None)]),
    ],
)
def test_near_misses_keep_their_amounts(text: str, quantities: list[tuple[float, str | None]]) -> None:
    result = parse(text, catalog=SHOP)
    assert result.intent == Intent.ADD_ITEMS, result
    assert [(item.quantity, item.unit) for item in result.items] == quantities, result


def test_a_letter_of_a_name_is_no_block_letter() -> None:
    # Gujarati "ne" is "and": no flat "G-2" for someone
    result = parse("parle g 2 ne marie 250g 1", catalog=SHOP)
    assert len(result.items) == 2 and result.items[0].quantity == 2.0, result


def test_a_pincode_before_la_is_no_flat() -> None:
    result = parse("600040 la entha kadai irukku?", catalog=SHOP)
    assert result.slots.get("pincode") == "600040", result


def test_two_per_person_is_no_people() -> None:
    result = parse("maggi 2 per person", catalog=SHOP)
    assert [item.quantity for item in result.items] == [2.0], result
