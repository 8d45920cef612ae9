"""Make a raw chat message safe and uniform before anything reads it.

NFC, no control characters, native digits as ASCII, one spelling of spaces, a length cap.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from typing import Final

from intents.tables import read_table

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
    stretched letters once, an order number said with a space written as one ("order a 5803")."""
    text = _STRETCHED.sub(r"\1", text.translate(_TRANSLATION).lower())
    text = text.replace("\u200c", "").replace("\u200d", "")
    return _spaced_order_ref().sub(_join_ref, text) if " " in text else text


@cache
def _spaced_order_ref() -> re.Pattern[str]:
    """An order word (data/concepts.csv "order": order, ऑर्डर, ஆர்டர், অর্ডার, …), maybe "no" or
    "#", then a letter, a space and 3-6 digits: voice typing's "order a 5803", "order A 5801"."""
    words = sorted((row["phrase"].lower() for row in read_table("concepts.csv") if row["concept"] == "order" and " " not in row["phrase"]), key=len, reverse=True)
    order = "|".join(re.escape(word) for word in words)
    return re.compile(rf"(?<!\w)((?:{order})\S*\s+(?:(?:no|number|nu|#)\.?\s*)?)([a-z]) (\d{{3,6}})(?![\d.])")


def _join_ref(match: re.Match[str]) -> str:
    """The same length, so positions in the folded text still line up: "a 5803" -> " a5803";
    a number with a unit after it is an amount ("order a 500 gram sugar"): left as it is."""
    from intents.units import unit_word  # units reads no cleaning; imported late all the same

    following = match.string[match.end() :].split(maxsplit=1)
    if following and unit_word(following[0].strip(",.;:!?")) is not None:
        return match.group(0)
    return f"{match.group(1)} {match.group(2)}{match.group(3)}"
