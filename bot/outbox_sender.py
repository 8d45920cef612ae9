"""The outbox sender: delivers outbox rows of kind "reply", "alert" and "otp" through the channel
adapters, at the providers' pace, with retries and backoff, and records dead letters with the
provider's error. Rows are claimed (pending → sending, with a lease) in one transaction —
FOR UPDATE SKIP LOCKED on PostgreSQL, BEGIN IMMEDIATE on SQLite — so two sender instances
never send the same row. Domain-event rows (OrderPlaced, …) are not sent here. An OTP row's
code is blanked ("***") in the same update that marks it sent or dead, so no plaintext code
outlives its delivery (a row still being retried keeps it)."""

from __future__ import annotations

import asyncio
import logging
import time
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from typing import Any, Protocol

from sqlalchemy import bindparam, select, update

from bot.messages import ORDER_UPDATE_TEMPLATE, OTP_TEMPLATE, OutgoingMessage
from bot.pacing import ChatGaps, Clock, Gaps, Pace, Rate, SendRate, Sleep
from commerce.database import Database
from commerce.tables import ChatSession, OutboxMessage
from commerce.unit_of_work import UnitOfWork
from locales import LOCALES, translator

log = logging.getLogger("vyapar.outbox")
OUTBOX = OutboxMessage.__table__
SENDABLE = ("reply", "alert", "otp")
WINDOW = timedelta(hours=24)
MAX_MERGED_TEXT = 1024  # the longest body an interactive WhatsApp message may carry
MASKED_CODE = "***"  # what an OTP row's payload keeps of its code once sent or dead


class Deliverer(Protocol):
    """One channel's way out: sends a message, returns the provider's id for it."""

    async def deliver(self, message: OutgoingMessage, *, window_open: bool, locale: str) -> str: ...


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
    locale: str | None = None  # the holder's language carried by the row itself (OTPs)


@dataclass(frozen=True, slots=True)
class Recipient:
    """What the chat session tells about a WhatsApp chat when sending to it."""

    window_open: bool = False  # wrote to us in the last 24 hours: free-form messages allowed
    locale: str | None = None


def message_of(row: Claimed) -> OutgoingMessage:
    if row.kind == "otp":  # the code's text is written here, at sending, in the holder's language
        code = str(row.payload["code"])
        locale = str(row.payload.get("locale") or "en")
        text = translator(locale if locale in LOCALES else "en").t("otp.code", code=code,
                                                                    minutes=int(row.payload.get("minutes") or 5))
        return OutgoingMessage(channel=row.payload["channel"], chat_id=str(row.payload["chat_id"]), text=text,
                               kind="alert", template=OTP_TEMPLATE, template_params=(code,))
    return OutgoingMessage.from_json(row.payload)


def masked_payload(payload: Mapping[str, Any]) -> dict[str, Any]:
    """An OTP row's payload with its code replaced by MASKED_CODE."""
    return {**payload, "code": MASKED_CODE}


def _mergeable(message: OutgoingMessage) -> bool:
    """Plain messages and order updates merge; other templates (OTP codes) never do."""
    return message.template in ("", ORDER_UPDATE_TEMPLATE)


def merge_burst(parcels: list[Parcel]) -> list[Parcel]:
    """Several messages for one chat in one go become one: texts joined, the last one's buttons
    kept, while the result still fits one message. Templates other than order updates (OTPs)
    are never merged; a merged order update keeps the first order number it was given."""
    merged: list[Parcel] = []
    for parcel in parcels:
        last = merged[-1] if merged else None
        message = parcel.message
        if (last is not None and _mergeable(last.message) and _mergeable(message)
                and not last.message.buttons and not last.message.rows
                and len(last.message.text) + len(message.text) + 2 <= MAX_MERGED_TEXT):
            params = last.message.template_params or message.template_params
            template = ORDER_UPDATE_TEMPLATE if params else message.template
            last.message = replace(message, text=f"{last.message.text}\n\n{message.text}", template=template,
                                   template_params=params)
            last.rows.extend(parcel.rows)
        else:
            merged.append(Parcel(message=message, rows=list(parcel.rows), locale=parcel.locale))
    return merged


class OutboxSender:
    __slots__ = ("db", "deliverers", "policy", "wake", "_buckets", "_gaps", "_slots")

    def __init__(self, db: Database, deliverers: Mapping[str, Deliverer], paces: Mapping[str, Pace], *,
                 policy: SendPolicy = SendPolicy(), clock: Clock = time.monotonic,
                 sleep: Sleep = asyncio.sleep, rates: Mapping[str, Rate] | None = None,
                 gaps: Mapping[str, Gaps] | None = None) -> None:
        """`paces` per channel are kept in this process unless `rates` / `gaps` give shared
        ones for a channel (webhooks/shared_pacing.py: every replica counts together)."""
        self.db = db
        self.deliverers = dict(deliverers)
        self.policy = policy
        self.wake = asyncio.Event()
        self._buckets: dict[str, Rate] = {channel: SendRate(pace.per_second, clock=clock, sleep=sleep)
                                          for channel, pace in paces.items()}
        self._buckets.update(rates or {})
        self._gaps: dict[str, Gaps] = {channel: ChatGaps(pace.chat_gap_s, clock=clock)
                                       for channel, pace in paces.items()}
        self._gaps.update(gaps or {})
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
            hint = row.payload.get("locale") if row.kind == "otp" else None
            by_chat[(message.channel, message.chat_id)].append(
                Parcel(message=message, rows=[row], locale=str(hint) if hint else None))
        deferred: list[tuple[Claimed, float]] = []
        parcels: list[Parcel] = []
        for (channel, chat_id), group in by_chat.items():
            if channel not in self.deliverers:
                undeliverable.extend((r, f"channel {channel} is off") for p in group for r in p.rows)
                continue
            wait = await self._gaps[channel].claim(chat_id)  # held from here: no other sender writes to it
            if wait > 0:
                deferred.extend((r, wait) for p in group for r in p.rows)
                continue
            first, *later = merge_burst(group)
            parcels.append(first)
            deferred.extend((r, self._gaps[channel].gap_s) for p in later for r in p.rows)
        recipients = await self._recipients(parcels)
        results = await asyncio.gather(*(self._deliver(p, recipients) for p in parcels))
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

    async def _recipients(self, parcels: Sequence[Parcel]) -> dict[str, Recipient]:
        """For each WhatsApp chat: whether it wrote to us in the last 24 hours (free-form
        messages allowed) and its session's locale (the template's language otherwise)."""
        chats = {p.message.chat_id for p in parcels if p.message.channel == "whatsapp"}
        if not chats:
            return {}
        since = datetime.now(UTC) - WINDOW
        async with UnitOfWork(self.db, write=False) as uow:
            found = await uow.session.execute(
                select(ChatSession.sender_id, ChatSession.locale, ChatSession.last_inbound_at >= since)
                .where(ChatSession.channel == "whatsapp", ChatSession.sender_id.in_(chats)))
            return {chat: Recipient(window_open=bool(is_open), locale=locale) for chat, locale, is_open in found}

    async def _deliver(self, parcel: Parcel, recipients: Mapping[str, Recipient]) -> tuple[str, str]:
        """("sent", provider id) or ("failed", the provider's error)."""
        channel, chat_id = parcel.message.channel, parcel.message.chat_id
        recipient = recipients.get(chat_id, Recipient()) if channel == "whatsapp" else Recipient(window_open=True)
        locale = recipient.locale or parcel.locale or "en"
        async with self._slots:
            await self._buckets[channel].take()
            await self._gaps[channel].restart(chat_id)  # the chat's gap runs from the moment it is really written to
            try:
                provider_id = await self.deliverers[channel].deliver(
                    parcel.message, window_open=recipient.window_open, locale=locale)
            except asyncio.CancelledError:
                raise
            except Exception as exc:  # the provider refused or did not answer: retried, then dead
                return "failed", _describe(exc)
        return "sent", provider_id

    async def _settle(self, outcomes: list[tuple[Parcel, tuple[str, str]]], deferred: list[tuple[Claimed, float]],
                      undeliverable: list[tuple[Claimed, str]]) -> None:
        now = datetime.now(UTC)
        sent: list[dict[str, Any]] = []
        sent_codes: list[dict[str, Any]] = []  # OTP rows: their code is blanked in the same update
        failed: list[dict[str, Any]] = []
        failed_codes: list[dict[str, Any]] = []
        for parcel, (outcome, detail) in outcomes:
            for row in parcel.rows:
                if outcome == "sent":
                    values = {"oid": row.id, "pid": detail[:200], "n": row.attempts + 1}
                    if row.kind == "otp":
                        sent_codes.append({**values, "body": masked_payload(row.payload)})
                    else:
                        sent.append(values)
                else:
                    self._file_failure(row, self._failure(row, detail, now), failed, failed_codes)
        for row, error in undeliverable:
            self._file_failure(row, self._failure(row, error, now, final=True), failed, failed_codes)
        later = [{"oid": row.id, "at": now + timedelta(seconds=wait)} for row, wait in deferred]
        body = bindparam("body", type_=OUTBOX.c.payload.type)
        async with UnitOfWork(self.db) as uow:
            mark_sent = update(OUTBOX).where(OUTBOX.c.id == bindparam("oid"), OUTBOX.c.status == "sending")
            if sent:
                await uow.session.execute(
                    mark_sent.values(status="sent", sent_at=now, provider_message_id=bindparam("pid"),
                                     attempts=bindparam("n"), last_error=None), sent)
            if sent_codes:
                await uow.session.execute(
                    mark_sent.values(status="sent", sent_at=now, provider_message_id=bindparam("pid"),
                                     attempts=bindparam("n"), last_error=None, payload=body), sent_codes)
            mark_failed = update(OUTBOX).where(OUTBOX.c.id == bindparam("oid"), OUTBOX.c.status == "sending")
            if failed:
                await uow.session.execute(
                    mark_failed.values(status=bindparam("st"), attempts=bindparam("n"), last_error=bindparam("err"),
                                       available_at=bindparam("at")), failed)
            if failed_codes:
                await uow.session.execute(
                    mark_failed.values(status=bindparam("st"), attempts=bindparam("n"), last_error=bindparam("err"),
                                       available_at=bindparam("at"), payload=body), failed_codes)
            if later:
                await uow.session.execute(
                    update(OUTBOX).where(OUTBOX.c.id == bindparam("oid"), OUTBOX.c.status == "sending")
                    .values(status="pending", available_at=bindparam("at")), later)
            await uow.commit()
        for row in failed + failed_codes:
            if row["st"] == "dead":
                log.error("outbox row %s is dead after %d attempts: %s", row["oid"], row["n"], row["err"])

    @staticmethod
    def _file_failure(row: Claimed, failure: dict[str, Any], failed: list[dict[str, Any]],
                      failed_codes: list[dict[str, Any]]) -> None:
        """A dead OTP row loses its code in the update that kills it; a retried one keeps it."""
        if row.kind == "otp" and failure["st"] == "dead":
            failed_codes.append({**failure, "body": masked_payload(row.payload)})
        else:
            failed.append(failure)

    def _failure(self, row: Claimed, error: str, now: datetime, *, final: bool = False) -> dict[str, Any]:
        attempts = row.attempts + 1
        dead = final or attempts >= self.policy.max_attempts
        return {"oid": row.id, "n": attempts, "err": error[:2000], "st": "dead" if dead else "pending",
                "at": now + timedelta(seconds=self.policy.delay(attempts))}


def _describe(exc: Exception) -> str:
    text = str(exc) or type(exc).__name__
    return f"{type(exc).__name__}: {text}"
