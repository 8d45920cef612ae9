"""What a message wants: one `Intent`, a confidence, and the slots that go with it.

Rules, not a model: keyword concepts from data/concepts.csv are found in the message and
combined in a fixed order, most specific first. The role matters:

* an owner's "maggi 50" sets the stock of Maggi to 50; "atta +20" / "atta -5" adjusts it;
  "atta price 52" sets ₹52 (price_paise 5200); "A1042 nikla" advances order A1042.
* a customer's "maggi 50" is read as adding 50 Maggi (customers do write "maggi 2"), but
  with confidence 0.6 when a bare count is above 20, so the bot asks before filling a cart
  with 50 packets. A customer's "atta price" / "atta hai kya" is a browse for atta.

Text nothing fits comes back as Intent.UNKNOWN with low confidence; nothing here raises.
"""

from __future__ import annotations

from intents.cleaning import fold_for_matching
from intents.containers import bag_not_cart
from intents.customer_intents import classify_customer, without_products
from intents.glued_items import sentence_before_emoji
from intents.items import is_filler
from intents.keywords import find_concepts
from intents.message import CODE_LIKE, Classification, Message, has_letters, names_over_keywords
from intents.owner_intents import classify_owner
from intents.shop_opening import with_shop_opened
from intents.short_asks import only_asks
from intents.tokens import prepare, tokenize
from intents.types import Intent, Role



def classify(cleaned: str, *, language: str, role: Role = "customer", products: bool = True) -> Classification:
    """Intent, confidence and slots of a cleaned message (see intents.cleaning). With
    PRODUCTS false, no word of it is read as a product (see intents.parse)."""
    folded = sentence_before_emoji(prepare(fold_for_matching(cleaned)))  # "ghar saaf karna hai 😅 2 kilo nirma"
    if not has_letters(folded) and not any(char.isdigit() for char in folded):
        concepts = find_concepts(folded, [])
        if "yes" in concepts:
            return Classification(intent=Intent.CONFIRM, confidence=0.7)
        if "no" in concepts:
            return Classification(intent=Intent.DENY, confidence=0.7)
        if role == "customer" and only_asks(folded):
            return Classification(intent=Intent.HELP, confidence=0.6)  # "?": how does this work
        return Classification(intent=Intent.UNKNOWN, confidence=0.05)
    if CODE_LIKE.search(folded):
        return Classification(intent=Intent.UNKNOWN, confidence=0.05)
    tokens = tokenize(folded)
    message = Message(cleaned, folded, tokens, find_concepts(folded, tokens), language)
    message = with_shop_opened(message)  # "ಅಂಗಡಿ ತೆಗೆದಿದೆ": the shop opened, nothing taken off
    message = names_over_keywords(message, "price", "cart")  # "togari bele" is a dal, "kachra bag" no cart
    message = bag_not_cart(message)  # "bada bag re chuda achi ki?": the big bag, not the cart
    if _more_than_social(message):
        message = names_over_keywords(message, "greet", "yes")  # "Good Day biscuit 2": no greeting
    if not products:
        return without_products(message)
    return classify_owner(message) if role == "owner" else classify_customer(message)


def _more_than_social(message: Message) -> bool:
    """Words beyond the greeting or yes: "good day" alone greets, "good day biscuit" orders."""
    covered = [(hit.start, hit.end) for concept in ("greet", "yes") for hit in message.concepts.get(concept, ())]
    return any(
        token.kind in ("word", "num")
        and not any(start <= token.start < end for start, end in covered)
        and not is_filler((token.text,), message.language)
        for token in message.tokens
    )


__all__ = ["Classification", "classify"]
