"""Shared data for the catalog tests: the parsed .pot / .po files and sample values."""

from __future__ import annotations

from pathlib import Path

import pytest
from babel.messages.catalog import Catalog
from babel.messages.pofile import read_po

from locales import LOCALES
from locales.catalog import LOCALES_DIR, po_path



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
