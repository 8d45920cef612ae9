"""Matcher families: English shop words written in an Indic script ("சோப்" soap, "బూస్ట్"
Boost), the plain words for goods sold loose ("khulla atta", ਆਟਾ ਖੁੱਲ੍ਹਾ), and brand names whose
Indic spelling drifts from the English one."""

from __future__ import annotations

import pytest

from intents.catalog_index import CatalogIndex
from intents.types import CatalogEntry, Unit

G: Unit = "g"


def row(pid: str, name: str, brand: str, size: float, unit: Unit = G, *aliases: str) -> CatalogEntry:
    return CatalogEntry(product_id=pid, name=name, brand=brand, category="Grocery", size_value=size,
                        size_unit=unit, aliases=aliases)


SHOP = CatalogIndex.build([
    row("ST-HAMAM", "Hamam Neem Tulsi Soap", "Hamam", 150, G, "bath soap"),
    row("ST-DETTOL", "Dettol Original Soap", "Dettol", 125, G, "bath soap"),
    row("ST-ATTA", "Aashirvaad Shudh Chakki Atta", "Aashirvaad", 1000, G, "gehun atta"),
    row("ST-ATTA-LOOSE", "Chakki Atta (Loose)", "", 1000, G, "gehun atta"),
    row("ST-SUGAR", "Madhur Pure Sugar", "Madhur", 1000, G, "cheeni"),
    row("ST-SUGAR-LOOSE", "Sugar (Loose)", "", 1000, G, "cheeni"),
    row("ST-BOOST", "Boost Health Drink", "Boost", 450, G, "boost"),
    row("ST-PASTE", "Colgate Strong Teeth Toothpaste", "Colgate", 100, G, "toothpaste|paste"),
    row("ST-PASTE2", "Pepsodent Germicheck Toothpaste", "Pepsodent", 150, G, "toothpaste|paste"),
    row("ST-HS", "Head & Shoulders Anti Dandruff Shampoo", "Head & Shoulders", 180, "ml", "shampoo"),
    row("ST-CLINIC", "Clinic Plus Strong & Long Shampoo", "Clinic Plus", 175, "ml", "shampoo"),
])


def top(text: str, language: str | None = None) -> str:
    result = SHOP.match(text, language=language)
    assert result.candidates, text
    return result.candidates[0].product_id


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("ஹமாம் சோப்", "ta"),
        ("హమామ్ సోప్", "te"),
        ("ಹಮಾಮ್ ಸೋಪ್", "kn"),
        ("ഹമാം സോപ്", "ml"),
        ("हमाम सोप", "hi"),
        ("હમામ સોપ", "gu"),
    ],
)
def test_soap_written_as_the_english_word_in_an_indic_script(text: str, language: str) -> None:
    assert top(text, language) == "ST-HAMAM"


@pytest.mark.parametrize(
    ("text", "language", "want"),
    [
        ("ਆਟਾ ਖੁੱਲ੍ਹਾ", "pa", "ST-ATTA-LOOSE"),
        ("khulla atta", "pa", "ST-ATTA-LOOSE"),
        ("khula aata", "hi", "ST-ATTA-LOOSE"),
        ("खुली चीनी", "hi", "ST-SUGAR-LOOSE"),
        ("सुटी साखर", "mr", "ST-SUGAR-LOOSE"),
        ("છૂટક ખાંડ", "gu", "ST-SUGAR-LOOSE"),
        ("খোলা চিনি", "bn", "ST-SUGAR-LOOSE"),
    ],
)
def test_loose_picks_the_row_sold_by_weight(text: str, language: str, want: str) -> None:
    assert top(text, language) == want


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("பூஸ்ட்", "ta"),  # pust: Tamil writes b as p; one vowel from பேஸ்ட் (paste)
        ("బూస్ట్", "te"),
        ("ಬೂಸ್ಟ್", "kn"),
        ("बूस्ट", "hi"),
    ],
)
def test_brand_spelt_as_it_sounds_before_a_typo_of_a_known_word(text: str, language: str) -> None:
    assert top(text, language) == "ST-BOOST"


def test_a_known_word_in_its_own_script_still_wins_over_a_sound_guess() -> None:
    assert top("பேஸ்ட்", "ta") in {"ST-PASTE", "ST-PASTE2"}


def test_malayalam_zh_for_an_english_r_is_read_by_its_consonants() -> None:
    # ഷോൾഡേഴ്സ് is sholdezhs: ഴ stands for the r of "shoulders"
    assert top("ഷോൾഡേഴ്സ്", "ml") == "ST-HS"
    assert top("ഹെഡ് ആൻഡ് ഷോൾഡേഴ്സ്", "ml") == "ST-HS"


@pytest.mark.parametrize("text", ["ഹെഡ് ആൻഡ് ഷോൾഡേഴ്സ്", "हेड एंड शोल्डर्स", "హెడ్ అండ్ షోల్డర్స్"])
def test_the_and_of_a_brand_name_in_an_indic_script_is_no_product_word(text: str) -> None:
    assert top(text) == "ST-HS"


FLOURS = CatalogIndex.build([
    row("ST-ATTA", "Aashirvaad Shudh Chakki Atta", "Aashirvaad", 1000, G, "gehun atta"),
    row("ST-BAJRA", "Bajra Flour (Loose)", "", 500, G, "pearl millet flour"),
    row("ST-JOWAR", "Jowar Flour (Loose)", "", 500, G, "sorghum flour"),
    row("QC-BROWN", "Uttam Sugar Natural Brown Sugar", "Uttam Sugar", 1000),
    row("QC-WHITE", "Uttam Sugar Sulphurless Sugar", "Uttam Sugar", 1000),
])


@pytest.mark.parametrize(
    ("text", "want"),
    [("बाजरीचं पीठ", "ST-BAJRA"), ("ज्वारीचं पीठ", "ST-JOWAR")],
)
def test_marathi_genitive_chan_on_the_grain(text: str, want: str) -> None:
    result = FLOURS.match(text, language="mr")
    assert result.candidates and result.candidates[0].product_id == want


@pytest.mark.parametrize(("text", "language"), [("uttam sugar", "en"), ("ઉત્તમ ખાંડ", "gu"), ("उत्तम चीनी", "hi")])
def test_brown_sugar_is_not_the_plain_sugar(text: str, language: str) -> None:
    result = FLOURS.match(text, language=language)
    assert result.candidates and result.candidates[0].product_id == "QC-WHITE"


PASTES = CatalogIndex.build([
    row("ST-CLOSEUP", "Closeup Red Hot Gel Toothpaste", "Closeup", 150, G, "toothpaste|paste"),
    row("ST-PEPSODENT", "Pepsodent Germicheck Toothpaste", "Pepsodent", 150, G, "toothpaste|paste"),
    row("ST-COLGATE", "Colgate Strong Teeth Toothpaste", "Colgate", 100, G, "toothpaste|paste"),
])


@pytest.mark.parametrize(
    ("text", "language"),
    [("క్లోజప్ పేస్ట్", "te"), ("क्लोज अप पेस्ट", "hi"), ("ಕ್ಲೋಸಪ್", "kn"), ("க்ளோஸ் அப் பேஸ்ட்", "ta")],
)
def test_a_two_word_lexicon_name_the_catalog_writes_as_one_word(text: str, language: str) -> None:
    result = PASTES.match(text, language=language)
    assert result.candidates and result.candidates[0].product_id == "ST-CLOSEUP"


DRINKS = CatalogIndex.build([
    row("ST-COKE", "Coca-Cola Soft Drink", "Coca-Cola", 750, "ml", "coke|cold drink"),
    row("ST-BANANA", "Banana Robusta", "", 1000, G, "kela"),
    row("QC-KOLA", "Kola Nut Soda", "Local", 200, "ml"),
])


@pytest.mark.parametrize(
    ("text", "language"),
    [("কোকা কোলা", "bn"), ("कोका कोला", "hi"), ("കൊക്കകോള", "ml"), ("కోకా కోలా", "te"), ("koka kola", "en")],
)
def test_coca_cola_is_read_as_the_whole_brand_not_kola_banana(text: str, language: str) -> None:
    result = DRINKS.match(text, language=language)
    assert result.candidates and result.candidates[0].product_id == "ST-COKE"


WASH = CatalogIndex.build([
    row("ST-TIDE", "Tide Plus Double Power Detergent Powder", "Tide", 1000, G, "washing powder"),
    row("ST-RICE", "Daawat Rozana Super Basmati Rice", "Daawat", 1000, G, "basmati chawal"),
    row("ST-BAR", "Surf Excel Detergent Bar", "Surf Excel", 250, G, "washing soap"),
])


@pytest.mark.parametrize(
    ("text", "language"),
    [("டைட் பவுடர்", "ta"), ("டைட்", "ta"), ("టైడ్ పౌడర్", "te"), ("ಟೈಡ್ ಪೌಡರ್", "kn"), ("টাইড পাউডার", "bn")],
)
def test_ai_before_a_last_consonant_is_an_english_silent_e_word(text: str, language: str) -> None:
    # டைட் tait is tide (i-consonant-e), not tat, which sounds like daawat
    result = WASH.match(text, language=language)
    assert result.candidates and result.candidates[0].product_id == "ST-TIDE"


OILS = CatalogIndex.build([
    row("ST-HAIR", "Dabur Amla Hair Oil", "Dabur", 275, "ml", "hair oil"),
    row("ST-SUN", "Fortune Sunflower Refined Oil", "Fortune", 1000, "ml", "sunflower oil"),
    row("ST-SHAMPOO", "Clinic Plus Strong & Long Shampoo", "Clinic Plus", 175, "ml", "shampoo"),
])


@pytest.mark.parametrize(
    ("text", "language"),
    [("ஹேர் ஆயில்", "ta"), ("హెయిర్ ఆయిల్", "te"), ("हेयर ऑयल", "hi"), ("হেয়ার অয়েল", "bn"), ("ഹെയർ ഓയിൽ", "ml")],
)
def test_hair_oil_said_as_the_english_words(text: str, language: str) -> None:
    result = OILS.match(text, language=language)
    assert result.candidates and result.candidates[0].product_id == "ST-HAIR"


@pytest.mark.parametrize(("text", "language"), [("ஆயில்", "ta"), ("ఆయిల్", "te"), ("ऑयल", "hi")])
def test_oil_said_as_the_english_word_is_no_shampoo(text: str, language: str) -> None:
    result = OILS.match(text, language=language)
    assert result.candidates and result.candidates[0].product_id in {"ST-HAIR", "ST-SUN"}


SOAPS = CatalogIndex.build([
    row("ST-NIRMA", "Nirma Washing Powder", "Nirma", 1000, G, "washing powder|detergent"),
    row("ST-CINTHOL", "Cinthol Original Soap", "Cinthol", 100, G, "bath soap"),
])


@pytest.mark.parametrize(
    ("text", "language"),
    [("சோப்பு பவுடர்", "ta"), ("సబ్బు పొడి", "te"), ("ಸೋಪು ಪುಡಿ", "kn"), ("സോപ്പ് പൊടി", "ml"), ("साबण पावडर", "mr")],
)
def test_soap_powder_is_washing_powder_not_a_bath_soap(text: str, language: str) -> None:
    result = SOAPS.match(text, language=language)
    assert result.candidates and result.candidates[0].product_id == "ST-NIRMA"


DRINKS_AND_CHIPS = CatalogIndex.build([
    row("ST-COLD", "Thums Up Soft Drink", "Thums Up", 750, "ml", "cold drink"),
    row("ST-CHIPS", "Lays Classic Salted Chips", "Lays", 52, G, "chips"),
    row("ST-NOODLE", "Maggi 2-Minute Masala Noodles", "Maggi", 70, G, "noodles"),
])


@pytest.mark.parametrize(
    ("text", "language", "want"),
    [
        ("கூல் ட்ரிங்க்ஸ்", "ta", "ST-COLD"),
        ("కూల్ డ్రింక్స్", "te", "ST-COLD"),
        ("ಕೂಲ್ ಡ್ರಿಂಕ್ಸ್", "kn", "ST-COLD"),
        ("कोल्ड ड्रिंक्स", "hi", "ST-COLD"),
        ("ਕੋਲਡ ਡਰਿੰਕਸ", "pa", "ST-COLD"),
    ],
)
def test_english_plural_s_on_a_term_in_an_indic_script(text: str, language: str, want: str) -> None:
    result = DRINKS_AND_CHIPS.match(text, language=language)
    assert result.candidates and result.candidates[0].product_id == want
