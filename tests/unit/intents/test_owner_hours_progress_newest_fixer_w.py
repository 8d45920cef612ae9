"""Owner families (fixer W), in the eleven languages, native script and romanised:
- the shop opened or closed in the first person future or progressive, with a time and a reason
  ("I'll open at 11, bank work"): the hour is no stock, the reason no product;
- an order's progress in "has reached / has left" forms ("A2609 deliver aagiduchu");
- low stock asked with a reason beside it ("half the shelf" is no stock count);
- "the new order" (navaan, nuaa, notun …) as the newest order;
- stop selling goods with the reason they got wet in another clause, and Marathi "aata" (now)."""

from __future__ import annotations

import pytest

from intents.parse import parse
from intents.types import Intent


@pytest.mark.parametrize("text", [
    "aaj dukan 11 baje kholunga, bank jana hai",
    "आज दुकान 11 बजे खोलूंगा, बैंक जाना है",
    "kal subah dukaan 9 baje kholenge, puja hai",
    "ekhon dokan khulchi, jol neme geche",
    "এখন দোকান খুলছি, জল নেমে গেছে",
    "இன்னைக்கு கடை 11 மணிக்கு திறப்பேன், பேங்க் வேலை இருக்கு",
    "ivala shop 11 ki terustha, bank pani undi",
    "ఇప్పుడు షాప్ తెరుస్తున్నాను, వర్షం ఆగింది",
    "aaj dukan 11 la ughadto, bank madhe kaam aahe",
    "आज दुकान ११ ला उघडतो, बँकेत काम आहे",
    "aaje dukan 11 vage kholish, bank nu kaam che",
    "ಇವತ್ತು ಅಂಗಡಿ ೧೧ಕ್ಕೆ ತೆಗೀತೀನಿ, ಬ್ಯಾಂಕ್ ಕೆಲಸ ಇದೆ",
    "ഇന്ന് രാത്രി 11 വരെ കട തുറന്നിരിക്കും",
    "innu kada 10 manikku thurakkuva, ashupathriyil pokanam",
    "ajj dukaan 11 vaje kholanga, bank jana hai",
    "ਅੱਜ ਦੁਕਾਨ 10 ਵਜੇ ਖੁੱਲ੍ਹੂ, ਬੈਂਕ ਜਾਣਾ ਸੀ",
    "aji dokan 11 ta re kholibi, bank kama achi",
    "ପାଣି କମିଲା, ଦୋକାନ ଏବେ ଖୋଲୁଛି",
    "పానీ తగ్గింది, షాప్ ఇప్పుడే తెరుస్తున్నా",
])
def test_shop_opens_said_in_first_person_future(text: str) -> None:
    result = parse(text, role="owner")
    assert result.intent == Intent.OPEN_SHOP, result
    assert not result.items, result


@pytest.mark.parametrize("text", [
    "ivala shop tondaraga moosesta, pelli undi",
    "inniki kadai 8 manikku mooduven, kovil ku poganum",
    "inniki kadai seekiram adaippen, kalyanam irukku",
    "ಇವತ್ತು ಅಂಗಡಿ ಬೇಗ ಮುಚ್ತೀನಿ, ಮದುವೆ ಇದೆ",
    "ದುಕಾನ್ ಒಳಗೆ ನೀರು ಬಂತು, ಇವತ್ತು ಬೇಗ ಮುಚ್ತಿದೀನಿ",
    "ivattu angadi 7 ge muchtidini, maneli pooje",
    "innu kada 8 manikku adakkuva, veettil function",
])
def test_shop_closes_said_in_first_person_future(text: str) -> None:
    result = parse(text, role="owner")
    assert result.intent == Intent.CLOSE_SHOP, result
    assert not result.items, result


@pytest.mark.parametrize("text", ["A1234 ಬೇಗ ತಲುಪಿಸಿ", "A1234 ತಲುಪಿಸ್ಬೇಕು"])
def test_deliver_it_is_no_delivered(text: str) -> None:
    # "deliver it soon" (ತಲುಪಿಸಿ) shares the stem of "has reached" (ತಲುಪಿದೆ) but says nothing has happened
    assert parse(text, role="owner").slots.get("status") != "delivered"


@pytest.mark.parametrize(("text", "status"), [
    ("A1234 customer ko pahunch chuka", "delivered"),
    ("A1234 ग्राहक तक पहुँच चुका", "delivered"),
    ("A1234 delivery ke liye chala gaya", "out_for_delivery"),
    ("A1234 delivery hoye gelo", "delivered"),
    ("A1234 beriye poreche", "out_for_delivery"),
    ("A1234 deliver aagiduchu", "delivered"),
    ("A1234 delivery aagiduchu", "delivered"),
    ("A1234 deliver aypoyindi", "delivered"),
    ("A1234 చేరిపోయింది", "delivered"),
    ("A1234 pohochun gela", "delivered"),
    ("A1234 डिलिव्हरीसाठी निघून गेला", "out_for_delivery"),
    ("A1234 ಡೆಲಿವರಿ ಆಗ್ಬಿಟ್ಟಿದೆ", "delivered"),
    ("A1234 ತಲುಪಿಬಿಟ್ಟಿದೆ", "delivered"),
    ("A1234 ഡെലിവറി ആയിട്ടുണ്ട്", "delivered"),
    ("A1234 delivery kku purappettittund", "out_for_delivery"),
    ("A1234 delivery ho chukki", "delivered"),
    ("A1234 ବାହାରି ଗଲାଣି", "out_for_delivery"),
    ("A1234 pahanchi galani", "delivered"),
])
def test_order_progress_in_has_reached_forms(text: str, status: str) -> None:
    result = parse(text, role="owner")
    assert result.intent == Intent.ADVANCE_ORDER, result
    assert result.slots == {"order_ref": "A1234", "status": status}, result


@pytest.mark.parametrize("text", [
    "show low stock items, the hostel boys wiped out half the shelf",
    "which items are low, the wedding party took half the rice",
    "kam stock wale saaman dikhao, hostel ke ladke aadha shelf khaali kar gaye",
    "कम स्टॉक वाला सामान दिखाओ, हॉस्टल के लड़के आधी शेल्फ खाली कर गए",
    "kami stock aslele saman dakhva, hostel chya mulanni ardha shelf rikama kela",
    "कमी स्टॉक असलेले सामान दाखवा, हॉस्टेलच्या मुलांनी अर्धा शेल्फ रिकामा केला",
    "ochho stock vali vastu batavo, hostel na chhokra adhu shelf khali kari gaya",
    "ઓછા સ્ટોકવાળી વસ્તુ બતાવો, હોસ્ટેલના છોકરા અડધું શેલ્ફ ખાલી કરી ગયા",
    "kadime stock iro saamanu thorsu, hostel hudugru ardha shelf khaali maadidru",
    "ಕಡಿಮೆ ಸ್ಟಾಕ್ ಇರೋ ಸಾಮಾನು ತೋರಿಸು, ಹಾಸ್ಟೆಲ್ ಹುಡುಗರು ಅರ್ಧ ಶೆಲ್ಫ್ ಖಾಲಿ ಮಾಡಿದ್ರು",
    "ghatt stock wala saaman dikhao, hostel de munde adha shelf khaali kar gaye",
    "ਘੱਟ ਸਟਾਕ ਵਾਲਾ ਸਮਾਨ ਦਿਖਾਓ, ਹੋਸਟਲ ਦੇ ਮੁੰਡੇ ਅੱਧਾ ਸ਼ੈਲਫ ਖਾਲੀ ਕਰ ਗਏ",
    "kam stock thiba jinisa dekhao, hostel pila adha shelf khali karidele",
    "କମ୍ ଷ୍ଟକ ଥିବା ଜିନିଷ ଦେଖାଅ, ହଷ୍ଟେଲ ପିଲା ଅଧା ସେଲ୍ଫ ଖାଲି କରିଦେଲେ",
])
def test_low_stock_asked_with_a_reason(text: str) -> None:
    result = parse(text, role="owner")
    assert result.intent == Intent.LOW_STOCK, result
    assert not result.slots, result


@pytest.mark.parametrize(("text", "intent"), [
    ("eh navaan order reject karo, us mohalle ch paani aa", Intent.REJECT_ORDER),
    ("navaan order accept kar lo", Intent.ACCEPT_ORDER),
    ("ਨਵੀਂ ਆਰਡਰ ਰਿਜੈਕਟ ਕਰੋ, ਗਲੀ ਚ ਪਾਣੀ", Intent.REJECT_ORDER),
    ("nayi order reject karo, raste mein paani hai", Intent.REJECT_ORDER),
    ("nava order reject kara, tya galit paani aahe", Intent.REJECT_ORDER),
    ("नवा ऑर्डर स्वीकारा", Intent.ACCEPT_ORDER),
    ("navu order accept karo", Intent.ACCEPT_ORDER),
    ("pudhiya order accept pannu", Intent.ACCEPT_ORDER),
    ("ಹೊಸದು ಆರ್ಡರ್ ರಿಜೆಕ್ಟ್ ಮಾಡಿ", Intent.REJECT_ORDER),
    ("പുതിയ ഓർഡർ റിജക്ട് ചെയ്യൂ, ആ റോഡിൽ വെള്ളം", Intent.REJECT_ORDER),
    ("nuaa order accept kara", Intent.ACCEPT_ORDER),
    ("ନୁଆ ଅର୍ଡର ରିଜେକ୍ଟ କର", Intent.REJECT_ORDER),
])
def test_new_order_is_the_newest(text: str, intent: Intent) -> None:
    result = parse(text, role="owner")
    assert result.intent == intent, result
    assert result.slots.get("which_order") == "newest", result


@pytest.mark.parametrize(("text", "product"), [
    ("the matchboxes all got wet, stop selling matches for now", "matches"),
    ("saari machis geeli ho gayi, machis abhi bechna band karo", "machis"),
    ("deshlai gulo sob bhije gelo, machis ta ekhon bikri bondho rakho", "machis"),
    ("ellaa theepetti nanainjiduchu, theepetti ippo vikka vendaam", "theepetti"),
    ("aggipetTelu anni tadisipoyayi, aggipette ippudu ammakam aapu", "aggipette"),
    ("badhi baakas bhini thai gai, baakas have vechvanu bandh karo", "baakas"),
    ("ella benkipettige neneditu, benkipettige iga maarbeda", "benkipettige"),
    ("theepetti muzhuvan nananju, theepetti ippo vilkkanda", "theepetti"),
    ("saariyan machisan gillian ho gaiyan, machis hun vechna band karo", "machis"),
    ("sabu match box bhiji gala, match box ebe bikiba bandha kara", "match box"),
])
def test_stop_selling_goods_named_beside_a_reason(text: str, product: str) -> None:
    result = parse(text, role="owner")
    assert result.intent == Intent.DEACTIVATE_PRODUCT, result
    assert len(result.items) == 1 and result.items[0].text.startswith(product), result
    assert result.items[0].raw in text.lower().split(",")[1], result  # not the clause that tells why


@pytest.mark.parametrize(("text", "product"), [
    ("parle g aata vikaycha nahi, band kara", "parle g"),
    ("good day biscuit ata vikaycha nahi", "good day biscuit"),
    ("पारले जी आता विकायचं नाही, बंद करा", "पारले जी"),
])
def test_marathi_now_is_no_atta_when_selling_stops(text: str, product: str) -> None:
    result = parse(text, role="owner")
    assert result.intent == Intent.DEACTIVATE_PRODUCT, result
    assert [item.text for item in result.items] == [product], result
