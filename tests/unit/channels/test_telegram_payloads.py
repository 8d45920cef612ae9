"""Recorded Telegram updates → InboundMessages, read with python-telegram-bot's Update.de_json."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from telegram import Bot

from bot.channels.telegram import keyboard_for, new_bot, parse_update, secret_ok
from bot.messages import Button, ListRow, OutgoingMessage

DATA = Path(__file__).parents[2] / "data" / "telegram"
SHARED = Path("/work/shared/fixtures/telegram")


@pytest.fixture
def bot() -> Bot:
    return new_bot("123:ABC", "http://127.0.0.1:9")


def load(path: Path) -> dict[str, object]:
    return json.loads(path.read_text())


@pytest.mark.parametrize(("name", "kind", "sender", "chat", "text"), [
    ("text_message_private.json", "text", "12345678", "12345678", "Hi, world!"),
    ("text_message_reply_to_message.json", "text", "12345678", "12345678", "Reply to quoted message"),
    ("location_message_private.json", "location", "12345678", "12345678", ""),
    ("text_message_private_teloxide_capture.json", "text", "218485655", "218485655", "hello there"),
    ("text_message_private_teloxide_capture2.json", "text", "408258968", "408258968", "4"),
    ("supergroup_bot_command_reply_teloxide_capture.json", "text", "5964236329", "-1001293752024", "/report"),
])
def test_update_table(bot: Bot, name: str, kind: str, sender: str, chat: str, text: str) -> None:
    data = load(DATA / name)
    (message,) = parse_update(data, bot).messages
    assert message.channel == "telegram" and message.kind == kind
    assert message.sender_id == sender and message.chat_id == chat and message.text == text
    assert message.message_id == str(data["update_id"])
    if kind == "location":
        assert message.location is not None


def test_edited_message_is_not_an_order(bot: Bot) -> None:
    assert parse_update(load(DATA / "edited_message_private.json"), bot).messages == ()


def test_callback_query(bot: Bot) -> None:
    query = load(DATA / "callback_query_object_only_teloxide.json")
    update = parse_update({"update_id": 99, "callback_query": query}, bot)
    (message,) = update.messages
    assert message.kind == "button" and message.button_id == query["data"]
    assert update.callback_query_id == query["id"]


@pytest.mark.parametrize("name", ["official_docs_text_message.json", "official_docs_text_message_no_chat_type.json",
                                  "official_docs_callback_query_inline.json"])
def test_documentation_samples_without_is_bot(bot: Bot, name: str) -> None:
    if not (SHARED / name).exists():
        pytest.skip("shared fixtures are absent")
    update = parse_update(load(SHARED / name), bot)
    if "callback" in name:
        assert update.callback_query_id
    else:
        (message,) = update.messages
        assert message.kind == "text" and message.text


def test_secret_header() -> None:
    assert secret_ok("abc", "abc") and not secret_ok("abc", "abd")
    assert not secret_ok("abc", None) and not secret_ok(None, "abc") and not secret_ok("", "")


def test_keyboard_and_degradation() -> None:
    text, markup = keyboard_for(OutgoingMessage(channel="telegram", chat_id="1", text="Pick",
                                                buttons=(Button(id="a", title="Atta"), Button(id="b", title="Bread"))))
    assert text == "Pick" and markup is not None
    assert [[b.callback_data for b in row] for row in markup.inline_keyboard] == [["a"], ["b"]]
    too_long = OutgoingMessage(channel="telegram", chat_id="1", text="Pick",
                               rows=(ListRow(id="x" * 65, title="Long"), ListRow(id="y", title="Short")))
    text, markup = keyboard_for(too_long)
    assert markup is None and text == "Pick\n1. Long\n2. Short"


def test_callback_data_is_always_text(bot: Bot) -> None:
    update = parse_update({"update_id": 77, "callback_query": {
        "id": "q", "chat_instance": "1", "data": 5, "from": {"id": 2, "is_bot": False, "first_name": "A"}}}, bot)
    (message,) = update.messages
    assert message.button_id == "5" and message.chat_id == "2"
