"""Remarks about the customer's situation beside an order (fixer U), in the eleven languages:

- the weather, the road, the power, the pests, the hour's hunger ("water on the road here",
  "light chali gayi 2 packet mombatti", "கரண்ட் இல்ல", "കൊതുക് ശല്യം", "bhook lagi hai 3 maggi"):
  no item, even when its words name water, a wick or the mosquito, or no comma ends it;
- who the goods are for ("for my flatmate 3 maggi", "6 maggi, 3 of them for my roommate",
  "ரூம்மேட்க்கு 2 மேகி"): the count stays on the product, the person is no item;
- the reason after a removal ("we still have 2 kilo", "नल में पानी आ गया", "ಇನ್ನೂ ಇದೆ"): what is at
  home is no amount; "take the bread off" and "hata do list se" remove.
"""

from __future__ import annotations

from functools import cache

import pytest

from intents.catalog_index import CatalogIndex
from intents.parse import parse
from intents.types import Intent

from .eval_shop import build_eval_shop

Item = tuple[str, float | None, str | None, str | None]


@cache
def _shop() -> CatalogIndex:
    return build_eval_shop()


def _order(text: str) -> list[Item]:
    result = parse(text, catalog=_shop())
    assert result.intent == Intent.ADD_ITEMS, result
    return [(item.text, item.quantity, item.unit, item.candidates[0].product_id if item.candidates else None) for item in result.items]


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ('water on the road here, 2 kg onion and 1 kg potato', [('onion', 2, 'kg', 'ST-0104'), ('potato', 1, 'kg', 'ST-0106')]),
        ('no power 3 candles and 1 matchbox', [('candles', 3, None, 'ST-0262'), ('matchbox', 1, None, 'ST-0252')]),
        ('mosquito menace at night, 2 good knight refill', [('good knight refill', 2, None, 'ST-0249')]),
        ('midnight hunger 3 maggi and 2 coke', [('maggi', 3, None, 'ST-0157'), ('coke', 2, None, 'ST-0208')]),
        ('sadak pe paani bhar gaya, 2 किलो प्याज और 1 किलो आलू भेजो', [('प्याज', 2, 'kg', 'ST-0104'), ('आलू', 1, 'kg', 'ST-0106')]),
        ('light chali gayi 2 packet mombatti aur 1 machis', [('mombatti', 2, 'packet', 'ST-0262'), ('machis', 1, None, 'ST-0252')]),
        ('मच्छर बहुत है 2 good knight refill', [('good knight refill', 2, None, 'ST-0249')]),
        ('bhook lagi hai 3 maggi bhejo', [('maggi', 3, None, 'ST-0157')]),
        ('ਮੀਂਹ ਨਾਲ ਸੜਕ ਤੇ ਪਾਣੀ, 2 ਕਿਲੋ ਪਿਆਜ਼ ਤੇ 1 ਕਿਲੋ ਆਲੂ', [('ਪਿਆਜ਼', 2, 'kg', 'ST-0104'), ('ਆਲੂ', 1, 'kg', 'ST-0106')]),
        ('ਬੱਤੀ ਗਈ 2 ਪੈਕਟ ਮੋਮਬੱਤੀ ਤੇ 1 ਮਾਚਿਸ', [('ਮੋਮਬੱਤੀ', 2, 'packet', 'ST-0262'), ('ਮਾਚਿਸ', 1, None, 'ST-0252')]),
        ('bhukh laggi 3 maggi bhejo', [('maggi', 3, None, 'ST-0157')]),
        ('rastay jol jomeche, 2 kilo peyaj ar 1 kilo alu pathan', [('peyaj', 2, 'kg', 'ST-0104'), ('alu', 1, 'kg', 'ST-0106')]),
        ('কারেন্ট নেই ২ প্যাকেট মোমবাতি আর ১টা দেশলাই', [('মোমবাতি', 2, 'packet', 'ST-0262'), ('দেশলাই', 1, None, 'ST-0252')]),
        ('মশা খুব, ২টো গুড নাইট রিফিল', [('গুড নাইট রিফিল', 2, None, 'ST-0249')]),
        ('khide peyeche 3 ta maggi dao', [('maggi', 3, None, 'ST-0157')]),
        ('road la thanni nikkudhu, 2 kilo vengayam 1 kilo thakkali', [('vengayam', 2, 'kg', 'ST-0104'), ('thakkali', 1, 'kg', 'ST-0108')]),
        ('கரண்ட் இல்ல 2 packet மெழுகுவர்த்தி', [('மெழுகுவர்த்தி', 2, 'packet', 'ST-0262')]),
        ('kosu thollai thaanga mudiyala, 2 good knight refill', [('good knight refill', 2, None, 'ST-0249')]),
        ('pasikkudhu 2 maggi anuppunga', [('maggi', 2, None, 'ST-0157')]),
        ('కరెంట్ లేదు 2 ప్యాకెట్ కొవ్వొత్తులు', [('కొవ్వొత్తులు', 2, 'packet', 'ST-0262')]),
        ('దోమల బాధ ఎక్కువ, 2 good knight refill', [('good knight refill', 2, None, 'ST-0249')]),
        ('akali vestondi 3 maggi pampandi', [('maggi', 3, None, 'ST-0157')]),
        ('road ella neeru tumbide, 2 ಕೆಜಿ ಈರುಳ್ಳಿ 1 ಕೆಜಿ ಟೊಮೆಟೊ', [('ಈರುಳ್ಳಿ', 2, 'kg', 'ST-0104'), ('ಟೊಮೆಟೊ', 1, 'kg', 'ST-0108')]),
        ('current illa 2 packet candle kodi', [('candle', 2, 'packet', 'ST-0262')]),
        ('solle kaata jaasti, 2 good knight refill', [('good knight refill', 2, None, 'ST-0249')]),
        ('hasivu aagide 3 maggi kalsi', [('maggi', 3, None, 'ST-0157')]),
        ('road il vellam keri, 2 kilo savala 1 kilo thakkali', [('savala', 2, 'kg', 'ST-0104'), ('thakkali', 1, 'kg', 'ST-0108')]),
        ('കറന്റ് പോയി 2 പാക്കറ്റ് മെഴുകുതിരി', [('മെഴുകുതിരി', 2, 'packet', 'ST-0262')]),
        ('കൊതുക് ശല്യം, 2 good knight refill', [('good knight refill', 2, None, 'ST-0249')]),
        ('rastyavar pani bharla, २ किलो कांदा आणि १ किलो बटाटा', [('कांदा', 2, 'kg', 'ST-0104'), ('बटाटा', 1, 'kg', 'ST-0106')]),
        ('light geli 2 packet menbatti ani 1 kaadipeti', [('menbatti', 2, 'packet', 'ST-0262'), ('kaadipeti', 1, None, 'ST-0252')]),
        ('डास खूप झालेत, 2 good knight refill', [('good knight refill', 2, None, 'ST-0249')]),
        ('भूक लागली ३ मॅगी पाठवा', [('मॅगी', 3, None, 'ST-0157')]),
        ('raste par paani bharayu, 2 kilo dungli ane 1 kilo bateta', [('dungli', 2, 'kg', 'ST-0104'), ('bateta', 1, 'kg', 'ST-0106')]),
        ('લાઈટ ગઈ ૨ પેકેટ મીણબત્તી અને ૧ દીવાસળી', [('મીણબત્તી', 2, 'packet', 'ST-0262'), ('દીવાસળી', 1, None, 'ST-0252')]),
        ('bhukh lagi che 3 maggi moklo', [('maggi', 3, None, 'ST-0157')]),
        ('rastare pani jamiche, 2 kg piaja au 1 kg alu', [('piaja', 2, 'kg', 'ST-0104'), ('alu', 1, 'kg', 'ST-0106')]),
        ('କରେଣ୍ଟ ନାହିଁ 2 packet mombati', [('mombati', 2, 'packet', 'ST-0262')]),
        ('ମଶା ବହୁତ, 2 good knight refill', [('good knight refill', 2, None, 'ST-0249')]),
        ('bhoka laguchi 3 ta maggi pathao', [('maggi', 3, None, 'ST-0157')]),
    ],
)
def test_the_situation_is_no_item(text: str, wanted: list[Item]) -> None:
    assert _order(text) == wanted


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ('for my flatmate 3 maggi and 2 coke', [('maggi', 3, None, 'ST-0157'), ('coke', 2, None, 'ST-0208')]),
        ('6 maggi, 3 of them for my roommate', [('maggi', 6, None, 'ST-0157')]),
        ('6 maggi, 2 mere roommate ke', [('maggi', 6, None, 'ST-0157')]),
        ('3 ta maggi, 1 ta amar roommate er', [('maggi', 3, None, 'ST-0157')]),
        ('৩টে ম্যাগি, ১টা আমার রুমমেটের', [('ম্যাগি', 3, None, 'ST-0157')]),
        ('ரூம்மேட்க்கு 2 மேகி', [('மேகி', 2, None, 'ST-0157')]),
        ('ರೂಮ್\u200cಮೇಟ್\u200cಗೆ 2 ಮ್ಯಾಗಿ', [('ಮ್ಯಾಗಿ', 2, None, 'ST-0157')]),
        ('റൂംമേറ്റിന് 2 മാഗി', [('മാഗി', 2, None, 'ST-0157')]),
        ('bread, kissan jam au roommate pain 2 ta maggi au 1 ta coke', [('bread', None, None, 'ST-0098'), ('kissan jam', None, None, 'ST-0172'), ('maggi', 2, None, 'ST-0157'), ('coke', 1, None, 'ST-0208')]),
        ('4 मैगी, 2 मेरे रूममेट की', [('मैगी', 4, None, 'ST-0157')]),
        ('4 ਮੈਗੀ, 2 ਮੇਰੇ ਰੂਮਮੇਟ ਦੀਆਂ', [('ਮੈਗੀ', 4, None, 'ST-0157')]),
        ('4 మ్యాగీ, 2 నా రూమ్మేట్ వి', [('మ్యాగీ', 4, None, 'ST-0157')]),
        ('४ मॅगी, २ माझ्या रूममेटच्या', [('मॅगी', 4, None, 'ST-0157')]),
        ('૪ મેગી, ૨ મારા રૂમમેટ ની', [('મેગી', 4, None, 'ST-0157')]),
        ('4 ta maggi, 2 ta mo roommate ra', [('maggi', 4, None, 'ST-0157')]),
        ('4 maggi, 2 ennoda roommate ku', [('maggi', 4, None, 'ST-0157')]),
        ('4 maggi, 2 nanna roommate du', [('maggi', 4, None, 'ST-0157')]),
        ('4 maggi, 2 ente roommate nu', [('maggi', 4, None, 'ST-0157')]),
    ],
)
def test_the_count_stays_with_the_goods_not_the_person(text: str, wanted: list[Item]) -> None:
    assert _order(text) == wanted


@pytest.mark.parametrize(
    ("text", "product"),
    [
        ("remove the sugar, we still have 2 kilo", "ST-0136"),
        ("take the bread off, we already have one", "ST-0098"),
        ("बिसलेरी हटा दो, नल में पानी आ गया", "ST-0212"),
        ("bisleri hata do, abhi bhi 5 litre baaki hai", "ST-0212"),
        ("good knight hata do list se, ghar pe pada hai", "ST-0249"),
        ("চিনি বাদ দিন, এখনো আছে আধা কেজি", "ST-0136"),
        ("చక్కెర తీసేయండి, ఇంకా ఉంది అర కిలో", "ST-0136"),
        ("bisleri kadhun taka, ajun aahe ardha kilo", "ST-0212"),
        ("ખાંડ કાઢી નાખો, હજુ છે અડધો કિલો", "ST-0136"),
    ],
)
def test_what_is_left_at_home_is_no_amount(text: str, product: str) -> None:
    result = parse(text, catalog=_shop())
    assert result.intent == Intent.REMOVE_ITEM, result
    assert [(item.quantity, item.unit) for item in result.items] == [(None, None)]
    assert result.items[0].candidates[0].product_id == product


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ('gali me paani bhara hai, 2 kilo aloo bhejo', [('aloo', 2, 'kg', 'ST-0106')]),
        ('roads ellam thanni, 2 kilo vengayam', [('vengayam', 2, 'kg', 'ST-0104')]),
        ('roadlo neellu unnayi, 2 kilo ullipayalu', [('ullipayalu', 2, 'kg', 'ST-0104')]),
        ('ರಸ್ತೆಯಲ್ಲಿ ನೀರು ನಿಂತಿದೆ, 2 ಕೆಜಿ ಈರುಳ್ಳಿ', [('ಈರುಳ್ಳಿ', 2, 'kg', 'ST-0104')]),
        ('റോഡിൽ വെള്ളം, 2 കിലോ സവാള', [('സവാള', 2, 'kg', 'ST-0104')]),
        ('the street is full of water, 2 kg onion', [('onion', 2, 'kg', 'ST-0104')]),
        ('ਗਲੀ ਵਿੱਚ ਪਾਣੀ ਖੜ੍ਹਾ, 2 ਕਿਲੋ ਆਲੂ', [('ਆਲੂ', 2, 'kg', 'ST-0106')]),
        ('रस्त्यावर पाणी साचलंय, २ किलो बटाटा', [('बटाटा', 2, 'kg', 'ST-0106')]),
        ('sheri ma paani che, 2 kilo bateta', [('bateta', 2, 'kg', 'ST-0106')]),
    ],
)
def test_water_on_the_street_is_no_water_ordered(text: str, wanted: list[Item]) -> None:
    assert _order(text) == wanted
