"""The .pot / .po files themselves: complete, consistent, in the right script."""

from __future__ import annotations

import re
import unicodedata
from string import Formatter

import pytest
from babel import Locale
from babel.messages.catalog import Catalog, Message
from babel.plural import to_gettext

from locales import LOCALES, placeholders
from locales.catalog import LOCALES_DIR

KEY = re.compile(r"^[a-z][a-z_]*(\.[a-z][a-z_]*)*$")
PLACEHOLDER = re.compile(r"\{[a-z_]+\}")
URL = re.compile(r"https?://\S+")
# Unicode block of each Indic catalog's script.
SCRIPTS: dict[str, tuple[int, int]] = {
    "hi": (0x0900, 0x097F),
    "mr": (0x0900, 0x097F),
    "bn": (0x0980, 0x09FF),
    "pa": (0x0A00, 0x0A7F),
    "gu": (0x0A80, 0x0AFF),
    "or": (0x0B00, 0x0B7F),
    "ta": (0x0B80, 0x0BFF),
    "te": (0x0C00, 0x0C7F),
    "kn": (0x0C80, 0x0CFF),
    "ml": (0x0D00, 0x0D7F),
}
INDIC = (0x0900, 0x0DFF)
LATIN_LOCALES = ("en", "hi_Latn")
NON_EN = [locale for locale in LOCALES if locale != "en"]


def forms(message: Message) -> tuple[str, ...]:
    string = message.string
    return (string,) if isinstance(string, str) else tuple(string)


def key(message: Message) -> str:
    return message.id[0] if message.pluralizable else message.id


def messages(catalog: Catalog) -> dict[str, Message]:
    return {key(m): m for m in catalog if m.id}


def letters(text: str) -> list[str]:
    text = URL.sub(" ", PLACEHOLDER.sub(" ", text))
    return [c for c in text if unicodedata.category(c)[0] in "LM"]


def only_placeholders(text: str) -> bool:
    return not letters(text)


def test_one_catalog_per_locale_and_no_compiled_files() -> None:
    dirs = {p.name for p in LOCALES_DIR.iterdir() if p.is_dir() and not p.name.startswith("_")}
    assert dirs == set(LOCALES)
    assert not list(LOCALES_DIR.rglob("*.mo"))


def test_message_ids_follow_the_naming_scheme(template: Catalog) -> None:
    ids = messages(template)
    assert len(ids) > 150
    for msgid, message in ids.items():
        assert KEY.match(msgid), msgid
        if message.pluralizable:
            assert message.id[1] == f"{msgid}.plural", msgid


def test_english_catalog_matches_the_template(template: Catalog, english: Catalog) -> None:
    assert messages(template).keys() == messages(english).keys()
    for msgid, message in messages(template).items():
        assert message.pluralizable == messages(english)[msgid].pluralizable, msgid
        assert all(not s for s in forms(message)), f"template has a translation for {msgid}"


@pytest.mark.parametrize("locale", LOCALES)
def test_every_message_is_translated(
    locale: str, template: Catalog, catalogs: dict[str, Catalog]
) -> None:
    expected = messages(template)
    found = messages(catalogs[locale])
    assert found.keys() == expected.keys(), (expected.keys() ^ found.keys())
    assert not catalogs[locale].obsolete
    for msgid, message in found.items():
        assert message.id == expected[msgid].id, msgid
        assert not message.fuzzy, f"{locale}: {msgid} is fuzzy"
        assert all(s.strip() for s in forms(message)), f"{locale}: {msgid} is empty"


@pytest.mark.parametrize("locale", LOCALES)
def test_plural_forms_follow_cldr(locale: str, catalogs: dict[str, Catalog]) -> None:
    catalog = catalogs[locale]
    cldr = to_gettext(Locale.parse(locale).plural_form)
    assert catalog.plural_forms == cldr
    expected = len(Locale.parse(locale).plural_form.rules) + 1
    assert catalog.num_plurals == expected
    plurals = [m for m in catalog if m.id and m.pluralizable]
    assert plurals
    for message in plurals:
        assert len(forms(message)) == expected, f"{locale}: {message.id[0]}"
        for form in forms(message):
            assert "{count}" in form, f"{locale}: {message.id[0]} must show {{count}} in every form"


@pytest.mark.parametrize("locale", LOCALES)
def test_placeholders_match_english(
    locale: str, english: Catalog, catalogs: dict[str, Catalog]
) -> None:
    reference = messages(english)
    for msgid, message in messages(catalogs[locale]).items():
        wanted = set().union(*(placeholders(s) for s in forms(reference[msgid])))
        for form in forms(message):
            assert placeholders(form) == wanted, f"{locale}: {msgid}: {form!r}"
            for _, field, spec, conversion in Formatter().parse(form):
                if field is not None:
                    assert field and not spec and conversion is None, f"{locale}: {msgid}"


@pytest.mark.parametrize("locale", NON_EN)
def test_translations_are_not_english(
    locale: str, english: Catalog, catalogs: dict[str, Catalog]
) -> None:
    reference = messages(english)
    for msgid, message in messages(catalogs[locale]).items():
        for form, en_form in zip(forms(message), forms(reference[msgid]), strict=True):
            if not only_placeholders(en_form):
                assert form != en_form, f"{locale}: {msgid} is still English"


@pytest.mark.parametrize("locale", LOCALES)
def test_translations_are_in_the_locale_script(locale: str, catalogs: dict[str, Catalog]) -> None:
    for msgid, message in messages(catalogs[locale]).items():
        for form in forms(message):
            chars = letters(form)
            if not chars:
                continue
            if locale in LATIN_LOCALES:
                foreign = [c for c in chars if "LATIN" not in unicodedata.name(c, "")]
                assert not foreign, f"{locale}: {msgid} has non-Latin letters {foreign}"
                continue
            low, high = SCRIPTS[locale]
            native = [c for c in chars if low <= ord(c) <= high]
            other_indic = [
                c for c in chars if INDIC[0] <= ord(c) <= INDIC[1] and not low <= ord(c) <= high
            ]
            assert not other_indic, f"{locale}: {msgid} mixes scripts: {other_indic}"
            assert len(native) >= 0.6 * len(chars), f"{locale}: {msgid} not native script: {form!r}"
