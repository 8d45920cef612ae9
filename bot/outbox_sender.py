"""The outbox sender: delivers outbox rows of kind "reply", "alert" and "otp" through the channel
adapters, at the providers' pace, with retries and backoff, and records dead letters with the
provider's error. Rows are claimed (pending → sending, with a lease) in one transaction —
FOR UPDATE SKIP LOCKED on PostgreSQL, BEGIN IMMEDIATE on SQLite — so two sender instances
never send the same row. Domain-event rows (OrderPlaced, …) are not sent here."""

from __future__ import annotations

import asyncio
import logging
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from typing import Any, Protocol

from sqlalchemy import bindparam, select, update

from bot.messages import OutgoingMessage
from bot.pacing import ChatGaps, Pace, TokenBucket
from commerce.database import Database
from commerce.tables import ChatSession, OutboxMessage
from commerce.unit_of_work import UnitOfWork
from locales import LOCALES, translator

log = logging.getLogger("vyapar.outbox")
OUTBOX = OutboxMessage.__table__
SENDABLE = ("reply", "alert", "otp")
WINDOW = timedelta(hours=24)
MAX_MERGED_TEXT = 1024  # the longest body an interactive WhatsApp message may carry


class Deliverer(Protocol):
    """One channel's way out: sends a message, returns the provider's id for it."""

    async def deliver(self, message: OutgoingMessage, *, window_open: bool) -> str: ...


@dataclass(frozen=True, slots=True, kw_only=True)
class SendPolicy:
    max_attempts: int = 5  # then the row is dead, with the provider's last error
    base_delay_s: float = 2.0
    max_delay_s: float = 600.0
    lease_s: float = 60.0
    batch: int = 200
    in_flight: int = 64
    poll_s: float = 0.5

    def delay(self, attempts: int) -> float:
        return min(self.max_delay_s, self.base_delay_s * 2 ** max(0, attempts - 1))


@dataclass(frozen=True, slots=True)
class Claimed:
    id: int
    kind: str
    payload: dict[str, Any]
    attempts: int


@dataclass(slots=True)
class Parcel:
    """One provider call: a message and the outbox rows it carries (several when merged)."""

    message: OutgoingMessage
    rows: list[Claimed]


def message_of(row: Claimed) -> OutgoingMessage:
    if row.kind == "otp":  # the code's text is written here, at sending, in the holder's language
        code = str(row.payload["code"])
        locale = str(row.payload.get("locale") or "en")
        text = translator(locale if locale in LOCALES else "en").t("otp.code", code=code,
                                                                    minutes=int(row.payload.get("minutes") or 5))
        return OutgoingMessage(channel=row.payload["channel"], chat_id=str(row.payload["chat_id"]), text=text,
                               kind="alert", template="otp_code", template_params=(code,))
    return OutgoingMessage.from_json(row.payload)


def merge_burst(parcels: list[Parcel]) -> list[Parcel]:
    """Several messages for one chat in one go become one: texts joined, the last one's buttons
    kept, while the result still fits one message. Templates (OTPs) are never merged."""
    merged: list[Parcel] = []
    for parcel in parcels:
        last = merged[-1] if merged else None
        message = parcel.message
        if (last is not None and not last.message.template and not message.template
                and not last.message.buttons and not last.message.rows
                and len(last.message.text) + len(message.text) + 2 <= MAX_MERGED_TEXT):
            last.message = replace(message, text=f"{last.message.text}\n\n{message.text}")
            last.rows.extend(parcel.rows)
        else:
            merged.append(Parcel(message=message, rows=list(parcel.rows)))
    return merged


class OutboxSender:
    __slots__ = ("db", "deliverers", "policy", "wake", "_buckets", "_gaps", "_slots")

    def __init__(self, db: Database, deliverers: Mapping[str, Deliverer], paces: Mapping[str, Pace], *,
                 policy: SendPolicy = SendPolicy()) -> None:
        self.db = db
        self.deliverers = dict(deliverers)
        self.policy = policy
        self.wake = asyncio.Event()
        self._buckets = {channel: TokenBucket(pace.per_second) for channel, pace in paces.items()}
        self._gaps = {channel: ChatGaps(pace.chat_gap_s) for channel, pace in paces.items()}
        self._slots = asyncio.Semaphore(policy.in_flight)

    async def run(self) -> None:
        while True:
            try:
                count = await self.send_due()
            except Exception:  # the database hiccuped: the next round tries again
                log.exception("outbox round failed")
                count = 0
            if count < self.policy.batch:
                try:
                    await asyncio.wait_for(self.wake.wait(), self.policy.poll_s)
                except TimeoutError:
                    pass
                self.wake.clear()

    async def send_due(self) -> int:
        """One round: claim due rows, deliver them, settle them. Returns how many were claimed."""
        rows = await self._claim()
        if not rows:
            return 0
        by_chat: dict[tuple[str, str], list[Parcel]] = defaultdict(list)
        undeliverable: list[tuple[Claimed, str]] = []
        for row in rows:
            try:
                message = message_of(row)
            except (KeyError, TypeError, ValueError) as exc:
                undeliverable.append((row, f"unreadable payload: {exc!r}"))
                continue
            by_chat[(message.channel, message.chat_id)].append(Parcel(message=message, rows=[row]))
        deferred: list[tuple[Claimed, float]] = []
        parcels: list[Parcel] = []
        for (channel, chat_id), group in by_chat.items():
            if channel not in self.deliverers:
                undeliverable.extend((r, f"channel {channel} is off") for p in group for r in p.rows)
                continue
            wait = self._gaps[channel].wait_s(chat_id)
            if wait > 0:
                deferred.extend((r, wait) for p in group for r in p.rows)
                continue
            first, *later = merge_burst(group)
            parcels.append(first)
            self._gaps[channel].sent(chat_id)
            deferred.extend((r, self._gaps[channel].gap_s) for p in later for r in p.rows)
        windows = await self._windows(parcels)
        results = await asyncio.gather(*(self._deliver(p, windows) for p in parcels))
        await self._settle(list(zip(parcels, results, strict=True)), deferred, undeliverable)
        return len(rows)

    async def _claim(self) -> list[Claimed]:
        now = datetime.now(UTC)
        async with UnitOfWork(self.db) as uow:
            query = (select(OUTBOX.c.id, OUTBOX.c.kind, OUTBOX.c.payload, OUTBOX.c.attempts)
                     .where(OUTBOX.c.kind.in_(SENDABLE), OUTBOX.c.status.in_(("pending", "sending")),
                            OUTBOX.c.available_at <= now)
                     .order_by(OUTBOX.c.id).limit(self.policy.batch))
            if self.db.dialect == "postgresql":
                query = query.with_for_update(skip_locked=True)
            rows = [Claimed(id=r.id, kind=r.kind, payload=r.payload, attempts=r.attempts)
                    for r in await uow.session.execute(query)]
            if rows:
                await uow.session.execute(
                    update(OUTBOX).where(OUTBOX.c.id.in_([r.id for r in rows]),
                                         OUTBOX.c.status.in_(("pending", "sending")))
                    .values(status="sending", available_at=now + timedelta(seconds=self.policy.lease_s)))
                await uow.commit()
        return rows

    async def _windows(self, parcels: Sequence[Parcel]) -> set[str]:
        """WhatsApp chats that wrote to us in the last 24 hours (free-form messages allowed)."""
        chats = {p.message.chat_id for p in parcels if p.message.channel == "whatsapp"}
        if not chats:
            return set()
        since = datetime.now(UTC) - WINDOW
        async with UnitOfWork(self.db, write=False) as uow:
            found = await uow.session.execute(
                select(ChatSession.sender_id).where(ChatSession.channel == "whatsapp",
                                                     ChatSession.sender_id.in_(chats),
                                                     ChatSession.last_inbound_at >= since))
            return {row[0] for row in found}

    async def _deliver(self, parcel: Parcel, windows: set[str]) -> tuple[str, str]:
        """("sent", provider id) or ("failed", the provider's error)."""
        channel = parcel.message.channel
        async with self._slots:
            await self._buckets[channel].take()
            try:
                provider_id = await self.deliverers[channel].deliver(
                    parcel.message, window_open=channel != "whatsapp" or parcel.message.chat_id in windows)
            except asyncio.CancelledError:
                raise
            except Exception as exc:  # the provider refused or did not answer: retried, then dead
                return "failed", _describe(exc)
        return "sent", provider_id

    async def _settle(self, outcomes: list[tuple[Parcel, tuple[str, str]]], deferred: list[tuple[Claimed, float]],
                      undeliverable: list[tuple[Claimed, str]]) -> None:
        now = datetime.now(UTC)
        sent: list[dict[str, Any]] = []
        failed: list[dict[str, Any]] = []
        for parcel, (outcome, detail) in outcomes:
            for row in parcel.rows:
                if outcome == "sent":
                    sent.append({"oid": row.id, "pid": detail[:200], "n": row.attempts + 1})
                else:
                    failed.append(self._failure(row, detail, now))
        failed.extend(self._failure(row, error, now, final=True) for row, error in undeliverable)
        later = [{"oid": row.id, "at": now + timedelta(seconds=wait)} for row, wait in deferred]
        async with UnitOfWork(self.db) as uow:
            if sent:
                await uow.session.execute(
                    update(OUTBOX).where(OUTBOX.c.id == bindparam("oid"), OUTBOX.c.status == "sending")
                    .values(status="sent", sent_at=now, provider_message_id=bindparam("pid"),
                            attempts=bindparam("n"), last_error=None), sent)
            if failed:
                await uow.session.execute(
                    update(OUTBOX).where(OUTBOX.c.id == bindparam("oid"), OUTBOX.c.status == "sending")
                    .values(status=bindparam("st"), attempts=bindparam("n"), last_error=bindparam("err"),
                            available_at=bindparam("at")), failed)
            if later:
                await uow.session.execute(
                    update(OUTBOX).where(OUTBOX.c.id == bindparam("oid"), OUTBOX.c.status == "sending")
                    .values(status="pending", available_at=bindparam("at")), later)
            await uow.commit()
        for row in failed:
            if row["st"] == "dead":
                log.error("outbox row %s is dead after %d attempts: %s", row["oid"], row["n"], row["err"])

    def _failure(self, row: Claimed, error: str, now: datetime, *, final: bool = False) -> dict[str, Any]:
        attempts = row.attempts + 1
        dead = final or attempts >= self.policy.max_attempts
        return {"oid": row.id, "n": attempts, "err": error[:2000], "st": "dead" if dead else "pending",
                "at": now + timedelta(seconds=self.policy.delay(attempts))}


def _describe(exc: Exception) -> str:
    text = str(exc) or type(exc).__name__
    return f"{type(exc).__name__}: {text}"
