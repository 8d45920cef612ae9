"""Fixer BG: an owner's stock line opened (or closed) by a lead-in clause, in all eleven languages.

* A recount ("I counted", "gin liya", "gune dekhlam", "எண்ணி பார்த்தேன்", "lekka pettanu",
  "मोजलं", "ગણી લીધું", "ಎಣಿಸಿದೆ", "enni nokki", "ਗਿਣ ਲਿਆ", "gani dekhili") is no product: the
  count after it is the new stock, and the weight or volume said with the product is its pack.
* An arrival named by its occasion or source ("holi ka maal aa gaya,", "ಯುಗಾದಿ ಸರಕು ಬಂತು,")
  names no product: the product and the number are those of the clause after it; whether the
  number is a count or an addition stays as the usual rules read it.
"""

from __future__ import annotations

import pytest

from intents.parse import parse
from intents.stock_lead_ins import says_recount
from intents.types import Intent
from tests.unit.intents.eval_shop import build_eval_shop

SHOP = build_eval_shop()
SET, ADJ, PRICE = Intent.SET_STOCK, Intent.ADJUST_STOCK, Intent.SET_PRICE

# (language, message, product text, pack (value, unit) or None, stock count)
RECOUNTS: list[tuple[str, str, str, tuple[float, str], int]] = [
    ("en", "I counted, parle g 800g now 22", "parle g", (800.0, "g"), 22),
    ("en", "recounted colgate 100g, only 9 left", "colgate", (100.0, "g"), 9),
    ("en", "just counted: maggi 70g 31 remaining", "maggi", (70.0, "g"), 31),
    ("en", "aashirvaad atta 5kg 12 now, counted", "aashirvaad atta", (5.0, "kg"), 12),
    ("hi", "maine gin liya, fortune oil 1L ab 14 hai", "fortune oil", (1.0, "l"), 14),
    ("hi", "ginti kar li, parle g 800g 26 bache", "parle g", (800.0, "g"), 26),
    ("hi", "गिन लिया, अमूल घी 1 लीटर अब 7 है", "अमूल घी", (1.0, "l"), 7),
    ("hi", "dobara gin liya, surf excel 1kg abhi 5", "surf excel", (1.0, "kg"), 5),
    ("bn", "gune dekhlam, maggi 70g ekhon 17", "maggi", (70.0, "g"), 17),
    ("bn", "গুনে দেখলাম, সরষের তেল ১ লিটার এখন ১১টা", "সরষের তেল", (1.0, "l"), 11),
    ("bn", "গুনলাম, আমুল মাখন ১০০ গ্রাম ৮টা আছে", "আমুল মাখন", (100.0, "g"), 8),
    ("bn", "ami gune dekhechi, parle g 800g ekhon 20", "parle g", (800.0, "g"), 20),
    ("ta", "எண்ணி பார்த்தேன், ஆச்சி சாம்பார் பொடி 100g இப்போ 13", "ஆச்சி சாம்பார் பொடி", (100.0, "g"), 13),
    ("ta", "ennip parthen, maggi 70g ippo 19", "maggi", (70.0, "g"), 19),
    ("ta", "எண்ணிட்டேன், நல்லெண்ணெய் 1 லிட்டர் 6 தான் இருக்கு", "நல்லெண்ணெய்", (1.0, "l"), 6),
    ("ta", "naan enni paathen, parle g 800g ippo 25", "parle g", (800.0, "g"), 25),
    ("te", "lekka pettanu, maggi 70g ippudu 21", "maggi", (70.0, "g"), 21),
    ("te", "లెక్క పెట్టాను, సన్ ఫ్లవర్ ఆయిల్ 1 లీటర్ ఇప్పుడు 8", "సన్ ఫ్లవర్ ఆయిల్", (1.0, "l"), 8),
    ("te", "nenu lekka chusanu, parle g 800g ippudu 16", "parle g", (800.0, "g"), 16),
    ("te", "లెక్కించాను, అమూల్ బటర్ 100g ఇప్పుడు 12", "అమూల్ బటర్", (100.0, "g"), 12),
    ("mr", "मोजलं, तूप 1 लिटर आता 9 आहेत", "तूप", (1.0, "l"), 9),
    ("mr", "mojla, maggi 70g aatta 27", "maggi", (70.0, "g"), 27),
    ("mr", "मी मोजले, पारले जी 800g आता 18", "पारले जी", (800.0, "g"), 18),
    ("mr", "मोजून पाहिलं, अमूल बटर 100g आता 4", "अमूल बटर", (100.0, "g"), 4),
    ("gu", "ગણી લીધું, અમૂલ ઘી 1 લિટર હવે 6", "અમૂલ ઘી", (1.0, "l"), 6),
    ("gu", "gani lidhu, maggi 70g have 23", "maggi", (70.0, "g"), 23),
    ("gu", "મેં ગણી લીધું, પારલે જી 800g હવે 15 છે", "પારલે જી", (800.0, "g"), 15),
    ("gu", "ગણતરી કરી, ટાટા મીઠું 1kg હવે 29", "ટાટા મીઠું", (1.0, "kg"), 29),
    ("kn", "ಎಣಿಸಿದೆ, ನಂದಿನಿ ತುಪ್ಪ 1 ಲೀಟರ್ ಈಗ 5", "ನಂದಿನಿ ತುಪ್ಪ", (1.0, "l"), 5),
    ("kn", "eniside, maggi 70g eega 14", "maggi", (70.0, "g"), 14),
    ("kn", "ನಾನು ಎಣಿಸಿ ನೋಡಿದೆ, ಪಾರ್ಲೆ ಜಿ 800g ಈಗ 24", "ಪಾರ್ಲೆ ಜಿ", (800.0, "g"), 24),
    ("kn", "ಎಣಿಕೆ ಮಾಡಿದೆ, ಅಮುಲ್ ಬೆಣ್ಣೆ 100g ಈಗ 3", "ಅಮುಲ್ ಬೆಣ್ಣೆ", (100.0, "g"), 3),
    ("ml", "enni nokki, maggi 70g ippol 28", "maggi", (70.0, "g"), 28),
    ("ml", "എണ്ണി നോക്കി, വെളിച്ചെണ്ണ 1 ലിറ്റർ ഇപ്പോൾ 10", "വെളിച്ചെണ്ണ", (1.0, "l"), 10),
    ("ml", "njan ennu nokki, parle g 800g ippol 13", "parle g", (800.0, "g"), 13),
    ("ml", "എണ്ണിനോക്കി, അമുൽ ബട്ടർ 100g ഇപ്പോൾ 2", "അമുൽ ബട്ടർ", (100.0, "g"), 2),
    ("pa", "gin leya, maggi 70g hun 20", "maggi", (70.0, "g"), 20),
    ("pa", "ਗਿਣ ਲਿਆ, ਅਮੂਲ ਘਿਓ 1 ਲੀਟਰ ਹੁਣ 9", "ਅਮੂਲ ਘਿਓ", (1.0, "l"), 9),
    ("pa", "main gin ke vekhya, parle g 800g hun 17 ne", "parle g", (800.0, "g"), 17),
    ("pa", "ਗਿਣਤੀ ਕੀਤੀ, ਅਮੂਲ ਮੱਖਣ 100g ਹੁਣ 6", "ਅਮੂਲ ਮੱਖਣ", (100.0, "g"), 6),
    ("or", "gani dekhili, maggi 70g ebe 12", "maggi", (70.0, "g"), 12),
    ("or", "ଗଣି ଦେଖିଲି, ସୋରିଷ ତେଲ 1 ଲିଟର ଏବେ 7", "ସୋରିଷ ତେଲ", (1.0, "l"), 7),
    ("or", "mu ganili, parle g 800g ebe 21", "parle g", (800.0, "g"), 21),
    ("or", "ଗଣନା କଲି, ଆମୁଲ ବଟର 100g ଏବେ 5", "ଆମୁଲ ବଟର", (100.0, "g"), 5),
]

# (language, message, product text, the number said): an arrival named by its occasion or source
ARRIVALS: list[tuple[str, str, str, int]] = [
    ("en", "holi stock came: gulal 60", "gulal", 60),
    ("en", "dmart supply came in, tata salt 1kg 45", "tata salt", 45),
    ("hi", "holi ka maal aa gaya, gulal 90", "gulal", 90),
    ("hi", "होली का माल आ गया, गुलाल 90", "गुलाल", 90),
    ("bn", "pujor maal eseche, chini 40", "chini", 40),
    ("bn", "পুজোর মাল এসেছে, চিনি ৪০", "চিনি", 40),
    ("ta", "deepavali sarakku vandhuchu, sakkarai 50", "sakkarai", 50),
    ("ta", "தீபாவளி சரக்கு வந்தது, சர்க்கரை 50", "சர்க்கரை", 50),
    ("te", "sankranti saruku vachindi, bellam 45", "bellam", 45),
    ("te", "సంక్రాంతి సరుకు వచ్చింది, బెల్లం 45", "బెల్లం", 45),
    ("mr", "diwali cha maal aala, sakhar 70", "sakhar", 70),
    ("mr", "दिवाळीचा माल आला, साखर 70", "साखर", 70),
    ("gu", "diwali no maal aavyo, khand 80", "khand", 80),
    ("gu", "દિવાળીનો માલ આવ્યો, ખાંડ 80", "ખાંડ", 80),
    ("kn", "ugadi saraku bantu, bella 35", "bella", 35),
    ("kn", "ಯುಗಾದಿ ಸರಕು ಬಂತು, ಬೆಲ್ಲ 35", "ಬೆಲ್ಲ", 35),
    ("ml", "onam charakku vannu, sharkkara 55", "sharkkara", 55),
    ("ml", "ഓണം ചരക്ക് വന്നു, ശർക്കര 55", "ശർക്കര", 55),
    ("pa", "lohri da maal aa gaya, gur 65", "gur", 65),
    ("pa", "ਲੋਹੜੀ ਦਾ ਮਾਲ ਆ ਗਿਆ, ਗੁੜ 65", "ਗੁੜ", 65),
    ("or", "rajo ra maal asila, chini 30", "chini", 30),
    ("or", "ରଜ ମାଲ ଆସିଲା, ଚିନି 30", "ଚିନି", 30),
]


@pytest.mark.parametrize(("language", "text", "product", "pack", "count"), RECOUNTS)
def test_recount_sets_the_count_after_the_lead_in(
    language: str, text: str, product: str, pack: tuple[float, str], count: int
) -> None:
    result = parse(text, role="owner", catalog=SHOP)
    assert result.intent == SET, result
    assert result.slots.get("stock") == count, result
    assert [item.text for item in result.items] == [product], result
    said = result.items[0].pack_size
    assert said is not None and (said.value, said.unit) == pack, result


@pytest.mark.parametrize(("language", "text", "product", "number"), ARRIVALS)
def test_arrival_occasion_is_no_product(
    language: str, text: str, product: str, number: int
) -> None:
    result = parse(text, role="owner", catalog=SHOP)
    assert result.intent in (SET, ADJ), result
    slot = "stock" if result.intent == SET else "stock_delta"
    assert result.slots.get(slot) == number, result
    assert [item.text for item in result.items] == [product], result


def test_recount_is_found_opening_or_closing_but_not_inside_a_name() -> None:
    assert says_recount("gin liya, maggi 20")
    assert says_recount("maggi 20 hai, gin liya")
    assert not says_recount("maggi 20")
    assert not says_recount("gin liya")  # nothing counted after it
    assert not says_recount("gordons gin 20")


# (message, intent, slot value, product texts): nearby lines whose reading stays
UNCHANGED: list[tuple[str, Intent, int, list[str]]] = [
    ("maal aa gaya, sabudana 80", ADJ, 80, ["sabudana"]),
    ("maggi 20", SET, 20, ["maggi"]),
    ("gin liya, maggi 20 aur aaye", ADJ, 20, ["maggi"]),
    ("tata tea premium 250g ab 18 hai", SET, 18, ["tata tea premium"]),
    ("engine mustard oil now 185", PRICE, 18500, ["engine mustard oil"]),
    ("papa counted, Amul butter 100g stock is 18", SET, 18, ["amul butter"]),
    ("maal aala, sakhar 70", ADJ, 70, ["sakhar"]),
]


@pytest.mark.parametrize(("text", "intent", "value", "products"), UNCHANGED)
def test_nearby_lines_keep_their_reading(
    text: str, intent: Intent, value: int, products: list[str]
) -> None:
    result = parse(text, role="owner", catalog=SHOP)
    slot = {SET: "stock", ADJ: "stock_delta", PRICE: "price_paise"}[intent]
    assert result.intent == intent, result
    assert result.slots.get(slot) == value, result
    assert [item.text for item in result.items] == products, result


def test_a_plain_terse_line_may_still_be_a_price() -> None:
    # without the recount the catalog may read the number as the new price; with it, a count
    plain = parse("tata salt 1kg હવે 35", role="owner", catalog=SHOP)
    counted = parse("ગણી લીધું, tata salt 1kg હવે 35", role="owner", catalog=SHOP)
    assert plain.intent == PRICE, plain
    assert counted.intent == SET and counted.slots.get("stock") == 35, counted


def test_several_counts_after_a_recount_keep_each_product() -> None:
    result = parse("counted: maggi 20, atta 10", role="owner", catalog=SHOP)
    assert result.intent == SET, result
    assert [item.text for item in result.items] == ["maggi", "atta"], result
    assert [item.value for item in result.items] == [20.0, 10.0], result


def test_a_customer_line_is_untouched() -> None:
    result = parse("gin liya, 2 maggi bhej do", catalog=SHOP)
    assert result.intent == Intent.ADD_ITEMS, result
