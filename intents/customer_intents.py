"""Customer messages: orders, cart, checkout, payment, address, status, language.

A customer's "maggi 50" is read as adding 50 Maggi (customers do write "maggi 2"), with
confidence 0.6 when a bare count is above 20 so the bot asks first. "atta price" and
"atta hai kya" are a browse for atta, not an order.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from typing import Final

from intents.calling_from import greets_from_a_place
from intents.cheapest import asks_for_the_cheapest, priced_goods, with_cheap_words
from intents.containers import query_without_containers
from intents.counter_talk import (
    asks_the_bill,
    asks_what_came_in,
    browse_goods,
    drops_the_order,
    goods_without_today,
    greets_the_shop,
    is_there_read_as_hi,
    places_the_order,
    query_without_kinds,
    query_without_size,
    removes_at_the_end,
    settles_after_asking,
)
from intents.customer_shortcuts import app_with_case_ending, asks_how_to, hurries_the_order, removes_one_keeps_other, unit_made_so
from intents.delivery_instructions import full_address_with_pincode, place_words
from intents.items import Amount, amounts, content_words, extract_items
from intents.keywords import Hit, PhraseIndex, build_index, find_concepts, language_name_index
from intents.lexicon import fold, load_lexicon, names_goods
from intents.numbers import NEEDS_UNIT, number_word_value
from intents.message import (
    ADDRESS_PREFIX,
    LARGE_CUSTOMER_COUNT,
    SOCIAL,
    Classification,
    Message,
    Slots,
    address_text,
    read_choice,
    read_order_ref,
    read_payment_method,
    read_pincode,
    product_words,
    says_more_than_fillers,
    quantified,
)
from intents.more_guests import without_guest_count
from intents.number_talk import asks_what_the_number_does, greets_the_new_number
from intents.order_deadline import orders_with_a_time_remark
from intents.same_as_last_time import names_goods_with_amount, sends_the_same_again
from intents.shop_hours import asks_opening_hours
from intents.my_list import asks_whats_in_my_list
from intents.short_asks import asks_after_my_order, greets_asking_if_open, greets_with_name_and_street, looks_at_the_cart
from intents.standing_orders import sends_the_standing_order
from intents.second_thoughts import drops_the_last, put_back, taken_back, words_said
from intents.swaps import swapped_in
from intents.take_out import brand_said_as_my, will_do_remarks
from intents.stock_questions import asks_bare_goods, cleaned_query, with_question_words
from intents.removal_reason import halts_the_order, removes_then_reason
from intents.tables import read_table
from intents.tokens import tokenize
from intents.types import Intent, ItemRequest



def classify_customer(message: Message) -> Classification:
    message = without_guest_count(_this_not_eta(message))  # "guests went up to 10, ...": a head count, no item
    folded = message.folded
    choice = read_choice(message)
    if choice is not None:
        return Classification(intent=Intent.CHOOSE_OPTION, confidence=0.9, slots={"choice": choice})
    if _greets_in_shorthand(message):
        return Classification(intent=Intent.GREET, confidence=0.85)  # "gm sir", "gn bhaiya"
    if _greets_at_length(message):
        return Classification(intent=Intent.GREET, confidence=0.85)  # hello, who I am, how are you all
    if _greets_settling_in(message):
        return Classification(intent=Intent.GREET, confidence=0.8)  # hello, we are new here / first time
    if greets_the_shop(message):
        return Classification(intent=Intent.GREET, confidence=0.8)  # hello, is the shop open / Rina speaking
    if greets_from_a_place(message):
        return Classification(intent=Intent.GREET, confidence=0.8)  # "namaskar dada, Annapurna khanaval madhun"
    if greets_asking_if_open(message) or greets_with_name_and_street(message):
        return Classification(intent=Intent.GREET, confidence=0.8)  # "gm bhaiya, open today na?", "vanakkam, naan Raman, 3rd street"
    if asks_what_the_number_does(message):
        return Classification(intent=Intent.HELP, confidence=0.8)  # "is number pe kya kya hota hai"
    if greets_the_new_number(message):
        return Classification(intent=Intent.GREET, confidence=0.75)  # "ye dukan ka naya number hai kya?"
    digits_only = re.sub(r"\s", "", folded)
    if digits_only.isdigit():
        pincode = read_pincode(folded)
        if pincode is not None and len(digits_only) == 6:
            return Classification(intent=Intent.FIND_STORES, confidence=0.95, slots={"pincode": pincode})
        return Classification(intent=Intent.UNKNOWN, confidence=0.2)

    opened = _opens_with_address(message)
    if opened is not None:
        return opened  # "address badlo: masi na ghare, 12 Shanti Kunj": the "na" there is "of", no "not"
    instead = _instead(message)
    if instead is not None:
        return instead
    second = taken_back(message)
    if second is not None:
        return second  # "ulundu 10 venam, 8 kg podhum", "2 kg no wait 3 kg atta": the last amount counts
    again = put_back(message) or drops_the_last(message)
    if again is not None:
        return again  # "cheeni wapas daal do, dedh kilo"; "aakhri wala hata do": the item added last
    kept_other = removes_one_keeps_other(message)
    if kept_other is not None:
        return kept_other  # "coke hata do, thums up hi theek hai": only coke goes
    swapped = swapped_in(message)
    if swapped is not None:
        return swapped  # "colgate beda, pepsodent ondu kodi": only the replacement is ordered
    early_ref = read_order_ref(folded)
    if early_ref and drops_the_order(message, early_ref):
        # "B1402 order ta thak, lagbe na": that order, not a no to a question
        return Classification(intent=Intent.CANCEL_ORDER, confidence=0.85, slots={"order_ref": early_ref})
    if hurries_the_order(message, early_ref):
        # "A7325 lavkar pathva na please": hurrying an order asks after it
        return Classification(intent=Intent.ORDER_STATUS, confidence=0.8, slots={"order_ref": early_ref})
    maaza = brand_said_as_my(message)
    if maaza is not None:
        return Classification(intent=Intent.REMOVE_ITEM, confidence=0.8, items=(maaza,))  # "माझा काढून टाका"
    if asks_after_my_order(message):
        return Classification(intent=Intent.ORDER_STATUS, confidence=0.8)  # "amar order?", "నా order?", "naa order?"
    if asks_whats_in_my_list(message):
        return Classification(intent=Intent.SHOW_CART, confidence=0.85)  # "meri list mein kya kya hai?", "naa sanchi lo emunnayi"
    if _only_denies(message):
        # "illa, adhu thappu", "na bhai, e nahi", "না না, এটা নয়": no, "wrong", "not that one"
        said_no = message.has("no", "wrong", "instead", "instead_pre")
        return Classification(intent=Intent.DENY, confidence=0.85 if said_no else 0.7)

    ref = read_order_ref(folded)
    ref_slots: Slots = {"order_ref": ref} if ref else {}
    if message.has("order") or ref:
        if message.has("cancel"):
            return Classification(intent=Intent.CANCEL_ORDER, confidence=0.95, slots=ref_slots)
        if drops_the_order(message, ref):
            return Classification(intent=Intent.CANCEL_ORDER, confidence=0.85, slots=ref_slots)  # "A3403 rehne do"
        if halts_the_order(message):
            return Classification(intent=Intent.CANCEL_ORDER, confidence=0.8, slots=ref_slots)  # "order band kara, ushir zala"
        if message.has("repeat") and not _lists_amounts(message):
            return Classification(intent=Intent.REORDER, confidence=0.9, slots=ref_slots)
        if message.has("status") or (ref and not message.has("checkout")):
            return Classification(intent=Intent.ORDER_STATUS, confidence=0.9, slots=ref_slots)
    if _asks_status_alone(message):
        # "status", "Status?", "status pls": the order's status, nothing to add
        return Classification(intent=Intent.ORDER_STATUS, confidence=0.8)

    if message.has("cancel") and not message.has("cart", "clear"):
        named = product_words(message, "cancel", "remove", *SOCIAL)
        if not named:
            # "cancel kar do, nahi chahiye ab", "please cancel it": nothing else named, so the order.
            return Classification(intent=Intent.CANCEL_ORDER, confidence=0.75)
        if not quantified(named) and not message.has("order"):
            # "maggi cancel kar do", "kurkure wala item cancel": that item, not the order
            return Classification(intent=Intent.REMOVE_ITEM, confidence=0.8, items=tuple(named))

    target = _wanted_language(message)
    written = message.has("write_in", "read_in") and not quantified(product_words(message, *SOCIAL, "write_in", "read_in"))
    if message.has("language_word") or (target and (len(folded.split()) <= 4 or message.has("talk") or written or _asks_in(message))):
        # "banglay kotha bolun", "tamil la pesunga": speak IN a language, not to the shop.
        slots: Slots = {"target_language": target} if target else {}
        return Classification(intent=Intent.CHANGE_LANGUAGE, confidence=0.9 if target else 0.8, slots=slots)

    if message.has("talk"):
        return Classification(intent=Intent.TALK_TO_SHOP, confidence=0.9)
    if asks_opening_hours(message):
        return Classification(intent=Intent.TALK_TO_SHOP, confidence=0.8)  # "kab tak khula hai?": the shop answers

    if asks_how_to(message):
        return Classification(intent=Intent.HELP, confidence=0.8)  # "monthly list kaise bheju?", "cart kaise dekhu?"
    if _starts_over(message):
        return Classification(intent=Intent.CLEAR_CART, confidence=0.85)
    if looks_at_the_cart(message):
        return Classification(intent=Intent.SHOW_CART, confidence=0.85)  # "cart nodi", "cart nokku"
    cart_words = ("cart", "show", "clear", "remove", "change", "yes", "no", "which", "exists", "catalog", "available", "anew")
    if message.has("cart") or (message.has("clear") and not product_words(message, "clear", "remove", "yes", "no", "anew")):
        products = product_words(message, *cart_words)
        if message.has("clear") and not products:
            return Classification(intent=Intent.CLEAR_CART, confidence=0.95)
        if message.has("everything") and message.has("remove") and not product_words(message, *cart_words, "everything"):
            # "எல்லாத்தையும் கார்ட்ல இருந்து எடுத்துடுங்க", "cart se sab hata do": all of it out
            return Classification(intent=Intent.CLEAR_CART, confidence=0.85)
        if message.has("clear") and message.has("cart") and not quantified(products) and not _removes_apart(message):
            return Classification(intent=Intent.CLEAR_CART, confidence=0.85)  # "empty my cart, i'll start over"
        if products and message.has("remove"):
            return Classification(intent=Intent.REMOVE_ITEM, confidence=0.9, items=tuple(products))
        if message.has("which", "catalog") and not quantified(products):
            return Classification(intent=Intent.SHOW_CART, confidence=0.85)  # "cart la enna irukku?"
        if products and not message.has("show"):
            return _add_or_change(message, products)
        return Classification(intent=Intent.SHOW_CART, confidence=0.9)

    if message.has("repeat") and not _lists_amounts(message):
        return Classification(intent=Intent.REORDER, confidence=0.85)
    if _sends_the_usual(message) or sends_the_standing_order(message):
        return Classification(intent=Intent.REORDER, confidence=0.8)  # "wahi jo har hafte leta hu, bhej do"
    if sends_the_same_again(message):
        return Classification(intent=Intent.REORDER, confidence=0.8)  # "kal wala hi bhej do", "ninne tara ne kalsi"

    method = _payment_chosen(message) or app_with_case_ending(message)  # "GPay-ல pay பண்றேன்"
    if method is not None and not quantified(_known_goods(message, product_words(message, "upi", "card", "cod", "payment", "pay_hand"))):
        return Classification(intent=Intent.CHOOSE_PAYMENT, confidence=0.9, slots={"payment_method": method})

    pincode = read_pincode(folded)
    if message.has("shop") and (message.has("near") or pincode is not None or _asks_for_any_shop(message)) \
            and not _gives_address(message):
        slots = {"pincode": pincode} if pincode is not None else {}
        return Classification(intent=Intent.FIND_STORES, confidence=0.85, slots=slots)

    if pincode is not None and _asks_delivery_to(message):
        # "600092 pincode ku delivery irukka?", "do you deliver to 560034?": shops for that pincode
        return Classification(intent=Intent.FIND_STORES, confidence=0.85, slots={"pincode": pincode})
    address = _address(message)
    if address is not None:
        return address
    if pincode is not None:
        return Classification(intent=Intent.FIND_STORES, confidence=0.9, slots={"pincode": pincode})

    if _asks_the_total(message):
        return Classification(intent=Intent.SHOW_CART, confidence=0.85)  # "kitna hua total?", "ಒಟ್ಟು ಎಷ್ಟಾಯ್ತು?"
    if asks_the_bill(message):
        return Classification(intent=Intent.SHOW_CART, confidence=0.8)  # "ਕਿੰਨਾ ਬਿੱਲ ਬਣਿਆ?", "ethra aayi?"
    if _asks_the_shops_terms(message):
        return Classification(intent=Intent.HELP, confidence=0.8)  # "delivery charge ketlo? minimum ketla no order?"
    if message.has("bot") and message.has("how", "which", "use", "help") \
            and not quantified(product_words(message, *SOCIAL, "bot")):
        return Classification(intent=Intent.HELP, confidence=0.85)  # "ei bot e ki ki kora jay?", "ఈ బాట్ లో ఏమేమి?"
    if message.has("how") and message.has("order", "use", "help", "checkout", "payment") and not quantified(product_words(message, *SOCIAL)):
        return Classification(intent=Intent.HELP, confidence=0.85)  # "ela order cheyyali?", "kivabe order debo"

    if message.has("help", "how") and message.has("checkout") and not quantified(product_words(message, *SOCIAL, "help", "how", "checkout", "order")):
        return Classification(intent=Intent.HELP, confidence=0.8)  # "ഇതിൽ എങ്ങനെ ഓർഡർ ചെയ്യാം?": how to order
    if places_the_order(message):
        return Classification(intent=Intent.CHECKOUT, confidence=0.85)  # "order ta kore dao", "ਆਰਡਰ ਭੇਜ ਦਿਓ"
    if orders_with_a_time_remark(message):
        return Classification(intent=Intent.CHECKOUT, confidence=0.8)  # "order kara, aarti 8 vajta ahe"
    only_done = all(hit.phrase in ("done", "ok done") for hit in message.concepts.get("checkout", ()))
    if message.has("checkout") and message.has("yes") and only_done and len(content_words(folded, message.language)) <= 3:
        return Classification(intent=Intent.CONFIRM, confidence=0.75)  # "ok done" answers a question
    if message.has("checkout") and not quantified(product_words(message, "checkout", "order", "yes")) \
            and not settles_after_asking(message, _asked_before_reason(message)):
        return Classification(intent=Intent.CHECKOUT, confidence=0.9)
    if message.has("payment") and not product_words(message, "payment", "show", "yes"):
        return Classification(intent=Intent.CHECKOUT, confidence=0.75)

    if message.has("help") and not product_words(message, "help", "greet", "how", "use", "order", "which", "catalog", "show"):
        return Classification(intent=Intent.HELP, confidence=0.9)
    if message.has("help") and not quantified(product_words(message, *SOCIAL)) and not message.has("price", "available"):
        return Classification(intent=Intent.HELP, confidence=0.8)  # "kivabe order debo? ektu bolun"
    if _asks_how_to_order(message):
        return Classification(intent=Intent.HELP, confidence=0.75)  # "how do i order for all 3 of us in one go?"

    if asks_what_came_in(message):
        query = " ".join(item.text for item in browse_goods(message))  # "veerji taaza paneer aaya ajj?"
        return Classification(intent=Intent.BROWSE, confidence=0.8, slots={"query": query})
    browse = _browse(message)
    if browse is not None:
        return browse

    said = _without_again_words(message, message.without_edges(*SOCIAL))
    products = [item for item in extract_items(said, message.language) if item.text]
    changed = _made_not_old_amount(message)
    if changed is not None:
        return changed
    if products and message.has("remove"):
        products = will_do_remarks(message, product_words(message, "remove", *SOCIAL))  # "..., maggi hi chalega"
        if products:
            return Classification(intent=Intent.REMOVE_ITEM, confidence=0.85, items=tuple(products))
    if products and message.has("help") and not quantified(products):
        return Classification(intent=Intent.HELP, confidence=0.75)
    if products:
        # "maggi 3 kar do" changes; "2 amul cream bhi add kar do" adds
        changing = message.has("change", "enough", "decrease") and not message.has("increase", "new_product")
        if _raises_to(message):
            return _raised(message)  # "tur daal vadhva, 3 kilo kar": increase it to 3 kilo
        if changing:
            products = product_words(message, *SOCIAL, "change", "enough", "decrease")
            if len(products) > 1 and message.has("low"):
                products = _without_too_little(message, products)
            if not products:
                return without_products(message)  # "haan hebe", "ok chalse": only yes and "it will do"
        return _add_or_change(message, products)
    return without_products(message)


# Chat shorthand for good morning / good night. "gm" is also grams, so these greet only in a
# message with no number and no other word than courtesy ("gm sir", "gm bhaiya", "gn ji").
_SHORTHAND_GREETINGS: Final = frozenset({"gm", "gn", "gmg", "gdm", "gnite", "gn8"})
# "Good morning" as chat and the scripts spell it. Kept out of concepts.csv: there every word
# becomes a chat word the matcher will not guess at, and "gud" is jaggery, "ગુડ નાઈટ" and
# "गुड डे" are brands.
_GOOD_MORNINGS: Final = (
    "gud mrng", "gd mrng", "good mrng", "gud morning", "gd morning", "gud mng", "good evng", "gud evening", "gud evng",
    "गुड मॉर्निंग", "गुड मोर्निंग", "गुड ईवनिंग", "গুড মর্নিং", "গুড মর্নিঙ", "গুড ইভনিং", "குட் மார்னிங்", "குட் ஈவினிங்",
    "గుడ్ మార్నింగ్", "గుడ్ ఈవెనింగ్", "ಗುಡ್ ಮಾರ್ನಿಂಗ್", "ಗುಡ್ ಈವನಿಂಗ್", "ഗുഡ് മോർണിംഗ്", "ഗുഡ് മോണിംഗ്", "ഗുഡ് ഈവനിംഗ്",
    "ગુડ મોર્નિંગ", "ગુડ ઇવનિંગ", "ਗੁੱਡ ਮਾਰਨਿੰਗ", "ਗੁਡ ਮਾਰਨਿੰਗ", "ਗੁੱਡ ਮੌਰਨਿੰਗ", "ଗୁଡ ମର୍ନିଂ", "ଗୁଡ୍ ମର୍ନିଂ",
)
_GOOD_MORNING: Final = re.compile(r"(?<!\S)(?:" + "|".join(re.escape(phrase) for phrase in _GOOD_MORNINGS) + r")(?=[\s,.!?]|$)")


def _greets_in_shorthand(message: Message) -> bool:
    """"gm sir", "gud mrng bhaiya", "ಗುಡ್ ಮಾರ್ನಿಂಗ್ ಸರ್": a good-morning and courtesy, nothing else."""
    if any(token.kind == "num" for token in message.tokens):
        return False
    rest = _GOOD_MORNING.sub(" gm ", message.folded)
    words = content_words(rest, message.language)
    return any(word in _SHORTHAND_GREETINGS for word in words) and all(word in _SHORTHAND_GREETINGS or word in _SIR for word in words)


# What a long greeting may hold besides the hello and the "how are you all" without asking for
# anything: where the customer lives ("from Shivaji Nagar": से, theke), "all of you", "is it" /
# "are you" words, a "na?" tag, and whether the shop is open ("नमस्ते 🙏 इतनी रात को भी चालू हो?").
_SMALL_TALK: Final = frozenset(
    {"greet", "address_part", "near", "from_amount", "everything", "exists", "yes", "no", "fresh", "today", "open"}
)
_CLAUSE_END: Final = frozenset(",;.!?।\n")


def _greets_at_length(message: Message) -> bool:
    """"नमस्ते बेटा, राम राम। मैं … की माताजी बोल रही हूँ, गली नंबर ३ वाली। आप सब कुशल मंगल से हैं न?",
    "namaskara appa, naanu Kamalamma, 3ne cross mane. neevella chennagiddira?": an elder opens with
    a greeting, says who and where she is, and asks after the family (a second greeting word such
    as "how are you all", or a closing question). No word of an errand and no goods are named, so
    the street is no address given and the "na?" no refusal: the message greets."""
    greets = message.concepts.get("greet", ())
    if not greets or _errands(message) or is_there_read_as_hi(message):
        return False  # "gajak hai?" asks after goods
    first = min(hit.start for hit in greets)
    if not _opens_clause(message, first):
        return False  # the greeting does not open the message
    opening_ends = next((at for at in range(first, len(message.folded)) if message.folded[at] in _CLAUSE_END), len(message.folded))
    asks_after = any(hit.start > opening_ends for hit in greets)  # "… I hope you are all keeping well"
    if not asks_after and not _ends_asking(message):
        return False
    return not _known_goods(message, product_words(message, *_SMALL_TALK))


# What a newcomer's greeting may hold besides the small talk: "first time", "just moved here",
# the shop he found ("ಕನ್ನಡ ಅಂಗಡಿ ಸಿಕ್ತು"), "new" / "came" words, the order he is placing ("ऑर्डर कर
# रहे हैं", "ഓർഡർ ചെയ്യുകയാണ്"), the app he is using, "now",
# and the ಅಲ್ಲ that ಅಲ್ಲಿ ("in", after a city) holds.
_NEWCOMER_TALK: Final = frozenset(
    {"first_time", "settling_in", "shop", "fresh", "new_product", "increase", "instead", "order", "use", "checkout", "change", "now"}
)


def _opens_clause(message: Message, at: int) -> bool:
    """No clause ends before AT: what stands there opens the message."""
    return not any(char in _CLAUSE_END for char in message.folded[:at])


def _greets_settling_in(message: Message) -> bool:
    """"namaste bhaiya, hum log naye aaye hai HSR layout me, Patna se", "హలో అండి,
    మొదటిసారి వాడుతున్నాను", "ନମସ୍କାର, ପ୍ରଥମ ଥର ଅର୍ଡର କରୁଛି": a greeting that opens the
    message and a newcomer's small talk (first time, just moved, calling from), no question
    of how, no amount and no goods: the message greets."""
    greets = message.concepts.get("greet", ())
    if not greets or not message.has("first_time", "settling_in"):
        return False
    if not _opens_clause(message, min(hit.start for hit in greets)):
        return False
    small_talk = _SMALL_TALK | _NEWCOMER_TALK
    first_time = message.concepts.get("first_time", ())
    helps = [hit for hit in message.concepts.get("help", ()) if not any(f.start <= hit.start and hit.end <= f.end for f in first_time)]
    if helps or any(concept not in small_talk and concept != "help" for concept in message.concepts):
        return False
    said = product_words(message, *small_talk, "help")
    if quantified(said) or any(token.kind == "num" for token in message.tokens):
        return False
    return not _known_goods(message, said)


def _asks_the_shops_terms(message: Message) -> bool:
    """"minimum order entha? delivery charge vestara?", "ഡെലിവറി ചാർജ് ഉണ്ടോ?": the shop's delivery
    charge or minimum order asked, with no amount and no goods named: how the shop works."""
    if not message.has("shop_terms"):
        return False
    said = product_words(message, *SOCIAL, "shop_terms", "order", "price", "how_much", "how_many", "which", "available", "exists")
    if quantified(said):
        return False
    return not _known_goods(message, said)


def _errands(message: Message) -> list[Hit]:
    """Concept hits that ask for something; the "no" of "14 no. bari" (number) that the
    owner's reject table also holds is the same word, no errand."""
    said_no = {(hit.start, hit.end) for hit in message.concepts.get("no", ())}
    return [
        hit for concept, hits in message.concepts.items() if concept not in _SMALL_TALK
        for hit in hits if (hit.start, hit.end) not in said_no
    ]


# "Sir" / "madam" as the scripts spell it, after a greeting ("ಗುಡ್ ಮಾರ್ನಿಂಗ್ ಸರ್").
_SIR: Final = frozenset("सर ਸਰ சார் సార్ ಸರ್ സാർ સર ସାର স্যার ম্যাডাম मैडम मॅडम".split())


def _this_not_eta(message: Message) -> Message:
    """Bengali "eta" is "this" ("eta kivabe kaj kore?"), not the English ETA of an order,
    unless the order is named too ("amar order er eta koto?")."""
    bengali_how = any(hit.phrase != "how" for hit in message.concepts.get("how", ()))  # "eta kivabe use kori"
    if (message.language != "bn" and not bengali_how) or any(hit.phrase != "eta" for hit in message.concepts.get("order", ())):
        return message
    found = {
        concept: [hit for hit in hits if not (concept in ("order", "status") and hit.phrase == "eta")]
        for concept, hits in message.concepts.items()
    }
    found = {concept: hits for concept, hits in found.items() if hits}
    if found == message.concepts:
        return message
    return Message(message.cleaned, message.folded, message.tokens, found, message.language)


# The English word "status" (and its spellings in other scripts) names the order's status by itself.
_STATUS_WORDS: Final = frozenset({"status", "status?", "स्टेटस", "स्टेटस?", "ஸ்டேட்டஸ்", "స్టేటస్", "ಸ್ಟೇಟಸ್", "സ്റ്റാറ്റസ്", "স্ট্যাটাস", "સ્ટેટસ", "ਸਟੇਟਸ", "ଷ୍ଟାଟସ"})


# Words that may stand around "status" when it asks for the order's: "what's the status",
# "status batao", "delivery status?", "status update pls", "স্ট্যাটাস কি?".
_AROUND_STATUS: Final = frozenset(
    "what's whats what wats is the my delivery update updates kya hai batao bolo btao bata ki ka ke kemon ki enna"
    " enti enu kay shu kana ente kiddan pls please plz now abhi ab".split()
    + "कहो बताओ क्या है कि কি কী என்ன ఏంటి ఏమిటి ಏನು എന്താ काय શું ਕੀ କଣ".split()
)


def _asks_status_alone(message: Message) -> bool:
    """"status", "Status?", "status batao", "what's the status": a status word with nothing but
    courtesy and question words around it."""
    hits = message.concepts.get("status", ())
    if not any(hit.phrase in _STATUS_WORDS for hit in hits):
        return False
    rest = message.without("status", *SOCIAL, "show", "which")
    return all(word in _AROUND_STATUS for word in content_words(rest, message.language))


_PINCODE_WORDS: Final = frozenset({"pincode", "pin code", "pin"})

# Ways to pay, in the order read_payment_method prefers them.
_PAYMENT_CONCEPTS: Final = (("cod", "cod"), ("card", "card"), ("upi", "upi"), ("pay_hand", "cod"))
_CLAUSE: Final = re.compile(r"[^,;.!?।\n]+")


# "There is none" in each language, as said of cash in hand or a card ("cash nei", "ಕ್ಯಾಶ್ ಇಲ್ಲ").
_HAS_NONE: Final = frozenset(
    "nei nai nahi nahin nai illa illai ledu leydu nathi nahiye naahi nahi ahe"
    " নেই নাই नहीं नही नाही இல்லை இல்ல లేదు లేవు ಇಲ್ಲ ഇല്ല નથી ਨਹੀਂ ନାହିଁ ନାହି".split()
)


def _payment_chosen(message: Message) -> str | None:
    """The way to pay that no "not" refuses in its own clause: "I do not use UPI or cards, I
    shall pay cash" is cash, "cash nahi hai, gpay kar dunga" UPI, "ਕਾਰਡ ਨਹੀਂ, ਕੈਸ਼" cash."""
    refusals = [hit.start for concept in ("no", "instead", "instead_pre") for hit in message.concepts.get(concept, ())]
    # "hate cash nei, GPay te pay korbo": cash the customer has none of is refused as a "not" is
    refusals += [token.start for token in message.tokens if token.text in _HAS_NONE]
    clauses = [(match.start(), match.end()) for match in _CLAUSE.finditer(message.folded)]

    def refused(hit: Hit) -> bool:
        clause = next((span for span in clauses if span[0] <= hit.start < span[1]), None)
        return clause is not None and any(clause[0] <= refusal < clause[1] for refusal in refusals)

    chosen = [(hit.start, method) for concept, method in _PAYMENT_CONCEPTS for hit in message.concepts.get(concept, ()) if not refused(hit)]
    # "cash on delivery. no wait, UPI": the way named after the customer's second thought
    waits = words_said(message, "wait")
    later = [method for start, method in sorted(chosen) if waits and start >= waits[-1].end]
    kept = later or [method for _, method in chosen]
    return kept[0] if kept else read_payment_method(message)


def _asks_how_to_order(message: Message) -> bool:
    """"how do i order for all 3 of us in one go?", "teeno ka ek saath order kaise karu?": a how-to
    question about ordering (the "help" words) whose number counts people, not goods: no unit
    and no goods the lexicon knows beside it."""
    if not (message.has("help") or message.has("how") and message.has("order")) or not _ends_asking(message):
        return False
    said = product_words(message, *SOCIAL, "how", "order", "everything")
    return not any(item.unit for item in said) and not _known_goods(message, said)


def _known_goods(message: Message, items: list[ItemRequest]) -> list[ItemRequest]:
    """The items with a word the lexicon knows: in "ask him to bring change for 500" the 500
    is a note to change, not 500 of something sold."""
    return [item for item in items if names_goods(item.text, message.language)]


def _ends_asking(message: Message) -> bool:
    """The message ends in a question mark ("ghee hai?", "any shop in Indiranagar?")."""
    return message.cleaned.rstrip().endswith("?")


def _asks_for_any_shop(message: Message) -> bool:
    """"any grocery shop in Indiranagar?", "મણિનગરમાં કોઈ દુકાન છે?", "கலூரில் ஏதாவது மளிகை கடை
    இருக்கா?": an "any" word and a shop word in a question, and no amount and no word the lexicon
    knows beside them (the place's name and "grocery" only), so no goods are asked for."""
    asked = message.has("exists", "available", "which") or _ends_asking(message)
    if not (asked and message.has("any_one")):
        return False
    left = product_words(message, "shop", "any_one", "exists", "available", "which", "address_part", *SOCIAL)
    return not quantified(left) and not _known_goods(message, left)


def _asks_delivery_to(message: Message) -> bool:
    """A question whether they deliver to a pincode: an "is there / available" word or a
    question mark, and no address part but the word "pincode" or a "near" ("600091 pakkathula
    delivery irukka?"); a street makes it an address."""
    if _street_parts(message) or message.has("address"):
        return False
    asked = message.has("exists", "available") or _ends_asking(message)
    return asked and not quantified(product_words(message, *SOCIAL, "exists", "available", "address_part", "shop", "near"))


def _gives_address(message: Message) -> bool:
    """An address, not a question about shops: an address label ("deliver to:") or a street
    of two address words ("send to my shop: 12 main road"), unless asked ("which shops deliver
    to 560034?", "shops near MG road 560034?") with no street or flat named beside the label."""
    asked = message.has("which") or _ends_asking(message)
    parts = _street_parts(message)
    if message.has("address"):
        return not asked or bool(parts)
    return len(parts) >= 2 and not asked


def _street_parts(message: Message) -> list[Hit]:
    """Address words other than "pincode" and "near" ("pakkathula", "ke paas")."""
    near = {(hit.start, hit.end) for hit in message.concepts.get("near", ())}
    return [
        hit for hit in message.concepts.get("address_part", ())
        if hit.phrase not in _PINCODE_WORDS and (hit.start, hit.end) not in near
    ]


def _starts_over(message: Message) -> bool:
    """"সব ফেলে দাও, আবার শুরু করব", "ditch everything, i'm starting fresh", "બધું ફેંકી દો, ફરીથી
    શરૂ કરીએ": two clearing phrases (throw it all out, start over), or one beside an "everything"
    word, or the cart, "everything" and a remove word, and what is left names no amount and no
    word the lexicon knows (only verbs: "I'll tell you again")."""
    clears = len(message.concepts.get("clear", ()))
    if clears:
        # "सगळं काढून टाका, नवीन ऑर्डर करतो": out, and a new order; "ಎಲ್ಲಾ ತೆಗೆದುಹಾಕಿ, ಹೊಸದಾಗಿ ಹೇಳ್ತೀನಿ": out, and anew
        clears += _new_orders(message) + len(message.concepts.get("anew", ()))
    # "ellathayum eduthudunga, puthusa solren": all of it out, I'll say it anew
    all_of_it = message.has("everything") and (clears > 0 or message.has("remove") and message.has("cart", "anew"))
    if clears < 2 and not all_of_it:
        return False  # "ਕਾਰਟ ਵਿੱਚੋਂ ਸਭ ਕੁਝ ਕੱਢ ਦਿਓ": the cart, all of it, out
    left = product_words(message, "clear", "remove", "everything", "cart", "anew", *SOCIAL)
    if quantified(left):
        return False
    return not _known_goods(message, left)


# "New" before the word "order": "naya order", "नवीन ऑर्डर", "puthu order", "ਨਵਾਂ ਆਰਡਰ".
_NEW_WORDS: Final = frozenset(
    "new fresh naya nayi naye navin navi nava notun nuton puthu pudhu puthiya kotha kottha navo navu hosa nua"
    " नया नई नए नवीन নতুন புது புதிய కొత్త નવો નવું ಹೊಸ പുതിയ ਨਵਾਂ ਨਵਾ ନୂଆ".split()
)


def _new_orders(message: Message) -> int:
    """How many "order" words have a "new" word right before them."""
    words = {token.end: token.text for token in message.tokens if token.kind == "word"}
    count = 0
    for hit in message.concepts.get("order", ()):
        before = message.folded[: hit.start].rstrip()
        if words.get(len(before)) in _NEW_WORDS:
            count += 1
    return count


def _removes_apart(message: Message) -> bool:
    """A "remove" word that is not part of an "empty it all" phrase ("sob bad dao" is both)."""
    clears = message.concepts.get("clear", ())
    return any(
        not any(clear.start < hit.end and hit.start < clear.end for clear in clears) for hit in message.concepts.get("remove", ())
    )


# Words that refuse the language named just before them ("తెలుగు వద్దు", "ਪੰਜਾਬੀ ਦੀ ਥਾਂ", "hindi
# nahi"), unless they are English and a language follows them ("not hindi", "instead of tamil").
_REFUSALS: Final = ("instead", "instead_pre", "no", "remove", "wrong", "read_in")  # "ગુજરાતી વાંચવામાં તકલીફ": hard to read
_ENGLISH_REFUSALS: Final = frozenset({"not", "no", "instead of", "in place of", "rather than", "read"})


def _wanted_language(message: Message) -> str | None:
    """The language asked for: of two named, not the one refused ("తెలుగు వద్దు, ఇంగ్లీష్ లో
    చెప్పండి" is English, "ਪੰਜਾਬੀ ਦੀ ਥਾਂ ਹਿੰਦੀ ਵਿੱਚ ਲਿਖੋ" Hindi, "in tamil, not english" Tamil)."""
    names = [name for name in language_name_index().find(message.folded, message.tokens) if not _language_of_someone(message, name)]
    if len(names) < 2:
        return names[0].concept if names else None
    refused = {id(_refused_name(message, hit, names)) for concept in _REFUSALS for hit in message.concepts.get(concept, ())}
    wanted = [name for name in names if id(name) not in refused]
    return (wanted or names)[0].concept


@cache
def _language_attribute_index() -> PhraseIndex:
    return build_index([(row["side"], row["word"]) for row in read_table("language_attributes.csv")])


def _language_of_someone(message: Message, name: Hit) -> bool:
    """"Bangla বোঝেন এমন কেউ", "tamil kadai", "Tamil નથી આવડતું", "someone who understands
    bengali": the language a person knows or a shop keeps, not the one to answer in."""
    folded = message.folded
    for hit in _language_attribute_index().find(folded, message.tokens):
        if hit.concept == "after" and hit.start >= name.end and _next_to_name(folded[name.end : hit.start]):
            return True
        if hit.concept == "before" and hit.end <= name.start and _next_to_name(folded[hit.end : name.start]):
            return True
    return any(
        hit.start >= name.end and not folded[name.end : hit.start].strip(" ,")
        for hit in message.concepts.get("shop", ())
    )


def _refused_name(message: Message, refusal: Hit, names: list[Hit]) -> Hit | None:
    """The language a refusal word stands next to: the one after an English "not" / "instead
    of", else the one just before it."""
    folded = message.folded
    after = next((name for name in names if name.start >= refusal.end and _next_to_name(folded[refusal.end : name.start])), None)
    if after is not None and refusal.phrase in _ENGLISH_REFUSALS:
        return after
    return next((name for name in names if name.end <= refusal.start and _next_to_name(folded[name.end : refusal.start])), None)


def _next_to_name(between: str) -> bool:
    """Nothing, or one word ("in", "mein", "la", "lo"), between a language's name and a refusal."""
    return len(between.replace(",", " ").split()) <= 1


def _asks_in(message: Message) -> bool:
    """"reply telugu lo ivvandi please": a language named in a short message that orders nothing."""
    short = len(content_words(message.folded, message.language)) <= 6
    return short and not quantified(product_words(message, *SOCIAL))


# "This / that (one)" in every language: with a "no" or "wrong" and nothing else, a denial.
_POINTING: Final = frozenset(
    "this that it its thats one ones these those thing the"
    " ye yeh yah wo woh vo voh yahi wahi wohi yehi isko usko ise wala wali wale waala waali waale vala vali vale"
    " eta ota sheta seta eita oita sheita ei oi shei sei e o eti oti"
    " adhu idhu athu ithu andha indha antha intha adi idi adhi idhi aa ee adu idu"
    " he te to ti tya eh oh ih uh pelu pelo sethi ethi seita eita eha taha"
    " ये यह वो वह यही वही इसे उसे इसको उसको वाला वाली वाले हे ते तो ती"
    " এটা ওটা সেটা এইটা ওইটা সেইটা এটি ওটি সেটি এই ওই সেই এ ও"
    " அது இது அந்த இந்த அதை இதை అది ఇది ఆ ఈ ಅದು ಇದು ಆ ಈ അത് ഇത് ആ ഈ"
    " એ આ તે ਇਹ ਉਹ ਏਹ ਓਹ ਵਾਲਾ ਵਾਲੀ ଏହା ସେଇଟା ଏଇଟା ସେଇଟି ଏଇଟି ସେଇ ଏଇ ଏହି ସେ ତାହା ସେଥି".split()
)


def _only_denies(message: Message) -> bool:
    """A no, a "wrong", a "not" or a "don't need" with nothing else but "this / that (one)"
    words: the answer to a question, not an order of "adhu" or "এটা" ("eita darkar nahin",
    "isko hata do"); no number may stand in it."""
    if not message.has("no", "wrong", "instead", "instead_pre", "remove") or any(token.kind == "num" for token in message.tokens):
        return False
    if message.has("clear") and not message.has("no", "wrong", "instead", "instead_pre"):
        return False  # "सब हटा दो, बाद में मंगवाऊँगी": take it all out, the cart
    said = ["no", "wrong", "instead", "instead_pre", "exists", "remove"]
    if message.has("thats_all") and message.has("no"):
        said += ["thats_all", "checkout", "enough"]  # "नाही, एवढंच": no, that's all (nothing more to add)
    rest = content_words(message.without(*said), message.language)
    return all(word in _POINTING for word in rest)


def without_products(message: Message) -> Classification:
    """What a message says when it names no product: yes, no, hello, help — or nothing we know.
    Also the reading `parse` falls back to when the "products" of an add_items are words that
    neither the catalog nor the lexicon knows ("சரி, ஓகே", "haanji theek aa")."""
    if message.has("remove"):
        return Classification(intent=Intent.DENY, confidence=0.7)
    if message.has("cancel") and not message.has("cart", "clear"):
        return Classification(intent=Intent.CANCEL_ORDER, confidence=0.7)  # "arre yaar cancel karo"
    if message.has("greet") and not _answers_after_greeting(message):
        return Classification(intent=Intent.GREET, confidence=0.95)
    if message.has("no"):
        return Classification(intent=Intent.DENY, confidence=0.85)
    if message.has("yes"):
        return Classification(intent=Intent.CONFIRM, confidence=0.85)
    if message.has("help"):
        return Classification(intent=Intent.HELP, confidence=0.8)
    if message.has("checkout", "enough", "thats_all"):
        # "બસ, હવે ઓર્ડર આપી દો", "बस, अब ऑर्डर दे दो", "ਬਸ": an "enough" word with nothing to buy
        # beside it: that is all, place it
        return Classification(intent=Intent.CHECKOUT, confidence=0.7)
    return Classification(intent=Intent.UNKNOWN, confidence=0.15)


# Honorifics that the yes table also holds ("namaste ji" greets, it says no "yes").
_HONORIFICS = frozenset({"ji", "jee", "जी", "ਜੀ", "andi", "అండి"})


def _answers_after_greeting(message: Message) -> bool:
    """"hello, yes go ahead", "hello, nah, leave it": a yes or no after the greeting answers."""
    greeted = min(hit.start for hit in message.concepts.get("greet", ()))
    return any(
        hit.start > greeted and hit.phrase not in _HONORIFICS
        for concept in ("yes", "no")
        for hit in message.concepts.get(concept, ())
    )


def _raises_to(message: Message) -> bool:
    """"tur daal vadhva, 3 kilo kar", "atta badha do, 10 kilo kar do": a raise verb and a "make
    it" word with one amount after the raise verb: the amount is the new one, not one more item."""
    raises = message.concepts.get("raise", ())
    if not raises or not message.has("change") or message.has("new_product"):
        return False
    found = amounts(message.tokens, message.language)
    return len(found) == 1 and found[0].start >= raises[0].end


def _raised(message: Message) -> Classification:
    products = product_words(message, *SOCIAL, "change", "raise", "increase")
    if not products:
        return without_products(message)
    if len(products) != 1:
        return _add_or_change(message, products)
    new = amounts(message.tokens, message.language)[0]  # the one amount, in the clause after the name
    item = replace(products[0], quantity=new.value, unit=new.unit)
    return Classification(intent=Intent.CHANGE_QUANTITY, confidence=0.8, items=(item,))


# A "not" that refuses an old amount: "१० नहीं चाहिए", "১ ডজনে হবে না", "5 vendam".
_OLD_AMOUNT_REFUSALS: Final = ("remove", "no", "reject", "instead", "instead_pre")


def _made_not_old_amount(message: Message) -> Classification | None:
    """"सोना मसूरी ५ किलो कर दो, १० नहीं चाहिए", "ডিম ২ ডজন করে দিন, ১ ডজনে হবে না": a "make it"
    with the new amount, and a clause of only the old amount and a "not" (no goods named in it):
    the amount is changed, nothing removed or added."""
    if not message.has("change"):
        return None
    folded = message.folded
    clauses = [(match.start(), match.end()) for match in _CLAUSE.finditer(folded)]
    refusals = [hit.start for concept in _OLD_AMOUNT_REFUSALS for hit in message.concepts.get(concept, ())]

    def old_amount_refused(start: int, end: int) -> bool:
        text = folded[start:end]
        return (
            any(start <= at < end for at in refusals)
            and any(token.kind == "num" and start <= token.start < end for token in message.tokens)
            and not names_goods(text, message.language)
        )

    refused = [span for span in clauses[1:] if old_amount_refused(*span)]
    if len(refused) != 1:
        return None
    start, _ = refused[0]
    items = [item for item in extract_items(folded[:start], message.language) if item.text]
    items = [item for item in product_words(_up_to(message, start), *SOCIAL, "change") if item.text] or items
    if len(items) != 1 or not quantified(items):
        return None
    return Classification(intent=Intent.CHANGE_QUANTITY, confidence=0.8, items=(items[0],))


def _add_or_change(message: Message, products: list[ItemRequest]) -> Classification:
    adding = message.has("increase", "new_product")  # "bhi add kar do": add, even with "kar do"
    changes = message.has("change", "enough", "decrease") or unit_made_so(message)  # "തൈര് 2 പാക്കറ്റാക്കൂ"
    if changes and not adding and quantified(products) and len(products) == 1:
        # "make it 3", "sirf 2", "thakkali oru kilo podhum", "ఉల్లిపాయలు 2 కిలోలు చాలు"
        return Classification(intent=Intent.CHANGE_QUANTITY, confidence=0.8, items=(_corrected(message, products[0]),))
    confidence = 0.9 if quantified(products) or len(products) > 1 else 0.75
    large = any(item.unit is None and (item.quantity or 0) > LARGE_CUSTOMER_COUNT for item in products)
    return Classification(intent=Intent.ADD_ITEMS, confidence=0.6 if large else confidence, items=tuple(products))


def _without_too_little(message: Message, products: list[ItemRequest]) -> list[ItemRequest]:
    """"ਲਸਣ ਅੱਧਾ ਕਿੱਲੋ ਕਰ ਦਿਓ, ਪਾਈਆ ਘੱਟ ਆ", "lahsun aadha kilo kar do, paav kam hai": beside a
    "make it", the clause that says the old amount was too little is the reason, not an item."""
    folded = message.folded
    clauses = [(match.start(), match.end()) for match in re.finditer(r"[^,;.!?\n]+", folded)]
    low = [span for span in clauses if any(span[0] <= hit.start < span[1] for hit in message.concepts.get("low", ()))]
    kept = [item for item in products if not any(item.raw and item.raw in folded[start:end] for start, end in low)]
    return kept or products


def _corrected(message: Message, item: ItemRequest) -> ItemRequest:
    """"i typed 2 sprite, should be 4", "i wrote 3 maggi, make it 5", "galti se 2 sprite likha,
    4 kar do": two amounts and a "make it" / "by mistake" word after the first one: the last
    amount is the one meant (in the first one's unit when it has none)."""
    said = [hit for hits in message.concepts.values() for hit in hits]
    # not a number word inside a phrase ("should be": Gujarati "be" is two)
    found = [amount for amount in amounts(message.tokens, message.language) if not any(hit.start <= amount.start < hit.end for hit in said)]
    if len(found) != 2 or message.has("low"):
        return item  # "lasun ardha kilo kara, pav kilo kami ahe": the last amount was too little
    old, new = found
    if not any(hit.start >= old.end for hit in message.concepts.get("change", ())) or new.value == item.quantity:
        return item
    if item.quantity != old.value:
        return item
    return replace(item, quantity=new.value, unit=new.unit if new.unit is not None else old.unit)


def _address(message: Message) -> Classification | None:
    parts = len(message.concepts.get("address_part", ()))
    if not _counts_known_goods(message):
        # "Guru Nanak Dhaba, pichhla gate, GT Road, Jalandhar": a business name and a back gate are
        # address parts; "TC 15/420, Vazhuthacaud, Thiruvananthapuram 695014" a full address
        parts += place_words(message.cleaned) + (2 if full_address_with_pincode(message.cleaned) else 0)
    has_number = bool(re.search(r"\d", message.folded))
    words = len(message.folded.split())
    labelled = message.has("address") and words >= 3
    weak = not labelled and parts < 2
    if weak and parts >= 1 and any(item.unit is not None or item.pack_size is not None for item in extract_items(message.folded, message.language)):
        return None  # "flat 302 me 2 kg atta bhej do": an order for a flat, not an address
    if weak and (_counted_address_word(message) or _counts_known_goods(message)):
        # "2 room freshener bhejo": a count before "room" orders goods named with it; "3 santoor
        # soap, makalkku hostel il kondupokan": counted goods, and the hostel is where they go
        return None
    if labelled or (parts >= 2 and words >= 3) or (parts >= 1 and has_number and words >= 4):
        slots: Slots = {"address": address_text(message.cleaned)}
        pincode = read_pincode(message.folded)
        if pincode is not None:
            slots["pincode"] = pincode
        return Classification(intent=Intent.GIVE_ADDRESS, confidence=0.85 if labelled or parts >= 2 else 0.7, slots=slots)
    return None


def _counts_known_goods(message: Message) -> bool:
    """A count beside goods the lexicon knows: an order, whatever place it names."""
    return any(item.quantity is not None for item in _known_goods(message, extract_items(message.folded, message.language)))


def _counted_address_word(message: Message) -> bool:
    """An address word right after a count ("2 room freshener", "3 pg …") is part of goods
    counted; a flat or room gives its number after the word ("room 12")."""
    numbers = {token.end for token in message.tokens if token.kind == "num"}
    words = [token for token in message.tokens if token.kind in ("word", "num")]
    ends_before = {word.start: previous.end for previous, word in zip(words, words[1:])}
    return any(ends_before.get(hit.start) in numbers for hit in message.concepts.get("address_part", ()))


def _browse(message: Message) -> Classification | None:
    """"atta hai kya", "dal kaun kaun si hai", "ಯಾವ ಯಾವ ಎಣ್ಣೆ ಇದೆ?": a question about the shop's
    goods. A "which" word, a question mark ("ghee hai?", "rajma haige ji?, thanks") or an opening
    "kya" with an "is there" word ("ਖੰਡ ਹੈ?", "ખાંડ છે?", "maggi khatam ho gaya kya?") asks as much
    as "available" does; a price question may name a pack size ("maggi 70g ka price?")."""
    # "cheap" and "any one" choose among the goods ("சீப்பா ஏதாவது சிப்ஸ்"): not part of the query
    browse_words = ("catalog", "available", "show", "price", "stock", "greet", "yes", "which", "exists", "no", "finished", "shop", "cheap", "any_one",
                    "how_much")  # "what's the price of X": the question word is no part of the query
    if _removes_from_list(message) or removes_at_the_end(message) or removes_then_reason(message):
        return None
    message = with_cheap_words(message)  # "sabse sasta tel kaun sa?": "sabse", "kaun sa" name no goods
    message = with_question_words(message)  # "idli rice untaaya?", "chai patti kehdi kehdi aa?"
    questioned = message.has("which") or _ends_asking(message) or _asks_there(message) or _opens_with_kya(message)
    questioned = questioned or any(hit.phrase in _IS_THERE_ASKED for hit in message.concepts.get("exists", ()))
    asked_at = _asked_before_reason(message)
    questioned = questioned or asked_at is not None or _names_then_there(message)
    asked = questioned and message.has("exists", "available", "finished") or asks_for_the_cheapest(message)
    asked = asked or asks_bare_goods(message, content_words(message.folded, message.language))  # "dipers?"
    if not (asked or message.has("catalog", "available", "show", "price")):
        return None
    products = goods_without_today(message, product_words(message, *browse_words), *browse_words)  # "aaj lauki hai?"
    if asked_at is not None:
        # "do u have kaju badam? need it for the dry fruit boxes": the goods are asked for
        # before the question mark; what follows is why.
        products = product_words(_up_to(message, asked_at), *browse_words) or products
    priced = message.has("price") and questioned
    if quantified(products) and not (asked or priced or message.has("catalog", "available")):
        return None
    if not products and message.has("greet") and not message.has("catalog", "available", "show", "price"):
        return None  # "hai chetta, sugalle?": Hindi "hai" in a Malayalam greeting asks nothing
    query = " ".join(item.text for item in query_without_kinds(message, products))  # "chips er ki ki flavour": chips
    query = priced_goods(message, query) if message.has("price") else query  # "টাটা লবণের দাম": টাটা লবণ
    query = query_without_size(query)  # "real fruit juice small packs": real fruit juice
    query = query_without_containers(query)  # "atta bags", "വലിയ ചാക്ക് അരി": the pack asked about, not the goods
    query = cleaned_query(message, query)  # "bulk lo idli rice", "sambar podi brand", "cold drink 50 ke andar"
    slots: Slots = {"query": query} if query else {}
    return Classification(intent=Intent.BROWSE, confidence=0.85, slots=slots)


def _removes_from_list(message: Message) -> bool:
    """"mortein coil hata do list se", "remove maggi from the list": the customer's own list,
    taken from, shows nothing."""
    shown = message.concepts.get("show", ())
    return message.has("remove") and bool(shown) and all(hit.phrase == "list" for hit in shown)


def _names_then_there(message: Message) -> bool:
    """"અમૂલ છાશ છે", "ghee hai", "அவல் இருக்கு": goods and an "is there" word last, nothing
    else — no amount, no other keyword — asks whether the shop has them (a customer does not
    tell the shop what it has)."""
    words = [token for token in message.tokens if token.kind in ("word", "num")]
    if not words or any(token.kind == "num" for token in words) or amounts(message.tokens, message.language):
        return False
    if any(concept not in ("exists", "greet", "yes") for concept in message.concepts):
        return False
    return any(hit.end == words[-1].end for hit in message.concepts.get("exists", ()))


def _up_to(message: Message, end: int) -> Message:
    """The message cut before END, with its words and keyword hits."""
    tokens = [token for token in message.tokens if token.end <= end]
    concepts = {concept: [hit for hit in hits if hit.end <= end] for concept, hits in message.concepts.items()}
    concepts = {concept: hits for concept, hits in concepts.items() if hits}
    return Message(message.cleaned, message.folded[:end], tokens, concepts, message.language)


def _asked_before_reason(message: Message) -> int | None:
    """Where a question about the shop's goods ends when a reason follows it: the first question
    mark with an "is there / do you have" word in its clause ("tamari pase Bambino semiya che?
    dikri mate kheer banavvi che", "Glucon-D milega? garmi mein kamzori lagti hai")."""
    at = message.folded.find("?")
    if at < 0 or not message.folded[at + 1 :].strip():
        return None
    start = max(message.folded.rfind(mark, 0, at) for mark in ".!।\n")
    there = [hit for concept in ("exists", "available") for hit in message.concepts.get(concept, ())]
    return at if any(start < hit.start < at for hit in there) else None


_KYA: Final = frozenset({"kya", "kyaa", "क्या", "ki", "কি", "ka", "का"})
# "Is there?" words that ask by their form, with no question mark: "maaza hega", "maggi undha",
# "paneer irukka", "bread ideya", "ghee undo", "besan aahe ka", "dahi achhe ki".
_IS_THERE_ASKED: Final = frozenset(
    ["hega", "hegi", "hege", "haiga", "haigi", "haige", "ਹੈਗਾ", "ਹੈਗੀ", "ਹੈਗੇ", "undha", "unda", "undaa", "ఉందా", "unnaya",
     "irukka", "irukkaa", "irukaa", "இருக்கா", "ideya", "idya", "ideyaa", "iveya", "ಇದೆಯಾ", "ಇದ್ಯಾ", "undo", "undoo", "ഉണ്ടോ",
     "aahe ka", "ahe ka", "आहे का", "achhe ki", "achi ki", "achhi ki", "chhe ke"]
)


def _opens_with_kya(message: Message) -> bool:
    """"kya aapke paas amul butter hai": a yes/no question word opening the message."""
    words = [token.text for token in message.tokens if token.kind == "word"]
    return bool(words) and words[0] in _KYA


def _asks_there(message: Message) -> bool:
    """A question mark with only thanks or ok after it: "rajma haige ji?, shukriya"."""
    at = message.folded.rfind("?")
    return at >= 0 and not says_more_than_fillers(message.without(*SOCIAL)[at + 1 :], message.language)


# Malayalam joins "not" to the number before it: "രണ്ടല്ല" is "രണ്ട് അല്ല" (not two), "randalla" "randu alla".
_FUSED_NOT: Final = re.compile(r"(?<!\S)(\S+?)(ല്ല|alla)(?=[\s,.!?]|$)")


def _fused_not_apart(message: Message) -> Message:
    """"മട്ട അരി രണ്ടല്ല, അഞ്ച് കിലോ": a number word with "not" joined on, written apart so
    the old amount and its "not" are read as in "രണ്ട് അല്ല"."""
    if message.language != "ml":
        return message

    def apart(match: re.Match[str]) -> str:
        stem, not_word = match.group(1), match.group(2)
        for number in (stem + "്", stem + "ു", stem + "u", stem[:-1] + "u"):
            if number_word_value(number, "ml") is not None:
                return f"{number} {'അല്ല' if not_word == 'ല്ല' else 'alla'}"
        return match.group(0)

    folded = _FUSED_NOT.sub(apart, message.folded)
    if folded == message.folded:
        return message
    tokens = tokenize(folded)
    return Message(message.cleaned, folded, tokens, find_concepts(folded, tokens), message.language)


def _instead(message: Message) -> Classification | None:
    """"doodh 2 ki jagah 4 packet kar do", "paal 3 packet illa, 2 packet pothum", "make it 4
    instead of 2": one product, an old quantity next to an "instead"/"not" marker and a new
    one on the other side. The item gets the NEW quantity, and the old one's unit when the
    new one has none ("2 kg ki jagah 3" is 3 kg). With a "make it" word, "from" / "to" between
    the amounts marks them too ("atta 3 kilo se 5 kilo kar do", "from 3 kg to 5 kg")."""
    message = _fused_not_apart(message)
    marks = [(hit, False) for hit in message.concepts.get("instead", ())]
    marks += [(hit, True) for hit in message.concepts.get("instead_pre", ())]
    if message.has("change"):
        marks += [(hit, False) for hit in message.concepts.get("from_amount", ())]
    if not marks:
        return None
    found = amounts(message.tokens, message.language)
    found += _spoken_after_marks(message, found, [hit for hit, _ in marks])
    found.sort(key=lambda amount: amount.start)
    if len(found) < 2:
        return None
    folded = message.folded
    for hit, old_after in marks:
        before = [amount for amount in found if amount.end <= hit.start]
        after = [amount for amount in found if amount.start >= hit.end]
        if old_after:
            if not after or folded[hit.end : after[0].start].strip():
                continue
            old = after[0]
            new = before[-1] if before else after[1] if len(after) > 1 else None
        elif not after and len(before) >= 2 and _next_to(folded, before[-1].end, hit.start):
            # "pohe 1 kilo ch pahije, 2 nako": the wanted amount first, the unwanted one last.
            old, new = before[-1], before[-2]
        else:
            if not before or not after or not _next_to(folded, before[-1].end, hit.start):
                continue
            old, new = before[-1], after[0]
        if new is None or _pack_then_count(old, new):
            continue
        chars = list(folded)
        spans = [(amount.start, amount.end) for amount in found]
        spans += [(mark.start, mark.end) for mark, _ in marks]
        spans += [(other.start, other.end) for concept in ("change", "enough") for other in message.concepts.get(concept, ())]
        spans += [(hit.start, hit.end) for concept in SOCIAL for hit in message.concepts.get(concept, ())]  # "ek hi"
        for start, end in spans:
            chars[start:end] = " " * (end - start)
        left = _CLASSIFIER_LEFT.sub(" ", "".join(chars))  # "6টা": the classifier the amount leaves
        products = _without_closing_verb([item for item in extract_items(left, message.language) if item.text], left, found[-1].end)
        if len(products) != 1:
            return None
        item = ItemRequest(
            text=products[0].text, raw=products[0].raw, quantity=new.value, unit=new.unit if new.unit is not None else old.unit
        )
        return Classification(intent=Intent.CHANGE_QUANTITY, confidence=0.85, items=(item,))
    return None


# At most this many unknown words after the last amount close a correction (a verb, a reason's tail).
_REASON_TAIL_WORDS: Final = 2


def _without_closing_verb(parts: list[ItemRequest], left: str, last_amount_end: int) -> list[ItemRequest]:
    """The parts left beside a corrected amount, less one closing word after the last amount
    that the lexicon does not know: the verb ("masoor dal ek kilo na, dedh kilo din": "din"
    is "give"), or the rest of the reason after the old amount ("make the atta 5 kg, 10 is too
    much to carry up": "carry up"). LEFT is the message with the amounts blanked, at the same offsets."""
    if len(parts) < 2:
        return parts
    last = parts[-1]
    at = left.find(last.raw, last_amount_end)
    first_word = left.find(last.raw.split()[0], last_amount_end) if last.raw.split() else -1
    # "ghee 1 ki jagah 2 litre kar do, bhandara bada ho gaya": a clause of its own is the reason (fixer BL)
    own_clause = first_word >= 0 and any(mark in left[last_amount_end:first_word] for mark in ",;.!?\n।")
    closing = own_clause or (at >= 0 and len(last.text.split()) <= _REASON_TAIL_WORDS)
    if closing and not any(load_lexicon().lookup(word) for word in fold(last.text).split()):
        return parts[:-1]
    return parts


# Words that may stand between an old amount and its "not": a classifier ("2 ta nuhen") or
# an "only" ("do hi nahi").
_BETWEEN_AMOUNT_AND_NOT: Final = frozenset("ta ti to te gota gote khana টা টি ଟା ଟି".split())


_CLASSIFIER_LEFT: Final = re.compile(
    r"(?<!\S)(?:" + "|".join(sorted(_BETWEEN_AMOUNT_AND_NOT, key=len, reverse=True)) + r")(?=[\s,;.!?]|$)"
)


def _next_to(folded: str, end: int, start: int) -> bool:
    """Nothing but a classifier word between an amount and the "not" after it."""
    return all(word in _BETWEEN_AMOUNT_AND_NOT for word in folded[end:start].split())


def _spoken_after_marks(message: Message, found: list[Amount], marks: list[Hit]) -> list[Amount]:
    """"dalda ek nahi do kar do": a number word right after the "not" is the new amount even
    when only a verb follows it (alone, "do" before "kar do" would be the verb "give")."""
    extra: list[Amount] = []
    words = [token for token in message.tokens if token.kind in ("word", "num")]
    for hit in marks:
        following = next((token for token in words if token.start >= hit.end), None)
        if following is None or following.kind != "word" or any(amount.start <= following.start < amount.end for amount in found):
            continue
        value = number_word_value(following.text, message.language)
        if value is not None and value > 0 and following.text not in NEEDS_UNIT:
            extra.append(Amount(value, None, following.start, following.end))
    return extra


def _pack_then_count(old: Amount, new: Amount) -> bool:
    """"red label 250g na 2", "palu 500ml vi 4": a pack size then a bare count is one item
    (Gujarati "na", Telugu "vi" are "of"), not a quantity written instead of another."""
    return old.unit in ("g", "ml") and new.unit is None


def _lists_amounts(message: Message) -> bool:
    """Two or more items with amounts, or goods the lexicon knows with theirs ("same rice as
    last time, 5 kg" only says which rice): an order written out, whatever "again" word it holds
    (Kannada "ಮತ್ತೆ" is "again" and, in a spoken list, "and"; "same as last year: 5 kg rice,
    2 l oil" names what to send)."""
    said = product_words(message, "repeat", "order")
    return sum(item.quantity is not None for item in said) >= 2 or names_goods_with_amount(message, said)


def _without_again_words(message: Message, said: str) -> str:
    """SAID with the "again" words blanked ("same as last year, 2 kg rice, 1 l oil"): they name
    no product of the order written out after them."""
    chars = list(said)
    for hit in message.concepts.get("repeat", ()):
        chars[hit.start : hit.end] = " " * (hit.end - hit.start)
    return "".join(chars)


_TOTAL_WORDS: Final = ("bill_total", "how_much", "came_to", "price", "how_many", "checkout", "cart", "show", "everything", "which", "today", *SOCIAL)


def _asks_the_total(message: Message) -> bool:
    """"What's the total so far?" ("कुल कितना हुआ?", "মোট কত হল?", "ആകെ എത്ര ആയി?"): a total word,
    with or without a how-much and a "has come to" word, and no goods named asks for the cart,
    which shows the bill; the customer has not said to place the order (that is checkout)."""
    if not message.has("bill_total") or message.has("checkout"):
        return False  # "order kar do, total kitna hua?" places the order
    return not product_words(message, *_TOTAL_WORDS)


def _sends_the_usual(message: Message) -> bool:
    """"The usual / what I always take, send it" ("ਜੋ ਹਰ ਵਾਰ ਲੈਂਦੇ ਹਾਂ ਓਹੀ ਭੇਜ ਦਿਓ", "ಯಾವಾಗಲೂ
    ತಗೊಳ್ಳೋದೇ ಕಳ್ಸಿ", "नेहमीचं सामान पाठवा"): an "always" word and no amount sends the regular order
    again; with an amount ("hamesha wala atta, is baar 10 kilo") it only says which product."""
    if not message.has("usual"):
        return False
    said = product_words(message, "usual", "repeat", "order", *SOCIAL)
    return not quantified(said) and not any(token.kind == "num" for token in message.tokens)


def _opens_with_address(message: Message) -> Classification | None:
    """A message that opens with the word "address" ("address badlo: …", "पता बदलो — …",
    "address mattu: ammavante veedu, TC 14/220, Pattom") and holds a house number gives an
    address, whatever "na / no" words the relative's house holds ("masi na ghare")."""
    hits = message.concepts.get("address", ())
    if not hits or not re.search(r"\d", message.folded):
        return None
    first = min(hit.start for hit in hits)
    if message.folded[:first].strip(" ,.-:!") and not ADDRESS_PREFIX.match(message.folded):
        return None  # "my address: 44 Park Street … call me from the lobby": "my" is part of the label
    return _address(message)
