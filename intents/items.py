"""Pull the things a customer asked for out of a message: "2 kilo atta aur ek maggi".

Steps: fold and tokenise; cut into segments at commas, newlines and "and"-words; in each
segment drop fillers ("bhej do", "venum", "please"), read quantity groups (number or fraction
word, then an optional unit) and keep the rest as the product words. Two quantity groups in
one segment are a pack size and a count ("maggi 70g x 2") unless product words sit on both
sides of them ("2 kilo atta 1 kilo cheeni"), which is two items written without a comma.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace
from functools import cache
from typing import Final, Literal

from intents.cleaning import clean_message, fold_for_matching
from intents.containers import (
    container_after_count,
    container_after_size,
    container_closing_sized,
    is_container,
    one_container,
    recipient_end,
    to_before_containers,
)
from intents.glued_items import bag_names_product, kannada_and, romanised_and, sentence_before_emoji
from intents.keywords import PhraseIndex, build_index
from intents.language import detect_language
from intents.lexicon import fold, load_lexicon
from intents.one_more import said_once_more
from intents.not_wanted import says_not_this
from intents.numbers import NEEDS_FOLLOWER, NEEDS_UNIT, HUNDRED, apply_fraction, fraction_word, join_number, literal_value, number_word_value
from intents.tables import read_table
from intents.tokens import Token, prepare, tokenize
from intents.types import ItemRequest, PackSize, Unit
from intents.units import MEASURE_UNITS, PAAV_SPELLINGS, is_sack, unit_word

AtomKind = Literal["num", "frac", "unit", "times", "word", "money", "drop"]
_TIMES: Final = frozenset({"x", "×", "*", "into"})
_MONEY: Final = frozenset({"₹", "rs", "rupees", "rupaye", "rupaiya", "rupay", "rupee", "रुपये", "रुपए", "ka"})
_CURRENCY: Final = frozenset(
    {"₹", "rs", "rupees", "rupaye", "rupaiya", "rupay", "rupee", "रुपये", "रुपए", "टका", "taka", "tanka"}
    | {"rupayalu", "rupayi", "rupaayi", "roopayi", "rubai", "rupai"}
)
# Quantities above this are not order quantities (barcodes, phone numbers, pincodes).
_MAX_QUANTITY: Final = 9999.0


@dataclass(frozen=True, slots=True)
class _Atom:
    kind: AtomKind
    text: str
    value: float = 0.0
    unit: Unit | None = None


@dataclass(slots=True)
class _Group:
    value: float
    unit: Unit | None
    start: int  # atom index of the first atom of the group
    end: int  # one past the last
    implied: bool = False  # a unit with no number before it: "packet maggi", "kilo cheeni"


@cache
def connectors() -> frozenset[str]:
    return frozenset(row["word"].lower() for row in read_table("connectors.csv"))


@cache
def _connector_phrases() -> frozenset[tuple[str, ...]]:
    """Several-word joins of a spoken list ("ani mag", "ane pachhi", "and then"): each word alone
    may mean something else (Gujarati "mag" is moong, "6 pachhi" is "after 6"), together "and then"."""
    return frozenset(phrase for phrase in (tuple(word.split()) for word in connectors()) if len(phrase) > 1)


def _joined_by_phrase(tokens: list[Token]) -> set[int]:
    """Positions of the tokens that make up a several-word connector."""
    phrases = _connector_phrases()
    covered: set[int] = set()
    for size in {len(phrase) for phrase in phrases}:
        for start in range(len(tokens) - size + 1):
            window = tokens[start : start + size]
            if all(token.kind == "word" for token in window) and tuple(token.text for token in window) in phrases:
                covered.update(range(start, start + size))
    return covered


@cache
def _fillers() -> tuple[dict[str, frozenset[tuple[str, ...]]], int]:
    """Filler phrases as token tuples, by scope: "all" or a language code."""
    scoped: dict[str, set[tuple[str, ...]]] = {}
    longest = 1
    for row in read_table("fillers.csv"):
        phrase = tuple(row["phrase"].lower().split())
        scope = "all" if row["scope"] == "all" else row["language"]
        scoped.setdefault(scope, set()).add(phrase)
        longest = max(longest, len(phrase))
    return {scope: frozenset(phrases) for scope, phrases in scoped.items()}, longest


def _filler_phrases(language: str) -> tuple[frozenset[tuple[str, ...]], frozenset[tuple[str, ...]], int]:
    scoped, longest = _fillers()
    return scoped.get("all", frozenset()), scoped.get(language, frozenset()), longest


def is_filler(words: tuple[str, ...], language: str) -> bool:
    common, own, _ = _filler_phrases(language)
    return words in common or words in own


def content_words(text: str, language: str) -> list[str]:
    """The words of TEXT that are no filler, multi-word fillers included ("doya kore")."""
    tokens = [token for token in tokenize(prepare(fold_for_matching(text))) if token.kind == "word"]
    return [token.text for token in _drop_fillers(tokens, language) if token is not None]


def _common_filler(word: str) -> bool:
    """A filler of every message ("போதும்" enough, "வேணும்" want): no "-um" to strip."""
    return (word,) in _fillers()[0].get("all", frozenset())


_TAMIL_UM: Final = ("யும்", "வும்")
_MALAYALAM_UM: Final = ("യും", "വും")


def _strip_um(word: str) -> str | None:
    """அரிசியும் -> அரிசி, பருப்பும் -> பருப்பு, പഞ്ചസാരയും -> പഞ്ചസാര; None if no "-um"."""
    if len(word) < 5:
        return None
    for suffix in (*_TAMIL_UM, *_MALAYALAM_UM):
        if word.endswith(suffix):
            return word[: -len(suffix)]
    if word.endswith("ும்"):
        return word[:-2]  # keep the vowel sign: பருப்பும் -> பருப்பு
    if word.endswith("ും"):
        return word[:-2] + "്"  # the chandrakkala back: അപ്പും -> അപ്പ്, കോക്കും -> കോക്ക്
    return None


def split_segments(tokens: list[Token]) -> list[list[Token]]:
    """Cut at separators and connector words ("aur", "और", "மற்றும்", "ane", …)."""
    joining = connectors()
    segments: list[list[Token]] = [[]]
    unglued = unglue(tokens)
    in_phrase = _joined_by_phrase(unglued)
    for at, token in enumerate(unglued):
        joins = at in in_phrase or (token.kind == "word" and token.text in joining and not to_before_containers(unglued, at))
        if token.kind == "sep" or joins or _is_plus(token, tokens):
            if segments[-1]:
                segments.append([])
            continue
        glued_and = romanised_and(token) or kannada_and(token)
        if glued_and is not None:
            segments[-1].append(glued_and)  # "harpic 2um lizol", "bottleum": the item, then "and"
            segments.append([])
            continue
        stem = _strip_um(token.text) if token.kind == "word" else None
        if stem is not None and unit_word(token.text) is None and not _common_filler(token.text):
            segments[-1].append(Token(stem, "word", token.start, token.end))
            segments.append([])
            continue
        segments[-1].append(token)
    return [segment for segment in segments if segment]


def _is_plus(token: Token, tokens: list[Token]) -> bool:
    """"3 lux + 1 colgate": a plus with space after it joins two items; "atta +20" is a sign."""
    if token.kind != "sym" or token.text != "+":
        return False
    return not any(other.start == token.end for other in tokens)


def unglue(tokens: list[Token]) -> list[Token]:
    """A fraction or number word glued to a unit ("arakilo", "adhakilo", "onekg") is two tokens."""
    out: list[Token] = []
    for token in tokens:
        split = _glued_amount(token.text) if token.kind == "word" else None
        if split is None:
            out.append(token)
            continue
        head_end, split = split
        cut = token.start + split
        out.append(Token(token.text[:head_end], "word", token.start, token.start + head_end))
        out.append(Token(token.text[split:], "word", cut, token.end))
    return out


@cache
def _glued_amount(word: str) -> tuple[int, int] | None:
    """(end of the amount, start of the unit) in WORD, when it is an amount glued to a unit."""
    if len(word) < 4 or unit_word(word) is not None:
        return None
    for split in range(2, len(word) - 1):
        head, tail = word[:split], word[split:]
        found = unit_word(tail)
        if found is None or found.unit not in MEASURE_UNITS or len(tail) < 2:
            continue
        for part in _ungeminated(head, tail):
            if fraction_word(part, None) is not None or number_word_value(part, None) is not None:
                return len(part), split
    return None


def _ungeminated(head: str, tail: str) -> tuple[str, ...]:
    """HEAD, and HEAD without the unit's first consonant doubled onto it: Malayalam and Tamil
    "അരക്കിലോ", "அரைக்கிலோ", romanised "arakkilo", are "അര" / "அரை" / "ara" + kilo (fixer BH)."""
    if head.isascii():
        doubled = len(head) > 2 and head[-1] == tail[0] and head[-1].isalpha()
        return (head, head[:-1]) if doubled else (head,)
    doubled = len(head) > 3 and head[-2] == tail[0] and unicodedata.category(head[-1]) == "Mn"
    return (head, head[:-2]) if doubled else (head,)


def _drop_fillers(tokens: list[Token], language: str) -> list[Token | None]:
    """Replace filler phrases by None (longest phrase first), keep everything else."""
    common, own, longest = _filler_phrases(language)
    kept: list[Token | None] = list(tokens)
    index = 0
    while index < len(tokens):
        if misheard_number(tokens, index) is not None:
            index += 1  # "send me to kilo onions": two, not the filler "to"
            continue
        matched = 0
        for size in range(min(longest, len(tokens) - index), 0, -1):
            window = tokens[index : index + size]
            if any(token.kind != "word" for token in window):
                continue
            phrase = tuple(token.text for token in window)
            if (phrase in common or phrase in own) and not _names_with_previous(tokens, index) \
                    and not _product_before_amount(tokens, index, size) and not _names_with_bag(tokens, index, size):
                matched = size
                break
        if matched:
            for offset in range(matched):
                kept[index + offset] = None
            index += matched
        else:
            index += 1
    return kept


@cache
def _misheard_numbers() -> dict[str, float]:
    return {row["word"].lower(): float(row["value"]) for row in read_table("misheard_numbers.csv")}


def misheard_number(tokens: list[Token | None], index: int) -> float | None:
    """The number a voice-typing slip stands for ("to kilo" 2, "tree packet" 3, from
    data/misheard_numbers.csv): only right before a unit word, with no number just before it."""
    token = tokens[index]
    if token is None or token.kind != "word" or token.text not in _misheard_numbers():
        return None
    following = tokens[index + 1] if index + 1 < len(tokens) else None
    if following is None or following.kind != "word" or unit_word(following.text) is None:
        return None
    previous = tokens[index - 1] if index else None
    if previous is not None and (previous.kind == "num" or number_word_value(previous.text) is not None):
        return None  # "2 to 3 kg", "ek to kilo"
    return _misheard_numbers()[token.text]


def _product_before_amount(tokens: list[Token], index: int, size: int) -> bool:
    """"केले एक दर्जन" in a message read as Marathi: a one-word filler ("केले", did) that opens
    the part, names a product the lexicon knows and has only an amount after it is that product."""
    if index or size != 1 or len(tokens) < 2 or not load_lexicon().lookup(fold(tokens[0].text)):
        return False
    rest = tokens[1:]
    amount = rest[0].kind == "num" or number_word_value(rest[0].text) is not None or fraction_word(rest[0].text) is not None
    return amount and all(
        token.kind == "num" or unit_word(token.text) is not None or number_word_value(token.text) is not None
        or fraction_word(token.text) is not None
        for token in rest
    )


def _names_with_bag(tokens: list[Token], index: int, size: int) -> bool:
    """"kooda bag": the filler "kooda" (also) names the garbage bag with the bag word after it."""
    after = index + size
    return size == 1 and after < len(tokens) and bag_names_product(tokens[index].text, tokens[after].text)


def _names_with_previous(tokens: list[Token], index: int) -> bool:
    """"पारले जी": the filler "जी" finishes a product name the lexicon knows."""
    if index == 0 or tokens[index - 1].kind != "word":
        return False
    return bool(load_lexicon().lookup(fold(f"{tokens[index - 1].text} {tokens[index].text}")))


def _atoms(tokens: list[Token], language: str, *, spoken: bool = True) -> list[_Atom]:
    kept = _drop_fillers(tokens, language)
    atoms: list[_Atom] = []
    for position, token in enumerate(kept):
        if token is None:
            atoms.append(_Atom("drop", ""))
            continue
        text = token.text
        if token.kind == "num" and _house_number(kept, position):
            atoms.append(_Atom("drop", text))  # "flat 302 me 2 kg atta", "gate no 2 pe": where, not how many
            for back in range(len(atoms) - 2, -1, -1):
                if atoms[back].kind == "drop":
                    continue
                if atoms[back].text in _PLACE_WORDS or atoms[back].text in _NUMBER_ABBREVIATIONS:
                    atoms[back] = _Atom("drop", atoms[back].text)
                    continue
                break
        elif token.kind == "num" and _clock_time(kept, position):
            atoms.append(_Atom("drop", text))  # "by 8 am", "5 baje tak": a time, not an amount
        elif token.kind == "word" and text in _TIME_WORDS and position and _clock_time(kept, position - 1):
            atoms.append(_Atom("drop", text))
        elif token.kind == "word" and text in PAAV_SPELLINGS and _paav_is_bread(kept, position):
            atoms.append(_Atom("word", text))  # "everest pav bhaji masala", "vada pav": bread, not a quarter
        elif token.kind == "word" and text in _SIZE_WORDS and _next_is_unit(kept, position):
            # "ek bada packet surf": the size of the pack; "red label bada packet 1": with no count
            # before it the size word stays with the name, so the catalog picks the big pack
            atoms.append(_Atom("drop" if _count_before(kept, position) else "word", text))
        elif token.kind == "word" and (number_word_value(text) is not None or unit_word(text) is None) \
                and (container_after_count(kept, position) or container_closing_sized(kept, position)
                     or container_after_size(kept, position, language)):
            atoms.append(_Atom("unit", text, 1.0, "packet"))  # "3 tin fortune", "5 l fortune oil tin": a tin, not three
        elif token.kind == "word" and text in NEEDS_FOLLOWER and _classifier_next(tokens, position):
            value = number_word_value(text, language)  # "dui ta", "du ti": a count, the classifier says so
            atoms.append(_Atom("num", text, value) if value is not None else _word_atom(text, kept, position, language))
        elif token.kind == "word" and (misheard := misheard_number(kept, position)) is not None:
            atoms.append(_Atom("num", text, misheard))  # "tree packet maggi": three packets
        elif token.kind == "num":
            value = literal_value(text)
            atoms.append(_Atom("num", text, value) if value is not None else _Atom("drop", text))
        elif token.kind == "sym":
            atoms.append(_Atom("times" if text in _TIMES else "money" if text == "₹" else "drop", text))
        elif token.kind == "ref":
            atoms.append(_Atom("word", text))
        elif text in _TIMES:
            atoms.append(_Atom("times", text))
        elif text in _CURRENCY:
            atoms.append(_Atom("money", text))
        else:
            atoms.append(_word_atom(text, kept, position, language, tokens) if spoken else _name_atom(text))
    return atoms


# Words after a number that make it a time of day: "8 am", "5 baje", "৫টার মধ্যে" is not.
_TIME_WORDS: Final = frozenset(
    "am pm a.m p.m baje bje baj bajey o'clock oclock mani manikku gantalaku gantaku gante hrs"
    " ghante ghanta min mins minute minutes minit hour hours ghanton बजे বাজে মধ্যে টার টায় மணிக்கு மணி గంటలకు గంటకు वाजता ವಾಜೆ ಗಂಟೆಗೆ മണിക്ക് ਵਜੇ ବେଳକୁ ଟାରେ vaje vajta vajata baje tak".split()
)
# Size words before a unit: "bada packet", "chhota packet", "big pack", "small bottle".
_SIZE_WORDS: Final = frozenset(
    "bada badi bade chhota chhoti chhote chota choti big small large medium family jumbo mini"
    " बड़ा बड़ी छोटा छोटी boro choto বড় ছোট periya chinna பெரிய சின்ன pedda chinna పెద్ద చిన్న"
    " motha mothi lahan मोठा मोठी लहान moto moti nanu નાનું મોટું dodda sanna ದೊಡ್ಡ ಸಣ್ಣ valiya cheriya വലിയ ചെറിയ"
    " vadda chhotta ਵੱਡਾ ਛੋਟਾ bada sana ବଡ ସାନ".split()
)


# Words next to "pav" that make it the bread of a dish: "pav bhaji (masala)", "vada pav", "misal pav".
_PAAV_DISH_AFTER: Final = frozenset("bhaji bhaaji bhajji baji भाजी ভাজি ਭਾਜੀ ભાજી ಭಾಜಿ பாஜி భాజీ ഭാജി ଭାଜି".split())
_PAAV_DISH_BEFORE: Final = frozenset("vada wada vadaa misal missal dabeli ladi laadi lady वडा मिसळ लादी लेडी ವಡಾ".split())


def _paav_is_bread(kept: list[Token | None], position: int) -> bool:
    """"vada pav", "pav bhaji", "pav 4 packet", and "pav 10 ajun aale" (pav opening the line with
    its count after it: a quarter kilo comes before what it weighs) name the bread."""
    following = next((token for token in kept[position + 1 :] if token is not None), None)
    previous = next((token for token in reversed(kept[:position]) if token is not None), None)
    return (following is not None and following.text in _PAAV_DISH_AFTER) or (
        previous is not None and previous.text in _PAAV_DISH_BEFORE
    ) or _counted_in_packs_after(kept, position) or (previous is None and following is not None and following.kind == "num")


def _counted_in_packs_after(kept: list[Token | None], position: int) -> bool:
    """"pav 4 packet kara", "pav 2 pkt": a count of packets or pieces right after "pav" counts
    the bread; a quarter kilo is never counted in packets."""
    following = [token for token in kept[position + 1 : position + 3] if token is not None]
    if len(following) < 2 or following[0].kind != "num":
        return False
    unit = unit_word(following[1].text)
    return unit is not None and unit.unit in ("packet", "piece")


# Words a house or gate number follows: "flat 302", "gate no 2", "house no. 12", "room 5".
_PLACE_WORDS: Final = frozenset(
    "flat house gate door plot room block tower wing floor apartment apt qtr quarter h.no hno d.no"
    " फ्लैट मकान गेट ফ্ল্যাট বাড়ি ফ্লাট வீடு பிளாட் ఫ్లాట్ ఇల్లు फ्लॅट ફ્લેટ ಮನೆ ಫ್ಲಾಟ್ ഫ്ലാറ്റ് വീട് ਫਲੈਟ ମକାନ".split()
)
_NUMBER_ABBREVIATIONS: Final = frozenset({"no", "no.", "number", "num", "#", "नं", "नंबर", "নং", "নম্বর", "எண்", "నం"})


def _count_before(kept: list[Token | None], position: int) -> bool:
    """A number (digits or a number word) right before POSITION: "ek bada packet"."""
    previous = next((token for token in reversed(kept[:position]) if token is not None), None)
    return previous is not None and (previous.kind == "num" or number_word_value(previous.text) is not None)


def _house_number(kept: list[Token | None], position: int) -> bool:
    """A number right after a place word, or after "no" that follows one."""
    previous = [token for token in kept[:position] if token is not None][-2:]
    if not previous or previous[-1].kind != "word":
        return False
    if previous[-1].text in _PLACE_WORDS:
        return True
    return previous[-1].text in _NUMBER_ABBREVIATIONS and len(previous) == 2 and previous[0].text in _PLACE_WORDS


def _classifier_next(tokens: list[Token], position: int) -> bool:
    return position + 1 < len(tokens) and tokens[position + 1].text in _CLASSIFIER_WORDS


# Words before a time of day: "tiffin at 7:15", "match starts at 7.30", "by 6.45".
_CLOCK_LEADS: Final = frozenset({"at", "by", "till", "until", "before", "after", "around", "abt"})
_CLOCK: Final = re.compile(r"(?<![\d.:])(\d{1,2})([:.])(\d{2})(?![\d.:])")
_AN_ORDER_REF: Final = re.compile(r"(?<!\w)#?[a-z]\d{3,6}(?![\d.])")
# The minutes of a time whose hour was already read as one ("at 8" of "at 8:30", remarks.py).
_MINUTES_LEFT: Final = re.compile(r"(?<=\s):[0-5]\d(?![\d.:])")


def without_clock_times(text: str) -> str:
    """TEXT with each time of day blanked (same length): "7:15" (hours, a colon, two-digit
    minutes) anywhere, "7.30" right after "at" / "by" / "till" — no amount of anything."""

    def blank(match: re.Match[str]) -> str:
        hours, mark, minutes = int(match.group(1)), match.group(2), int(match.group(3))
        if hours > 24 or minutes > 59:
            return match.group(0)
        before = text[: match.start()].split()
        if mark == "." and not (before and before[-1] in _CLOCK_LEADS):
            return match.group(0)  # "1.50 kg", "rate 7.50": a number with decimals
        return " " * len(match.group(0))

    if ":" not in text and "." not in text or _AN_ORDER_REF.search(text):
        return text  # "placed A2703 at 7.15, milk still not here": about an order, read as before
    return _MINUTES_LEFT.sub(lambda match: " " * len(match.group(0)), _CLOCK.sub(blank, text))


def _clock_time(kept: list[Token | None], position: int) -> bool:
    """A number with a time-of-day word right after it."""
    token = kept[position]
    if token is None or token.kind != "num" or position + 1 >= len(kept):
        return False
    following = kept[position + 1]
    return following is not None and following.kind == "word" and following.text in _TIME_WORDS


def _has_follower(kept: list[Token | None], position: int) -> bool:
    return any(token is not None for token in kept[position + 1 :])


def _name_atom(text: str) -> _Atom:
    """A word where no number is written in words ("surf excel bar", "taj mahal chah"): a
    unit word may still be a unit, a number word is part of the name."""
    found_unit = unit_word(text)
    if found_unit is not None and number_word_value(text) is None:
        return _Atom("unit", text, found_unit.factor, found_unit.unit)
    return _Atom("word", text)


def _word_atom(text: str, kept: list[Token | None], position: int, language: str, tokens: list[Token] | None = None) -> _Atom:
    found_unit = unit_word(text)
    value = number_word_value(text, language)
    if value is not None and _names_with_previous_word(kept, position):
        return _Atom("word", text)  # "ଭିମ ବାର", "વિમ બાર": the Vim bar, not twelve Vim
    if text in _ARTICLES and _after_fraction(kept, position):
        return _Atom("drop", text)  # "half a kilo", "quarter of a kg": no number, no product word
    if value is not None:
        if text in NEEDS_UNIT:
            counts = _next_is_unit(kept, position) or _next_is_hundred(kept, position, language)
        else:
            counts = text not in NEEDS_FOLLOWER or _has_follower(kept, position) or _count_after(kept, position, tokens)
        if counts:
            return _Atom("num", text, value)
        if text in ("do", "दो", "ਦੋ", "a", "an"):
            return _Atom("drop", text)  # "maggi do": give (me) maggi
    fraction = fraction_word(text, language)
    if fraction is not None and fraction.kind == "quarter" and found_unit is None and _next_is_number(kept, position):
        return _Atom("drop", text)  # "kal 2 kg atta bhejna": tomorrow, not a quarter of 2 kg
    if fraction is not None and fraction.kind == "quarter" and found_unit is None and _after_whole_amount(kept, position):
        return _Atom("drop", text)  # "tel ek litre kal pujo": tomorrow, the litre was the amount
    if fraction is not None and _trailing_after_amount(kept, position):
        return _Atom("drop", text)  # "dhaai kilo cheeni vi paa do": "paa" is "put", not a quarter
    if fraction is not None and (found_unit is None or _next_is_unit(kept, position)):
        return _Atom("frac", text, fraction.value)
    if found_unit is not None and _bag_of_name(kept, position):
        return _Atom("word", text)  # "kachra bag 2", "kachryachya pishvya": garbage bags, not a packet
    if found_unit is not None:
        return _Atom("unit", text, found_unit.factor, found_unit.unit)
    return _Atom("word", text)


def _bag_of_name(kept: list[Token | None], position: int) -> bool:
    previous = kept[position - 1] if position else None
    current = kept[position]
    return previous is not None and current is not None and previous.kind == "word" and bag_names_product(previous.text, current.text)


# Number words that are also a verb or an article when they close a message ("maggi do",
# "be there"); the others ("dim dui", "soda aaru") close an order as its count.
_VERB_LIKE_NUMBERS: Final = frozenset({"a", "an", "do", "दो", "ਦੋ", "be", "du", "edu", "elu"})


def _count_after(kept: list[Token | None], position: int, tokens: list[Token] | None = None) -> bool:
    """A number word with nothing after it is still a count right after "x" ("1 ltr x do"),
    after "wale" ("1 litre wale do", also when "wale" is a filler), or closing an order when it
    is no verb ("dim dui")."""
    earlier = [token for token in kept[:position] if token is not None]
    if not earlier:
        return False
    previous = earlier[-1].text
    if previous in _TIMES or previous in _WHICH_ONE_WORDS:
        return True
    if tokens is not None and position and tokens[position - 1].text in _WHICH_ONE_WORDS and earlier[-1].kind in ("num", "word"):
        if unit_word(earlier[-1].text) is not None:
            return True  # "100 gram wale do": two of the 100 g packs
    return kept[position] is not None and kept[position].text not in _VERB_LIKE_NUMBERS and earlier[-1].kind == "word"


# "wale", "vadu", "valu": "the one (of this size)" between a pack size and its count.
_WHICH_ONE_WORDS: Final = frozenset(
    "wala wale wali vala vale vali waala waale valu vadu vado vadi walu wadu"
    " वाला वाले वाली वाल्या ਵਾਲਾ ਵਾਲੇ ਵਾਲੀ ਵਾਲੀਆਂ વાળો વાળા વાળી વાળું వాడు ওয়ালা ওয়ালে".split()
)


def _trailing_after_amount(kept: list[Token | None], position: int) -> bool:
    """A fraction word after the segment's amount and its product, with no number or unit
    after it, is a verb that sounds like one (pa "paa do" put in, or "pao" get)."""
    earlier = [token for token in kept[:position] if token is not None]
    if not earlier or not any(token.kind == "num" or number_word_value(token.text) is not None or fraction_word(token.text) is not None for token in earlier):
        return False
    last = earlier[-1]
    if last.kind != "word" or unit_word(last.text) is not None or number_word_value(last.text) is not None or fraction_word(last.text) is not None:
        return False
    if says_not_this([last.text]):
        return False  # "chini 1 kilo nahi, dedh kar do": the amount meant after the one turned down (fixer BL)
    for token in kept[position + 1 :]:
        if token is None:
            continue
        if token.kind == "num" or unit_word(token.text) is not None or number_word_value(token.text) is not None and token.text not in NEEDS_FOLLOWER:
            return False
    return True


def _next_is_unit(kept: list[Token | None], position: int) -> bool:
    for token in kept[position + 1 :]:
        if token is None:
            continue
        return token.kind == "word" and unit_word(token.text) is not None
    return False


def _names_with_previous_word(kept: list[Token | None], position: int) -> bool:
    """A number word that finishes a product name the lexicon knows with the word before it."""
    previous = kept[position - 1] if position else None
    current = kept[position]
    if previous is None or current is None or previous.kind != "word":
        return False
    return _one_name(previous.text, current.text)


def _one_name(first: str, second: str) -> bool:
    """The two words together make a product name the lexicon knows ("fried gram", "vim bar")."""
    return bool(load_lexicon().lookup(fold(f"{first} {second}")))


# English words between a fraction and its unit: "half a kilo", "quarter of a kg".
_ARTICLES: Final = frozenset({"a", "an", "of"})


def _after_fraction(kept: list[Token | None], position: int) -> bool:
    """The article sits between a fraction word and a unit ("half a kilo", "quarter of a kg")."""
    earlier = [token for token in kept[:position] if token is not None and token.text not in _ARTICLES]
    later = [token for token in kept[position + 1 :] if token is not None and token.text not in _ARTICLES]
    if not earlier or not later or earlier[-1].kind != "word" or later[0].kind != "word":
        return False
    return fraction_word(earlier[-1].text) is not None and unit_word(later[0].text) is not None


def _after_whole_amount(kept: list[Token | None], position: int) -> bool:
    """A word right after a number and its unit ("ek litre kal", "2 kg kal"), with neither a unit
    nor a number after it: the amount is already said, so the word is no fraction of it."""
    earlier = [token for token in kept[:position] if token is not None][-2:]
    if len(earlier) < 2 or _next_is_unit(kept, position) or _next_is_number(kept, position):
        return False
    amount, unit = earlier
    said = amount.kind == "num" or number_word_value(amount.text) is not None
    return said and unit.kind == "word" and unit_word(unit.text) is not None


def _next_is_number(kept: list[Token | None], position: int) -> bool:
    following = next((token for token in kept[position + 1 :] if token is not None), None)
    return following is not None and following.kind == "num"


def _next_is_hundred(kept: list[Token | None], position: int, language: str) -> bool:
    """"sat sau gram": a hundred word comes next."""
    for token in kept[position + 1 :]:
        if token is None:
            continue
        return token.kind == "word" and number_word_value(token.text, language) == HUNDRED
    return False


def _read_groups(atoms: list[_Atom], language: str) -> list[_Group]:
    groups: list[_Group] = []
    index = 0
    while index < len(atoms):
        atom = atoms[index]
        start = index
        value: float | None = None
        if atom.kind == "num":
            value = atom.value
            index += 1
            following_atom = atoms[index] if index < len(atoms) else None
            if (
                following_atom is not None and following_atom.kind == "num" and "/" in following_atom.text
                and "/" not in atom.text and value == int(value) and 0 < following_atom.value < 1
            ):
                value += following_atom.value  # "1 1/2 kg": one and a half
                index += 1
            elif following_atom is not None and _tens_then_ones(atom, following_atom):
                value += following_atom.value  # "forty five", "tees paanch": one number said in two words
                index += 1
        elif atom.kind == "frac":
            fraction = fraction_word(atom.text, language)
            assert fraction is not None
            index += 1
            following = atoms[index].value if index < len(atoms) and atoms[index].kind == "num" else None
            if fraction.kind in ("plus", "minus") and following is not None:
                index += 1
            value = apply_fraction(fraction, following if fraction.kind in ("plus", "minus") else None)
            ahead = index
            while ahead < len(atoms) and atoms[ahead].kind == "drop" and atoms[ahead].text in (*_ARTICLES, ""):
                ahead += 1
            if ahead > index and ahead < len(atoms) and atoms[ahead].kind == "unit":
                index = ahead  # "half a kilo", "quarter of a kg": on to the unit
        elif atom.kind in ("unit", "frac") and _finishes_a_name(atoms, index):
            atoms[index] = _Atom("word", atom.text)  # "fried gram", "lady pav": the name, no weight
            index += 1
            continue
        elif atom.kind == "unit" and (_stands_alone(atom.text) or _container_of_pack(atoms, index) or _closes_sized(atoms, index)) \
                and not _number_before(atoms, index):
            if index and atoms[index - 1].kind == "word" and atoms[index - 1].text in _PACK_LINKS and _closes_sized(atoms, index):
                atoms[index - 1] = _Atom("drop", atoms[index - 1].text)  # "sorsher tel er tin": the "of" goes with the tin
            groups.append(_Group(atom.value, atom.unit, index, index + 1, implied=True))  # "kilo cheeni"
            index += 1
            continue
        else:
            if atom.kind == "unit":
                atoms[index] = _Atom("word", atom.text)  # "parle g": a letter, not grams
            index += 1
            continue
        if index < len(atoms) and atoms[index].kind == "num" and atoms[index].value == HUNDRED:
            value *= HUNDRED
            index += 1
        while value >= HUNDRED and not atom.text[:1].isdigit() and index < len(atoms) and _said_in_words(atoms[index]):
            joined = join_number(value, atoms[index].value)  # "एक सौ चालीस", "నూట అరవై ఐదు": one number
            if joined is None:
                break
            value = joined
            index += 1
        unit: Unit | None = None
        if index < len(atoms) and atoms[index].kind == "unit":
            value *= atoms[index].value
            unit = atoms[index].unit
            index += 1
        if _is_money(atoms, start, index) or value > _MAX_QUANTITY or value <= 0:
            continue
        groups.append(_Group(value, unit, start, index))
    return groups


def _said_in_words(atom: _Atom) -> bool:
    return atom.kind == "num" and not atom.text[:1].isdigit()


def _tens_then_ones(tens: _Atom, ones: _Atom) -> bool:
    """Two number words that are one number: a round ten then a digit ("forty five", "sixty two")."""
    if tens.text[:1].isdigit() or ones.kind != "num" or ones.text[:1].isdigit():
        return False
    return 20 <= tens.value < HUNDRED and tens.value % 10 == 0 and 0 < ones.value < 10


# Unit words that mean "one of" with no number before them ("kilo cheeni", "packet maggi").
# Short symbols (g, l, kg) and English container words (can, bag, box, jar) need a number:
# "can u deliver" is not a can of anything.
_NEEDS_NUMBER: Final = frozenset({"can", "bag", "bags", "bore", "box", "boxes", "jar", "unit", "units", "nos", "pis", "peace"})


def _stands_alone(spelling: str) -> bool:
    return spelling in PAAV_SPELLINGS or (len(spelling) >= 3 and spelling not in _NEEDS_NUMBER)


def _container_of_pack(atoms: list[_Atom], index: int) -> bool:
    """"sona masoori 5kg bags", "aashirvaad 10 kilo ke bag", "5 kilo ke bore": a bag or box word
    right after a pack size (an "of" between at most) is the container of that pack, so it
    needs no number of its own; the count said with it is how many of those packs."""
    at = index - 1
    if at >= 0 and (atoms[at].kind == "drop" or atoms[at].kind == "word" and atoms[at].text in _PACK_LINKS):
        at -= 1
    return at >= 1 and atoms[at].kind == "unit" and atoms[at].unit in MEASURE_UNITS and atoms[at - 1].kind == "num"


def _closes_sized(atoms: list[_Atom], index: int) -> bool:
    """"5 l fortune sunflower oil can", "15 litre sorsher tel er tin": a container word closing
    the part after product words, with a number and its measure before them (data/containers.csv)."""
    if not is_container(atoms[index].text) or any(atom.kind != "drop" for atom in atoms[index + 1 :]):
        return False
    earlier = [atom for atom in atoms[:index] if atom.kind != "drop"]
    if not earlier or earlier[-1].kind != "word":
        return False
    pairs = [(earlier[at], earlier[at + 1]) for at in range(len(earlier) - 1)]
    return any(first.kind == "num" and second.kind == "unit" and second.unit in MEASURE_UNITS for first, second in pairs)


def _finishes_a_name(atoms: list[_Atom], index: int) -> bool:
    """A unit word right after a word, with no number before it, that makes a product name the
    lexicon knows with that word: "fried gram", "green gram", "lady pav" (the gram is the pulse,
    the pav the bread), not "kilo cheeni"."""
    if index == 0 or atoms[index - 1].kind != "word":
        return False
    return _one_name(atoms[index - 1].text, atoms[index].text)


def _number_before(atoms: list[_Atom], index: int) -> bool:
    return index > 0 and atoms[index - 1].kind in ("num", "frac")


def _is_money(atoms: list[_Atom], start: int, end: int) -> bool:
    before = atoms[start - 1].kind == "money" if start > 0 else False
    after = end < len(atoms) and atoms[end].kind == "money" and atoms[end].text != "ka"
    return before or after


def _words_between(atoms: list[_Atom], start: int, end: int) -> list[str]:
    return [atom.text for atom in atoms[start:end] if atom.kind == "word"]


def _one_item(atoms: list[_Atom], groups: list[_Group], raw: str) -> ItemRequest | None:
    groups, named = _pack_of_many(atoms, groups)
    words = [atom.text for index, atom in enumerate(atoms) if _name_word(atom, index, named) and not _inside(groups, index)]
    quantity: float | None = None
    unit: Unit | None = None
    pack: PackSize | None = None
    groups = _merge_implied(groups)
    measures = [group for group in groups if group.unit in MEASURE_UNITS]
    counts = [group for group in groups if group.unit not in MEASURE_UNITS]
    containers = [atom.text for atom in atoms if atom.kind == "unit" and atom.unit == "packet"]
    if len(measures) == 1 and counts and counts[0].unit == "packet" and one_container(containers, counts[0].value):
        # "15 litre sorsher tel er tin", "ஒரு 15 லிட்டர் கடலை எண்ணெய் டின்": one tin (or bag, dabba,
        # sack) of that size, so the amount is the size (data/containers.csv)
        quantity, unit = measures[0].value, measures[0].unit
    elif measures and counts and _one_sack_of(atoms, counts[0], measures[0]):
        # "एक बोरी चक्की आटा 25 किलो", "oru moottai idli arisi 25 kg": the sacks weigh that
        # much, so the amount is the weight (25 kg), which the cart makes from loose 1 kg packs
        # as well as from one 25 kg sack; "1 packet" of loose rice would be 1 kg.
        quantity, unit = counts[0].value * measures[0].value, measures[0].unit
    elif measures and counts:
        pack = PackSize(value=measures[0].value, unit=measures[0].unit)  # type: ignore[arg-type]
        quantity, unit = counts[0].value, counts[0].unit
    elif groups:
        quantity, unit = groups[0].value, groups[0].unit
    if not words:
        if unit is not None and any(atom.kind == "unit" and atom.text in PAAV_SPELLINGS for atom in atoms):
            # "2 pav" with nothing else: the bread, not a quarter kilo.
            paav = next(atom.text for atom in atoms if atom.kind == "unit" and atom.text in PAAV_SPELLINGS)
            return ItemRequest(text=paav, raw=raw, quantity=groups[0].value / 250.0 if groups else None)
        return None
    return ItemRequest(text=" ".join(words), raw=raw, quantity=quantity, unit=unit, pack_size=pack)


def _name_word(atom: _Atom, index: int, named: range) -> bool:
    """A word of the product's name: a word, or one of the words of a multipack's name ("maggi 8 pack")."""
    return atom.kind == "word" or (index in named and bool(atom.text))


def _pack_of_many(atoms: list[_Atom], groups: list[_Group]) -> tuple[list[_Group], range]:
    """"maggi 8 pack 1ta", "maggi 4 packet wala 2": a count of packets right before a bare count
    names a multipack (the "8 pack"), the bare count is how many of it. Returns the groups
    without the multipack's, and the atoms that name it."""
    if len(groups) != 2 or any(group.unit in MEASURE_UNITS for group in groups):
        return groups, range(0)
    pack, count = groups
    if pack.unit != "packet" or pack.implied or pack.value < 2 or count.unit is not None or count.implied:
        return groups, range(0)
    if atoms[pack.end - 1].text not in _MULTIPACK_WORDS:
        return groups, range(0)  # "mudhi 8 packet tinti gala": 8 packets (that got wet)
    if any(atom.kind != "drop" for atom in [*atoms[pack.end : count.start], *atoms[count.end :]]):
        return groups, range(0)
    return [count], range(pack.start, pack.end)


# "Pack" as the name of a multipack ("maggi 8 pack", "4 पैक"), not "packet".
_MULTIPACK_WORDS: Final = frozenset(
    "pack packs pk pck पैक पॅक প্যাক ਪੈਕ પેક ಪ್ಯಾಕ್ പാക്ക് ପ୍ୟାକ ప్యాక్ பேக் பேக்".split()
)


def _one_sack_of(atoms: list[_Atom], count: _Group, weight: _Group) -> bool:
    """"ek bori … 25 kilo", "ଏକ ବସ୍ତା … ୨୫ କିଲୋ": one sack word, then its weight. Several sacks
    after a pack size ("10 किलो वाला अब 12 बोरी") count packs of that size instead."""
    return count.unit == "packet" and count.value == 1 and count.end <= weight.start and weight.unit in ("kg", "g") and any(
        atom.kind == "unit" and is_sack(atom.text) for atom in atoms[count.start : count.end]
    )


def _merge_implied(groups: list[_Group]) -> list[_Group]:
    """"okati maggi packet": the count 1 and the later "packet" are one quantity, 1 packet."""
    bare = [group for group in groups if group.unit is None and not group.implied]
    implied = [group for group in groups if group.implied and group.unit not in MEASURE_UNITS]
    if len(bare) == 1 and len(implied) == 1 and _names_the_pack(implied[0], bare[0], groups):
        # "3 bisleri 1 litre bottles": the bottles are the 1-litre packs, the 3 counts them;
        # "3 bisleri litre bottles": a "litre bottle" is the container, counted as packets
        unit = implied[0].unit if _unit_word_names_the_container(implied[0], groups) else None
        counted = _Group(bare[0].value, unit, bare[0].start, bare[0].end)
        return [counted if group is bare[0] else group for group in groups if group is not implied[0]]
    if len(bare) == 1 and len(implied) == 1:
        merged = _Group(bare[0].value * implied[0].value, implied[0].unit, bare[0].start, bare[0].end)
        return [merged if group is bare[0] else group for group in groups if group is not implied[0]]
    return groups


def _names_the_pack(container: _Group, count: _Group, groups: list[_Group]) -> bool:
    """A container word right after a pack size, the count far before it: "3 bisleri 1 litre bottles"."""
    return count.end <= container.start and any(
        group.unit in MEASURE_UNITS and group.end == container.start and count.end < group.start for group in groups
    )


def _unit_word_names_the_container(container: _Group, groups: list[_Group]) -> bool:
    """"litre bottles", "లీటర్ బాటిల్స్": a unit with no number of its own before the container."""
    return any(group.implied and group.unit in MEASURE_UNITS and group.end == container.start for group in groups)


def _inside(groups: list[_Group], index: int) -> bool:
    return any(group.start <= index < group.end for group in groups)


# "of" between a pack size and a count ("5 kilo er 2", "1 litre di 2 bottle", "250g vi 2",
# "400 ग्रॅमचे दोन" is glued): hi ka/ke/ki, bn er/r, mr la/cha, gu na/ni/no, pa da/di/de,
# te vi/lu, kn da/ge, ta oda, or ra.
_PACK_LINKS: Final = frozenset(
    "er ar r ke ka ki la cha chi che na ni no nu da di de vi lu ge oda ra ru"
    " का के की ला चा ची चे এর র ના ની નો ਦਾ ਦੇ ਦੀ ର".split()
)
# A classifier written apart after a count: "2 ta", "3 ti", "gote" (bn, or, as).
_CLASSIFIER_WORDS: Final = frozenset("ta ti tta gota gote khana টা টি টো টে ଟା ଟି".split())


def _drop_links(atoms: list[_Atom], groups: list[_Group]) -> None:
    """Blank the "of" between a pack size and its count, and a classifier after a count,
    so "aashirvaad atta 5 kilo er 2 ta" is one item: two 5 kg packs."""
    for first, second in zip(groups, groups[1:]):
        inside = range(first.end, second.start)
        if first.unit in MEASURE_UNITS and second.unit not in MEASURE_UNITS and len(inside) == 1:
            if atoms[first.end].kind == "word" and atoms[first.end].text in _PACK_LINKS:
                atoms[first.end] = _Atom("drop", atoms[first.end].text)
    for group in groups:
        if group.unit is None and group.end < len(atoms) and atoms[group.end].text in _CLASSIFIER_WORDS:
            atoms[group.end] = _Atom("drop", atoms[group.end].text)
    for index, group in enumerate(groups):
        # "duita bourbon 150 gram ra", "pav bhaji masala 100 gram che", "bliss 1 litre vadu ek":
        # the "of" / "the one" after a pack size closes the item or stands before its count.
        at = group.end
        if group.unit not in MEASURE_UNITS or at >= len(atoms) or atoms[at].kind != "word":
            continue
        if atoms[at].text not in _PACK_LINKS and atoms[at].text not in _WHICH_ONE_WORDS:
            continue
        rest = [atom for atom in atoms[at + 1 :] if atom.kind != "drop"]
        following = groups[index + 1] if index + 1 < len(groups) else None
        if atoms[at].text in _PACK_LINKS and rest and rest[0].kind == "word" and atoms[at + 1].kind == "word":
            atoms[at] = _Atom("drop", atoms[at].text)  # "2 ta 500 ml er dudh", "1 kg ka atta": milk of 500 ml
            continue
        closes = not rest
        counted = following is not None and following.start == at + 1 and following.unit not in MEASURE_UNITS and following.end == len(atoms)
        if closes or counted:
            atoms[at] = _Atom("drop", atoms[at].text)


def _segment_items(tokens: list[Token], language: str, source: str, *, spoken: bool = True, carried: int = 0) -> list[ItemRequest]:
    given_to = recipient_end(tokens) if not carried else 0
    if given_to:
        tokens = tokens[given_to:]  # "khanaval la 3 tin fortune 5 litre": who they went to names no product
    atoms = _atoms(tokens, language, spoken=spoken)
    groups = _read_groups(atoms, language)
    if carried:
        groups = _add_carried_measure(groups, carried)
    groups = _add_smaller_measure(groups)
    _drop_links(atoms, groups)
    _drop_after_container_size(atoms, groups)
    raw = source[tokens[0].start : tokens[-1].end]
    if len(groups) < 2:
        item = _one_item(atoms, groups, raw)
        return [item] if item is not None else []
    first, last = groups[0], groups[-1]
    between = any(_words_between(atoms, a.end, b.start) for a, b in zip(groups, groups[1:]))
    outside = bool(_words_between(atoms, 0, first.start) or _words_between(atoms, last.end, len(atoms)))
    opening = _leading_counts(atoms, groups)
    if opening:
        return _split_before(atoms, groups, opening, raw)
    if not (between and outside):
        item = _one_item(atoms, groups, raw)
        return [item] if item is not None else []
    # Several items without commas: quantities lead ("2 kilo atta 1 kilo cheeni") or trail.
    leading = not _words_between(atoms, 0, first.start)
    if leading:
        cuts = [
            group.end if index and _counts_packs_of(groups[index - 1], group) else group.start for index, group in enumerate(groups)
        ]
        bounds = sorted(set(cuts)) + [len(atoms)]
    else:
        bounds = [0] + [group.end for group in groups]
    items = _items_between(atoms, groups, bounds, raw)
    if not leading:
        tail = atoms[bounds[-1] :]
        item = _one_item(tail, [], raw)
        if item is not None:
            items.append(item)
    return items


def _drop_after_container_size(atoms: list[_Atom], groups: list[_Group]) -> None:
    """"3 tin fortune 5 litre dile", "5 bori aata 10 kilo ditti": a count of containers, the
    product, then its size: the size is the container's, and words after it that name nothing
    the lexicon knows (gave, sent) close the line; they open no second item."""
    if len(groups) != 2:
        return
    count, size = groups
    if count.implied or count.unit != "packet" or size.unit not in MEASURE_UNITS or not is_container(atoms[count.end - 1].text):
        return
    after = [index for index in range(size.end, len(atoms)) if atoms[index].kind == "word"]
    if not after or not _words_between(atoms, count.end, size.start):
        return
    lexicon = load_lexicon()
    if any(lexicon.lookup(fold(atoms[index].text)) for index in after):
        return
    for index in after:
        atoms[index] = _Atom("drop", atoms[index].text)


# A measure in its smallest unit: "1 kilo aur aadha kilo", "2 kg and 500 g" add up.
_IN_SMALL: Final = {"kg": ("g", 1000.0), "g": ("g", 1.0), "l": ("ml", 1000.0), "ml": ("ml", 1.0)}


def _add_smaller_measure(groups: list[_Group]) -> list[_Group]:
    """"pyaz 2 kilo 500 gram", "1 litre 200 ml": a measure right after a larger one of the same
    kind (kilos then grams) is one amount, 2.5 kg."""
    merged: list[_Group] = []
    for group in groups:
        if merged:
            first = merged[-1]
            if first.unit in ("kg", "l") and group.unit in ("g", "ml") and group.start == first.end and not first.implied \
                    and not group.implied and _IN_SMALL[first.unit][0] == _IN_SMALL[group.unit][0] and group.value < 1000:
                merged[-1] = _Group(first.value + group.value / 1000.0, first.unit, first.start, group.end)
                continue
        merged.append(group)
    return merged


def _add_carried_measure(groups: list[_Group], carried: int) -> list[_Group]:
    """"ek kilo aur adha kilo pyaz": a bare measure carried over an "and" and the measure that
    opens the next part are one amount (1.5 kg), written in the first one's unit."""
    if len(groups) < 2 or groups[0].end > carried or groups[1].start != carried:
        return groups
    first, second = groups[0], groups[1]
    if first.unit not in _IN_SMALL or second.unit not in _IN_SMALL or first.implied or second.implied:
        return groups
    (base, factor), (other_base, other_factor) = _IN_SMALL[first.unit], _IN_SMALL[second.unit]
    if base != other_base:
        return groups
    total = (first.value * factor + second.value * other_factor) / factor
    return [_Group(total, first.unit, first.start, second.end), *groups[2:]]


# The last word of a part that only says which one: "thanda wala", "India gate ka", "spicy one".
_WHICH_ONE: Final = frozenset(
    "wala wali wale waala waali waale vala vali vale valu valo one ones type kind ka ki ke"
    " वाला वाली वाले का की के ওয়ালা টা এর வாலா మార్క్ ವಾಲಾ ਵਾਲਾ ਵਾਲੀ ਦਾ ਦੀ વાળું વાળો નું નો ବାଲା".split()
)


def _describes_previous(segment: list[Token], found: list[ItemRequest]) -> bool:
    words = [token for token in segment if token.kind in ("word", "num")]
    if len(found) != 1 or not words or words[-1].kind != "word" or words[-1].text not in _WHICH_ONE or len(words) > 4:
        return False
    item = found[0]
    return item.quantity is None and item.pack_size is None


# Lexicon concepts that only say which kind of the product before them ("thick" poha).
_DESCRIBING_CONCEPTS: Final = frozenset({"thick", "thin"})


def _describing_words(found: list[ItemRequest], language: str) -> list[str]:
    """A part that is only describing words, "the" and "one"/"wala" ("the thick one", "mota wala",
    "getti", "ମୋଟା"): those words, which make the item before a different product."""
    if len(found) != 1:
        return []
    item = found[0]
    if item.pack_size is not None or item.unit is not None or item.quantity not in (None, 1) or item.value is not None:
        return []
    words = [word for word in item.text.split() if word != "the" and word not in _WHICH_ONE]
    lexicon = load_lexicon()
    for word in words:
        meanings = lexicon.lookup(fold(word), language) or lexicon.lookup(fold(word))
        if not meanings or not set(meanings) <= _DESCRIBING_CONCEPTS:
            return []
    return words


def _size_of_previous(found: list[ItemRequest]) -> bool:
    """A part that is only a measure and "the one(s)" / "wala": it says which pack."""
    if len(found) != 1 or found[0].unit not in MEASURE_UNITS or found[0].quantity is None or found[0].pack_size is not None:
        return False
    words = [word for word in found[0].text.split() if word != "the"]
    return bool(words) and all(word in _WHICH_ONE for word in words)


def _leading_counts(atoms: list[_Atom], groups: list[_Group]) -> list[_Group]:
    """"3 maggi 1 amul butter 100g", "3 aavin paal packet 1 hamam soap": with no comma and the
    quantities first, each quantity followed by product words opens an item; a quantity right
    after another one, or after the last product words, stays with its item (a pack size)."""
    if _words_between(atoms, 0, groups[0].start):
        return []
    opening = [
        group
        for index, group in enumerate(groups)
        if _word_follows(atoms, group.end)
        and (index == 0 or groups[index - 1].implied or _words_between(atoms, groups[index - 1].end, group.start))
        and not (index > 0 and _counts_packs_of(groups[index - 1], group))
    ]
    return opening if len(opening) >= 2 and opening[0] is groups[0] else []


def _counts_packs_of(count: _Group, later: _Group) -> bool:
    """"3 ta nice time er packet bhije geche", "4 aavin packet pulichu pochu": a bare count,
    the product, then its pack word with no number of its own — the pack word tells what
    was counted (3 packets), it opens no item of one packet of the words after it."""
    return count.unit is None and not count.implied and later.implied and later.unit not in MEASURE_UNITS


def _word_follows(atoms: list[_Atom], index: int) -> bool:
    for atom in atoms[index:]:
        if atom.kind == "drop":
            continue
        return atom.kind == "word"
    return False


def _split_before(atoms: list[_Atom], groups: list[_Group], opening: list[_Group], raw: str) -> list[ItemRequest]:
    after_pack = [group.end for index, group in enumerate(groups) if index and _counts_packs_of(groups[index - 1], group)]
    bounds = sorted({group.start for group in opening} | {end for end in after_pack if end < len(atoms)}) + [len(atoms)]
    return _items_between(atoms, groups, bounds, raw)


def _items_between(atoms: list[_Atom], groups: list[_Group], bounds: list[int], raw: str) -> list[ItemRequest]:
    """One item for each stretch of ATOMS between neighbouring BOUNDS, with the groups inside it."""
    items: list[ItemRequest] = []
    for lo, hi in zip(bounds, bounds[1:]):
        part_groups = [_Group(g.value, g.unit, g.start - lo, g.end - lo, g.implied) for g in groups if lo <= g.start and g.end <= hi]
        item = _one_item(atoms[lo:hi], part_groups, raw)
        if item is not None:
            items.append(item)
    return items


def extract_items(text: str, language: str | None = None, *, spoken_numbers: bool = True) -> list[ItemRequest]:
    """Every product the message names, with quantity, unit and pack size (never raises).
    SPOKEN_NUMBERS false reads number words as name words (the amount is written elsewhere)."""
    cleaned = clean_message(text)
    if language is None:
        language = detect_language(cleaned).language
    prepared = said_once_more(prepare(fold_for_matching(cleaned)), language)  # "lux innoru": 1 lux
    prepared = sentence_before_emoji(prepared)  # "ghar saaf karna hai 😅 2 kilo nirma"
    prepared = without_clock_times(prepared)  # "tiffin at 7:15", "match starts at 7.30"
    each = _each_one_spans(prepared)
    each += [span for span in _doubled_numbers(prepared, language) if not any(s <= span[0] < e for s, e, _ in each)]
    if each:
        # "pudina ovvonnu", "pudina do-do": the amount of each, written as a digit in its place
        prepared = _as_digits(prepared, each)
    tokens = tokenize(prepared)
    items: list[ItemRequest] = []
    carry: list[Token] = []
    named: list[Token] = []  # the segment that named the last item, when it gave no amount
    segments = split_segments(tokens)
    for at, segment in enumerate(segments):
        found = _segment_items(carry + segment, language, prepared, spoken=spoken_numbers, carried=len(carry))
        carry = []
        bare = not found and not any(atom.kind == "word" for atom in _atoms(segment, language, spoken=spoken_numbers))
        # only after a "but / this time" word: an owner's bare "stock il ninnu 3 kurakku" is no size
        said_so = _says_this_time(segment) or (bare and _chosen_by_price(named))
        amended = _amount_of_previous(named, segment, language, prepared, spoken_numbers) if bare and said_so and items else None
        named = list(segment) if len(found) == 1 and found[0].quantity is None else []
        describing = _describing_words(found, language) if items else []
        if _turned_down(segment, found, segments[at + 1 :], language, spoken_numbers):
            pass  # "rajma nahi, kale chhole 1 kilo": not rajma, the next part is the order
        elif describing:
            # "poha, the thick one", "aval, getti", "poha, mota wala": the kind of the item before
            items[-1] = replace(items[-1], text=" ".join([*describing, items[-1].text]))
        elif items and _describes_previous(segment, found):
            pass  # "2 dahi, thanda wala", "2 kg basmati, India gate ka": which one, not another item
        elif items and _size_of_previous(found):
            # "two amul masti dahi, the 400 gram ones": the pack size of the item before
            if items[-1].pack_size is None and items[-1].unit not in MEASURE_UNITS:
                items[-1] = replace(items[-1], pack_size=PackSize(value=found[0].quantity, unit=found[0].unit))  # type: ignore[arg-type]
        elif found:
            items.extend(found)
        elif amended is not None:
            items[-1] = amended  # "ಸೋನಾ ಮಸೂರಿ ಅದೇ, ಆದ್ರೆ ಈ ಸಲ ೧೦ ಕೆಜಿ": the amount of the name just said
        elif not found and items and _pack_size_of_previous(segment, items[-1], language) is not None:
            # "amul ghee ek hor, ਅੱਧੇ ਲੀਟਰ ਵਾਲਾ": the size of the pack just asked for
            items[-1] = _pack_size_of_previous(segment, items[-1], language)  # type: ignore[assignment]
        elif bare:
            carry = segment  # "ek aur maggi": a bare quantity belongs to the next segment
        following = segments[at + 1][0].start if at + 1 < len(segments) else len(prepared)
        if items and any(segment[0].start <= start < following for start, _, _ in each):
            items = _one_each(items, _each_amount(segment, language) if bare else None)
    return items


def _chosen_by_price(named: list[Token]) -> bool:
    """NAMED, the part before a bare amount, leaves the choice to price ("whichever washing powder
    is cheapest, 1 kg", "sabse sasta chai patti, 250 gram"): the amount is that item's."""
    from intents.cheapest import says_cheapest  # noqa: PLC0415 - cheapest reads messages, which read items

    return bool(named) and says_cheapest(" ".join(token.text for token in named))


def _pack_size_of_previous(segment: list[Token], item: ItemRequest, language: str) -> ItemRequest | None:
    """A part of only a measure and "wala" ("adha litre wala", "ਅੱਧੇ ਲੀਟਰ ਵਾਲਾ") after an item with
    a count and no pack size: the item with that pack size."""
    if item.pack_size is not None or item.unit in MEASURE_UNITS:
        return None
    if not any(token.text in _WHICH_ONE or token.text in _WHICH_ONE_WORDS for token in segment):
        return None
    measures = amounts(segment, language)
    if len(measures) != 1 or measures[0].unit not in MEASURE_UNITS:
        return None
    return replace(item, pack_size=PackSize(value=measures[0].value, unit=measures[0].unit))  # type: ignore[arg-type]


def _turned_down(
    segment: list[Token], found: list[ItemRequest], later: list[list[Token]], language: str, spoken: bool
) -> bool:
    """A part naming a product with no amount and a "not / same" word ("aavin alla", "সাবান
    একই"), with product words in the part right after it: no item, the next part replaces it."""
    if not found or any(item.quantity is not None for item in found) or not later:
        return False
    if not says_not_this([token.text for token in segment if token.kind == "word"]):
        return False
    return any(atom.kind == "word" for atom in _atoms(later[0], language, spoken=spoken))


@cache
def _this_time_words() -> frozenset[tuple[str, ...]]:
    """data/this_time.csv as token tuples ("this time", "ಈ ಸಲ", "ஆனா")."""
    phrases = (tokenize(prepare(fold_for_matching(row["phrase"]))) for row in read_table("this_time.csv"))
    return frozenset(tuple(token.text for token in phrase if token.kind == "word") for phrase in phrases)


def _says_this_time(segment: list[Token]) -> bool:
    words = [token.text for token in segment if token.kind == "word"]
    return any(tuple(words[at : at + len(phrase)]) == phrase for phrase in _this_time_words() for at in range(len(words)))


def _amount_of_previous(
    named: list[Token], segment: list[Token], language: str, source: str, spoken: bool
) -> ItemRequest | None:
    """A clause of only an amount after a clause that named one product with none ("same rice,
    but this time 5 kg", "பொன்னி அரிசி அதே தான், ஆனா இந்த தடவை ௫ கிலோ"): read the two as one
    item; the "same / this time / but" words between are fillers."""
    if not named:
        return None
    joined = _segment_items(named + segment, language, source, spoken=spoken)
    if len(joined) != 1 or joined[0].quantity is None:
        return None
    return joined[0]


@cache
def _each_one_index() -> PhraseIndex:
    return build_index([("each_one", row["phrase"]) for row in read_table("each_one.csv")])


@cache
def _each_one_hint() -> re.Pattern[str]:
    """Any phrase anywhere in a message, as a substring: most messages skip the index."""
    phrases = {fold_for_matching(row["phrase"]) for row in read_table("each_one.csv")}
    spelled = (r"\s+".join(re.escape(word) for word in phrase.split()) for phrase in phrases)
    return re.compile("|".join(sorted(spelled, key=len, reverse=True)))


def _each_one_spans(prepared: str) -> list[tuple[int, int, float]]:
    """Where "one each" is said ("ek-ek", "ஒவ்வொன்னு", "gote gote"), data/each_one.csv."""
    if not _each_one_hint().search(prepared):
        return []
    spans: list[tuple[int, int, float]] = []
    for hit in sorted(_each_one_index().find(prepared), key=lambda hit: (hit.start, -hit.end)):
        if not any(start <= hit.start < end or hit.start <= start < hit.end for start, end, _ in spans):
            spans.append((hit.start, hit.end, 1.0))  # the longest phrase at a place, once
    return spans


_DOUBLED_WORD: Final = re.compile(r"(?<!\S)([^\s\d,;.!?-]+)(-|\s+)\1(?=[\s,;.!?]|$)")
# Bengali "N kore" is N of each ("duto kore", "দুটো করে").
_EACH_AFTER: Final = re.compile(r"(?<!\S)([^\s\d,;.!?-]+)\s+(?:kore|করে)(?=[\s,;.!?]|$)")


def _doubled_numbers(prepared: str, language: str) -> list[tuple[int, int, float]]:
    """A number word said twice ("do-do", "rendu rendu", "teen teen") or with Bengali "kore"
    ("duto kore"): that many of each item before it; "do" counts here, the repeat is the word
    it needs after it."""
    found: list[tuple[int, int, float]] = []
    matches = list(_DOUBLED_WORD.finditer(prepared))
    if language == "bn":
        matches += _EACH_AFTER.finditer(prepared)
    for match in matches:
        word = match.group(1)
        value = number_word_value(word, language)
        if value is not None and value >= 1 and word not in NEEDS_UNIT:  # "baar baar" is "again and again"
            found.append((match.start(), match.end(), value))
    return found


def _as_digits(text: str, spans: list[tuple[int, int, float]]) -> str:
    """TEXT with each span written as its value in digits, padded to the same length."""
    chars = list(text)
    for start, end, value in spans:
        digits = f"{value:g}"
        if len(digits) <= end - start:
            chars[start:end] = digits + " " * (end - start - len(digits))
    return "".join(chars)


def _each_amount(segment: list[Token], language: str) -> tuple[float, Unit | None] | None:
    """The amount a "one each" said on its own gives ("ik ik packet" -> 1 packet, "send one of each" -> 1)."""
    found = amounts(segment, language)
    return (found[0].value, found[0].unit) if found else None


def _one_each(items: list[ItemRequest], said: tuple[float, Unit | None] | None = None) -> list[ItemRequest]:
    """"கறிவேப்பிலை, புதினா ஒவ்வொன்னு": the last item and every item before it with no amount
    get one — or the amount the last one got from a unit after "each" ("chawal ek-ek kilo").
    Said on its own after items with a weight ("MDH masala 100g te Everest haldi 100g, ik ik
    packet", "… 100g, send one of each"), the weight is each pack's size and the count is one."""
    if said is not None and said[1] not in MEASURE_UNITS and any(_weighed(item) for item in items):
        changed = list(items)
        for index in range(len(changed) - 1, -1, -1):
            item = changed[index]
            if not _weighed(item):
                break
            assert item.quantity is not None and item.unit is not None
            changed[index] = replace(item, quantity=said[0], unit=said[1], pack_size=PackSize(value=item.quantity, unit=item.unit))
        return changed
    last = items[-1]
    quantity, unit = (last.quantity, last.unit) if last.quantity is not None else (1.0, None)
    changed = list(items)
    for index in range(len(changed) - 1, -1, -1):
        item = changed[index]
        if index < len(changed) - 1 and (item.quantity is not None or item.pack_size is not None):
            break
        if item.quantity is None:
            changed[index] = replace(item, quantity=quantity, unit=unit if item.unit is None else item.unit)
    return changed


def _weighed(item: ItemRequest) -> bool:
    """An item asked for by a weight or volume alone ("everest haldi 100g"), no pack count."""
    return item.quantity is not None and item.unit in MEASURE_UNITS and item.pack_size is None


@dataclass(frozen=True, slots=True)
class Amount:
    """A quantity written in a message, where it stands (character offsets)."""

    value: float
    unit: Unit | None
    start: int
    end: int


def amounts(tokens: list[Token], language: str) -> list[Amount]:
    """Every quantity group in TOKENS (separators ignored), in order: "2 ki jagah 4 packet"
    -> 2 at 0-1, 4 packet at 11-19. Units standing alone ("kilo cheeni") are not amounts."""
    words = [token for token in unglue(tokens) if token.kind != "sep"]
    atoms = _atoms(words, language)
    found: list[Amount] = []
    for group in _read_groups(atoms, language):
        if group.implied and atoms[group.start].text not in PAAV_SPELLINGS:
            continue  # "paiya nahi, adha kilo": a quarter alone is an amount
        found.append(Amount(group.value, group.unit, words[group.start].start, words[group.end - 1].end))
    return found
