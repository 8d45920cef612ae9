"""Make a raw chat message safe and uniform before anything reads it.

NFC, no control characters, native digits as ASCII, one spelling of spaces, a length cap.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Final

MAX_MESSAGE_CHARS: Final = 2000

# Every Indic digit block we understand, zero first; ०-९ ০-৯ ੦-੯ ૦-૯ ୦-୯ ௦-௯ ౦-౯ ೦-೯ ൦-൯.
_DIGIT_ZEROS: Final = (0x0966, 0x09E6, 0x0A66, 0x0AE6, 0x0B66, 0x0BE6, 0x0C66, 0x0CE6, 0x0D66)
_ASCII_DIGITS: Final[dict[int, str]] = {
    zero + offset: str(offset) for zero in _DIGIT_ZEROS for offset in range(10)
}
_VULGAR_FRACTIONS: Final[dict[int, str]] = {ord("½"): " 1/2 ", ord("¼"): " 1/4 ", ord("¾"): " 3/4 "}
_TRANSLATION: Final = str.maketrans({**_ASCII_DIGITS, **_VULGAR_FRACTIONS, ord("।"): ",", ord("॥"): ","})

_SPACES: Final = re.compile(r"[^\S\n]+")
_NEWLINES: Final = re.compile(r"\s*\n\s*")
# Letters of a word: any letter, plus the whole Indic range (vowel signs, virama, nukta are
# combining marks that Python's \w does not count), plus ZWJ/ZWNJ.
WORD_CHARS: Final = r"[^\W\d_]|[\u0900-\u0963\u0966-\u0DFF\u200c\u200d]"


def _keep(char: str) -> bool:
    if char in "\n\t":
        return True
    category = unicodedata.category(char)
    if category in ("Cc", "Cs", "Co", "Cn"):
        return False
    # Format characters: keep ZWJ/ZWNJ (Indic conjunct control), drop the rest (bidi marks, BOM).
    return category != "Cf" or char in "\u200c\u200d"


def clean_message(text: str) -> str:
    """The message as we show it back: NFC, printable, trimmed, at most MAX_MESSAGE_CHARS."""
    if not isinstance(text, str):
        text = str(text)
    text = text[: MAX_MESSAGE_CHARS * 2]
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    text = "".join(char for char in text if _keep(char))
    text = _SPACES.sub(" ", text.replace("\t", " "))
    text = _NEWLINES.sub("\n", text).strip()
    return text[:MAX_MESSAGE_CHARS]


# A Latin letter typed three or more times is typed once: "okkk", "hiii", "yesss", "plzzz".
_STRETCHED: Final = re.compile(r"([a-z])\1{2,}")


def fold_for_matching(text: str) -> str:
    """Lower case, ASCII digits, vulgar fractions spelt out, dandas as commas, no ZWJ/ZWNJ,
    stretched letters once."""
    text = _STRETCHED.sub(r"\1", text.translate(_TRANSLATION).lower())
    return text.replace("\u200c", "").replace("\u200d", "")
