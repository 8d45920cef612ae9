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
from intents.romanise import is_indic
from intents.tables import read_table
from intents.tokens import Token, prepare, tokenize
from intents.units import unit_word

# Kinds whose whole clause is the remark; "for_before" opens it, "for_after" closes it.
_WHOLE_CLAUSE_REMARKS: Final = frozenset({"home", "why", "finished", "purpose", "plenty"})
# Kinds whose clause may name a product and still be the remark: what is at home, the dish the
# goods are to make ("rotti maadoke", "roti banani hai"), what there is plenty of ("machhar
# bahut hai": the mosquitoes are many, the reason for the coils).
_NAMING_REMARKS: Final = frozenset({"home", "purpose", "plenty"})
# Concepts that make a "to make" clause an instruction of its own ("order maadbeku", "cancel
# karayla"), not the dish the goods are for.
_ACTION_CONCEPTS: Final = frozenset(
    {"order", "cancel", "remove", "checkout", "change", "clear", "cart", "repeat", "help", "how", "increase", "decrease"}
)


@cache
def _remark_index() -> PhraseIndex:
    remarks = [(row["kind"], row["phrase"]) for row in read_table("remarks.csv")]
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
    hits: list[Hit] = []
    for hit in _remark_index().find(folded, tokens):
        languages = _remark_languages().get(hit.phrase, frozenset())
        if hit.concept != "for_after" or is_indic(hit.phrase) or not _short_word(hit.phrase) or language in languages or language == "en":
            hits.append(hit)
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
    return len(content_words(" ".join(token.text for token in rest), language)) <= _ONE_THING_WORDS


def _remark_spans(folded: str, tokens: list[Token], hits: list[Hit], language: str) -> list[tuple[int, int]]:
    """Where the remark clauses of FOLDED are (character spans)."""
    spans: list[tuple[int, int]] = []
    for clause in _clauses(tokens):
        start, end = clause[0].start, clause[-1].end
        inside = [hit for hit in hits if start <= hit.start and hit.end <= end and hit.concept != "list"]
        for hit in inside:
            stretch = _remark_stretch(clause, hit, language, folded)
            if stretch:
                spans.append((stretch[0].start, stretch[-1].end))
                break
    return spans


def _remark_stretch(clause: list[Token], hit: Hit, language: str, folded: str) -> list[Token]:
    """The tokens of CLAUSE that HIT makes a remark, or none when they hold an amount."""
    if hit.concept == "purpose":
        if _instructs(folded[clause[0].start : clause[-1].end]):
            return []  # "order maadbeku": the verb asks for something, no dish is named
        # "rotti maadoke 2 kilo akki hittu": the dish and its verb, up to the verb
        stretch = [token for token in clause if token.end <= hit.end]
        return [] if _has_amount(stretch, language, folded) else stretch
    if hit.concept in _WHOLE_CLAUSE_REMARKS:
        if hit.concept not in _NAMING_REMARKS and _names_a_product(clause, language):
            return []  # "chai patti bhi khatam hai": it ran out, so it is wanted
        if any(token.kind == "num" for token in clause):
            return []  # "ghar pe deliver karo: flat 302": a number of a house is the address
        stretch = clause
    elif hit.concept == "for_before":
        # "for tonight's dinner" up to an "and" that may open the next item ("and 1 kg tomato")
        after = [token for token in clause if token.start >= hit.start]
        cut = next((at for at, token in enumerate(after) if at and token.text in connectors()), len(after))
        stretch = after[:cut]
    elif _product_then_verb(clause, hit, language):
        return []  # "maggi lai aavjo": Gujarati "bring maggi", no "for"
    elif _names_one_thing(clause, hit, language, folded):
        stretch = [token for token in clause if token.end <= hit.end]  # "bachon ke liye maggi bhi"
        if _has_amount(stretch, language, folded):
            return _unknown_words_before(stretch, hit, language)  # "2 maggi bachon ke liye"
    else:
        stretch = clause  # "appa ku filter coffee dhaan pidikkum": talk, no amount
    return [] if _has_amount(stretch, language, folded) else stretch


def _instructs(clause: str) -> bool:
    return any(hit.concept in _ACTION_CONCEPTS for hit in concept_index().find(clause))


def _product_then_verb(clause: list[Token], hit: Hit, language: str) -> bool:
    """A product before the "for" word and more words after it: the word may be a verb's part."""
    before = [token for token in clause if token.end <= hit.start]
    rest = " ".join(token.text for token in clause if token.start >= hit.end)
    return _names_a_product(before, language) and bool(content_words(rest, language))


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
    return any(hit.concept in _OTHER_LABELS for hit in concept_index().find(label))


def _asks_prices(line: str) -> bool:
    """"send me the price list", "rate list bhejo": a list the customer asks for, not one sent."""
    return "?" in line or any(hit.concept == "price" for hit in concept_index().find(line))


def _in_hits(token: Token, hits: list[Hit]) -> bool:
    return any(hit.start <= token.start < hit.end for hit in hits)


def _names_something(line: list[Token], folded: str, language: str) -> bool:
    return any(item.text for item in extract_items(folded[line[0].start : line[-1].end], language))


def _blanked(text: str, spans: list[tuple[int, int]]) -> str:
    chars = list(text)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    return "".join(chars)


def _orders_something(text: str, language: str, removes: bool) -> bool:
    """An item left with an amount, or an item left to remove."""
    items = [item for item in extract_items(text, language) if item.text]
    quantified = any(item.quantity is not None or item.pack_size is not None for item in items)
    return bool(items) and (quantified or removes)


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
    remarks = _remark_spans(folded, tokens, hits, language)
    left = _blanked(folded, headings)
    if remarks:
        candidate = _blanked(left, remarks)
        if _orders_something(candidate, language, "remove" in find_concepts(folded, tokens)):
            left = candidate
    return left if left != folded else cleaned
