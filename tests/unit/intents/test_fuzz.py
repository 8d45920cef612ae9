"""Any text at all gives back a well-formed Parse, never an exception."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from intents import LANGUAGES, Intent, Parse, extract_items, parse
from intents.cleaning import MAX_MESSAGE_CHARS

INDIC = st.characters(min_codepoint=0x0900, max_codepoint=0x0D7F)
EMOJI = st.characters(min_codepoint=0x1F300, max_codepoint=0x1FAFF)
CONTROL = st.sampled_from(["\x00", "\x07", "\x1b", "\u200b", "\u202e", "\ufeff", "\r", "\t", "\x7f"])
SQL = st.sampled_from(["'; DROP TABLE products; --", "1' OR '1'='1", "SELECT * FROM users", "<script>x</script>"])
WORDS = st.sampled_from(["2", "kilo", "atta", "aur", "x", "+", "-5", "A1042", "price", "₹", "paune", "do", "½", "\n", ","])
TEXT = st.one_of(
    st.text(),
    st.text(alphabet=st.one_of(INDIC, EMOJI, CONTROL, st.characters()), max_size=300),
    st.lists(st.one_of(WORDS, SQL, st.text(max_size=5)), max_size=40).map(" ".join),
    st.text(alphabet=EMOJI, min_size=1, max_size=50),
    st.just("a" * 10_000),
    st.just("२ किलो " * 3000),
)
FUZZ = settings(max_examples=300, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])


def _well_formed(result: Parse, role: str) -> None:
    assert isinstance(result, Parse)
    assert isinstance(result.intent, Intent)
    assert result.language in LANGUAGES
    assert result.script in {"Latn", "Deva", "Beng", "Taml", "Telu", "Gujr", "Knda", "Mlym", "Guru", "Orya"}
    assert 0.0 <= result.confidence <= 1.0
    assert result.role == role
    assert len(result.text) <= MAX_MESSAGE_CHARS
    for item in result.items:
        assert item.quantity is None or item.quantity > 0
    for value in result.slots.values():
        assert isinstance(value, (str, int, float))


@FUZZ
@given(text=TEXT, role=st.sampled_from(["customer", "owner"]))
def test_parse_never_raises(text: str, role: str) -> None:
    _well_formed(parse(text, role=role), role)  # type: ignore[arg-type]


@FUZZ
@given(text=TEXT)
def test_extract_items_never_raises(text: str) -> None:
    for item in extract_items(text):
        assert item.text and (item.quantity is None or item.quantity > 0)


def test_long_emoji_sql_and_control_texts() -> None:
    for text in ("", "🙂" * 5000, "'; DROP TABLE users; --", "\x00\x01\x02", "x" * 10_000):
        result = parse(text)
        _well_formed(result, "customer")
    assert parse("'; DROP TABLE users; --").intent == Intent.UNKNOWN
