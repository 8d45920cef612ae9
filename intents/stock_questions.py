""""Do you have X / which X do you have?": a customer's question about the shop's goods.

"bulk lo idli rice untaaya?", "ਥੋਕ ਵਿੱਚ ਖੰਡ ਮਿਲੂ?", "cerelac h kya", "chai patti kehdi kehdi aa?",
"dipers?" ask whether the shop has goods, as "atta hai kya" does: their question words
(data/stock_questions.csv, kinds "asked", "which", "opening") join the message's "available" and
"which" keyword hits. The query keeps the goods alone: a brand or company word ("sambar podi enna
brand irukku?"), a wholesale word ("পাইকারি দামে সর্ষের তেল"), a price limit ("cold drink 50 ke
andar"), the dish a "to make" word names ("pazhampori undakkan maida") and a copula left at the
end ("kaali sarson mildi aa") leave it; a linking word between two words of the goods stays
("sarson ka tel", "paper na glass"), and a native word keeps its zero-width joiner
("పాప్‌కార్న్").
"""

from __future__ import annotations

import re
from functools import cache
from typing import Final

from intents.keywords import Hit, PhraseIndex, build_index
from intents.lexicon import fold
from intents.message import Message
from intents.tables import read_table

_JOINERS: Final = "\u200c\u200d"
# Words that link two words of one product's name: "sarson ka tel", "paper na glass", "bhajiya
# no lot", "makki di roti", "tandlachi pith"; kept in a query when they stand between two of its words.
_LINKS: Final = frozenset(
    ["ka", "ki", "ke", "da", "di", "de", "na", "no", "ni", "nu", "cha", "chi", "che", "chya", "er", "ra", "ro", "ar", "का", "की", "के", "चा", "ची", "चे", "च्या", "ਦਾ", "ਦੀ", "ਦੇ", "ના", "નો", "ની", "નું", "ର"]
)
# A place particle after a wholesale word: "bulk lo", "bulk re", "thok mein", "bulk ma", "bulk la".
_PLACE_AFTER: Final = frozenset(
    ["lo", "lona", "re", "mein", "me", "mai", "vich", "ch", "ma", "maa", "la", "il", "ile", "alli", "madhe", "madhye", "e", "te", "में", "ਵਿੱਚ", "ਵਿਚ", "માં", "ମେ", "ରେ", "లో", "ಲ್ಲಿ", "ல"]
)
# A case ending after a brand word: "brand no", "company ra", "brand ka", "brand er", "brand da".
_AFTER_BRAND: Final = frozenset(["no", "nu", "na", "ni", "ka", "ki", "ke", "ra", "er", "da", "di", "de", "cha", "chi", "che", "ro", "की", "का", "के", "ના", "નો"])
# Purpose words too short or too common to cut a query at ("ku", "ki", "ge", "nu": a case ending).
_MIN_PURPOSE_CHARS: Final = 4
# At most this many words make a bare question of goods alone ("dipers?", "amul butter?").
_BARE_WORDS: Final = 3


@cache
def _index() -> PhraseIndex:
    rows = [(row["kind"], row["phrase"]) for row in read_table("stock_questions.csv")]
    rows += [
        ("purpose", row["phrase"])
        for row in read_table("remarks.csv")
        if row["kind"] in ("purpose", "for_after") and len(row["phrase"]) >= _MIN_PURPOSE_CHARS and row["language"] != "en"
    ]
    return build_index(rows)


@cache
def _whole_word_index() -> PhraseIndex:
    """Short words, whole words only: "aa" must not take "aata", "h" no "haldi"."""
    rows = [(row["kind"], row["phrase"]) for row in read_table("stock_questions.csv") if row["kind"] in ("tail", "opening", "copula")]
    return build_index(rows, prefixes=False)


def _hits(folded: str, kinds: tuple[str, ...]) -> list[Hit]:
    return [hit for hit in _index().find(folded) if hit.concept in kinds]


def with_question_words(message: Message) -> Message:
    """MESSAGE with its stock-question words as keyword hits: "untaaya", "milu", "h kya" under
    "available", "kehda kehda", "kouthi", "ethaa" under "which"; an English "any" / "got" opening
    a question ("any naphthalene balls for the cupboards??") under "available"."""
    found = _index().find(message.folded, message.tokens)
    asked = [hit for hit in found if hit.concept == "asked"]
    which = [hit for hit in found if hit.concept == "which"]
    if which or message.has("which"):
        # "chai patti kehdi kehdi aa?": beside a "which" word the copula asks too
        asked += [hit for hit in _whole_word_index().find(message.folded, message.tokens) if hit.concept == "copula"]
    if _ends_asking(message):
        asked += [hit for hit in _whole_word_index().find(message.folded, message.tokens) if hit.concept == "opening" and _opens(message, hit)]
    if not asked and not which:
        return message
    concepts = dict(message.concepts)
    if asked:
        concepts["available"] = [*concepts.get("available", ()), *(Hit("available", hit.phrase, hit.start, hit.end) for hit in asked)]
    if which:
        concepts["which"] = [*concepts.get("which", ()), *(Hit("which", hit.phrase, hit.start, hit.end) for hit in which)]
    return Message(message.cleaned, message.folded, message.tokens, concepts, message.language)


def _ends_asking(message: Message) -> bool:
    return message.cleaned.rstrip().endswith("?")


def _opens(message: Message, hit: Hit) -> bool:
    return not message.folded[: hit.start].strip(" ,.!")


def asks_bare_goods(message: Message, words: list[str]) -> bool:
    """"dipers?", "amul butter?": a question mark after goods alone — no keyword, no number,
    at most three words — asks whether the shop has them. WORDS: the goods' words."""
    if not _ends_asking(message) or not words or len(words) > _BARE_WORDS:
        return False
    if any(token.kind == "num" for token in message.tokens) or any(concept != "greet" for concept in message.concepts):
        return False
    return not message.folded.rstrip(" ?").count("?")


def cleaned_query(message: Message, query: str) -> str:
    """The goods of a stock question alone (see the module's doc): QUERY less its brand,
    wholesale, price-limit and purpose words and a closing particle, with its linking words and
    zero-width joiners as the customer wrote them."""
    if not query:
        return query
    words = query.split()
    words = _without_purpose(message, words)
    words = _without_kind(words, "brand", _AFTER_BRAND)
    words = _without_kind(words, "bulk", _PLACE_AFTER)
    if any(token.kind == "num" for token in message.tokens) or re.search(r"\d", message.folded):
        words = _without_kind(words, "cap", frozenset())
    words = _without_tail(words)
    words = _with_links(message, words)
    return _with_joiners(message.cleaned, " ".join(words))


def _covered(words: list[str], kind: str) -> list[tuple[int, int]]:
    """(first, last + 1) word spans of WORDS that KIND's phrases cover."""
    text = " ".join(words)
    starts = [match.start() for match in re.finditer(r"\S+", text)]
    spans = []
    for hit in _hits(text, (kind,)):
        first = next((at for at, start in enumerate(starts) if start >= hit.start), len(words))
        last = next((at for at, start in enumerate(starts) if start >= hit.end), len(words))
        spans.append((first, last))
    return spans


def _without_kind(words: list[str], kind: str, after: frozenset[str]) -> list[str]:
    """WORDS less KIND's phrases and one word of AFTER right behind one; nothing if no word is left."""
    dropped: set[int] = set()
    for first, last in _covered(words, kind):
        dropped.update(range(first, last))
        if last < len(words) and fold(words[last]) in after:
            dropped.add(last)
    kept = [word for at, word in enumerate(words) if at not in dropped]
    return kept or words


def _without_purpose(message: Message, words: list[str]) -> list[str]:
    """"pazhampori undakkan maida" -> "maida", "modak sathi tandlachi pithi" -> "tandlachi pithi":
    the dish before a "to make / for" word is no part of the goods that follow it."""
    spans = [span for span in _covered(words, "purpose") if span[1] < len(words)]
    if spans:
        return words[max(last for _, last in spans) :]
    # the purpose word may have left the query already (a filler elsewhere): read the message
    hits = [hit for hit in _hits(message.folded, ("purpose",)) if message.folded[hit.end :].strip()]
    if not hits:
        return words
    before = set(message.folded[: max(hit.start for hit in hits)].split())
    after = set(message.folded[max(hit.end for hit in hits) :].split())
    dish = 0
    while dish < len(words) - 1 and words[dish] in before and words[dish] not in after:
        dish += 1
    return words[dish:] if any(word in after for word in words[dish:]) else words


def _without_tail(words: list[str]) -> list[str]:
    while len(words) > 1 and any(hit.concept == "tail" for hit in _whole_word_index().find(words[-1])):
        words = words[:-1]
    return words


def _with_links(message: Message, words: list[str]) -> list[str]:
    """"sarson tel" -> "sarson ka tel": a linking word that stands alone between the query's
    first word and its second in the message goes back between them. After a longer name it
    joins a brand to its goods ("mother dairy ka paneer" asks for mother dairy paneer)."""
    if len(words) < 2:
        return words
    said = [token.text for token in message.tokens if token.kind in ("word", "num")]
    for start in range(len(said)):
        if said[start] != words[0]:
            continue
        out, at = [words[0]], start + 1
        for word in words[1:]:
            if at < len(said) and said[at] == word:
                out.append(word)
                at += 1
            elif len(out) == 1 and at + 1 < len(said) and said[at] in _LINKS and said[at + 1] == word:
                out += [said[at], word]
                at += 2
            else:
                break
        else:
            return out
    return words


def _with_joiners(cleaned: str, query: str) -> str:
    """"పాప్కార్న్" -> "పాప్‌కార్న్": a query word the customer wrote with a zero-width
    joiner or non-joiner gets it back."""
    if not any(joiner in cleaned for joiner in _JOINERS):
        return query
    written = {}
    for word in re.findall(r"[^\s,.!?;:]+", cleaned.lower()):
        bare = word.translate({ord(joiner): None for joiner in _JOINERS})
        if bare != word:
            written[bare] = word
    return " ".join(written.get(word, word) for word in query.split())
