"""A message as the intent rules see it, and the small readings both roles share.

`Message` holds the folded text, its tokens and the keyword concepts found in it; the
helpers read pincodes, order references, a bare numbered choice, a payment method.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from typing import Final

from intents.delivery_instructions import without_copula, without_delivery_note
from intents.items import content_words, extract_items
from intents.keywords import Hit
from intents.lexicon import fold, load_lexicon
from intents.tables import read_table
from intents.numbers import CLASSIFIER_SUFFIXES, NEEDS_UNIT, number_word_value, ordinal_value
from intents.tokens import Token
from intents.types import Intent, ItemRequest

Slots = dict[str, str | int | float]

PINCODE: Final = re.compile(r"(?<![\d.])([1-9]\d{2})\s?(\d{3})(?!\.?\d)")
ORDER_REF: Final = re.compile(r"(?<![\w])#?\s?([a-z])(\d{3,6})(?!\.?\d)")
BARCODE: Final = re.compile(r"(?<![\d.])(\d{8,14})(?!\.?\d)")
_BARE_CHOICE: Final = re.compile(r"^(?:option|opt|no\.?|number|choice|#)?\s*(\d{1,2})\s*(?:st|nd|rd|th)?\s*[.)]?$")
SIGNED: Final = re.compile(r"(?<![\w\d])([+-])\s*(\d+(?:\.\d+)?)")
NUMBER: Final = re.compile(r"(?<![\d.])(\d+(?:\.\d+)?)(?!\.?\d)")
PRICE_AFTER: Final = re.compile(r"^\s*(?:is|=|:|-|to|ka|ki|ke|hai|rs\.?|₹|inr)?\s*(?:rs\.?|₹)?\s*(\d+(?:\.\d+)?)")
# Rupees in every language: "20 taka", "৫০ টাকা", "80 ரூபாய்", "₹52", "52/-".
_RUPEE_WORDS: Final = (
    r"rs\b|rupees?\b|rupaye\b|rupay\b|rupiya\b|rupya\b|taka\b|tanka\b|tka\b|ruba\b|roopa\b|rupa\b"
    r"|rupayalu\b|rupayulu\b|rupaayalu\b|rupayi\b|rupaayi\b|roopayi\b|rupai\b|rupaiya\b"
    r"|rubai\b|roobai\b|roobaa\b|takaa\b|rupiye\b"
    r"|रुपये|रुपए|रुपया|रु\b|টাকা|ரூபாய்|ரூ|రూపాయలు|రూపాయి|రూ|रुपये|રૂપિયા|રૂ|ರೂಪಾಯಿ|ರೂ|രൂപ|ਰੁਪਏ|ਰੁਪਈਏ|ଟଙ୍କା"
    r"|রুপি|ரூபா|రూపాయల|ರೂಪಾಯಿಗೆ|രൂപയ്ക്ക്|રૂપિયે|ਰੁਪਈਆਂ"
)
RUPEE_WORDS: Final = _RUPEE_WORDS  # for intents.spoken_prices
MONEY: Final = re.compile(
    # the case ending glued to a native rupee word goes with it ("১৬০ টাকায়", "160 ரூபாய்க்கு")
    rf"(?:₹|\brs\.?|\binr)\s*(\d+(?:\.\d+)?)|(\d+(?:\.\d+)?)\s*(?:(?:{_RUPEE_WORDS})[\u0900-\u0DFF]*|/-)"
)
# "my address:", "ghar da pata:", "address idi:", "chirunama:", "എന്റെ വിലാസം:", "mugavari -": the
# label before an address, with up to two owner/home words before it and a copula after it.
_ADDRESS_OWNER: Final = (
    r"my|our|home|delivery|mera|meri|mere|hamara|ghar|ghar\s+ka|ghar\s+da|ghar\s+di|ghar\s+no|ghar\s+nu|ghar\s+ra"
    r"|amar|aamar|bari|barir|maza|majha|maze|maro|mharo|amaro|naa|maa|intlo|illu|inti|nanna|namma|mane|maneya"
    r"|ente|veedu|veettile|veettu|en|enga|veetu|sada|saada|mo|mora|ghara|amara"
    r"|मेरा|मेरी|घर|घर\s+का|आमचा|माझा|माझे|আমার|বাড়ির|என்|எங்க|வீட்டு|మా|నా|ఇంటి|ನನ್ನ|ಮನೆ|ಮನೆಯ|എന്റെ|വീട്ടിലെ"
    r"|મારું|ઘરનું|ਮੇਰਾ|ਘਰ\s+ਦਾ|ମୋ|ମୋର|ଘର"
)
_ADDRESS_WORD: Final = (
    r"deliver\s+(?:it\s+)?to|address|addr|adress|adres|pata|patta|vilasa|vilasam|vilasom|thikana|thikaana|thikna"
    r"|chirunama|chirunaama|mugavari|mugavaree|sarnamu|sarnama|sarnaamu|patto|thikana"
    r"|అడ్రస్|అడ్రెస్|ऍड्रेस|एड्रेस|अड्रेस|पता|पत्ता|முகவரி|அட்ரஸ்|చిరునామా|ವಿಳಾಸ|ಅಡ್ರೆಸ್|വിലാസം|അഡ്രസ്"
    r"|ঠিকানা|অ্যাড্রেস|સરનામું|એડ્રેસ|ਪਤਾ|ਐਡਰੈੱਸ|ଠିକଣା|ଠିକଣା|ଆଡ୍ରେସ"
)
ADDRESS_PREFIX: Final = re.compile(
    rf"^\s*(?:(?:{_ADDRESS_OWNER})\s+){{0,2}}(?:{_ADDRESS_WORD})(?![a-z])"
    r"\s*(?:(?:is|hai|he|idi|idhu|ithu|ide|aahe|ahe|che|chhe|aa|ae|e|ta"
    r"|इदि|है|आहे|இது|ఇది|ಇದು|ആണ്|છે|ਹੈ)\b)?\s*[:\-]?\s*",
    re.IGNORECASE,
)
# Whatever short label is left before a colon ("holo:" after "mo address", "ਲਿਖੋ:" after "ਪਤਾ",
# "send it here:"): at most four words and no digits, so "Flat 3: Rose Villa" keeps its number.
_ADDRESS_LABEL: Final = re.compile(r"^([^:\d]{1,40}):\s*(?=\S)")


@cache
def _address_phrase() -> re.Pattern[str]:
    """Any "address" phrase of data/concepts.csv opening a message ("yahan bhejna -",
    "અહીં મોકલજો:", "ഇവിടെ എത്തിക്കണം:"), with the colon or dash after it."""
    phrases = sorted({row["phrase"] for row in read_table("concepts.csv") if row["concept"] == "address"}, key=len, reverse=True)
    spelled = "|".join(r"\s+".join(re.escape(word) for word in phrase.split()) for phrase in phrases)
    return re.compile(rf"^\s*(?:{spelled})(?!\w)\s*[:\-]?\s*", re.IGNORECASE)


# The word "address" as each language says it, ending a longer label ("Please deliver to this
# address: 12, Shanti Niwas …", "আমার বাড়ির ঠিকানা:").
_ADDRESS_WORDS: Final = frozenset(
    "address addr pata patta thikana ঠিকানা पता पत्ता முகவரி mugavari చిరునామా chirunama ವಿಳಾಸ vilasa വിലാസം"
    " vilasam સરનામું saranamu ਪਤਾ ଠିକଣା thikana".split()
)


def _names_address(label: str) -> bool:
    words = label.lower().split()
    return bool(words) and len(words) <= 8 and words[-1] in _ADDRESS_WORDS


def address_text(cleaned: str) -> str:
    """The address a message gives, without the label before it; the message itself if nothing is left."""
    address = _address_phrase().sub("", cleaned).strip(" ,")  # "address likho B 204 …": the longest label first
    if address == cleaned.strip():
        address = ADDRESS_PREFIX.sub("", cleaned).strip()
    label = _ADDRESS_LABEL.match(address)
    if label is not None and (len(label.group(1).split()) <= 4 or _names_address(label.group(1)) or _whose_house(label.group(1))):
        address = address[label.end():]  # "deliver to my parents house not mine:"
    address = without_delivery_note(without_copula(_without_lead_in(address)))  # "is …" / ". watchman ku dei debe" go
    address = _WHOSE_TAIL.sub("", address)  # "… 700026 — এটা আমার মায়ের বাড়ি", "…, naam Suresh Gupta"
    return address or cleaned


# A tail after a dash naming whose house it is ("— பாட்டி வீடு", "— आजीचं घर", "— ਬੀਜੀ ਦਾ ਘਰ"):
# a few words with no digit closing the address; or the name of the one who takes it (", naam …").
_WHOSE_TAIL: Final = re.compile(
    r"\s+[—–]\s*[^\d—–,]{1,40}$|,\s*(?:naam|name|नाम)\s*[:\-]?\s*[^\d,]{1,40}$", re.IGNORECASE
)


def _whose_house(label: str) -> bool:
    """"my parents house not mine": a label of at most eight words naming a house."""
    words = [word.removesuffix("'s").strip("'") for word in label.lower().split()]
    return len(words) <= 8 and any(word in _lead_in_words() or word == "house" for word in words)


def opens_with_address(cleaned: str) -> bool:
    """"address badlo: masi na ghare, 12 Shanti Kunj", "पता बदलो — …": the message opens with the
    word "address" and holds a house number."""
    return bool(re.search(r"\d", cleaned)) and bool(_address_phrase().match(cleaned) or ADDRESS_PREFIX.match(cleaned))


# A clause before a comma, colon or dash: at most six words and no digit.
_LEAD_IN: Final = re.compile(r"^\s*([^,:\-—–\d]{1,60}?)\s*(?:[,:]|\s[\-—–]|[\-—–]\s)\s*(?=\S)")


@cache
def _lead_in_words() -> frozenset[str]:
    """data/address_leadins.csv: "change the address" verbs and "X's house" words."""
    return frozenset(row["word"].lower() for row in read_table("address_leadins.csv") if " " not in row["word"])


def _without_lead_in(address: str) -> str:
    """"badlo: masi na ghare, 12 Shanti Kunj, Navrangpura" -> "12 Shanti Kunj, Navrangpura": the
    change verb and the relative's house ("en akka veedu", "bhua de ghar", "my sister's place
    instead") that open it are no part of the address."""
    words = _lead_in_words()
    for _ in range(3):
        clause = _LEAD_IN.match(address)
        if clause is None:
            return address
        said = [word.strip("'\".!?()") for word in clause.group(1).lower().split()]
        stems = {word.removesuffix("'s") for word in said}
        if not said or len(said) > 6 or not stems & words:
            return address
        address = address[clause.end():]
    return address


# Text that is code, not a chat message: SQL and markup get UNKNOWN, never a cart.
CODE_LIKE: Final = re.compile(
    r"\bselect\b.+\bfrom\b|\bdelete\s+from\b|\bdrop\s+(?:table|database)\b|\binsert\s+into\b"
    r"|\bupdate\s+\w+\s+set\b|\bunion\s+(?:all\s+)?select\b|[;']\s*--|/\*|\*/"
    r"|\bor\s+'?1'?\s*=\s*'?1|<\s*/?\s*(?:script|iframe|img|svg|div|a)\b"
)
LARGE_CUSTOMER_COUNT: Final = 20
SOCIAL: Final = ("greet", "yes", "no", "help")


@dataclass(frozen=True, slots=True, kw_only=True)
class Classification:
    intent: Intent
    confidence: float
    slots: Slots = field(default_factory=dict)
    items: tuple[ItemRequest, ...] = ()


@dataclass(slots=True)
class Message:
    """A message as the rules see it: folded text, tokens, concepts found, language."""

    cleaned: str
    folded: str
    tokens: list[Token]
    concepts: dict[str, list[Hit]]
    language: str

    def has(self, *concepts: str) -> bool:
        return any(concept in self.concepts for concept in concepts)

    def without(self, *concepts: str) -> str:
        """The folded text with these concepts' words blanked out."""
        chars = list(self.folded)
        for concept in concepts:
            for hit in self.concepts.get(concept, ()):
                chars[hit.start : hit.end] = " " * (hit.end - hit.start)
        return "".join(chars)

    def items(self, *ignored: str) -> list[ItemRequest]:
        return extract_items(self.without(*ignored), self.language)

    def _says_more(self, text: str) -> bool:
        return says_more_than_fillers(text, self.language)

    def without_edges(self, *concepts: str) -> str:
        """Blank these concepts only where they open or close the message ("haan, 2 maggi",
        "2 maggi ok"): in the middle the same word may be part of a name ("ghau no lot")."""
        hits = sorted((hit for concept in concepts for hit in self.concepts.get(concept, ())), key=lambda h: h.start)
        chars = list(self.folded)
        for ordered in (hits, list(reversed(hits))):
            for hit in ordered:
                before = "".join(chars[: hit.start])
                after = "".join(chars[hit.end :])
                if self._says_more(before) and self._says_more(after):
                    break
                chars[hit.start : hit.end] = " " * (hit.end - hit.start)
        return "".join(chars)


def says_more_than_fillers(text: str, language: str) -> bool:
    """Some word in TEXT that is not a filler ("bhaiya, haan theek hai": "bhaiya" says nothing;
    "? doya kore": "please" says nothing either)."""
    return has_letters(text) and bool(content_words(text, language))


def read_pincode(folded: str) -> str | None:
    match = PINCODE.search(folded)
    return match.group(1) + match.group(2) if match else None


def read_order_ref(folded: str) -> str | None:
    match = ORDER_REF.search(folded)
    return (match.group(1) + match.group(2)).upper() if match else None


def read_payment_method(message: Message) -> str | None:
    if message.has("cod"):
        return "cod"
    if message.has("card"):
        return "card"
    if message.has("upi"):
        return "upi"
    if message.has("pay_hand"):
        return "cod"  # "paise de dunga", "taka debo": money in hand, no app named
    return None


# Words around the answer to a numbered question: "2 number", "option 3", "pehla wala",
# "2nd one", "3 number ta" (Bengali classifier), "రెండవది".
CHOICE_WORDS: Final = frozenset(
    "option opt options no number num nambar numbar choice item one the st nd rd th vado vadu valo valu "
    "wala wali wale vala vali vale waala waali waale ta ti to te ti ok please pls plz ji andi "
    "वाला वाली वाले नंबर नम्बर ऑप्शन টা টি টো নম্বর নাম্বার ஆப்ஷன் நம்பர் నంబర్ ఆప్షన్ "
    "नंबर ઓપ્શન નંબર વાળું વાળો ನಂಬರ್ ಆಪ್ಷನ್ നമ്പർ ഓപ്ഷൻ ਨੰਬਰ ਵਾਲਾ ਵਾਲੀ ਜੀ ନମ୍ବର ଟି ଟା".split()
)


def read_choice(message: Message) -> int | None:
    """The number of a bare answer to a numbered question, else None."""
    text = message.folded.strip(" .!?")
    match = _BARE_CHOICE.match(text)
    if match:
        return int(match.group(1))
    words = [_unclassified(token.text) for token in message.tokens if token.kind in ("word", "num")]
    if len(words) > 1:
        words = [word for word in words if word not in CHOICE_WORDS] or words
    if len(words) != 1 or len(message.tokens) > 6:
        return None
    word = words[0]
    value = ordinal_value(word, message.language)
    if value is None and word.isascii() and word.isdigit():
        value = float(word)
    if value is None and word not in NEEDS_UNIT:  # a bare "tera", "baar", "sat" is not a number
        value = number_word_value(word, message.language)
    if value is not None and value == int(value) and 0 < value < 100:
        return int(value)
    return None


def _unclassified(word: str) -> str:
    """"ନମ୍ବରଟା", "নম্বরটা": a choice word with a Bengali/Odia classifier glued on reads as the word."""
    if word.endswith(CLASSIFIER_SUFFIXES) and word[:-2] in CHOICE_WORDS:
        return word[:-2]
    return word


def product_words(message: Message, *ignored: str) -> list[ItemRequest]:
    return [item for item in message.items(*ignored) if item.text]


def has_letters(text: str) -> bool:
    return any(char.isalpha() or 0x0900 <= ord(char) <= 0x0DFF for char in text)


def quantified(items: list[ItemRequest]) -> bool:
    return any(item.quantity is not None for item in items)


def names_over_keywords(message: Message, *concepts: str) -> Message:
    """A keyword that is half of a product name is the name: Kannada "bele" is a price, but
    "togari bele" / "kadale bele" are dals (the two words together are a lexicon term). So too
    a keyword matched as the start of a longer Indic word that is itself a lexicon term:
    "ক্লোজআপ" (Closeup) begins with "ক্লোজ" (close) but is the toothpaste."""
    lexicon = load_lexicon()
    words = [token for token in message.tokens if token.kind == "word"]
    found = dict(message.concepts)
    for concept in concepts:
        kept = []
        for hit in found.get(concept, ()):
            at = next((i for i, token in enumerate(words) if token.start == hit.start), None)
            pairs = [] if at is None else [words[i : i + 2] for i in (at - 1, at) if 0 <= i and i + 1 < len(words)]
            # "dukaan band, gobhi nahi aayi": no name runs over a comma
            pairs = [pair for pair in pairs if not message.folded[pair[0].end : pair[1].start].strip()]
            names = [fold(" ".join(token.text for token in pair)) for pair in pairs]
            if at is not None and " " not in fold(hit.phrase) and fold(words[at].text) != fold(hit.phrase):
                names.append(fold(words[at].text))  # the keyword is only the start of this word
            if not any(lexicon.lookup(name, message.language) for name in names):
                kept.append(hit)
        if kept:
            found[concept] = kept
        else:
            found.pop(concept, None)
    if found == message.concepts:
        return message
    return Message(message.cleaned, message.folded, message.tokens, found, message.language)
