"""Remark clauses and list headings in a customer's message, found before the intent is read.

"1 kilo puli venum, sambar ku", "छाछ हटा दो, घर पे दही है", "৩টে কোকা কোলা, বাড়িতে অতিথি আসছে",
"bhujia 200g for the party tonight": a clause with no amount of its own that says who or what
the order is for, what is at home or why (guests coming, it finished) is the customer's remark,
not an item. A line with no amount that ends in ":" or names a list ("शाम की लिस्ट", "bhaji:",
"monthly saman") heads the lines below it. Both are blanked before the intent is read, so
"at home" gives no address, "বাড়িতে আছে" (we have it at home) asks nothing, a list word
browses nothing and "sambar" orders no sambar masala. The words are in data/remarks.csv.
The item-level test for remarks the words do not mark is `intents.parse._is_remark`.
"""

from __future__ import annotations

from functools import cache
from typing import Final

from intents.cleaning import fold_for_matching
from intents.items import amounts, connectors, content_words, extract_items
from intents.keywords import Hit, PhraseIndex, build_index, concept_index, find_concepts
from intents.lexicon import fold, load_lexicon
from intents.numbers import number_word_value
from intents.romanise import is_indic
from intents.tables import read_table
from intents.tokens import Token, blank_spans, prepare, tokenize
from intents.units import unit_word

# Kinds whose whole clause is the remark; "for_before" opens it, "for_after" closes it.
# "courtesy": a blessing, thanks or apology ("God bless you", "tumche far upkar", "மன்னிக்கணும்").
# "trust": the shop may choose ("whatever brand you usually send", "যে মাল সবসময় দাও সেটাই দিও").
# "diet": who is unwell or off a food ("mummy ki sugar badh gayi hai", "chini bondho ekhon").
# "prefer": how to choose the goods ("no branded packs", "koi bhi brand chalega"); "secret": keep
# it from someone at home ("amma ki cheppaku").
_WHOLE_CLAUSE_REMARKS: Final = frozenset(
    {"home", "why", "finished", "purpose", "plenty", "advice", "courtesy", "trust", "diet", "prefer", "secret"}
)
# Remarks said to the shopkeeper rather than about the goods: set aside even beside goods named
# with no amount ("tata namak bhej do, jo hamesha dete ho wahi dena").
_ASIDES: Final = frozenset({"courtesy", "trust", "prefer", "secret"})
# "value": why this size is better value ("works out cheaper per kilo than two 5s", "5 wale se
# per kilo sasta padta h"): the whole clause, the other size it compares with and its amount too.
_VALUE: Final = "value"
# Reasons read before a "for" word in the same clause ("baba r jonno chini bondho ekhon": the
# sugar stopped is the remark, not only "for father").
_REASONS_FIRST: Final = frozenset({_VALUE, "diet", "prefer", "secret"})
# Kinds whose clause may name a product and still be the remark: what is at home, the dish the
# goods are to make ("rotti maadoke", "roti banani hai"), what there is plenty of ("machhar
# bahut hai": the mosquitoes are many, the reason for the coils), the doctor's advice ("डॉक्टरांनी
# मीठ कमी करायला सांगितलंय": less salt, so the pickle goes).
_NAMING_REMARKS: Final = frozenset({"home", "purpose", "plenty", "advice", "diet"})
# "situation": the weather, the road, the power, the pests, the hour's hunger ("road la thanni
# eruthu", "current nei", "ਬੱਤੀ ਗਈ ਹੋਈ ਆ", "கொசு தொல்லை", "रात्री भूक लागली"): why the goods are
# wanted, never goods; its words may name water or a wick. "left": what is still at home, with
# its amount ("we still have half a bottle"): the reason for a removal, no amount to order.
# "whom": who the goods are for ("2 to amar roommate er"): with no product named, its count
# says how many of the goods above are theirs, not a new item.
_COUNTED_REMARKS: Final = frozenset({"left", "whom"})
# Concepts that make a "to make" clause an instruction of its own ("order maadbeku", "cancel
# karayla"), not the dish the goods are for.
_ACTION_CONCEPTS: Final = frozenset(
    {"order", "cancel", "remove", "checkout", "change", "clear", "cart", "repeat", "help", "how", "increase", "decrease"}
)
# Kinds that say when the goods are wanted ("saanje 6 pachhi aavjo to saru", "if possible before 6
# in the evening"): their clause is the remark once its hour is set aside, even when a word of it
# is also a product's ("saru", arbi) — the words of the remark itself do not name products.
_WHEN_REMARKS: Final = frozenset({"day_part", "when", "manner"})
# Kinds that only help find an hour ("before", "pachhi", "vaga"): never a remark by themselves.
_HOUR_HELPERS: Final = frozenset({"by_hour", "hour"})
# The hours of a day: a larger number beside "before" is no hour ("2 kg before 500 g").
_LAST_HOUR: Final = 24


@cache
def _remark_index() -> PhraseIndex:
    remarks = [(row["kind"], row["phrase"]) for row in read_table("remarks.csv") if row["kind"] != "for_glued"]
    finished = [(row["concept"], row["phrase"]) for row in read_table("concepts.csv") if row["concept"] == "finished"]
    return build_index(remarks + finished)


@cache
def _remark_languages() -> dict[str, frozenset[str]]:
    """For a romanised phrase of one language ("lai", "ghare"), the languages it is said in."""
    said: dict[str, set[str]] = {}
    for row in read_table("remarks.csv"):
        said.setdefault(fold(row["phrase"]), set()).add(row["language"])
    return {phrase: frozenset(languages) for phrase, languages in said.items()}


def _remark_hits(folded: str, tokens: list[Token], language: str) -> list[Hit]:
    """Remark words of data/remarks.csv and the "finished" words of concepts.csv. A short
    one-word romanised "for" counts only in its language (or in romanised text read as
    English): Gujarati "lai aavo" is "bring", Punjabi "lai" "for"; "ke liye", "jonno" count
    in any."""
    hits: list[Hit] = _glued_for_hits(tokens, language)
    for hit in _remark_index().find(folded, tokens):
        languages = _remark_languages().get(hit.phrase, frozenset())
        if hit.concept != "for_after" or is_indic(hit.phrase) or not _short_word(hit.phrase) or language in languages or language == "en":
            hits.append(hit)
    return hits


# Kinds that do not make a clause a remark: a list's name heads lines, hour words find hours.
# "water" only joins a "street" word ("sadak par paani", "roadlo neellu"): alone it is goods.
# "if_out" and "order_went" are set aside by themselves (without_first_choice, without_order_gone).
# "send" ("bhejo", "moklo") only shows where an order ends and a remark may begin (_after_sending).
_NO_CLAUSE_KINDS: Final = frozenset({"list", "water", "if_out", "order_went", "send"}) | _HOUR_HELPERS


@cache
def _glued_endings() -> tuple[str, ...]:
    return tuple(fold(row["phrase"]) for row in read_table("remarks.csv") if row["kind"] == "for_glued")


# Letters a word keeps before a glued "for" ("modakansathi"): fewer is the ending alone.
_GLUED_STEM: Final = 3


def _glued_for_hits(tokens: list[Token], language: str) -> list[Hit]:
    """"मोदकांसाठी", "ganpatisathi", "pongalukkaga": a word ending in a glued "for" that the
    lexicon does not know whole is the dish or occasion the goods are for (a "for_after" hit)."""
    lexicon = load_lexicon()
    hits: list[Hit] = []
    for token in tokens:
        if token.kind != "word":
            continue
        ending = next((end for end in _glued_endings() if token.text.endswith(end) and len(token.text) >= len(end) + _GLUED_STEM), None)
        if ending is not None and not lexicon.lookup(token.text, language):
            hits.append(Hit("for_after", ending, token.start, token.end))
    return hits


# A one-word romanised "for" this short may be another language's word ("lai" bring, "pain").
_SHORT_FOR: Final = 4


def _short_word(phrase: str) -> bool:
    return " " not in phrase and len(phrase) <= _SHORT_FOR


def _has_amount(tokens: list[Token], language: str, folded: str) -> bool:
    """A written number or a measured amount ("2", "ek kilo"); "we have one at home" has none."""
    return any(folded[amount.start].isdigit() or amount.unit is not None for amount in amounts(tokens, language))


def _clauses(tokens: list[Token]) -> list[list[Token]]:
    clauses: list[list[Token]] = [[]]
    for token in tokens:
        if token.kind == "sep":
            clauses.append([])
        else:
            clauses[-1].append(token)
    return [clause for clause in clauses if clause]


# At most this many words after a "for" word still name a thing to order ("bachon ke liye maggi bhi").
_ONE_THING_WORDS: Final = 2


def _names_one_thing(clause: list[Token], hit: Hit, language: str, folded: str) -> bool:
    """After the "for" word of a postposition, an amount or a short name is an item of its own."""
    rest = [token for token in clause if token.start >= hit.end]
    if _has_amount(rest, language, folded):
        return True
    if rest and _opens_amount(rest, language) and _names_a_product(rest, language):
        return True  # "tiffin ku oru kissan ketchup": "one" and goods the lexicon knows (fixer BV)
    return len(content_words(" ".join(token.text for token in rest), language)) <= _ONE_THING_WORDS


def _remark_spans(folded: str, tokens: list[Token], hits: list[Hit], language: str) -> list[tuple[int, int]]:
    """Where the remark clauses of FOLDED are (character spans)."""
    spans: list[tuple[int, int]] = []
    for clause in _clauses(tokens):
        start, end = clause[0].start, clause[-1].end
        inside = [hit for hit in hits if start <= hit.start and hit.end <= end and hit.concept not in _NO_CLAUSE_KINDS]
        # "3 of them for my roommate": the person takes the count with them, before "for" alone
        inside.sort(key=lambda hit: (hit.concept not in _COUNTED_REMARKS, hit.concept not in _REASONS_FIRST))
        for hit in inside:
            stretch = _remark_stretch(clause, hit, language, folded, hits)
            if stretch:
                spans.append((stretch[0].start, stretch[-1].end))
                break
    return spans


def _remark_stretch(clause: list[Token], hit: Hit, language: str, folded: str, hits: list[Hit]) -> list[Token]:
    """The tokens of CLAUSE that HIT (one of HITS) makes a remark, or none when they hold an amount."""
    if hit.concept in _WHOLE_CLAUSE_REMARKS or hit.concept == _VALUE:
        clause = _after_sending(clause, hit, hits, language, folded)
    if hit.concept == _VALUE:
        return clause  # "5 wale se per kilo sasta padta h": the size compared with is no order
    if hit.concept == "purpose":
        if _instructs(folded[clause[0].start : clause[-1].end]):
            return []  # "order maadbeku": the verb asks for something, no dish is named
        # "rotti maadoke 2 kilo akki hittu": the dish and its verb, up to the verb
        stretch = [token for token in clause if token.end <= hit.end]
        return [] if _has_amount(stretch, language, folded) else stretch
    if hit.concept == "brought":
        # "beta ek packet le aaya": what someone already got, its count no amount to order
        rest = " ".join(token.text for token in clause if not (hit.start <= token.start < hit.end))
        return [] if _instructs(rest) else clause  # "aaya" of "le aaya" is no stock arriving
    if hit.concept in _WHEN_REMARKS:
        # "saanje pachhi aavjo to saru" (its hour already blanked): no product outside the
        # remark's own words, no amount left
        if _names_a_product([token for token in clause if not _in_hits(token, hits)], language):
            # "kaalaila rendu packet paal": the time of day that opens an order is no part of it;
            # English ones may start a name ("night cream", "morning fresh")
            opens = hit.concept == "day_part" and hit.start == clause[0].start and _has_amount(clause, language, folded)
            if opens and "en" not in _remark_languages().get(hit.phrase, ()):  # "kaalaila coffee ku": the "for" decides
                return [token for token in clause if token.end <= hit.end]
            return []  # "kal subah doodh bhi": the milk is wanted in the morning
        # what the clause says besides the remark's own words ("jo hamesha dete ho" is no repeat)
        said = " ".join(token.text for token in clause if not _in_hits(token, hits))
        greets = _says(said if hit.concept == "manner" else folded[clause[0].start : clause[-1].end], {"greet"})
        if any(token.kind == "ref" for token in clause) or _instructs(said) or greets:
            return []  # "i placed order a2503 this morning", "good morning": no remark on the goods
        stretch = clause
    elif hit.concept in _COUNTED_REMARKS:
        if hit.concept == "whom" and _names_a_product(clause, language):
            # "ரூம்மேட்க்கு 2 மேகி": the person opening the clause, before the goods and their amount
            person = [token for token in clause if token.start < hit.end]
            named = _names_a_product(person, language) or _has_amount(person, language, folded)
            return [] if named else person
        return [] if _instructs(folded[clause[0].start : clause[-1].end]) else clause
    elif hit.concept == "situation":
        return _situation_stretch(clause, hit, language, folded)
    elif hit.concept == "street":
        # "gali me paani bhara hai", "roads ellam thanni": the street with water on it
        water = [other for other in hits if other.concept == "water" and clause[0].start <= other.start < clause[-1].end]
        return _situation_stretch(clause, max([hit, *water], key=lambda other: other.end), language, folded) if water else []
    elif hit.concept in _WHOLE_CLAUSE_REMARKS:
        # the words of a blessing may sound like goods ("god" jaggery, "mera aashirvaad" the
        # atta brand): only the words around the courtesy phrase may name a product
        named = [token for token in clause if not hit.start <= token.start < hit.end] if hit.concept == "courtesy" else clause
        if hit.concept not in _NAMING_REMARKS and _names_a_product(named, language):
            return []  # "chai patti bhi khatam hai": it ran out, so it is wanted
        if any(token.kind == "num" for token in clause):
            return []  # "ghar pe deliver karo: flat 302": a number of a house is the address
        stretch = clause
    elif hit.concept == "for_before":
        # "for tonight's dinner" up to an "and" that may open the next item ("and 1 kg tomato")
        after = [token for token in clause if token.start >= hit.start]
        # ("for the client meeting tmrw + 2 bhujia": a "+" with a space after it joins items too)
        cut = next((at for at, token in enumerate(after) if at and (token.text in connectors() or token.text == "+")), len(after))
        # "for my roommate 2 maggi": the remark ends where an amount opens the item
        counted = next((at for at, token in enumerate(after) if at > 1 and _opens_amount(after[at:], language)), cut)
        stretch = after[: min(cut, counted)]
    elif _product_then_verb(clause, hit, language):
        return []  # "maggi lai aavjo": Gujarati "bring maggi", no "for"
    elif _names_one_thing(clause, hit, language, folded):
        stretch = [token for token in clause if token.end <= hit.end]  # "bachon ke liye maggi bhi"
        if _has_amount(stretch, language, folded):
            return _unknown_words_before(stretch, hit, language)  # "2 maggi bachon ke liye"
        # "kissan jam au roommate pain 2 ta maggi": the jam stays; an "and" word inside the "for"
        # phrase is its genitive ("ghugni-pauruti r jonno")
        stretch = _after_last_join([token for token in stretch if token.start < hit.start]) + [
            token for token in stretch if token.start >= hit.start
        ]
        if _counts_goods(stretch, hit, language):
            return _unknown_words_before(stretch, hit, language)  # "aur ek kisan ketchup bachon ke liye"
    else:
        stretch = clause  # "appa ku filter coffee dhaan pidikkum": talk, no amount
    return [] if _has_amount(stretch, language, folded) else stretch


def _after_sending(clause: list[Token], hit: Hit, hits: list[Hit], language: str, folded: str) -> list[Token]:
    """"3 yippee 2 maaza jaldi bhejo mummy ghar pe nahi h": an order with an amount closed by a
    "send" word before the remark HIT, no comma between: the remark starts after that word."""
    sends = [other for other in hits if other.concept == "send" and clause[0].start <= other.start and other.end <= hit.start]
    if not sends:
        return clause
    cut = max(other.end for other in sends)
    order = [token for token in clause if token.end <= cut]
    rest = [token for token in clause if token.start >= cut]
    return rest if rest and _has_amount(order, language, folded) else clause


def _opens_amount(tokens: list[Token], language: str) -> bool:
    """TOKENS begin with an amount ("2 maggi", "४ टॉप रामेन")."""
    found = amounts(tokens, language)
    return bool(found) and found[0].start == tokens[0].start


def _situation_stretch(clause: list[Token], hit: Hit, language: str, folded: str) -> list[Token]:
    """The remark of a weather, power, pest or hunger clause: all of it when it holds no amount
    ("anna road la thanni eruthu"); when an amount follows the remark words right away with no
    comma ("रात्री भूक लागली 😅 ४ टॉप रामेन", "current nei 2 packet mombati", "bhook lagi hai 3 maggi"),
    the words up to them."""
    if not _has_amount(clause, language, folded):
        return clause
    after = [token for token in clause if token.start >= hit.end]
    found = amounts(after, language)
    if not found:
        return []
    stretch = [token for token in clause if token.end <= found[0].start]
    gap = [token for token in stretch if token.start >= hit.end]
    if len(gap) > _SITUATION_GAP or _names_a_product(gap, language) or _has_amount(stretch, language, folded):
        return []  # "bhook lagi hai 3 maggi": only "hai" between; a product word there is the item's
    return stretch


# Words a situation may still take before the amount ("bhukh lagi che", "light gayi hai ab").
_SITUATION_GAP: Final = 2


def _says(clause: str, concepts: frozenset[str] | set[str]) -> bool:
    """CLAUSE holds a phrase of one of CONCEPTS."""
    return any(hit.concept in concepts for hit in concept_index().find(clause))


def _instructs(clause: str) -> bool:
    return _says(clause, _ACTION_CONCEPTS)


# Romanised "for" words that are never part of a verb: "pazham pori kku 4 dozen pazham".
_ONLY_FOR: Final = frozenset({"ku", "kku", "kaaga", "kosam", "jonno", "r jonno", "sathi", "saathi", "vendi"})


def _product_then_verb(clause: list[Token], hit: Hit, language: str) -> bool:
    """A product before a short romanised "for" word and more words after it: the word may be
    a verb's part ("maggi lai aavjo"); a "for" in an Indic script is the postposition."""
    if is_indic(hit.phrase) or hit.phrase in _ONLY_FOR:
        return False
    before = _after_last_join([token for token in clause if token.end <= hit.start])
    rest = " ".join(token.text for token in clause if token.start >= hit.end)
    return _names_a_product(before, language) and bool(content_words(rest, language))


def _counts_goods(stretch: list[Token], hit: Hit, language: str) -> bool:
    """A spoken count before a product in STRETCH, ahead of the "for" word HIT ("ek kisan ketchup
    bachon ke liye"); "baccha der jonno" has none ("der" is no count of the children)."""
    return any(
        _names_a_product([token for token in stretch if amount.end <= token.start < hit.start], language)
        for amount in amounts(stretch, language)
    )


# A dash standing alone between words closes the goods before a remark (fixer BV).
_DASHES: Final = frozenset({"-", "–", "—"})


def _after_last_join(tokens: list[Token]) -> list[Token]:
    """TOKENS after their last "and" ("kissan jam au roommate pain": the person only) or a dash
    standing alone ("bournvita okati - babu tiffin ki": the goods before it stay)."""
    joins = [at for at, token in enumerate(tokens) if token.text in connectors() or (token.kind == "sym" and token.text in _DASHES)]
    return tokens[joins[-1] + 1 :] if joins else tokens


def _names_a_product(clause: list[Token], language: str) -> bool:
    lexicon = load_lexicon()
    return any(token.kind == "word" and lexicon.lookup(token.text, language) for token in clause)


def _unknown_words_before(stretch: list[Token], hit: Hit, language: str) -> list[Token]:
    """"2 maggi bachon ke liye": the words right before the "for" word that the lexicon does not
    know ("bachon"), after an amount and a product, and the "for" word; none if all are known."""
    lexicon = load_lexicon()
    marker = next(at for at, token in enumerate(stretch) if token.start >= hit.start)
    start = marker
    while start > 0 and stretch[start - 1].kind == "word" and not lexicon.lookup(stretch[start - 1].text, language) \
            and unit_word(stretch[start - 1].text) is None:
        start -= 1
    if start == marker or start == 0 or stretch[start - 1].kind != "word":
        return []  # nothing unknown, or no product left before it
    return stretch[start:]


# A line that ends in one of these heads the lines below it: "bhaji:", "monthly saman -".
_HEADING_ENDS: Final = frozenset({":", "-"})
# Lines of names with no amounts under a heading: at least this many make a list.
_LIST_LINES: Final = 2


def _lines(tokens: list[Token]) -> list[list[Token]]:
    lines: list[list[Token]] = [[]]
    for token in tokens:
        if token.kind == "sep" and "\n" in token.text:
            lines.append([])
        elif token.kind != "sep":
            lines[-1].append(token)
    return lines


def _heading_spans(folded: str, tokens: list[Token], hits: list[Hit], language: str) -> list[tuple[int, int]]:
    """Lines with no amount that end in ":" or name a list, above a line with an amount or
    above two or more lines ("list:\natta\ndal\nmaggi")."""
    lines = _lines(tokens)
    spans: list[tuple[int, int]] = []
    for at, line in enumerate(lines[:-1]):
        if not line or _has_amount(line, language, folded):
            continue
        start, end = line[0].start, line[-1].end
        ends = line[-1].text in _HEADING_ENDS
        named = any(hit.concept == "list" and start <= hit.start < end for hit in hits)
        named = named and not _names_a_product([word for word in line if not _in_hits(word, hits)], language)
        below = [following for following in lines[at + 1 :] if following]
        listed = len(below) >= _LIST_LINES or (bool(below) and _has_amount(below[0], language, folded))
        listed = listed and _names_something(below[0], folded, language)  # "atta:\n5 kg": the line is the item
        if (ends or named) and listed and not _asks_prices(folded[start:end]) and not _labels_else(folded[start:end]):
            spans.append((start, end))
    return spans


def _inline_heading_spans(folded: str, tokens: list[Token], hits: list[Hit], language: str) -> list[tuple[int, int]]:
    """"sabzi: tamatar 1 kg, pyaaz 2 kg", "kirana list: atta 5 kg": the words before a colon
    head the clause after it when they have no amount and name no product (or name a list),
    and the clause after it names something with an amount ("atta: 5 kg" is the item)."""
    spans: list[tuple[int, int]] = []
    lexicon = load_lexicon()
    for at, token in enumerate(tokens):
        if token.text != ":" or token.kind != "sym":
            continue
        opens = max((index + 1 for index in range(at) if tokens[index].kind == "sep"), default=0)
        closes = next((index for index in range(at + 1, len(tokens)) if tokens[index].kind == "sep"), len(tokens))
        before, after = tokens[opens:at], tokens[at + 1 : closes]
        if not before or not after or any(word.kind != "word" for word in before):
            continue
        start, end = before[0].start, token.end
        named = any(hit.concept == "list" and start <= hit.start < end for hit in hits)
        if not named and any(lexicon.lookup(word.text, language) for word in before):
            continue  # "dal: toor 1 kg": the heading is part of the name
        if _measured(after, language) or (named and _has_amount(after, language, folded)):
            if _names_something(after, folded, language) and not _labels_else(folded[start:end]):
                spans.append((start, end))
    return spans


def _measured(tokens: list[Token], language: str) -> bool:
    """An amount in a unit ("1 kg", "aadha kilo"): "ঠিকানা: 12 রাসবিহারী" has a house number only."""
    return any(amount.unit is not None for amount in amounts(tokens, language))


# Labels before a colon that say what follows is no order: an address, a price.
_OTHER_LABELS: Final = frozenset({"address", "address_part", "price"})


def _labels_else(label: str) -> bool:
    return _says(label, _OTHER_LABELS)


def _asks_prices(line: str) -> bool:
    """"send me the price list", "rate list bhejo": a list the customer asks for, not one sent."""
    return "?" in line or _says(line, {"price"})


def _in_hits(token: Token, hits: list[Hit]) -> bool:
    return any(hit.start <= token.start < hit.end for hit in hits)


def _names_something(line: list[Token], folded: str, language: str) -> bool:
    return any(item.text for item in extract_items(folded[line[0].start : line[-1].end], language))


def _hour_spans(tokens: list[Token], hits: list[Hit], language: str) -> list[tuple[int, int]]:
    """"saanje 6 pachhi", "6 manikku kulla", "sanje 4 ra olage", "before 6 in the evening",
    "8 vaga sudhi": a number beside an hour word, a before / after / until word, or a time of
    day is the hour the goods are wanted by, not an amount; the span runs over those words."""
    words = [token for token in tokens if token.kind != "sep"]
    spans: list[tuple[int, int]] = []
    for at, token in enumerate(words):
        value = _hour_value(token, language)
        if value is None or value > _LAST_HOUR:
            continue
        following = words[at + 1 : at + 4]
        if following and unit_word(following[0].text) is not None:
            continue  # "2 kg before": an amount
        after = _hour_word_after(following, hits)
        before = words[at - 1] if at else None
        part_of_day = before is not None and _hit_kind(before, hits) == "day_part"
        by = before is not None and _english_by(before, hits)  # "before 6 in the evening"
        closed = not following or _hit_kind(following[0], hits) is not None  # "shaam 6, ..."
        if after is None and not by and not (part_of_day and closed):
            continue
        start = before.start if (part_of_day or by) and before is not None else token.start
        spans.append((start, (after or token).end))
    return spans


# Short case particles between an hour and its "before" word: "4 ra olage", "6 ki mundu", "6 nu".
_HOUR_PARTICLES: Final = frozenset("ra ki ke ku ko nu ni na ta tar er to se ge এর ರ ಕ್ಕೆ కి కు कि के को नु নু টা ଟା".split())


def _hour_value(token: Token, language: str) -> float | None:
    if token.kind == "num":
        return float(token.text) if token.text.isdigit() else None
    return number_word_value(token.text, language) if token.kind == "word" else None


def _hour_word_after(following: list[Token], hits: list[Hit]) -> Token | None:
    """The last of the hour / before words right after the number ("vaga sudhi", "ra olage")."""
    found: Token | None = None
    for token in following:
        kind = _hit_kind(token, hits)
        if kind in _HOUR_HELPERS or (found is not None and kind == "day_part"):
            found = token
        elif found is None and token.text in _HOUR_PARTICLES:
            continue
        else:
            break
    return found


def _english_by(token: Token, hits: list[Hit]) -> bool:
    """"before", "by", "after" before an hour: English puts them first, the others after."""
    return any(
        hit.concept == "by_hour" and hit.start <= token.start < hit.end and "en" in _remark_languages().get(hit.phrase, ())
        for hit in hits
    )


def _hit_kind(token: Token, hits: list[Hit]) -> str | None:
    return next((hit.concept for hit in hits if hit.start <= token.start < hit.end), None)


def _orders_something(text: str, language: str, removes: bool) -> bool:
    """An item left with an amount, or an item left to remove."""
    items = [item for item in extract_items(text, language) if item.text]
    quantified = any(item.quantity is not None or item.pack_size is not None for item in items)
    return bool(items) and (quantified or removes)


def without_occasion(cleaned: str, language: str) -> str:
    """An owner's "pujor jonno dhara sorsher tel 185 kore dilam", "गणपतीसाठी नारळ ४० रुपये केला":
    the words that open the message up to a "for" word, with no amount and no product, say what
    the change is for (the festival), not which product; they are blanked (folded), else CLEANED."""
    folded = prepare(fold_for_matching(cleaned))
    tokens = tokenize(folded)
    clauses = _clauses(tokens)
    if not clauses:
        return cleaned
    first = clauses[0]
    marker = next((hit for hit in _remark_hits(folded, tokens, language) if hit.concept == "for_after" and hit.start < first[-1].end), None)
    if marker is None:
        return cleaned
    opening = [token for token in first if token.end <= marker.end]
    rest = [token for token in tokens if token.start >= marker.end and token.kind != "sep"]
    before = [token for token in opening if token.start < marker.start]
    if not rest or any(token.kind != "word" for token in opening) or _names_a_product(before, language):
        return cleaned
    if not _names_a_product(rest, language):
        return cleaned  # nothing named after it: the words may be the product after all
    return blank_spans(folded, [(opening[0].start, opening[-1].end)])


def without_remark_clauses(cleaned: str, language: str) -> str:
    """CLEANED with its list headings and remark clauses blanked (folded), or CLEANED itself
    when it has none. Remark clauses stay when nothing would be left to order or remove."""
    folded = prepare(fold_for_matching(cleaned))
    tokens = tokenize(folded)
    hits = _remark_hits(folded, tokens, language)
    if not hits and "\n" not in folded and ":" not in folded:
        return cleaned
    headings = _heading_spans(folded, tokens, hits, language) if "\n" in folded else []
    if ":" in folded:
        headings += _inline_heading_spans(folded, tokens, hits, language)
    hours = _hour_spans(tokens, hits, language)
    if hours:  # the clause of an hour is read with the hour set aside
        without_hours = blank_spans(folded, hours)
        tokens = tokenize(without_hours)
        hits = _remark_hits(without_hours, tokens, language)
    remarks = _remark_spans(blank_spans(folded, hours), tokens, hits, language)
    left = blank_spans(folded, headings)
    if remarks or hours:
        candidate = blank_spans(left, remarks + hours)
        if _orders_something(candidate, language, "remove" in find_concepts(folded, tokens)):
            left = candidate
        else:
            left = _without_asides(left, blank_spans(folded, hours), tokens, hits, language)
    return left if left != folded else cleaned


def _without_asides(left: str, folded: str, tokens: list[Token], hits: list[Hit], language: str) -> str:
    """LEFT with its trust and courtesy clauses blanked when a product the lexicon knows is
    left beside them, amount or not ("ರಾಗಿ ಹಿಟ್ಟು ಕಳಿಸಿ. ನೀವು ಯಾವಾಗಲೂ ಕೊಡೋದೇ ಆಗುತ್ತೆ")."""
    asides = _remark_spans(folded, tokens, [hit for hit in hits if hit.concept in _ASIDES], language)
    if not asides:
        return left
    candidate = blank_spans(left, asides)
    return candidate if _names_a_product(tokenize(candidate), language) else left


# Actions before a "nahi to" make it an "otherwise" ("order cancel karo nahi to ..."), no first choice.
_OTHERWISE_ACTIONS: Final = frozenset({"cancel", "remove", "clear", "checkout", "repeat", "order"})
# Words that close an "if it is out" before the substitute: "is out na? then send", "nahi ta".
_THEN_WORDS: Final = frozenset("na then so to toh ta taan tar to tho pinne appo ഇനി तो तर ତେବେ ਤਾਂ".split())


def without_first_choice(cleaned: str, language: str) -> str:
    """"dhara khatam ho to 5 litre engine tel", "ಗೋಲ್ಡ್ ವಿನ್ನರ್ ಇಲ್ಲ ಅಂದ್ರೆ ಫ್ರೀಡಂ ೫ ಲೀಟರ್", "fortune 5L
    is out na? then send gold winner 5 litre": the first choice and its "if it is out" (kind
    "if_out") are no item — only the substitute named after it is wanted. The words from the
    clause's start (or its last "and") to the phrase are blanked (folded) when a product is
    named after them and no action ("cancel") is among them; else CLEANED."""
    folded = prepare(fold_for_matching(cleaned))
    tokens = tokenize(folded)
    marks = [hit for hit in _remark_hits(folded, tokens, language) if hit.concept == "if_out"]
    spans: list[tuple[int, int]] = []
    for mark in marks:
        span = _first_choice_span(folded, tokens, mark, language)
        if span is not None:
            spans.append(span)
    if not spans:
        return cleaned
    left = blank_spans(folded, spans)
    return left if _orders_something(left, language, False) else cleaned


def _first_choice_span(folded: str, tokens: list[Token], mark: Hit, language: str) -> tuple[int, int] | None:
    """From the start of the clause of MARK (after its last "and") to MARK and the "then" words after it."""
    before = [token for token in tokens if token.end <= mark.start]
    start = len(before)
    while start > 0 and before[start - 1].kind != "sep" and before[start - 1].text not in connectors():
        start -= 1
    choice = before[start:]
    said = " ".join(token.text for token in choice)
    if not choice or _says(said, _OTHERWISE_ACTIONS):
        return None  # "5 kilo atta bhejo nahi to cancel": an "otherwise", no first choice
    after = [token for token in tokens if token.start >= mark.end]
    end = mark.end
    for token in after:
        if token.text not in _THEN_WORDS and not (token.kind == "sep" and token.text in "?,"):
            break
        end = token.end
    substitute = [token for token in after if token.start >= end]
    if not (_names_a_product(substitute, language) or _has_amount(substitute, language, folded)):
        return None  # nothing named after it: "maggi nahi hai to rehne do"
    return choice[0].start, end


def without_order_gone(cleaned: str, language: str) -> str:
    """An owner's "गुप्ता जी का ऑर्डर गया, सरसों तेल ५ कम करो", "Bose babur order gelo, gobindobhog 5
    kom koro": the opening clause with an order word and a "went" word (kind "order_went"), no
    amount and no order number, says whose order went out — why the stock changes — and names
    no product; it is blanked (folded) when another clause follows, else CLEANED."""
    folded = prepare(fold_for_matching(cleaned))
    tokens = tokenize(folded)
    clauses = _clauses(tokens)
    if len(clauses) < 2:
        return cleaned
    first = clauses[0]
    start, end = first[0].start, first[-1].end
    went = any(hit.concept == "order_went" and start <= hit.start and hit.end <= end for hit in _remark_hits(folded, tokens, language))
    ordered = _says(folded[start:end], {"order"})
    if not (went and ordered) or any(token.kind in ("num", "ref") for token in first) or _has_amount(first, language, folded):
        return cleaned
    return blank_spans(folded, [(start, end)])
