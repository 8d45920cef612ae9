"""`parse`: one chat message in, one `Parse` out — language, intent, items, slots.

Pure and total: any string gives a Parse (UNKNOWN when nothing fits), never an exception.
With a catalog index, every item gets its candidates from the matcher.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING, Final

from intents.cheapest import cheapest_first, ordering_the_cheapest
from intents.classify import classify
from intents.cleaning import clean_message
from intents.language import detect_language
from intents.big_order_news import announces_big_order
from intents.price_cuts import cut_price
from intents.delivery_dates import without_delivery_dates, without_owner_hours
from intents.order_confirm import confirms_the_order
from intents.head_counts import without_head_counts
from intents.delivery_instructions import talks_about_delivery
from intents.glued_items import sentence_before_emoji
from intents.cleaning import fold_for_matching
from intents.keywords import Hit, find_concepts
from intents.lexicon import Lexicon, fold, is_english_and, load_lexicon
from intents.message import SOCIAL, Classification, Message, address_text, opens_with_address
from intents.owner_intents import price_said_now, priced_like
from intents.owner_terse import terse_number_said
from intents.owner_prices import counted_pack_price
from intents.price_changes import old_to_new_price, price_after_pack_word, price_list
from intents.romanise import is_indic
from intents.item_descriptors import without_descriptors, without_reasons
from intents.situation_remarks import without_situation
from intents.size_remarks import without_size_refusals
from intents.stock_lead_ins import says_recount
from intents.spoken_prices import paise, prices_in_digits
from intents.relayed_words import without_relayed_lead_in, without_relayed_reason
from intents.removal_reason import in_reason_after_removal
from intents.remarks import without_first_choice, without_occasion, without_order_gone, without_remark_clauses
from intents.tokens import prepare, tokenize
from intents.types import LANGUAGES, Intent, ItemRequest, PackSize, Parse, Role
from intents.units import MEASURE_UNITS, unit_word
from intents.weighed_staples import in_kilos, weighed_in_catalog

if TYPE_CHECKING:
    from intents.catalog_index import CatalogIndex, MatchResult


def size_hint(item: ItemRequest) -> PackSize | None:
    """The pack size to prefer when matching: the one written, else "1 kg" of "1 kg atta"."""
    if item.pack_size is not None:
        return item.pack_size
    if item.unit in MEASURE_UNITS and item.quantity is not None:
        return PackSize(value=item.quantity, unit=item.unit)  # type: ignore[arg-type]
    return None


def _with_candidates(item: ItemRequest, catalog: CatalogIndex, language: str | None = None) -> ItemRequest:
    match_item = getattr(catalog, "match_item", None)
    if item.unit == "dozen" and item.quantity and item.pack_size is None:
        # A dozen is twelve pieces: prefer the 12-egg tray to the 6-egg one.
        try:
            result = catalog.match(item.text, pack_size=None, size_hint=PackSize(value=12 * item.quantity, unit="piece"))  # type: ignore[call-arg]
        except TypeError:
            result = catalog.match(item.text, pack_size=None)
    elif callable(match_item):
        # The matcher's own reading: a written pack size is wanted, "2 kg" merely preferred.
        try:
            result = match_item(item, language=language)
        except TypeError:  # a matcher without language support
            result = match_item(item)
    else:
        result = catalog.match(item.text, pack_size=item.pack_size)
    if item.cheapest:
        return _cheapest_candidates(item, catalog, language)
    return replace(item, candidates=tuple(result.candidates), ambiguous=bool(result.ambiguous))


# How many products the words may fit when the cheapest is wanted: loose rows and small brands
# often score a little below the best-known brand.
_CHEAPEST_LIMIT: Final = 10


def _cheapest_candidates(item: ItemRequest, catalog: CatalogIndex, language: str | None) -> ItemRequest:
    """"jo sabse sasta ho wahi sarson tel": of the products the words fit about equally, the
    cheapest for the amount asked comes first (see intents.cheapest.cheapest_first). The words
    alone are matched (no size preferred), so every pack they fit is weighed by its price."""
    try:
        result = catalog.match(item.text, pack_size=item.pack_size, limit=_CHEAPEST_LIMIT, language=language)  # type: ignore[call-arg]
    except TypeError:  # a matcher without language support
        result = catalog.match(item.text, pack_size=item.pack_size)
    entries = {product.entry.product_id: product.entry for product in getattr(catalog, "products", ())}
    ranked = cheapest_first(result.candidates, entries, item.unit, item.quantity)
    return replace(item, candidates=ranked, ambiguous=bool(result.ambiguous) and ranked[:1] == tuple(result.candidates[:1]))


# A run of product words the matcher reads better one by one ("கறிவேப்பிலை கொத்தமல்லி" is
# curry leaves and coriander, "dhaniya mirchi" two things): each word must name a product
# clearly better than the whole run does, the products must differ, and no product found
# for one word may carry the other words in its name ("surf excel" stays one item).
_SPLIT_MAX_WORDS = 4
_SPLIT_MIN_WORD_SCORE = 75.0
_SPLIT_MARGIN = 10.0


def _split_by_catalog(item: ItemRequest, catalog: CatalogIndex) -> list[ItemRequest]:
    words = item.text.split()
    if not 2 <= len(words) <= _SPLIT_MAX_WORDS or item.quantity is not None or item.pack_size is not None:
        return [item]
    whole = catalog.match(item.text)
    whole_score = whole.candidates[0].score if whole.candidates else 0.0
    parts = [catalog.match(word) for word in words]
    tops = [part.candidates[0] if part.candidates else None for part in parts]
    if any(top is None or top.score < max(_SPLIT_MIN_WORD_SCORE, whole_score + _SPLIT_MARGIN) for top in tops):
        return [item]
    if len({top.product_id for top in tops if top is not None}) < len(words):
        return [item]
    for word, top in zip(words, tops):
        name = (top.name if top is not None else "").lower()
        if any(other != word and other in name for other in words):
            return [item]
    return [replace(item, text=word) for word in words]


# "head and shoulders shampoo", "maggi hot & sweet sauce": an "and" inside a product's name
# cut it in two. Two neighbouring items are one when the first has no amount and the product
# the joined words find has the first's words and then the second's first word, in a row.
_JOIN_MAX_WORDS = 3
_JOIN_MIN_SCORE = 60.0  # the words in a row in the name are the stronger evidence


_HALF_AMONG = 5  # a half names one of the whole's first few products (fixer BV)
_NAME_AND = frozenset({"&", "and", "n"})
# A joining word that is itself a word of a brand ("clinic plus shampoo"): the joined item keeps it.
_NAME_WORD_JOINERS = frozenset({"plus"})


def _joins_name(word: str) -> bool:
    """"and", "&", or the English "and" written in an Indic script inside a name
    ("ഹെഡ് ആൻഡ് ഷോൾഡേഴ്സ്", "हेड एंड शोल्डर्स", "ਹੈੱਡ ਐਂਡ ਸ਼ੋਲਡਰਜ਼"), or "plus" of "clinic plus"."""
    return word in _NAME_AND or word in _NAME_WORD_JOINERS or is_english_and(word)


def _kept_joiner(joiner: str) -> list[str]:
    """The joining word as a word of the name ("plus"), or nothing ("and", "&")."""
    return [joiner] if joiner in _NAME_WORD_JOINERS else []


def _join_split_name(items: tuple[ItemRequest, ...], catalog: CatalogIndex, text: str) -> tuple[ItemRequest, ...]:
    """TEXT: the folded message the items' raw spans come from."""
    if len(items) < 2:
        return items
    joined: list[ItemRequest] = []
    index = 0
    while index < len(items):
        joiner = _joiner_between(items[index], items[index + 1], text) if index + 1 < len(items) else None
        if joiner is not None and _one_name(items[index], items[index + 1], catalog, joiner):
            left, right = items[index], items[index + 1]
            joined.append(_joined(left, right, joiner))
            index += 2
            continue
        joined.append(items[index])
        index += 1
    return tuple(joined)


def _joined(left: ItemRequest, right: ItemRequest, joiner: str = "") -> ItemRequest:
    """One item of two halves: "3 hide" + "seek 100g" is 3 packs of 100 g of Hide & Seek."""
    text, raw = " ".join([left.text, *_kept_joiner(joiner), right.text]), f"{left.raw} {right.raw}".strip()
    if left.quantity is None:
        return replace(right, text=text, raw=raw)
    pack = right.pack_size
    if pack is None and right.quantity is not None and right.unit in MEASURE_UNITS:
        pack = PackSize(value=right.quantity, unit=right.unit)  # type: ignore[arg-type]
    return replace(left, text=text, raw=raw, pack_size=pack or left.pack_size)


def _widen_over_and(item: ItemRequest, catalog: CatalogIndex, text: str) -> ItemRequest:
    """An owner's one product cut at an "and" ("hide and seek stock 20" read as "seek"): the
    word on the other side of the "and" joins it when the catalog has the two in a row."""
    words = item.text.split()
    if not words or len(words) > _JOIN_MAX_WORDS:
        return item
    tokens = text.replace(",", " ").split()
    start = next((at for at in range(len(tokens) - len(words) + 1) if tokens[at : at + len(words)] == words), None)
    if start is None:
        return item
    before = tokens[start - 2 : start] if start >= 2 else []
    after = tokens[start + len(words) : start + len(words) + 2]
    if len(before) == 2 and _joins_name(before[1]) and not before[0][0].isdigit():
        left, right = ItemRequest(text=before[0], raw=before[0]), ItemRequest(text=item.text, raw=item.raw)
        if _one_name(left, right, catalog, before[1]):
            return replace(item, text=" ".join([before[0], *_kept_joiner(before[1]), item.text]))
    if len(after) == 2 and _joins_name(after[0]) and not after[1][0].isdigit():
        left, right = ItemRequest(text=item.text, raw=item.raw), ItemRequest(text=after[1], raw=after[1])
        if _one_name(left, right, catalog, after[0]):
            return replace(item, text=" ".join([item.text, *_kept_joiner(after[0]), after[1]]))
    return item


def _joiner_between(left: ItemRequest, right: ItemRequest, text: str) -> str | None:
    """The "and" / "&" / "plus" that alone stands between the two items' spans (no comma, no "aur")."""
    start = text.find(left.raw) if left.raw else -1
    end = text.find(right.raw, start + len(left.raw)) if start >= 0 and right.raw else -1
    middle = text[start + len(left.raw) : end].strip() if end >= 0 else ""
    return middle if middle and _joins_name(middle) else None


def _one_name(left: ItemRequest, right: ItemRequest, catalog: CatalogIndex, joiner: str = "") -> bool:
    words = left.text.split()
    if left.value is not None or not 1 <= len(words) <= _JOIN_MAX_WORDS or not right.text:
        return False
    if left.quantity is not None or left.pack_size is not None:
        # "3 hide and seek 100g": the count before the name, at most a pack size after it
        if left.pack_size is not None or right.pack_size is not None and right.quantity is not None:
            return False
        if right.quantity is not None and right.unit not in MEASURE_UNITS:
            return False
    result = catalog.match(" ".join([left.text, *_kept_joiner(joiner), right.text]))
    if not result.candidates or result.candidates[0].score < _JOIN_MIN_SCORE:
        return False
    name = [word for word in fold(result.candidates[0].name).replace("&", " ").split() if word != "and"]
    run = [*words, *_kept_joiner(joiner), right.text.split()[0]]
    if any(is_indic(word) for word in run):
        # "ഹെഡ് ആൻഡ് ഷോൾഡേഴ്സ്": native words are not in the Latin name as written; the two
        # halves name one product, and name it better together than either does alone
        return all(_weaker_half(result, catalog.match(half.text)) for half in (left, right))
    if _kept_joiner(joiner):
        # "clinic plus shampoo": "clinic plus" in a row, "shampoo" later in "Clinic Plus Strong & Long Shampoo"
        return _in_a_row_then(name, run[:-1], run[-1])
    return any(name[start : start + len(run)] == run for start in range(len(name) - len(run) + 1))


def _in_a_row_then(name: list[str], run: list[str], later: str) -> bool:
    """RUN stands in NAME word after word, and LATER somewhere after it."""
    for start in range(len(name) - len(run) + 1):
        if name[start : start + len(run)] == run and later in name[start + len(run) :]:
            return True
    return False


def _weaker_half(whole: MatchResult, half: MatchResult) -> bool:
    """HALF's best product (or one tied with it) is one of WHOLE's first few (a line of several
    packs: "ഹൈഡ്" and "സീക്ക്" each find some Hide & Seek), and WHOLE names its best with a
    higher score."""
    if not half.candidates:
        return True
    best = whole.candidates[0]
    among = {candidate.product_id for candidate in whole.candidates[:_HALF_AMONG]}
    top = half.candidates[0].score
    tied = [candidate.product_id for candidate in half.candidates if candidate.score >= top - 0.5]
    return any(product_id in among for product_id in tied) and top < best.score


def _nothing_known(items: tuple[ItemRequest, ...], language: str, *, social: bool = False) -> bool:
    """An order of nothing: no amount, no catalog match, no word the lexicon knows ("சரி, ஓகே",
    "haanji theek aa", "asdf"). A known word the shop lacks ("quinoa") is still an order.
    In a SOCIAL message (a greeting, yes, no) a native-script word the lexicon does not know
    counts for nothing even when its romanisation fits some name: "नमस्ते भैया, कैसे हो" and
    "ಹೌದು, ಕಳಿಸಿ" are no orders of "kaise" biscuits."""
    lexicon = load_lexicon()
    for item in items:
        if item.quantity is not None or item.pack_size is not None:
            return False
        if item.candidates and not (social and _native_unknown(item.text, lexicon, language)):
            return False
    for item in items:
        words = fold(item.text).split()
        for size in range(1, min(len(words), lexicon.longest_term) + 1):
            for start in range(len(words) - size + 1):
                if lexicon.lookup(" ".join(words[start : start + size]), language):
                    return False
    return True


def _without_remarks(items: tuple[ItemRequest, ...], language: str) -> tuple[ItemRequest, ...]:
    """"2 kg atta, call karke aana", "maggi, door bell mat bajana": beside real items, a part
    with no amount, no catalog match and no word the lexicon knows is a remark, not an item."""
    kept = tuple(item for item in items if not _nothing_known((item,), language))
    return kept if kept else items


# Below this the best match of a removal's later part is a guess from its sounds, not a product named.
_REMARK_SCORE: Final = 75.0
# Below this a guess is poor even when one word of the part is a lexicon word.
_STRAY_SCORE: Final = 60.0


def _is_remark(
    item: ItemRequest, language: str, lexicon: Lexicon, *, ordered: frozenset[str] = frozenset(), stray: bool = False
) -> bool:
    """A part with no amount and only a weak catalog guess (below _REMARK_SCORE) that has no
    word the lexicon knows is the customer's remark, not an item. With STRAY, one short known
    word among four or more and a poor guess (below _STRAY_SCORE) is a remark too; a weak
    guess at a product in ORDERED (already ordered with an amount) is talk about it."""
    if item.quantity is not None or item.pack_size is not None:
        return False
    best = max((candidate.score for candidate in item.candidates), default=0.0)
    if best >= _REMARK_SCORE:
        return False
    words = fold(item.text).split()
    known = sum(1 for word in words if lexicon.lookup(word, language))
    if not known:
        return True
    # "dikro hostel lai jase": one short known word among many others and a poor guess
    if stray and best < _STRAY_SCORE and len(words) >= 4 * known:
        return True
    # "narasus coffee 500 gram, appa ku filter coffee dhaan pidikkum": a weak guess at a
    # product already ordered with an amount is talk about it, not a second order of it
    return bool(item.candidates) and item.candidates[0].product_id in ordered


def _removal_remarks(items: tuple[ItemRequest, ...], language: str, folded: str = "") -> tuple[ItemRequest, ...]:
    """"remove the lays, kids dont need more junk", "मूंगफली निकाल दो, घर पे पड़ी है": after the
    item removed, a remark (see _is_remark) is the customer's reason, not a second item to remove."""
    if len(items) < 2:
        return items
    lexicon = load_lexicon()
    # "remove the maaza, kids shouldnt have so much sugar": one known word among many is talk too
    return (
        items[0],
        *(item for item in items[1:] if not _is_remark(item, language, lexicon, stray=True) and not _too_much(item, folded)),
    )


# "Too much / so much / a lot" in every language: after the item removed, a part that says so
# ("too much oil for the kids", "bachon ko zyada namak", "pasangalukku romba sugar") is the reason.
_TOO_MUCH: Final = frozenset(
    "zyada jyada jada bahut bohot bahot romba rombha chala onek khub khup jaasti jasti tumba othiri orupad besi bahu ghanu"
    " ज़्यादा ज्यादा बहुत অনেক বেশি খুব ரொம்ப அதிகம் చాలా ఎక్కువ खूप जास्त બહુ વધારે ઘણું ತುಂಬಾ ಜಾಸ್ತಿ ഒരുപാട്"
    " കൂടുതൽ ਬਹੁਤ ਜ਼ਿਆਦਾ ਜਿਆਦਾ ବହୁତ ବେଶି".split()
)
_TOO_MUCH_PHRASES: Final = ("too much", "so much", "too many", "so many")


def _too_much(item: ItemRequest, folded: str) -> bool:
    """A part with no amount, in a clause of its own (after a comma), with a "too much" word."""
    at = folded.find(item.raw) if item.raw else -1
    if item.quantity is not None or item.pack_size is not None or at <= 0 or not any(mark in folded[:at] for mark in ",;.!?\n"):
        return False
    text = fold(item.raw or item.text)
    return any(word in _TOO_MUCH for word in text.split()) or any(phrase in text for phrase in _TOO_MUCH_PHRASES)


def _order_remarks(items: tuple[ItemRequest, ...], language: str) -> tuple[ItemRequest, ...]:
    """"1 bournvita 500g pls, kids finished the old one": in an order where some item has an
    amount, a remark (see _is_remark) is the customer's (who it is for, why, when), not another
    item. The same test as a removal's reason; "maggi" (a strong match) and "dal bhi" (a lexicon
    word) stay."""
    if not any(item.quantity is not None or item.pack_size is not None for item in items):
        return items
    lexicon = load_lexicon()
    ordered = frozenset(item.candidates[0].product_id for item in items if item.candidates and item.quantity is not None)
    kept = tuple(item for item in items if not _is_remark(item, language, lexicon, ordered=ordered, stray=True))
    return kept if kept else items


def _native_unknown(text: str, lexicon: Lexicon, language: str) -> bool:
    """Every word in an Indic script and none a lexicon term: only a romanised guess names it."""
    words = fold(text).split()
    return bool(words) and all(is_indic(word) and not lexicon.lookup(word, language) for word in words)


def _social(cleaned: str) -> bool:
    """A greeting, yes, no or help word; a "no" that is also the "don't want" of a removal
    ("റിൻ ബാർ വേണ്ട, മാറ്റിക്കോ", "ಸರ್ಫ್ ಬೇಡ") names what is unwanted, it is no social word."""
    folded = prepare(fold_for_matching(cleaned))
    found = find_concepts(folded)
    removals = found.get("remove", [])
    unwanted = {(hit.start, hit.end) for hit in removals}

    def not_social(hit: Hit) -> bool:
        # "ব্রাউন ব্রেডটা বাদ দিন, ছেলে খাবে না": the reason's "won't" is no "no" either
        return (hit.start, hit.end) in unwanted or in_reason_after_removal(folded, hit.start, removals)

    return any(
        concept in SOCIAL and not (concept == "no" and all(not_social(hit) for hit in hits))
        for concept, hits in found.items()
    )


def _stock_or_price(
    result: Classification, items: tuple[ItemRequest, ...], catalog: CatalogIndex, folded: str, language: str
) -> tuple[Classification, tuple[ItemRequest, ...]]:
    """"engine mustard oil now 185", "oil 180 se 185", "maggi 15 each": a number said the way a
    price is, near the product's catalog price (₹180), is its new price; "maggi ab 50" (₹14)
    stays the stock count."""
    price_of = getattr(catalog, "price_paise", None)
    said = price_said_now(folded, language) or old_to_new_price(folded, language)
    packet = price_after_pack_word(folded, language) if said is None else None  # "heritage palu packet 32"
    item = items[0]
    catalog_paise = price_of(item.candidates[0].product_id) if item.candidates and callable(price_of) else None
    if packet is not None and packet.near(catalog_paise):
        said = packet.paise
    if said is None or not item.candidates or not callable(price_of) or not priced_like(said, catalog_paise):
        return _terse_price(result, items, catalog, folded, language) or _priced_pack(result, items, catalog, folded, language)
    priced = replace(_named_by_old_price(item, price_of, folded, said), value=float(said))
    return Classification(intent=Intent.SET_PRICE, confidence=result.confidence, slots={"price_paise": said}, items=(priced,)), (priced,)


def _terse_price(
    result: Classification, items: tuple[ItemRequest, ...], catalog: CatalogIndex, folded: str, language: str
) -> tuple[Classification, tuple[ItemRequest, ...]] | None:
    """"lizol 120", "mysore sandal 85", "ଆମୁଲ ତାଜା 500ml 40": the one number of a terse line is the
    new price when it is close to the product's catalog price (see `priced_like`), else the
    count. A number equal to the catalog price would change no price: "parle g 10" (₹10) counts 10."""
    price_of = getattr(catalog, "price_paise", None)
    said = terse_number_said(folded, language)
    item = items[0]
    if said is None or len(items) != 1 or not item.candidates or not callable(price_of):
        return None
    catalog_paise = price_of(item.candidates[0].product_id)
    if said == catalog_paise or not priced_like(said, catalog_paise, bare=True):
        return None
    priced = replace(item, value=float(said))
    return Classification(intent=Intent.SET_PRICE, confidence=result.confidence, slots={"price_paise": said}, items=(priced,)), (priced,)


def _priced_pack(
    result: Classification, items: tuple[ItemRequest, ...], catalog: CatalogIndex, folded: str, language: str
) -> tuple[Classification, tuple[ItemRequest, ...]]:
    """"ডিম ৬ টা ৫২", "anda 6 wala 52": the count names a pack of that many pieces and the last
    number is its price, when the catalog sells the product in such packs near that price."""
    said = counted_pack_price(folded)
    price_of = getattr(catalog, "price_paise", None)
    if said is None or not callable(price_of):
        return result, items
    pieces, paise = said  # the pattern holds one name: "muttai 6 ku 52" has no product "ku"
    pack = PackSize(value=pieces, unit="piece")
    item = _with_candidates(replace(items[0], pack_size=pack, quantity=None, unit=None), catalog, language)
    top = item.candidates[0].product_id if item.candidates else None
    if top is None or _size_of(catalog, top) != (pieces, "piece") or not priced_like(paise, price_of(top)):
        return result, items
    priced = replace(item, value=float(paise))
    return Classification(intent=Intent.SET_PRICE, confidence=result.confidence, slots={"price_paise": paise}, items=(priced,)), (priced,)


def _size_of(catalog: CatalogIndex, product_id: str) -> tuple[float | None, str | None]:
    """The catalog's pack size of one product (value, unit)."""
    entry = next((product.entry for product in getattr(catalog, "products", ()) if product.entry.product_id == product_id), None)
    return (entry.size_value, entry.size_unit) if entry is not None else (None, None)


# "150 kaadu 155", "140 nu 145", "145 se 150": two bare numbers with a few letters between,
# the last closing the message (a pack size has its unit after it: "100 gram 25").
_OLD_THEN_NEW: Final = re.compile(r"(?<![\d.])(\d+(?:\.\d+)?)\s+(?:[^\s\d]+\s+){1,2}(\d+(?:\.\d+)?)\s*$")


def _named_by_old_price(item: ItemRequest, price_of: Callable[[str], int | None], folded: str, said: int) -> ItemRequest:
    """"gold winner 150 kaadu 155": of the products the name fits (its groundnut and its
    sunflower oil), the one whose catalog price is the old price said is the one meant."""
    if len(item.candidates) < 2:
        return item
    found = _OLD_THEN_NEW.search(folded)
    if found is None or paise(found.group(2)) != said:
        return item
    if any(unit_word(word) is not None for word in folded[found.end(1) : found.start(2)].split()):
        return item  # "लसूण 100 ग्रॅम 25": the pack's size, then its price
    return _priced_at(item, price_of, paise(found.group(1)))


# How far below the best match a product may score and still be told apart by its old price
# (the two Gold Winner oils, the two toor dal packs; not "alu" for sweet potato at ₹30).
_NEAR_TIE: Final = 5.0


def _priced_at(item: ItemRequest, price_of: Callable[[str], int | None], old: int) -> ItemRequest:
    """Of the products the item's name fits, the one whose catalog price is OLD comes first."""
    near = item.candidates[0].score - _NEAR_TIE
    same = [candidate for candidate in item.candidates if price_of(candidate.product_id) == old and candidate.score >= near]
    if not same or same[0] is item.candidates[0]:
        return item
    rest = tuple(candidate for candidate in item.candidates if candidate is not same[0])
    return replace(item, candidates=(same[0], *rest))


def _price_list_by_catalog(
    result: Classification, items: tuple[ItemRequest, ...], catalog: CatalogIndex, folded: str, language: str
) -> tuple[Classification, tuple[ItemRequest, ...]]:
    """An owner's price list (intents.price_changes) checked against the catalog.

    "tuver dal 165 thi 175, chana dal 100": each line's old price picks, of the products its name
    fits, the one the catalog sells at that price (the 1 kg toor dal at ₹165). "kanda 30, batata
    28 kilo", a list whose only price word is the last line's "kilo", is a rate card when every
    number lies near its product's price (see `priced_like`); "sugar 20, atta 10 kilo" (sugar at
    ₹46) counts stock."""
    price_of = getattr(catalog, "price_paise", None)
    tokens = tokenize(folded)
    lines = price_list(Message(folded, folded, tokens, find_concepts(folded, tokens), language))
    if not callable(price_of) or lines is None or len(lines) != len(items):
        return result, items
    if any(line.old is not None for line in lines):
        return result, tuple(item if line.old is None else _priced_at(item, price_of, line.old) for item, line in zip(items, lines))
    if all(item.candidates and priced_like(line.new, price_of(item.candidates[0].product_id)) for item, line in zip(items, lines)):
        return result, items
    counts = tuple(
        _with_candidates(replace(item, value=line.new / 100, pack_size=None, candidates=()), catalog, language) for item, line in zip(items, lines)
    )
    first = counts[0].value or 0.0
    stock = int(first) if first == int(first) else first
    return Classification(intent=Intent.SET_STOCK, confidence=0.7, slots={"stock": stock}, items=counts), counts


# What a word about handing the goods over was read as before intents.delivery_instructions: its
# "nahi / illa" a no, its words goods.
_HANDOVER_MISREAD: Final = (Intent.ADD_ITEMS, Intent.DENY, Intent.UNKNOWN, Intent.REMOVE_ITEM, Intent.BROWSE)


def _handover_misread(intent: Intent, cleaned: str) -> bool:
    """An intent a handover note may have been misread as; "আমি বাড়ি নেই, দারোয়ানের কাছে …" reads
    as an address for its home word, but with no number and no address label it gives none."""
    if intent == Intent.GIVE_ADDRESS:
        return not opens_with_address(cleaned) and not any(char.isdigit() for char in cleaned)
    return intent in _HANDOVER_MISREAD


def _counted_after_all(item: ItemRequest, catalog: CatalogIndex, language: str) -> ItemRequest:
    """A staple read as kilos whose product the catalog sells by the piece keeps no unit."""
    if item.unit != "kg" or item.pack_size is not None or weighed_in_catalog(item, catalog):
        return item
    return _with_candidates(replace(item, unit=None, candidates=()), catalog, language)


def _shop_hours_out(own: str, language: str) -> str:
    """An owner's OWN without the hour the shop opens or closes at, when what is left still says
    the shop opens or closes ("closing now, back at 6 am"); OWN itself otherwise."""
    hours = without_owner_hours(own)
    if hours == own or classify(hours, language=language, role="owner").intent not in (Intent.OPEN_SHOP, Intent.CLOSE_SHOP):
        return own
    return hours


def parse(text: str, *, role: Role = "customer", catalog: CatalogIndex | None = None) -> Parse:
    """Understand one message from a customer or an owner."""
    cleaned = clean_message(text if isinstance(text, str) else str(text))
    role = "owner" if role == "owner" else "customer"
    detected = detect_language(cleaned)
    language = detected.language if detected.language in LANGUAGES else "en"
    if not cleaned:
        return Parse(text=cleaned, language=language, script=detected.script, role=role, intent=Intent.UNKNOWN, confidence=0.0)
    # remarks and headings out; an owner's "pujor jonno" (the festival a price is for) too
    # an owner's price said in words ("kilo arubadhu ruba", "forty five per kg") is read in digits
    # an address opened by its label keeps its relative's house ("masi na ghare"): no remark there
    dated = cleaned
    # "Dadi says: 12 eggs", "amma kekkaranga …", "papa counted, …": who it is for is no item
    own = cleaned if opens_with_address(cleaned) else without_relayed_lead_in(without_relayed_reason(cleaned, language))
    # "its boiling out here 🥵", "power cut all night,", "1st of month", "44 degrees": no item, no amount
    own = own if opens_with_address(cleaned) else without_situation(own, language, role)
    if role != "customer":
        own = _shop_hours_out(own, language)  # "closing now, back at 6 am", "11 ku moodaren": no item
        said = prices_in_digits(without_occasion(without_order_gone(own, language), language), language)
    elif opens_with_address(cleaned):
        said = cleaned
    else:
        # "for 15 people", "flat 304 ke liye", "305 க்கு": who the goods are for, no amount
        # "ghar saaf karna hai 😅 2 kilo nirma": the emoji closes a sentence, like a comma
        # "13 tareekh subah delivery", "deliver on 14th", "7 baje tak": a day or time of delivery, no amount
        dated = without_delivery_dates(own)
        said = without_reasons(sentence_before_emoji(dated))  # "chai for everyone", "too sweet for this weather": why
        said = without_remark_clauses(without_head_counts(without_first_choice(said, language), language), language)
        said = without_size_refusals(said)  # "100 gram methi dana, zyada nahi chahiye": a size remark, no removal
        said = without_descriptors(said)  # "2 sprite thanda thanda", "maaza chilled ga": how they are wanted, no item
    result = classify(said, language=language, role=role)
    if role == "customer" and _handover_misread(result.intent, cleaned) and talks_about_delivery(cleaned, language):
        # "watchman hatra kottu hogi, naanu mane alli illa", "ഈ മഴയത്ത് ഡെലിവറി വരുമോ?": for the shop
        result = Classification(intent=Intent.TALK_TO_SHOP, confidence=0.8)
    if role == "customer" and announces_big_order(dated):
        result = Classification(intent=Intent.GREET, confidence=0.8)  # "ghar mein shaadi hai, bada order dena hai"
    if role == "customer" and result.intent in (Intent.CHECKOUT, Intent.ADD_ITEMS) and confirms_the_order(
        cleaned, sure_only=result.intent == Intent.ADD_ITEMS
    ):
        result = Classification(intent=Intent.CONFIRM, confidence=0.85)  # "হ্যাঁ ঠিক আছে, অর্ডার কনফার্ম": yes to the summary
    if role == "customer":
        result = ordering_the_cheapest(result, prepare(fold_for_matching(own)))  # "sasta wala atta 10 kilo": the cheapest
    if result.intent == Intent.GIVE_ADDRESS and said != cleaned:
        # the address as written: a landmark clause ("পুজো প্যান্ডেলের পাশে") is part of it, not a remark
        result = replace(result, slots={**result.slots, "address": address_text(cleaned)})
    items = result.items
    weighed: frozenset[tuple[str, str]] = frozenset()
    if role == "customer" and result.intent == Intent.ADD_ITEMS:
        # "atta 5", "peyaj half", "பொன்னி 5": a bare amount of a weighed staple is kilos
        kilos = tuple(in_kilos(item, said) for item in items)
        weighed = frozenset((new.text, new.raw) for new, old in zip(kilos, items) if new is not old)
        items = kilos
    if catalog is not None and items:
        folded = prepare(fold_for_matching(said))  # the text the items' raw spans come from
        items = _join_split_name(items, catalog, folded)
        if role == "owner" and len(items) == 1:
            items = (_widen_over_and(items[0], catalog, folded),)
        if result.intent in (Intent.ADD_ITEMS, Intent.REMOVE_ITEM):
            items = tuple(part for item in items for part in _split_by_catalog(item, catalog))
        items = tuple(_with_candidates(item, catalog, language) for item in items)
        if weighed:
            items = tuple(_counted_after_all(item, catalog, language) if (item.text, item.raw) in weighed else item for item in items)
        if result.intent == Intent.ADD_ITEMS and len(items) > 1:
            items = _without_remarks(items, language)
            items = _order_remarks(items, language)
        if result.intent == Intent.REMOVE_ITEM:
            items = _removal_remarks(items, language, folded)
        if role == "owner" and result.intent == Intent.SET_PRICE and len(items) > 1:
            result, items = _price_list_by_catalog(result, items, catalog, folded, language)  # "tuver dal 165 thi 175, chana dal 100"
        if role == "owner" and items and not says_recount(folded):
            result, items = cut_price(result, items, catalog, folded)  # "reduce maggi to 54, moving slow"
        if role == "owner" and items and not says_recount(folded) and (
            result.intent == Intent.SET_STOCK or result.intent == Intent.ADJUST_STOCK and " - " in folded
        ):
            # a recount ("gin liya, tata salt 1kg ab 35") says a count, never a price
            # "red label 250g - 150 now": the dash only sets the price apart, it takes nothing off
            result, items = _stock_or_price(result, items, catalog, folded, language)
        if result.intent in (Intent.ADD_ITEMS, Intent.REMOVE_ITEM) and _nothing_known(
            items, language, social=_social(said)
        ):
            # "ye wala nahi chahiye", "ના, એ નથી જોઈતું": no known product is named, so "don't
            # want" answers a question (deny) rather than removing an item.
            result = classify(said, language=language, role=role, products=False)
            items = ()
    confidence = min(1.0, max(0.0, result.confidence))
    return Parse(
        text=cleaned,
        language=language,
        script=detected.script,
        role=role,
        intent=result.intent,
        confidence=confidence,
        items=items,
        slots=dict(result.slots),
    )
