"""Owner family (fixer R): "set / make the stock N" is the new count even when another clause
says the goods came (the arrival is the reason); "add N to the stock" / "increase it by N" adds
N, and the add verb or the "by" word is no second product. Eleven languages, both scripts."""

from __future__ import annotations

import pytest

from intents.parse import parse
from intents.types import Intent


@pytest.mark.parametrize(("text", "stock", "name"), [
    ("Kindly set the stock of Bournvita to 18, fresh supply came today", 18, "bournvita"),
    ("make the stock of dettol soap 30. new cartons arrived", 30, "dettol soap"),
    ("parle g ka stock 45 kar dijiye, naya maal aa gaya hai", 45, "parle g"),
    ("पारले जी का स्टॉक 45 कर दो, माल आ गया", 45, "पारले जी"),
    ("surf excel er stock 25 kore din, maal eseche", 25, "surf excel"),
    ("সার্ফ এক্সেল এর স্টক ২৫ করে দিন, মাল এসেছে", 25, "সার্ফ এক্সেল"),
    ("aashirvaad atta stock 40 aakkunga, saraku vandhuchu", 40, "aashirvaad atta"),
    ("aashirvaad atta stock 40 cheyyandi, saruku vachindi", 40, "aashirvaad atta"),
    ("amul butter cha stock 16 kara, maal aala", 16, "amul butter"),
    ("अमूल बटरचा स्टॉक १६ करा, माल आला", 16, "अमूल बटरचा"),
    ("amul butter no stock 16 kari do, maal aavi gayo", 16, "amul butter"),
    ("nandini milk stock 50 maadi, hosa maal bantu", 50, "nandini milk"),
    ("milma milk stock 50 aakku, saadhanam vannu", 50, "milma milk"),
    ("verka ghee da stock 22 kar deyo, maal aa gaya", 22, "verka ghee"),
    ("ruchi atta stock 35 kari dia, maal asila", 35, "ruchi atta"),
    ("Please update the tata salt stock to 40 as the new stock has arrived", 40, "tata salt"),
    ("tata salt ka stock 40 kar do kyunki naya maal aa gaya", 40, "tata salt"),
    ("tata salt er stock 40 kore dao karon maal eseche", 40, "tata salt"),
    ("tata salt stock 40 cheyyandi endukante saruku vachindi", 40, "tata salt"),
])
def test_set_the_stock_with_the_arrival_as_reason(text: str, stock: int, name: str) -> None:
    result = parse(text, role="owner")
    assert result.intent == Intent.SET_STOCK, result
    assert result.slots == {"stock": stock}
    assert [item.text for item in result.items] == [name]


@pytest.mark.parametrize(("text", "delta"), [
    ("bournvita ke 6 dabbe aaye hain, stock mein 6 jod dijiye", 6),
    ("बोर्नविटा के 6 डिब्बे आए हैं, स्टॉक में 6 जोड़ दीजिए", 6),
    ("bournvita stock 6 se badha dijiye", 6),
    ("please add 6 to the bournvita stock", 6),
    ("increase the bournvita stock by 6", 6),
    ("बोर्नविटा स्टॉक ६ ने वाढवा", 6),
    ("bournvita stock 6 ne vadhva", 6),
    ("bournvita stock 6 thi vadharo", 6),
    ("bournvita stock la 6 serthudunga", 6),
    ("bournvita stock lo 6 kalapandi", 6),
    ("bournvita stock ge 6 serisi", 6),
    ("bournvita stock il 6 cherkku", 6),
    ("bournvita stock ch 6 jod deyo", 6),
    ("bournvita stock e 6 jog korun", 6),
    ("bournvita stock re 6 jodantu", 6),
])
def test_add_to_the_stock_by_a_count(text: str, delta: int) -> None:
    result = parse(text, role="owner")
    assert result.intent == Intent.ADJUST_STOCK, result
    assert result.slots == {"stock_delta": delta}
    assert len(result.items) == 1, result.items
    assert result.items[0].quantity is None


@pytest.mark.parametrize("text", [
    "horlicks ke 8 dabbe aaye, stock 8 se badha do",
    "हॉर्लिक्स के 8 डिब्बे आए, स्टॉक 8 से बढ़ा दो",
    "हॉर्लिक्सचे 8 डबे आले, स्टॉक 8 ने वाढवा",
    "horlicks na 8 dabba aavya, stock 8 thi vadharo",
    "horlicks 8 boxes came in, increase the stock by 8",
    "horlicks de 8 dabbe aaye, stock 8 naal vadha do",
])
def test_the_by_word_after_the_count_is_no_product(text: str) -> None:
    result = parse(text, role="owner")
    assert result.intent == Intent.ADJUST_STOCK, result
    assert result.slots == {"stock_delta": 8}
    assert len(result.items) == 1, result.items


@pytest.mark.parametrize(("text", "stock"), [
    ("maggi 20 aaye, stock 50 kar do", 50),
    ("20 maggi came in, make the stock 50", 50),
    ("maggi 20 ta eseche, stock 50 kore dao", 50),
    ("maggi 20 vandhuchu, stock 50 aakkunga", 50),
    ("maggi 20 vachayi, stock 50 cheyyandi", 50),
    ("maggi 20 aale, stock 50 kara", 50),
    ("maggi 20 aavya, stock 50 kari do", 50),
    ("maggi 20 bantu, stock 50 maadi", 50),
    ("maggi 20 vannu, stock 50 aakku", 50),
    ("maggi 20 aa gaye, stock 50 kar deyo", 50),
    ("maggi 20 asila, stock 50 kari dia", 50),
    ("maggi stock 5 se 8 kar do", 8),
    ("set the maggi stock from 5 to 8", 8),
    ("maggi stock 5 nunchi 8 cheyyandi", 8),
    ("maggi stock 5 theke 8 kore dao", 8),
])
def test_the_count_made_is_the_stock_whatever_came_or_was(text: str, stock: int) -> None:
    result = parse(text, role="owner")
    assert (result.intent, result.slots) == (Intent.SET_STOCK, {"stock": stock}), result
    assert [item.text for item in result.items] == ["maggi"]


@pytest.mark.parametrize("text", ["parle g 800g ka stock 15 kar do, maal aa gaya", "parle g 800g stock 15 aakkunga, saraku vandhuchu"])
def test_the_pack_size_said_with_the_name_stays(text: str) -> None:
    result = parse(text, role="owner")
    assert (result.intent, result.slots) == (Intent.SET_STOCK, {"stock": 15})
    assert result.items[0].pack_size is not None and result.items[0].pack_size.value == 800
