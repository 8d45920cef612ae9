"""A customer's shortest asks, which name nothing to buy: a lone "?" (how does this work?),
"amar order?" / "నా order?" (where is my order), "cart nodi" (show me the cart), "good morning,
open today? its sunday" (a greeting that asks whether the shop is open), and a greeting with who
is writing and her street ("வணக்கம் தம்பி, நான் ராமசாமி, 5வது தெரு"), which is no address given
for delivery. Words in data/short_asks.csv; the weekdays are those of data/delivery_dates.csv.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Final

from intents.items import content_words, extract_items
from intents.lexicon import names_goods
from intents.message import SOCIAL, Message
from intents.tables import words_by_kind
from intents.tokens import tokenize

# Only question marks (and a "!" or "." among them): "?", "??", "?!".
_ONLY_ASKING: Final = re.compile(r"^[\s?!.]*\?[\s?!.]*$")
# What may stand beside "my order" when it asks after it: status and question words.
_ABOUT_MY_ORDER: Final = (
    "order",
    "status",
    "which",
    "how",
    "now",
    "exists",
    "greet",
    "yes",
    "help",
)
# What a greeting asking whether the shop is open may name besides the greeting and "open".
_OPEN_TALK: Final = (
    "greet",
    "open",
    "shop",
    "today",
    "now",
    "exists",
    "yes",
    "no",
    "instead",
    "available",
    "hours",
    "fresh",
)
# What a greeting and a self-introduction may name: the greeting, the street, "from".
_INTRO_TALK: Final = ("greet", "address_part", "from_amount", "near", "yes")
# A self-introduction holds the name and the street: at most this many words after "I am".
_INTRO_WORDS: Final = 6


@cache
def _words() -> dict[str, frozenset[str]]:
    return words_by_kind("short_asks.csv")


@cache
def _weekdays() -> frozenset[str]:
    return words_by_kind("delivery_dates.csv").get("weekday", frozenset())


def only_asks(text: str) -> bool:
    """ "?", "??", "?!": a question mark alone asks how this works."""
    return bool(_ONLY_ASKING.match(text))


def _rest(message: Message, *concepts: str) -> list[str]:
    """The content words of MESSAGE outside these concepts' words."""
    return content_words(message.without(*concepts), message.language)


def asks_after_my_order(message: Message) -> bool:
    """ "amar order?", "నా order?", "ente order?", "mera order kahan": "my order" with nothing
    but question and status words beside it — no goods, no amount."""
    if not message.has("order") or re.search(r"\d", message.folded):
        return False  # an amount, or the order's number ("my order A1042.") read elsewhere
    said = message.without(*_ABOUT_MY_ORDER)
    mine = _words().get("mine", frozenset())
    typed = [token.text for token in tokenize(said) if token.kind == "word"]
    if not typed or typed[0] not in mine:
        return False  # "my" opens what is left ("amar" is a filler elsewhere)
    said_no = message.concepts.get("no", ())  # "naa" (my) is also a "no"
    rest = [
        word
        for word in content_words(said, message.language)
        if word not in mine and not any(hit.phrase == word for hit in said_no)
    ]
    return (
        len(rest) <= 1
        and not names_goods(" ".join(rest), message.language)
        and (not rest or "?" in message.folded)
    )


def looks_at_the_cart(message: Message) -> bool:
    """ "cart nodi", "ಕಾರ್ಟ್ ನೋಡಿ", "cart nokku", "cart paarunga": the cart and a word for
    "look", nothing else."""
    if not message.has("cart"):
        return False
    words = _rest(message, "cart", "show", *SOCIAL)
    looks = _words().get("look", frozenset())
    return bool(words) and all(word in looks for word in words)


def greets_asking_if_open(message: Message) -> bool:
    """ "good morning bhaiya, open today na? its sunday", "hai chetta, sunday aanu, kada open
    aano?": a greeting opens the message and asks whether the shop is open (the day named at
    most) — no time asked, no number, no goods."""
    greets = message.concepts.get("greet", ())
    if (
        not greets
        or not message.has("open")
        or any(token.kind == "num" for token in message.tokens)
    ):
        return False
    if content_words(message.folded[: min(hit.start for hit in greets)], message.language):
        return False  # the greeting opens the message
    if any(concept not in _OPEN_TALK for concept in message.concepts):
        return False
    weekdays = _weekdays()
    if any(hit.phrase not in weekdays for hit in message.concepts.get("hours", ())):
        return False  # "what time do you open?" asks the hours
    small = _words().get("open_talk", frozenset()) | _words().get("day", frozenset()) | weekdays
    words = [word for word in _rest(message, *_OPEN_TALK) if word not in small]
    return len(words) <= 1 and not names_goods(" ".join(words), message.language)


def greets_with_name_and_street(message: Message) -> bool:
    """ "வணக்கம் தம்பி 🙏 நான் ராமசாமி, 5வது தெரு", "namaste, main Sunita, Gandhi gali": a
    greeting opens, then "I am" with a name and at most one street word — no delivery asked,
    no address label, no pincode, no goods and no amount of anything."""
    greets = message.concepts.get("greet", ())
    if not greets or content_words(
        message.folded[: min(hit.start for hit in greets)], message.language
    ):
        return False
    if any(concept not in _INTRO_TALK for concept in message.concepts):
        return False  # an "address:" label, an order word, a question
    if len(message.concepts.get("address_part", ())) > 1 or re.search(r"\b\d{6}\b", message.folded):
        return False
    said = message.without(*_INTRO_TALK)
    typed = [token.text for token in tokenize(said) if token.kind == "word"]
    intros = _words().get("intro", frozenset())
    opens = next(
        (
            at
            for at, word in enumerate(typed)
            if word in intros or " ".join(typed[at : at + 2]) in intros
        ),
        None,
    )
    if any(word in _words().get("send", frozenset()) for word in typed):
        return False  # "..., deliver pannunga": the street is where to send it
    if opens is None or len(typed) - opens > _INTRO_WORDS:
        return False  # "I am" ("நான்", a filler elsewhere) and then a name and a street
    if any(
        item.unit is not None or item.pack_size is not None
        for item in extract_items(message.folded, message.language)
    ):
        return False
    return not names_goods(" ".join(content_words(said, message.language)), message.language)
