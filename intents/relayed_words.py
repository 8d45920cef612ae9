"""A message written for someone else: "Dadi says: 12 eggs", "mom wants the small Bru",
"दादी बोल रही हैं चीनी 2 किलो कर दो", "amma kekkaranga 1 kg sakkarai", "ಅಜ್ಜಿ ಹೇಳ್ತಿದ್ದಾರೆ ಎರಡು
ನಂದಿನಿ ಹಾಲು", "bebe puchh rahe ne sarson da tel hai?", an owner's "papa counted, …", "typing for my
father: 24 more Parle-G came in".

The family word and its "says / asks / wants" (with "my" before, "ji" / "ne" after, helpers and a
"that" after the verb) open a clause; they are no part of any item or query, so they are taken
out and the rest reads as if the customer wrote it. A clause with no verb after the family word
("amma, 2 kg sugar", "mummy ke liye") is left as it is. Words: data/relayed_words.csv.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Final

from intents.lexicon import names_goods
from intents.numbers import number_word_value
from intents.tables import words_by_kind

# A word: letters and the Indic vowel signs and viramas (\w misses some of them).
_WORD: Final = re.compile(r"[\w\u0900-\u0DFF\u200c\u200d'-]+")
# What may stand between a clause's start and the family word: spaces only.
_CLAUSE_BREAK: Final = re.compile(r"[,;:.!?।|\n\-—–()\"]|[^\w\s\u0900-\u0DFF]")
# At most this many helper words after the verb ("keh rahe ne", "is asking").
_MAX_HELPERS: Final = 3


@cache
def _words(kind: str) -> frozenset[str]:
    return words_by_kind("relayed_words.csv", "phrase").get(kind, frozenset())


@cache
def _stems() -> tuple[str, ...]:
    return tuple(sorted(_words("stem"), key=len, reverse=True))


def _is_verb(word: str) -> bool:
    return word in _words("verb") or word.startswith(_stems())


def _clause_start(text: str, at: int) -> bool:
    before = text[:at].rstrip()
    return not before or bool(_CLAUSE_BREAK.fullmatch(before[-1]))


def _lead_in_end(words: list[re.Match[str]], at: int) -> int | None:
    """Where the "(my) relative (ji) (ne) says (is) (that)" run starting at word AT ends (a
    character offset), or None when it is not one."""
    said = [match.group(0).lower() for match in words]
    index = at
    if index + 1 < len(said) and said[index] in _words("mine") and said[index + 1] in _words("relative"):
        index += 1  # "my mom", "nanna" alone is a father in Telugu
    typing = False
    if at < len(said) and said[at] in _words("typing") and at + 1 < len(said) and said[at + 1] == "for":
        typing, index = True, at + 2
        if index + 1 < len(said) and said[index] in _words("mine") and said[index + 1] in _words("relative"):
            index += 1
    if index >= len(said) or said[index] not in _words("relative"):
        return None
    index += 1
    if typing:
        return words[index - 1].end()
    if index < len(said) and said[index] in _words("honorific"):
        index += 1
    agent = index < len(said) and said[index] in _words("agent")
    if agent:
        index += 1
    before_verb = index
    while index < len(said) and index - before_verb < 2 and said[index] in _words("aux") and not _is_verb(said[index]):
        index += 1  # "my father is asking"
    verbs = 0
    while index < len(said) and _is_verb(said[index]):
        index, verbs = index + 1, verbs + 1
    if not verbs:
        return None
    helpers = 0
    while index < len(said) and helpers < _MAX_HELPERS and (said[index] in _words("aux") or _is_verb(said[index])):
        index, helpers = index + 1, helpers + 1
    return words[index - 1].end()


# The agent case glued to a family word ("आईने", "बाबांनी").
_GLUED_AGENT: Final = ("ने", "नी", "ne")
# At most this many words said between the family word and a verb closing the clause.
_MAX_SAID_BETWEEN: Final = 3


def _told_at_end(text: str, words: list[re.Match[str]], at: int) -> list[tuple[int, int]]:
    """"dadi ne theek hai bola", "आईने ठीक आहे सांगितलं": the family word in the agent case opens a
    short clause that a say-verb closes; the two (and the "ne") go, the words between stay."""
    said = [match.group(0).lower() for match in words]
    if said[at] not in _words("relative"):
        return []
    end = at + 1
    if end < len(said) and said[end] in _words("honorific"):
        end += 1
    if end < len(said) and said[end] in _words("agent"):
        end += 1
    elif not said[at].endswith(_GLUED_AGENT):
        return []
    last = end
    while last + 1 < len(said) and not _CLAUSE_BREAK.search(text[words[last].end() : words[last + 1].start()]):
        last += 1
    if last >= len(said) or last - end > _MAX_SAID_BETWEEN or last == end or not _is_verb(said[last]):
        return []
    return [(words[at].start(), words[end - 1].end()), (words[last].start(), words[last].end())]


# A later clause of the message: after a comma, a danda or a semicolon.
_LATER_CLAUSE: Final = re.compile(r"[,;।]\s*([^,;।]+)")


def _about_someone(clause: str, language: str) -> bool:
    """"nanna list marchesaru", "appa hosa list kodtare", "मम्मी ने कहा पहले लिस्ट दोबारा बनाएंगी":
    the clause opens with a family word and names no goods and no number: it says why."""
    said = [match.group(0).lower() for match in _WORD.finditer(clause)]
    if len(said) > 1 and said[0] in _words("mine") and said[1] in _words("relative"):
        said = said[1:]
    if len(said) < 2 or said[0] not in _words("relative") or re.search(r"\d", clause):
        return False
    return not names_goods(" ".join(said[1:]), language) and all(number_word_value(word, language) is None for word in said)


def without_relayed_reason(text: str, language: str) -> str:
    """"सब हटा दो, मम्मी ने कहा पहले लिस्ट दोबारा बनाएंगी" -> "सब हटा दो": a later clause about the
    one the message is written for, with no goods and no number in it, is the reason, not a request."""
    for match in reversed(list(_LATER_CLAUSE.finditer(text))):
        if _WORD.search(text[: match.start()]) and _about_someone(match.group(1), language):
            text = (text[: match.start()] + text[match.end() :]).strip()
    return text


def without_relayed_lead_in(text: str) -> str:
    """TEXT without the "Dadi says:" / "amma kekkaranga" that opens a clause of it; TEXT itself
    when nothing else would be left."""
    words = list(_WORD.finditer(text))
    cuts: list[tuple[int, int]] = []
    for at, match in enumerate(words):
        if cuts and match.start() < cuts[-1][1] or not _clause_start(text, match.start()):
            continue
        end = _lead_in_end(words, at)
        if end is None:
            cuts.extend(_told_at_end(text, words, at))
        else:
            rest = text[end:]
            colon = re.match(r"\s*[:\-—–]\s*", rest)  # "Dadi says: 12 eggs"
            cuts.append((match.start(), end + (colon.end() if colon else 0)))
    if not cuts:
        return text
    kept, last = [], 0
    for start, end in cuts:
        kept.append(text[last:start])
        last = end
    kept.append(text[last:])
    result = re.sub(r"\s+([,;.!?।])", r"\1", re.sub(r"\s{2,}", " ", "".join(kept))).strip(" ,;:")
    return result if _WORD.search(result) else text
