"""What a reply becomes on WhatsApp: ≤3 buttons, ≤10 list rows, else numbered text."""

from __future__ import annotations

from bot.channels.choices import for_whatsapp
from bot.channels.web import parse_request, replies_json
from bot.messages import Button, ListRow, OutgoingMessage


def message(buttons: int = 0, rows: int = 0, title: str = "Item") -> OutgoingMessage:
    return OutgoingMessage(channel="whatsapp", chat_id="91", text="Which one?",
                           buttons=tuple(Button(id=f"b{i}", title=f"{title} {i}") for i in range(1, buttons + 1)),
                           rows=tuple(ListRow(id=f"r{i}", title=f"{title} {i}", description="1 kg")
                                      for i in range(1, rows + 1)))


def test_plain_text() -> None:
    assert for_whatsapp(message()).shape == "text"


def test_three_buttons_stay_buttons_four_become_a_list() -> None:
    assert for_whatsapp(message(buttons=3)).shape == "buttons"
    four = for_whatsapp(message(buttons=4))
    assert four.shape == "list" and len(four.choices) == 4


def test_long_button_title_falls_to_list_or_text() -> None:
    assert for_whatsapp(message(buttons=2, title="Aashirvaad Atta 5kg")).shape == "list"  # 21 chars > 20
    assert for_whatsapp(message(rows=2, title="Aashirvaad Shudh Chakki Atta")).shape == "text"  # > 24


def test_ten_rows_are_a_list_eleven_are_numbered_text() -> None:
    ten = for_whatsapp(message(rows=10))
    assert ten.shape == "list" and ten.list_title == "☰"
    eleven = for_whatsapp(message(rows=11))
    assert eleven.shape == "text"
    lines = eleven.text.splitlines()
    assert lines[0] == "Which one?" and lines[1] == "1. Item 1 — 1 kg" and lines[-1] == "11. Item 11 — 1 kg"


def test_web_request_and_replies() -> None:
    inbound = parse_request({"user_id": "u1", "button": "cart"})
    assert inbound.kind == "button" and inbound.button_id == "cart" and not inbound.owner_token
    owner = parse_request({"user_id": "u1", "text": "atta 20"}, owner_store_id="STORE-A")
    assert owner.owner_token and owner.owner_store_id == "STORE-A" and owner.sender_id != "u1"
    assert replies_json([message(buttons=1, rows=1)]) == {"replies": [{"text": "Which one?", "buttons": [
        {"id": "b1", "title": "Item 1"}, {"id": "r1", "title": "Item 1", "description": "1 kg"}]}]}
