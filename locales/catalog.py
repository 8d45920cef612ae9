"""Loading the gettext catalogs and rendering messages.

Each `locales/<locale>/LC_MESSAGES/messages.po` is read with babel, compiled to MO in memory
and wrapped in `gettext.GNUTranslations` once per process (`translator()` is cached). No .mo
files are stored or built.

Missing messages:
- a msgid that the English catalog does not have (a typo in bot/) always raises KeyError;
- a msgid English has but this locale lacks (or has empty / fuzzy) raises KeyError in strict
  mode, and otherwise falls back to the English text and logs a warning once per
  (locale, msgid). Strict mode is on under pytest (PYTEST_CURRENT_TEST is set) and wherever
  VYAPAR_I18N_STRICT=1; VYAPAR_I18N_STRICT=0 turns it off. Production therefore degrades to
  English rather than failing a customer's reply; the tests in tests/unit/locales make sure
  it never has to.
"""

from __future__ import annotations

import gettext
import logging
import os
from collections.abc import Callable, Mapping
from functools import cache
from io import BytesIO
from pathlib import Path
from string import Formatter
from typing import IO, Any

from babel.messages.catalog import Catalog
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

from locales.formatting import format_number
from locales.languages import DEFAULT_LOCALE, LOCALES

log = logging.getLogger(__name__)

LOCALES_DIR = Path(__file__).resolve().parent
DOMAIN = "messages"
_warned: set[tuple[str, str]] = set()
Retry = Callable[["Translator"], str]


def po_path(locale: str) -> Path:
    return LOCALES_DIR / locale / "LC_MESSAGES" / f"{DOMAIN}.po"


def strict_mode() -> bool:
    """True when a missing translation must raise instead of falling back to English."""
    flag = os.environ.get("VYAPAR_I18N_STRICT")
    if flag is not None:
        return flag.strip().lower() in {"1", "true", "yes", "on"}
    return "PYTEST_CURRENT_TEST" in os.environ


def placeholders(text: str) -> frozenset[str]:
    """The named fields of a Python format string: "Total {total}." -> {"total"}."""
    return frozenset(field for _, field, _, _ in Formatter().parse(text) if field is not None)


def _is_translated(string: str | tuple[str, ...] | list[str]) -> bool:
    if isinstance(string, str):
        return bool(string)
    return bool(string) and all(string)


class Translator:
    """Renders the messages of one locale. Get one with `translator(locale)`."""

    __slots__ = ("locale", "_gnu", "_singular", "_plural", "_fallback")

    def __init__(
        self,
        locale: str,
        gnu: gettext.GNUTranslations,
        singular: frozenset[str],
        plural: Mapping[str, str],
        fallback: Translator | None = None,
    ) -> None:
        self.locale = locale
        self._gnu = gnu
        self._singular = singular
        self._plural = dict(plural)
        self._fallback = fallback

    @classmethod
    def from_po(
        cls, locale: str, fileobj: IO[bytes], fallback: Translator | None = None
    ) -> Translator:
        """Read a .po file, compile it in memory, keep what is really translated."""
        catalog: Catalog = read_po(fileobj, locale=locale)
        singular: set[str] = set()
        plural: dict[str, str] = {}
        for message in catalog:
            if not message.id or message.fuzzy or not _is_translated(message.string):
                continue
            if message.pluralizable:
                msgid, msgid_plural = message.id[0], message.id[1]
                plural[msgid] = msgid_plural
            else:
                singular.add(str(message.id))
        buffer = BytesIO()
        write_mo(buffer, catalog)
        buffer.seek(0)
        return cls(locale, gettext.GNUTranslations(buffer), frozenset(singular), plural, fallback)

    @property
    def msgids(self) -> frozenset[str]:
        """Every translated msgid of this locale (singular and plural)."""
        return self._singular | frozenset(self._plural)

    def has(self, msgid: str) -> bool:
        return msgid in self._singular or msgid in self._plural

    def t(self, msgid: str, **values: Any) -> str:
        """The message `msgid` with its {placeholders} filled from `values`."""
        if msgid not in self._singular:
            if msgid in self._plural:
                raise KeyError(f"{msgid!r} is a plural message: use tn()")
            return self._missing(msgid, lambda fb: fb.t(msgid, **values))
        text = self._gnu.gettext(msgid)
        return self._render(msgid, text, values, lambda fb: fb.t(msgid, **values))

    def tn(self, msgid: str, msgid_plural: str, n: int, **values: Any) -> str:
        """The plural form for count `n`; {count} is `n` formatted for the locale unless given."""
        if isinstance(n, bool) or not isinstance(n, int):
            raise TypeError(f"plural count must be an int, got {type(n).__name__}")
        expected = self._plural.get(msgid)
        if expected is None:
            if msgid in self._singular:
                raise KeyError(f"{msgid!r} is not a plural message: use t()")
            return self._missing(
                msgid, lambda fb: fb.tn(msgid, msgid_plural, n, **values)
            )
        if expected != msgid_plural:
            raise KeyError(
                f"{msgid!r} has msgid_plural {expected!r}, not {msgid_plural!r}"
            )
        if "count" not in values:
            values = {**values, "count": format_number(n, self.locale)}
        text = self._gnu.ngettext(msgid, msgid_plural, n)
        return self._render(
            msgid, text, values, lambda fb: fb.tn(msgid, msgid_plural, n, **values)
        )

    def _render(self, msgid: str, text: str, values: Mapping[str, Any], retry: Retry) -> str:
        try:
            return text.format_map(values)
        except (KeyError, IndexError, ValueError) as error:
            if self._fallback is None or strict_mode():
                raise
            log.warning(
                "i18n: %s/%s does not render (%r); using English", self.locale, msgid, error
            )
            return retry(self._fallback)

    def _missing(self, msgid: str, retry: Retry) -> str:
        fallback = self._fallback
        if fallback is None or not fallback.has(msgid):
            raise KeyError(f"unknown message id {msgid!r}")
        if strict_mode():
            raise KeyError(f"message {msgid!r} is not translated for {self.locale!r}")
        if (self.locale, msgid) not in _warned:
            _warned.add((self.locale, msgid))
            log.warning("i18n: %s has no translation for %s; using English", self.locale, msgid)
        return retry(fallback)

    def __repr__(self) -> str:
        return f"Translator({self.locale!r})"


@cache
def translator(locale: str) -> Translator:
    """The cached Translator of a locale (one of LOCALES); non-English ones fall back to English."""
    if locale not in LOCALES:
        raise ValueError(f"unknown locale {locale!r}; expected one of {', '.join(LOCALES)}")
    fallback = None if locale == DEFAULT_LOCALE else translator(DEFAULT_LOCALE)
    with po_path(locale).open("rb") as fileobj:
        return Translator.from_po(locale, fileobj, fallback)
