"""Near-duplicates in a catalog: the same product listed under different titles
("Catch Coriander Powder/Dhania" and "Catch Coriander Powder", both 100 g). Two listings are
the same product when the brand is the same, the pack size is the same (100 g = 0.1 kg),
and the titles, without the brand and packaging words, agree by rapidfuzz's
token_set_ratio. A report for a person to review, not an automatic merge."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from rapidfuzz import fuzz
from rapidfuzz.utils import default_process

THRESHOLD = 90.0
_SIZE_RE = re.compile(r"(\d+(?:\.\d+)?)\s*(kg|kgs|g|gm|gms|gram|grams|ml|l|ltr|litre|litres|liter|pcs|pieces|piece|pc)\b",
                      re.IGNORECASE)
_PACKS_RE = re.compile(r"(?:x\s*(\d+)\b|\b(\d+)\s*x\b)", re.IGNORECASE)
_UNITS = {"kg": ("g", 1000), "kgs": ("g", 1000), "g": ("g", 1), "gm": ("g", 1), "gms": ("g", 1),
          "gram": ("g", 1), "grams": ("g", 1), "ml": ("ml", 1), "l": ("ml", 1000), "ltr": ("ml", 1000),
          "litre": ("ml", 1000), "litres": ("ml", 1000), "liter": ("ml", 1000),
          "pcs": ("piece", 1), "pieces": ("piece", 1), "piece": ("piece", 1), "pc": ("piece", 1)}
# Words that say how a product is packed or praised, not what it is.
_NOISE = frozenset("""with natural oils rich aroma flavour flavor and pouch pack packet carton jar bottle box
refill combo of the a in new""".split())


@dataclass(frozen=True, slots=True, kw_only=True)
class Listing:
    key: str  # the caller's id for the row (product id, or platform:id)
    title: str
    brand: str
    size: str  # as written: "100 g", "1 kg", "200gms X 2"


@dataclass(frozen=True, slots=True, kw_only=True)
class DuplicateGroup:
    brand: str
    size: str  # normalised: "100 g", "500 ml"
    listings: tuple[Listing, ...]
    similarity: float  # the weakest pairwise score in the group


def pack_size(text: str) -> str | None:
    """'1 kg' → '1000 g'; '200gms X 2' → '400 g'; '1 L' → '1000 ml'; unknown → None."""
    match = _SIZE_RE.search(text or "")
    if match is None:
        return None
    unit, factor = _UNITS[match.group(2).lower()]
    amount = float(match.group(1)) * factor
    rest = (text[: match.start()] + " " + text[match.end():])
    packs = _PACKS_RE.search(rest)
    if packs:
        amount *= int(packs.group(1) or packs.group(2))
    return f"{amount:g} {unit}"


def title_words(title: str, brand: str) -> str:
    """The title as compared: lower case, punctuation gone, without brand and packaging words."""
    brand_words = set(default_process(brand).split())
    words = [w for w in default_process(title).split() if w not in brand_words and w not in _NOISE]
    return " ".join(words)


def _same(a: str, b: str, threshold: float) -> float | None:
    if not a or not b:
        return None
    score = fuzz.token_set_ratio(a, b)
    return score if score >= threshold else None


@dataclass(slots=True)
class _Forming:
    members: list[Listing]
    texts: list[str]
    weakest: float

    def add(self, listing: Listing, words: str, score: float) -> None:
        self.members.append(listing)
        self.texts.append(words)
        self.weakest = min(self.weakest, score)


def near_duplicates(listings: Iterable[Listing], *, threshold: float = THRESHOLD) -> list[DuplicateGroup]:
    """Groups of two or more listings with different titles that look like one product.
    A listing joins a group only if it matches every member (no chaining A~B~C)."""
    buckets: dict[tuple[str, str], list[Listing]] = defaultdict(list)
    for listing in listings:
        size = pack_size(listing.size)
        brand = " ".join(default_process(listing.brand).split())
        if size is None or not brand:
            continue
        buckets[(brand, size)].append(listing)
    found: list[DuplicateGroup] = []
    for (brand, size), members in sorted(buckets.items()):
        if len(members) < 2:
            continue
        groups: list[_Forming] = []
        for listing in sorted(members, key=lambda m: (m.title.lower(), m.key)):
            words = title_words(listing.title, listing.brand)
            for group in groups:
                scores = [_same(words, other, threshold) for other in group.texts]
                if all(score is not None for score in scores):
                    group.add(listing, words, min(score for score in scores if score is not None))
                    break
            else:
                groups.append(_Forming([listing], [words], 100.0))
        for group in groups:
            if len({m.title.strip().lower() for m in group.members}) >= 2:
                found.append(DuplicateGroup(brand=group.members[0].brand, size=size,
                                            listings=tuple(group.members), similarity=group.weakest))
    return found
