"""Numbers, money, quantities, dates and times as a customer in that locale reads them.

Rules (see README.md):
- Money arrives as integer paise, never float (TypeError otherwise).
- Always "₹" before the amount, Indian (lakh) grouping and Latin digits in every locale,
  as Indian shops, bills and UPI apps print it: ₹12,50,000.50.
- Whole rupees are shown without paise ("₹112", not "₹112.00"); any paise show both digits
  ("₹52.50", "₹0.05").
- Numbers and quantities drop trailing zeros ("0.5", "2", never "2.0").
- Dates and times use the locale's CLDR patterns; the narrow no-break space CLDR puts
  before "am"/"pm" becomes a plain no-break space (U+00A0).
"""

from __future__ import annotations

from datetime import date, datetime, time, tzinfo
from decimal import Decimal
from zoneinfo import ZoneInfo

from babel import Locale
from babel.dates import format_date as babel_format_date
from babel.dates import format_time as babel_format_time
from babel.numbers import format_currency, format_decimal

from locales.languages import BABEL_LOCALES, LOCALES

INDIA = ZoneInfo("Asia/Kolkata")
_MONEY_WHOLE = "¤#,##,##0"
_MONEY_PAISE = "¤#,##,##0.00"
_NUMBER = "#,##,##0.###"
# Units shown as international symbols; the counted ones come from the catalog (unit.*).
_SYMBOL_UNITS: dict[str, str] = {"kg": "kg", "g": "g", "l": "L", "ml": "ml"}
_COUNTED_UNITS: frozenset[str] = frozenset({"piece", "packet", "dozen"})

Number = int | float | Decimal


def babel_locale(locale: str) -> str:
    """The babel locale that formats for one of our catalogs (en -> en_IN)."""
    try:
        return BABEL_LOCALES[locale]
    except KeyError:
        known = ", ".join(LOCALES)
        raise ValueError(f"unknown locale {locale!r}; expected one of {known}") from None


def format_money(paise: int, locale: str) -> str:
    """125000050 -> "₹12,50,000.50"; 11200 -> "₹112"; -5000 -> "-₹50"."""
    if isinstance(paise, bool) or not isinstance(paise, int):
        raise TypeError(f"money must be integer paise, got {type(paise).__name__}")
    rupees = Decimal(paise) / 100
    pattern = _MONEY_WHOLE if paise % 100 == 0 else _MONEY_PAISE
    return format_currency(
        rupees, "INR", format=pattern, locale=babel_locale(locale), currency_digits=False
    )


def _check_number(value: Number) -> Decimal:
    if isinstance(value, bool) or not isinstance(value, int | float | Decimal):
        raise TypeError(f"expected a number, got {type(value).__name__}")
    # str() first: Decimal(0.1) would carry float noise into the output.
    return Decimal(str(value)) if isinstance(value, float) else Decimal(value)


def format_number(value: Number, locale: str) -> str:
    """Indian grouping, up to 3 decimals, no trailing zeros: 1250000.5 -> "12,50,000.5"."""
    return format_decimal(_check_number(value), format=_NUMBER, locale=babel_locale(locale))


def format_quantity(quantity: Number, locale: str, unit: str | None = None) -> str:
    """A quantity as it appears in a cart line: 2 -> "2"; (0.5, "kg") -> "0.5 kg";
    (1, "l") -> "1 L"; (3, "packet") -> "3 packets" / "3 पैकेट" (from the catalog)."""
    number = format_number(quantity, locale)
    if unit is None:
        return number
    if unit in _SYMBOL_UNITS:
        return f"{number} {_SYMBOL_UNITS[unit]}"
    if unit in _COUNTED_UNITS:
        from locales.catalog import translator

        exact = _check_number(quantity)
        if exact == exact.to_integral_value():
            n = int(exact)
        else:  # pick the CLDR category of the fraction, then an integer with that form
            category = Locale.parse(babel_locale(locale)).plural_form(exact)
            n = 1 if category == "one" else 2
        key = f"unit.{unit}"
        return translator(locale).tn(key, f"{key}.plural", n, count=number)
    raise ValueError(f"unknown unit {unit!r}")


def _plain_spaces(text: str) -> str:
    """CLDR puts a narrow no-break space in "9:05 pm"; older phone fonts draw it as a box, so
    use the ordinary no-break space, which every chat client shows."""
    return text.replace("\u202f", "\u00a0")


def format_date(value: date | datetime, locale: str, format: str = "medium") -> str:
    """"5 Mar 2025" (en), "5 मार्च 2025" (hi), "05 Mar, 2025" (hi_Latn). Aware datetimes are
    shown in India time."""
    if isinstance(value, datetime) and value.tzinfo is not None:
        value = value.astimezone(INDIA)
    return _plain_spaces(babel_format_date(value, format=format, locale=babel_locale(locale)))


def format_time(
    value: time | datetime, locale: str, format: str = "short", tz: tzinfo = INDIA
) -> str:
    """"9:05 am" (en), "9:05 PM" (hi_Latn). Aware datetimes are converted to `tz` (IST)."""
    if isinstance(value, datetime) and value.tzinfo is not None:
        value = value.astimezone(tz).replace(tzinfo=None)
    return _plain_spaces(babel_format_time(value, format=format, locale=babel_locale(locale)))
