"""Romanised (Latin-script) messages in each language, plain English that must stay English,
and Devanagari Marathi against Hindi (intents/language.py with data/language_markers.csv).

The messages are written for this test, not taken from the evaluation sets."""

from __future__ import annotations

import pytest

from intents.language import detect_language, language_scores, spelling_key

ROMANISED: dict[str, list[str]] = {
    "hi": [
        "mujhe do kilo chawal chahiye",
        "ek litre sarson ka tel bhej dijiye",
        "arhar dal kitne ki hai?",
        "dukaan abhi khuli hai kya?",
        "do packet doodh bhej do aur ek bread bhi",
        "mera cart dikhao, kya kya hai usme",
        "order cancel kar dijiye",
        "thoda pyaaz aur aloo bhi chahiye",
        "delivery kab tak hogi?",
        "bhaiya 5 kilo aata jaldi bhejna",
    ],
    "mr": [
        "mala don kilo tandul pahije",
        "ek litre tel pathva",
        "toor dal kilo la kiti?",
        "dukan ata chalu ahe ka?",
        "don packet dudh dya",
        "majha cart dakhva",
        "order cancel kara, mala nako",
        "thode kande ani batate pan pahijet",
        "delivery kadhi yeil?",
    ],
    "gu": [
        "mane be kilo chokha joie",
        "ek litre tel mokalo",
        "tuver dal kilo na ketla?",
        "dukan atyare khuli chhe?",
        "be packet dudh aapo",
        "maru cart batavo",
        "order cancel kari nakho",
        "thodi dungli ane bataka pan joiye chhe",
        "delivery kyare aavshe?",
    ],
    "pa": [
        "mainu do kilo chaul chahide",
        "ik litre sarson da tel bhej deyo",
        "rajma kinne da kilo ae?",
        "dukaan hun khulli ae?",
        "do packet dudh de deyo ji",
        "mera cart vikhao tusi",
        "order cancel kar deyo veer ji",
        "thode gande te aaloo vi chahide",
        "delivery kado tak aau?",
    ],
    "bn": [
        "amar dui kilo chal lagbe",
        "ek litre sorsher tel pathiye din",
        "musur dal kilo koto?",
        "dokan ekhon khola ache?",
        "duto packet dudh dao",
        "amar cart e ki ache dekhan",
        "order ta cancel kore din",
        "ektu peyaj ar alu o lagbe",
        "delivery kokhon hobe?",
        "chai patti ekta packet ar dim chai",
    ],
    "or": [
        "mote dui kilo chaula darkar",
        "eka litre tela pathantu",
        "harada dali kilo kete?",
        "aji dokan khola heba ki?",
        "dui packet kshira diantu",
        "mo cart dekhantu",
        "order cancel karantu",
        "tike piaja au alu bi darkar",
        "delivery kebe asiba?",
    ],
    "ta": [
        "enakku rendu kilo arisi venum",
        "oru litre ennai anuppunga",
        "thuvaram paruppu kilo evlo?",
        "kadai ippo thirandhu irukka?",
        "rendu packet paal kudunga",
        "en cart la enna irukku nu sollunga",
        "en order ah cancel pannidunga",
        "konjam vengayam um venum",
        "delivery eppo varum anna?",
    ],
    "te": [
        "naaku rendu kilo biyyam kavali",
        "oka litre nune pampandi",
        "kilo kandi pappu entha?",
        "shop ippudu open unda?",
        "rendu packet paalu ivvandi",
        "cart lo emi undi choopinchandi",
        "naa order cancel cheyyandi sir",
        "kilo chakkera, ara kilo uppu kuda kavali",
        "delivery eppudu vastundi?",
        "maggi vaddu, teeseyandi",
    ],
    "kn": [
        "nanage eradu kilo akki beku",
        "ondu litre enne kalsi",
        "toor bele kilo eshtu?",
        "ondu packet haalu kodi",
        "angadi open ideya?",
        "cart alli yenu ide torisi",
        "order cancel maadi",
        "swalpa bega kalisi",
        "maggi beda, tegedu haaki",
    ],
    "ml": [
        "enikku randu kilo ari venam",
        "oru litre velichenna tharumo",
        "panchasara kilo ethra aanu?",
        "kada ippol open aano?",
        "randu packet paal ayakku",
        "ente cart onnu kaanikku",
        "order cancel cheyyu chetta",
        "kurachu ulli koode venam",
        "delivery eppol varum?",
    ],
}

ENGLISH = [
    "2 kg rice and 1 oil",
    "send the cart",
    "is the shop open today",
    "add 2 packets of maggi",
    "Amul butter 500g",
    "Tata salt 1 kg",
    "Aashirvaad atta 10 kg",
    "Fortune oil 1 litre",
    "show me what's in my cart",
    "take the bread out of my cart",
    "please cancel the order I placed",
    "where is my delivery, it's been an hour",
    "how much is toor dal?",
    "do you deliver to 560034?",
    "I want to pay by UPI",
    "I'll pay cash when it arrives",
    "please deliver before 7 pm",
    "thanks, that's all",
    "can I get 6 eggs and a dozen bananas",
    "one packet of Parle G and two Good Day",
    "change the atta to 5 kg",
    "need 1 litre milk tomorrow morning",
    "what time do you close?",
    "hi, is anyone there?",
    "same as last week's order",
    "my address is 12 MG Road, Bengaluru 560001",
    "Britannia brown bread",
    "Surf Excel 1 kg and Vim bar",
    "Maaza 1.2 litre bottle",
    "Dhara mustard oil 1 litre",
    "Nandini milk 2 packets",
    "Haldiram bhujia 400g",
    "Red Label tea 250g",
    "send chai and biscuits",
    "thank you ji",
    "a tin of Dalda and 2 dim bulbs",
    "okay fine",
    "yes please",
    "no, that's all for now",
    "order status",
    "Aavin milk 2 packets",
    "Milma ghee 500 ml",
    "Heritage curd 1 kg, made today?",
    "more than 2 kg onions",
    "call me when you reach",
    "Koramangala 5th block, flat 302",
    "gala apples 1 kg",
]

# (Marathi, Hindi): the same request in each.
DEVANAGARI_PAIRS = [
    ("मला तीन किलो तांदूळ पाहिजेत", "मुझे तीन किलो चावल चाहिए"),
    ("एक लिटर तेल पाठवा", "एक लीटर तेल भेजो"),
    ("तूर डाळ किलोला किती?", "अरहर दाल कितने की है?"),
    ("दुकान आता उघडे आहे का?", "दुकान अभी खुली है क्या?"),
    ("दोन पॅकेट दूध द्या", "दो पैकेट दूध दीजिए"),
    ("माझा कार्ट एकदा दाखवा", "मेरा कार्ट एक बार दिखाओ"),
    ("माझी ऑर्डर रद्द करा", "मेरा ऑर्डर रद्द कर दो"),
    ("थोडे कांदे आणि बटाटे पण हवेत", "थोड़ा प्याज़ और आलू भी चाहिए"),
    ("डिलिव्हरी कधी येईल?", "डिलीवरी कब तक आएगी?"),
    ("साखर एक किलो आणि चहा पावडर", "चीनी एक किलो और चाय पत्ती"),
    ("मला काही नको, ऑर्डर बंद करा", "मुझे कुछ नहीं चाहिए, ऑर्डर बंद करो"),
    ("सगळं सामान उद्या पाठवून द्या", "सारा सामान कल भेज देना"),
]

ROMANISED_CASES = [(language, text) for language, texts in ROMANISED.items() for text in texts]


@pytest.mark.parametrize(
    "language,text", ROMANISED_CASES, ids=[f"{lang}:{text[:28]}" for lang, text in ROMANISED_CASES]
)
def test_romanised_message_language(language: str, text: str) -> None:
    found = detect_language(text)
    assert (found.language, found.script) == (language, "Latn")


def test_every_language_has_eight_messages() -> None:
    assert set(ROMANISED) == {"hi", "mr", "gu", "pa", "bn", "or", "ta", "te", "kn", "ml"}
    assert all(len(texts) >= 8 for texts in ROMANISED.values())
    assert len(ENGLISH) >= 30


@pytest.mark.parametrize("text", ENGLISH, ids=[text[:30] for text in ENGLISH])
def test_english_stays_english(text: str) -> None:
    found = detect_language(text)
    assert (found.language, found.script) == ("en", "Latn")


@pytest.mark.parametrize(
    "marathi,hindi", DEVANAGARI_PAIRS, ids=[pair[1][:20] for pair in DEVANAGARI_PAIRS]
)
def test_devanagari_marathi_against_hindi(marathi: str, hindi: str) -> None:
    found_marathi, found_hindi = detect_language(marathi), detect_language(hindi)
    assert (found_marathi.language, found_marathi.script) == ("mr", "Deva")
    assert (found_hindi.language, found_hindi.script) == ("hi", "Deva")


@pytest.mark.parametrize(
    "text", ["chai", "dim", "ari", "ani", "ji", "tin", "be", "din", "illa", "sari", "haan"]
)
def test_one_ambiguous_word_does_not_flip_english(text: str) -> None:
    assert detect_language(text).language == "en"
    assert detect_language(f"please send {text} today").language == "en"


@pytest.mark.parametrize("text", ["order kar do", "mera cart dikhao", "bas, bhej do ji"])
def test_words_hindi_and_punjabi_share_leave_it_to_the_session(text: str) -> None:
    # Neither language wins on words both write: "en" makes the reply keep the chat's locale.
    assert detect_language(text).language == "en"


def test_diacritics_spelling_variants_and_suffixes() -> None:
    assert detect_language("eradu kilo akki bēku").language == "kn"
    assert detect_language("rendu kilo biyyam kaavaali").language == "te"  # spelling key of kavali
    assert detect_language("randu kilo ari veenam").language == "ml"
    assert detect_language("aa packet cart lo pettandi").language == "te"  # -andi
    assert detect_language("ithu ellam eduthu vachidunga").language == "ta"  # -idunga
    assert spelling_key("kaavaali") == spelling_key("kavali") == "kavali"
    assert spelling_key("thaaru") == "taru"


def test_scores_count_each_word_once() -> None:
    once = language_scores(["kavali"])["te"]
    assert language_scores(["kavali", "kavali", "kavali"])["te"] == once


def test_code_mixed_native_script_still_goes_by_script() -> None:
    assert detect_language("दो kg atta bhej do") == detect_language("दो किलो आटा")
    mixed = detect_language("दो kg atta")
    assert (mixed.language, mixed.script) == ("hi", "Deva")
    assert detect_language("ரெண்டு kg rice venum").language == "ta"
    # Latin words in a Devanagari message still count for Marathi against Hindi.
    assert detect_language("मला 2 kg sakhar pahije").language == "mr"
