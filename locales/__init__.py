"""Every user-visible string of the bot, in every language, and locale-aware formatting.

    from locales import reply_locale, translator, format_money
    tr = translator(reply_locale(parse.language, parse.script))
    tr.t("cart.total", total=format_money(11200, tr.locale))          # "Total ₹112."
    tr.tn("store.found", "store.found.plural", 3, pincode="560034")
    # -> "3 shops deliver to 560034:"

See locales/README.md for the message ids, their placeholders and the rules.
"""

from __future__ import annotations

from locales.catalog import Translator, placeholders, strict_mode, translator
from locales.formatting import (
    format_date,
    format_money,
    format_number,
    format_quantity,
    format_time,
)
from locales.languages import DEFAULT_LOCALE, LANGUAGE_NAMES, LOCALES, reply_locale

__all__ = [
    "DEFAULT_LOCALE",
    "LANGUAGE_NAMES",
    "LOCALES",
    "Translator",
    "format_date",
    "format_money",
    "format_number",
    "format_quantity",
    "format_time",
    "placeholders",
    "reply_locale",
    "strict_mode",
    "translator",
]
