"""Owner messages: stock, prices, products, orders, the shop's hours, the day's sales.

"maggi 50" sets Maggi's stock to 50; "atta +20" / "atta -5" adjusts it; "atta price 52"
sets ₹52 (price_paise 5200); "A1042 nikla" / "A1042 out" advances order A1042; "add 8901058000290"
adds a product by barcode; "today" / "aaj" / "இன்று" alone asks for the day's orders and sales.
Every command the owner's help text and order prompts quote (locales, owner.*) must parse as
it says: tests/unit/intents/test_owner_prompts_parse.py. What an owner says that is not shop
work (greetings, yes/no, language) is read as a customer would say it.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from typing import Final

from intents.customer_intents import classify_customer
from intents.items import connectors, content_words, extract_items, split_segments
from intents.keywords import Hit, find_concepts
from intents.lexicon import load_lexicon
from intents.message import (
    BARCODE,
    MONEY,
    NUMBER,
    ORDER_REF,
    PRICE_AFTER,
    SIGNED,
    SOCIAL,
    Classification,
    Message,
    Slots,
    read_choice,
    names_over_keywords,
    says_more_than_fillers,
    read_order_ref,
    product_words,
    quantified,
)
from intents.owner_terse import added_to_shop, marked_price, says_out_of_stock, without_count_heading
from intents.owner_stock_count import (
    FROM_WORD,
    arrival_word_as_name,
    count_in_change_clause,
    decimal_point,
    fresh_as_arrival,
    holds,
    only_by_words,
    stock_made,
    without_arrival_opening,
)
from intents.owner_prices import brand_not_price, is_per_unit_word, opens_with_new, price_before_unit
from intents.order_verdicts import Verdict, order_verdict
from intents.pointer_words import named_goods
from intents.second_thoughts import owner_second_number
from intents.owner_shop_words import adds_sized_product, with_owner_shop_words
from intents.stopped_products import stopped_products
from intents.stock_lead_ins import recounted, without_arrival_occasion
from intents.price_changes import price_list
from intents.spoken_prices import PRICED_UNITS, paise
from intents.tables import read_table
from intents.tokens import Token, tokenize
from intents.types import Intent, ItemRequest, PackSize
from intents.units import MEASURE_UNITS, is_glued_unit, unit_word

# Owner updates that carry one number per product, and the slot that number goes in.
_UPDATE_SLOTS = {Intent.SET_STOCK: "stock", Intent.ADJUST_STOCK: "stock_delta", Intent.SET_PRICE: "price_paise"}



def classify_owner(message: Message) -> Classification:
    folded = message.folded
    choice = read_choice(message)
    if choice is not None:
        return Classification(intent=Intent.CHOOSE_OPTION, confidence=0.85, slots={"choice": choice})

    ref = read_order_ref(folded)
    if ref is not None:
        slots: Slots = {"order_ref": ref}
        said = _numbered_verdict(message)
        if said is not None:
            # "A2301 nako", "A2301 pathei deli, boy gaya", "A2301 ਨਹੀਂ, ਤੇਲ ਮੁੱਕ ਗਿਆ": a few words beside the number
            return _verdict_classification(said, slots, 0.85)
        status = _order_status(message)
        if _rejects_numbered(message):
            # "reject A6045, we don't have the delivery boy today": the reason may name a
            # status word (delivery), the command is the rejection
            return Classification(intent=Intent.REJECT_ORDER, confidence=0.9, slots=slots)
        if says_out_of_stock(message, _STATUSES):
            return Classification(intent=Intent.REJECT_ORDER, confidence=0.85, slots=slots)  # "A4803 no stock", "A1234 saaman illa"
        if status is not None and not _accepted_first(message):
            return Classification(intent=Intent.ADVANCE_ORDER, confidence=0.9, slots={**slots, "status": status})
        if message.has("cancel"):
            return Classification(intent=Intent.REJECT_ORDER, confidence=0.9, slots=slots)
        if message.has("accept", "yes"):
            return Classification(intent=Intent.ACCEPT_ORDER, confidence=0.9, slots=slots)
        return Classification(intent=Intent.ORDER_STATUS, confidence=0.6, slots=slots)

    message = owner_second_number(message)  # "rate 58... galti, 56 karo", "stock 20, not 12 — typo"
    unnumbered = _unnumbered_order_command(message)
    if unnumbered is not None:
        return unnumbered

    barcode = BARCODE.search(folded)
    if barcode is not None:
        return Classification(intent=Intent.ADD_PRODUCT, confidence=0.9, slots=_barcode_slots(message, barcode))

    message = without_count_heading(message)  # "stock lekka: sona masoori 5kg 11, …": the heading is no product
    message, recount = recounted(message)  # "gin liya, tata tea premium 250g ab 18 hai": counted, 18 left
    if recount is not None:
        items = tuple(_with_pack(_without_link(item)) for item in recount[1])
        return Classification(intent=Intent.SET_STOCK, confidence=0.85, slots={"stock": recount[0]}, items=items)
    message = without_arrival_occasion(message)  # "navratri ka maal aa gaya, sabudana 80": the festival is no product
    added = added_to_shop(message)
    if added is not None:
        return added  # "add Everest chilli powder 100g to my shop", "lizol 500ml dukaan mein rakh lo"
    message = without_arrival_opening(message)  # "truck just came. maggi stock 48": the truck is no product
    message = fresh_as_arrival(message)  # "maggi 20 naya aaya": 20 came, not "the newest order"
    changed = count_in_change_clause(message) if product_words(message, "stock", "today", "now") else None
    if changed is not None:
        # "lays 50g er 2 carton elo, 60 ta barao": the pieces added, not the cartons they came in
        items = tuple(_with_pack(_without_link(item)) for item in changed[1][:1])
        return Classification(intent=Intent.ADJUST_STOCK, confidence=0.85, slots={"stock_delta": changed[0]}, items=items)
    prices = _price_list(message)
    if prices is not None:
        return prices  # "piyaj 40 theke 45, aloo 35 theke 32", "kanda 30, batata 28 kilo"
    several = _several_updates(message)
    if several is not None:
        return several
    return _with_values(_classify_one(message))


def _price_list(message: Message) -> Classification | None:
    """An owner's list of new prices (intents.price_changes): each line's product, at its new price."""
    lines = price_list(message)
    if lines is None:
        return None
    items: list[ItemRequest] = []
    for line in lines:
        tokens = tokenize(line.name)
        named = _owner_items(Message(line.name, line.name, tokens, find_concepts(line.name, tokens), message.language))
        if len(named) != 1:
            return None
        item = named[0]
        if line.unit in ("kg", "l") and item.pack_size is None:
            item = replace(item, pack_size=_pack(1.0, line.unit))  # "toor dal 160 se 170 kilo": the 1 kg pack
        items.append(replace(item, value=float(line.new)))
    return Classification(intent=Intent.SET_PRICE, confidence=0.85, slots={"price_paise": lines[0].new}, items=tuple(items))


# Gujarati "of" after an order number: "A8628 no maal …", "A12 nu parcel" name the order's goods.
_GUJARATI_OF: Final = frozenset({"no", "nu", "ni", "na"})


def _rejects_numbered(message: Message) -> bool:
    """A reject word said of a numbered order, but not Gujarati "no" (of) right after the
    number and before the next word ("A8628 no maal delivery boy lai gayo": it went out)."""
    return any(not _gujarati_of(message, hit) for hit in message.concepts.get("reject", ()))


def _gujarati_of(message: Message, hit: Hit) -> bool:
    if message.language != "gu" or message.folded[hit.start : hit.end] not in _GUJARATI_OF:
        return False
    before = message.folded[: hit.start].split()
    after = message.folded[hit.end :]
    right_after_number = bool(before) and read_order_ref(before[-1]) is not None
    return right_after_number and after[:1] == " " and after.strip()[:1].isalpha()


def _barcode_slots(message: Message, barcode: re.Match[str]) -> Slots:
    """"add 8901058000290", "barcode 8901207032179 er product ta add koro, dam 55": the barcode,
    and the price when one is said with it."""
    slots: Slots = {"barcode": barcode.group(1)}
    price = _price(message) or _price_with_its_word(message)
    if price is not None and not barcode.start() <= price[1][0] < barcode.end():
        slots["price_paise"] = price[0]
    return slots


_STATUSES = ("processing", "out_for_delivery", "delivered")


def _unnumbered_order_command(message: Message) -> Classification | None:
    """"accept the last one", "கடைசி ஆர்டரை reject பண்ணு", "शेवटची ऑर्डर नाकारा", "order accept karo":
    an order command with no number. With a "last / new / this order" word the slot which_order
    is "newest" (see intents.types); without one the bot acts only when one order waits. A bare
    yes / ok / no is no command: it needs the order word or the "last" word with it."""
    if message.has("open", "close"):
        return None  # "dukaan khol di, orders le lo": the shop takes orders again
    newest = _says_newest(message)
    if not newest and not message.has("order"):
        return _bare_order_command(message)
    slots: Slots = {"which_order": "newest"} if newest else {}
    said = _newest_verdict(message) if newest else None
    if said is not None:
        return _verdict_classification(said, slots, 0.8)  # "शेवटची ऑर्डर नाकार, साबुदाणा संपला"
    # "last order ok", "చివరి ఆర్డర్ వద్దు": a yes / no said of the last ORDER is the command
    # ("no, last time 20 tha" is not)
    named = newest and _names_order(message)
    if _firm(message, "reject", "no", named) or message.has("cancel"):
        return Classification(intent=Intent.REJECT_ORDER, confidence=0.85, slots=slots)
    if _firm(message, "accept", "yes", named):
        return Classification(intent=Intent.ACCEPT_ORDER, confidence=0.85, slots=slots)
    status = _order_status(message)
    if newest and status is not None:
        # "last order nikal gaya", "ଶେଷ ଅର୍ଡର ପହଞ୍ଚିଗଲା": the newest order that can move on
        return Classification(intent=Intent.ADVANCE_ORDER, confidence=0.8, slots={**slots, "status": status})
    return None if newest else _bare_order_command(message)  # "order pahuncha diya"


def _numbered_verdict(message: Message) -> Verdict | None:
    """The verdict said beside the order number (intents.order_verdicts)."""
    found = ORDER_REF.search(message.folded)
    return None if found is None else order_verdict(message, found.span())


def _newest_verdict(message: Message) -> Verdict | None:
    """The verdict said beside "the last / new order" (intents.order_verdicts)."""
    hits = [hit for concept in ("latest", "fresh") for hit in message.concepts.get(concept, ())]
    return order_verdict(message, (min(hit.start for hit in hits), max(hit.end for hit in hits))) if hits else None


def _verdict_classification(said: Verdict, slots: Slots, confidence: float) -> Classification:
    if said.status is not None:
        return Classification(intent=said.intent, confidence=confidence, slots={**slots, "status": said.status})
    return Classification(intent=said.intent, confidence=confidence, slots=slots)


# What may stand beside a bare order command in its clause: the command's own words, the order
# word, a yes / no or a greeting (fillers such as "please" always may).
_BARE_COMMAND_WORDS: Final = ("accept", "reject", *_STATUSES, "order", *SOCIAL)
# "taking it", "le liya bhai": the order the command is about, said without naming it.
_IT_WORDS: Final = frozenset("it this that ye yeh woh wo bhai ji".split())


def _bare_order_command(message: Message) -> Classification | None:
    """"le liya", "ஏத்துக்கறேன்", "ok, nilam", "nahi ho payega, maal khatam", "pahuncha diya": an
    accept, reject or status said with no order named, alone in its clause (a yes / ok clause
    may come first; the clauses after give the reason), is a command for the one order waiting
    (the bot asks which when there are more). A plain yes / no ("ok", "haan", "nahi") stays an
    answer: the command word must be more than it."""
    span = _command_clause(message)
    if span is None or message.has("today") or "?" in message.folded:  # "ready hai?" asks
        return None
    within = {
        concept: [hit for hit in message.concepts.get(concept, ()) if span[0] <= hit.start and hit.end <= span[1]]
        for concept in ("reject", "accept", "no", "yes", *_STATUSES)
    }
    clause = Message(message.cleaned, message.folded, message.tokens, {**message.concepts, **within}, message.language)
    if _firm(clause, "reject", "no", False):
        return Classification(intent=Intent.REJECT_ORDER, confidence=0.75)
    if _firm(clause, "accept", "yes", False):
        return Classification(intent=Intent.ACCEPT_ORDER, confidence=0.75)
    if _order_status(clause) is not None:
        # "nikal gaya, delivery pe hai": the last status word of the message says where it is
        return Classification(intent=Intent.ADVANCE_ORDER, confidence=0.7, slots={"status": _order_status(message)})
    return None


def _command_clause(message: Message) -> tuple[int, int] | None:
    """The span of the first clause that is not a bare yes / ok, when it holds nothing but the
    words of an order command; None when it says more ("maggi le liya", "aaj kitne order nikle")."""
    blank = message.without(*_BARE_COMMAND_WORDS)
    start = 0
    for stop in [*(found.start() for found in _CLAUSE_END.finditer(message.folded)), len(message.folded)]:
        if not message.folded[start:stop].strip():
            start = stop + 1
            continue
        said = set(content_words(blank[start:stop], message.language)) - _IT_WORDS
        if said:
            return None
        if _says_command(message, start, stop):
            return start, stop
        start = stop + 1  # "ok, taking it": the yes first, the command after
    return None


def _says_command(message: Message, start: int, stop: int) -> bool:
    """Some accept, reject or status word lies in the clause [START, STOP), and is more than the
    plain yes / no of the same words ("ok" is both)."""
    plain = {(hit.start, hit.end) for concept in ("yes", "no") for hit in message.concepts.get(concept, ())}
    return any(
        start <= hit.start and hit.end <= stop and (hit.start, hit.end) not in plain
        for concept in ("accept", "reject", *_STATUSES) for hit in message.concepts.get(concept, ())
    )


def _accepted_first(message: Message) -> bool:
    """"A5322 accept kar lo, pack karta hoon", "A12 accept pannunga, pack panren": the accept word
    comes in a clause before the status word's, which only says what follows (packing) once it is accepted."""
    accepts = [hit.start for hit in message.concepts.get("accept", ())]
    statuses = [hit.start for status in _STATUSES for hit in message.concepts.get(status, ())]
    if not accepts or not statuses or min(accepts) > min(statuses):
        return False
    return _CLAUSE_END.search(message.folded, min(accepts), min(statuses)) is not None  # "accepted and packed" has moved on


def _firm(message: Message, concept: str, social: str, named: bool) -> bool:
    """A hit of CONCEPT that is not just the social yes / no of the same words ("ok", "haan", "no"),
    unless the order is NAMED ("the last order")."""
    plain = set() if named else {(hit.start, hit.end) for hit in message.concepts.get(social, ())}
    return any((hit.start, hit.end) not in plain for hit in message.concepts.get(concept, ()))


def _names_order(message: Message) -> bool:
    """The order word, alone or inside a "last order" phrase ("છેલ્લો ઓર્ડર", "pichla order")."""
    return message.has("order") or _phrase_holds(message, ("latest",), "order")


def _phrase_holds(message: Message, concepts: tuple[str, ...], inner: str) -> bool:
    """A several-word phrase of one of CONCEPTS holds a word of INNER itself ("pichla order",
    "kadai thirandhachu")."""
    return any(holds(hit, inner) for concept in concepts for hit in message.concepts.get(concept, ()))


def _says_newest(message: Message) -> bool:
    """"the last one", "latest order", "शेवटची ऑर्डर", and "new order" / "this order" / "শেষ অর্ডার" (the
    "fresh" words count only right before the order word)."""
    if message.has("latest"):
        return True
    orders = {hit.start for hit in message.concepts.get("order", ())}
    return any(
        any(start >= hit.end and not message.folded[hit.end : start].strip() for start in orders)
        for hit in message.concepts.get("fresh", ())
    )


# Where one clause of a message ends: "closing early today, family function".
_CLAUSE_END: Final = re.compile(r"[,.;!?\n।|]")


def _shop_hours(message: Message, ignored: tuple[str, ...]) -> bool:
    """"closing early today, family function", "kal band rahega, gaon ja raha hu", "ಇವತ್ತು ಬೇಗ
    ಮುಚ್ಚುತ್ತೀನಿ, ಮನೆಯಲ್ಲಿ ಫಂಕ್ಷನ್": closing or opening said with WHEN (today, early, tomorrow)
    and no product in that clause is the shop's hours; the other clauses give the reason.
    "maggi aaj se band" names what to stop selling."""
    if not message.has("today", "hours"):
        return False
    hit = min((hit for concept in ("close", "open") for hit in message.concepts.get(concept, ())), key=lambda hit: hit.start, default=None)
    if hit is None:
        return False
    text = message.without(*ignored, "today", "hours", "shop", "order", *SOCIAL)
    starts = [end.end() for end in _CLAUSE_END.finditer(text, 0, hit.start)]
    before = text[starts[-1] if starts else 0 : hit.start]
    # the product of "maggi kal se band" comes before the verb; what follows it is the verb's
    # tail ("band kar rahe hain", "bandha karuchi") or the time ("closing at 6 today")
    return not any(set(item.text.split()) - _AUXILIARIES - _PER_WORDS for item in extract_items(before, message.language))


# "we will close early today", "closed on sunday", "8 mani ku thirappom": little words around the
# time before the verb (the case endings of _PER_WORDS too).
_AUXILIARIES: Final = frozenset(
    "i we will shall am are is be going to gonna i'll we'll i'm we're im on for at from by in the"
    # "from 1 to 4", "till 5" in the other languages: "1 mani mudhal 4 mani varai", "2 nunchi 5 varaku"
    " se tak theke porjonto mudhal muthal varai varaikkum nunchi varaku rinda inda varege vare te paryant pasun thi sudhi ton ru paryanta"
    " से तक থেকে পর্যন্ত முதல் வரை నుంచి వరకు ರಿಂದ ವರೆಗೆ മുതൽ വരെ पासून पर्यंत થી સુધી ਤੋਂ ਤੱਕ ରୁ ପର୍ଯ୍ୟନ୍ତ".split()
)


def _order_status(message: Message) -> str | None:
    """The status an owner reports: the LAST status phrase wins, since the verb closes the
    sentence ("A1 delivery ke liye nikla", "A7 डिलिव्हरीला निघाली" are out for delivery, not
    delivered; "A3 packed and sent" has left)."""
    hits = [(hit.end, hit.start, status) for status in _STATUSES for hit in message.concepts.get(status, ())]
    return max(hits)[2] if hits else None


# Commands about ONE product (the bot acts on the first item): a reason or remark after it
# ("2 dhara pouches leaked, take 2 off", "stop selling X, nobody buys them", "bhije geche")
# is no second product.
_ONE_PRODUCT: Final = frozenset({Intent.SET_STOCK, Intent.ADJUST_STOCK, Intent.SET_PRICE, Intent.DEACTIVATE_PRODUCT})


def _one_product(result: Classification) -> Classification:
    if result.intent == Intent.DEACTIVATE_PRODUCT:
        return result  # its items are chosen where it is read (intents/stopped_products.py)
    if result.intent not in _ONE_PRODUCT or len(result.items) < 2 or any(item.value is not None for item in result.items):
        return result
    return replace(result, items=result.items[:1])


def _with_values(result: Classification) -> Classification:
    """Copy the update's number onto its item(s): `ItemRequest.value` (see intents.types)."""
    result = _one_product(result)
    slot = _UPDATE_SLOTS.get(result.intent)
    if slot is None or slot not in result.slots or not result.items:
        return result
    if any(item.value is not None for item in result.items):
        return result
    value = result.slots[slot]
    items = tuple(replace(item, value=float(value)) for item in result.items)
    return Classification(intent=result.intent, confidence=result.confidence, slots=result.slots, items=items)


def _several_updates(message: Message) -> Classification | None:
    """"maggi 50, atta 20" / one update a line: several items of one intent, each with its value."""
    if not any(token.kind == "sep" for token in message.tokens) and len(message.tokens) < 3:
        return None
    spans = [(segment[0].start, segment[-1].end) for segment in split_segments(message.tokens)]
    if len(spans) < 2:
        spans = _signed_spans(message.folded)
    if len(spans) < 2:
        return None
    results: list[Classification] = []
    for start, end in spans:
        text = message.folded[start:end]
        tokens = tokenize(text)
        part = brand_not_price(Message(text, text, tokens, find_concepts(text, tokens), message.language))
        result = _with_values(_classify_one(part))
        if result.intent not in _UPDATE_SLOTS or not result.items:
            return None
        results.append(result)
    intent = results[0].intent
    if any(result.intent != intent for result in results):
        return None
    items = tuple(item for result in results for item in result.items)
    if any(item.value is None for item in items):
        return None
    first = results[0].slots[_UPDATE_SLOTS[intent]]
    return Classification(intent=intent, confidence=0.85, slots={_UPDATE_SLOTS[intent]: first}, items=items)


def _signed_spans(folded: str) -> list[tuple[int, int]]:
    """"atta +10 sugar -5": with no commas, each signed number closes one update."""
    signs = list(SIGNED.finditer(folded))
    if len(signs) < 2:
        return []
    spans: list[tuple[int, int]] = []
    start = 0
    for sign in signs:
        spans.append((start, sign.end()))
        start = sign.end()
    return spans if not folded[start:].strip() else []


def _classify_one(message: Message) -> Classification:
    message = names_over_keywords(message, "price")  # each line of "togari bele 20, ..." too
    message = _leading_price_word_is_a_name(message)
    message = _without_old_number(message)
    message = _more_is_no_join(message)
    message = _brand_not_shop(message)
    message = arrival_word_as_name(message)
    message = with_owner_shop_words(message)  # "kay kay sampat ahe", "coke 48 ali", "Maaza ഇനി വരില്ല, off"
    folded = message.folded

    stock_words = ("stock", "price", "increase", "decrease", "new_product", "new_item", "finished", "deactivate", "close", "open")
    # "order" is never a product: "today's orders", "आज के ऑर्डर" ask for the day's figures.
    # "ম্যাগি ৫০ টা আছে", "maggi 25 hi bache", "stock update: maggi 30": "is there", "only"
    # and "update" are no part of a product either.
    products = product_words(
        message, *stock_words, "today", "order", "show", "low", "sales", "which", "remove", "no", "exists", "greet", "change", "instead", "yes",
        "status",  # "stock status", "aaj ka status": no product
        "more", "still",  # "24 coca cola hor aa gaiyan", "nirma inko 25 vachindi": "more" is no part of the name
        "raise",  # "ullipayalu 40 nunchi 45 ki penchanu": "raised it" is no part of the name either
        "keep_at",  # "3 packet damage ஆயிடுச்சு", "rate 165 pettu": "it became", "keep it at"
    )
    if message.has("increase", "decrease", "raise"):
        products = [item for item in products if not only_by_words(item)]  # "स्टॉक २० ने वाढवा": "ने" is "by"
    has_product = bool(products)

    if (message.has("shop") or _verb_names_shop(message)) and message.has("close", "open") or _shop_stopped(message) or (message.has("close", "open") and not has_product) or _shop_hours(message, stock_words):
        intent = Intent.CLOSE_SHOP if message.has("close") or not message.has("open") else Intent.OPEN_SHOP
        return Classification(intent=intent, confidence=0.9)

    if _asks_low_stock_with_reason(message):
        return Classification(intent=Intent.LOW_STOCK, confidence=0.85)

    if message.has("sales") and not _stops_selling(message, has_product) and not _sold_count(message, products) or _asks_days_total(message) \
            or (message.has("today") and message.has("order") and (message.has("how_many") or not _names_more(message, products))):
        # "how many orders today" with any verb after it ("ଆଜି କେତେ ଅର୍ଡର ହେଲା", "aaj kitne order hue")
        return Classification(intent=Intent.TODAY_SUMMARY, confidence=0.9)

    made = stock_made(message) if has_product else None
    if made is not None:
        # "fortune besan ka stock 60 kar do, maal aa gaya": the stock is made 60; the arrival is the reason
        items = tuple(_with_pack(_without_link(item)) for item in made[1])
        return Classification(intent=Intent.SET_STOCK, confidence=0.85, slots={"stock": made[0]}, items=items)

    if (message.has("new_item") or opens_with_new(message, _new_words())) and has_product:
        return _new_product(message)

    if message.has("new_product") and not message.has("price", "stock", "decrease") and MONEY.search(folded) and has_product \
            and all(item.quantity is None or item.unit in MEASURE_UNITS for item in products):
        # "add dettol soap 75g rs 40": a product to add, at a price in rupees (no count to stock)
        return _new_product(message)

    named_new = _new_after_name(message) if has_product else None
    if named_new is not None:
        # "savlon liquid naya 120", "parle marie navin 30": the product is new, the number its price
        return _new_product(message, named_new)

    added_at = _added_at_price(message) if has_product else None
    if added_at is not None:
        # "Yippee noodles add pannu, vilai 15", "Bru coffee 50g add kara, 140 la": a product to add, at its price
        return _new_product(message, added_at)

    if has_product and adds_sized_product(message, products):
        # "idhayam nallennai 500ml add pannu", "catalog la irundhu 5kg ponni serthu vidu": the size is the pack's
        return _new_product(message)

    price = _price(message) or marked_price(message)  # "surf 1kg 150 ka kar do"
    if price is not None:
        items = _sized_by_price(message, _owner_items(message, strip_number=price[1], within=_clause_around(message.folded, price[1][0])))
        return Classification(intent=Intent.SET_PRICE, confidence=0.9, slots={"price_paise": price[0]}, items=items)

    signed = SIGNED.search(folded)
    if signed is not None and has_product:
        delta = _whole(float(signed.group(2))) * (-1 if signed.group(1) == "-" else 1)
        items = _owner_items(message, strip_span=signed.span())
        return Classification(intent=Intent.ADJUST_STOCK, confidence=0.9, slots={"stock_delta": delta}, items=items)

    if message.has("new_product") and not quantified(products):
        query = " ".join(item.text for item in products)
        slots = {"query": query} if query else {}
        items = tuple(ItemRequest(text=item.text, raw=item.raw) for item in products)
        return Classification(intent=Intent.ADD_PRODUCT, confidence=0.85 if query else 0.6, slots=slots, items=items)

    if has_product and message.has("deactivate", "close", "remove") and not quantified(products):
        return Classification(intent=Intent.DEACTIVATE_PRODUCT, confidence=0.85, items=stopped_products(message, _bare(_first_clause(message, products))))

    if has_product and message.has("deactivate", "close") and _sized_only(products) \
            and not message.has("stock", "increase", "decrease", "new_product", "finished", "price"):
        # "rozzana 5 kilo band karo", "everest garam masala 200 gram band kar do": the size says
        # which pack to stop selling, no stock count
        return Classification(
            intent=Intent.DEACTIVATE_PRODUCT, confidence=0.8, items=tuple(_with_pack(item) for item in _first_clause(message, products)[:1])
        )

    if message.has("which") and message.has("low", "finished", "decrease") and not quantified(products) and not message.has("price", "deactivate"):
        # "কোন কোন জিনিস শেষ হয়ে আসছে?", "kya kya khatam ho gaya?", "kana kana kami gala?": which goods run out
        return Classification(intent=Intent.LOW_STOCK, confidence=0.8)

    if has_product and message.has("finished") and not quantified(products):
        return Classification(intent=Intent.SET_STOCK, confidence=0.85, slots={"stock": 0}, items=_bare(products))

    written = _stock_after_word(message)
    if written is not None and has_product and not message.has("increase", "decrease", "new_product", "finished"):
        # "surf excel bar stock 30", "taj mahal chah da stock 8": the number after "stock" is
        # the count; a number word before it ("bar" 12, "chah" 6) is part of the name.
        amount, before = written
        names = [item for item in extract_items(before, message.language, spoken_numbers=False) if item.text]
        if len(names) == 1:
            return Classification(intent=Intent.SET_STOCK, confidence=0.85, slots={"stock": amount}, items=(_with_pack(names[0]),))

    if has_product and len(products) > 1 and all(item.quantity is not None for item in products):
        # "maggi 50 atta 20": one number per product
        sign = -1 if message.has("decrease") else 1
        intent = Intent.ADJUST_STOCK if message.has("increase", "new_product", "decrease", "more") else Intent.SET_STOCK
        items = tuple(
            replace(bare, value=float(sign * (item.quantity or 0.0)))
            for bare, item in zip(_bare(products, keep_pack=True), products)
        )
        slot = _UPDATE_SLOTS[intent]
        return Classification(intent=intent, confidence=0.85, slots={slot: _whole(items[0].value or 0.0)}, items=items)

    if has_product and quantified(products):
        item = products[0]
        amount = _whole(item.quantity or 0.0)
        bare = _bare(products[:1], keep_pack=True)
        if message.has("increase", "new_product", "more"):  # "nirma inko 25", "maggi 10 hor": more of it
            amount = _count_with_add_word(message) or amount  # "2 cartons of bisleri came, add 24"
            return Classification(intent=Intent.ADJUST_STOCK, confidence=0.85, slots={"stock_delta": amount}, items=bare)
        if message.has("decrease") or message.has("remove") and message.has("stock"):
            # "atta 5 kam karo", and "stock lo 6 teeseyi" / "take 6 out of stock": out of the stock, not to 6
            return Classification(intent=Intent.ADJUST_STOCK, confidence=0.85, slots={"stock_delta": -amount}, items=bare)
        return Classification(intent=Intent.SET_STOCK, confidence=0.85 if len(products) == 1 else 0.7, slots={"stock": amount}, items=bare)

    if message.has("stock", "low") and not has_product:
        return Classification(intent=Intent.LOW_STOCK, confidence=0.9 if message.has("low", "show") else 0.75)
    if message.has("stock", "low") and message.has("show", "low"):
        return Classification(intent=Intent.LOW_STOCK, confidence=0.7)

    if message.has("today") and not has_product and not message.has(*SOCIAL):
        # "today", "aaj", "இன்று", "ଆଜି" alone: the help's own command for the day's orders and
        # sales ("aaj nahi", "haan, aaj" answer a question instead).
        return Classification(intent=Intent.TODAY_SUMMARY, confidence=0.85)

    general = classify_customer(message)
    if general.intent in (Intent.GREET, Intent.HELP, Intent.CONFIRM, Intent.DENY, Intent.CHANGE_LANGUAGE, Intent.TALK_TO_SHOP, Intent.ORDER_STATUS):
        return general
    if has_product:
        return Classification(intent=Intent.UNKNOWN, confidence=0.3, items=_bare(products))
    return Classification(intent=Intent.UNKNOWN, confidence=0.15)


# Words that ask how much the day's total came to ("ajj da total ki bania", "ivattu total eshtu aaytu").
_TOTAL_ASKING: Final = ("today", "bill_total", "status", "how_much", "how_many", "came_to", "keep_at", "order", *SOCIAL)


def _asks_days_total(message: Message) -> bool:
    """"ajj da total ki bania?", "innaiku total evlo", "aaje total ketlu thayu": TODAY's TOTAL, with
    nothing else named, is the day's sales."""
    return message.has("today") and message.has("bill_total") and not product_words(message, *_TOTAL_ASKING)


# "stock 30", "stock: 30", "stock ab 8": the count written right after the stock word, closing
# the message (a word or two may follow: "stock 50 hai", "stock 30 pcs").
_STOCK_AFTER: Final = re.compile(r"\s*(?:[:=\-]|is|to|ab|hai|now)?\s*(\d+(?:\.\d+)?)(?:[\s,.;!]+[^\d\s,.;!]+){0,2}[\s,.;!]*$")


def _stock_after_word(message: Message) -> tuple[int | float, str] | None:
    """(the count, the text before the stock word) when an owner writes "NAME stock N"."""
    for hit in message.concepts.get("stock", ()):
        after = _STOCK_AFTER.match(message.folded, hit.end)
        if after is None or not message.folded[:hit.start].strip():
            continue
        trailing = [other for concept, hits in message.concepts.items() if concept not in SOCIAL for other in hits]
        if not any(other.start >= after.end(1) for other in trailing):  # "stock 8 ji" / "stock 8, thanks" too
            before = message.without("stock", "price", *SOCIAL)[: hit.start].split()
            if len(before) > 1 and before[-1] in _PER_WORDS:
                before = before[:-1]  # "taj mahal chah da stock 8": "of" before the stock word
            return _whole(float(after.group(1))), " ".join(before)
    return None


def _count_with_add_word(message: Message) -> int | float | None:
    """"got 2 more cartons of bisleri, add 24", "2 peti aayi, 48 jodo": when the pieces to add are
    said in a clause of their own, right after or before the add word and closing the message,
    that is the count; the first number counted the cartons they came in."""
    numbers = [token for token in message.tokens if token.kind == "num" and "/" not in token.text]
    if len(numbers) < 2:
        return None
    last = numbers[-1]
    clause = _CLAUSE_END.search(message.folded, numbers[0].end, last.start)
    if clause is None:
        return None
    for hit in (*message.concepts.get("increase", ()), *message.concepts.get("new_product", ())):
        if hit.start >= clause.end() and hit.end <= last.start and not message.folded[hit.end : last.start].strip() \
                and _clause_ends(message.folded, last.end, message.language):
            return _whole(float(last.text))  # "add 24"
        if hit.start >= last.end and not message.folded[last.end : hit.start].strip() and _clause_ends(message.folded, hit.end, message.language):
            return _whole(float(last.text))  # "48 jodo", "24 add karo"
    return None


def _more_is_no_join(message: Message) -> Message:
    """"maggi aur 24 aaye", "ମାଗି ଆଉ 24ଟା ଆସିଛି": in a stock change, "and" between a product and
    a number means "more" (24 more came); it joins no second item, so it goes."""
    if not message.has("increase", "decrease"):
        return message
    joining = connectors()
    tokens = message.tokens
    spans = [
        token for before, token, after in zip(tokens, tokens[1:], tokens[2:])
        if token.kind == "word" and token.text in joining and before.kind == "word" and after.kind == "num"
    ]
    if not spans:
        return message
    chars = list(message.folded)
    for token in spans:
        chars[token.start : token.end] = " " * (token.end - token.start)
    folded = "".join(chars)
    tokens = tokenize(folded)
    return Message(message.cleaned, folded, tokens, find_concepts(folded, tokens), message.language)


def _without_old_number(message: Message) -> Message:
    """"maggi 50 nahi 40", "atta price 14 illa 15", "stock 40 hai, 50 nahi": the number next to
    the "not" is the old one; it and the "not" go, the new number stays."""
    marks = sorted(message.concepts.get("instead", ()), key=lambda hit: hit.start)
    numbers = [token for token in message.tokens if token.kind == "num"]
    if not marks or len(numbers) < 2:
        return message
    for mark in marks:
        before = [token for token in numbers if token.end <= mark.start]
        after = [token for token in numbers if token.start >= mark.end]
        if not before or message.folded[before[-1].end : mark.start].strip(" ,"):
            continue
        if after or len(before) >= 2:
            old = before[-1]
            # "50 nahi, 40": the comma between goes too, so the new number stays with the name
            end = after[0].start if after and not message.folded[mark.end : after[0].start].strip(" ,") else mark.end
            folded = message.folded[: old.start] + " " * (end - old.start) + message.folded[end:]
            tokens = tokenize(folded)
            return Message(message.cleaned, folded, tokens, find_concepts(folded, tokens), message.language)
    return message


# What an owner says about a product after its name: a count, or a stock or price word.
_PRODUCT_TALK: Final = ("stock", "price", "finished", "increase", "decrease", "deactivate")


def _brand_not_shop(message: Message) -> Message:
    """"ক্লোজআপ স্টক ১৫", "ਕਲੋਜ਼ਅੱਪ ਸਟਾਕ 25", "close up 20": a close/open word that is the start
    of a product name the lexicon knows (Closeup toothpaste) is the name, not the shop closing,
    when a count or a stock or price word goes with it. "dukaan band", "shop closed today" name
    nothing the lexicon knows and stay the shop's hours."""
    if not message.has("close", "open"):
        return message
    if not message.has(*_PRODUCT_TALK) and not any(token.kind == "num" for token in message.tokens):
        return message
    return names_over_keywords(message, "close", "open")


def _leading_price_word_is_a_name(message: Message) -> Message:
    """"dhara sorsher tel er dam 178 koro": a price word ("dhara", Telugu for price) opening the
    message while another price word follows is the brand Dhara, part of the product's name; so
    is it when a stock word follows ("dhara 1L stock 24": 24 bottles of Dhara oil)."""
    hits = sorted(message.concepts.get("price", ()), key=lambda hit: hit.start)
    if not hits or message.folded[: hits[0].start].strip():
        return message
    if len(hits) < 2 and not _opens_a_known_name(message.folded[hits[0].start :]) and not message.has("stock"):
        return message
    concepts = dict(message.concepts)
    concepts["price"] = hits[1:]
    return Message(message.cleaned, message.folded, message.tokens, concepts, message.language)


def _opens_a_known_name(text: str) -> bool:
    """"dhara sorsher tel 1 litre 168": the price word and the words after it are a name the
    lexicon knows (Dhara mustard oil), so the word is the brand."""
    words = text.split()
    lexicon = load_lexicon()
    return any(lexicon.lookup(" ".join(words[:size])) for size in range(2, min(len(words), lexicon.longest_term) + 1))


def _verb_names_shop(message: Message) -> bool:
    """"kadai thirandhachu, order podalam": the open / close phrase itself holds the shop word
    (kadai), so the shop opens whatever the next clause says."""
    return _phrase_holds(message, ("open", "close"), "shop")


def _shop_stopped(message: Message) -> bool:
    """"dukaan band karo", "shop band kar do", "দোকান বন্ধ করো": the stop-selling words said of the
    shop and nothing else close the shop."""
    if not (message.has("shop") and message.has("deactivate")):
        return False
    text = message.without("shop", "deactivate", "today", "change", "remove")
    span = _shop_clause(message)
    if span is not None:
        text = text[span[0] : span[1]]  # "দোকান বন্ধ করো, খেলা দেখতে যাচ্ছি": the other clause gives the reason
    return not [item for item in extract_items(text, message.language) if item.text]


def _shop_clause(message: Message) -> tuple[int, int] | None:
    """The span of the one clause that holds both the shop word and the stop word, or None
    when they lie in different clauses."""
    words = [hit for concept in ("shop", "deactivate") for hit in message.concepts.get(concept, ())]
    first, last = min(hit.start for hit in words), max(hit.end for hit in words)
    if _CLAUSE_END.search(message.folded, first, last) is not None:
        return None
    starts = [end.end() for end in _CLAUSE_END.finditer(message.folded, 0, first)]
    after = _CLAUSE_END.search(message.folded, last)
    return (starts[-1] if starts else 0), (after.start() if after is not None else len(message.folded))


def _stops_selling(message: Message, has_product: bool) -> bool:
    """"All out ar bikri karibi nahin, bandha kara", "maggi ab nahi bechenge, band karo": a
    product with "selling" and a stop word is a product to take off, not the day's sales."""
    return has_product and message.has("deactivate", "close", "remove")


def _sold_count(message: Message, products: list[ItemRequest]) -> bool:
    """"નિરમા ના દસ પેકેટ વેચાયા", "maggi 6 vikle": a counted product said to have sold is taken
    out of the stock (the sold word is also a sales word); "kitne bike?" still asks."""
    return message.has("decrease") and quantified(products) and not message.has("how_many", "how_much", "which") and "?" not in message.folded


def _names_more(message: Message, products: list[ItemRequest]) -> bool:
    """Words beyond "today's orders": a product, or more than a question word around it
    ("how many orders today", "இன்னைக்கு எத்தனை ஆர்டர்" still ask for the day's figures)."""
    return bool(products) and bool(product_words(message, *_TODAY_WORDS))


# What may stand around "today" in a question for the day's orders and sales.
# "increase": orders that came in ("kitne order aaye", "enni orders vachayi").
_TODAY_WORDS = ("today", "order", "sales", "show", "how", "how_many", "status", "which", "increase")


def _new_product(message: Message, price: tuple[int, tuple[int, int]] | None = None) -> Classification:
    """"hosa product: Mysore sandal soap 125g price 80", "notun product add koro: Bisleri 1 litre
    20 taka": a product to add, its pack size, and its price when one is written (PRICE: the
    price already read, in paise, and the span of its number)."""
    price = price if price is not None else _price(message) or _price_with_its_word(message) or _price_own_clause(message)
    items = _owner_items(_without_shop(message), strip_number=price[1] if price is not None else None)
    items = tuple(
        ItemRequest(text=" ".join(word for word in item.text.split() if word not in _ADD_WORDS and word not in _new_words()) or item.text, raw=item.raw, pack_size=item.pack_size)
        for item in items
    )
    query = " ".join(item.text for item in items)
    slots: Slots = {"query": query} if query else {}
    if price is not None:
        slots["price_paise"] = price[0]
    return Classification(intent=Intent.ADD_PRODUCT, confidence=0.85 if query else 0.6, slots=slots, items=items)


@cache
def _new_words() -> frozenset[str]:
    """The "new" words of every language (naya, navin, notun, puthu, kotha, hosa, ਨਵਾਂ, ନୂଆ): the
    "fresh" words that open a "new product / new item" phrase (not "this", "last")."""
    rows = read_table("concepts.csv")
    openers = {row["phrase"].split()[0] for row in rows if row["concept"] == "new_item" and " " in row["phrase"]}
    return frozenset(row["phrase"] for row in rows if row["concept"] == "fresh") & openers


# What an owner says of a product that makes its number a count or a price already read.
_NOT_NEW_TALK: Final = ("stock", "price", "increase", "decrease", "finished", "more", "still", "order", "new_item")


def _new_after_name(message: Message) -> tuple[int, tuple[int, int]] | None:
    """"savlon liquid naya 120", "ಮೈಸೂರ್ ಸ್ಯಾಂಡಲ್ ಹೊಸ 45": a "new" word right after the product's
    name, then one number closing the message: a new product at that price."""
    if message.has(*_NOT_NEW_TALK):
        return None
    numbers = [token for token in message.tokens if token.kind == "num"]
    if len(numbers) != 1 or "/" in numbers[0].text or message.folded[numbers[0].end :].strip(" .!"):
        return None
    number = numbers[0]
    for hit in message.concepts.get("fresh", ()):
        if hit.phrase in _new_words() and message.folded[: hit.start].strip() and not message.folded[hit.end : number.start].strip():
            return paise(number.text), (number.start, number.end)
    return None


def _price_own_clause(message: Message) -> tuple[int, tuple[int, int]] | None:
    """"dabur chyawanprash navin item 1kg, 365": a bare number alone in the last clause of a new
    product's message is its price (a count would come with its unit or an arrival word)."""
    tokens = [token for token in message.tokens if token.kind in ("word", "num", "sep")]
    if len(tokens) < 3 or tokens[-1].kind != "num" or tokens[-2].kind != "sep" or "/" in tokens[-1].text:
        return None
    if message.has("stock", "increase", "decrease"):
        return None
    return paise(tokens[-1].text), (tokens[-1].start, tokens[-1].end)


def _without_shop(message: Message) -> Message:
    """"add Eveready AA battery to my shop", "mere dukaan me parle g jodo": the shop the product
    goes into is no part of its name. Blanking keeps every other word where it was."""
    if not message.has("shop"):
        return message
    folded = message.without("shop")
    concepts = {concept: hits for concept, hits in message.concepts.items() if concept != "shop"}
    return Message(message.cleaned, folded, tokenize(folded), concepts, message.language)


def _added_at_price(message: Message) -> tuple[int, tuple[int, int]] | None:
    """The price of a product being added, said in a clause of its own: "add Eveready AA battery,
    selling at 40", "Yippee noodles add pannu, vilai 15", "Bru coffee 50g add kara, 140 la",
    "Lux sabun jodo, 35 ka". None when the message is no addition at a price: a count that
    arrived ("maggi 20 add karo", "10 aaye, add pannu"), a stock word, or a new PRICE ("maggi
    puthiya vilai 15", "naya rate 14" set the price of a product already sold)."""
    if not message.has("new_product") or message.has("stock", "decrease", "finished") or _arrived(message) or _new_price(message):
        return None
    price = _price(message) if message.has("price") else None
    if price is None:
        price = _price_with_its_word(message)
    if price is None:
        return None
    # the name without the price and the owner's command words
    chars = list(message.without("price", "new_product", "new_item", "increase", "change", "more", "still", *SOCIAL))
    chars[price[1][0] : price[1][1]] = " " * (price[1][1] - price[1][0])
    names = [item for item in extract_items("".join(chars), message.language) if item.text]
    if any(item.quantity is not None and item.unit not in MEASURE_UNITS for item in names):
        return None  # "maggi 20 add karo, rate 14": twenty came in
    return price


def _arrived(message: Message) -> bool:
    """A stock arrival word ("aaye", "vandhuchu", "received") that is not the "add" itself."""
    added = {(hit.start, hit.end) for hit in message.concepts.get("new_product", ())}
    return any((hit.start, hit.end) not in added for hit in message.concepts.get("increase", ()))


def _new_price(message: Message) -> bool:
    """"puthiya vilai", "নতুন দাম", "naya rate": the "new" word says the price is new, not the product."""
    prices = [hit.start for hit in message.concepts.get("price", ())]
    return any(not message.folded[hit.end : start].strip() for hit in message.concepts.get("new_product", ()) for start in prices if start >= hit.end)


# "160 te", "160 ma", "160 mein", "160 ന്", "160 ରେ": the "at / for" after a price.
_FOR_WORDS: Final = frozenset({"te", "তে", "ma", "માં", "mein", "me", "में", "ന്", "നു", "ରେ"})
# "at 40", "for 40": the little English word before a selling price.
_AT_WORDS: Final = frozenset({"at", "for", "@"})


def _price_with_its_word(message: Message) -> tuple[int, tuple[int, int]] | None:
    """"140 la", "35 ka", "15 ku", "40 ge" (a per-word after it) or "at 40" (before it): a number
    marked as what the thing sells for, closing its clause. The span runs over the little word."""
    tokens = [token for token in message.tokens if token.kind in ("word", "num", "sep")]
    for index, token in enumerate(tokens):
        if token.kind != "num" or "/" in token.text:
            continue
        after = tokens[index + 1] if index + 1 < len(tokens) else None
        before = tokens[index - 1] if index else None
        if after is not None and after.kind == "word" and (after.text in _PER_WORDS or after.text in _FOR_WORDS):
            closing = tokens[index + 2] if index + 2 < len(tokens) else None
            if closing is None or closing.kind == "sep" or _is_add_word(message, closing):
                return paise(token.text), (token.start, after.end)
        if before is not None and before.kind == "word" and before.text in _AT_WORDS and (after is None or after.kind == "sep"):
            return paise(token.text), (before.start, token.end)
    return None


def _is_add_word(message: Message, token: Token) -> bool:
    return any(hit.start == token.start for hit in message.concepts.get("new_product", ()))


# Words that say "add" around a new product's name ("add koro", "serisi", "jodo").
_ADD_WORDS = frozenset(
    "add koro karo kara kar cheyyi cheyyu maadi madi pannu pannunga jodo jodiye jodantu serisi seru cherkku umero umerjo umeri umerva"
    " serkanum serkkanum serthudu serthu cherkkanam cherkkuka kalupu kalapandi jodna jodni jod karna".split()
)


_STOP_WORDS = ("deactivate", "close", "remove")


# Words of an update: a clause holding one of them is no mere reason beside a question.
_UPDATE_TALK: Final = ("stock", "price", "increase", "decrease", "deactivate", "new_product", "new_item")


def _asks_low_stock_with_reason(message: Message) -> bool:
    """"show low stock items, the hostel boys wiped out half the shelf", "kam stock wala saaman
    dikhao, aadha shelf khaali ho gaya": one clause asks which goods run low; the other tells
    why, and its "half" or "empty" is no stock count for a product."""
    spans = [(segment[0].start, segment[-1].end) for segment in split_segments(message.tokens)]
    if len(spans) < 2:
        return False
    clauses = [(span, _clause_message(message, *span)) for span in spans]
    asking = [
        span for span, clause in clauses
        if clause.has("low") and clause.has("show", "which") and _classify_one(clause).intent == Intent.LOW_STOCK
    ]
    if not asking:
        return False
    others = [span for span in spans if span not in asking]
    return not any(_clause_message(message, start, end).has(*_UPDATE_TALK) or _DIGIT.search(message.folded[start:end]) for start, end in others)


def _clause_message(message: Message, start: int, end: int) -> Message:
    text = message.folded[start:end]
    tokens = tokenize(text)
    return Message(text, text, tokens, find_concepts(text, tokens), message.language)


_DIGIT: Final = re.compile(r"\d")


def _first_clause(message: Message, products: list[ItemRequest]) -> list[ItemRequest]:
    """"Boost ini vikka maatom, list la irundhu edu", "not selling kissan jam anymore, take it
    off": the product is named once, in the first stretch of text between stop-selling words
    that holds product words; the rest of the message only repeats the instruction."""
    hits = sorted((hit for concept in _STOP_WORDS for hit in message.concepts.get(concept, ())), key=lambda hit: hit.start)
    stretches: list[tuple[int, int]] = []
    position = 0
    for hit in hits:  # overlapping hits ("stop" inside "stop selling") cut once
        stretches.append((position, hit.start))
        position = max(position, hit.end)
    stretches.append((position, len(message.folded)))
    social_blanked = message.without(*SOCIAL, "change")  # "ok, stop selling X", "update: stop selling X"
    named = [
        (_tells_damage(message, clause_start, clause_end), found)
        for start, end in stretches
        for clause_start, clause_end in _clauses_between(message.folded, start, end)
        for found in [named_goods([item for item in extract_items(social_blanked[clause_start:clause_end], message.language) if item.text])]
        if found
    ]
    if not named:
        return products
    if named[0][0] and len(named) > 1 and not named[1][0]:
        # "deshlai gulo sob bhije gache, machis ta ekhon bikri bondho rakho", "the matchboxes all got
        # wet, stop selling matches": the first clause tells what befell the goods; the next names them plainly
        return named[1][1]
    if named[0][0] and len(named) == 1:
        # "saffola masala oats batch expired last week. take it off the app": the command only
        # points back (data/pointer_words.csv); the goods are named before what befell them
        return _named_before_damage(message, social_blanked) or named[0][1]
    return _whole_stretch(message, social_blanked, stretches) or named[0][1]


def _named_before_damage(message: Message, text: str) -> list[ItemRequest]:
    """The goods named in the first damage clause before its loss word ("heritage milk" of
    "heritage milk expiry ayipoyindi")."""
    first = min((hit.start for hit in message.concepts.get("decrease", ())), default=0)
    start = max((end.end() for end in _CLAUSE_END.finditer(message.folded, 0, first)), default=0)
    return named_goods([item for item in extract_items(text[start:first], message.language) if item.text])


def _whole_stretch(message: Message, text: str, stretches: list[tuple[int, int]]) -> list[ItemRequest]:
    """The goods of the first stretch holding any, read as one piece of text. Goods listed before
    the stop word all count ("Coca cola, Sprite ippo venda"); after it, only the first clause's
    ("stop selling kissan jam, nobody buys it": the rest is the reason)."""
    for start, end in stretches:
        if end == len(text) and start > 0:
            end = next((right for left, right in _clauses_between(message.folded, start, end) if _goods(message, text[left:right])), end)
        found = _goods(message, text[start:end]) if start < end else []
        if found:
            return found
    return []


def _goods(message: Message, text: str) -> list[ItemRequest]:
    return named_goods([item for item in extract_items(text, message.language) if item.text])


def _clauses_between(folded: str, start: int, end: int) -> list[tuple[int, int]]:
    cuts = [match.start() for match in _CLAUSE_END.finditer(folded, start, end) if not decimal_point(folded, match.start())]
    bounds = [start, *cuts, end]
    return [(left + (1 if left in cuts else 0), right) for left, right in zip(bounds, bounds[1:]) if right > left + 1]


def _tells_damage(message: Message, start: int, end: int) -> bool:
    """A loss word (got wet, spoilt, bhije gache, nanainjiduchu) in the clause."""
    return any(start <= hit.start < end for hit in message.concepts.get("decrease", ()))


def _sized_only(items: list[ItemRequest]) -> bool:
    """Every amount written is a pack size (grams, kilos, litres), none a count."""
    amounts = [item for item in items if item.quantity is not None or item.pack_size is not None]
    return bool(amounts) and all(
        item.quantity is None and item.pack_size is not None or item.quantity is not None and item.unit in MEASURE_UNITS and item.pack_size is None
        for item in amounts
    )


def _whole(value: float) -> int | float:
    return int(value) if value == int(value) else value


def _bare(items: list[ItemRequest], *, keep_pack: bool = False) -> tuple[ItemRequest, ...]:
    """Owner items: the product (and its pack size); the numbers live in the slots. The "of"
    before a count goes: "ਦਹੀਂ ਦੇ 6 ਡੱਬੇ", "haldiram ke 4 packet" name ਦਹੀਂ, haldiram."""
    return tuple(
        _without_link(ItemRequest(text=item.text, raw=item.raw, pack_size=item.pack_size if keep_pack else None)) for item in items
    )


def _with_pack(item: ItemRequest) -> ItemRequest:
    """An owner's product: its name and pack size ("maggi 70g" -> 70 g), no count."""
    pack = item.pack_size
    if pack is None and item.quantity is not None and item.unit not in (None, "piece", "packet", "dozen"):
        pack = _pack(item.quantity, item.unit)  # type: ignore[arg-type]
    return ItemRequest(text=item.text, raw=item.raw, pack_size=pack)


def _owner_items(
    message: Message,
    *,
    strip_number: tuple[int, int] | None = None,
    strip_span: tuple[int, int] | None = None,
    within: tuple[int, int] | None = None,
) -> tuple[ItemRequest, ...]:
    chars = list(message.without("price", "stock", "increase", "decrease", "new_item", "new_product", "exists", "instead", "change", "more", "still", "keep_at"))
    for span in (strip_number, strip_span):
        if span is not None:
            chars[span[0] : span[1]] = " " * (span[1] - span[0])
    text = "".join(chars)
    items = [item for item in extract_items(text, message.language) if item.text]
    if within is not None:
        # "घी का रेट बढ़ गया, पतंजलि घी अब ६७० रुपये": the price's own clause names the product; the
        # clause before it gives the reason
        own = [item for item in extract_items(text[within[0] : within[1]], message.language) if item.text]
        items = own or items
    return tuple(_with_pack(_without_link(item)) for item in items[:1])


def _clause_around(folded: str, at: int) -> tuple[int, int] | None:
    """The clause holding position AT, when the message has more than one."""
    ends = [end for end in _CLAUSE_END.finditer(folded) if not decimal_point(folded, end.start())]
    if not ends:
        return None
    start = max((end.end() for end in ends if end.end() <= at), default=0)
    stop = min((end.start() for end in ends if end.start() >= at), default=len(folded))
    return start, stop


def _without_link(item: ItemRequest) -> ItemRequest:
    """"ਖੰਡ ਦਾ (ਰੇਟ)", "maggi ka (price)": the "of" left before the price word goes."""
    words = item.text.split()
    if len(words) > 1 and words[-1] in _PER_WORDS:
        return replace(item, text=" ".join(words[:-1]))
    return item


def _pack(value: float, unit: str) -> PackSize:
    return PackSize(value=value, unit=unit)  # type: ignore[arg-type]


def _price(message: Message) -> tuple[int, tuple[int, int]] | None:
    """(price in paise, span of the number) when the owner is setting a price."""
    folded = message.folded
    per_unit = _per_unit_price(message) or price_before_unit(message)  # "kilo na 155", "158/kg"
    if per_unit is not None:
        return per_unit
    for hit in message.concepts.get("price", ()):
        after = PRICE_AFTER.match(folded[hit.end :])
        if after is not None:
            start = hit.end + after.start(1)
            to = _PRICE_TO.match(folded, hit.end + after.end(1))
            if to is not None:  # "price 15 se 16 kar do", "rate 40 to 45": the new price
                return paise(to.group(1)), (start, _money_end(folded, to.start(1), to.end(1)))
            return paise(after.group(1)), (start, _money_end(folded, start, hit.end + after.end(1)))
    money = next((found for found in MONEY.finditer(folded) if not _names_the_pack(folded, found.end())), None)
    if money is not None:
        group = 1 if money.group(1) is not None else 2
        return paise(money.group(group)), money.span()  # "20 taka": the currency word goes too
    if message.has("price") and not message.has("stock"):  # "Dhara tel stock 14" counts stock
        numbers = list(NUMBER.finditer(folded))
        if numbers:
            last = numbers[-1]
            return paise(last.group(1)), last.span(1)
    return None


# "kilo na 155", "kg ge 175", "kilo ka 50", "litre ki 60": the word between a unit and its price.
_PER_WORDS: Final = frozenset(
    "ka ki ke na no nu ne ge ku kku ki la lo da di de ra re er per ko cha chi che"
    " का की के ला चा ची चे ना નું ના નો ਦਾ ਦੀ ਦੇ ಗೆ ക്ക് కి కు க்கு র ର এর".split()
)


def _sized_by_price(message: Message, items: tuple[ItemRequest, ...]) -> tuple[ItemRequest, ...]:
    """"కందిపప్పు కిలో ₹145", "togari bele kg ge 175", "तेल लिटरला 180": a price per kilo or
    litre is the price of the 1 kg / 1 l pack, so an item with no pack size of its own gets one."""
    per_unit = _per_unit_price(message) or price_before_unit(message)
    if per_unit is None:
        return items
    start, end = per_unit[1]
    unit = next((found for token in message.tokens if start <= token.start < end and (found := unit_word(token.text)) is not None), None)
    if unit is None or unit.unit not in ("kg", "l"):
        return items
    return tuple(item if item.pack_size is not None else replace(item, pack_size=_pack(1.0, unit.unit)) for item in items)


def _after_price_word(message: Message, following: list[Token]) -> list[Token]:
    """The words after a price word ("rate", "ధర", "ভাব") that opens FOLLOWING, else none."""
    ends = [hit.end for hit in message.concepts.get("price", ()) if hit.start == following[0].start]
    if not ends:
        return []
    return [token for token in following if token.start >= max(ends)]


def _per_unit_price(message: Message) -> tuple[int, tuple[int, int]] | None:
    """"kabuli chana kilo na 155", "togari bele kg ge 175 rupayi", "तेल लिटरला 180": a price per
    kilo/litre/dozen. The unit has no number before it ("5 kilo na 10" is stock); the span
    returned runs from the unit word through the price and any currency word after it."""
    words = [token for token in message.tokens if token.kind in ("word", "num")]
    for index, token in enumerate(words[:-1]):
        unit = unit_word(token.text) if token.kind == "word" else None
        if unit is None or unit.unit not in PRICED_UNITS or (index and words[index - 1].kind == "num"):
            continue
        glued = is_glued_unit(token.text)
        following = words[index + 1 :]
        per_word = following[0].kind == "word" and (following[0].text in _PER_WORDS or is_per_unit_word(following[0].text)) and len(following) > 1
        if per_word:
            following = following[1:]
        after_price = _after_price_word(message, following)
        if after_price:
            following = after_price  # "కందిపప్పు kg ధర ₹165", "toor dal kilo ka rate 165": the price word between
        elif not per_word and not glued and not _closes_message(following, message.folded, message.language) \
                and _from_old_price(message.folded, following[0], message.language) is None and not _made_price(message, following[0]):
            continue
        number = following[0]
        if number.kind != "num" or "/" in number.text:
            continue
        to = _from_old_price(message.folded, number, message.language)
        if to is not None:  # "ଦର କିଲୋ 30 ରୁ 40", "kilo 30 se 40": from the old price to the new
            return paise(to.group(1)), (token.start, _money_end(message.folded, to.start(1), to.end(1)))
        end = number.end
        money = MONEY.match(message.folded, number.start)
        if money is not None:
            end = max(end, money.end())
        return paise(number.text), (token.start, end)
    return None


def _made_price(message: Message, number: Token) -> bool:
    """"ലൂസ് തുവര പരിപ്പ് കിലോ 166 ആക്കൂ", "thuvaram paruppu kilo 158 aakku": a make-it word right
    after the number closing its clause makes it the new price per kilo."""
    makes = [*message.concepts.get("change", ()), *message.concepts.get("set_to", ())]
    return number.kind == "num" and _made_it(message.folded, makes, number, message.language)


# "from 15 to 16": the word between an old price and the new one, in every language.
_PRICE_TO: Final = re.compile(
    rf"\s*(?:rs\.?|rupaye|rupees|taka)?\s*(?:{FROM_WORD})"
    r"\s*(?:rs\.?|₹)?\s*(\d+(?:\.\d+)?)(?!\.?\d)"
)


def _from_old_price(folded: str, number: Token, language: str) -> re.Match[str] | None:
    """The new price after "NUMBER from-word", closing its clause ("30 ରୁ 40", "30 se 40")."""
    if number.kind != "num":
        return None
    to = _PRICE_TO.match(folded, number.end)
    return to if to is not None and _clause_ends(folded, _money_end(folded, to.start(1), to.end(1)), language) else None


# "parle g 5 rupaye wala 30 packet": the price names the pack (the ₹5 one) when "the one"
# follows it and another number comes later.
_WHICH_PACK: Final = re.compile(r"\s*(?:wala|wale|wali|vala|vale|vali|waala|waale|valu|vadu|walo|vaalu)\b(?=.*\d)")


def _names_the_pack(folded: str, end: int) -> bool:
    return _WHICH_PACK.match(folded, end) is not None


def _money_end(folded: str, start: int, end: int) -> int:
    """Where a price ends, with the currency word after it ("vila 14 roopa", "দাম ১৪ টাকা")."""
    money = MONEY.match(folded, start)
    return max(end, money.end() if money is not None else 0)


def _clause_ends(text: str, end: int, language: str) -> bool:
    """Only a separator or fillers after END: "maida kilo 48, dhanyavad", "maida kilo 48 please"."""
    rest = text[end:].lstrip(" ")
    return not rest or rest[0] in ",.;!\n" or not says_more_than_fillers(rest, language)


def _closes_message(following: list[Token], message_text: str = "", language: str = "en") -> bool:
    """"सुटा मैदा किलो 48": a bare number right after the unit word ends the message or its clause (a price
    per kilo; a stock count is written before its unit, "maida 48 kilo")."""
    return bool(following) and following[0].kind == "num" and (len(following) == 1 or _clause_ends(message_text, following[0].end, language))


# How far from the catalog price a number may be and still be a price: from two thirds of it
# (a cut: "narasus coffee now 215" at ₹300) to two fifths above it (a rise: "okra 500 gm 40" at ₹30).
# See `priced_like`.
_PRICE_LIKE: Final = (2 / 3, 7 / 5)
# The same for a bare number with no word that says "price" ("lizol 120"): nearer, a fifth either
# way, and no smaller than a shelf count runs (₹75, in paise).
_BARE_PRICE_LIKE: Final = (4 / 5, 5 / 4)
_BARE_PRICE_FLOOR: Final = 7500


def price_said_now(folded: str, language: str) -> int | None:
    """"engine mustard oil now 185", "boost ab 270", "ಬೂಸ್ಟ್ ಈಗ 270": one number, right after a
    "now" word and closing the message, in paise. Whether it is the new price or the stock count
    only the product's catalog price can tell: see `priced_like`."""
    tokens = tokenize(folded)
    numbers = [token for token in tokens if token.kind == "num"]
    if any("/" in number.text for number in numbers):
        return None
    sized = len(numbers) == 2 and _is_pack_size(tokens, numbers[0])
    size = numbers[0] if sized else None
    if sized:
        numbers = numbers[1:]  # "Quaker oats 1 kilo 210 aakku", "tata salt 1 kg ab 28": the pack's size first
    if len(numbers) == 2:
        # "engine mustard oil 180 se 185", "boost 260 to 270": from the old price to the new;
        # "aavin paal 22 illa 24", "gold winner 150 kaadu 155", "wagh bakri 140 nu 145": the old
        # price, a "not" (or Gujarati "of"), the new one
        to = _PRICE_TO.match(folded, numbers[0].end)
        said_to = to is not None and to.start(1) == numbers[1].start
        if not (said_to or _old_then_new(folded, numbers[0], numbers[1])) or not _clause_ends(folded, numbers[1].end, language):
            return None
        return paise(numbers[1].text)
    if len(numbers) != 1:
        return None
    number = numbers[0]
    if _EACH.match(folded, number.end) and folded[: number.start].strip():
        return paise(number.text)  # "maggi 15 each", "maggi 15 per packet"
    concepts = find_concepts(folded, tokens)
    if sized and "stock" not in concepts and _made_it(folded, concepts.get("change", ()), number, language):
        # "बोरबॉन १५० ग्राम का स्टॉक ४० कर दो" makes the stock 40
        return paise(number.text)
    if size is not None and _price_after_size(folded, tokens, size, number, concepts, language):
        return paise(number.text)
    hits = concepts.get("now", ())
    if any(hit.start >= number.end and not folded[number.end : hit.start].strip() and _clause_ends(folded, hit.end, language) for hit in hits) \
            and folded[: number.start].strip() and "stock" not in concepts:
        return paise(number.text)  # "red label 250g - 150 now", "boost 270 ippo": the number, then "now"
    if not any(hit.end <= number.start and _NOW_TO_NUMBER.fullmatch(folded, hit.end, number.start) and folded[: hit.start].strip() for hit in hits):
        return None
    if not _clause_ends(folded, number.end, language) and not _BECAME.match(folded, number.end):
        return None
    return paise(number.text)


# Between an owner's old price and the new one: Gujarati "140 nu 145" ("of 140, 145"), and
# "na badle" / "ke badle" / "ki jagah" ("in place of 140, 145").
_OLD_PRICE_LINK: Final = re.compile(
    r"\s*(?:nu|નું|નુ|na badle|ne badle|ના બદલે|ke badle|ki jagah|के बदले|की जगह|badalu|ಬದಲು|badulu|బదులు|bodole|বদলে|badale|ବଦଳରେ)\s*"
)


def _old_then_new(folded: str, old: Token, new: Token) -> bool:
    """"22 illa 24", "150 kaadu 155", "140 nahi 145", "60 nathi 65", "140 nu 145": only a "not"
    word (or a link word) between two numbers, the new number last."""
    between = folded[old.end : new.start]
    link = _OLD_PRICE_LINK.fullmatch(between)
    if link is not None:
        return True
    concepts = find_concepts(folded)
    return any(
        not folded[old.end : hit.start].strip(" ,") and not folded[hit.end : new.start].strip(" ,")
        for concept in ("no", "instead") for hit in concepts.get(concept, ())
    )


# Words that make a number after a pack size a count, not its price.
_COUNT_TALK: Final = ("stock", "increase", "decrease", "finished", "new_product", "more", "still")


def _price_after_size(folded: str, tokens: list[Token], size: Token, number: Token, concepts: dict[str, list[Hit]], language: str) -> bool:
    """"लसूण 100 ग्रॅम 25", "bhinda 500g 35", "લસણ 100 ગ્રામ ના ૨૦": a bare number right after the pack
    size (a per-word between at most), closing the message, may be that pack's price. An owner
    names the size to say WHICH pack the number is about; whether it is the price or the count
    only the catalog can tell ("maggi 70g 50" with Maggi at ₹14 stays the stock): see `priced_like`."""
    if any(concept in concepts for concept in _COUNT_TALK) or not folded[: size.start].strip():
        return False
    at = tokens.index(size)
    between = [token for token in tokens[at + 2 : tokens.index(number)] if token.kind != "space"]
    if len(between) > 1 or between and (between[0].kind != "word" or between[0].text not in _PER_WORDS):
        return False
    return _clause_ends(folded, number.end, language) and not folded[number.end :].strip(" ,.;!?")


def _is_pack_size(tokens: list[Token], number: Token) -> bool:
    """NUMBER is written with a weight or volume after it ("1 kilo", "500g", "1 litre")."""
    at = tokens.index(number)
    following = tokens[at + 1] if at + 1 < len(tokens) else None
    if following is None or following.kind != "word":
        return False
    unit = unit_word(following.text)
    return unit is not None and unit.unit in MEASURE_UNITS


def _made_it(folded: str, makes: list[Hit], number: Token, language: str) -> bool:
    """"210 aakku", "210 kar do", "210 pannunga", "make it 210": a make-it word right after the
    number closing its clause, or right before a number that closes it."""
    for hit in makes:
        if hit.start >= number.end and not folded[number.end : hit.start].strip() and _clause_ends(folded, hit.end, language):
            return True
        if hit.end <= number.start and not folded[hit.end : number.start].strip() and _clause_ends(folded, number.end, language):
            return True
    return False


# "maggi 15 each", "15 per packet", "15 ka ek": the number is what one costs.
_EACH: Final = re.compile(r"\s*(?:each|apiece|per\s+(?:piece|pc|pcs|packet|pkt|unit|bottle|pack)|ka\s+ek|ki\s+ek|a\s+piece)\s*(?:[,.;!?]|$)")
# "now at 185", "ab ka 270": at most a little word between "now" and the number.
_NOW_TO_NUMBER: Final = re.compile(r"\s*(?:(?:at|is|to|ka|ki|ku|ke|ra|re|ge|na|nu|ni|se)\s+)?")
# "270 ho gaya", "270 aayiduchu", "২৭০ হয়েছে", "270 ki istunnam": one or two words (a verb, "became")
# closing the clause after the number.
_BECAME: Final = re.compile(r"(?:\s+[^\d\s,.;!?]+){1,2}\s*(?:[,.;!?]|$)")


def priced_like(said_paise: int, catalog_paise: int | None, *, bare: bool = False) -> bool:
    """A number said the way a price or a count may be ("engine mustard oil now 185", "lizol 120",
    "ଆମୁଲ ତାଜା 500ml 40") is the new price when it lies in the band _PRICE_LIKE around the
    product's catalog price: from 2/3 of it to 7/5 of it.

    Why this band: an owner's new price moves a little from the old one. Cuts go deeper (offers,
    a wholesale rate: 0.67 for "લસણ 100 ગ્રામ ના ૨૦" with garlic at ₹30, 0.72 for "narasus coffee
    now 215" at ₹300); rises stay nearer (1.17 for "thenga 35 -> 40", 1.33 for loose vegetables,
    "okra 500 gm 40" at ₹30). A number further above the price is a count: "ଆମୁଲ ତାଜା 500ml 40"
    with Amul Taaza at ₹28 (1.43) stocks 40 packs, "maggi 50" (₹14) 50, "boost ab 40" (₹260) 40.
    The old upper end 3/2 read the Amul line as a price; 7/5 keeps every price seen below it and
    the counts above it.

    A BARE number, with no "now", "from … to", pack size or other word that says a price is
    meant, must come nearer, within a fifth (_BARE_PRICE_LIKE, 4/5 to 5/4), and be no count: at
    least ₹75 (_BARE_PRICE_FLOOR). The bare prices seen lie at 1.03–1.06 of prices of ₹80 and
    more ("lizol 120" at ₹115, "mysore sandal 85" at ₹80, "kpl velichenna 390" at ₹380); the
    bare counts are small, and near a cheap product's price as often as not ("ખાંડ ૫૦" with
    sugar at ₹46, "pohe 40" at ₹35, "ಮಜ್ಜಿಗೆ 36" at ₹30, "ডিম ৬০" at ₹48: a shelf count of
    one line stays under a carton or two), or far from it ("matta ari 50" at ₹72, "aavin paal
    30" at ₹22)."""
    if bare and said_paise < _BARE_PRICE_FLOOR:
        return False
    low, high = _BARE_PRICE_LIKE if bare else _PRICE_LIKE
    return bool(catalog_paise) and low <= said_paise / catalog_paise <= high  # type: ignore[operator]


