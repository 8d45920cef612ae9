"""Cut a folded message into tokens: numbers, words, order references, separators, symbols."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final, Literal

from intents.cleaning import WORD_CHARS

TokenKind = Literal["num", "ref", "word", "sep", "sym"]

_W: Final = f"(?:{WORD_CHARS})"
_TOKEN: Final = re.compile(
    r"(?P<ref>#?[a-z]\d{3,6}(?!\.?\d))"
    r"|(?P<num>\d+(?:\.\d+)?(?:/\d+)?)"
    rf"|(?P<word>{_W}+(?:[-'’]{_W}+)*)"
    r"|(?P<sep>[,;\n&]+|\.(?!\d)|!|\?)"
    r"|(?P<sym>[+\-×*#₹%@:])"
)
# Rewrites before tokenising: "2 and half" -> "2.5"; "70gx2" -> "70g x 2".
_AND_HALF: Final = re.compile(r"\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:and|aur|n|&)\s+(?:a\s+)?(?:half|aadha|adha)\b")
_ENGLISH_NUMBERS: Final = {w: str(i) for i, w in enumerate("zero one two three four five six seven eight nine ten".split())}
_UNIT_TIMES: Final = re.compile(r"(?<=\d)(kg|g|gm|gms|ml|l|ltr)x(?=\s*\d)")
_DIGIT_TIMES: Final = re.compile(r"(?<=\d)x(?=\d)")


@dataclass(frozen=True, slots=True)
class Token:
    text: str
    kind: TokenKind
    start: int
    end: int


# A numbered list: "1. atta 5kg\n2. dal 1kg", "1) 2 maggi 2) 1 butter". Markers count 1, 2, 3 …
# from the start of the message or of a line; a number with a stop anywhere else is a count.
# Where a remark clause ends: punctuation or a line break (a decimal point is no break), and a
# word inside one (size_remarks, item_descriptors).
CLAUSE_BREAK: Final = re.compile(r"(?:[,;!?\n|।]|\.(?!\d))+")
CLAUSE_WORD: Final = re.compile(r"[^\s,;.!?|।\n]+")
_LIST_MARKER: Final = re.compile(r"(?:^|(?<=\s))(\d{1,2})[.)](?=\s+\S)")


def _without_list_markers(folded: str) -> str:
    markers = list(_LIST_MARKER.finditer(folded))
    if not markers or int(markers[0].group(1)) != 1 or folded[: markers[0].start()].strip():
        return folded
    chars = list(folded)
    expected = 1
    for marker in markers:
        if int(marker.group(1)) != expected:
            continue
        chars[marker.start() : marker.end()] = " " * (marker.end() - marker.start())
        expected += 1
    return "".join(chars) if expected > 2 else folded


def prepare(folded: str) -> str:
    folded = _without_list_markers(folded)
    folded = _AND_HALF.sub(lambda m: f"{_ENGLISH_NUMBERS.get(m.group(1), m.group(1))}.5", folded)
    folded = _UNIT_TIMES.sub(r"\1 x ", folded)
    return _DIGIT_TIMES.sub(" x ", folded)


# A number glued to letters is part of a name: "2-minute", "7up", "50-50", "parle-g". A unit
# glued to a number ("70g", "5kg", "2pkt") is a quantity and stays a number (see _glued).
_GLUED: Final = re.compile(rf"(?<![\w.])(?:(\d+)-\1(?![\d.])|\d+(?:-\d+)*(?:-?{_W}+)(?:-{_W}+)*)")


# Counting classifiers glued to a number: Bengali "2ta"/"২টা"/"৩টে", Odia "୨ଟି": the number alone.
CLASSIFIERS: Final = frozenset({"ta", "ti", "to", "te", "টা", "টি", "টো", "টে", "ଟି", "ଟା", "khana"})


def _glued(word: str) -> bool:
    """"7up", "2-minute", "50-50": a name; "70g", "5kg", "2x", "3rd", "10rs": not."""
    from intents.units import unit_word

    if word.replace("-", "").isdigit():
        return True  # "50-50" (a range would be "2-3")
    if "-" not in word:
        letters = word.lstrip("0123456789.")
        if not letters or unit_word(letters) is not None or letters in _NOT_NAMES:
            return False
        return len(letters) >= 2 and letters.isalpha() and letters.isascii()
    return True


_NOT_NAMES: Final = frozenset({"x", "st", "nd", "rd", "th", "rs", "k", "lakh", "am", "pm", "hrs", "min", "mins", "th", *CLASSIFIERS})


def tokenize(prepared: str) -> list[Token]:
    tokens: list[Token] = []
    position = 0
    while position < len(prepared):
        glued = _GLUED.match(prepared, position) if prepared[position].isdigit() else None
        if glued is not None and _glued(glued.group()) and _at_word_start(prepared, position):
            tokens.append(Token(glued.group(), "word", glued.start(), glued.end()))
            position = glued.end()
            continue
        match = _TOKEN.search(prepared, position)
        if match is None:
            break
        kind = match.lastgroup
        assert kind is not None
        if match.start() > position and prepared[match.start()].isdigit() and _at_word_start(prepared, match.start()):
            position = match.start()  # a number: check it for glued letters first
            glued = _GLUED.match(prepared, position)
            if glued is not None and _glued(glued.group()):
                continue
        position = match.end()
        if kind == "word" and match.group() in CLASSIFIERS and tokens and tokens[-1].kind == "num" and tokens[-1].end == match.start():
            continue  # "2ta", "২টা": the classifier says nothing more than the number
        tokens.append(Token(match.group(), kind, match.start(), match.end()))  # type: ignore[arg-type]
    return tokens


def _at_word_start(text: str, position: int) -> bool:
    return position == 0 or not (text[position - 1].isalnum() or text[position - 1] in ".")


def blank_spans(text: str, spans: list[tuple[int, int]]) -> str:
    """TEXT with each (start, end) span of SPANS replaced by as many spaces."""
    chars = list(text)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    return "".join(chars)
