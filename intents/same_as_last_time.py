""""The same as yesterday / last time" said of the whole order: "kal wala hi bhej do",
"কালকের মতোই পাঠাও", "நேத்து வாங்குனதே அனுப்புங்க", "ninne tara ne kalsi", "ഇന്നലത്തെ പോലെ തന്നെ".

With no amount and no goods named beside it the customer wants that order sent again (a
reorder); "kal wala atta 5 kilo" or "same rice as last time" only says which product.
Words: data/same_as_last_time.csv.
"""

from __future__ import annotations

from functools import cache

from intents.items import amounts
from intents.keywords import Hit, PhraseIndex, build_index
from intents.lexicon import names_goods
from intents.message import SOCIAL, Message, product_words, quantified
from intents.tables import read_table
from intents.types import ItemRequest

_CONCEPT = "same_as_before"
# Words beside the phrase that name no goods: "order", "again", "the usual", greetings, yes.
_NO_GOODS = (_CONCEPT, "repeat", "order", "usual", *SOCIAL)


@cache
def _index() -> PhraseIndex:
    return build_index([(_CONCEPT, row["phrase"]) for row in read_table("same_as_last_time.csv")])


def same_as_before(message: Message) -> list[Hit]:
    """Where MESSAGE says "like yesterday / last time" ("kal wala", "ninna laane", "କାଲି ଭଳି")."""
    return _index().find(message.folded, message.tokens)


def sends_the_same_again(message: Message) -> bool:
    """A "like yesterday / last time" phrase and nothing else but "order", "again", "send" and
    courtesy: no number, and no word the lexicon knows (goods) left beside it."""
    hits = same_as_before(message)
    if not hits or any(token.kind == "num" for token in message.tokens):
        return False
    marked = Message(message.cleaned, message.folded, message.tokens, {**message.concepts, _CONCEPT: hits}, message.language)
    said = product_words(marked, *_NO_GOODS)
    return not quantified(said) and not any(names_goods(item.text, message.language) for item in said)


def names_goods_with_amount(message: Message, said: list[ItemRequest]) -> bool:
    """SAID (MESSAGE's items beside its "again" words) names goods the lexicon knows and MESSAGE
    holds an amount: "same rice as last time, 5 kg", "kal wala atta 5 kilo" order that product."""
    if not amounts(message.tokens, message.language):
        return False
    return any(names_goods(item.text, message.language) for item in said)
