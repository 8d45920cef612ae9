"""The regional default of a generic staple word (data/regional_defaults.csv).

A customer who writes the plain word for rice, milk, ghee or cooking oil in their language
means the variety their region buys by default, when the shop carries it: Tamil "arisi" is
ponni, Telugu "biyyam" sona masoori, Malayalam "ari" matta, Kannada "haalu" Nandini. The
matcher (catalog_index.CatalogIndex.match) asks `regional_default` only when the item is that
word alone; a brand or variety the customer names ("sona masoori arisi", "amul doodh") is no
such item, and English words have no row.
"""

from __future__ import annotations

from functools import lru_cache

from intents.lexicon import fold
from intents.tables import read_table

# A word written with a case ending or a "the" glued on ("চালটা", "அரிசியை", "ಅಕ್ಕಿನ"): at
# most this many letters after the generic word, which must itself be this long or longer.
_MAX_ENDING = 3
_MIN_STEM_FOR_ENDING = 3


@lru_cache(maxsize=1)
def regional_defaults() -> dict[tuple[str, str], tuple[tuple[str, ...], ...]]:
    """(language, generic word folded) -> the default's name words, each choice in order."""
    table: dict[tuple[str, str], tuple[tuple[str, ...], ...]] = {}
    for row in read_table("regional_defaults.csv"):
        choices = tuple(tuple(fold(choice).split()) for choice in row["prefer"].split("|") if choice.strip())
        table[(row["language"], fold(row["word"]))] = choices
    return table


def regional_default(words: list[str], language: str | None) -> tuple[str, tuple[tuple[str, ...], ...]] | None:
    """The generic word the item is and its default's choices, when the item (its words
    without the amount) is just that word in LANGUAGE; else None."""
    if not language or not words:
        return None
    table = regional_defaults()
    said = " ".join(words)
    choices = table.get((language, said))
    if choices is not None:
        return said, choices
    if len(words) != 1:
        return None
    word = words[0]
    for cut in range(1, _MAX_ENDING + 1):
        stem = word[:-cut]
        if len(stem) < _MIN_STEM_FOR_ENDING:
            break
        choices = table.get((language, stem))
        if choices is not None:
            return stem, choices
    return None
