"""GET / and GET /owner in the reader's language: ?lang=xx, else Accept-Language, else English.
Every page.* string comes from the catalogs; no English text of the page is left over."""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

import pytest
from aiohttp.test_utils import TestClient

from locales import LANGUAGE_NAMES, LOCALES, translator
from webhooks.app import create_app
from webhooks.page_i18n import locale_from_accept_language, locale_from_param
from webhooks.settings import Settings

PAGES = {"/": "page.chat.", "/owner": "page.owner."}
SHARED = ("page.language",)


def _page_ids(path: str) -> list[str]:
    prefix = PAGES[path]
    return sorted(m for m in translator("en").msgids if m.startswith(prefix) or m in SHARED)


def _data(page: str) -> dict[str, object]:
    match = re.search(r'<script id="page-data" type="application/json">(.*?)</script>', page, re.S)
    assert match, "the page carries its strings for its script"
    return json.loads(match.group(1))


async def _client(aiohttp_client: object, tmp_path: Path) -> TestClient:
    app = create_app(Settings(database_url=f"sqlite+aiosqlite:///{tmp_path / 'app.db'}"))
    return await aiohttp_client(app)  # type: ignore[operator,no-any-return]


@pytest.mark.parametrize("path", list(PAGES))
@pytest.mark.parametrize(("query", "headers", "locale"), [
    ("?lang=ta", {}, "ta"),
    ("?lang=ta", {"Accept-Language": "bn-IN,bn;q=0.9,en;q=0.8"}, "ta"),  # the explicit choice wins
    ("", {"Accept-Language": "bn"}, "bn"),
    ("", {"Accept-Language": "en-GB,bn;q=0.7"}, "en"),
])
async def test_page_speaks_the_readers_language(aiohttp_client: object, tmp_path: Path, path: str,
                                                query: str, headers: dict[str, str], locale: str) -> None:
    client = await _client(aiohttp_client, tmp_path)
    response = await client.get(path + query, headers=headers)
    page = await response.text()
    assert response.status == 200 and response.content_type == "text/html"
    assert response.headers["Content-Language"] == locale and "Accept-Language" in response.headers["Vary"]
    assert f'<html lang="{locale}">' in page
    assert not re.search(r"\{\{[a-z_.:]+\}\}", page), "every marker is filled"
    tr, en = translator(locale), translator("en")
    ids = _page_ids(path)
    assert len(ids) >= 8
    data = _data(page)
    assert data["locale"] == locale
    strings = data["strings"]
    assert isinstance(strings, dict)
    for msgid in ids:
        text = tr._gnu.gettext(msgid)  # as written in the catalog, {placeholders} for the script
        assert html.escape(text) in page or strings.get(msgid) == text, f"{locale}: {msgid} is not on {path}"
        if locale != "en":
            english = en._gnu.gettext(msgid)
            assert english not in page and html.escape(english) not in page, f"{path}: English {msgid} left"
    for msgid, text in strings.items():
        assert text == tr._gnu.gettext(msgid), msgid
    # the picker: every language, each in its own script, the current one selected
    options = re.findall(r'<option value="([A-Za-z_]+)" lang="[A-Za-z-]+"( selected)?>([^<]+)</option>', page)
    assert [value for value, _, _ in options] == list(LOCALES)
    assert [html.unescape(name) for _, _, name in options] == [LANGUAGE_NAMES[x] for x in LOCALES]
    assert [value for value, selected, _ in options if selected] == [locale]


async def test_owner_page_has_status_names_in_the_language(aiohttp_client: object, tmp_path: Path) -> None:
    client = await _client(aiohttp_client, tmp_path)
    strings = _data(await (await client.get("/owner?lang=hi")).text())["strings"]
    assert isinstance(strings, dict)
    assert strings["status.out_for_delivery"] == translator("hi").t("status.out_for_delivery") != "Out for delivery"
    assert strings["payment.status.completed"] == translator("hi").t("payment.status.completed")
    assert strings["owner.payment.cod"] == translator("hi").t("owner.payment.cod")


async def test_strings_are_safe_inside_the_page(aiohttp_client: object, tmp_path: Path) -> None:
    client = await _client(aiohttp_client, tmp_path)
    page = await (await client.get("/?lang=en")).text()
    block = re.search(r'<script id="page-data" type="application/json">(.*?)</script>', page, re.S)
    assert block and "<" not in block.group(1) and "&" not in block.group(1)
    # the tagline's quotes are escaped in HTML
    assert html.escape(translator("en").t("page.chat.tagline")) in page and "&quot;" in page


@pytest.mark.parametrize(("value", "expected"), [
    ("ta", "ta"), ("TA", "ta"), ("ta-IN", "ta"), ("hi-Latn", "hi_Latn"), ("hi_latn", "hi_Latn"),
    ("hi", "hi"), ("or", "or"), ("fr", None), ("", None), (None, None), ("x" * 300, None),
])
def test_lang_parameter(value: str | None, expected: str | None) -> None:
    assert locale_from_param(value) == expected


@pytest.mark.parametrize(("header", "expected"), [
    ("bn", "bn"), ("bn-IN,en;q=0.8", "bn"), ("en-US,en;q=0.9,hi;q=0.8", "en"),
    ("fr-FR,fr;q=0.9,ta;q=0.5,hi;q=0.7", "hi"), ("de, ml;q=0.1", "ml"),
    ("hi-Latn", "hi"),  # Hinglish only by an explicit ?lang=hi_Latn
    ("ta;q=0", None), ("de-DE", None), ("*", None), ("", None), (None, None), ("ta;q=abc,te;q=0.2", "te"),
])
def test_accept_language(header: str | None, expected: str | None) -> None:
    assert locale_from_accept_language(header) == expected


async def test_unknown_lang_falls_back_to_the_browser_then_english(aiohttp_client: object, tmp_path: Path) -> None:
    client = await _client(aiohttp_client, tmp_path)
    response = await client.get("/owner?lang=fr", headers={"Accept-Language": "kn-IN"})
    assert response.headers["Content-Language"] == "kn"
    response = await client.get("/owner?lang=hi_Latn", headers={"Accept-Language": "kn-IN"})
    assert response.headers["Content-Language"] == "hi-Latn"
    response = await client.get("/?lang=zz", headers={"Accept-Language": "de"})
    assert response.headers["Content-Language"] == "en"
