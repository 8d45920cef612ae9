"""Remark clauses and list headings (intents/remarks.py): a clause with no amount that says who or
what the order is for ("sambar ku", "langar lai", "for the party"), what is at home ("ghar pe dahi
hai", "বাড়িতে আছে") or why (guests coming, it finished) is no item and decides no intent; a line
with no amount ending in ":" or naming a list heads the lines below and is no item, no browse.
A real item without an amount stays an item. Phrasings written for these tests."""

from __future__ import annotations

import pytest

from intents.catalog_index import CatalogIndex
from intents.parse import parse
from intents.remarks import without_remark_clauses
from intents.types import Intent

from .eval_shop import build_eval_shop, parsed_order


@pytest.fixture(scope="module")
def shop() -> CatalogIndex:
    return build_eval_shop()


@pytest.mark.parametrize(
    ("text", "amounts"),
    [
        ("2 kg chini, kal pooja ke liye", [(2, "kg")]),
        ("3 packet maggi for the kids tiffin", [(3, "packet")]),
        ("1 kg rava venum, kesari ku", [(1, "kg")]),
        ("ek kilo moong dal, khichdi lai", [(1, "kg")]),
        ("500 gram besan, bhaji sathi", [(500, "g")]),
        ("2 kilo basmati, biryani kosam", [(2, "kg")]),
        ("1 kg maida, cake maate", [(1, "kg")]),
        ("২ কেজি চিনি, পায়েসের জন্য", [(2, "kg")]),
        ("ஒரு கிலோ ரவை, உப்புமா க்காக", [(1, "kg")]),
        ("1 kg sooji, payasam vendi", [(1, "kg")]),
        ("1 kg ghee, prasad ge", [(1, "kg")]),
        ("1 kg chini, puja pain", [(1, "kg")]),
        ("ikk kilo atta, bachon ke liye", [(1, "kg")]),  # "ke liye" in a Punjabi message
        ("ek packet biscuit, maa er jonno", [(1, "packet")]),
        ("2 maggi bachon ke liye", [(2, None)]),
        ("1 kilo puli venum kuzhambu ku", [(1, "kg")]),
        ("2 kg onion for tonight's dinner and 1 kg tomato", [(2, "kg"), (1, "kg")]),
    ],
)
def test_what_an_order_is_for_is_no_item(shop: CatalogIndex, text: str, amounts: list[tuple[float, str]]) -> None:
    result = parse(text, catalog=shop)
    assert result.intent == Intent.ADD_ITEMS, result
    assert [(item.quantity, item.unit) for item in result.items] == amounts, result


@pytest.mark.parametrize(
    "text",
    [
        "2 coke, ghar pe mehmaan aa rahe hain",
        "4 thums up, barite otithi asche",
        "3 pepsi, veetla virundhali varaanga",
        "2 sprite, intlo chuttalu vastunnaru",
        "1 kg sugar, pahune yet aahet",
        "৪টে স্প্রাইট, বাড়িতে অতিথি আসবে",
        "2 coke, kids finished the last bottle",
        "2 coke, party hai aaj",
        "3 pepsi, kal birthday hai",
        "2 kg bella, ಹಬ್ಬ ಇದೆ",
        "2 লিটার দুধ, বাড়িতে পুজো",
    ],
)
def test_guests_at_home_give_no_address_and_no_item(shop: CatalogIndex, text: str) -> None:
    result = parse(text, catalog=shop)
    assert result.intent == Intent.ADD_ITEMS, result
    assert len(result.items) == 1 and result.items[0].quantity is not None, result


@pytest.mark.parametrize(
    "text",
    [
        "dahi hata do, ghar pe hai",
        "maggi hata do, ghar par padi hai",
        "remove the jam, there is some at home",
        "butter remove karo, gharat ahe",
    ],
)
def test_what_is_at_home_is_no_second_removal(shop: CatalogIndex, text: str) -> None:
    result = parse(text, catalog=shop)
    assert result.intent == Intent.REMOVE_ITEM, result
    assert len(result.items) == 1, result


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("सब्ज़ी की लिस्ट\nटमाटर एक किलो\nप्याज़ दो किलो\nआलू 3 किलो", 3),
        ("kirana:\ntoor dal 1 kg\nchini 2 kg", 2),
        ("monthly saman\n5 kg atta\n1 kg chini\n2 maggi", 3),
        ("வாரப் பட்டியல்\nதக்காளி 1 கிலோ\nவெங்காயம் 2 கிலோ", 2),
        ("sabji yadi\nkanda 2 kilo\nbatata 1 kilo", 2),
        ("monthly saman -\n5 kg atta\n1 kg dal", 2),
        ("monthly ration\n5 kg atta\n1 kg toor dal\n2 maggi", 3),
        ("ದಿನಸಿ\nಅಕ್ಕಿ 5 ಕೆಜಿ\nಬೇಳೆ 1 ಕೆಜಿ", 2),
        ("மளிகை சாமான்\nஅரிசி 5 கிலோ\nபருப்பு 1 கிலோ", 2),
        ("Sabzi:\nTamatar 1 kg\nPyaaz 2 kg\n\nKirana:\nAtta 5 kg\nChini 1 kg", 4),
    ],
)
def test_a_list_heading_is_no_item_and_no_browse(shop: CatalogIndex, text: str, count: int) -> None:
    result = parsed_order(shop, text, count)
    assert all(item.quantity is not None for item in result.items), result


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("2 kg atta, bachon ke liye maggi bhi", 2),
        ("2 kg atta and maggi", 2),
        ("atta 5 kg\ndal 1 kg", 2),
        ("ghar pe 2 kg atta bhej do", 1),
        ("2 kg atta, chai patti bhi khatam hai", 2),  # it ran out: it is wanted
        ("2 coke, party pack chips bhi", 2),  # a product named beside the occasion word
        ("maggi lai aavjo, 2 kg atta", 2),  # Gujarati "bring maggi", read as English
        ("1 kg dal, sakkarai theernthuduchu", 2),
    ],
)
def test_real_items_stay(shop: CatalogIndex, text: str, count: int) -> None:
    parsed_order(shop, text, count)


@pytest.mark.parametrize(
    "text",
    [
        "ghar pe deliver karna",  # nothing else to order: left as it is
        "atta:\n5 kg",  # the line after the "heading" names nothing: it is the item
        "maggi lai aavjo",  # Gujarati "lai" is "bring", not Punjabi "for"
        "2 kg atta, ghar pe deliver karo flat 302",  # a house number: the address stays
    ],
)
def test_no_remark_is_cut_when_nothing_would_be_left(text: str) -> None:
    language = "gu" if "aavjo" in text else "hi"
    assert without_remark_clauses(text, language) == text


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("3 bisleri 1 litre bottles", None),  # the bottles are the 1-litre packs the 3 counts
        ("2 amul taaza 500ml packets", None),
        ("2 bottles of bisleri 1 litre", "packet"),  # the count's own unit
        ("3 aavin paal packet", "packet"),  # no pack size: the packet is what was counted
    ],
)
def test_a_container_after_the_pack_size_names_the_pack(shop: CatalogIndex, text: str, unit: str | None) -> None:
    result = parse(text, catalog=shop)
    assert [(item.quantity, item.unit) for item in result.items][0][1] == unit, result
    assert result.items[0].quantity is not None, result


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("list:\natta\ndal\nmaggi", 3),
        ("शाम की लिस्ट\nभिंडी\nकरेला\nटमाटर", 3),
        ("বাজারের লিস্ট\nআলু\nপেঁয়াজ", 2),
    ],
)
def test_a_heading_over_names_without_amounts_is_an_order(shop: CatalogIndex, text: str, count: int) -> None:
    parsed_order(shop, text, count)


@pytest.mark.parametrize("text", ["send me the price list\natta\ndal", "rate list bhejo\natta\ndal\nchini"])
def test_a_price_list_asked_for_is_no_heading(shop: CatalogIndex, text: str) -> None:
    assert parse(text, catalog=shop).intent == Intent.BROWSE


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("sabzi: tamatar 1 kg, pyaaz 2 kg", 2),
        ("kirana list: 2 maggi, 1 surf", 2),
        ("ਸਬਜ਼ੀ: ਟਮਾਟਰ 1 ਕਿਲੋ, ਪਿਆਜ਼ 2 ਕਿਲੋ", 2),
    ],
)
def test_a_heading_before_a_colon_is_no_item(shop: CatalogIndex, text: str, count: int) -> None:
    result = parse(text, catalog=shop)
    assert result.intent == Intent.ADD_ITEMS, result
    assert len(result.items) == count and all(item.quantity is not None for item in result.items), result
    assert not any(word in item.text for item in result.items for word in ("sabzi", "kirana", "ਸਬਜ਼ੀ")), result


@pytest.mark.parametrize(
    "text",
    [
        "atta: 5 kg, dal: 1 kg",  # the name before the colon is the item
        "dal: toor 1 kg",  # a product word heads its own name
        "ঠিকানা: ১২ রাসবিহারী এভিনিউ, কলকাতা",  # an address label
        "Address:\n12 Gandhi Road\nIndore",
        "pav bhaji masala\n5 kg atta\n1 kg dal",  # a product with no amount, no heading
    ],
)
def test_a_colon_after_a_name_or_a_label_stays(text: str) -> None:
    assert without_remark_clauses(text, "hi") == text
