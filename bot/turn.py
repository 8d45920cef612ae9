"""A Turn is one inbound message being handled: who sent it, in which locale to answer, and
the replies collected so far. Every step of the conversation takes a Turn."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field

from bot.catalog_cache import CatalogCache
from bot.handling import AfterCommit
from bot.messages import Button, InboundMessage, ListRow, OutgoingMessage
from commerce.payments import LinkAttempt, NewLink
from commerce.tables import ChatSession, InventoryItem
from commerce.unit_of_work import UnitOfWork
from locales import Translator, format_money, translator

# Asks the provider for a claimed attempt's link (payments.start.create_link), with no
# transaction open; raises a DomainError when it cannot. None when online payment is off.
LinkMaker = Callable[[LinkAttempt], Awaitable[NewLink]]


@dataclass(slots=True)
class BotContext:
    catalogs: CatalogCache = field(default_factory=CatalogCache)
    make_payment_link: LinkMaker | None = None
    enforce_hours: bool = True
    telegram_bot_username: str = ""  # without "@"; empty: no t.me links are offered
    whatsapp_number: str = ""  # the bot's WhatsApp business number; empty: no wa.me links are offered


@dataclass(slots=True)
class Turn:
    uow: UnitOfWork
    message: InboundMessage
    session: ChatSession
    ctx: BotContext
    locale: str
    replies: list[OutgoingMessage] = field(default_factory=list)
    after_commit: list[AfterCommit] = field(default_factory=list)  # run once the turn has committed

    @property
    def tr(self) -> Translator:
        return translator(self.locale)

    def t(self, key: str, **values: object) -> str:
        return self.tr.t(key, **values)

    def tn(self, key: str, n: int, **values: object) -> str:
        return self.tr.tn(key, key + ".plural", n, **values)

    def after(self, step: AfterCommit) -> None:
        """Leave work for after the turn's transaction commits (bot.handling.AfterCommit)."""
        self.after_commit.append(step)

    def money(self, paise: int) -> str:
        return format_money(paise, self.locale)

    def button(self, key: str, button_id: str, **values: object) -> Button:
        return Button(id=button_id, title=self.t(key, **values))

    def say(self, text: str, *, buttons: tuple[Button, ...] | list[Button] = (),
            rows: tuple[ListRow, ...] | list[ListRow] = (), list_title: str = "") -> None:
        if not list_title and (rows or len(buttons) > 3):  # may become a WhatsApp list: its button, in their language
            list_title = self.t("button.choose")
        self.replies.append(OutgoingMessage(channel=self.message.channel, chat_id=self.message.chat_id, text=text,
                                            buttons=tuple(buttons), rows=tuple(rows), list_title=list_title))


def size_text(size_value: float | None, size_unit: str | None) -> str:
    if size_value is None or not size_unit:
        return ""
    value = int(size_value) if float(size_value).is_integer() else size_value
    return f"{value} {size_unit}"


def item_title(item: InventoryItem) -> str:
    """"Aashirvaad Shudh Chakki Atta 5 kg" — the name people see everywhere."""
    size = size_text(item.size_value, item.size_unit)
    return f"{item.name} {size}".strip()


def short_title(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def row_title(item: InventoryItem, limit: int = 24) -> str:
    """A list row title that keeps the pack size when the name has to be cut:
    "Maggi 2-Minute Mas… 70 g" — three sizes of one product stay tell-apart-able."""
    size = size_text(item.size_value, item.size_unit)
    full = f"{item.name} {size}".strip()
    if len(full) <= limit or not size:
        return short_title(full, limit)
    room = limit - len(size) - 1
    return f"{short_title(item.name, room)} {size}"
