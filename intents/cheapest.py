"""The cheapest one: "sabse sasta sarson tel kaun sa?", "ସବୁଠୁ ଶସ୍ତା ଚିନି କେଉଁଟା?" ask which
goods are cheapest (a browse of "sarson tel"); "jo sabse sasta ho wahi sarson tel 2 litre",
"ਸਸਤਾ ਵਾਲਾ ਆਟਾ 10 ਕਿੱਲੋ" order the cheapest product that fits.

The cheap words, the words around them ("jo … ho wahi", "wala", "ettavum") and, in a question,
the "which" word name no goods: they leave the query and the item's text, and the item says
it wants the cheapest (`ItemRequest.cheapest`), so `cheapest_first` re-ranks its candidates by
price. Words: data/cheapest.csv and the "cheap" rows of data/concepts.csv.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from functools import cache
from typing import Final

from intents.keywords import Hit, PhraseIndex, build_index
from intents.lexicon import load_lexicon
from intents.message import Classification, Message
from intents.tables import read_table
from intents.tokens import tokenize
from intents.types import Candidate, CatalogEntry, Intent, ItemRequest, Unit

_CHEAP: Final = "cheap"
# A candidate matches the product words "about equally" as the best one when its score is
# at most this many points (of 100) below the best: "sarson tel" fits Fortune, Engine and
# Dhara alike (90, 90, 90), "chai patti" Tata Tea (89) and Brooke Bond Taaza (81); a word of
# the name missed costs more ("sugar" for Brawny Bear Date Sugar, 8+ below loose sugar).
NEAR_POINTS: Final = 8.0
# Grams, millilitres and pieces in one unit of each: prices compare per kg, per litre, per piece.
_BASE: Final[dict[str, tuple[str, float]]] = {
    "kg": ("kg", 1.0), "g": ("kg", 0.001), "l": ("l", 1.0), "ml": ("l", 0.001), "piece": ("piece", 1.0), "dozen": ("piece", 12.0),
}


@cache
def _cheap_index() -> PhraseIndex:
    """Cheap words; an Indic phrase also matches a longer last word (സസ്തോ, ಕಡಿಮೆ ಬೆಲೆಯ)."""
    rows = [(_CHEAP, row["phrase"]) for row in read_table("concepts.csv") if row["concept"] == _CHEAP]
    rows += [(_CHEAP, row["phrase"]) for row in read_table("cheapest.csv") if row["kind"] == _CHEAP]
    return build_index(rows)


@cache
def _around_index() -> PhraseIndex:
    """The frame and "which" words, whole words only ("ഉള്ള" must not take "ഉള്ളി", onion)."""
    rows = [(row["kind"], row["phrase"]) for row in read_table("cheapest.csv") if row["kind"] in ("frame", "which")]
    return build_index(rows, prefixes=False)


@cache
def _genitives() -> dict[str, tuple[str, ...]]:
    """Case endings by language, longest first."""
    found: dict[str, list[str]] = {}
    for row in read_table("cheapest.csv"):
        if row["kind"] == "genitive":
            found.setdefault(row["language"], []).append(row["phrase"])
    return {language: tuple(sorted(endings, key=len, reverse=True)) for language, endings in found.items()}


def _hits(text: str, tokens: Sequence[object] | None = None) -> tuple[list[Hit], list[Hit]]:
    """The cheap hits in TEXT, and (only when there are some) the frame and "which" hits."""
    words = list(tokens) if tokens is not None else tokenize(text)
    cheap = _cheap_index().find(text, words)  # type: ignore[arg-type]
    return (cheap, _around_index().find(text, words)) if cheap else ([], [])  # type: ignore[arg-type]


def says_cheapest(text: str) -> bool:
    """TEXT (folded) has a cheap word and names goods besides it ("whichever washing powder is
    cheapest"); "sasti wali" alone names none."""
    cheap, around = _hits(text)
    return bool(cheap) and bool(_blanked(text, [*cheap, *around]))


def with_cheap_words(message: Message) -> Message:
    """MESSAGE with its "cheapest" words as keyword hits: the cheap word and its frame under
    "cheap", a "which one" word under "which" — only when a cheap word is there."""
    cheap, around = _hits(message.folded, message.tokens)
    if not cheap:
        return message
    concepts = dict(message.concepts)
    concepts[_CHEAP] = [*concepts.get(_CHEAP, ()), *cheap, *(hit for hit in around if hit.concept == "frame")]
    which = [hit for hit in around if hit.concept == "which"]
    if which:
        concepts["which"] = [*concepts.get("which", ()), *which]
    return Message(message.cleaned, message.folded, message.tokens, concepts, message.language)


def asks_for_the_cheapest(message: Message) -> bool:
    """A cheap word and a "which" word: "sabse sasta tel kaun sa?" asks, it orders nothing."""
    return message.has(_CHEAP) and message.has("which")


def _blanked(text: str, hits: Sequence[Hit]) -> str:
    chars = list(text)
    for hit in hits:
        chars[hit.start : hit.end] = " " * (hit.end - hit.start)
    return " ".join("".join(chars).split())


def wanting_the_cheapest(items: Sequence[ItemRequest]) -> tuple[ItemRequest, ...]:
    """ITEMS with the cheap words out of their text and `cheapest` set on the items that had
    them ("jo sabse sasta ho sarson tel" -> "sarson tel"). A part that was only cheap words
    ("…, whichever is cheapest") is no item: it marks the one other item, when there is one."""
    marked: list[ItemRequest] = []
    bare = False
    for item in items:
        cheap, around = _hits(item.text)
        if not cheap:
            marked.append(item)
            continue
        text = _blanked(item.text, [*cheap, *around])
        if not text and item.quantity is None and item.pack_size is None:
            bare = True
            continue
        marked.append(replace(item, text=text or item.text, cheapest=True))
    if bare and len(marked) == 1:
        marked = [replace(marked[0], cheapest=True)]
    return tuple(marked) if marked else tuple(items)


def without_genitive(word: str, language: str) -> str:
    """WORD without a case ending glued on before a price word ("লবণের দাম" -> "লবণ",
    "ಸಕ್ಕರೆಯ ಬೆಲೆ" -> "ಸಕ್ಕರೆ"), when what is left is a lexicon word and WORD is not."""
    lexicon = load_lexicon()
    if lexicon.lookup(word, language):
        return word
    for ending in _genitives().get(language, ()):
        stem = word[: -len(ending)]
        if word.endswith(ending) and len(stem) >= 2 and lexicon.lookup(stem, language):
            return stem
    return word


def priced_goods(message: Message, text: str) -> str:
    """The goods TEXT of a price question without the case ending on its last word, when that
    word stands right before the price word ("টাটা লবণের দাম কত?" asks about "টাটা লবণ")."""
    words = text.split()
    if not words:
        return text
    tokens = [token for token in message.tokens if token.kind == "word"]
    prices = {hit.start for hit in message.concepts.get("price", ())}
    if not any(token.text == words[-1] and after.start in prices for token, after in zip(tokens, tokens[1:])):
        return text
    return " ".join([*words[:-1], without_genitive(words[-1], message.language)])


def _per_unit_paise(entry: CatalogEntry, counted: bool) -> tuple[int, float]:
    """(0, price per kg / l / piece) for a measure or nothing asked; (0, pack price) for a
    count ("3 soap": three packs). Unknown price or size: (1, pack price) sorts after."""
    if entry.price_paise is None:
        return (2, 0.0)
    base = _BASE.get(entry.size_unit or "")
    if counted or base is None or not entry.size_value:
        return (0 if counted else 1, float(entry.price_paise))
    return (0, entry.price_paise / (entry.size_value * base[1]))


def _bigger_than_asked(entry: CatalogEntry, unit: Unit | None, quantity: float | None, counted: bool) -> bool:
    """A pack bigger than the measure asked ("chai patti 250 g": the 1 kg box), which would make
    the customer buy more than wanted; a loose row is weighed out to any amount."""
    base, size = _BASE.get(unit or ""), _BASE.get(entry.size_unit or "")
    if counted or quantity is None or base is None or size is None or not entry.size_value or "loose" in entry.name.lower():
        return False
    return base[0] == size[0] and entry.size_value * size[1] > quantity * base[1] + 1e-9


def cheapest_first(
    candidates: Sequence[Candidate], entries: Mapping[str, CatalogEntry], unit: Unit | None, quantity: float | None
) -> tuple[Candidate, ...]:
    """CANDIDATES with the ones that match about equally (within NEAR_POINTS of the best score)
    cheapest first: by price per kg / l / piece when a measure is asked or none ("atta 10 kilo",
    "sasta wala atta"), by pack price when a count is ("sasta sabun 3"); a pack bigger than the
    measure asked, or in another measure, after those. The rest keep their order after them; a
    candidate with no price in ENTRIES comes last of the near ones."""
    if len(candidates) < 2:
        return tuple(candidates)
    best = max(candidate.score for candidate in candidates)
    near = [candidate for candidate in candidates if candidate.score >= best - NEAR_POINTS]
    rest = [candidate for candidate in candidates if candidate.score < best - NEAR_POINTS]
    counted = quantity is not None and unit not in ("kg", "g", "l", "ml")
    wanted = _BASE.get(unit or "", (None, 0.0))[0]

    def key(candidate: Candidate) -> tuple[int, int, int, float]:
        entry = entries.get(candidate.product_id)
        if entry is None:
            return (2, 2, 2, 0.0)
        other_measure = wanted is not None and not counted and _BASE.get(entry.size_unit or "", (wanted,))[0] != wanted
        return (int(other_measure), int(_bigger_than_asked(entry, unit, quantity, counted)), *_per_unit_paise(entry, counted))

    return (*sorted(near, key=key), *rest)


# "Whichever / the one that" opening a clause of its own: "sarson tel 1 litre, jo sabse sasta ho".
# Without one a cheap word beside an order is a reason ("10 kg bag, works out cheaper per kilo").
_WHICHEVER: Final = frozenset(
    "whichever whatever jo जो je जे જે jeta যেটা adhu athu அது adhe అదే ਜੋ ਜਿਹੜਾ ଯେଉଁଟା jeunta".split() + ["which ever"]
)


def _says_whichever_is_cheapest(folded: str) -> bool:
    """FOLDED has a cheap word and a "whichever" word: the customer leaves the choice to price."""
    cheap, around = _hits(folded)
    return bool(cheap) and any(hit.phrase in _WHICHEVER for hit in around)


def ordering_the_cheapest(result: Classification, folded: str) -> Classification:
    """A customer's order or "make it" (RESULT, read from FOLDED) with its cheap words read: the
    items that had them want the cheapest; a lone item beside a clause of its own that says
    so ("sarson tel 1 litre, whichever is cheapest") does too. "വില കുറഞ്ഞ ചായപ്പൊടി 250 ഗ്രാം
    മതി" chooses goods, so its "enough" ("മതി", "bas") adds them, it changes no amount."""
    if result.intent not in (Intent.ADD_ITEMS, Intent.CHANGE_QUANTITY) or not result.items:
        return result
    items = wanting_the_cheapest(result.items)
    if len(items) == 1 and not items[0].cheapest and _says_whichever_is_cheapest(folded):
        items = (replace(items[0], cheapest=True),)
    if not any(item.cheapest for item in items):
        return result
    return replace(result, intent=Intent.ADD_ITEMS, items=items)
