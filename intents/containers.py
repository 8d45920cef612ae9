"""Containers and bulk packs: a tin, can, dabba, bag, sack, carton, box, peti or tray of one
product (data/containers.csv). Fixer AT.

- "15 litre sorsher tel er tin", "ஒரு 15 லிட்டர் கடலை எண்ணெய் டின்", "5 l fortune oil tin": a
  container said with its size and no count of its own (or a count of one) is ONE container of
  that size, so the amount is the size (15 l). With a count ("2 tin of 15 litre", "3 bags atta
  10 kg") the count counts containers of that size.
- "tin" is Hindi, Punjabi and Bengali "three" too: it is a container only after a count
  ("3 tin fortune") or closing a product already given its size ("5 l fortune oil tin").
- "khanaval la 3 tin fortune 5 litre dile": who the containers went to, before their count,
  names no product.
- "do u keep 10 kg atta bags?", "വലിയ ചാക്ക് അരി ഉണ്ടോ?": in a browse query the container and
  size words ask about the pack; they are no part of the goods asked about.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from functools import cache
from itertools import pairwise
from typing import TYPE_CHECKING, Final

from intents.lexicon import fold, load_lexicon
from intents.numbers import number_word_value
from intents.tables import read_table
from intents.tokens import Token
from intents.units import MEASURE_UNITS, is_sack, unit_word

if TYPE_CHECKING:
    from intents.message import Message

# Case and plural endings glued onto a container word: bn কৌটোর, mr डब्याचा, gu ડબ્બાનો,
# pa ਡੱਬੇ ਦਾ is apart; kn ಡಬ್ಬದ, ml ചാക്കിൽ, or ବସ୍ତାରେ.
_GLUED_ENDINGS: Final = (
    "ের", "এর", "র", "টা", "টি",
    "च्या", "चा", "ची", "चे", "ला", "ं", "ात",
    "లు", "ల", "లో",
    "ಗಳು", "ದ", "ಯ", "ಲ್ಲಿ",
    "கள்", "ல்",
    "ിൽ", "ുകൾ",
    "ના", "નો", "ની", "નું", "માં",
    "ਦਾ", "ਦੀ", "ਦੇ", "ਾਂ",
    "ର", "ରେ",
)


@cache
def _container_words() -> frozenset[str]:
    return frozenset(fold(row["word"]) for row in read_table("containers.csv"))


@cache
def _case_words() -> frozenset[str]:
    """Containers that hold packs ("carton", "peti", "tray"): their size is the inner pack's."""
    return frozenset(fold(row["word"]) for row in read_table("containers.csv") if row["kind"] == "packs")


def _stem(word: str) -> str | None:
    """The container word WORD is, with a glued case ending off; None if it is none."""
    folded = fold(word)
    if folded in _container_words() or is_sack(folded):
        return folded
    if folded.isascii():
        return None
    for ending in _GLUED_ENDINGS:
        if folded.endswith(ending) and len(folded) > len(ending) + 1 and folded[: -len(ending)] in _container_words():
            return folded[: -len(ending)]
    return None


def is_container(word: str) -> bool:
    """"tin", "ডাব্বা", "ਬੋਰੀ", "ചാക്ക്", and a sack word (data/sacks.csv); an Indic container word
    with a case ending glued on is one too ("কৌটোর", "ડબ્બાનો")."""
    return _stem(word) is not None


def holds_the_product(word: str) -> bool:
    """A container of the product itself (a tin, dabba, bag, sack), not a case of packs."""
    stem = _stem(word)
    return stem is not None and stem not in _case_words()


def _is_number(token: Token) -> bool:
    return token.kind == "num" or number_word_value(token.text) is not None


def _is_measure(token: Token) -> bool:
    found = unit_word(token.text) if token.kind == "word" else None
    return found is not None and found.unit in MEASURE_UNITS


def container_after_count(kept: Sequence[Token | None], position: int) -> bool:
    """"3 tin fortune", "5 bori aata", "2 peti": a container word right after a count."""
    token = kept[position]
    if token is None or token.kind != "word" or not is_container(token.text):
        return False
    previous = next((other for other in reversed(kept[:position]) if other is not None), None)
    return previous is not None and _is_number(previous) and not _is_measure(token)


# Languages whose own word for three is spelt "tin": there "5 litre tin" may count three packs.
_TIN_IS_THREE: Final = frozenset({"hi", "pa", "bn"})


def container_after_size(kept: Sequence[Token | None], position: int, language: str) -> bool:
    """"fortune sunflower 5 litre tin", "5 kilo dabba": a container word right after a number and
    its measure; a word that is also "three" in the message's language ("tin") stays a count."""
    token = kept[position]
    if token is None or token.kind != "word" or not is_container(token.text):
        return False
    if language in _TIN_IS_THREE and number_word_value(token.text, language) is not None:
        return False
    earlier = [other for other in kept[:position] if other is not None][-2:]
    return len(earlier) == 2 and _is_number(earlier[0]) and _is_measure(earlier[1])


def container_closing_sized(kept: Sequence[Token | None], position: int) -> bool:
    """"15 litre sorsher tel er tin", "5 l fortune sunflower oil tin": a container word closing
    the part, after the product's words, when a number and its measure came before them."""
    token = kept[position]
    if token is None or token.kind != "word" or not is_container(token.text):
        return False
    if any(other is not None for other in kept[position + 1 :]):
        return False
    earlier = [other for other in kept[:position] if other is not None]
    if not earlier or earlier[-1].kind != "word" or _is_number(earlier[-1]) or unit_word(earlier[-1].text) is not None:
        return False
    return any(_is_number(first) and _is_measure(second) for first, second in pairwise(earlier))


def one_container(container_texts: Sequence[str], count: float) -> bool:
    """A count of one (said, or none said) of a container word: the amount is its size."""
    return count == 1 and bool(container_texts) and all(holds_the_product(text) for text in container_texts)


# The "to" after who the goods went to: hi ko/ke, mr la/na, pa nu/nun, gu ne, bn ke, ta ku/kku,
# te ki/ku, kn ge/ige, ml kku/nu, or ku/nku, en to.
_TO_WORDS: Final = frozenset(
    {"ko", "ke", "la", "na", "nu", "nun", "noo", "ne", "ku", "kku", "ki", "ge", "ige", "kke", "nku", "to"}
    | {"को", "के", "ला", "ना", "ਨੂੰ", "ਨੂ", "ને", "কে", "কো", "க்கு", "కి", "కు", "ಗೆ", "ക്ക്", "ന്", "କୁ"}
)


def to_before_containers(tokens: Sequence[Token], at: int) -> bool:
    """The word at AT is a "to" word (Gujarati "ne", also "and") right before a count and a
    container word: "mess vala ne 2 dabba fortune 5 litre aapya" gave them to the mess."""
    if at == 0 or tokens[at].kind != "word" or tokens[at].text not in _TO_WORDS:
        return False
    rest = [other for other in tokens[at + 1 :] if other.kind in ("word", "num")]
    return len(rest) >= 3 and _is_number(rest[0]) and rest[1].kind == "word" and is_container(rest[1].text)


def recipient_end(tokens: Sequence[Token]) -> int:
    """How many tokens at the start name who the containers went to: "khanaval la 3 tin fortune
    5 litre", "dhabe nu 5 bori aata 10 kilo" — words, then a "to" word, then a count and a
    container word, with product words after it. 0 when the part does not open so."""
    for at, token in enumerate(tokens):
        if token.kind != "word":
            return 0
        if token.text not in _TO_WORDS or at == 0:
            continue
        rest = [other for other in tokens[at + 1 :] if other.kind in ("word", "num")]
        if len(rest) >= 3 and _is_number(rest[0]) and rest[1].kind == "word" and is_container(rest[1].text) \
                and rest[2].kind == "word" and not _is_number(rest[2]):
            return at + 1
        return 0
    return 0


# "In" after a container word: or re, hi me/mein, gu ma, mr madhe, te lo, kn alli, pa vich, bn te, ml il, ta la.
_IN_WORDS: Final = frozenset(
    {"re", "ରେ", "me", "mein", "में", "ma", "માં", "madhe", "मध्ये", "lo", "లో", "alli", "ಅಲ್ಲಿ", "vich", "ਵਿੱਚ", "te", "তে", "il", "ൽ", "la", "ல"}
)


@cache
def _size_words() -> frozenset[str]:
    """Size words that pick the big or small pack (data/pack_words.csv)."""
    return frozenset(fold(row["word"]) for row in read_table("pack_words.csv"))


def query_without_containers(query: str, language: str | None = None) -> str:
    """"atta bags" -> atta, "बड़ा तेल टिन" -> तेल, "വലിയ അരി" -> അരി, "ದೊಡ್ಡ ಫಿಲ್ಟರ್ ಕಾಫಿ ಪುಡಿ":
    container words and the size words of a pack go from a browse query, unless a size word
    makes a name the lexicon knows with the word after it ("badi elaichi"); one word stays."""
    words = query.split()
    if len(words) < 2:
        return query
    lexicon = load_lexicon()
    kept: list[str] = []
    for at, word in enumerate(words):
        following = words[at + 1] if at + 1 < len(words) else ""
        previous = words[at - 1] if at else ""
        if word in _IN_WORDS and previous and is_container(previous):
            continue  # "bada bag re chuda": "in a big bag"
        if is_container(word) and not (previous and lexicon.lookup(fold(f"{previous} {word}"))):
            continue  # "atta bags", not "garbage bags"
        if fold(word) in _size_words() and following and not lexicon.lookup(fold(f"{word} {following}")):
            continue
        kept.append(word)
    return " ".join(kept) if kept else query


def bag_not_cart(message: Message) -> Message:
    """"bada bag re chuda achi ki?", "साखर ५ किलोची पिशवी आहे का?": a bag word said with a size
    (a size word, or a number and its measure, before it) is the pack, not the shopper's cart."""
    hits = message.concepts.get("cart", ())
    words = [token for token in message.tokens if token.kind in ("word", "num")]
    sized = [hit for hit in hits if is_container(message.folded[hit.start : hit.end]) and _sized_before(words, hit.start)]
    if not sized:
        return message
    kept = [hit for hit in hits if hit not in sized]
    concepts = {concept: found for concept, found in message.concepts.items() if concept != "cart"}
    if kept:
        concepts["cart"] = kept
    return replace(message, concepts=concepts)


def _sized_before(words: Sequence[Token], start: int) -> bool:
    """A size word, or a number and its measure ("५ किलोची", "10 kg"), right before START."""
    earlier = [token for token in words if token.end <= start][-2:]
    if not earlier:
        return False
    if fold(earlier[-1].text) in _size_words():
        return True
    return len(earlier) == 2 and _is_number(earlier[0]) and _is_measure(earlier[1])
