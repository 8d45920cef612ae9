"""Owner families (fixer V): an arrival clause ("the truck came") opening a stock update is no
product; the pieces added after the cartons they came in are the change, not the cartons; goods
soaked or spoilt are taken off the stock; a price "from 30 to 45" is the new one. Every language,
native script and romanised."""

from __future__ import annotations

import pytest

from intents.parse import parse
from intents.types import Intent


def _names(result) -> list[str]:  # type: ignore[no-untyped-def]
    return [item.text for item in result.items]


@pytest.mark.parametrize(("text", "intent", "slot", "value", "name"), [
    ("the lorry came in the morning. surf excel 1kg stock 18 now", Intent.SET_STOCK, "stock", 18, "surf excel"),
    ("truck aaya, maggi ab 60 packet", Intent.SET_STOCK, "stock", 60, "maggi"),
    ("ভ্যান এসেছে। মুসুর ডাল এখন ৩৫ প্যাকেট", Intent.SET_STOCK, "stock", 35, "মুসুর ডাল"),
    ("gari eseche, maggi stock ekhon 40", Intent.SET_STOCK, "stock", 40, "maggi"),
    ("லாரி வந்துச்சு, மேகி ஸ்டாக் 50", Intent.SET_STOCK, "stock", 50, "மேகி"),
    ("lorry vandhuchu, aachi masala ippo 20 packet", Intent.SET_STOCK, "stock", 20, "aachi masala"),
    ("ట్రక్కు వచ్చింది, మ్యాగీ స్టాక్ 45", Intent.SET_STOCK, "stock", 45, "మ్యాగీ"),
    ("ಲಾರಿ ಬಂತು, ಮ್ಯಾಗಿ ಸ್ಟಾಕ್ 40", Intent.SET_STOCK, "stock", 40, "ಮ್ಯಾಗಿ"),
    ("ലോറി വന്നു. ബ്രൂ കോഫി സ്റ്റോക്ക് 12", Intent.SET_STOCK, "stock", 12, "ബ്രൂ കോഫി"),
    ("गाडी आली, मॅगी स्टॉक ४०", Intent.SET_STOCK, "stock", 40, "मॅगी"),
    ("ગાડી આવી ગઈ, મેગી સ્ટોક 40", Intent.SET_STOCK, "stock", 40, "મેગી"),
    ("ਗੱਡੀ ਆ ਗਈ, ਮੈਗੀ ਦਾ ਸਟਾਕ 30", Intent.SET_STOCK, "stock", 30, "ਮੈਗੀ"),
    ("ଗାଡ଼ି ଆସିଲା, ମାଗି ଷ୍ଟକ 40", Intent.SET_STOCK, "stock", 40, "ମାଗି"),
    ("truck aa gaya, parle g 30 packet aur aaye", Intent.ADJUST_STOCK, "stock_delta", 30, "parle g"),
])
def test_the_truck_arriving_is_no_product(text: str, intent: Intent, slot: str, value: int, name: str) -> None:
    result = parse(text, role="owner")
    assert result.intent == intent, result
    assert result.slots.get(slot) == value, result
    assert _names(result) == [name], result


@pytest.mark.parametrize(("text", "delta", "name"), [
    ("received 3 boxes of dettol soap, 12 in each, add 36 to the stock", 36, "dettol soap"),
    ("parle g ki 2 peti aayi, 48 packet jod do", 48, "parle g"),
    ("surf excel er 2 bosta elo, 40 ta barao", 40, "surf excel"),
    ("vim bar 2 petti vandhuchu, 50 piece add pannu", 50, "vim bar"),
    ("dettol soap 2 box vachindi, 24 piece add cheyyi", 24, "dettol soap"),
    ("ಪಾರ್ಲೆ ಜಿ 2 ಬಾಕ್ಸ್ ಬಂತು, 48 ಪೀಸ್ ಸೇರಿಸಿ", 48, "ಪಾರ್ಲೆ ಜಿ"),
    ("ഡെറ്റോൾ സോപ്പ് 2 പെട്ടി വന്നു, 24 എണ്ണം കൂട്ടണം", 24, "ഡെറ്റോൾ സോപ്പ്"),
    ("डेटॉल साबणाचे २ खोके आले, ६० वाढव", 60, "डेटॉल"),
    ("parle g na 2 box aavya, 48 nang umero", 48, "parle g"),
    ("ਪਾਰਲੇ ਜੀ ਦੀਆਂ 2 ਪੇਟੀਆਂ ਆਈਆਂ, 48 ਹੋਰ ਪਾ ਦਿਓ", 48, "ਪਾਰਲੇ ਜੀ"),
    ("parle g 2 carton asila, 48 ta mila", 48, "parle g"),
])
def test_the_pieces_added_not_the_cartons(text: str, delta: int, name: str) -> None:
    result = parse(text, role="owner")
    assert result.intent == Intent.ADJUST_STOCK, result
    assert result.slots.get("stock_delta") == delta, result
    assert len(result.items) == 1 and result.items[0].text.startswith(name), result


@pytest.mark.parametrize(("text", "delta"), [
    ("2 sacks of sugar got wet in the rain, reduce the sugar stock by 10 kilo", -10),
    ("chini ki 2 bori bheeg gayi, chini stock 25 kilo kam karo", -25),
    ("chini r 2 bosta bhije geche, chini stock theke 20 kilo kamao", -20),
    ("சர்க்கரை 2 மூட்டை நனைஞ்சிடுச்சு, ஸ்டாக்ல 20 கிலோ குறை", -20),
    ("panchadara 2 bastha tadisipoyayi, stock lo 20 kilo tagginchu", -20),
    ("ಸಕ್ಕರೆ 2 ಮೂಟೆ ನೆನೆದು ಹೋಯಿತು, ಸ್ಟಾಕ್ ನಲ್ಲಿ 20 ಕೆಜಿ ಕಡಿಮೆ ಮಾಡಿ", -20),
    ("പഞ്ചസാര 2 ചാക്ക് നനഞ്ഞുപോയി, സ്റ്റോക്കിൽ നിന്ന് 20 കിലോ കുറയ്ക്കൂ", -20),
    ("sakhar 2 pote bhijle, stock madhun 20 kilo kami kara", -20),
    ("khand ni 2 bori palali gayu, stock mathi 20 kilo ochha karo", -20),
    ("ਖੰਡ ਦੀਆਂ 2 ਬੋਰੀਆਂ ਭਿੱਜ ਗਈਆਂ, ਸਟਾਕ ਵਿੱਚੋਂ 20 ਕਿਲੋ ਘਟਾ ਦਿਓ", -20),
    ("chini 2 bosta bhiji gala, stock ru 20 kilo kama kara", -20),
])
def test_soaked_sacks_take_the_kilos_said_off(text: str, delta: int) -> None:
    result = parse(text, role="owner")
    assert result.intent == Intent.ADJUST_STOCK, result
    assert result.slots.get("stock_delta") == delta, result
    assert len(result.items) == 1, result


@pytest.mark.parametrize("text", [
    "8 packets of rusk got soaked, reduce the stock",
])
def test_soaked_goods_come_off_the_stock(text: str) -> None:
    result = parse(text, role="owner")
    assert result.intent == Intent.ADJUST_STOCK, result
    assert result.slots.get("stock_delta") == -8, result


@pytest.mark.parametrize(("text", "name"), [
    ("टमाटर का भाव ३० से ४५ कर दो", "टमाटर"),
    ("ভেন্ডির দাম ৩০ থেকে ৪৫ করো", "ভেন্ডির"),
    ("vendakkai vilai 30 la irundhu 45", "vendakkai"),
    ("வெண்டைக்காய் விலை 30 லிருந்து 45 ஆக்கு", "வெண்டைக்காய்"),
    ("బెండకాయ ధర 30 నుంచి 45 చెయ్యి", "బెండకాయ"),
    ("ಬೆಂಡೆಕಾಯಿ ಬೆಲೆ 30 ರಿಂದ 45 ಮಾಡಿ", "ಬೆಂಡೆಕಾಯಿ"),
    ("വെണ്ടയ്ക്ക വില 30 ൽ നിന്ന് 45 ആക്കൂ", "വെണ്ടയ്ക്ക"),
    ("vendakka vila 30 il ninnu 45 aakku", "vendakka"),
    ("भेंडीचा भाव 30 वरून 45 करा", "भेंडीचा"),
    ("ભીંડા નો ભાવ 30 થી 45 કરો", "ભીંડા"),
    ("ਭਿੰਡੀ ਦਾ ਰੇਟ 30 ਤੋਂ 45 ਕਰੋ", "ਭਿੰਡੀ"),
    ("ଭେଣ୍ଡି ଦର 30 ରୁ 45 କର", "ଭେଣ୍ଡି"),
])
def test_price_from_old_to_new_is_the_new(text: str, name: str) -> None:
    result = parse(text, role="owner")
    assert result.intent == Intent.SET_PRICE, result
    assert result.slots.get("price_paise") == 4500, result
    assert _names(result) == [name], result


def test_stock_from_old_to_new_leaves_the_from_word_out_of_the_name() -> None:
    result = parse("maggi stock 20 ರಿಂದ 30 ಮಾಡಿ", role="owner")
    assert result.slots.get("stock") == 30 and _names(result) == ["maggi"], result



@pytest.mark.parametrize(("text", "name"), [
    ("tomato kilo 30 se 40", "tomato"),
    ("टमाटर किलो ३० से ४० कर दो", "टमाटर"),
    ("টমেটো কেজি ৩০ থেকে ৪০", "টমেটো"),
    ("thakkali kilo 30 la irundhu 40", "thakkali"),
    ("టమాటా కిలో 30 నుంచి 40", "టమాటా"),
    ("ಟೊಮೆಟೊ ಕೆಜಿ 30 ರಿಂದ 40", "ಟೊಮೆಟೊ"),
    ("thakkali kilo 30 il ninnu 40", "thakkali"),
    ("टोमॅटो किलो 30 वरून 40", "टोमॅटो"),
    ("tameta kilo 30 thi 40", "tameta"),
    ("ਟਮਾਟਰ ਕਿਲੋ 30 ਤੋਂ 40", "ਟਮਾਟਰ"),
    ("ଟମାଟୋ ଦର କିଲୋ 30 ରୁ 40", "ଟମାଟୋ"),
])
def test_per_kilo_price_from_old_to_new_is_the_new(text: str, name: str) -> None:
    result = parse(text, role="owner")
    assert result.intent == Intent.SET_PRICE, result
    assert result.slots.get("price_paise") == 4000, result
    assert _names(result) == [name], result


@pytest.mark.parametrize(("text", "value", "name"), [
    ("supply came today. maggi stock is 48 now", 48, "maggi"),
    ("सप्लाई आ गई, मैगी अब 40 पैकेट", 40, "मैगी"),
    ("சப்ளை வந்துச்சு, மேகி ஸ்டாக் 50", 50, "மேகி"),
    ("ସପ୍ଲାଇ ଆସିଲା, ମାଗି ଏବେ 40", 40, "ମାଗି"),
])
def test_the_supply_arriving_is_no_product(text: str, value: int, name: str) -> None:
    result = parse(text, role="owner")
    assert result.intent == Intent.SET_STOCK, result
    assert result.slots.get("stock") == value, result
    assert _names(result) == [name], result
