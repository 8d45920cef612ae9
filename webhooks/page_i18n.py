"""The browser pages (/ and /owner) in the reader's language.

The language is `?lang=xx` when it names one of our catalogs (`ta`, `hi-Latn`, `hi_Latn`,
`ta-IN` …), else the best match of the browser's Accept-Language among our catalogs (Hinglish
only by an explicit `?lang=hi_Latn`: browsers have no tag for it), else English.

A page template is plain HTML with markers, filled on the server from the gettext catalogs:
`{{t:msgid}}` (the message, HTML-escaped), `{{lang}}` (the BCP-47 tag for `<html lang>`),
`{{picker}}` (the language picker's `<option>`s, each name in its own script) and
`{{page_json}}` (a JSON object for the page's script: locale, tags and every string it shows,
safe inside `<script type="application/json">`). Rendered pages are cached per locale.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterable
from functools import cache
from pathlib import Path

from aiohttp import web

from locales import DEFAULT_LOCALE, LANGUAGE_NAMES, LOCALES, translator

# Each catalog's BCP-47 tag (for <html lang>, Content-Language and the page's Intl formatting).
BCP47: dict[str, str] = {locale: locale.replace("_", "-") for locale in LOCALES}
# Times on the pages (Intl in the browser): the locale's words, Latin digits like every number we
# show. Money and counts are not formatted with these: CLDR groups Kannada (and others) by
# thousands, while every locale here shows ₹ with Indian lakh grouping (locales/README.md), so the
# pages format them with en-IN, exactly as locales.format_money / format_number do.
TIME_TAGS: dict[str, str] = {locale: f"{BCP47[locale]}-IN-u-nu-latn" for locale in LOCALES}
_BY_LOWER = {locale.lower(): locale for locale in LOCALES}
_MARKER = re.compile(r"\{\{(t:[a-z][a-z_.]*|[a-z_]+)\}\}")
# Placeholders the pages' scripts fill in themselves; the script gets "{order_number}" as is.
SCRIPT_FIELDS = ("order_number", "total", "payment", "from_status", "to_status", "name", "stock")
_AS_IS = {field: "{" + field + "}" for field in SCRIPT_FIELDS}
_JSON_UNSAFE = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}


def locale_from_param(value: str | None) -> str | None:
    """Our catalog named by a ?lang= value ("ta", "hi-Latn", "TA_in"), or None."""
    if not value:
        return None
    parts = value.strip().replace("-", "_").lower().split("_")
    for size in (2, 1):  # "hi_latn" before "hi"; "ta_in" falls back to "ta"
        locale = _BY_LOWER.get("_".join(parts[:size]))
        if locale is not None and len(parts) >= size:
            return locale
    return None


def locale_from_accept_language(header: str | None) -> str | None:
    """The best of our native-script catalogs for an Accept-Language header, or None."""
    if not header:
        return None
    candidates: list[tuple[float, int, str]] = []
    for position, part in enumerate(header.split(",")):
        tag, *params = (piece.strip() for piece in part.split(";"))
        weight = 1.0
        for param in params:
            name, _, value = param.partition("=")
            if name.strip().lower() == "q":
                try:
                    weight = float(value)
                except ValueError:
                    weight = 0.0
        primary = tag.replace("_", "-").split("-")[0].lower()
        if weight > 0 and primary in LOCALES:  # "hi-Latn" is still Devanagari Hindi here
            candidates.append((-weight, position, primary))
    return min(candidates)[2] if candidates else None


def page_locale(request: web.Request) -> str:
    return (locale_from_param(request.query.get("lang"))
            or locale_from_accept_language(request.headers.get("Accept-Language"))
            or DEFAULT_LOCALE)


def _json_for_script(value: object) -> str:
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return "".join(_JSON_UNSAFE.get(char, char) for char in text)


def _picker(current: str) -> str:
    return "".join(
        f'<option value="{locale}" lang="{BCP47[locale]}"{" selected" if locale == current else ""}>'
        f"{html.escape(LANGUAGE_NAMES[locale])}</option>"
        for locale in LOCALES)


@cache
def render_page(template: Path, locale: str, msgids: tuple[str, ...]) -> str:
    """The template with its markers filled for `locale`; `msgids` are the strings its script uses."""
    tr = translator(locale)
    data = {"locale": locale, "tag": BCP47[locale], "time_tag": TIME_TAGS[locale],
            "strings": {msgid: tr.t(msgid, **_AS_IS) for msgid in msgids}}

    def fill(match: re.Match[str]) -> str:
        name = match.group(1)
        if name.startswith("t:"):
            return html.escape(tr.t(name[2:]))
        if name == "lang":
            return BCP47[locale]
        if name == "picker":
            return _picker(locale)
        if name == "page_json":
            return _json_for_script(data)
        raise KeyError(f"unknown page marker {{{{{name}}}}} in {template.name}")

    return _MARKER.sub(fill, template.read_text(encoding="utf-8"))


def page_response(request: web.Request, template: Path, msgids: Iterable[str],
                  headers: dict[str, str] | None = None) -> web.Response:
    locale = page_locale(request)
    text = render_page(template, locale, tuple(msgids))
    return web.Response(text=text, content_type="text/html", charset="utf-8",
                        headers={**(headers or {}), "Content-Language": BCP47[locale],
                                 "Vary": "Accept-Language"})
