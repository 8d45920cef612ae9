"""Rendering through the Translator API: every message, every locale, no English leaking."""

from __future__ import annotations

import logging
from io import BytesIO

import pytest
from babel.messages.catalog import Catalog
from babel.messages.pofile import write_po

from locales import LANGUAGE_NAMES, LOCALES, Translator, reply_locale, translator
from locales.catalog import LOCALES_DIR

from .samples import SAMPLES

NON_EN = [locale for locale in LOCALES if locale != "en"]
BUTTON_MAX = 20  # WhatsApp reply button title / list button text
ROW_MAX = 24  # WhatsApp list row title / section title
ROW_DESCRIPTION_MAX = 72
# Longest realistic values for placeholders that appear in buttons and rows.
WORST_CASE = {**SAMPLES, "available": "999", "distance": "12.5"}


def singular_ids() -> list[str]:
    return sorted(translator("en")._singular)


def plural_ids() -> list[str]:
    return sorted(translator("en")._plural)


def whatsapp_length(text: str) -> int:
    """Characters as WhatsApp counts them (UTF-16 code units; emoji count 2)."""
    return len(text.encode("utf-16-le")) // 2


def render_all(locale: str) -> dict[str, str]:
    tr = translator(locale)
    out = {msgid: tr.t(msgid, **SAMPLES) for msgid in singular_ids()}
    for msgid in plural_ids():
        for n in (1, 7):
            out[f"{msgid}[{n}]"] = tr.tn(msgid, f"{msgid}.plural", n, **SAMPLES)
    return out


def test_every_message_renders_in_english() -> None:
    rendered = render_all("en")
    assert rendered["cart.total"] == "Total ₹112."
    assert rendered["store.found[7]"] == "7 shops deliver to 560034:"
    assert rendered["store.found[1]"] == "1 shop delivers to 560034:"
    for msgid, text in rendered.items():
        assert "{" not in text and "}" not in text, msgid


@pytest.mark.parametrize("locale", NON_EN)
def test_no_message_falls_back_to_english(locale: str) -> None:
    english = render_all("en")
    rendered = render_all(locale)
    assert rendered.keys() == english.keys()
    placeholder_only = {"cart.line", "owner.order.item"}
    for msgid, text in rendered.items():
        assert text.strip(), f"{locale}: {msgid}"
        assert "{" not in text and "}" not in text, f"{locale}: {msgid}"
        if msgid not in placeholder_only:
            assert text != english[msgid], f"{locale}: {msgid} renders as English"


@pytest.mark.parametrize("locale", LOCALES)
def test_buttons_and_list_rows_fit_whatsapp_limits(locale: str) -> None:
    tr = translator(locale)
    limits = {"button.": BUTTON_MAX, "row.": ROW_MAX, "section.": ROW_MAX}
    checked = 0
    for msgid in singular_ids():
        for prefix, limit in limits.items():
            if msgid.startswith(prefix):
                text = tr.t(msgid, **WORST_CASE)
                length = whatsapp_length(text)
                assert length <= limit, f"{locale}: {msgid} = {text!r} ({length})"
                checked += 1
    assert checked >= 35
    assert whatsapp_length(tr.t("store.distance", **WORST_CASE)) <= ROW_DESCRIPTION_MAX


def test_language_names_fit_a_list_row() -> None:
    assert set(LANGUAGE_NAMES) == set(LOCALES)
    for name in LANGUAGE_NAMES.values():
        assert 0 < whatsapp_length(name) <= ROW_MAX


def test_the_limit_check_can_fail() -> None:
    assert whatsapp_length("Cash on delivery 🛵🛵") > BUTTON_MAX
    assert whatsapp_length("க" * 21) > BUTTON_MAX


@pytest.mark.parametrize(
    ("locale", "n", "expected"),
    [
        ("en", 1, "1 shop near you:"),
        ("en", 0, "0 shops near you:"),
        ("hi", 0, "आपके पास 0 दुकान है:"),  # CLDR: Hindi 0 takes the "one" form
        ("hi", 5, "आपके पास 5 दुकानें हैं:"),
        ("hi_Latn", 2, "Aapke paas 2 dukaanein hain:"),
    ],
)
def test_plural_forms_are_chosen_by_cldr_rules(locale: str, n: int, expected: str) -> None:
    assert translator(locale).tn("store.found_nearby", "store.found_nearby.plural", n) == expected


def test_count_is_formatted_for_the_locale() -> None:
    text = translator("en").tn("owner.low_stock.header", "owner.low_stock.header.plural", 125000)
    assert text == "Low stock (1,25,000 items):"


def test_unknown_message_id_raises() -> None:
    with pytest.raises(KeyError):
        translator("ta").t("cart.totl", total="₹1")
    with pytest.raises(KeyError):
        translator("en").tn("store.found", "store.founds", 2, pincode="1")
    with pytest.raises(KeyError):
        translator("en").t("store.found", pincode="1")  # plural id through t()
    with pytest.raises(KeyError):
        translator("en").tn("cart.total", "cart.total.plural", 2, total="₹1")


def test_missing_placeholder_value_raises_in_tests() -> None:
    with pytest.raises(KeyError):
        translator("hi").t("cart.total")


def test_plural_count_must_be_an_int() -> None:
    with pytest.raises(TypeError):
        count: object = 2.0
        translator("en").tn("store.found", "store.found.plural", count, pincode="1")  # type: ignore


def test_translators_are_cached_and_locales_checked() -> None:
    assert translator("bn") is translator("bn")
    assert translator("bn").locale == "bn"
    with pytest.raises(ValueError):
        translator("fr")


def _partial_tamil() -> Translator:
    """A Tamil catalog that lacks cart.total (and has an empty cart.header)."""
    catalog = Catalog(locale="ta")
    catalog.add("cart.anything_else", "வேறு ஏதாவது?")
    catalog.add("cart.header", "")
    buffer = BytesIO()
    write_po(buffer, catalog)
    buffer.seek(0)
    return Translator.from_po("ta", buffer, fallback=translator("en"))


def test_missing_translation_raises_in_strict_mode(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VYAPAR_I18N_STRICT", "1")
    partial = _partial_tamil()
    assert partial.t("cart.anything_else") == "வேறு ஏதாவது?"
    with pytest.raises(KeyError):
        partial.t("cart.total", total="₹112")
    with pytest.raises(KeyError):
        partial.t("cart.header")


def test_missing_translation_falls_back_to_english_in_production(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setenv("VYAPAR_I18N_STRICT", "0")
    partial = _partial_tamil()
    with caplog.at_level(logging.WARNING, logger="locales.catalog"):
        assert partial.t("cart.total", total="₹112") == "Total ₹112."
        assert partial.t("cart.header") == "Your cart:"
    assert any("cart.total" in record.getMessage() for record in caplog.records)
    with pytest.raises(KeyError):  # a typo is a bug everywhere
        partial.t("cart.totl")


def test_strict_mode_is_on_under_pytest(monkeypatch: pytest.MonkeyPatch) -> None:
    from locales import strict_mode

    monkeypatch.delenv("VYAPAR_I18N_STRICT", raising=False)
    assert strict_mode()
    monkeypatch.setenv("VYAPAR_I18N_STRICT", "0")
    assert not strict_mode()


@pytest.mark.parametrize(
    ("language", "script", "expected"),
    [
        ("hi", "Latn", "hi_Latn"),
        ("hi", "Deva", "hi"),
        ("ta", "Latn", "ta"),  # "rendu kilo arisi" is answered in Tamil script
        ("ta", "Taml", "ta"),
        ("bn", "Beng", "bn"),
        ("or", "Orya", "or"),
        ("en", "Latn", "en"),
        ("fr", "Latn", "en"),
        ("", "", "en"),
        ("HI", "latn", "hi_Latn"),
    ],
)
def test_reply_locale(language: str, script: str, expected: str) -> None:
    assert reply_locale(language, script) == expected


def test_every_reply_locale_has_a_catalog() -> None:
    for locale in LOCALES:
        assert (LOCALES_DIR / locale / "LC_MESSAGES" / "messages.po").is_file()
