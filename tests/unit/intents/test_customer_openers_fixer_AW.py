"""Fixer AW: customer openers, standing orders and short commands, in all eleven languages.

* A greeting and the business or home she writes from ("X hotel se", "X mess la irundhu",
  "X khanaval madhun", "is this X stores?") only greets: the name is no product.
* "Every Monday's order" (har somvaar wala, dar ravivar nu, prathi aadivaram, ellaa
  njayarazhchayum) with nothing else is a reorder; with goods and an amount it stays an order.
* "place the order" words check out; "is the shop open now? it's 12" asks the shop; "what's in
  my cart-la" shows the cart; "will my order come soon?" asks its status; "how do we three
  order together?" asks for help.
"""

from __future__ import annotations

import pytest

from intents.parse import parse
from intents.types import Intent

G, R, C, T, S, O, H = Intent.GREET, Intent.REORDER, Intent.CHECKOUT, Intent.TALK_TO_SHOP, Intent.SHOW_CART, Intent.ORDER_STATUS, Intent.HELP

CASES: list[tuple[str, str, Intent]] = [
    # en
    ("en", "hi, this is Rahul from flat 302", G),
    ("en", "hello, from Hotel Saravana", G),
    ("en", "every sunday order please send", R),
    ("en", "pls place my order now", C),
    ("en", "shop open now? its 10:30", T),
    ("en", "whats in my cart right now", S),
    ("en", "whr is my order, kids are hungry", O),
    ("en", "how can we order for 4 flats together?", H),
    # hi
    ("hi", "namaste bhaiya, Sharma dhaba se bol raha hu", G),
    ("hi", "नमस्ते भैया, शर्मा होटल से", G),
    ("hi", "har ravivar wala saman bhej do", R),
    ("hi", "हर सोमवार वाला ऑर्डर भेज दो", R),
    ("hi", "ऑर्डर प्लेस कर दो", C),
    ("hi", "mere cart-me kya hai abhi?", S),
    ("hi", "mera order jaldi aayega? mehmaan aa rahe hai", O),
    ("hi", "hum 3 log hai, ek saath order kaise kare?", H),
    # bn
    ("bn", "nomoskar dada, Maa Tara hotel theke bolchi", G),
    ("bn", "নমস্কার দাদা, মা তারা হোটেল থেকে", G),
    ("bn", "proti sombarer moto pathiye din", R),
    ("bn", "প্রতি শনিবারের অর্ডারটা পাঠিয়ে দিন", R),
    ("bn", "order ta place kore din", C),
    ("bn", "দোকান এখন খোলা আছে? রাত ১০টা বাজে", T),
    ("bn", "আমার cart-এ কী আছে?", S),
    ("bn", "amar order ta taratari asbe? bachcha khide peyeche", O),
    # ta
    ("ta", "vanakkam anna, Saravana mess la irundhu", G),
    ("ta", "வணக்கம் அண்ணா, முருகன் மெஸ்ல இருந்து", G),
    ("ta", "ovvoru sani kizhamai order maadhiri anuppunga", R),
    ("ta", "ஒவ்வொரு ஞாயிற்றுக்கிழமை ஆர்டர் அனுப்புங்க", R),
    ("ta", "ஆர்டர் ப்ளேஸ் பண்ணுங்க", C),
    ("ta", "கடை இப்போ திறந்திருக்கா? மணி 11 ஆச்சு", T),
    ("ta", "en order seekiram varuma? match start aagudhu", O),
    ("ta", "naanga 3 peru, ellarukkum ore order eppadi podurathu?", H),
    # te
    ("te", "namaskaram anna, Sri Sai tiffin centre nundi", G),
    ("te", "నమస్కారం అన్నా, సాయి హోటల్ నుంచి", G),
    ("te", "prathi aadivaram order pampandi", R),
    ("te", "ప్రతి సోమవారం ఆర్డర్ పంపండి", R),
    ("te", "ఆర్డర్ ప్లేస్ చేయండి", C),
    ("te", "షాప్ ఇప్పుడు తెరిచి ఉందా?", T),
    ("te", "naa cart-లో emi undi?", S),
    ("te", "memu 3 mandi, okesari order ela cheyali?", H),
    # mr
    ("mr", "नमस्कार दादा, गणेश खानावळ मधून", G),
    ("mr", "dar ravivari cha order pathva", R),
    ("mr", "दर रविवारी चा ऑर्डर पाठवा", R),
    ("mr", "ऑर्डर करून टाक", C),
    ("mr", "दुकान आत्ता चालू आहे का? १० वाजले", T),
    ("mr", "maza cart-मध्ये kay aahe?", S),
    ("mr", "maza order lavkar yeil ka? pahune yetayat", O),
    # gu
    ("gu", "kem cho bhai, Jalaram bhojnalay thi", G),
    ("gu", "કેમ છો ભાઈ, જલારામ હોટલથી", G),
    ("gu", "dar ravivar nu order moklo", R),
    ("gu", "દર રવિવારનું ઓર્ડર મોકલો", R),
    ("gu", "ઓર્ડર પ્લેસ કરો", C),
    ("gu", "dukan atyare khuli che? 10 vagya", T),
    ("gu", "mara cart-માં shu che?", S),
    ("gu", "maro order jaldi aavshe? mehmaan aave che", O),
    # kn
    ("kn", "ನಮಸ್ಕಾರ ಸರ್, ಉಡುಪಿ ಹೋಟೆಲ್‌ನಿಂದ", G),
    ("kn", "prati somavara order kalsi", R),
    ("kn", "ಪ್ರತಿ ಭಾನುವಾರದ ಆರ್ಡರ್ ಕಳಿಸಿ", R),
    ("kn", "ಆರ್ಡರ್ ಪ್ಲೇಸ್ ಮಾಡಿ", C),
    ("kn", "angadi eega open idya? 10 aaytu", T),
    ("kn", "nanna cart-ನಲ್ಲಿ enu ide?", S),
    ("kn", "nanna order bega baratta? match shuru aagutte", O),
    ("kn", "naavu 3 jana, ondsala order hege maadodu?", H),
    # ml
    ("ml", "നമസ്കാരം ചേട്ടാ, അമ്മച്ചി ഹോട്ടലിൽ നിന്ന്", G),
    ("ml", "ellaa njayarazhchayum ulla order ayakku", R),
    ("ml", "എല്ലാ ഞായറാഴ്ചയും ഉള്ള ഓർഡർ അയക്കൂ", R),
    ("ml", "ഓർഡർ പ്ലേസ് ചെയ്യൂ", C),
    ("ml", "കട ഇപ്പോൾ തുറന്നിട്ടുണ്ടോ? 11 മണി ആയി", T),
    ("ml", "ente cart-il enthokke undu?", S),
    ("ml", "ente order pettennu varumo? kuttikku vishakkunnu", O),
    ("ml", "kazhinja order onnu koode ayakku tharumo", R),
    # pa
    ("pa", "ਸਤ ਸ੍ਰੀ ਅਕਾਲ ਜੀ, ਗੁਰੂ ਨਾਨਕ ਢਾਬੇ ਤੋਂ", G),
    ("pa", "har aitvaar wala order bhej deyo", R),
    ("pa", "ਹਰ ਸੋਮਵਾਰ ਵਾਲਾ ਆਰਡਰ ਭੇਜ ਦਿਓ", R),
    ("pa", "ਆਰਡਰ ਪਲੇਸ ਕਰ ਦਿਓ", C),
    ("pa", "ਦੁਕਾਨ ਹੁਣ ਖੁੱਲ੍ਹੀ ਹੈ? 11 ਵੱਜ ਗਏ", T),
    ("pa", "mere cart-ਵਿੱਚ ki hai?", S),
    ("pa", "mera order jaldi aauga? bache bhukhe ne", O),
    ("pa", "asi 3 jane haan, ikathe order kiven karna?", H),
    # or
    ("or", "namaskar bhai, Jagannath hotel ru", G),
    ("or", "ନମସ୍କାର ଭାଇ, ଜଗନ୍ନାଥ ହୋଟେଲରୁ", G),
    ("or", "prati rabibara order pathantu", R),
    ("or", "ପ୍ରତି ରବିବାର ଅର୍ଡର ପଠାନ୍ତୁ", R),
    ("or", "ଅର୍ଡର କରିଦିଅନ୍ତୁ", C),
    ("or", "ଦୋକାନ ଏବେ ଖୋଲା ଅଛି କି?", T),
    ("or", "ମୋଟ ବିଲ କେତେ ହେଲା?", S),
    ("or", "mo order sighra asiba? pila bhoka hele", O),
]


@pytest.mark.parametrize(("language", "text", "intent"), CASES)
def test_opener_standing_order_or_short_command(language: str, text: str, intent: Intent) -> None:
    parsed = parse(text, role="customer")
    assert parsed.intent == intent, (language, text, parsed.intent, parsed.items)
    assert not parsed.items, (text, parsed.items)


def test_every_language_has_six_cases() -> None:
    counts = {language: sum(1 for case in CASES if case[0] == language) for language in {case[0] for case in CASES}}
    assert len(counts) == 11 and min(counts.values()) >= 6, counts


@pytest.mark.parametrize(
    ("text", "intent", "items"),
    [
        # goods and an amount beside the standing order or the place: still an order
        ("har somvaar 2 litre doodh bhej do", Intent.ADD_ITEMS, [(2.0, "l")]),
        ("every monday send 1 kg atta", Intent.ADD_ITEMS, [(1.0, "kg")]),
        ("hello, hotel ke liye 5 kg basmati", Intent.ADD_ITEMS, [(5.0, "kg")]),
        ("hello, 2 kg sugar from the store", Intent.ADD_ITEMS, [(2.0, "kg")]),
        ("dukan khuli hai to 2 kilo atta bhej do", Intent.ADD_ITEMS, [(2.0, "kg")]),
        ("how do i order 3 kg atta?", Intent.ADD_ITEMS, [(3.0, "kg")]),
        ("maggi 2 same as last time", Intent.ADD_ITEMS, [(2.0, None)]),
    ],
)
def test_goods_with_an_amount_stay_an_order(text: str, intent: Intent, items: list[tuple[float, str | None]]) -> None:
    parsed = parse(text, role="customer")
    assert parsed.intent == intent, (text, parsed.intent, parsed.items)
    assert [(item.quantity, item.unit) for item in parsed.items] == items, parsed.items


def test_the_goods_of_an_order_after_a_greeting_from_a_dhaba_are_kept() -> None:
    parsed = parse("namaste bhaiya, Sharma dhaba se, 20 kilo atta bhejo", role="customer")
    assert parsed.intent == Intent.ADD_ITEMS
    assert any(item.text == "atta" and item.quantity == 20 and item.unit == "kg" for item in parsed.items), parsed.items


def test_a_weekday_alone_is_no_standing_order() -> None:
    parsed = parse("monday ko 2 kilo chini bhejna", role="customer")
    assert parsed.intent == Intent.ADD_ITEMS, parsed.intent
    assert [(item.quantity, item.unit) for item in parsed.items] == [(2.0, "kg")]


@pytest.mark.parametrize(
    ("text", "intent"),
    [("mera order cancel karo", Intent.CANCEL_ORDER), ("hi", Intent.GREET), ("namaste", Intent.GREET)],
)
def test_must_not_change(text: str, intent: Intent) -> None:
    assert parse(text, role="customer").intent == intent
