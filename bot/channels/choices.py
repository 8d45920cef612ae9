"""How many choices a channel can show as buttons or a list, and the numbered-text fallback
every channel shares ("1. Atta 5 kg\n2. Maggi …") when a message offers more."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from bot.messages import Button, ListRow, OutgoingMessage

MAX_REPLY_BUTTONS = 3
MAX_BUTTON_TITLE = 20
MAX_LIST_ROWS = 10
MAX_ROW_TITLE = 24
MAX_ROW_DESCRIPTION = 72
MAX_LIST_BUTTON = 20
LIST_BUTTON_FALLBACK = "☰"  # the bot always names the list button in the user's language; no English here


@dataclass(frozen=True, slots=True, kw_only=True)
class Choice:
    id: str
    title: str
    description: str = ""


@dataclass(frozen=True, slots=True, kw_only=True)
class Rendering:
    """What a message becomes on WhatsApp: plain text, reply buttons or a list."""

    shape: Literal["text", "buttons", "list"]
    text: str
    choices: tuple[Choice, ...] = ()
    list_title: str = ""


def choices_of(message: OutgoingMessage) -> tuple[Choice, ...]:
    buttons = tuple(Choice(id=b.id, title=b.title) for b in message.buttons)
    rows = tuple(Choice(id=r.id, title=r.title, description=r.description) for r in message.rows)
    return buttons + rows


def numbered_text(text: str, choices: tuple[Choice, ...]) -> str:
    """The message with its choices as a numbered list the customer can answer with a digit."""
    lines = [text] if text else []
    for number, choice in enumerate(choices, start=1):
        extra = f" — {choice.description}" if choice.description else ""
        lines.append(f"{number}. {choice.title}{extra}")
    return "\n".join(lines)


def for_whatsapp(message: OutgoingMessage) -> Rendering:
    """≤3 buttons with titles ≤20 → reply buttons; ≤10 rows with titles ≤24 → a list;
    anything else (more choices, longer titles, buttons and rows mixed) → numbered text."""
    choices = choices_of(message)
    if not choices:
        return Rendering(shape="text", text=message.text)
    only_buttons = bool(message.buttons) and not message.rows
    only_rows = bool(message.rows) and not message.buttons
    if only_buttons and len(choices) <= MAX_REPLY_BUTTONS and _fits(message.buttons, MAX_BUTTON_TITLE):
        return Rendering(shape="buttons", text=message.text, choices=choices)
    if (only_rows or only_buttons) and len(choices) <= MAX_LIST_ROWS and all(
            len(c.title) <= MAX_ROW_TITLE and len(c.description) <= MAX_ROW_DESCRIPTION for c in choices):
        title = (message.list_title or LIST_BUTTON_FALLBACK)[:MAX_LIST_BUTTON]
        return Rendering(shape="list", text=message.text, choices=choices, list_title=title)
    return Rendering(shape="text", text=numbered_text(message.text, choices))


def _fits(items: tuple[Button, ...] | tuple[ListRow, ...], limit: int) -> bool:
    return all(0 < len(item.title) <= limit for item in items)
