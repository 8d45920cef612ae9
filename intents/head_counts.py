"""Numbers that say WHO an order is for, not how much of it to send.

"office pantry order for 15 people: 2 kg tata tea", "১৫ জনের চায়ের জন্য ৩টা নেসক্যাফে", "naalu peruku
2 maggi": a count of people. "flat 304 ke liye ek good day", "305 க்கு ஒரு rusk", "201 वाली आंटी को
आधा किलो रेड लेबल", "302 aunty cancelled hers": a flat or house number with "for" or a person
after it. "മീറ്റിംഗിന് 12 ബിസ്ലേരി": an occasion with a glued "for" right before the count. These
words are blanked before the intent and the items are read, so the number is no item's quantity
and "flat 101: 1 kg red label" gives no address. The words are in data/head_counts.csv.
"""

from __future__ import annotations

from functools import cache
from typing import Final

from intents.cleaning import fold_for_matching
from intents.items import connectors, extract_items
from intents.keywords import find_concepts
from intents.lexicon import fold, load_lexicon
from intents.numbers import fraction_word, number_word_value
from intents.tables import read_table
from intents.tokens import Token, prepare, tokenize
from intents.units import unit_word

Span = tuple[int, int]

# A count of people is at least two and no crowd a kirana feeds.
_FEWEST_PEOPLE: Final = 2
_MOST_PEOPLE: Final = 500
# A bare number this large with "for" or a person after it is a flat ("305 க்கு"), never a count.
_HOUSE_FROM: Final = 100
# A flat number has at most four digits: six are a pincode ("600040 la entha kadai").
_HOUSE_DIGITS: Final = 4
# At most this many words between the people and the "for" that closes them ("জনের চায়ের জন্য").
_OCCASION_WORDS: Final = 3
# Words after "per" that make it "each" ("20 per kg", "2 per person"), no Tamil "people".
_PER_EACH: Final = frozenset("person head piece pc pcs day week month plate packet kg".split())
# Letters a word keeps before a glued "for" ("മീറ്റിംഗിന്"): fewer is the ending alone.
_GLUED_STEM: Final = 3
# Words of an occasion that may open a clause before the glued one ("client meetingku").
_OCCASION_LEAD: Final = 2


@cache
def _phrases() -> dict[str, tuple[tuple[str, ...], ...]]:
    """data/head_counts.csv by kind, each phrase as its folded tokens, longest first."""
    found: dict[str, set[tuple[str, ...]]] = {}
    for row in read_table("head_counts.csv"):
        words = tuple(token.text for token in tokenize(prepare(fold_for_matching(row["phrase"]))))
        if words:
            found.setdefault(row["kind"], set()).add(words)
    return {kind: tuple(sorted(phrases, key=len, reverse=True)) for kind, phrases in found.items()}


def _match(tokens: list[Token], at: int, kind: str) -> int:
    """How many tokens from AT make the longest phrase of KIND (0 for none)."""
    for phrase in _phrases().get(kind, ()):
        window = tokens[at : at + len(phrase)]
        if len(window) == len(phrase) and all(token.kind != "sep" for token in window) \
                and tuple(token.text for token in window) == phrase:
            return len(phrase)
    return 0


def _match_before(tokens: list[Token], end: int, kind: str) -> int:
    """How many tokens ending just before END make the longest phrase of KIND (0 for none)."""
    for phrase in _phrases().get(kind, ()):
        start = end - len(phrase)
        if start >= 0 and _match(tokens, start, kind) == len(phrase):
            return len(phrase)
    return 0


def _count(token: Token, language: str) -> float | None:
    """The number a token says: digits, or a number word ("naalu", "pandra")."""
    if token.kind == "num":
        return float(token.text) if token.text.isdigit() else None
    return number_word_value(token.text, language) if token.kind == "word" else None


def _says_amount(token: Token, language: str) -> bool:
    """A number, number word, fraction or unit: where the order's own amount begins."""
    if token.kind == "num":
        return True
    return token.kind == "word" and (
        number_word_value(token.text, language) is not None
        or fraction_word(token.text, language) is not None
        or unit_word(token.text) is not None
    )


def _head_count(tokens: list[Token], at: int, language: str) -> Span | None:
    """"for 15 people:", "15 log hain", "৫ জনের চায়ের জন্য", "15 mandiki tea ki": the count, the
    people word, the words that say no more (or the occasion closed by "for"), and a "for"
    before the count; None when a product word follows the people ("2 mandi masala")."""
    value = _count(tokens[at], language)
    if value is None or not _FEWEST_PEOPLE <= value <= _MOST_PEOPLE or value != int(value):
        return None
    people = _match(tokens, at + 1, "people")
    if not people:
        return None
    end = at + 1 + people
    following = _next_text(tokens, end)
    if following and (unit_word(following) is not None or following in _PER_EACH):
        return None  # "20 per kg", "2 per person": each, not people
    end = _after_people(tokens, end, language)
    if end is None:
        return None
    start = at - _match_before(tokens, at, "lead")
    return tokens[start].start, tokens[end - 1].end


def _after_people(tokens: list[Token], end: int, language: str) -> int | None:
    """Where the words after a count of people stop saying who: after the words that say no
    more ("hain", "irukkanga", Gujarati "chhe", which is also "six"), or after the "for" that
    closes an occasion ("চায়ের জন্য"); None when other words follow with no "for" after them."""
    at, other, closed = end, 0, True
    while at < len(tokens):
        tail, marker = _match(tokens, at, "tail"), _match(tokens, at, "for")
        if tail or marker:
            at += max(tail, marker)
            closed = marker >= tail or closed and other == 0
            continue
        if tokens[at].kind != "word" or _says_amount(tokens[at], language):
            break
        other, closed, at = other + 1, False, at + 1
    if other and (not closed or other > _OCCASION_WORDS):
        return None
    return at + 1 if at < len(tokens) and tokens[at].text == ":" else at


def _house_number(tokens: list[Token], at: int, language: str) -> Span | None:
    """"flat 304 ke liye", "305 க்கு", "3B க்கு", "201 वाली आंटी को", "৩০২ নম্বর ফ্ল্যাটের জন্য",
    "302 aunty", "flat 101:": a flat number (a place word, a block letter or three digits) with
    "for" or who lives there after it. With no place word the number opens its clause ("parle
    g 2 ne marie": Gujarati "and", no flat G-2). A colon alone needs the place word and an
    amount after it."""
    token = tokens[at]
    if not _flat_number(token) or unit_word(_next_text(tokens, at + 1)) is not None:
        return None
    before = _match_before(tokens, at, "place")
    lettered = 0 if before else _block_letter(tokens, at)
    start = at - (before or lettered)
    end = at + 1
    if token.kind == "num" and end < len(tokens) and _block_letter_after(tokens[end]):
        lettered, end = 1, end + 1
    placed = bool(before)
    said_for = said_whom = False
    while end < len(tokens):
        place, which, whom, marker = (_match(tokens, end, kind) for kind in ("place", "which", "person", "for"))
        if not (place or which or whom or marker):
            break
        placed = placed or bool(place)
        said_whom = said_whom or bool(whom)
        said_for = said_for or bool(marker)
        end += max(place, which, whom, marker)
        if tokens[end - 1].text == ":":
            break
    house = placed or bool(lettered) or token.kind == "ref" or int(token.text) >= _HOUSE_FROM
    if not house or not (said_for or said_whom) or not (placed or _opens_clause(tokens, start)):
        return None
    if tokens[end - 1].text == ":" and not (placed and _amount_after(tokens, end, language)):
        return None  # "Flat 3: Rose Villa": the address
    start -= _match_before(tokens, start, "lead")
    return tokens[start].start, tokens[end - 1].end


def _flat_number(token: Token) -> bool:
    """Digits of a flat ("302", at most four), or a block letter with them ("b204")."""
    digits = token.text.lstrip("#")[1:] if token.kind == "ref" else token.text
    return token.kind in ("num", "ref") and digits.isdigit() and len(digits) <= _HOUSE_DIGITS


def _opens_clause(tokens: list[Token], at: int) -> bool:
    """Nothing but a "for" word, a separator, a colon or an "and" before AT."""
    at -= _match_before(tokens, at, "lead")
    if at == 0:
        return True
    previous = tokens[at - 1]
    return previous.kind == "sep" or previous.text == ":" or previous.text in connectors()


def _next_text(tokens: list[Token], at: int) -> str:
    return tokens[at].text if at < len(tokens) and tokens[at].kind == "word" else ""


def _is_letter(token: Token) -> bool:
    return token.kind == "word" and len(token.text) == 1 and token.text.isascii() and token.text.isalpha()


def _block_letter_after(token: Token) -> bool:
    """"3B", "4 b": a letter after the number that is no unit ("3 g", "2 l") and no "x"."""
    return _is_letter(token) and token.text != "x" and unit_word(token.text) is None


def _block_letter(tokens: list[Token], at: int) -> int:
    """"A-204", "C/12": the block letter before a flat number (tokens it takes)."""
    if at >= 2 and tokens[at - 1].text in ("-", "/") and _is_letter(tokens[at - 2]):
        return 2
    return 1 if at >= 1 and _block_letter_after(tokens[at - 1]) else 0


def _amount_after(tokens: list[Token], at: int, language: str) -> bool:
    """An amount in the clause from AT on ("flat 101: 1 kg red label")."""
    for token in tokens[at:]:
        if token.kind == "sep":
            return False
        if token.kind == "num" or _count(token, language) is not None:
            return True
    return False


def _occasion(tokens: list[Token], at: int, language: str) -> Span | None:
    """"മീറ്റിംഗിന് 12 ബിസ്ലേരി", "client meetingku 24 bisleri": words opening a clause, the last with
    a glued "for", none a product the lexicon knows, right before a count."""
    opens = at == 0 or tokens[at - 1].kind == "sep" or tokens[at - 1].text == ":"
    if not opens:
        return None
    lexicon = load_lexicon()
    for size in range(1, _OCCASION_LEAD + 2):
        words = tokens[at : at + size]
        after = at + size
        if len(words) < size or any(word.kind != "word" or _says_amount(word, language) for word in words):
            return None
        if after < len(tokens) and tokens[after].kind == "num" and _glued_for(words[-1].text, language):
            if any(lexicon.lookup(fold(word.text), language) for word in words):
                return None
            return words[0].start, words[-1].end
    return None


def _glued_for(word: str, language: str) -> bool:
    """WORD ends in a glued "for" / dative, and what is before it is no product ("ബിസ്ലേരിക്ക്")."""
    lexicon = load_lexicon()
    for phrase in _phrases().get("glued_for", ()):
        ending = phrase[0]
        if word.endswith(ending) and len(word) >= len(ending) + _GLUED_STEM:
            stem = word[: -len(ending)]
            return not lexicon.lookup(stem, language) and not lexicon.lookup(word, language)
    return False


def _spans(tokens: list[Token], language: str) -> tuple[list[Span], bool]:
    """Where the who-words are, and whether one of them counts people."""
    spans: list[Span] = []
    counted = False
    for at in range(len(tokens)):
        if spans and tokens[at].start < spans[-1][1]:
            continue
        span = _head_count(tokens, at, language)
        counted = counted or span is not None
        span = span or _house_number(tokens, at, language) or _occasion(tokens, at, language)
        if span is not None:
            spans.append(span)
    return spans, counted


def _enough_for_them(folded: str, tokens: list[Token]) -> list[Span]:
    """"15 mandiki … ara kilo red label chalu", "6 perukku 1 kilo podhum": beside a count of
    people, "enough" says the amount will do for them; the order is new, no amount changed."""
    return [(hit.start, hit.end) for hit in find_concepts(folded, tokens).get("enough", ())]


def without_head_counts(text: str, language: str) -> str:
    """TEXT with its counts of people, flat numbers "for" someone and occasions before a count
    blanked (folded), or TEXT itself when it has none or nothing would be left to order. A
    blanked stretch after other words of its clause leaves a comma, so those words ("office
    pantry order") are not read as part of the name after it."""
    folded = prepare(fold_for_matching(text))
    tokens = tokenize(folded)
    if not any(token.kind == "num" or _count(token, language) is not None for token in tokens):
        return text
    spans, counted = _spans(tokens, language)
    if not spans:
        return text
    chars = list(folded)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
        if folded[:start].strip() and folded[:start].rstrip()[-1] not in ",;.!?\n":
            chars[start] = ","
    if counted:
        for start, end in _enough_for_them(folded, tokens):
            chars[start:end] = " " * (end - start)
    left = "".join(chars)
    return left if any(item.text for item in extract_items(left, language)) else text
