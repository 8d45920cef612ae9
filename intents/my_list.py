"""A customer asking what is in her list, bag or basket — the cart: "meri list mein kya kya
hai?", "majhya yadit kay kay ahe?", "મારા થેલામાં શું શું છે?", "എന്റെ ലിസ്റ്റിൽ എന്തൊക്കെ ഉണ്ട്?",
"mo thali re kana kana achhi?", "naa sanchi lo emunnayi".

A word for the list or bag and a "what" word (or "show me" beside "my"), and nothing else but "my", "in",
"is there", "now" and courtesy: no number and no goods. Words: data/my_list.csv, with the
"my" and "look" words of data/short_asks.csv.
"""

from __future__ import annotations

from functools import cache
from typing import Final

from intents.message import SOCIAL, Message
from intents.romanise import is_indic
from intents.tables import words_by_kind

# A native-script list word also matches the start of a longer word (ലിസ്റ്റിൽ, થેલામાં): at least
# this many letters of it, so short words stay whole.
_MIN_STEM: Final = 3
# Marks around a word: "hai?", "ഉണ്ട്?", "(list)".
_PUNCTUATION: Final = "?!.,;:()[]\"'’‘“”।॥-"


@cache
def _words() -> dict[str, frozenset[str]]:
    own = words_by_kind("my_list.csv")
    asks = words_by_kind("short_asks.csv")
    return {
        **own,
        "mine": own.get("mine", frozenset()) | asks.get("mine", frozenset()),
        "look": own.get("look", frozenset()) | asks.get("look", frozenset()),
    }


def _is_list_word(word: str, lists: frozenset[str]) -> bool:
    if word in lists:
        return True
    return is_indic(word) and any(
        len(stem) >= _MIN_STEM and is_indic(stem) and word.startswith(stem) for stem in lists
    )


def asks_whats_in_my_list(message: Message) -> bool:
    """MESSAGE asks what is in the customer's list / bag (the cart), and says nothing more."""
    if any(token.kind in ("num", "ref") for token in message.tokens):
        return False
    words = _words()
    lists = words.get("list", frozenset())
    mine = words.get("mine", frozenset())
    said = [word.strip(_PUNCTUATION) for word in message.without(*SOCIAL).split()]
    said = [word for word in said if word]
    # "what is in it" asks of any list; "show the list" of hers only ("list dikhao" may be the shop's)
    asks = words.get("what", frozenset()) | (
        words.get("look", frozenset()) if any(word in mine for word in said) else frozenset()
    )
    small = words.get("small", frozenset()) | mine
    if not any(_is_list_word(word, lists) for word in said) or not any(
        word in asks for word in said
    ):
        return False
    return all(word in asks or word in small or _is_list_word(word, lists) for word in said)
