"""Money, numbers, quantities, dates and times."""

from __future__ import annotations

from datetime import date, datetime, time, timezone
from decimal import Decimal

import pytest

from locales import LOCALES, format_date, format_money, format_number, format_quantity, format_time


@pytest.mark.parametrize("locale", ["en", "hi"])
def test_money_uses_indian_grouping(locale: str) -> None:
    assert format_money(125000050, locale) == "₹12,50,000.50"
    assert format_money(12500000, locale) == "₹1,25,000"


@pytest.mark.parametrize("locale", LOCALES)
def test_money_in_every_locale(locale: str) -> None:
    assert format_money(11200, locale) == "₹112"
    assert format_money(5250, locale) == "₹52.50"
    assert format_money(125000050, locale) == "₹12,50,000.50"
    assert format_money(5, locale) == "₹0.05"
    assert format_money(0, locale) == "₹0"
    assert format_money(-11200, locale) == "-₹112"


@pytest.mark.parametrize("value", [112.0, 112.5, Decimal("112"), "11200", True, None])
def test_money_takes_integer_paise_only(value: object) -> None:
    with pytest.raises(TypeError):
        format_money(value, "en")  # type: ignore[arg-type]


def test_unknown_locale_is_refused() -> None:
    with pytest.raises(ValueError):
        format_money(100, "fr")


@pytest.mark.parametrize(
    ("value", "expected"),
    [(1250000.5, "12,50,000.5"), (2.0, "2"), (0.5, "0.5"), (Decimal("1.250"), "1.25"), (7, "7")],
)
def test_numbers(value: int | float | Decimal, expected: str) -> None:
    assert format_number(value, "en") == expected
    assert format_number(value, "ta") == expected


def test_numbers_reject_non_numbers() -> None:
    with pytest.raises(TypeError):
        format_number("2", "en")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("quantity", "unit", "locale", "expected"),
    [
        (2, None, "en", "2"),
        (0.5, "kg", "en", "0.5 kg"),
        (500, "g", "hi", "500 g"),
        (1, "l", "ta", "1 L"),
        (250, "ml", "bn", "250 ml"),
        (1, "packet", "en", "1 packet"),
        (3, "packet", "en", "3 packets"),
        (1.5, "dozen", "en", "1.5 dozen"),
        (0.5, "piece", "en", "0.5 pieces"),
        (3, "packet", "hi", "3 पैकेट"),
        (2, "piece", "hi_Latn", "2 nag"),
    ],
)
def test_quantities(quantity: int | float, unit: str | None, locale: str, expected: str) -> None:
    assert format_quantity(quantity, locale, unit) == expected


def test_unknown_unit_is_refused() -> None:
    with pytest.raises(ValueError):
        format_quantity(1, "en", "bushel")


@pytest.mark.parametrize("locale", LOCALES)
def test_counted_units_are_translated(locale: str) -> None:
    text = format_quantity(4, locale, "packet")
    assert text.startswith("4 ")
    if locale != "en":
        assert text != "4 packets"


def test_dates() -> None:
    day = date(2025, 3, 5)
    assert format_date(day, "en") == "5 Mar 2025"
    assert format_date(day, "hi") == "5 मार्च 2025"
    assert "Mar" in format_date(day, "hi_Latn")
    assert "மார்" in format_date(day, "ta")


def test_times_are_shown_in_india_time() -> None:
    # CLDR writes the day period "pm" or "PM" depending on the Babel release: compare casefolded
    assert format_time(time(21, 5), "en").casefold() == "9:05\u00a0pm"
    utc = datetime(2025, 3, 5, 3, 35, tzinfo=timezone.utc)
    assert format_time(utc, "en").casefold() == "9:05\u00a0am"
    assert format_date(datetime(2025, 3, 5, 20, 0, tzinfo=timezone.utc), "en") == "6 Mar 2025"
    for locale in LOCALES:
        assert "\u202f" not in format_time(time(9, 0), locale)
