"""Shared data for the catalog tests: the parsed .pot / .po files and sample values."""

from __future__ import annotations

from pathlib import Path

import pytest
from babel.messages.catalog import Catalog
from babel.messages.pofile import read_po

from locales import LOCALES
from locales.catalog import LOCALES_DIR, po_path

# One plausible value per placeholder; money arrives formatted, as it will from bot/.
SAMPLES: dict[str, str] = {
    "store": "Sharma Kirana Store",
    "total": "₹112",
    "amount": "₹98",
    "name": "Aashirvaad Atta 2 kg",
    "qty": "2",
    "item": "atta",
    "order_number": "A1042",
    "pincode": "560034",
    "distance": "0.8",
    "time": "9:00 am",
    "query": "biscuit",
    "max": "3",
    "available": "1",
    "requested": "3",
    "min_amount": "₹200",
    "shortfall": "₹88",
    "address": "12, Gulmohar Society, Andheri W 400058",
    "minutes": "15",
    "url": "https://rzp.io/l/abc123",
    "fee": "₹20",
    "status": "Out for delivery",
    "customer": "Ravi (98xxxxxx21)",
    "payment": "UPI",
    "new": "40",
    "old": "23",
    "delta": "+17",
    "stock": "3",
    "price": "₹52",
    "sales": "₹4,250",
    "text": "Is the atta fresh?",
}


def load_po(path: Path, locale: str | None) -> Catalog:
    with path.open("rb") as fileobj:
        return read_po(fileobj, locale=locale)


@pytest.fixture(scope="session")
def template() -> Catalog:
    return load_po(LOCALES_DIR / "messages.pot", None)


@pytest.fixture(scope="session")
def catalogs() -> dict[str, Catalog]:
    return {locale: load_po(po_path(locale), locale) for locale in LOCALES}


@pytest.fixture(scope="session")
def english(catalogs: dict[str, Catalog]) -> Catalog:
    return catalogs["en"]
