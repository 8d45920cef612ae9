"""Spell an Indic-script word in Latin letters, roughly as an Indian shopper would.

Brand names reach us in native script ("हार्पिक", "નિરમા", "మోర్టీన్") while the catalog writes
them in Latin ("Harpic", "Nirma", "Mortein"). The nine Indic blocks share one layout, so one
table of offsets serves Devanagari, Bengali, Gurmukhi, Gujarati, Odia, Tamil, Telugu, Kannada
and Malayalam. The result is for matching only: long vowels are written once ("aa" -> "a"),
and a consonant's inherent "a" is dropped at the end of a word and between a vowel and a
consonant that carries its own vowel ("नि-र-मा" -> "nirma"), as Hindi and its neighbours say it.
`skeleton` keeps only the consonants, for names whose vowels drift ("ఫ్రీడమ్" / "freedom");
`sounds` and `loanword_spellings` bring an English name's spelling and a romanised one closer.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Final

# Block starts: Devanagari, Bengali, Gurmukhi, Gujarati, Odia, Tamil, Telugu, Kannada, Malayalam.
_BLOCKS: Final = (0x0900, 0x0980, 0x0A00, 0x0A80, 0x0B00, 0x0B80, 0x0C00, 0x0C80, 0x0D00)

_VOWELS: Final[dict[int, str]] = {
    0x05: "a", 0x06: "a", 0x07: "i", 0x08: "i", 0x09: "u", 0x0A: "u", 0x0B: "ri", 0x0C: "li",
    0x0D: "e", 0x0E: "e", 0x0F: "e", 0x10: "ai", 0x11: "o", 0x12: "o", 0x13: "o", 0x14: "au",
    0x60: "ri", 0x61: "li",
}  # fmt: skip
_CONSONANTS: Final[dict[int, str]] = {
    0x15: "k", 0x16: "kh", 0x17: "g", 0x18: "gh", 0x19: "n", 0x1A: "ch", 0x1B: "chh", 0x1C: "j",
    0x1D: "jh", 0x1E: "n", 0x1F: "t", 0x20: "th", 0x21: "d", 0x22: "dh", 0x23: "n", 0x24: "t",
    0x25: "th", 0x26: "d", 0x27: "dh", 0x28: "n", 0x29: "n", 0x2A: "p", 0x2B: "ph", 0x2C: "b",
    0x2D: "bh", 0x2E: "m", 0x2F: "y", 0x30: "r", 0x31: "r", 0x32: "l", 0x33: "l", 0x34: "zh",
    0x35: "v", 0x36: "sh", 0x37: "sh", 0x38: "s", 0x39: "h",
    0x58: "q", 0x59: "kh", 0x5A: "gh", 0x5B: "z", 0x5C: "r", 0x5D: "rh", 0x5E: "f", 0x5F: "y",
}  # fmt: skip
_MATRAS: Final[dict[int, str]] = {
    0x3E: "a", 0x3F: "i", 0x40: "i", 0x41: "u", 0x42: "u", 0x43: "ri", 0x44: "ri", 0x45: "e",
    0x46: "e", 0x47: "e", 0x48: "ai", 0x49: "o", 0x4A: "o", 0x4B: "o", 0x4C: "au", 0x57: "au",
    0x62: "li", 0x63: "li",
}  # fmt: skip
_NASALS: Final = frozenset({0x01, 0x02, 0x70})  # candrabindu, anusvara, Gurmukhi tippi
_VIRAMA: Final = 0x4D
_GEMINATE: Final = 0x71  # Gurmukhi addak doubles the next consonant
# Tamil aytham ஃ turns the next letter into a borrowed sound: ஃப f ("சர்ஃப்" surf), ஃஜ z.
_AYTHAM: Final = "\u0b83"
_AYTHAM_SOUNDS: Final[dict[str, str]] = {"p": "f", "j": "z"}
_NUKTA: Final = 0x3C
# A nukta turns a letter into a borrowed sound: ज़ z, फ़ f, ड़ r, ढ़ rh, क़ q.
_NUKTA_SOUNDS: Final[dict[str, str]] = {"j": "z", "jh": "z", "ph": "f", "d": "r", "dh": "rh", "k": "q"}
# Letters outside the shared layout: Malayalam chillus, Bengali khanda ta, Odia wa, Marathi ॲ
# (the English a of "ॲपल" apple, "ॲंड" and).
_EXTRA: Final[dict[str, str]] = {
    "\u0d7a": "n", "\u0d7b": "n", "\u0d7c": "r", "\u0d7d": "l", "\u0d7e": "l", "\u0d7f": "k",
    "\u0d54": "m", "\u0d55": "y", "\u0d56": "zh", "\u09ce": "t", "\u0b71": "w",
    "\u0a72": "", "\u0a73": "", "\u0972": "e",
}  # fmt: skip
_EXTRA_WITH_VOWEL: Final = frozenset("\u0b71")
# Gujarati has no nukta z: it writes z with ઝ ("માઝા" Maaza, "પિઝા" pizza, "ઝંડુ" Zandu).
_SCRIPT_CONSONANTS: Final[dict[str, str]] = {"\u0a9d": "z"}
# Bengali and Odia speak the inherent vowel as "o"; for matching Latin names "a" serves all.
_INHERENT: Final = "a"


def _offset(char: str) -> int | None:
    code = ord(char)
    for base in _BLOCKS:
        if base <= code < base + 0x80:
            return code - base
    return None


def is_indic(word: str) -> bool:
    return any(_offset(char) is not None for char in word)


def _syllables(word: str) -> list[tuple[str, str, bool]]:
    """(consonant, vowel, vowel_is_inherent) units; a bare vowel has consonant ""."""
    units: list[tuple[str, str, bool]] = []
    double_next = False
    borrowed_next = False
    for char in word:
        if char == _AYTHAM:
            borrowed_next = True
            continue
        if char in _EXTRA:
            # Odia ୱ is a whole consonant that takes vowel signs ("ଲିକ୍ୱିଡ୍" likwid); the
            # Malayalam chillus are consonants with no vowel
            takes_vowel = char in _EXTRA_WITH_VOWEL
            units.append((_EXTRA[char], _INHERENT if takes_vowel else "", takes_vowel))
            continue
        offset = _offset(char)
        if offset is None:
            units.append((char, "", False))
            continue
        if offset in _CONSONANTS:
            consonant = _SCRIPT_CONSONANTS.get(char) or _CONSONANTS[offset]
            if double_next:
                consonant = consonant[0] + consonant
                double_next = False
            if borrowed_next:
                consonant = _AYTHAM_SOUNDS.get(consonant, consonant)
                borrowed_next = False
            units.append((consonant, _INHERENT, True))
        elif offset in _VOWELS:
            units.append(("", _VOWELS[offset], False))
        elif offset in _MATRAS and units and units[-1][2]:
            units[-1] = (units[-1][0], _MATRAS[offset], False)
        elif offset == _VIRAMA and units and units[-1][2]:
            units[-1] = (units[-1][0], "", False)
        elif offset in _NASALS:
            units.append((_NASAL_MARK, "", False))
        elif offset == _GEMINATE:
            double_next = True
        elif offset == _NUKTA and units and units[-1][0] in _NUKTA_SOUNDS:
            consonant, vowel, inherent = units[-1]
            units[-1] = (_NUKTA_SOUNDS[consonant], vowel, inherent)  # ज़ z, फ़ f, ड़ r
    return units


_NASAL_MARK: Final = "\u0000"


def _nasal(units: list[tuple[str, str, bool]], index: int) -> str:
    """Anusvara is "m" at the end of a word and before p/b/m ("ಕೋಲಂ" kolam), else "n"."""
    following = units[index + 1][0] if index + 1 < len(units) else ""
    return "m" if not following or following[0] in "pbm" else "n"


# Tamil, Telugu, Kannada and Malayalam say a word's last inherent vowel ("ഡാൽഡ" daalda,
# "ಮೈದಾ"); they write a bare final consonant with a virama ("ఫ్రీడమ్").
_DRAVIDIAN: Final = (0x0B80, 0x0C00, 0x0C80, 0x0D00)


def _dravidian(word: str) -> bool:
    offsets = [ord(char) for char in word if 0x0900 <= ord(char) < 0x0D80]
    return bool(offsets) and any(base <= offsets[0] < base + 0x80 for base in _DRAVIDIAN)


_TAMIL: Final = 0x0B80


def _tamil_s(word: str, units: list[tuple[str, str, bool]]) -> list[tuple[str, str, bool]]:
    """Tamil ச between vowels is said s ("மாசா" masa Maaza, "ரசம்" rasam, "அரிசி" arisi); doubled
    (ச்ச) or after a nasal (ஞ்ச) it stays ch ("பச்சை" pachai, "மஞ்சள்" manjal)."""
    if not any(_TAMIL <= ord(char) < _TAMIL + 0x80 for char in word):
        return units
    return [
        ("s", vowel, inherent)
        if consonant == "ch" and vowel and index and units[index - 1][1]
        else (consonant, vowel, inherent)
        for index, (consonant, vowel, inherent) in enumerate(units)
    ]


def _drop_schwas(units: list[tuple[str, str, bool]], keep_last: bool = False) -> list[tuple[str, str, bool]]:
    """No inherent vowel at the end of a word, nor in V C(a) C V: "nirama" -> "nirma"."""
    result = list(units)
    if len(result) > 1 and result[-1][2] and not keep_last:
        result[-1] = (result[-1][0], "", False)
    for index in range(1, len(result) - 1):
        before, here, after = result[index - 1], result[index], result[index + 1]
        if here[2] and before[1] and after[0] and after[1] and not after[2]:
            result[index] = (here[0], "", False)
    return result


@lru_cache(maxsize=20_000)
def romanise(word: str) -> str:
    """"हार्पिक" -> "harpik", "નિરમા" -> "nirma"; a word with no Indic letter comes back as is."""
    if not is_indic(word):
        return word
    word = word.replace("\u0d31\u0d4d\u0d31", "\u0d1f\u0d4d\u0d1f")  # Malayalam റ്റ is "tt"
    word = word.replace("\u09cd\u09af", "")  # Bengali ya-phala is a vowel: "ব্যাগ" bag, "ব্যাটারি" battery
    units = _drop_schwas(_tamil_s(word, _syllables(word)), keep_last=_dravidian(word))
    text = "".join(
        (_nasal(units, index) if consonant == _NASAL_MARK else consonant) + vowel
        for index, (consonant, vowel, _) in enumerate(units)
    )
    for long, short in (("aa", "a"), ("ii", "i"), ("uu", "u"), ("ee", "e"), ("oo", "o")):
        text = text.replace(long, short)
    return text


# Voicing and sibilants merged: Tamil writes k/g, t/d, p/b and ch/s/j with one letter each.
_SKELETON_MAP: Final = str.maketrans(
    {"c": "k", "q": "k", "g": "k", "d": "t", "b": "p", "f": "p", "v": "p", "w": "p", "z": "s", "j": "s"}
    | {"x": "ks"}
)
_VOWEL_W: Final = re.compile(r"(?<=[aeiou])w")
_DOUBLED: Final = re.compile(r"([a-z])\1+")
_SOFT_G: Final = re.compile(r"g(?=[eiy])")
_SOFT_C: Final = re.compile(r"c(?=[eiy])")
_VOWEL_RUN: Final = re.compile(r"[aeiou]+")
_GUA: Final = re.compile(r"^gua(?=r)")
# An English final cluster Gurmukhi writes with no virama: "ਗਾਰਡ" garad is gard (guard), "ਕਾਰਡ"
# card, "ਸਰਫ" saraph surf.
_FINAL_CLUSTER: Final = re.compile(r"(?<=[aeiou][rlns])a(?=(?:[bcdfgkmpstv]|[bdgkpt]h)$)")
# How English names come out of Indic spellings: ऐ for a/e/i ("मैगी" maggi, "मैरी" marie,
# "टाइड" tide), ū for oo ("बूस्ट" boost), -iya for -ia/-ea ("निविया" nivea, "ओरियो" oreo).
# Also "ks" for -cks ("విక్స్" vicks), "kv" for qu ("லிக்விட்" liquid), and Bengali/Odia "bh"
# for v, which they write with ভ/ଭ ("এভারেডি" eveready), "au" for ou ("आउट" out) and j for
# z, which most scripts lack ("माजा" maaza, "जंडू" zandu), Tamil ச, ch or s ("சக்தி" sakthi),
# and hu/vh for wh ("হুইল", "વ્હીલ" wheel).
_LOANWORD_RULES: Final = (
    ("ai", "a"), ("ai", "e"), ("ai", "i"), ("u", "oo"), ("iy", "i"), ("iy", "e"), ("au", "o"),
    ("ks", "cks"), ("kv", "qu"), ("bh", "v"), ("au", "ou"), ("j", "z"), ("an", "en"), ("ch", "s"),
    ("hu", "wh"), ("vh", "wh"),
    # v for w ("ദാവത്ത്" davatt Daawat), -am for -um ("मैग्नम" magnam Magnum), Odia ଷ୍ଟ for st
    # ("ଫିଷ୍ଟ" phisht feast), i for ea ("फीस्ट" phist feast), -shan for -tion ("ട്രഡീഷണൽ"
    # tradishanal traditional), -io for -eo ("ଓରିଓ" orio oreo), a for u ("ଟବ" tab tub);
    # -an for -en ("किचन" kichan kitchen) comes before ch as s
    ("v", "w"), ("am", "um"), ("sht", "st"), ("i", "ea"), ("shan", "tion"), ("io", "eo"), ("a", "u"),
    # Malayalam ഴ for an English r before s ("ഷോൾഡേഴ്സ്" sholdezhs shoulders, "ടീച്ചേഴ്സ്");
    # ea said e ("ഹെഡ്" hed head, "स्प्रेड" spred spread)
    ("zhs", "rs"), ("ed", "ead"),
    # kw for qu ("ଲିକ୍ୱିଡ୍" likwid liquid); an r before n not written, as India says it
    # non-rhotic ("മോഡേൺ" moden modern); -al for -le ("ଆପଲ" apal apple)
    ("kw", "qu"), ("en", "ern"), ("al", "le"),
)  # fmt: skip


@lru_cache(maxsize=50_000)
def sounds(word: str) -> str:
    """A word spelt as it sounds, for comparing a romanised word with an English one:
    no doubled letters, soft g as j, "ph" as f, a final -y as i ("gillette" -> "jilete",
    "phridam" -> "fridam", "battery" -> "bateri")."""
    text = _VOWEL_W.sub("", word.lower())  # "powder" is "paudar": a w after a vowel is a vowel
    text = text.replace("ee", "i")  # "yippee", "coffee": ee is said i
    text = text.replace("tch", "ch")  # "kitchen", "butterscotch": the t is not said
    text = _GUA.sub("ga", text)  # "guard": the u of gua is not said
    text = _DOUBLED.sub(r"\1", text)
    text = _SOFT_G.sub("j", text)  # "gillette", "engine": g before e/i sounds j
    text = _SOFT_C.sub("s", text)  # "cinthol", "cera": c before e/i sounds s
    if len(text) > 2 and text.endswith("y") and text[-2] not in "aeiou":
        text = text[:-1] + "i"  # "battery", "cadbury": Indic spellings end in i
    elif len(text) > 3 and text.endswith("ie"):
        text = text[:-1]  # "brownie", "cookie": said -i as well
    return text.replace("xc", "x").replace("ph", "f")  # "excel" is said "eksel"


_VOICELESS: Final = str.maketrans(
    {"b": "p", "d": "t", "g": "k", "z": "s", "q": "k", "c": "k", "x": "ks", "v": "w"}
)
_ASPIRATED: Final = re.compile(r"(?<=[bcdgjkpt])h")


@lru_cache(maxsize=50_000)
def plain(word: str) -> str:
    """A word as it sounds with aspiration and voicing ignored, vowels kept: Tamil writes
    t/d, k/g, p/b with one letter ("இதயம்" itayam / idhayam -> "itayam", "மாசா" masa / maaza
    -> "masa", "ஆச்சி" achchi / aachi -> "açi")."""
    text = sounds(word).replace("ch", "\u00e7").replace("wh", "w")  # "wheel" is said wil
    text = _ASPIRATED.sub("", text).translate(_VOICELESS)
    return _ANY_DOUBLED.sub(r"\1", text)


_ANY_DOUBLED: Final = re.compile(r"(.)\1+")


@lru_cache(maxsize=50_000)
def skeleton(word: str) -> str:
    """Consonants only, aspiration, voicing and doubling ignored: "freedom" / "phridam" -> "prtm"."""
    text = sounds(word).replace("sh", "s").replace("ch", "s").translate(_SKELETON_MAP)
    letters = [char for char in text if char.isascii() and char.isalpha() and char not in "aeiouyh"]
    collapsed: list[str] = []
    for char in letters:
        if not collapsed or collapsed[-1] != char:
            collapsed.append(char)
    return "".join(collapsed)


def vowel_blur(word: str) -> str:
    """Every run of vowels as one "a": Indic spellings of English names keep the consonants
    and drift in the vowels ("batar" / "butter" -> "batar", "kolin" / "colin")."""
    return _VOWEL_RUN.sub("a", word)


_MAX_SPELLINGS: Final = 12


@lru_cache(maxsize=20_000)
def loanword_spellings(latin: str) -> tuple[str, ...]:
    """LATIN and the English spellings it may stand for, the word itself first, then one
    rule applied, then two ("ভিক্স" bhiks -> viks -> vicks). A final doubled consonant, as
    Malayalam and Tamil write an English final t ("ലൈറ്റ്" laitt, "സാൾട്ട്" saltt), is also
    read single (lite, salt)."""
    found = [latin]
    bases = [latin]
    if len(latin) >= 4 and latin[-1] == latin[-2] and latin[-1] not in "aeiou":
        bases.append(latin[:-1])
        found.append(latin[:-1])
    clustered = _FINAL_CLUSTER.sub("", latin)
    if clustered != latin and len(clustered) >= 4:
        bases.append(clustered)
        found.append(clustered)
    for base in bases:
        if base[-1:] not in "aeiou" and "ai" in base:
            silent_e = base.replace("ai", "i") + "e"  # silent e: "taid" tide, "sprait" sprite
        else:
            silent_e = ""
        singles = [base.replace(old, new) for old, new in _LOANWORD_RULES if old in base]
        if silent_e:
            # before the single rules: "டைட்" tait is tide, not tat (daawat said fast)
            found.append(silent_e)
        found.extend(singles)
        for single in singles:
            for old, new in _LOANWORD_RULES:
                if old in single and len(found) < _MAX_SPELLINGS * len(bases):
                    found.append(single.replace(old, new))
    return tuple(dict.fromkeys(found))


# English letter names as Indic scripts spell them, romanised as above: "കെപിഎൽ" kepiel is
# K-P-L, "ఎంటిఆర్" entiar M-T-R, "ஐடிசி" aitisi I-T-C. Tamil writes D as டி "ti" and B as
# பி "pi", so those names stand for either letter.
_LETTER_NAMES: Final[dict[str, str]] = {
    "e": "a", "ey": "a", "bi": "bp", "si": "c", "di": "d", "i": "e", "ef": "f", "eph": "f",
    "ji": "gz", "ech": "h", "hech": "h", "ai": "i", "je": "j", "ke": "k", "kyu": "q",
    "el": "l", "em": "m", "en": "nm", "o": "o", "pi": "pb", "ar": "r", "es": "s", "ti": "td",
    "yu": "u", "vi": "v", "dablyu": "w", "dabalyu": "w", "eks": "x", "vai": "y", "zed": "z",
    "jed": "z", "chi": "c", "aim": "m", "ain": "nm", "ail": "l", "aif": "f", "ais": "s",
    "aiks": "x", "aich": "h",
}  # fmt: skip
_MAX_ACRONYMS: Final = 16


@lru_cache(maxsize=20_000)
def acronyms(latin: str) -> tuple[str, ...]:
    """Initials a romanised word may spell out letter by letter: "kepiel" -> ("kpl",); ()
    when it is not a run of at least two English letter names."""
    found: dict[int, list[str]] = {0: [""]}
    for start in range(len(latin)):
        heads = found.get(start)
        if not heads:
            continue
        for end in range(start + 1, min(len(latin), start + 6) + 1):
            letters = _LETTER_NAMES.get(latin[start:end])
            if letters:
                grown = found.setdefault(end, [])
                for head in heads:
                    for letter in letters:
                        if len(grown) < _MAX_ACRONYMS:
                            grown.append(head + letter)
    return tuple(dict.fromkeys(word for word in found.get(len(latin), ()) if len(word) >= 2))
