"""The multilingual kirana lexicon: what customers call a thing, mapped to catalog words.

`intents/data/lexicon.csv` (built by intents/lexicon_build.py) has one row per
(concept, language, term): "चावल" -> concept "rice" -> catalog words ("rice",). The matcher
folds every term the same way it folds a message, so lookups are plain dict hits.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Final

from intents.romanise import is_indic, romanise
from intents.tables import words_by_kind

LEXICON_PATH: Final = Path(__file__).resolve().parent / "data" / "lexicon.csv"
LEXICON_COLUMNS: Final = ("concept", "catalog_words", "lang", "script", "term")
MAX_TERM_WORDS: Final = 5

# Nukta, ZWNJ, ZWJ: spelled both ways by customers ("प्याज़" / "प्याज"), so dropped when folding.
_DROPPED: Final = dict.fromkeys(
    map(ord, "\u093c\u09bc\u0a3c\u0abc\u0b3c\u0cbc\u200c\u200d\u00ad"), None
)
_SCRIPT_BLOCKS: Final = (
    (0x0900, 0x097F, "Deva"),
    (0x0980, 0x09FF, "Beng"),
    (0x0A00, 0x0A7F, "Guru"),
    (0x0A80, 0x0AFF, "Gujr"),
    (0x0B00, 0x0B7F, "Orya"),
    (0x0B80, 0x0BFF, "Taml"),
    (0x0C00, 0x0C7F, "Telu"),
    (0x0C80, 0x0CFF, "Knda"),
    (0x0D00, 0x0D7F, "Mlym"),
)


# Anything that is not a letter, mark or digit of a script we read is a word break. Python's
# \w lacks the Indic vowel signs and viramas, so the Indic blocks are added whole, less the
# dandas (।, ॥) which end sentences.
_NON_WORD: Final = re.compile(r"(?:[^\w\u0900-\u0D7F]|[_\u0964\u0965])+")
_ASCII_NON_WORD: Final = re.compile(r"[^a-z0-9]+")


def fold(text: str) -> str:
    """Lower case, NFC, no nukta/ZWJ, punctuation and symbols as spaces, one space between words."""
    if text.isascii():
        return _ASCII_NON_WORD.sub(" ", text.lower()).strip()
    text = unicodedata.normalize("NFC", text).lower().translate(_DROPPED)
    return _NON_WORD.sub(" ", text).strip()


@lru_cache(maxsize=None)
def folded_words_by_kind(name: str, column: str = "word") -> dict[str, frozenset[str]]:
    """tables.words_by_kind of intents/data/NAME, each word folded the way messages are."""
    return {kind: frozenset(fold(word) for word in words) for kind, words in words_by_kind(name, column).items()}


def tokens(text: str) -> list[str]:
    folded = fold(text)
    return folded.split(" ") if folded else []


def script_of(text: str) -> str:
    """ISO 15924 code of the first letter that says ("Deva", "Taml", …), "Latn" otherwise."""
    for char in text:
        code = ord(char)
        for low, high, script in _SCRIPT_BLOCKS:
            if low <= code <= high:
                return script
    return "Latn"


# "of" between the words of a term: Hindi/Punjabi/Gujarati genitives in both scripts.
OF_WORDS: Final = frozenset(
    "ka ki ke da di de no ni nu na ne er ko का की के ਦਾ ਦੀ ਦੇ નો ની નું ના ને".split()
)


# "and" as an Indic script writes the English word inside a brand ("ഹെഡ് ആൻഡ് ഷോൾഡേഴ്സ്",
# "एंड", "ਐਂਡ", "அண்ட்"), romanised (see intents.romanise).
_ENGLISH_AND: Final = frozenset({"and", "end", "aind", "ant"})


def is_english_and(word: str) -> bool:
    """The English "and" of a name written in an Indic script."""
    return is_indic(word) and romanise(word) in _ENGLISH_AND


def _gluable(latin_term: str) -> bool:
    """Two romanised words long enough that, glued, they are no other word."""
    first, second = latin_term.split(" ")
    return len(first) >= 3 and len(second) >= 3 and first.isalpha() and second.isalpha()


@dataclass(frozen=True, slots=True)
class LexiconRow:
    concept: str
    catalog_words: tuple[str, ...]  # alternatives, each one or more English words
    lang: str
    script: str
    term: str


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Folded term -> catalog-word alternatives (union over every concept that uses the term).

    A few terms mean different things in different languages (Odia "khira" is milk, Hindi
    "khira" cucumber): `by_language` holds their per-language meanings, used when the
    message's language is known and has its own meaning for the term.
    """

    translations: dict[str, tuple[str, ...]]
    longest_term: int  # in words
    by_language: dict[str, dict[str, tuple[str, ...]]] = field(default_factory=dict)
    phrase_words: frozenset[str] = frozenset()  # words of the terms longer than one word

    @classmethod
    def from_rows(cls, rows: Iterable[LexiconRow]) -> Lexicon:
        merged: dict[str, list[str]] = {}
        per_language: dict[str, dict[str, list[str]]] = {}
        for row in rows:
            key = fold(row.term)
            if not key:
                continue
            bucket = merged.setdefault(key, [])
            own = per_language.setdefault(key, {}).setdefault(row.lang, [])
            for words in row.catalog_words:
                folded = fold(words)
                if folded and folded not in bucket:
                    bucket.append(folded)
                if folded and folded not in own:
                    own.append(folded)
        # "ਮਾਂਹ ਦੀ ਦਾਲ" said, or left by the filler remover, without its "of": "ਮਾਂਹ ਦਾਲ".
        for key in list(merged):
            words = key.split(" ")
            if len(words) >= 3:
                short = " ".join(word for word in words[1:-1] if word not in OF_WORDS)
                short = f"{words[0]} {short} {words[-1]}".replace("  ", " ")
                if short != key and short not in merged:
                    merged[short] = merged[key]
                    per_language[short] = per_language[key]
        # "కందిపప్పు", "পাকা কলা" written as one word: a two-word native-script term glued; so too
        # a romanised one of two real words ("senagapappu", "kadalaiparuppu", "moongdal").
        for key in list(merged):
            glued = key.replace(" ", "")
            if key.count(" ") == 1 and (script_of(key) != "Latn" or _gluable(key)) and glued not in merged:
                merged[glued] = merged[key]
                per_language[glued] = per_language[key]
        # "கூல் ட்ரிங்க்ஸ்", "చిప్స్", "नूडल्स": an English plural s on a term written in an Indic script
        for key in list(merged):
            for plural in _english_plurals(key):
                if plural not in merged:
                    merged[plural] = merged[key]
                    per_language[plural] = per_language[key]
        longest = max((key.count(" ") + 1 for key in merged), default=1)
        # Only terms whose languages disagree (no shared catalog words) keep per-language meanings.
        by_language: dict[str, dict[str, tuple[str, ...]]] = {}
        for key, languages in per_language.items():
            meanings = [set(words) for words in languages.values()]
            if len(meanings) > 1 and any(not (a & b) for a in meanings for b in meanings):
                by_language[key] = {lang: tuple(words) for lang, words in languages.items()}
        return cls(
            translations={key: tuple(value) for key, value in merged.items()},
            longest_term=min(longest, MAX_TERM_WORDS),
            by_language=by_language,
            phrase_words=frozenset(word for key in merged if " " in key for word in key.split(" ")),
        )

    def lookup(self, folded_term: str, language: str | None = None) -> tuple[str, ...]:
        """Catalog words for a folded term; in LANGUAGE's own sense when it has one."""
        if language is not None:
            own = self.by_language.get(folded_term)
            if own is not None and language in own:
                return own[language]
        return self.translations.get(folded_term, ())


# Each Indic script's virama and its letter s, by the script's first code point.
_VIRAMA_AND_S: Final[dict[int, tuple[str, str]]] = {
    base: (chr(base + 0x4D), chr(base + 0x38))
    for base in (0x0900, 0x0980, 0x0A00, 0x0A80, 0x0B00, 0x0B80, 0x0C00, 0x0C80, 0x0D00)
}


def _english_plurals(term: str) -> tuple[str, ...]:
    """A term ending in a consonant, in an Indic script, with the English plural s written on:
    "ட்ரிங்க்" -> "ட்ரிங்க்ஸ்", "नूडल" -> "नूडल्स", "ਚਿਪ" -> "ਚਿਪਸ" (Gurmukhi and often Bengali
    write it with no virama); () for any other term."""
    last = term[-1:]
    if not last:
        return ()
    base = next((b for b in _VIRAMA_AND_S if b <= ord(last) < b + 0x80), None)
    if base is None:
        return ()
    virama, s_letter = _VIRAMA_AND_S[base]
    offset = ord(last) - base
    if last == virama and len(term) > 1 and 0x15 <= ord(term[-2]) - base <= 0x39:
        return (term + s_letter + virama,)  # Dravidian: the word already ends bare ("ட்ரிங்க்")
    if 0x15 <= offset <= 0x39 and base not in (0x0B80, 0x0C00, 0x0C80, 0x0D00):
        return (term + virama + s_letter, term + s_letter)  # "नूडल्स", "ਚਿਪਸ", "চিপস"
    return ()


def read_rows(path: Path = LEXICON_PATH) -> list[LexiconRow]:
    rows: list[LexiconRow] = []
    with path.open(newline="", encoding="utf-8") as handle:
        reader = csv.DictReader(handle)
        if tuple(reader.fieldnames or ()) != LEXICON_COLUMNS:
            raise ValueError(f"{path}: header must be {','.join(LEXICON_COLUMNS)}")
        for row in reader:
            words = tuple(word.strip() for word in row["catalog_words"].split("|") if word.strip())
            if not words or not row["term"].strip():
                raise ValueError(f"{path}, line {reader.line_num}: empty term or catalog_words")
            rows.append(
                LexiconRow(
                    concept=row["concept"].strip(),
                    catalog_words=words,
                    lang=row["lang"].strip(),
                    script=row["script"].strip(),
                    term=row["term"].strip(),
                )
            )
    return rows


@lru_cache(maxsize=4)
def load_lexicon(path: Path = LEXICON_PATH) -> Lexicon:
    """The checked-in lexicon, read once per process."""
    return Lexicon.from_rows(read_rows(path))


def names_goods(text: str, language: str) -> bool:
    """TEXT holds a word the lexicon knows in LANGUAGE (goods the shop sells): the one check the
    intent rules use to tell "kal wala atta" (goods) from "kal wala hi bhej do" (none)."""
    lexicon = load_lexicon()
    return any(lexicon.lookup(word, language) for word in fold(text).split())
