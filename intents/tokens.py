"""Cut a folded message into tokens: numbers, words, order references, separators, symbols."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final, Literal

from intents.cleaning import WORD_CHARS

TokenKind = Literal["num", "ref", "word", "sep", "sym"]

_W: Final = f"(?:{WORD_CHARS})"
_TOKEN: Final = re.compile(
    r"(?P<ref>#?[a-z]\d{3,6}(?![\d.]))"
    r"|(?P<num>\d+(?:\.\d+)?(?:/\d+)?)"
    rf"|(?P<word>{_W}+(?:[-'’]{_W}+)*)"
    r"|(?P<sep>[,;\n&]+|\.(?!\d)|!|\?)"
    r"|(?P<sym>[+\-×*#₹%@:])"
)
# Rewrites before tokenising: "2 and half" -> "2.5"; "70gx2" -> "70g x 2".
_AND_HALF: Final = re.compile(r"\b(\d+)\s+(?:and|aur|n|&)\s+(?:a\s+)?(?:half|aadha|adha)\b")
_UNIT_TIMES: Final = re.compile(r"(?<=\d)(kg|g|gm|gms|ml|l|ltr)x(?=\s*\d)")
_DIGIT_TIMES: Final = re.compile(r"(?<=\d)x(?=\d)")


@dataclass(frozen=True, slots=True)
class Token:
    text: str
    kind: TokenKind
    start: int
    end: int


def prepare(folded: str) -> str:
    folded = _AND_HALF.sub(lambda m: f"{m.group(1)}.5", folded)
    folded = _UNIT_TIMES.sub(r"\1 x ", folded)
    return _DIGIT_TIMES.sub(" x ", folded)


def tokenize(prepared: str) -> list[Token]:
    tokens: list[Token] = []
    for match in _TOKEN.finditer(prepared):
        kind = match.lastgroup
        assert kind is not None
        tokens.append(Token(match.group(), kind, match.start(), match.end()))  # type: ignore[arg-type]
    return tokens
