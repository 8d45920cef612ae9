"""Word families added after heldout2.jsonl was scored (2026-12-02): "X instead of Y" quantity
changes, owner stop-selling sentences, glued/spelled amounts, "+" between items."""

from __future__ import annotations

import pytest

from intents.parse import parse
from intents.types import Intent

INSTEAD = [
    ("make it 4 packets of milk instead of 2", "en", 4, "packet"),
    ("milk not 2, 3 packets", "en", 3, "packet"),
    ("doodh 2 ki jagah 4 packet kar do", "hi", 4, "packet"),
    ("chini 2 kg er jaygay 3 kg koro", "bn", 3, "kg"),
    ("paal 3 packet illa, 2 packet pothum", "ta", 2, "packet"),
    ("sona masoori 5 kg kaadu 10 kg cheyandi", "te", 10, "kg"),
    ("dudh 2 chya aivaji 3 packet kara", "mr", 3, "packet"),
    ("toor dal 2 kilo ni jagya e 3 kilo karo", "gu", 3, "kg"),
    ("haalu 2 alla, 4 packet maadi", "kn", 4, "packet"),
    ("velichenna 2 litre alla, 1 litre mathi", "ml", 1, "l"),
    ("atta 5 di jagah 10 kilo kar do", "pa", 10, "kg"),
    ("dudha 2 nuhen, 3 packet kara", "or", 3, "packet"),
    ("atta 2 kg ki jagah 3 kar do", "hi", 3, "kg"),  # the new amount takes the old unit
]


@pytest.mark.parametrize(("text", "language", "quantity", "unit"), INSTEAD)
def test_instead_changes_to_the_new_quantity(text: str, language: str, quantity: float, unit: str) -> None:
    result = parse(text)
    assert result.intent == Intent.CHANGE_QUANTITY, (language, result)
    assert len(result.items) == 1
    assert (result.items[0].quantity, result.items[0].unit) == (quantity, unit)


def test_not_between_two_products_stays_an_order() -> None:
    result = parse("2 kilo atta nahi, 1 kilo cheeni")
    assert result.intent == Intent.ADD_ITEMS
    assert [item.quantity for item in result.items] == [2, 1]


STOP_SELLING = [
    ("not selling kissan jam anymore, take it off", "kissan jam"),
    ("Boost ini vikka maatom, list la irundhu edu", "boost"),
    ("Kurkure inka ammatledu, list nunchi teeseyyi", "kurkure"),
    ("Bournvita band kara, ata thevat nahi", "bournvita"),
    ("Thums up maaratilla, list inda tegedu haaki", "thums up"),
    ("Maaza ini vilkkunnilla, off aakku", "maaza"),
    ("Sprite au bikri karibini, band kara", "sprite"),
    ("Lays hamna nathi vechta, band karo", "lays"),
    ("Horlicks ar rakhbo na, bondho koro", "horlicks"),
    ("Taaza chai patti hun nahi rakhni, band kar do", "taaza chai patti"),
]


@pytest.mark.parametrize(("text", "product"), STOP_SELLING)
def test_stop_selling_names_only_the_product(text: str, product: str) -> None:
    result = parse(text, role="owner")
    assert result.intent == Intent.DEACTIVATE_PRODUCT
    assert [item.text for item in result.items] == [product]


def test_shop_word_with_a_close_word_closes_the_shop() -> None:
    assert parse("dokan bandha kara", role="owner").intent == Intent.CLOSE_SHOP
    assert parse("maggi bandha kara", role="owner").intent == Intent.DEACTIVATE_PRODUCT


AMOUNTS = [
    ("one and a half kg onions please", 1.5, "kg"),
    ("pallilu arakilo", 0.5, "kg"),
    ("dhaai kilo cheeni vi paa do", 2.5, "kg"),
    ("రెండు డజన్ల గుడ్లు", 2, "dozen"),
    ("kasundi ek botol", 1, "packet"),
    ("ek paav adrak", 250, "g"),
]


@pytest.mark.parametrize(("text", "quantity", "unit"), AMOUNTS)
def test_amounts(text: str, quantity: float, unit: str) -> None:
    result = parse(text)
    assert len(result.items) == 1, result
    assert (result.items[0].quantity, result.items[0].unit) == (quantity, unit)


def test_plus_with_space_separates_items_but_not_a_stock_sign() -> None:
    items = parse("Add 3 lux soaps + 1 colgate 200g").items
    assert [(item.quantity, item.pack_size.value if item.pack_size else None) for item in items] == [(3, None), (1, 200)]
    owner = parse("atta +20", role="owner")
    assert owner.intent == Intent.ADJUST_STOCK and owner.slots["stock_delta"] == 20


def test_marathi_gram_spelling_is_a_pack_size() -> None:
    item = parse("३ अमूल बटर १००ग्रॅम").items[0]
    assert item.quantity == 3 and item.pack_size is not None and item.pack_size.value == 100


INTENTS = [
    ("A7201 એક્સેપ્ટ કરો", "owner", Intent.ACCEPT_ORDER),
    ("A1425 ରିଜେକ୍ଟ କର", "owner", Intent.REJECT_ORDER),
    ("A5027 pack ayyindi", "owner", Intent.ADVANCE_ORDER),
    ("A1308 ਪੈਕ ਹੋ ਗਿਆ", "owner", Intent.ADVANCE_ORDER),
    ("A8038 delivery ge hoytu", "owner", Intent.ADVANCE_ORDER),
    ("add Tata Salt Lite 1kg to my products", "owner", Intent.ADD_PRODUCT),
    ("Idhayam nallennai 500ml puthusa add pannu", "owner", Intent.ADD_PRODUCT),
    ("how much did we sell today", "owner", Intent.TODAY_SUMMARY),
    ("send the same stuff as last time", "customer", Intent.REORDER),
    ("pichhli vaari wala saman fer bhej do", "customer", Intent.REORDER),
    ("can you reply in kannada?", "customer", Intent.CHANGE_LANGUAGE),
    ("Malayalathil parayu", "customer", Intent.CHANGE_LANGUAGE),
    ("rajma haige ji?", "customer", Intent.BROWSE),
    ("paneer mil jayega aaj?", "customer", Intent.BROWSE),
    ("bijo vado", "customer", Intent.CHOOSE_OPTION),
    ("ଦୁଇ ନମ୍ବରଟା", "customer", Intent.CHOOSE_OPTION),
    ("engane order cheyyum? onnu paranju tharamo", "customer", Intent.HELP),
]


@pytest.mark.parametrize(("text", "role", "intent"), INTENTS)
def test_intent_families(text: str, role: str, intent: Intent) -> None:
    assert parse(text, role=role).intent == intent  # type: ignore[arg-type]


def test_address_lead_in_is_dropped() -> None:
    assert parse("deliver to Flat 302, Sai Residency, HSR Layout 560102").slots["address"].startswith("Flat 302")
    assert parse("vilasa: No 45, 2nd Main, Mysuru 570023").slots["address"].startswith("No 45")


def test_glued_native_two_word_term_is_known() -> None:
    from intents.lexicon import load_lexicon

    lexicon = load_lexicon()
    assert lexicon.lookup("కందిపప్పు") == lexicon.lookup("కంది పప్పు") != ()
