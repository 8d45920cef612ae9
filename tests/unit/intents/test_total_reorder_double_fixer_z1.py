"""Fixer Z1: customer families of a household's running order.

"What's the total?" asks to see the cart (it shows the bill), not to place the order.
"""

from __future__ import annotations

import pytest

from intents.parse import parse
from intents.types import Intent


@pytest.mark.parametrize(
    "text",
    [
        "how much is the total now?",
        "total kitna ho gaya bhai?",
        "सब मिलाकर कितने पैसे हुए?",
        "সব মিলিয়ে কত টাকা হলো?",
        "mothama evlo aagudhu sir?",
        "மொத்தம் எவ்ளோ ஆச்சு சார்?",
        "anni kalipi entha ayyindi?",
        "మొత్తం ఎంత అయింది సార్?",
        "ekun kiti paise zale?",
        "एकूण किती पैसे झाले?",
        "badhanu ketlu thayu?",
        "કુલ કેટલા રૂપિયા થયા?",
        "ottu eshtu aaytu sir?",
        "ಎಲ್ಲಾ ಸೇರಿಸಿ ಎಷ್ಟು ರೂಪಾಯಿ ಆಯಿತು?",
        "aake ethra roopa ayi?",
        "മൊത്തം എത്ര രൂപ ആയി?",
        "kul kinne paise hoye ji?",
        "ਟੋਟਲ ਕਿੰਨਾ ਹੋਇਆ?",
        "total kete tanka hela?",
        "ସବୁ ମିଶି କେତେ ଟଙ୍କା ହେଲା?",
    ],
)
def test_the_total_asks_to_see_the_cart(text: str) -> None:
    result = parse(text)
    assert result.intent == Intent.SHOW_CART, result
    assert not result.items, result


@pytest.mark.parametrize(
    "text",
    ["atta kitne ka hai?", "ଚୁଡ଼ା କେତେ ଟଙ୍କା?", "order kar do, total kitna hua?"],
)
def test_a_price_or_the_order_is_no_total_question(text: str) -> None:
    assert parse(text).intent != Intent.SHOW_CART


@pytest.mark.parametrize(
    "text",
    [
        "just send my usual stuff",
        "हमेशा वाला सामान भेज दो भैया",
        "hamesha jo leti hu wahi bhejna",
        "প্রতিবার যা নিই সেটাই পাঠান",
        "ovvoru vaaramum vaangurathe anuppunga",
        "எப்போதும் வாங்குறதே அனுப்புங்க",
        "ప్రతి వారం తీసుకునేవే పంపండి",
        "dar athavdyala gheto te pathva",
        "હંમેશા વાળો સામાન મોકલો",
        "ಪ್ರತಿ ವಾರ ತಗೊಳ್ಳೋದು ಕಳಿಸಿ",
        "എപ്പോഴും വാങ്ങുന്നത് അയച്ചു തരൂ",
        "har vaar wala saman bhej do ji",
        "ସବୁବେଳେ ନେଉଥିବା ଜିନିଷ ପଠାନ୍ତୁ",
        "kaal no order farithi mokli aapo",
    ],
)
def test_the_usual_sends_the_regular_order_again(text: str) -> None:
    result = parse(text)
    assert result.intent == Intent.REORDER, result


@pytest.mark.parametrize(
    ("text", "name", "quantity", "unit"),
    [
        ("same atta as always but 10 kg this time", "atta", 10.0, "kg"),
        ("chini wahi, par is baar 2 kilo", "chini", 2.0, "kg"),
        ("চাল একই, কিন্তু এবার ৫ কেজি", "চাল", 5.0, "kg"),
        ("துவரம் பருப்பு அதே, ஆனா இந்த முறை 2 கிலோ", "துவரம் பருப்பு", 2.0, "kg"),
        ("చక్కెర అదే, కానీ ఈ సారి 3 కిలో", "చక్కెర", 3.0, "kg"),
        ("साखर तीच, पण या वेळी ५ किलो", "साखर", 5.0, "kg"),
        ("khand e j, pan aa vakhte 2 kilo", "khand", 2.0, "kg"),
        ("ಸಕ್ಕರೆ ಅದೇ, ಆದರೆ ಈ ಸಾರಿ ೨ ಕೆಜಿ", "ಸಕ್ಕರೆ", 2.0, "kg"),
        ("പഞ്ചസാര അതേ, പക്ഷേ ഇത്തവണ 2 കിലോ", "പഞ്ചസാര", 2.0, "kg"),
        ("ਖੰਡ ਓਹੀ, ਪਰ ਇਸ ਵਾਰ 5 ਕਿਲੋ", "ਖੰਡ", 5.0, "kg"),
        ("ଚିନି ସେଇ, କିନ୍ତୁ ଏଥର ୨ କିଲୋ", "ଚିନି", 2.0, "kg"),
    ],
)
def test_same_product_but_this_time_an_amount(text: str, name: str, quantity: float, unit: str) -> None:
    result = parse(text)
    assert result.intent == Intent.ADD_ITEMS, result
    assert [(item.text, item.quantity, item.unit) for item in result.items] == [(name, quantity, unit)], result


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("address change: my brother's place, 7 Lake View Road, Alwarpet", "7 Lake View Road, Alwarpet"),
        ("पता बदलो: चाचा के घर, 45 गांधी नगर, इंदौर", "45 गांधी नगर, इंदौर"),
        ("address bodlan: mamar bari, 9 Lake Town, Kolkata", "9 Lake Town, Kolkata"),
        ("address maathunga: chithi veedu, 5 Nehru Street, Tambaram", "5 Nehru Street, Tambaram"),
        ("address marchandi - akka intiki, 2-33 Kukatpally", "2-33 Kukatpally"),
        ("patta badla: atyachya ghari kade, 8 Shivaji nagar, Pune", "8 Shivaji nagar, Pune"),
        ("address badlo: fai na ghare, 21 Satellite Road, Ahmedabad", "21 Satellite Road, Ahmedabad"),
        ("address badalisi: tangi mane, 67 4th cross, Malleshwaram", "67 4th cross, Malleshwaram"),
        ("address mattu: chechi de veedu, 12 MG Road, Kochi", "12 MG Road, Kochi"),
        ("address badlo: chacha ji de ghar, 56 Sarabha Nagar, Ludhiana", "56 Sarabha Nagar, Ludhiana"),
        ("address badalantu: mamu ghara, 14 Nayapalli, Bhubaneswar", "14 Nayapalli, Bhubaneswar"),
    ],
)
def test_a_relatives_house_opens_no_part_of_the_address(text: str, address: str) -> None:
    result = parse(text)
    assert result.intent == Intent.GIVE_ADDRESS, result
    assert result.slots.get("address") == address, result


@pytest.mark.parametrize(
    "text",
    [
        "how long will delivery take?",
        "delivery me kitna time lagega?",
        "ডেলিভারি আসতে কতক্ষণ লাগবে?",
        "evvalavu neram aagum delivery ku?",
        "డెలివరీకి ఎంత సమయం పడుతుంది?",
        "किती वाजता येईल डिलिव्हरी?",
        "ketla vage aavshe saman?",
        "ಎಷ್ಟು ಹೊತ್ತು ಆಗುತ್ತೆ ಡೆಲಿವರಿಗೆ?",
        "ethra samayam edukkum delivery?",
        "ਕਿੰਨੀ ਦੇਰ ਲੱਗੂ ਵੀਰਜੀ?",
        "କେତେବେଳେ ଆସିବ ଜିନିଷ?",
    ],
)
def test_how_long_delivery_takes_asks_the_status(text: str) -> None:
    assert parse(text).intent == Intent.ORDER_STATUS


@pytest.mark.parametrize(
    ("text", "name", "quantity"),
    [
        ("one more colgate like yesterday", "colgate", 1.0),
        ("कल वाली मैगी ३ और", "मैगी", 3.0),
        ("kalker motoi 2 ta surf", "surf", 2.0),
        ("నిన్న తీసుకున్న బూస్ట్ 2", "బూస్ట్", 2.0),
        ("काल घेतलेला साबण 2", "साबण", 2.0),
        ("ನಿನ್ನೆ ತಗೊಂಡ ಕೋಲ್ಗೇಟ್ 1", "ಕೋಲ್ಗೇಟ್", 1.0),
        ("nethu vaangina boost 2", "boost", 2.0),
        ("kal lidhelu bournvita 1", "bournvita", 1.0),
        ("ഇന്നലെ വാങ്ങിയ ബൂസ്റ്റ് ഒന്ന് കൂടി", "ബൂസ്റ്റ്", 1.0),
        ("ਕੱਲ੍ਹ ਵਾਲਾ ਸਾਬਣ 2 ਹੋਰ", "ਸਾਬਣ", 2.0),
        ("ଗତକାଲି ନେଇଥିବା ବୁଷ୍ଟ 2ଟା", "ବୁଷ୍ଟ", 2.0),
    ],
)
def test_yesterdays_one_more_names_only_the_product(text: str, name: str, quantity: float) -> None:
    result = parse(text)
    assert [(item.text, item.quantity) for item in result.items] == [(name, quantity)], result
