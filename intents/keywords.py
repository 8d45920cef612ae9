"""Find the keyword concepts of data/concepts.csv in a folded message ("order", "cancel", …).

Matching is by tokens, through a dict keyed on a phrase's first word, so a message costs a
few dict look-ups per word. Latin phrases match whole words; a phrase in an Indic script may
also match the start of a longer last word, because those languages glue case endings on
(கார்ட்டை, ఆర్డర్‌ను). Emoji phrases match anywhere.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import cache
from typing import Final

from intents.cleaning import fold_for_matching
from intents.tables import read_table
from intents.tokens import Token, tokenize


@dataclass(frozen=True, slots=True)
class Hit:
    concept: str
    phrase: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class _Entry:
    words: tuple[str, ...]
    concept: str
    indic: bool  # may match the start of a longer last word
    phrase: str


_VIRAMAS = frozenset("\u094d\u09cd\u0a4d\u0acd\u0b4d\u0bcd\u0c4d\u0ccd\u0d4d")


def _is_indic(text: str) -> bool:
    return any(0x0900 <= ord(char) <= 0x0DFF for char in text)


@dataclass(frozen=True, slots=True)
class PhraseIndex:
    by_first: dict[str, tuple[_Entry, ...]]
    symbols: tuple[_Entry, ...]  # emoji and the like: substring search

    def find(self, folded: str, tokens: list[Token] | None = None) -> list[Hit]:
        words = [token for token in (tokens if tokens is not None else tokenize(folded)) if token.kind in ("word", "num", "ref")]
        hits: list[Hit] = []
        for index, token in enumerate(words):
            for entry in self._candidates(token.text):
                end = _match_at(words, index, entry)
                if end is not None:
                    hits.append(Hit(entry.concept, entry.phrase, token.start, end))
        for entry in self.symbols:
            at = folded.find(entry.phrase)
            if at >= 0:
                hits.append(Hit(entry.concept, entry.phrase, at, at + len(entry.phrase)))
        return hits

    def _candidates(self, word: str) -> list[_Entry]:
        found = list(self.by_first.get(word, ()))
        if _is_indic(word):
            for cut in range(4, len(word)):
                for entry in self.by_first.get(word[:cut], ()):
                    if entry.indic and len(entry.words) == 1:
                        found.append(entry)
        return found


def _match_at(words: list[Token], index: int, entry: _Entry) -> int | None:
    size = len(entry.words)
    if index + size > len(words):
        return None
    for offset, expected in enumerate(entry.words):
        actual = words[index + offset].text
        last = offset == size - 1
        if actual == expected or (offset == 0 and size == 1 and entry.indic and actual.startswith(expected)):
            continue
        if last and entry.indic and actual.startswith(expected):
            continue
        return None
    return words[index + size - 1].end


def build_index(rows: list[tuple[str, str]], *, prefixes: bool = True) -> PhraseIndex:
    """Index (concept, phrase) pairs; PREFIXES lets long Indic phrases match word starts."""
    by_first: dict[str, list[_Entry]] = {}
    symbols: list[_Entry] = []
    for concept, phrase in rows:
        # Folded as messages are (no ZWJ/ZWNJ, NFC): "ಚೆಕ್‌ಔಟ್" in the table matches "ಚೆಕ್ಔಟ್" typed.
        phrase = fold_for_matching(unicodedata.normalize("NFC", phrase))
        words = tuple(token.text for token in tokenize(phrase) if token.kind in ("word", "num", "ref"))
        # Short Indic words (ना, हो) stay whole-word: as prefixes they would match नारियल, होगा.
        indic = prefixes and bool(words) and _is_indic(phrase) and len(words[-1]) >= 4
        entry = _Entry(words, concept, indic, phrase)
        if not words:
            symbols.append(entry)
            continue
        by_first.setdefault(words[0], []).append(entry)
        # A last word ending in a virama loses it when a case ending is glued on
        # (ஆர்டர் -> ஆர்டரை, ಆರ್ಡರ್ -> ಆರ್ಡರನ್ನು): the stem without it is a prefix too.
        if indic and words[-1][-1] in _VIRAMAS and len(words[-1]) >= 5:
            stem = (*words[:-1], words[-1][:-1])
            by_first.setdefault(stem[0], []).append(_Entry(stem, concept, True, phrase))
    return PhraseIndex({first: tuple(entries) for first, entries in by_first.items()}, tuple(symbols))


@cache
def concept_index() -> PhraseIndex:
    return build_index([(row["concept"], row["phrase"]) for row in read_table("concepts.csv")])


@cache
def language_name_index() -> PhraseIndex:
    # Whole words only: ಹಿಂದಿನ ("previous") must not read as ಹಿಂದಿ (Hindi).
    return build_index([(row["code"], row["name"]) for row in read_table("language_names.csv")], prefixes=False)


def _inside_longer(hit: Hit, hits: list[Hit]) -> bool:
    """A hit covered by a longer hit of another concept ("আছে" inside "ঠিক আছে")."""
    return any(
        other.concept != hit.concept
        and other.start <= hit.start
        and hit.end <= other.end
        and other.end - other.start > hit.end - hit.start
        for other in hits
    )


def find_concepts(folded: str, tokens: list[Token] | None = None) -> dict[str, list[Hit]]:
    """Every concept that occurs in FOLDED, with where; a word inside a longer phrase of
    another concept counts only for the longer one."""
    hits = concept_index().find(folded, tokens) + _split_take_off(tokens if tokens is not None else tokenize(folded))
    found: dict[str, list[Hit]] = {}
    for hit in hits:
        if len(hits) > 1 and _inside_longer(hit, hits):
            continue
        found.setdefault(hit.concept, []).append(hit)
    return found


# English verbs that remove when "off" closes their clause: "take the jam off", "strike the dal off".
_OFF_VERBS: Final = frozenset({"take", "strike", "knock", "cross"})
# At most this many words between the verb and "off": the goods' name.
_OFF_NAME_WORDS: Final = 4


def _split_take_off(tokens: list[Token]) -> list[Hit]:
    """"take the jam off", "knock the chips off please": a remove said around the goods' name,
    the verb first in its clause and "off" last (bar courtesy), so "50% off" and "day off" stay."""
    hits: list[Hit] = []
    clause: list[Token] = []
    for token in [*tokens, Token(",", "sep", -1, -1)]:
        if token.kind != "sep":
            clause.append(token)
            continue
        words = [word for word in clause if word.text not in ("please", "pls", "plz")]
        offs = [at for at, word in enumerate(words) if word.text == "off"]
        if words and words[0].text in _OFF_VERBS and offs and offs[-1] == len(words) - 1 and 1 < offs[-1] <= _OFF_NAME_WORDS + 1:
            hits += [Hit("remove", "take off", words[0].start, words[0].end), Hit("remove", "take off", words[-1].start, words[-1].end)]
        clause = []
    return hits


def find_language_name(folded: str, tokens: list[Token] | None = None) -> str | None:
    hits = language_name_index().find(folded, tokens)
    return hits[0].concept if hits else None


def table_index(table: str, kinds: tuple[str, ...] | None = None, column: str = "phrase") -> PhraseIndex:
    """A word table with "kind" and COLUMN columns (intents/data/TABLE), indexed by kind; only the
    rows of KINDS when given."""
    return build_index(
        [(row["kind"], row[column]) for row in read_table(table) if kinds is None or row["kind"] in kinds]
    )
