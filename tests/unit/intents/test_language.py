"""Language and script detection, from cases/languages.tsv."""

from __future__ import annotations

import pytest

from intents.language import detect_language

from .cases import read_cases

CASES = read_cases("languages.tsv")


@pytest.mark.parametrize("text,language,script", CASES, ids=[case[0][:30] for case in CASES])
def test_language_and_script(text: str, language: str, script: str) -> None:
    found = detect_language(text)
    assert (found.language, found.script) == (language, script)


def test_no_letters_is_english_latin() -> None:
    found = detect_language("12345 🙂")
    assert (found.language, found.script) == ("en", "Latn")
