"""Understanding chat messages: language, intent, items and slots (pure, no I/O)."""

from intents.items import extract_items
from intents.parse import parse
from intents.types import (
    LANGUAGES,
    Candidate,
    CatalogEntry,
    Intent,
    ItemRequest,
    PackSize,
    Parse,
    Role,
    Unit,
)

__all__ = [
    "LANGUAGES",
    "Candidate",
    "CatalogEntry",
    "Intent",
    "ItemRequest",
    "PackSize",
    "Parse",
    "Role",
    "Unit",
    "extract_items",
    "parse",
]
