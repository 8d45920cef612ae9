"""A customer's words about the conversation at the counter, not about the goods.

"kitna bill bana?" asks for the bill so far; "order ta kore dao" places the order; "নমস্কার দাদা,
দোকান খোলা?" only greets; "A3403 rehne do" drops that order; "veerji taaza paneer aaya ajj?" asks
whether fresh paneer came in, and "chips er ki ki flavour ache?" which flavours of chips there
are — the query keeps only the goods. The words live in data/counter_talk.csv (kinds "place",
"introduce", "variety", "fresh", "arrived") and data/concepts.csv.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from typing import Final

from intents.items import content_words
from intents.keywords import Hit, PhraseIndex, table_index
from intents.lexicon import fold, names_goods
from intents.message import SOCIAL, Message, product_words, quantified
from intents.tables import read_table
from intents.types import ItemRequest

# Concepts that may stand beside a question about the bill so far without asking anything else.
_BILL_TALK: Final = (
    "bill_total", "how_much", "how_many", "came_to", "price", "show", "everything", "which", "today", "now",
    "yes", "increase", "still", *SOCIAL,
)
# Concepts that say more than "how much has it come to": a status, the order placed, the shop's terms.
_NOT_THE_BILL: Final = ("order", "status", "shop_terms", "cart", "cancel", "remove", "clear", "talk", "payment")


@cache
def _talk_index() -> PhraseIndex:
    return table_index("counter_talk.csv")


def talk_hits(message: Message, kind: str) -> list[Hit]:
    """Where the words of KIND (data/counter_talk.csv) stand in the message."""
    return [hit for hit in _talk_index().find(message.folded, message.tokens) if hit.concept == kind]


def _says_nothing_else(message: Message, items: list[ItemRequest]) -> bool:
    """No amount, no number and no goods the lexicon knows among what is left."""
    if quantified(items) or any(token.kind == "num" for token in message.tokens):
        return False
    return not any(names_goods(item.text, message.language) for item in items)


def asks_the_bill(message: Message) -> bool:
    """"ਕਿੰਨਾ ਬਿੱਲ ਬਣਿਆ?", "bill kitna", "kitle thaya", "ethra aayi", "kete hela", "kitna hua total? jod
    ke batao": a how-much and a "bill / has come to" word (or a total word), and nothing but
    chat words beside them, asks for the cart, which shows the bill. "bill" is also the checkout
    word ("bill banao"); here it is only the bill asked after."""
    asked = message.has("bill_total") or (message.has("how_much", "how_many") and message.has("came_to"))
    if not asked or message.has(*_NOT_THE_BILL):
        return False
    bills = {(hit.start, hit.end) for hit in message.concepts.get("came_to", ())}
    if any((hit.start, hit.end) not in bills for hit in message.concepts.get("checkout", ())):
        return False  # "order kar do, kitna hua?" places the order
    return _says_nothing_else(message, product_words(message, *_BILL_TALK, "checkout"))


# Words that may stand between the word "order" and the verb that places it: "order ta kore
# dao", "ऑर्डर आता फायनल करा", "my order, please place it".
_BEFORE_PLACING: Final = frozenset(
    "ta ti to ta-a e ei ye yeh ab abhi ippo ippudu ega ivaga ini ata aata have hun hune ebe now it my the this mera meri amar"
    " en naa nanna ente maro maru mo mora please pls ji".split()
)


def places_the_order(message: Message) -> bool:
    """"thik ache, order ta kore dao", "ਆਰਡਰ ਭੇਜ ਦਿਓ", "ऑर्डर फायनल करा", "order pakka karo", "order
    mukii do": the word "order" and a verb that places it after it, with nothing but yes, thanks
    or "now" beside them — no goods, no amount: the customer is done, place it."""
    orders = message.concepts.get("order", ())
    places = talk_hits(message, "place")
    if not orders or not places or message.has("cancel", "repeat", "status", "remove", "clear", "change_language"):
        return False
    first = min(hit.start for hit in orders)
    if not any(hit.start >= first for hit in places):
        return False
    said = message.without("order", "change", "checkout", "thats_all", "enough", "now", *SOCIAL)
    said = _blank(said, places)
    return all(word in _BEFORE_PLACING for word in content_words(said, message.language))


# What a greeting may hold besides the hello when it asks after the shop or says who is writing:
# the shop, open, today, now, "is it", a "from" and address words (the floor or the lane), and the
# "na" (of) of "402 vala ben na ghare" that also reads as a "no" / "instead".
_GREETING_TALK: Final = (
    "greet", "shop", "open", "today", "now", "exists", "available", "yes", "accept", "no", "instead", "address_part", "from_amount",
    "near", "fresh",
)


# Yes/no question tags after "open": "kadai open-a?", "షాప్ ఓపెన్ ఆ?", "khula hai kya?", "chalu che ne?".
_QUESTION_TAGS: Final = frozenset("a aa ah aah ka kaa kya ki kii na naa ne ho ఆ ఏ ஆ ಆ ആ का क्या कि কি ના ਕੀ କି".split())


def greets_the_shop(message: Message) -> bool:
    """"নমস্কার দাদা, দোকান খোলা?", "namaste chacha 🙏", "dada nomoskar, Rina bolchi 3 tola theke":
    a greeting that opens the message, and beside it only a question whether the shop is open
    or the customer saying who and where she is. A number stands only in a self-introduction
    (the floor, the house) beside a name; no goods are named."""
    greets = message.concepts.get("greet", ())
    if not greets or content_words(message.folded[: min(hit.start for hit in greets)], message.language):
        return False  # only a form of address may come first ("dada nomoskar")
    introduces = talk_hits(message, "introduce")
    if any(concept not in _GREETING_TALK and not _within(hits, introduces) for concept, hits in message.concepts.items()):
        return False  # "kaam karti hu" (I work) is no "it works"
    if not introduces and not message.has("shop", "open"):
        return False
    words = content_words(_blank(message.without(*_GREETING_TALK), introduces), message.language)
    if not introduces:
        # "what time does the shop open?" asks more than whether it is open
        return all(word in _QUESTION_TAGS for word in words) and not any(token.kind == "num" for token in message.tokens)
    return not names_goods(" ".join(words), message.language)  # a name and a floor, no goods


def is_there_read_as_hi(message: Message) -> bool:
    """"gajak hai?", "chikki hai?": the Hindi "hai" (is there) after a word, which also reads as
    the English "hai" (hi). Every greeting word there is an "is there" word, and a word other
    than a form of address stands before it: a question about goods, not a greeting."""
    greets = message.concepts.get("greet", ())
    there = {(hit.start, hit.end) for hit in message.concepts.get("exists", ())}
    if not greets or any((hit.start, hit.end) not in there for hit in greets):
        return False
    return bool(content_words(message.folded[: min(hit.start for hit in greets)], message.language))


def goods_without_today(message: Message, items: list[ItemRequest], *ignored: str) -> list[ItemRequest]:
    """"आज लौकी है क्या?", "ee roju gongura undaa?", "ಇವತ್ತು ನುಗ್ಗೆಕಾಯಿ ಇದೆಯಾ?": the "today" of a
    stock question is no part of the goods asked about. Goods made only of it stay as they were."""
    if not message.has("today"):
        return items
    return product_words(message, *ignored, "today") or items


def _within(hits: list[Hit], spans: list[Hit]) -> bool:
    """Every one of HITS stands inside one of SPANS."""
    return bool(spans) and all(any(span.start <= hit.start and hit.end <= span.end for span in spans) for hit in hits)


def _blank(text: str, hits: list[Hit]) -> str:
    chars = list(text)
    for hit in hits:
        chars[hit.start : hit.end] = " " * (hit.end - hit.start)
    return "".join(chars)


# Words that may stand beside an order and its "leave it" in their clause: "A2211 वाला ऑर्डर
# रहने दो", "B1402 order ta thak", "my order, don't send it".
_ABOUT_THE_ORDER: Final = _BEFORE_PLACING | frozenset(
    "wala wali vala vali waala वाला वाली ওয়ালা ଟା ta-a that it send bhejo bhejna".split()
)
_CLAUSES: Final = re.compile(r"[^,;.!?।\n]+")


def drops_the_order(message: Message, order_ref: str | None) -> bool:
    """"A3403 rehne do, gaon ja rahe hai", "B1402 order ta thak, lagbe na", "order A5511 vendam":
    an order (by number or by name) and a "leave it / don't want" word with nothing else in
    their clause — what follows is the reason — cancel the order. "remove the Horlicks from my
    order" names goods beside them: that removes an item."""
    removes = message.concepts.get("remove", ())
    if not removes or not (order_ref or message.has("order")) or message.has("repeat", "checkout", "cart"):
        return False
    said = message.without("remove", "order", "no", *SOCIAL)
    if order_ref:
        said = re.sub(rf"#?\s?{re.escape(order_ref.lower())}", lambda found: " " * len(found.group(0)), said)
    clause = next((found for found in _CLAUSES.finditer(said) if found.start() <= removes[0].start < found.end()), None)
    if clause is None:
        return False
    words = content_words(clause.group(0), message.language)
    order_in_clause = order_ref and order_ref.lower() in message.folded[clause.start() : clause.end()].replace(" ", "") or any(
        clause.start() <= hit.start < clause.end() for hit in message.concepts.get("order", ())
    )
    return bool(order_in_clause) and all(word in _ABOUT_THE_ORDER for word in words)


def removes_at_the_end(message: Message) -> bool:
    """"dhara nu tel kadhi nakho", "sorisa tela hatei dia": a removal verb closes the message and
    no question is asked: the goods named go out of the cart, whatever word of them reads as a
    price or a "which" elsewhere (Telugu "dhara" is a price)."""
    hits = message.concepts.get("remove", ())
    if not hits or message.cleaned.rstrip().endswith("?"):
        return False
    last = max(hit.end for hit in hits)
    return not message.folded[last:].strip(" .!,")


def asks_what_came_in(message: Message) -> bool:
    """"veerji taaza paneer aaya ajj?", "aaj fresh methi aayi kya?", "ഇന്ന് ഫ്രഷ് മീൻ വന്നോ?": a
    fresh or today word, a question (a question mark or a "has it come" word) and goods with no
    amount: a question about the shop's stock, not an order."""
    fresh = talk_hits(message, "fresh")
    if not fresh and not message.has("today"):
        return False
    arrived = talk_hits(message, "arrived")
    if not arrived and not (fresh and message.cleaned.rstrip().endswith("?")):
        return False
    if not arrived and not message.has("today") and message.has("available"):
        return False  # "do you keep fresh paneer?", "taaza chhena milibo ki?": fresh paneer is the line asked for
    if not message.cleaned.rstrip().endswith("?") and not message.has("which", "exists", "available"):
        return False
    items = browse_goods(message)
    return bool(items) and not quantified(items)


def browse_goods(message: Message, *ignored: str) -> list[ItemRequest]:
    """The goods a stock question names, without fresh / came-in / kinds words and chat."""
    said = _blank(message.without("today", "increase", "which", "exists", "available", *ignored, *SOCIAL), _kind_hits(message))
    kept = Message(message.cleaned, said, message.tokens, {}, message.language)
    return [_without_trailing_particle(item) for item in product_words(kept)]


def _kind_hits(message: Message) -> list[Hit]:
    return [hit for hit in _talk_index().find(message.folded, message.tokens) if hit.concept in ("fresh", "arrived", "variety")]


# A case ending or "of" left at the end of the goods once the kinds word after it is gone:
# "chips er (flavour)", "lays il", "maggi ka", "biscuit la".
_PARTICLES: Final = frozenset(
    "er r e ka ke ki il ile lo la nu na ni da de di ra ru alli madhe madhye mein me kya"
    " का के की कि क्या কি কী ର କି".split()
)
# English question words left before the goods: "did (fresh) paneer come in", "has the milk come".
_LEADING: Final = frozenset("did has have is are any the".split())


def _without_trailing_particle(item: ItemRequest) -> ItemRequest:
    words = item.text.split()
    while len(words) > 1 and words[-1] in _PARTICLES:
        words.pop()
    while len(words) > 1 and words[0] in _LEADING:
        words.pop(0)
    if len(words) == len(item.text.split()):
        return item
    return replace(item, text=" ".join(words))


def query_without_kinds(message: Message, items: list[ItemRequest]) -> list[ItemRequest]:
    """"chips er ki ki flavour ache?" -> chips, "sugar free wali goliyan milti h kya?" -> sugar free:
    the flavours / kinds / forms asked about are no part of the goods' name, nor a case ending
    left before them. Goods made only of such words stay as they were."""
    kinds = {fold(hit.phrase) for hit in talk_hits(message, "variety")}
    if not kinds:
        return items
    kept = []
    for item in items:
        words = [word for word in item.text.split() if fold(word) not in kinds]
        if not words:
            continue
        trimmed = replace(item, text=" ".join(words))
        kept.append(_without_trailing_particle(trimmed))
    return kept or items


@cache
def _size_words() -> frozenset[str]:
    return frozenset(fold(row["word"]) for row in read_table("pack_words.csv"))


def query_without_size(query: str) -> str:
    """"do you have real fruit juice small packs?" -> real fruit juice: a size word (data/pack_words.csv)
    left at the end of a browse query picks a pack, it is no part of the goods asked about."""
    words = query.split()
    while len(words) > 1 and fold(words[-1]) in _size_words():
        words.pop()
    return " ".join(words)


def settles_after_asking(message: Message, asked_at: int | None) -> bool:
    """"low fat milk undo? skimmed aayalum mathi": a question about goods first, and the "that
    will do" word only after it — what else would do, not "that's all, place the order"."""
    if asked_at is None:
        return False
    return all(hit.start > asked_at for hit in message.concepts.get("checkout", ()))
