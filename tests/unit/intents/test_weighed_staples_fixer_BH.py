"""Fixer BH, weighed staples: a customer who names a staple the shop weighs out (atta, rice and
its varieties, dal, sugar, jaggery, onion, potato, tomato, …) with a bare number or fraction and
no unit means kilos ("sugar 3" = 3 kg, "ulli ara" = 0.5 kg), in all eleven languages, native
script and romanised; a fraction glued to a kilo ("അരക്കിലോ", "அரைக்கிலோ", "arakkilo") or the
Odia quarter "ପାଏ" keeps its amount. Packed and counted goods, an amount with its own unit or
pack, a count before the name and owner messages keep their reading."""

from __future__ import annotations

import pytest

from intents.items import extract_items
from intents.parse import parse
from intents.types import Intent
from intents.weighed_staples import in_kilos, staple_kind
from tests.unit.intents.eval_shop import build_eval_shop

SHOP = build_eval_shop()

# (text, language, [(quantity, unit) of each item]): six or more a language.
KILOS = [
    ("sugar 3", "en", [(3.0, "kg")]),
    ("onions 2 and potatoes 3", "en", [(2.0, "kg"), (3.0, "kg")]),
    ("toor dal one and half", "en", [(1.5, "kg")]),
    ("basmati rice 2, tomato half", "en", [(2.0, "kg"), (0.5, "kg")]),
    ("besan 1", "en", [(1.0, "kg")]),
    ("jaggery half", "en", [(0.5, "kg")]),
    ("chini 4", "hi", [(4.0, "kg")]),
    ("प्याज़ आधा", "hi", [(0.5, "kg")]),
    ("aloo 3 aur tamatar 2", "hi", [(3.0, "kg"), (2.0, "kg")]),
    ("arhar dal dedh", "hi", [(1.5, "kg")]),
    ("गुड़ 1", "hi", [(1.0, "kg")]),
    ("पाव किलो प्याज", "hi", [(0.25, "kg")]),
    ("chal 5", "bn", [(5.0, "kg")]),
    ("ডাল ২", "bn", [(2.0, "kg")]),
    ("পেঁয়াজ আধা", "bn", [(0.5, "kg")]),
    ("alu der", "bn", [(1.5, "kg")]),
    ("চিনি ৩ আর আলু ২", "bn", [(3.0, "kg"), (2.0, "kg")]),
    ("আটা ১০", "bn", [(10.0, "kg")]),
    ("சர்க்கரை 2", "ta", [(2.0, "kg")]),
    ("வெங்காயம் அரை", "ta", [(0.5, "kg")]),
    ("thakkali 1", "ta", [(1.0, "kg")]),
    ("sakkarai rendu", "ta", [(2.0, "kg")]),
    ("துவரம் பருப்பு 1", "ta", [(1.0, "kg")]),
    ("அரைக்கிலோ சர்க்கரை", "ta", [(0.5, "kg")]),
    ("araikilo thakkali", "ta", [(0.5, "kg")]),
    ("చక్కెర 2", "te", [(2.0, "kg")]),
    ("ఉల్లిపాయలు అర", "te", [(0.5, "kg")]),
    ("biyyam 10", "te", [(10.0, "kg")]),
    ("kandi pappu okatinnara", "te", [(1.5, "kg")]),
    ("tamata 2", "te", [(2.0, "kg")]),
    ("బంగాళాదుంప 3", "te", [(3.0, "kg")]),
    ("साखर 2", "mr", [(2.0, "kg")]),
    ("कांदा अर्धा", "mr", [(0.5, "kg")]),
    ("tandul 5", "mr", [(5.0, "kg")]),
    ("batata didh", "mr", [(1.5, "kg")]),
    ("तूर डाळ 1", "mr", [(1.0, "kg")]),
    ("pavkilo kanda", "mr", [(0.25, "kg")]),
    ("ખાંડ 2", "gu", [(2.0, "kg")]),
    ("ડુંગળી અડધો", "gu", [(0.5, "kg")]),
    ("chokha 5", "gu", [(5.0, "kg")]),
    ("bateta dodh", "gu", [(1.5, "kg")]),
    ("તુવેર દાળ 1", "gu", [(1.0, "kg")]),
    ("paa kilo khand", "gu", [(0.25, "kg")]),
    ("ಸಕ್ಕರೆ 2", "kn", [(2.0, "kg")]),
    ("ಈರುಳ್ಳಿ ಅರ್ಧ", "kn", [(0.5, "kg")]),
    ("akki 10", "kn", [(10.0, "kg")]),
    ("togari bele onduvare", "kn", [(1.5, "kg")]),
    ("ragi hittu 2", "kn", [(2.0, "kg")]),
    ("ಅರ್ಧಕೆಜಿ ಸಕ್ಕರೆ", "kn", [(0.5, "kg")]),
    ("പഞ്ചസാര 2", "ml", [(2.0, "kg")]),
    ("ഉള്ളി അര", "ml", [(0.5, "kg")]),
    ("matta ari 10", "ml", [(10.0, "kg")]),
    ("parippu onnara", "ml", [(1.5, "kg")]),
    ("അരക്കിലോ പഞ്ചസാര", "ml", [(0.5, "kg")]),
    ("കാൽക്കിലോ ഉള്ളി", "ml", [(0.25, "kg")]),
    ("arakkilo ulli", "ml", [(0.5, "kg")]),
    ("ਖੰਡ 2", "pa", [(2.0, "kg")]),
    ("ਪਿਆਜ਼ ਅੱਧਾ", "pa", [(0.5, "kg")]),
    ("chaul 5", "pa", [(5.0, "kg")]),
    ("aalu dedh", "pa", [(1.5, "kg")]),
    ("ਆਟਾ 10", "pa", [(10.0, "kg")]),
    ("dal 2", "pa", [(2.0, "kg")]),
    ("ଚିନି 2", "or", [(2.0, "kg")]),
    ("ପିଆଜ ଅଧା", "or", [(0.5, "kg")]),
    ("chaula 5", "or", [(5.0, "kg")]),
    ("alu dedha", "or", [(1.5, "kg")]),
    ("ଆଳୁ ୩", "or", [(3.0, "kg")]),
    ("ପାଏ କିଲୋ ଚିନି", "or", [(0.25, "kg")]),
    ("ପାଏ ଆଳୁ, ଚିନି 2", "or", [(0.25, "kg"), (2.0, "kg")]),
]

# Nearby messages whose amounts must stay as they are: packed and counted goods, a unit or a
# pack of the customer's own, a plain count before the name, vegetables counted by the piece.
KEPT = [
    ("maggi 3", [(3.0, None)]),
    ("amul taaza 2", [(2.0, None)]),
    ("anda 6", [(6.0, None)]),
    ("coconut 2", [(2.0, None)]),
    ("nimbu 4", [(4.0, None)]),
    ("bread 1", [(1.0, None)]),
    ("kheera 1", [(1.0, None)]),
    ("baingan 2", [(2.0, None)]),
    ("2 packet chini", [(2.0, "packet")]),
    ("ek packet chini", [(1.0, "packet")]),
    ("atta 5 kg packet 2", [(2.0, "packet")]),
    ("tomato 2 kg", [(2.0, "kg")]),
    ("pyaaz 500 gram", [(500.0, "g")]),
    ("3 atta", [(3.0, None)]),
    ("atta 10 bag", [(10.0, None)]),
    ("chawal 3 bori", [(3.0, "packet")]),
    ("sugar 2 dabba", [(2.0, "packet")]),
    ("sugar 3, maggi 2", [(3.0, "kg"), (2.0, None)]),
]


def _amounts(text: str) -> list[tuple[float | None, str | None]]:
    result = parse(text, catalog=SHOP)
    assert result.intent == Intent.ADD_ITEMS, result
    return [(item.quantity, item.unit) for item in result.items]


@pytest.mark.parametrize(("text", "language", "wanted"), KILOS)
def test_bare_amount_of_weighed_staple_is_kilos(
    text: str, language: str, wanted: list[tuple[float, str]]
) -> None:
    assert _amounts(text) == wanted, language


@pytest.mark.parametrize(("text", "wanted"), KEPT)
def test_packed_counted_and_unit_given_keep_their_reading(
    text: str, wanted: list[tuple[float, str | None]]
) -> None:
    assert _amounts(text) == wanted


def test_owner_line_is_not_read_as_kilos() -> None:
    result = parse("atta 5", role="owner", catalog=SHOP)
    assert all(item.unit != "kg" for item in result.items)


def test_staple_kind_from_data() -> None:
    assert staple_kind("ponni arisi") == "staple"
    assert staple_kind("பொன்னி") == "staple"
    assert staple_kind("bhindi") == "by_fraction"
    assert staple_kind("loose") is None  # a word beside a staple never stands alone
    assert staple_kind("maggi") is None
    assert staple_kind("atta noodles") is None


def test_glued_half_kilo_keeps_its_amount_without_catalog() -> None:
    (item,) = extract_items("അരക്കിലോ റാഗി", "ml")
    assert (item.quantity, item.unit, item.text) == (0.5, "kg", "റാഗി")


def test_in_kilos_leaves_a_big_number_alone() -> None:
    (item,) = extract_items("atta 250", "hi")
    assert in_kilos(item).unit is None
