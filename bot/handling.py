"""The contract between the channels and the conversation, and the steps every channel shares.

    Handler = Callable[[UnitOfWork, InboundMessage], Awaitable[list[OutgoingMessage]]]

A handler runs inside the unit of work the pipeline opened for one inbound message; it may read
and write anything through it but must NOT commit: the pipeline writes its replies (outbox rows
of kind "reply", or the web chat's HTTP answer), marks the inbox row done and commits, all in
that one transaction. Raising rolls everything back and the message is retried (up to 5
attempts, then parked). Handlers must keep every effect in the unit of work (outbox rows, not
direct provider calls): on SQLite several messages share one transaction and, when one of them
raises, the batch is rolled back and rerun with a SAVEPOINT per message — so a handler may be
called again for a message whose first call was rolled back.

Work that must not happen inside the transaction — a provider call, such as asking Razorpay
for a payment link — is returned as an AfterCommit step with the replies (`Replies`): whoever
ran the handler runs the steps once its transaction has committed (`run_after_commit`), and
each step writes what it decided in a short unit of work of its own. A step lost with its
process leaves a durable trace to recover from (see commerce.payments.claim_link_recovery)."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass
from typing import Any, Protocol
from datetime import UTC, datetime

from sqlalchemy import bindparam, update
from sqlalchemy.dialects import postgresql, sqlite

from bot.messages import InboundMessage, OutgoingMessage
from commerce.database import Database
from commerce.tables import ChatSession, InboxMessage
from commerce.unit_of_work import UnitOfWork
from locales import translator

Handler = Callable[[UnitOfWork, InboundMessage], Awaitable[list[OutgoingMessage]]]
log = logging.getLogger("vyapar.handling")


class AfterCommit(Protocol):
    """Work a handler leaves for after its transaction has committed. `queue`: write the
    replies to the outbox (in the step's own unit of work); otherwise only return them (the
    web chat answers with them)."""

    async def run(self, db: Database, *, queue: bool) -> list[OutgoingMessage]: ...


class Replies(list[OutgoingMessage]):
    """A handler's replies, and the steps to run after its commit (a plain list has none)."""

    __slots__ = ("after_commit",)

    def __init__(self, replies: Iterable[OutgoingMessage] = (), after_commit: Iterable[AfterCommit] = ()) -> None:
        super().__init__(replies)
        self.after_commit: list[AfterCommit] = list(after_commit)


def after_commit_of(replies: list[OutgoingMessage]) -> list[AfterCommit]:
    return list(replies.after_commit) if isinstance(replies, Replies) else []


async def run_after_commit(db: Database, steps: list[AfterCommit], *, queue: bool) -> list[OutgoingMessage]:
    """Run the steps in order, with no transaction open; a step that fails is logged (what
    it left undone is recovered from the database, see the step) and the others still run."""
    replies: list[OutgoingMessage] = []
    for step in steps:
        try:
            replies += await step.run(db, queue=queue)
        except Exception:
            log.exception("an after-commit step failed: %r", step)
    return replies
FloodReply = Callable[[UnitOfWork, InboundMessage], Awaitable[str]]  # the polite text (bot.flood_reply)
INBOX = InboxMessage.__table__
SESSIONS = ChatSession.__table__


async def default_flood_reply(_uow: UnitOfWork, _message: InboundMessage) -> str:
    return translator("en").t("rate_limited")


@dataclass(frozen=True, slots=True, kw_only=True)
class FloodPolicy:
    limit: int = 100  # messages per sender …
    window_s: int = 60  # … per minute; over it: one polite reply, then silence


@dataclass(frozen=True, slots=True, kw_only=True)
class RetryPolicy:
    max_attempts: int = 5  # then the message is parked with its error
    base_delay_s: float = 2.0  # 2, 4, 8, 16 s …
    max_delay_s: float = 300.0
    lease_s: float = 60.0  # a claimed row returns to the queue if its worker vanished

    def delay(self, attempts: int) -> float:
        return min(self.max_delay_s, self.base_delay_s * 2 ** max(0, attempts - 1))


async def note_inbound(uow: UnitOfWork, message: InboundMessage) -> None:
    """Create the chat session if new and remember when the customer last wrote (WhatsApp's
    24-hour customer-service window runs from there)."""
    await note_inbound_many(uow, [message])


def _note_inbound_statement(module: Any) -> Any:
    statement = module.insert(SESSIONS)
    return statement.on_conflict_do_update(
        index_elements=[SESSIONS.c.channel, SESSIONS.c.sender_id],
        set_={"last_inbound_at": statement.excluded.last_inbound_at})


# Built once per dialect (run as executemany with the rows as parameters): no statement is
# built, compiled or keyed per batch.
_NOTE_INBOUND = {name: _note_inbound_statement(module) for name, module in (("postgresql", postgresql),
                                                                             ("sqlite", sqlite))}


async def note_inbound_many(uow: UnitOfWork, messages: list[InboundMessage]) -> None:
    if not messages:
        return
    statement = _NOTE_INBOUND["postgresql" if uow.db.dialect == "postgresql" else "sqlite"]
    now = datetime.now(UTC)
    latest: dict[tuple[str, str], InboundMessage] = {}
    for message in messages:
        latest[(message.channel, message.sender_id[:64])] = message
    await uow.session.execute(statement, [
        {"channel": channel, "sender_id": sender, "role": "customer", "state": "start", "data": {},
         "last_inbound_at": message.received_at, "updated_at": now}
        for (channel, sender), message in latest.items()])


async def finish(uow: UnitOfWork, message: InboundMessage, status: str = "done") -> None:
    await finish_many(uow, [message], status)


_FINISH = (update(INBOX).where(INBOX.c.provider == bindparam("p"), INBOX.c.message_id == bindparam("m"))
           .values(status=bindparam("s"), processed_at=bindparam("at")))


async def finish_many(uow: UnitOfWork, messages: list[InboundMessage], status: str = "done") -> None:
    if not messages:
        return
    now = datetime.now(UTC)
    await uow.session.execute(
        _FINISH, [{"p": m.channel, "m": m.message_id[:200], "s": status, "at": now} for m in messages])


def queue_replies(uow: UnitOfWork, replies: list[OutgoingMessage]) -> None:
    for reply in replies:
        uow.add_outbox(reply.kind, reply.to_json())
