"""Find the products a customer means: "aashirvaad atta 5kg", "chawal", "மேகி", "tomatoe".

`CatalogIndex.build(entries)` runs once per catalog version: it folds every product into
tokens, an inverted index (token -> products), token weights (IDF), each product's "head"
word ("Aashirvaad Shudh Chakki Atta" -> atta) and a fuzzy vocabulary. `match(text)` then:

1. folds the text and takes a pack size out of it ("70g") unless one is given;
2. reads it as slots: each word or lexicon phrase, in any language or script, becomes the
   English catalog words it may mean (चावल -> rice; "sarson ka tel" -> mustard oil), the
   word itself, or — for a typo — the nearest known words (rapidfuzz) with reduced credit;
3. collects products sharing a token with a slot (inverted index) and keeps the best few
   by IDF-weighted overlap;
4. scores those: slot coverage, how much of the product's own name the query explains,
   whether it hit the product's head word, rapidfuzz token_set_ratio, pack size;
5. flags `ambiguous` when the best scores are too close to call.
"""

from __future__ import annotations

import heapq
import math
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Final

from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA

from intents import shelf_choice
from intents.lexicon import OF_WORDS, Lexicon, fold, is_english_and, load_lexicon
from intents.regional_defaults import regional_default
from intents.romanise import acronyms, is_indic, loanword_spellings, plain, romanise, skeleton, sounds, vowel_blur
from intents.tables import read_table
from intents.types import CatalogEntry, Candidate, ItemRequest, PackSize, Unit
from intents.units import unit_word

MIN_SCORE: Final = 40.0  # below this a product is not offered at all
WEAK_MATCH: Final = 60.0  # ... nor below this on one word of a remark (see _a_stray_word)
AMBIGUITY_MARGIN: Final = 4.0  # best two within this many points -> ask the customer
FULL_MATCH_MARGIN: Final = 6.0  # ... or this many, when both answer the whole request
PREFILTER: Final = 40  # products scored in full per query
FUZZY_CUTOFF: Final = 0.75  # OSA similarity: one typo in four letters, two in eight
# In an Indic script one letter in four is a whole syllable: "અહીં" (here) is not "દહીં" (curd).
INDIC_FUZZY_CUTOFF: Final = 0.78
SIZE_HINT_BONUS: Final = 6.0
# A product that has every word asked for and the pack size asked for.
SIZE_AND_WORDS_BONUS: Final = 8.0
# "2 kilo atta": a 1 kg pack (two of them) or loose stock weighed out also gives 2 kg.
SIZE_MULTIPLE_BONUS: Final = 4.0
# A pack that cannot make the amount asked ("2.5 kg" of 1 kg packs).
SIZE_MISFIT_PENALTY: Final = 2.0
# Each word of the name that makes it another thing ("ragi", "powder") the query lacks.
QUALIFIER_PENALTY: Final = 4.0
# A product not of the brand the customer names ("mdh kitchen king" for KPG Kitchen King).
BRAND_MISSING_PENALTY: Final = 8.0
# A query that is the product's whole name ("tata salt" for Tata Salt).
EXACT_NAME_BONUS: Final = 2.0
# A bare line name the shop names a row by ("good day" of its "good day biscuit"): that row,
# the plain one, over the line's other variants (butter, choco chip) the brand words also name.
LINE_NAME_BONUS: Final = 2.0
# ... or, with no row so named, the variant data/plain_of_line.csv calls the plain one ("surf
# excel" is the powder, not the bar).
PLAIN_OF_LINE_BONUS: Final = 1.5
# ... and a little more when the query is the whole name as written, brackets and all.
WHOLE_NAME_BONUS: Final = 1.0
# A generic staple word alone in a regional language ("arisi", "ಹಾಲು"): the region's default
# variety (data/regional_defaults.csv), when the shop has it this near the best, comes this far
# ahead of it (see CatalogIndex._regional_first).
REGIONAL_NEAR: Final = 8.0
REGIONAL_LEAD: Final = 1.0
TRANSLATION_CREDIT: Final = 0.9  # a lexicon meaning of a word the catalog also has as written
ROMANISED_CREDIT: Final = 0.85  # a native-script word read in Latin letters ("हार्पिक" harpik)
VARIANT_CREDIT: Final = 0.95  # another spelling of a known romanised word ("nimboo" for nimbu)
SKELETON_CREDIT: Final = 0.7  # ... matched only by its consonants ("ఫ్రీడమ్" phridam / freedom)
_MIN_SKELETON: Final = 3
_MIN_GLUED_SKELETON: Final = 4  # a glued brand's consonants: "tsml" Taj Mahal, told apart
_GLUED_BONES: Final = "#"  # keys of glued brands by their consonants, apart from Latin spellings
_SKELETON_CHOICES: Final = 2
_SKELETON_TIE: Final = 0.1  # a second same-consonant word is offered only when about as likely
_SPELLING_READINGS: Final = 3  # known words a romanised word may be spelt as
OTHER_SPELLING_SHARE: Final = 0.9  # credit of the second and third of them
_MIN_GUESSED: Final = 5  # shorter romanised words ("rahu", "ho") only match as spelt
_MIN_SPACED_KEY: Final = 6  # two romanised words read as another spelling of a term, glued
_FUZZY_CACHE_LIMIT: Final = 50_000

_SIZE_IN_TEXT: Final = re.compile(
    r"(?<![\w.])(\d+(?:\.\d+)?)\s*"
    r"(kgs?|kilos?|kilograms?|gms?|grams?|g|gram|ml|mls|ltrs?|litres?|liters?|l|pcs|pieces?)(?!\w)"
)
_TEXT_UNITS: Final[dict[str, Unit]] = {
    "kg": "kg", "kgs": "kg", "kilo": "kg", "kilos": "kg", "kilogram": "kg", "kilograms": "kg",
    "g": "g", "gm": "g", "gms": "g", "gram": "g", "grams": "g",
    "ml": "ml", "mls": "ml",
    "l": "l", "ltr": "l", "ltrs": "l", "litre": "l", "litres": "l", "liter": "l", "liters": "l",
    "pcs": "piece", "piece": "piece", "pieces": "piece",
}  # fmt: skip
_BASE: Final[dict[Unit, tuple[str, float]]] = {
    "kg": ("mass", 1000.0),
    "g": ("mass", 1.0),
    "l": ("volume", 1000.0),
    "ml": ("volume", 1.0),
    "piece": ("count", 1.0),
    "dozen": ("count", 12.0),
    "packet": ("packet", 1.0),
}
# Filler words around product words in chat ("gehun ka atta", "maggi wala", "and").
STOPWORDS: Final = frozenset(
    "ka ki ke ko se wala wali wale vala and aur or the a an of some please pls plz "
    "price rate stock daam dam bhav kimat keemat "
    "का की के को और वाला वाली".split()
)
# Function words that are no product on their own either ("by", "da", "list la irundhu"),
# kept only as part of a lexicon phrase ("maah di dal", "ghau no lot").
_FUNCTION_WORDS: Final = frozenset(
    "by for to in on at from is it its this that my me i you we our your he she they them "
    "be am are was were do did not yes ok okay also too only just here there "
    "da di de la lo "
    # Bengali/Odia classifiers written apart from their noun ("haladi ta", "ডিম টা")
    "ta ti টা টি টো ଟା ଟି".split()
)
# Words of a product name that say little about what it is.
_WEAK_NAME_WORDS: Final = frozenset(
    "loose pack with and of the new fresh premium original minute instant classic "
    "shudh chakki pure".split()
)


# Catalog words a romanised word is never taken for by its sound ("వీట్" vit is wheat, not with).
_NO_SOUND_MATCH: Final = STOPWORDS | _FUNCTION_WORDS | _WEAK_NAME_WORDS


def _between_words(words: Sequence[str], position: int) -> bool:
    """An "of" word ("no", "da", "ka", "er") between two words of an item."""
    return 0 < position < len(words) - 1 and words[position] in OF_WORDS


def _names_the_brand(query: str, brand: str) -> bool:
    """The query is the brand, or its last two words or more, its maker left out: "jim jam" of
    Britannia Treat Jim Jam, "dairy milk" of Cadbury Dairy Milk."""
    if query == brand:
        return True
    return query.count(" ") >= 1 and brand.endswith(" " + query)


_SPELLING_RUNS: Final = re.compile(r"([a-z])\1+")


@lru_cache(maxsize=50_000)
def _spelling_key(word: str) -> str:
    """A romanised word with its spelling variations folded: "nimboo", "nimbu" -> "nimbu"."""
    text = word.replace("oo", "u").replace("ee", "i").replace("ph", "f").replace("w", "v").replace("z", "j")
    text = _SPELLING_RUNS.sub(r"\1", text)
    return text[:-1] if len(text) > 4 and text.endswith("h") and not text.endswith(("sh", "ch")) else text


def _same_start(word: str, guess: str) -> bool:
    """An Indic typo keeps its first sound: "കോയിൽ" (coil) is not "ഫോയിൽ" (foil), while
    "ஆட்டா" may be "அட்டா" (long and short a are one sound here)."""
    if not is_indic(word):
        return True
    return skeleton(romanise(word)[:2]) [:1] == skeleton(romanise(guess)[:2])[:1]


@lru_cache(maxsize=1)
def chat_words() -> frozenset[str]:
    """Words of the intent, filler and connector tables ("vendaa", "nahi",
    "irundhu", "toot", "leak", "ଦୋକାନ"): chat around an order, not products. Such a word is
    matched only as written or through the lexicon, never guessed at as a typo or a brand."""
    return frozenset(word for phrase in _chat_phrases() for word in phrase.split())


@lru_cache(maxsize=1)
def lone_chat_words() -> frozenset[str]:
    """Chat words that are a whole phrase of those tables on their own ("দাম" price, "ధర"),
    not only a word inside a longer one (the "बार" of "पिछली बार", last time)."""
    return frozenset(phrase for phrase in _chat_phrases() if phrase and " " not in phrase)


@lru_cache(maxsize=1)
def _chat_phrases() -> tuple[str, ...]:
    """Every phrase of the intent, filler and connector tables, folded."""
    return tuple(fold(row.get(column, "")) for name, column in (
        ("concepts.csv", "phrase"), ("fillers.csv", "phrase"), ("connectors.csv", "word"))
        for row in read_table(name))


@lru_cache(maxsize=1)
def qualifier_words() -> frozenset[str]:
    """data/qualifiers.csv: name words that make a product another thing than the plain one."""
    return frozenset(row["word"].lower() for row in read_table("qualifiers.csv"))


@lru_cache(maxsize=1)
def plain_of_line() -> dict[str, frozenset[str]]:
    """data/plain_of_line.csv: a bare line name ("surf excel") -> name words of its plain variant."""
    return {
        " ".join(stemmed_tokens(row["line"])): frozenset(stemmed_tokens(row["plain"]))
        for row in read_table("plain_of_line.csv")
    }


@lru_cache(maxsize=1)
def pack_words() -> dict[str, str]:
    """data/pack_words.csv: a size word ("chhoti", "periya", "ದೊಡ್ಡ") -> "smallest" / "biggest"."""
    return {fold(row["word"]): row["pick"] for row in read_table("pack_words.csv")}


def _pack_pick(words: list[str], lexicon: Lexicon) -> tuple[str | None, list[str]]:
    """Take the size word out of the words ("the small maggi", "amul butter bada"): it says
    which pack of the line, not what the product is. Kept when it makes a name the lexicon
    knows with the word beside it ("badi elaichi", "chinna vengayam")."""
    table = pack_words()
    pick: str | None = None
    kept: list[str] = []
    skip = -1
    for position, word in enumerate(words):
        wanted = table.get(word)
        if position == skip:
            continue  # "bada packet", "moto dabbo": the pack the size word is about
        if wanted is None or len(words) == 1 or _names_with_neighbour(words, position, lexicon):
            kept.append(word)
            continue
        pick = wanted
        if position + 1 < len(words) and _is_container(words[position + 1]):
            skip = position + 1
    return pick, kept


def _is_container(word: str) -> bool:
    """"packet", "dabba", "bottle": a word of the pack itself ("bada packet", "moto dabbo")."""
    found = unit_word(word)
    return found is not None and found.unit == "packet"


def _names_with_neighbour(words: list[str], position: int, lexicon: Lexicon) -> bool:
    pairs = [" ".join(words[max(position - 1, 0) : position + 1]), " ".join(words[position : position + 2])]
    return any(" " in pair and lexicon.lookup(pair) for pair in pairs)


_BRACKETS: Final = re.compile(r"\([^)]*\)")
# Classifiers and plurals glued to a noun: Bengali ডিমটা/আলুগুলো, Odia ଅଣ୍ଡାଟି/ଆଳୁଗୁଡ଼ିକ.
# Also plurals and case endings of the other scripts, tried only when the word itself is not
# known: kn ಜೋಳದ ("of jowar"), te టమాటాలు, mr मेथीची/हार्पिकचा/बाजरीचं, kn ಬೀನ್ಸ್‌ಗಳು, ta தக்காளிகள், ml കാരറ്റുകൾ, gu ટામેટાં.
_NOUN_SUFFIXES: Final = (
    "গুলো", "গুলি", "টা", "টি", "টো", "টে", "ের", "ଗୁଡ଼ିକ", "ଗୁଡିକ", "ଟି", "ଟା",
    "च्या", "ची", "चा", "चे", "चं", "ों", "ें",
    "లు", "ల",
    "ಗಳು", "ದ",
    "கள்",
    "കൾ", "ുകൾ", "ന്റെ", "യുടെ",
    "ઓ", "ં", "ના", "ની", "નું", "નો",
    "ਆਂ", "ਾਂ",
)


# Endings that change the noun's last letter, tried before the plain ones above: Telugu
# plural కొవ్వొత్తులు (candles); "and" / object endings of lists and requests: Tamil
# சர்க்கரையும் பாலும் ("sugar and milk"), அரிசியை, Malayalam പഞ്ചസാരയും പാലും (പാൽ),
# Kannada ಸಕ್ಕರೆಯನ್ನು ಹಾಲನ್ನು, ಹಾಲೂ, Telugu బియ్యాన్ని, చక్కెరను.
_NOUN_ENDINGS_CHANGED: Final = (
    ("ులు", "ి"), ("ాన్ని", "ం"), ("ను", ""), ("ను", "ు"), ("ని", ""),
    ("யும்", ""), ("வும்", ""), ("ும்", "்"), ("யை", ""), ("வை", ""), ("ை", "்"),
    ("ிக்கு", "ி"), ("ுக்கு", "்"), ("க்கு", ""),
    ("യും", ""), ("വും", ""), ("ലും", "ൽ"), ("ളും", "ൾ"), ("നും", "ൻ"), ("ണും", "ൺ"),
    ("രും", "ർ"), ("ും", "്"),
    ("ಯನ್ನು", ""), ("ವನ್ನು", ""), ("ನ್ನು", "ು"), ("ಯೂ", ""), ("ವೂ", ""), ("ೂ", "ು"),
    # plurals of an -ī noun: Marathi मेणबत्त्या (मेणबत्ती), Hindi मोमबत्तियाँ / टिकियां
    ("्या", "ी"), ("ियाँ", "ी"), ("ियां", "ी"), ("ियों", "ी"),
    # Marathi genitive on a noun in -a: साबणाचे / साबणाची / साबणाचा / साबणाच्या (of soap, साबण)
    ("ाच्या", ""), ("ाचे", ""), ("ाची", ""), ("ाचा", ""), ("ाचं", ""),
    # and on a noun in -ā, which turns -yā: बटाट्याचा / बटाट्याचे भाव (of potatoes, बटाटा)
    ("्याच्या", "ा"), ("्याचे", "ा"), ("्याची", "ा"), ("्याचा", "ा"), ("्याचं", "ा"),
    # Malayalam genitive after a consonant: ലേസിന്റെ (of Lays, ലേസ്), സോപ്പിന്റെ
    ("ിന്റെ", "്"),
)  # fmt: skip
# The Bengali / Odia genitive after a vowel, written and romanised: "আলুর দাম", "ଆଳୁର ଦର", "alur
# dam" (the price of potatoes). Read only on the last word of a name: before another word it is
# more often part of the name itself ("মধুর চিনি", "madhur chini": Madhur sugar, not honey).
_GENITIVE_ENDINGS: Final = ("র", "ର")
_LATIN_GENITIVE_ENDINGS: Final = (("er", ""), ("r", ""))
# The same endings written in Latin letters ("tomatolu", "kovvottulu", "battiyan", "mottegalu"),
# (ending, what replaces it), longest first; tried only on a word nobody knows as written.
_LATIN_SUFFIXES: Final = (
    ("galu", ""), ("gulo", ""), ("guli", ""), ("gudika", ""), ("iyaan", "i"), ("iyan", "i"),
    ("kal", ""), ("gal", ""), ("ulu", "i"), ("lu", ""), ("yan", ""), ("an", ""), ("ta", ""), ("ti", ""),
    ("chi", ""), ("cha", ""), ("che", ""), ("la", ""), ("na", ""), ("ne", ""), ("o", ""),
    # "and" and object endings: paalum, sakkaraiyum, arisiyai, haalannu, sakkareyannu
    ("yannu", ""), ("vannu", ""), ("annu", "u"), ("yum", ""), ("vum", ""), ("um", ""),
    ("yai", ""), ("ai", ""), ("ukku", ""), ("kku", ""),
)  # fmt: skip


@lru_cache(maxsize=200_000)
def stem(token: str) -> str:
    """English plural -> singular, enough for shop words ("tomatoes", "eggs", "curries")."""
    if not token.isascii() or len(token) <= 3 or not token.isalpha():
        return token
    if token.endswith("ies") and len(token) > 4:
        return token[:-3] + "y"
    if token.endswith("oes"):
        return token[:-2]
    if token.endswith("s") and not token.endswith("ss"):
        return token[:-1]
    return token


# "50-50", "20-20": a number name, kept as one word ("50x50") so it is not read as a size.
_NUMBER_NAME: Final = re.compile(r"(?<![\w.])(\d+)-\1(?![\w.])")


def _number_names(text: str) -> str:
    return _NUMBER_NAME.sub(r"\1x\1", text) if "-" in text else text


def stemmed_tokens(text: str) -> list[str]:
    folded = fold(_number_names(text))
    return [stem(token) for token in folded.split(" ")] if folded else []


def _content_tokens(name: str) -> list[str]:
    """Name words outside brackets, without numbers: what the product *is* called."""
    bare = re.sub(r"\([^)]*\)", " ", name)
    return [t for t in stemmed_tokens(bare) if not t.isdigit() and t not in _WEAK_NAME_WORDS]


_QUALIFIER: Final = re.compile(r"\s+(?:with|for)\s+", re.IGNORECASE)


def _heads(name: str, aliases: Sequence[str]) -> frozenset[str]:
    """Last content word of the name, of each "/" part of it, and of each alias."""
    heads = set()
    bare = re.sub(r"\([^)]*\)", " ", name)
    # "Christmas Cake with Egg" is a cake; "Urad Gota - Whole" is urad gota, or whole urad
    bare = _QUALIFIER.split(bare)[0]
    for part in [*re.split(r"/|\s+-\s+", bare), *aliases]:
        words = [t for t in stemmed_tokens(part) if not t.isdigit() and t not in _WEAK_NAME_WORDS]
        if words:
            heads.add(words[-1])
    return frozenset(heads)


def _alias_meanings(aliases: Sequence[str], lexicon: Lexicon) -> frozenset[str]:
    """The shop's own names read through the lexicon: a store row called "haldi" is named so
    by "हल्दी" and "manjal" too (the first reading of the word, as a query reads it)."""
    meanings = set()
    for alias in aliases:
        readings = lexicon.lookup(fold(alias))
        if readings:
            meanings.add(" ".join(stem(w) for w in readings[0].split(" ")))
    return frozenset(meanings)


def _line_names(
    alias_tokens: Sequence[Sequence[str]], name_words: frozenset[str], kind_words: frozenset[str]
) -> frozenset[str]:
    """The shop's own name of a line with its kind word left off: a row the shop calls "good
    day biscuit" or "oreo biscuit" is what a bare "good day" / "oreo" asks for — the plain
    one of the line, not the butter or strawberry one that shares the brand words. Only when
    the words left are the product's own name words ("washing powder" gives no "washing") and
    the word left off is its kind, a word of its category ("biscuit" of Biscuits & Snacks; the
    "coil" of "mosquito coil" is the thing itself, so "mosquito" names no line)."""
    found = set()
    for tokens in alias_tokens:
        words = [w for w in tokens if w not in STOPWORDS]
        if len(words) >= 2 and words[-1] in kind_words and all(w in name_words for w in words[:-1]):
            found.add(" ".join(words[:-1]))
    return frozenset(found)


def _named_lines(products: list[_Product]) -> list[_Product]:
    """A line name the shop also gives a row as a whole name is a kind of thing, not a line
    ("egg" of "egg tray" is every egg row's "egg", "detergent" of "detergent bar" the powders'
    "detergent"): dropped. The rest count as names of their row."""
    shop_names = {key for product in products for key in product.alias_keys}
    named: list[_Product] = []
    for product in products:
        lines = frozenset(line for line in product.line_names if line not in shop_names)
        named.append(replace(product, line_names=lines, alias_keys=product.alias_keys | lines))
    return named


@dataclass(frozen=True, slots=True)
class _Product:
    entry: CatalogEntry
    tokens: frozenset[str]  # name + brand + aliases
    content: tuple[str, ...]  # what the name says the product is (brand words removed)
    heads: frozenset[str]
    text: str  # folded "brand name aliases" for rapidfuzz
    name_folded: str
    name_words: frozenset[str]  # every name word outside brackets, no numbers: for exact-name hits
    qualifiers: tuple[str, ...]  # name words that make it another thing ("ragi" of Ragi Atta)
    line: tuple[str, str]  # (brand, name) folded: pack sizes of one product share it
    loose: bool  # weighed out: any amount can be sold
    alias_keys: frozenset[str] = frozenset()  # each alias as stemmed words: the shop's own names
    alias_meanings: frozenset[str] = frozenset()  # ... read through the lexicon ("haldi": turmeric powder)
    line_names: frozenset[str] = frozenset()  # ... with the kind word left off ("good day" biscuit)


@dataclass(frozen=True, slots=True, kw_only=True)
class MatchResult:
    candidates: tuple[Candidate, ...] = ()
    ambiguous: bool = False
    pack_size: PackSize | None = None  # the size the match used (given, or read from the text)


@dataclass(frozen=True, slots=True)
class _Alternative:
    tokens: tuple[str, ...]
    credit: float  # 1 for an exact word or lexicon hit, less for a fuzzy guess
    guessed: bool = False  # a typo or same-consonant guess, not the word as written


@dataclass(frozen=True, slots=True)
class _Slot:
    alternatives: tuple[_Alternative, ...]
    weight: float


def read_pack_size(text: str) -> tuple[PackSize | None, str]:
    """("maggi 70g", …) -> (PackSize(70, "g"), "maggi ")."""
    found = _SIZE_IN_TEXT.search(text)
    if not found:
        return None, text
    value = float(found.group(1))
    if value <= 0:
        return None, text
    size = PackSize(value=value, unit=_TEXT_UNITS[found.group(2)])
    return size, text[: found.start()] + " " + text[found.end() :]


def _same_size(wanted: PackSize, entry: CatalogEntry) -> bool:
    if entry.size_value is None or entry.size_unit is None:
        return False
    want_dim, want_factor = _BASE[wanted.unit]
    have_dim, have_factor = _BASE[entry.size_unit]
    return want_dim == have_dim and math.isclose(
        wanted.value * want_factor, entry.size_value * have_factor, rel_tol=0.02
    )


def _pack_adjustment(wanted: PackSize, entry: CatalogEntry) -> float:
    if entry.size_value is None or entry.size_unit is None:
        return -3.0
    want_dim, want_factor = _BASE[wanted.unit]
    have_dim, have_factor = _BASE[entry.size_unit]
    if want_dim != have_dim:
        return -4.0
    want = wanted.value * want_factor
    have = entry.size_value * have_factor
    if math.isclose(want, have, rel_tol=0.02):
        return 10.0
    return -3.0 - 4.0 * min(1.0, abs(math.log(have / want)))


def _size_hint_bonus(wanted: PackSize, product: _Product) -> float:
    """"2 kilo atta": a 2 kg pack is best; two 1 kg packs or loose atta also make 2 kg."""
    entry = product.entry
    if _same_size(wanted, entry):
        return SIZE_HINT_BONUS
    if entry.size_value is None or entry.size_unit is None or entry.size_value <= 0:
        return 0.0
    want_dim, want_factor = _BASE[wanted.unit]
    have_dim, have_factor = _BASE[entry.size_unit]
    if want_dim != have_dim or want_dim not in ("mass", "volume"):
        return 0.0
    if product.loose:
        return SIZE_MULTIPLE_BONUS
    packs = wanted.value * want_factor / (entry.size_value * have_factor)
    if 2 <= round(packs) <= 20 and math.isclose(packs, round(packs), rel_tol=0.02):
        return SIZE_MULTIPLE_BONUS
    return -SIZE_MISFIT_PENALTY


@dataclass(slots=True)
class CatalogIndex:
    products: list[_Product]
    postings: dict[str, list[int]]
    idf: dict[str, float]
    lexicon: Lexicon
    vocab_by_length: dict[int, list[str]]
    _pack_base: list[float]  # pack size in g / ml / pieces, for ordering ties
    _fuzzy_cache: dict[str, tuple[tuple[str, float], ...]] = field(default_factory=dict)
    _skeletons: dict[str, tuple[str, ...]] | None = None  # built on first use (see _romanised)
    _sounds: dict[str, tuple[str, ...]] | None = None  # likewise
    _variants: dict[str, tuple[str, ...]] | None = None  # likewise (see _latin_variant)
    _spaced: dict[str, tuple[str, ...]] | None = None  # likewise (see _spaced_variant)
    _blurred: dict[str, tuple[str, ...]] | None = None  # likewise (see _romanised_word)
    _glued: dict[str, tuple[str, ...]] | None = None  # likewise (see _glued_brand)
    brand_only: frozenset[str] = frozenset()  # words only brands have ("mdh", "everest")
    _prices: dict[str, int | None] | None = None  # product id -> price in paise, built on first use

    # ------------------------------------------------------------------ build
    @classmethod
    def build(cls, entries: Iterable[CatalogEntry], lexicon: Lexicon | None = None) -> CatalogIndex:
        lexicon = lexicon if lexicon is not None else load_lexicon()
        products: list[_Product] = []
        postings: dict[str, list[int]] = defaultdict(list)
        qualifiers = qualifier_words()
        for number, entry in enumerate(entries):
            brand_tokens = stemmed_tokens(entry.brand)
            name_tokens = stemmed_tokens(entry.name)
            brand = set(brand_tokens)
            alias_tokens = [stemmed_tokens(alias) for alias in entry.aliases]
            words = set(name_tokens) | brand
            for tokens_of_alias in alias_tokens:
                words.update(tokens_of_alias)
            words = {w for w in words if not w.isdigit()}
            bare_tokens = (
                [t for t in stemmed_tokens(_BRACKETS.sub(" ", entry.name)) if not t.isdigit()]
                if "(" in entry.name
                else [t for t in name_tokens if not t.isdigit()]
            )
            content = tuple(dict.fromkeys(t for t in bare_tokens if t not in _WEAK_NAME_WORDS and t not in brand))
            text = " ".join([*brand_tokens, *name_tokens, *(t for a in alias_tokens for t in a)])
            heads = _heads(entry.name, entry.aliases)
            name_folded = fold(entry.name)
            products.append(
                _Product(
                    entry,
                    frozenset(words),
                    content,
                    heads,
                    text,
                    name_folded,
                    frozenset(bare_tokens),
                    tuple(t for t in content if t in qualifiers and t not in heads),
                    (" ".join(brand_tokens), name_folded),
                    "loose" in name_folded,
                    # as written, and as a query is read, without "and"/"of" ("hide seek")
                    frozenset(" ".join(t) for t in alias_tokens if t)
                    | frozenset(" ".join(w for w in t if w not in STOPWORDS) for t in alias_tokens if t),
                    _alias_meanings(entry.aliases, lexicon),
                    _line_names(alias_tokens, frozenset(bare_tokens) | brand, frozenset(stemmed_tokens(entry.category))),
                )
            )
            for word in words:
                postings[word].append(number)
        products = _named_lines(products)
        total = max(len(products), 1)
        idf = {word: math.log(1.0 + total / len(ids)) for word, ids in postings.items()}
        vocab: set[str] = set(postings)
        vocab.update(term for term in lexicon.translations if " " not in term)
        by_length: dict[int, list[str]] = defaultdict(list)
        for word in sorted(vocab):
            if len(word) >= 3:
                by_length[len(word)].append(word)
        pack_base = [
            e.entry.size_value * _BASE[e.entry.size_unit][1]
            if e.entry.size_value is not None and e.entry.size_unit is not None
            else math.inf
            for e in products
        ]
        brand_words = {t for p in products for t in p.line[0].split()}
        named = {t for p in products for t in p.content}
        brand_only = frozenset(t for t in brand_words - named if len(t) >= 3 and not t.isdigit())
        return cls(products, dict(postings), idf, lexicon, dict(by_length), pack_base, brand_only=brand_only)

    def __len__(self) -> int:
        return len(self.products)

    def price_paise(self, product_id: str) -> int | None:
        """The catalog's price of one product, in paise (None when unknown)."""
        if self._prices is None:
            self._prices = {product.entry.product_id: product.entry.price_paise for product in self.products}
        return self._prices.get(product_id)

    # ------------------------------------------------------------------ query reading
    def _fuzzy(self, token: str) -> tuple[tuple[str, float], ...]:
        cached = self._fuzzy_cache.get(token)
        if cached is not None:
            return cached
        found: list[tuple[str, float]] = []
        if len(token) >= 4:
            choices: list[str] = []
            for length in range(len(token) - 2, len(token) + 3):
                choices.extend(self.vocab_by_length.get(length, ()))
            for word, score, _ in process.extract(
                token,
                choices,
                scorer=OSA.normalized_similarity,
                limit=3,
                score_cutoff=INDIC_FUZZY_CUTOFF if is_indic(token) else FUZZY_CUTOFF,
            ):
                found.append((word, float(score)))
        result = tuple(found)
        if len(self._fuzzy_cache) < _FUZZY_CACHE_LIMIT:
            self._fuzzy_cache[token] = result
        return result

    def _translate(
        self, phrase: str, credit: float, language: str | None = None, guessed: bool = False
    ) -> list[_Alternative]:
        alternatives = []
        for words in self.lexicon.lookup(phrase, language):
            alternatives.append(_Alternative(tuple(stem(w) for w in words.split(" ")), credit, guessed))
            joined = stem(words.replace(" ", ""))
            if " " in words and joined in self.postings:
                # the catalog writes the name as one word ("close up": Closeup, "all out": Allout)
                alternatives.append(_Alternative((joined,), credit, guessed))
        return alternatives

    def _slots(self, words: list[str], language: str | None = None) -> list[_Slot]:
        slots: list[_Slot] = []
        position = 0
        longest = self.lexicon.longest_term
        while position < len(words):
            alternatives: list[_Alternative] = []
            span = 1
            for size in range(min(longest, len(words) - position), 0, -1):
                phrase = " ".join(words[position : position + size])
                alternatives = self._translate(phrase, 1.0, language)
                if not alternatives and size >= 3:  # "adad ni dal", "chawal ka atta": without the "of"
                    inner = [w for w in words[position + 1 : position + size - 1] if w not in OF_WORDS]
                    if len(inner) < size - 2:
                        short = " ".join([words[position], *inner, words[position + size - 1]])
                        alternatives = self._translate(short, 1.0, language)
                if not alternatives and size >= 2:  # "baale hannu", "vazhai pazham"
                    alternatives = self._spaced_variant(words[position : position + size], language)
                if alternatives:
                    span = size
                    break
            if not alternatives and _between_words(words, position):
                # "bajri no lot", "makki da atta": the "of" between two words is no product
                position += 1
                continue
            own = tuple(stem(w) for w in words[position : position + span])
            if all(word in self.postings for word in own):
                # The word is in the catalog as written: its translations only back it up.
                alternatives = [
                    _Alternative(alt.tokens, TRANSLATION_CREDIT) for alt in alternatives if alt.tokens != own
                ]
                alternatives.append(_Alternative(own, 1.0))
            elif alternatives and span == 1 and is_indic(words[position]):
                # "सर्फ" is any detergent and the brand Surf too: as for "surf" written in Latin,
                # the brand first, its meanings backing it up
                brand = self._brand_as_spelt(words[position])
                if brand:
                    alternatives = [_Alternative(alt.tokens, TRANSLATION_CREDIT) for alt in alternatives]
                    alternatives.extend(brand)
            if not alternatives and span == 1:
                alternatives = self._without_suffix(words[position], language, last=position == len(words) - 1)
            guessable = span == 1 and words[position] not in chat_words()
            if not alternatives and guessable and words[position].isascii():
                alternatives = self._without_latin_suffix(words[position], language, last=position == len(words) - 1)
            if not alternatives and guessable and words[position].isascii():
                alternatives = self._latin_variant(words[position], language)
            indic = span == 1 and is_indic(words[position])
            if not alternatives and indic and guessable:
                # read in Latin letters as spelt ("विक्स" vicks, "എംടിആർ" MTR) before any guess
                alternatives = self._romanised(words[position], language, guess=False)
            if (
                not alternatives
                and indic
                and not guessable
                and slots
                and slots[-1].alternatives
                and words[position] not in lone_chat_words()
            ):
                # a word of a chat phrase ("पिछली बार", last time) after a product word is a word
                # of its name, read as spelt: the "बार" of "सर्फ बार", "विम बार" is a bar — only
                # when a product has both words ("क्रीम घर पे है": the cream is at home, no Ghar Wala)
                alternatives = self._named_together(
                    slots[-1], self._romanised(words[position], language, guess=False)
                )
            if not alternatives and guessable:
                # a two-word brand written as one word ("ताजमहाल", "tajmahal": Taj Mahal)
                alternatives = self._glued_brand(words[position])
            if not alternatives and indic and guessable:
                # a brand spelt as it sounds ("பூஸ்ட்" pust, Boost) before a one-letter typo of
                # a known word ("பேஸ்ட்" paste)
                alternatives = self._romanised(words[position], language, sound_only=True)
            if not alternatives and guessable:
                for guess, similarity in self._fuzzy(words[position]):
                    if not _same_start(words[position], guess):
                        continue
                    if stem(guess) in self.postings:
                        alternatives.extend(
                            self._translate(guess, similarity * TRANSLATION_CREDIT, language, guessed=True)
                        )
                        alternatives.append(_Alternative((stem(guess),), similarity, True))
                    else:
                        alternatives.extend(self._translate(guess, similarity, language, guessed=True))
            if not alternatives and indic and guessable:  # a chat word is never guessed at
                alternatives = self._romanised(words[position], language)
            position += span
            weight = self._slot_weight(alternatives)
            slots.append(_Slot(tuple(alternatives), weight if weight > 0 else 1.0))
        return slots

    def _slot_weight(self, alternatives: Sequence[_Alternative]) -> float:
        """How much a word counts: its rarest reading — but a rare spelling of a common word
        ("daal", a few names spell it so; most write "dal") counts as the word it spells, not
        as a rare name word."""
        weights: dict[tuple[str, ...], float] = {
            alt.tokens: max(self.idf.get(t, 0.0) for t in alt.tokens) for alt in alternatives
        }
        for alt in alternatives:
            if len(alt.tokens) != 1:
                continue
            key = _spelling_key(alt.tokens[0])
            same = [w for tokens, w in weights.items() if tokens != alt.tokens and len(tokens) == 1
                    and _spelling_key(tokens[0]) == key]
            if same:
                weights[alt.tokens] = min(weights[alt.tokens], max(same))
        return max(weights.values(), default=0.0)

    def _named_together(self, previous: _Slot, alternatives: list[_Alternative]) -> list[_Alternative]:
        """The readings of a word that some product has together with the word before it."""
        before: set[int] = set()
        for alt in previous.alternatives:
            for token in alt.tokens:
                before.update(self.postings.get(token, ()))
        return [
            alt for alt in alternatives
            if any(not before.isdisjoint(self.postings.get(token, ())) for token in alt.tokens)
        ]

    def _glued_brand(self, word: str) -> list[_Alternative]:
        """A brand of two or more words written as one ("ताजमहाल", "tajmahal", "ਰੈੱਡਲੇਬਲ"):
        its words, by the Latin spelling, or for a native-script word by its consonants. Two
        words in a row of a name glued in Latin letters too ("dairymilk", "darkfantasy")."""
        if self._glued is None:
            glued: dict[str, tuple[str, ...]] = {}
            for product in self.products:
                brand = tuple(product.line[0].split())
                if len(brand) < 2 or not all(w.isascii() and w.isalpha() for w in brand):
                    continue
                joined = "".join(brand)
                glued.setdefault(joined, brand)
                bones = skeleton(joined)
                if len(bones) >= _MIN_GLUED_SKELETON:
                    glued.setdefault(_GLUED_BONES + bones, brand)
            for product in self.products:
                name = stemmed_tokens(_BRACKETS.sub(" ", product.entry.name))
                for first, second in zip(name, name[1:]):
                    if len(first) >= 3 and len(second) >= 3 and first.isalpha() and second.isalpha():
                        glued.setdefault(first + second, (first, second))
            self._glued = glued
        if not is_indic(word):
            found = self._glued.get(word)
            return [_Alternative(found, ROMANISED_CREDIT)] if found else []
        latin = romanise(word)
        bones = skeleton(latin) if latin.isascii() else ""
        found = self._glued.get(_GLUED_BONES + bones) if len(bones) >= _MIN_GLUED_SKELETON else None
        return [_Alternative(found, ROMANISED_CREDIT, True)] if found else []

    def _without_suffix(self, word: str, language: str | None, *, last: bool = False) -> list[_Alternative]:
        """"ডিমটা" (the egg), "আলুগুলো", "ଅଣ୍ଡାଟି": a noun with a Bengali/Odia classifier or
        plural glued on, read as the noun when the noun is known (the genitive only on the
        name's LAST word: see _GENITIVE_ENDINGS)."""
        endings = [(suffix, "") for suffix in (*_NOUN_SUFFIXES, *(_GENITIVE_ENDINGS if last else ()))]
        for suffix, replacement in [*_NOUN_ENDINGS_CHANGED, *endings]:
            if word.endswith(suffix) and len(word) > len(suffix) + 1:
                found = self._known_as(word[: -len(suffix)] + replacement, language)
                if found:
                    return found
        return []

    def _latin_variant(self, word: str, language: str | None) -> list[_Alternative]:
        """Another spelling of a known romanised word: "nimboo" / "nimbu", "pyaaj" / "pyaj",
        "adrakh" / "adrak" (long vowels, doubled letters, w/v, z/j, ph/f, kh/k at the end)."""
        key = _spelling_key(word)
        if len(key) < 3:
            return []
        if self._variants is None:
            grouped: dict[str, list[str]] = defaultdict(list)
            # lexicon terms only: catalog names hold misspellings of their own ("cocunut")
            known = {t for t in self.lexicon.translations if " " not in t and t.isascii()}
            for term in sorted(known):
                grouped[_spelling_key(term)].append(term)
            self._variants = {k: tuple(v) for k, v in grouped.items()}
        found: list[_Alternative] = []
        for term in self._variants.get(key, ())[:3]:
            found.extend(self._translate(term, VARIANT_CREDIT, language))
            if stem(term) in self.postings:
                found.append(_Alternative((stem(term),), VARIANT_CREDIT))
        return found

    def _brand_as_spelt(self, word: str) -> list[_Alternative]:
        """A native-script word the lexicon knows, read in Latin letters when that is a brand
        of the shop ("सर्फ" sarph, Surf)."""
        sounds_like = self._sounds_index()
        for spelling in loanword_spellings(romanise(word)):
            brands = [match for match in sounds_like.get(plain(spelling), ()) if match in self.brand_only]
            if brands:
                return [_Alternative((brands[0],), 1.0)]
        return []

    def _spaced_variant(self, words: Sequence[str], language: str | None) -> list[_Alternative]:
        """Romanised words of a known term spelt another way and split or glued otherwise:
        "baale hannu" for balehannu / bale hannu, "vazhai pazham" for vazhaipazham."""
        if not all(word.isascii() and word.isalpha() for word in words):
            return []
        key = _spelling_key("".join(words))
        if len(key) < _MIN_SPACED_KEY:
            return []
        if self._spaced is None:
            grouped: dict[str, list[str]] = defaultdict(list)
            for term in sorted(self.lexicon.translations):
                if term.isascii():
                    grouped[_spelling_key(term.replace(" ", ""))].append(term)
            self._spaced = {k: tuple(v) for k, v in grouped.items()}
        found: dict[tuple[str, ...], _Alternative] = {}
        for term in self._spaced.get(key, ())[:3]:
            for alt in self._translate(term, VARIANT_CREDIT, language):
                found.setdefault(alt.tokens, alt)
        return list(found.values())

    def _without_latin_suffix(self, word: str, language: str | None, *, last: bool = False) -> list[_Alternative]:
        """A romanised plural or case ending on a known word: "tomatolu", "battiyan",
        "mottegalu", "dimta": read as the word when the word itself is known."""
        for suffix, replacement in (*_LATIN_SUFFIXES, *(_LATIN_GENITIVE_ENDINGS if last else ())):
            if word.endswith(suffix) and len(word) - len(suffix) + len(replacement) >= 3:
                found = self._known_as(word[: -len(suffix)] + replacement, language)
                if found:
                    return found
        return []

    def _known_as(self, word: str, language: str | None) -> list[_Alternative]:
        """A word with its ending taken off, read as a lexicon term or a catalog word when known."""
        found = self._translate(word, 1.0, language)
        if stem(word) in self.postings:
            found.append(_Alternative((stem(word),), 1.0))
        return found

    def _romanised(
        self, word: str, language: str | None, guess: bool = True, sound_only: bool = False
    ) -> list[_Alternative]:
        """A native-script word neither the catalog nor the lexicon knows, read in Latin
        letters: brand names ("हार्पिक" Harpic, "નિરમા" Nirma, "ఫ్రీడమ్" Freedom). Romanised
        lexicon terms and catalog words as spelt, then catalog words with the same consonants,
        then one-typo neighbours that start with the same letter."""
        # an ending taken off before a sound guess is weaker than a typo of a known word
        # ("ਰਾਜਮਾਂ" rajma, not rasam): sound_only reads the word whole
        stems = [
            word[: -len(end)] for end in _NOUN_SUFFIXES if word.endswith(end) and len(word) - len(end) > 2
        ] if not sound_only else []
        for stem_word in (word, *stems):  # "हार्पिकची" is Harpic's
            found = self._romanised_word(stem_word, language, guess, sound_only)
            if found:
                return found
        return []

    def _romanised_word(
        self, word: str, language: str | None, guess: bool = True, sound_only: bool = False
    ) -> list[_Alternative]:
        found = self._romanised_reading(word, language, guess, sound_only)
        if found and len(found) <= _SKELETON_CHOICES:
            # the catalog spells one word several ways ("Kitchan" / "Kitchen", "Vanila" /
            # "Vanilla"): a romanised word read as one of them is the others too
            blurred = self._blurred_index()
            seen = {alt.tokens for alt in found}
            for alt in list(found):
                key = vowel_blur(plain(alt.tokens[0])) if len(alt.tokens) == 1 else ""
                if len(key) >= _MIN_GUESSED:  # short words are told apart by their vowels
                    for other in blurred.get(key, ()):
                        if (other,) not in seen:
                            seen.add((other,))
                            found.append(_Alternative((other,), alt.credit, alt.guessed))
        return found

    def _romanised_reading(
        self, word: str, language: str | None, guess: bool = True, sound_only: bool = False
    ) -> list[_Alternative]:
        latin = romanise(word)
        if len(latin) < 3 or not latin.isascii():
            return []
        spellings = loanword_spellings(latin)
        found: list[_Alternative] = []
        # the likeliest spelling that is a known word ("टैंग" tang, not ting), then a little
        # less for the next ones: "लाइट" lait is "let" or "lite", and Tata Salt Lite has lite
        readings = 0
        for spelling in spellings:
            credit = ROMANISED_CREDIT if readings == 0 else ROMANISED_CREDIT * OTHER_SPELLING_SHARE
            known = self._translate(spelling, credit, language)
            if stem(spelling) in self.postings:
                # as for a Latin word the catalog has ("surf"): its meanings back it up
                known = [_Alternative(alt.tokens, credit * TRANSLATION_CREDIT) for alt in known]
                known.append(_Alternative((stem(spelling),), credit))
            if known:
                found.extend(known)
                readings += 1
                if readings == _SPELLING_READINGS:
                    break
        if not found and len(latin) >= 4:  # "കെപിഎൽ" kepiel: KPL spelt out letter by letter
            found = [_Alternative((initials,), ROMANISED_CREDIT) for initials in acronyms(latin) if initials in self.postings]
        if found or not guess:
            return found
        if len(latin) >= 3:  # spelt as it sounds: "माज़ा" maza is Maaza, "இதயம்" itayam Idhayam
            for spelling in spellings:
                found.extend(
                    _Alternative((match,), ROMANISED_CREDIT, True)
                    for match in self._sounds_index().get(plain(spelling), ())
                )
                if found:
                    return found
        if sound_only or len(latin) < _MIN_GUESSED:
            return found
        same = self._same_skeleton(spellings)
        if same:
            ranked = sorted(
                ((max(self._likeness(spelling, match) for spelling in spellings), match) for match in same),
                reverse=True,
            )
            best = ranked[0][0][0] if ranked else 0.0
            found = [
                _Alternative((match,), SKELETON_CREDIT, True)
                for likeness, match in ranked[:_SKELETON_CHOICES]
                if likeness[0] >= best - _SKELETON_TIE
            ]
        if found:
            return found
        for spelling in spellings:
            for guess, similarity in self._fuzzy(spelling):
                # A guess must start as the word does: "batar" is butter, never matar.
                same_start = skeleton(guess[0]) == skeleton(spelling[0])
                if guess.isascii() and same_start and stem(guess) in self.postings:
                    found.append(_Alternative((stem(guess),), similarity * ROMANISED_CREDIT, True))
        return found

    def _same_skeleton(self, spellings: Sequence[str]) -> tuple[str, ...]:
        """Catalog words with the consonants of the romanised word as spelt, else of the first
        English spelling that has any ("ഷോൾഡേഴ്സ്" sholdezhs: Malayalam writes the r of
        "shoulders" with ഴ, so sholders). Catalog words are stemmed: "horlicks" is "horlick"."""
        index = self._skeleton_index()
        for spelling in spellings:
            bones = skeleton(stem(spelling))
            if len(bones) >= _MIN_SKELETON and bones in index:
                return index[bones]
        return ()

    def _likeness(self, latin: str, catalog_word: str) -> tuple[float, float]:
        """How well a catalog word fits a romanised one with the same consonants: the spelling
        as it sounds ("jilet" ~ "gillette" before "gelato"), a little for how common the word
        is, then the spelling with every vowel run as one vowel ("kolin" ~ "colin")."""
        spelling = OSA.normalized_similarity(sounds(latin), sounds(catalog_word))
        common = 0.03 * math.log1p(len(self.postings.get(catalog_word, ())))
        blurred = OSA.normalized_similarity(vowel_blur(sounds(latin)), vowel_blur(sounds(catalog_word)))
        return round(spelling + common, 3), blurred

    def _sounds_index(self) -> dict[str, tuple[str, ...]]:
        """Catalog words by how they sound, voicing aside ("maaza" -> "masa"), built on first use."""
        if self._sounds is None:
            grouped: dict[str, list[str]] = defaultdict(list)
            for catalog_word in sorted(self.postings):
                if (
                    catalog_word.isascii()
                    and catalog_word.isalpha()
                    and len(catalog_word) >= 3
                    and catalog_word not in _NO_SOUND_MATCH
                ):
                    grouped[plain(catalog_word)].append(catalog_word)
            self._sounds = {key: tuple(matches) for key, matches in grouped.items()}
        return self._sounds

    def _blurred_index(self) -> dict[str, tuple[str, ...]]:
        """Catalog words of five letters or more by their sound with every vowel run blurred
        ("kitchan", "kitchen" -> "kaçan"), built on first use."""
        if self._blurred is None:
            grouped: dict[str, list[str]] = defaultdict(list)
            for catalog_word in sorted(self.postings):
                if catalog_word.isascii() and catalog_word.isalpha() and len(catalog_word) >= _MIN_GUESSED:
                    grouped[vowel_blur(plain(catalog_word))].append(catalog_word)
            self._blurred = {key: tuple(matches) for key, matches in grouped.items()}
        return self._blurred

    def _skeleton_index(self) -> dict[str, tuple[str, ...]]:
        if self._skeletons is None:
            grouped: dict[str, list[str]] = defaultdict(list)
            for catalog_word in sorted(self.postings):
                if catalog_word.isascii() and catalog_word.isalpha() and len(catalog_word) >= 4:
                    bones = skeleton(catalog_word)
                    if len(bones) >= _MIN_SKELETON:
                        grouped[bones].append(catalog_word)
            self._skeletons = {bones: tuple(matches) for bones, matches in grouped.items()}
        return self._skeletons

    # ------------------------------------------------------------------ matching
    def match_item(self, item: ItemRequest, *, limit: int = 5, language: str | None = None) -> MatchResult:
        """Match one extracted item: its pack size, else its quantity as a size hint.

        "aashirvaad atta 5kg" comes out of the splitter as 5 kg of atta; a 5 kg pack is then
        preferred, yet with no such pack any atta is still offered (2 kg = 2 x 1 kg).
        """
        hint = None
        if item.pack_size is None and item.quantity and item.unit in ("kg", "g", "l", "ml"):
            hint = PackSize(value=item.quantity, unit=item.unit)
        return self.match(item.text, pack_size=item.pack_size, size_hint=hint, limit=limit, language=language)

    def match(
        self,
        text: str,
        *,
        pack_size: PackSize | None = None,
        limit: int = 5,
        size_hint: PackSize | None = None,
        language: str | None = None,
    ) -> MatchResult:
        """Best products for `text`; `pack_size` is wanted, `size_hint` merely preferred.

        `language` (ISO 639-1, from language detection) picks a word's meaning in that
        language where languages disagree (Odia "khira" is milk, Hindi "khira" cucumber)."""
        if not isinstance(text, str) or limit <= 0 or not self.products:
            return MatchResult()
        folded = fold(_number_names(text))
        if pack_size is None:
            pack_size, folded = read_pack_size(folded)
        else:
            folded = read_pack_size(folded)[1]
        words = [w for w in folded.split() if not w.replace(".", "").isdigit()]
        # "by", "da", "list la": words around a product are no product on their own either,
        # unless a lexicon phrase needs them ("maah di dal")
        words = [
            w
            for w in words
            if w not in STOPWORDS
            and (w not in _FUNCTION_WORDS or w in self.lexicon.phrase_words)
            and not is_english_and(w)  # "ആൻഡ്", "एंड": the Latin "and" is no product word either
        ][:12]
        pick, words = _pack_pick(words, self.lexicon)
        if not words:
            return MatchResult(pack_size=pack_size)
        slots = self._slots(words, language)
        if not any(slot.alternatives for slot in slots):
            return MatchResult(pack_size=pack_size)
        shortlist = self._prefilter(slots)
        query_text = " ".join(
            " ".join(slot.alternatives[0].tokens) for slot in slots if slot.alternatives
        )
        total_weight = sum(slot.weight for slot in slots)
        raw_query = " ".join(words)
        scored: list[tuple[float, int, bool, int]] = []
        # "MDH kitchen king": a brand the customer names, when the shop has a product of it
        # that fits, rules out the other brands' ones (KPG Kitchen King)
        brands = [
            slot for slot in slots
            if slot.alternatives and all(set(a.tokens) <= self.brand_only for a in slot.alternatives)
        ]
        for number in shortlist:
            product = self.products[number]
            score, full, exact = self._score(
                product, slots, total_weight, query_text, raw_query, pack_size, size_hint
            )
            if brands and not all(
                any(set(a.tokens) <= product.tokens for a in slot.alternatives) for slot in brands
            ):
                score -= BRAND_MISSING_PENALTY
                full = False
            if score >= MIN_SCORE:
                scored.append((score, number, full, exact))
        if scored and self._a_stray_word(max(scored, key=lambda item: item[0]), slots, words, language):
            return MatchResult(pack_size=pack_size)
        scored, defaults = self._regional_first(
            scored, slots, words, language,
            lambda number: self._score(self.products[number], slots, total_weight, query_text, raw_query, None, None),
        )
        if not defaults:
            scored, defaults = self._shelf_choice(scored, slots, brands, pack_size, size_hint)
        # equal scores: the product named exactly first, then the smaller pack (one Maggi, not
        # the family pack), then file order
        scored.sort(key=lambda item: (-round(item[0], 1), -item[3], self._pack_base[item[1]], item[1]))
        if pick is not None and pack_size is None and scored:
            scored = self._pack_first(scored, pick)
        best = scored[:limit]
        candidates = tuple(
            Candidate(
                product_id=self.products[n].entry.product_id,
                score=round(s, 1),
                name=self.products[n].entry.name,
            )
            for s, n, _, _ in best
        )
        # the region's default is the one meant: only its own rows (toned or full cream) are a choice
        ambiguous = self._ambiguous([item for item in scored if item[1] in defaults] if defaults else scored)
        return MatchResult(candidates=candidates, ambiguous=ambiguous, pack_size=pack_size)

    def _regional_first(
        self,
        scored: list[tuple[float, int, bool, int]],
        slots: list[_Slot],
        words: list[str],
        language: str | None,
        word_fit: Callable[[int], tuple[float, bool, int]],
    ) -> tuple[list[tuple[float, int, bool, int]], frozenset[int]]:
        """"arisi" in Tamil, "ಹಾಲು" in Kannada, "સિંગતેલ" in Gujarati: an item that is a generic
        staple word alone in its language is the region's default variety (ponni, Nandini),
        when the shop has a row of it that answers the word whole and fits it, pack size aside
        (WORD_FIT), about as well as the best does (REGIONAL_NEAR): its rows are lifted just
        ahead of the best. Returns the scores and the default's rows, if any."""
        if not scored or not language:
            return scored, frozenset()
        found = regional_default(words, language)
        if found is None:
            return scored, frozenset()
        generic, choices = found
        said = {t for slot in slots for a in slot.alternatives for t in a.tokens}
        meant = {t for slot in self._slots(generic.split(), language) for a in slot.alternatives for t in a.tokens}
        if not said & meant:
            return scored, frozenset()  # "அரிசிமாவு" is rice flour, no rice
        fits = {item[1]: word_fit(item[1]) for item in scored}
        best_fit = max(fit[0] for fit in fits.values())
        best = max(item[0] for item in scored)
        for choice in choices:
            wanted = {stem(word) for word in choice}
            rows = [
                item for item in scored
                if fits[item[1]][1]
                and fits[item[1]][0] >= best_fit - REGIONAL_NEAR
                and wanted <= self._default_words(self.products[item[1]])
            ]
            if rows:
                lift = best + REGIONAL_LEAD - max(item[0] for item in rows)
                numbers = frozenset(item[1] for item in rows)
                return [
                    (min(100.0, item[0] + lift), *item[1:]) if item[1] in numbers else item for item in scored
                ], numbers
        return scored, frozenset()

    def _shelf_choice(
        self,
        scored: list[tuple[float, int, bool, int]],
        slots: list[_Slot],
        brands: list[_Slot],
        pack_size: PackSize | None,
        size_hint: PackSize | None,
    ) -> tuple[list[tuple[float, int, bool, int]], frozenset[int]]:
        """The row of several a shopkeeper means ("loose toor dal", a bare "paneer", "bru filter
        coffee", "1 kg curd"; intents/shelf_choice.py) lifted just ahead of the best. Returns
        the scores and the rows chosen, if any."""
        if not scored:
            return scored, frozenset()
        products = self.products
        readings = [alt.tokens for slot in slots for alt in slot.alternatives]
        if shelf_choice.says_loose(readings):
            per_kilo = pack_size is None and (size_hint is None or size_hint.unit in ("kg", "l"))
            chosen = shelf_choice.loose_rows(
                scored, lambda n: products[n].loose, lambda n: self._pack_base[n], per_kilo=per_kilo
            )
        elif brands:
            chosen = shelf_choice.named_rows(
                scored,
                lambda n: all(any(set(a.tokens) <= products[n].tokens for a in slot.alternatives) for slot in brands),
                lambda n: self._holds_every_word(products[n], slots),
            )
        elif pack_size is None and size_hint is not None and size_hint.unit in ("kg", "g", "l", "ml"):
            # "1 kg curd": a full row is one whose pack makes the amount (two 500 g packs)
            chosen = shelf_choice.dividing_rows(scored)
        else:
            full = {item[1] for item in scored if item[2]}
            chosen = shelf_choice.loose_rows(
                scored,
                lambda n: n in full and products[n].loose and not products[n].entry.brand.strip(),
                lambda n: self._pack_base[n],
                per_kilo=False,
            )
            # a bare "atta" / "paneer": the shop's loose row comes first, but the brands are still a
            # real choice, so the item stays ambiguous when they score as close
            return (shelf_choice.lift(scored, chosen) if chosen else scored), frozenset()
        if not chosen:
            return scored, frozenset()
        return shelf_choice.lift(scored, chosen), chosen

    @staticmethod
    def _holds_every_word(product: _Product, slots: list[_Slot]) -> bool:
        """Every word asked is in the product in its likeliest reading ("filter coffee")."""
        for slot in slots:
            if not slot.alternatives:
                continue
            top = max(alt.credit for alt in slot.alternatives)
            if not any(alt.credit >= top - 1e-9 and set(alt.tokens) <= product.tokens for alt in slot.alternatives):
                return False
        return True

    @staticmethod
    def _default_words(product: _Product) -> frozenset[str]:
        """The words a regional default is told by: the product's name and brand, no aliases."""
        return product.name_words | frozenset(stemmed_tokens(product.line[0]))

    def _pack_first(self, scored: list[tuple[float, int, bool, int]], pick: str) -> list[tuple[float, int, bool, int]]:
        """"bada wala", "chhoti": of the best product's line, its biggest / smallest pack first."""
        line = self.products[scored[0][1]].line
        same_line = [item for item in scored if self.products[item[1]].line == line]
        sign = -1.0 if pick == "biggest" else 1.0
        chosen = min(same_line, key=lambda item: (sign * self._pack_base[item[1]], item[1]))
        return [chosen, *(item for item in scored if item is not chosen)]

    def _a_stray_word(
        self, best: tuple[float, int, bool, int], slots: list[_Slot], words: Sequence[str], language: str | None
    ) -> bool:
        """"am trouble again", "son brought yesterday", "vaga sudhi aave": a remark left in an
        item, whose best product, scored low, has one of its several words and none of them
        is a thing the lexicon names, is no product (Double Trouble ice cream, Variar & Sons)."""
        if best[0] >= WEAK_MATCH or len(slots) < 2 or not all(word.isascii() for word in words):
            return False  # native script: an English loanword ("ಗಾರ್ಬೇಜ್") is no lexicon term yet a product
        product = self.products[best[1]]
        held = [t for slot in slots for a in slot.alternatives for t in a.tokens if t in product.tokens]
        if len(set(held)) > 1 or any(t in product.line[0].split() for t in held):
            return False  # two of its words, or its brand ("boost er boyam", "rasna aa raha")
        pairs = (" ".join(words[at : at + 2]) for at in range(len(words) - 1))
        return not any(self.lexicon.lookup(term, language) for term in (*words, *pairs))

    def _ambiguous(self, scored: list[tuple[float, int, bool, int]]) -> bool:
        """Too close to call: near-equal scores, or several products that each answer the
        whole request ("ghee" in a shop with four ghees), none singled out by pack size.

        Pack sizes of one product (same brand, same name) are one choice, not several: the
        best-scoring size (the size asked for, else the smallest) stands for them all. A
        query that is a product's whole name ("tata salt") picks it over longer names.
        """
        leaders: list[tuple[float, int, bool, int]] = []
        seen: set[tuple[str, str]] = set()
        for entry in scored:
            line = self.products[entry[1]].line
            if line in seen:
                continue
            seen.add(line)
            leaders.append(entry)
            if len(leaders) == 2:
                break
        if len(leaders) < 2:
            return False
        first, second = leaders
        if first[3] > second[3]:
            # an exact name (or the whole name as written) beats a partial one — unless another
            # product is named exactly so too ("चावल" is an alias of five rices in the shop)
            first_line = self.products[first[1]].line
            return any(
                entry[3] >= first[3] and first[0] - entry[0] < FULL_MATCH_MARGIN
                for entry in scored
                if self.products[entry[1]].line != first_line
            )
        gap = first[0] - second[0]
        return gap < AMBIGUITY_MARGIN or (first[2] and second[2] and gap < FULL_MATCH_MARGIN)

    def _prefilter(self, slots: list[_Slot]) -> list[int]:
        totals: dict[int, float] = defaultdict(float)
        for slot in slots:
            best: dict[int, float] = {}
            for alt in slot.alternatives:
                share = alt.credit / len(alt.tokens)
                gains: dict[int, float] = defaultdict(float)
                for token in alt.tokens:
                    ids = self.postings.get(token)
                    if ids:
                        gain = share * self.idf[token]
                        for number in ids:
                            gains[number] += gain
                for number, gain in gains.items():
                    if gain > best.get(number, 0.0):
                        best[number] = gain
            for number, gain in best.items():
                totals[number] += gain
        if len(totals) <= PREFILTER:
            return list(totals)
        return heapq.nlargest(PREFILTER, totals, key=lambda n: (totals[n], -n))

    def _score(
        self,
        product: _Product,
        slots: list[_Slot],
        total_weight: float,
        query_text: str,
        raw_query: str,
        pack_size: PackSize | None,
        size_hint: PackSize | None,
    ) -> tuple[float, bool, int]:
        """(score 0..100, whether the product answers the whole query, head word and size
        included, 2 when the query is the product's whole name as written, 1 when it holds
        every word of the name outside brackets, else 0)."""
        covered = 0.0
        every_slot = True  # each word asked for is in the product as best it can be read
        hit_head = False
        explained: set[str] = set()
        for slot in slots:
            best = 0.0
            for alt in slot.alternatives:
                hits = [t for t in alt.tokens if t in product.tokens]
                if not hits:
                    continue
                value = alt.credit * len(hits) / len(alt.tokens)
                if value > best:
                    best = value
                if len(hits) == len(alt.tokens):
                    # only a reading the product has whole explains its name: "split black
                    # gram" does not explain the "black" of Whole Black Urad Dal
                    explained.update(hits)
                    if alt.tokens[-1] in product.heads:
                        hit_head = True
            covered += slot.weight * best
            # the word in its likeliest reading: "flour" is not explained by an atta
            every_slot = every_slot and best >= max((a.credit for a in slot.alternatives), default=0.0) - 1e-9
        coverage = covered / total_weight
        if coverage <= 0.0:
            return 0.0, False, 0
        content = product.content
        specificity = (
            sum(1 for t in content if t in explained) / len(content) if content else 1.0
        )
        if _names_the_brand(query_text, product.line[0]):
            specificity = 1.0  # the brand alone names what the brand sells ("taj mahal" tea)
        own_name = bool(product.alias_keys) and (
            query_text in product.alias_keys or " ".join(map(stem, raw_query.split())) in product.alias_keys
        )
        said = raw_query if raw_query.isascii() else query_text  # native script: as read
        short_name = own_name and all(stem(w) in product.name_words for w in said.split())
        if short_name:
            # the shop's own short name for it, every word from its name ("hide and seek" for
            # Parle Hide & Seek Chocolate Chip Cookies), says much of what it is: the rest of
            # the name is no other thing
            specificity = max(specificity, 0.75)
        # "good day", or the shop's whole name for it with the kind word ("মেরি বিস্কুট")
        line_name = own_name and (
            query_text in product.line_names or query_text.rpartition(" ")[0] in product.line_names
        )
        if line_name:
            specificity = 1.0  # the line's name, as a brand's: "oreo" names the shop's Oreo
        similarity = fuzz.token_set_ratio(query_text, product.text) / 100.0
        in_order = fuzz.ratio(raw_query, product.name_folded) / 100.0  # breaks word-order ties
        # A perfect name match is worth 90; the last 10 are for the right pack size.
        score = 90.0 * (
            0.62 * coverage + 0.14 * specificity + 0.10 * hit_head + 0.11 * similarity + 0.03 * in_order
        )
        full = hit_head and coverage >= 0.85
        exact_name = coverage >= 0.85 and product.name_words <= explained
        if exact_name:
            score += EXACT_NAME_BONUS
            if raw_query == product.name_folded:
                score += WHOLE_NAME_BONUS  # "tata salt" is Tata Salt, not "Tata Salt (Vacuum …)"
                exact_name = 2
        elif (coverage >= 0.85 or every_slot) and (own_name or query_text == product.line[0]):
            # the shop's own name for it ("cheese" for Amul Cheese Slices), or its brand alone
            # ("taj mahal" for Taj Mahal tea, not Havmor Taj Mahal ice cream), counts as its name
            score += EXACT_NAME_BONUS
            if line_name:
                score += LINE_NAME_BONUS
            exact_name = True
        elif coverage >= 0.85 and query_text in product.alias_meanings:
            # "हल्दी", "manjal": the word the shop's own name "haldi" stands for picks the
            # store's row over look-alike rows, yet no more than an exact name would
            score += EXACT_NAME_BONUS
        plain = plain_of_line().get(query_text)
        if plain and not line_name and plain <= product.tokens and coverage >= 0.85:
            score += PLAIN_OF_LINE_BONUS
        missing = 0 if short_name else sum(1 for t in product.qualifiers if t not in explained)
        if missing:
            score -= QUALIFIER_PENALTY * min(missing, 2)
        if pack_size is not None:
            adjustment = _pack_adjustment(pack_size, product.entry)
            if adjustment > 0 and every_slot:
                adjustment += SIZE_AND_WORDS_BONUS / 2 if missing else SIZE_AND_WORDS_BONUS
                # every word asked for and the size asked for, nothing that makes it another
                # thing: "monaco 200g" is the 200 g Monaco even when a 120 g one has the
                # shorter name; half as much for a name with a word that makes it another
                # thing ("atta 1 kg" is no multigrain atta)
            score += adjustment
            full = full and adjustment > 0
        elif size_hint is not None:
            bonus = _size_hint_bonus(size_hint, product)
            score += bonus
            full = full and bonus > 0
        return max(0.0, min(100.0, score)), full, int(exact_name)
