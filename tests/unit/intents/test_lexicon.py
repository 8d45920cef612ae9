"""intents.lexicon and its builder: the checked-in lexicon is valid, complete and up to date."""

from __future__ import annotations

from pathlib import Path

import pytest

from intents.lexicon import LEXICON_PATH, Lexicon, LexiconRow, fold, load_lexicon, read_rows, script_of
from intents.lexicon_build import CORE_PATH, IFCT_PATH, LexiconError, build, check, coverage, parse_core
from intents.types import LANGUAGES


def test_checked_in_lexicon_passes_its_checks() -> None:
    rows = read_rows()
    assert check(rows) == []
    assert len({row.concept for row in rows}) >= 190
    assert {row.lang for row in rows} == set(LANGUAGES)


def test_every_language_has_native_script_terms_for_most_concepts() -> None:
    per_language = coverage(read_rows())
    for lang in LANGUAGES:
        assert per_language[lang] >= 85, (lang, per_language[lang])


@pytest.mark.parametrize(
    ("term", "words"),
    [
        ("आटा", "atta"),
        ("गेहूं का आटा", "atta"),
        ("கோதுமை மாவு", "wheat flour"),
        ("chawal", "rice"),
        ("ଚାଉଳ", "rice"),
        ("pyaaz", "onion"),
        ("प्याज़", "onion"),  # nukta folded away
        ("eerulli", "onion"),
        ("peyaj", "onion"),
        ("paal", "milk"),
        ("haalu", "milk"),
        ("मैगी", "maggi noodles"),
        ("மேகி", "maggi noodles"),
        ("sarson ka tel", "mustard oil"),
    ],
)
def test_terms_translate_to_catalog_words(term: str, words: str) -> None:
    assert words in load_lexicon().lookup(fold(term))


def test_fold() -> None:
    assert fold("  Parle-G (Loose), 100%! ") == "parle g loose 100"
    assert fold("प्याज़।") == fold("प्याज")
    assert fold("ಗೋಧಿ\u200cಹಿಟ್ಟು") == "ಗೋಧಿಹಿಟ್ಟು"
    assert fold("கோதுமை  மாவு") == "கோதுமை மாவு"  # vowel signs and virama stay
    assert fold("🙏") == ""


def test_script_of() -> None:
    assert [script_of(t) for t in ("atta", "आटा", "আটা", "ஆட்டா", "ఆటా", "આટો", "ಆಟಾ", "ആട്ട", "ਆਟਾ", "ଅଟା")] == [
        "Latn", "Deva", "Beng", "Taml", "Telu", "Gujr", "Knda", "Mlym", "Guru", "Orya"
    ]  # fmt: skip


def test_parse_core_reads_blocks_and_rejects_bad_lines() -> None:
    rows = list(parse_core("[onion] onion | pyaz\nhi: प्याज, pyaz\nta: வெங்காயம்\n"))
    assert [(r.lang, r.script, r.term) for r in rows] == [
        ("hi", "Deva", "प्याज"),
        ("hi", "Latn", "pyaz"),
        ("ta", "Taml", "வெங்காயம்"),
    ]
    assert rows[0].catalog_words == ("onion", "pyaz")
    with pytest.raises(LexiconError, match="line 2"):
        list(parse_core("[onion] onion\nxx: pyaz\n"))
    with pytest.raises(LexiconError, match="line 1"):
        list(parse_core("hi: pyaz\n"))


def test_check_flags_wrong_scripts() -> None:
    bad = [LexiconRow("onion", ("onion",), "ta", "Taml", "प्याज")]
    assert any("script" in problem for problem in check(bad))


def test_lexicon_merges_meanings_of_a_shared_term() -> None:
    lexicon = Lexicon.from_rows(
        [
            LexiconRow("mustard", ("mustard",), "ta", "Latn", "kadugu"),
            LexiconRow("mustard seeds", ("mustard seeds", "rai"), "ta", "Latn", "Kadugu"),
        ]
    )
    assert lexicon.lookup("kadugu") == ("mustard", "mustard seeds", "rai")


def test_checked_in_lexicon_is_what_the_builder_makes(tmp_path: Path) -> None:
    if not IFCT_PATH.exists():
        pytest.skip(f"{IFCT_PATH} not present: cannot rebuild the IFCT part")
    out = tmp_path / "lexicon.csv"
    build(CORE_PATH, IFCT_PATH, out)
    assert out.read_text(encoding="utf-8") == LEXICON_PATH.read_text(encoding="utf-8"), (
        "lexicon.csv is stale: run .venv/bin/python -m intents.lexicon_build"
    )
