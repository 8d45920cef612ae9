"""The database schema, as SQLAlchemy 2 declarative tables. Alembic migrations under
commerce/migrations create exactly this; tests check the two agree."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    CheckConstraint,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


def utcnow() -> datetime:
    return datetime.now(UTC)


class UTCDateTime(TypeDecorator[datetime]):
    """Timestamps are stored in UTC and always come back timezone-aware, on SQLite too."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map = {datetime: UTCDateTime(), dict[str, Any]: JSON(), list[Any]: JSON()}


class Store(Base):
    __tablename__ = "stores"

    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    code: Mapped[str] = mapped_column(String(16), unique=True)  # short code a shop shares: "SHARMA"
    name: Mapped[str] = mapped_column(String(200))
    owner_name: Mapped[str] = mapped_column(String(100))
    phone: Mapped[str] = mapped_column(String(16), index=True)  # the owner's phone, E.164
    email: Mapped[str | None] = mapped_column(String(254))
    whatsapp: Mapped[str | None] = mapped_column(String(16), index=True)  # owner check: phone OR whatsapp
    street: Mapped[str] = mapped_column(String(300))
    city: Mapped[str] = mapped_column(String(100))
    state: Mapped[str] = mapped_column(String(100))
    pincode: Mapped[str] = mapped_column(String(6), index=True)
    latitude: Mapped[float | None] = mapped_column(Float)
    longitude: Mapped[float | None] = mapped_column(Float)
    gst_number: Mapped[str | None] = mapped_column(String(15))
    store_type: Mapped[str] = mapped_column(String(50), default="Kirana Store")
    delivery_radius_km: Mapped[float] = mapped_column(Float, default=3.0)
    min_order_paise: Mapped[int] = mapped_column(BigInteger, default=0)
    delivery_fee_paise: Mapped[int] = mapped_column(BigInteger, default=0)
    free_delivery_above_paise: Mapped[int] = mapped_column(BigInteger, default=0)
    tax_rate_bp: Mapped[int] = mapped_column(Integer, default=0)  # basis points on top of prices
    opens_at: Mapped[str] = mapped_column(String(5), default="09:00")
    closes_at: Mapped[str] = mapped_column(String(5), default="21:00")
    is_open: Mapped[bool] = mapped_column(Boolean, default=True)
    status: Mapped[str] = mapped_column(String(20), default="active")  # active, inactive, suspended
    verified: Mapped[bool] = mapped_column(Boolean, default=False)
    order_seq: Mapped[int] = mapped_column(Integer, default=0)
    last_digest_on: Mapped[str | None] = mapped_column(String(10))  # India date of the last low-stock digest
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class Product(Base):
    """The global catalog, shared by every store."""

    __tablename__ = "products"

    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    name: Mapped[str] = mapped_column(String(200), index=True)
    brand: Mapped[str] = mapped_column(String(100), default="")
    category: Mapped[str] = mapped_column(String(100), default="", index=True)
    barcode: Mapped[str | None] = mapped_column(String(14), unique=True)
    size_value: Mapped[float | None] = mapped_column(Float)
    size_unit: Mapped[str | None] = mapped_column(String(10))
    mrp_paise: Mapped[int | None] = mapped_column(BigInteger)
    aliases: Mapped[list[Any]] = mapped_column(default=list)
    starter: Mapped[bool] = mapped_column(Boolean, default=False)
    is_active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class InventoryItem(Base):
    """What one store sells: its own price and stock, product facts copied from the catalog."""

    __tablename__ = "inventory_items"
    __table_args__ = (
        UniqueConstraint("store_id", "product_id", name="uq_inventory_store_product"),
        CheckConstraint("current_stock >= 0", name="stock_not_negative"),
        CheckConstraint("selling_price_paise >= 0", name="price_not_negative"),
        # Covers the inventory summary and low-stock queries: answered from the index alone.
        Index("ix_inventory_store_summary", "store_id", "is_active", "current_stock", "min_stock",
              "cost_price_paise", "selling_price_paise"),
        # The catalog version (count and sum of catalog_version) read on every chat message.
        Index("ix_inventory_store_catalog", "store_id", "is_active", "catalog_version"),
    )

    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    store_id: Mapped[str] = mapped_column(ForeignKey("stores.id"), index=True)
    product_id: Mapped[str | None] = mapped_column(ForeignKey("products.id"))
    name: Mapped[str] = mapped_column(String(200))
    brand: Mapped[str] = mapped_column(String(100), default="")
    category: Mapped[str] = mapped_column(String(100), default="")
    barcode: Mapped[str | None] = mapped_column(String(14))
    size_value: Mapped[float | None] = mapped_column(Float)
    size_unit: Mapped[str | None] = mapped_column(String(10))
    aliases: Mapped[list[Any]] = mapped_column(default=list)
    selling_price_paise: Mapped[int] = mapped_column(BigInteger)
    cost_price_paise: Mapped[int] = mapped_column(BigInteger, default=0)
    mrp_paise: Mapped[int | None] = mapped_column(BigInteger)
    current_stock: Mapped[int] = mapped_column(Integer, default=0)
    min_stock: Mapped[int] = mapped_column(Integer, default=10)
    max_stock: Mapped[int] = mapped_column(Integer, default=100)
    reorder_point: Mapped[int] = mapped_column(Integer, default=10)
    location: Mapped[str] = mapped_column(String(100), default="")
    notes: Mapped[str] = mapped_column(String(500), default="")
    is_active: Mapped[bool] = mapped_column(Boolean, default=True)
    catalog_version: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    last_sold_at: Mapped[datetime | None] = mapped_column()


class StockMovement(Base):
    """Every change of stock, with why and who: the audit trail of §17.2, kept in SQL."""

    __tablename__ = "stock_movements"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    store_id: Mapped[str] = mapped_column(String(40), index=True)
    item_id: Mapped[str] = mapped_column(ForeignKey("inventory_items.id"), index=True)
    delta: Mapped[int] = mapped_column(Integer)
    stock_after: Mapped[int] = mapped_column(Integer)
    reason: Mapped[str] = mapped_column(String(30))  # set, adjust, order, cancel, bulk, expire
    order_id: Mapped[str | None] = mapped_column(String(40))
    actor: Mapped[str] = mapped_column(String(80), default="system")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class Customer(Base):
    __tablename__ = "customers"
    __table_args__ = (UniqueConstraint("channel", "sender_id", name="uq_customer_channel_sender"),)

    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    channel: Mapped[str] = mapped_column(String(20))  # whatsapp, telegram, web
    sender_id: Mapped[str] = mapped_column(String(64))  # phone for WhatsApp, user id for Telegram
    phone: Mapped[str | None] = mapped_column(String(16), index=True)
    name: Mapped[str] = mapped_column(String(100), default="")
    language: Mapped[str | None] = mapped_column(String(10))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class Address(Base):
    __tablename__ = "addresses"

    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    customer_id: Mapped[str] = mapped_column(ForeignKey("customers.id"), index=True)
    text: Mapped[str] = mapped_column(String(500))
    pincode: Mapped[str | None] = mapped_column(String(6))
    latitude: Mapped[float | None] = mapped_column(Float)
    longitude: Mapped[float | None] = mapped_column(Float)
    is_default: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class Cart(Base):
    __tablename__ = "carts"
    __table_args__ = (UniqueConstraint("customer_id", "store_id", name="uq_cart_customer_store"),)

    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    customer_id: Mapped[str] = mapped_column(ForeignKey("customers.id"))
    store_id: Mapped[str] = mapped_column(ForeignKey("stores.id"))
    expires_at: Mapped[datetime] = mapped_column(index=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class CartLine(Base):
    __tablename__ = "cart_lines"
    __table_args__ = (CheckConstraint("quantity > 0", name="quantity_positive"),)

    cart_id: Mapped[str] = mapped_column(ForeignKey("carts.id", ondelete="CASCADE"), primary_key=True)
    item_id: Mapped[str] = mapped_column(ForeignKey("inventory_items.id"), primary_key=True)
    quantity: Mapped[int] = mapped_column(Integer)
    note: Mapped[str] = mapped_column(String(200), default="")
    added_at: Mapped[datetime] = mapped_column(default=utcnow)


class Order(Base):
    __tablename__ = "orders"
    __table_args__ = (
        UniqueConstraint("store_id", "order_number", name="uq_order_store_number"),
        Index("ix_orders_store_created", "store_id", "created_at"),
        Index("ix_orders_customer_created", "customer_id", "created_at"),
        CheckConstraint("total_paise >= 0", name="total_not_negative"),
    )

    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    store_id: Mapped[str] = mapped_column(ForeignKey("stores.id"))
    customer_id: Mapped[str] = mapped_column(ForeignKey("customers.id"))
    order_number: Mapped[str] = mapped_column(String(12))
    status: Mapped[str] = mapped_column(String(20), index=True)
    payment_status: Mapped[str] = mapped_column(String(20))
    payment_method: Mapped[str] = mapped_column(String(10))  # upi, card, cod
    subtotal_paise: Mapped[int] = mapped_column(BigInteger)
    tax_paise: Mapped[int] = mapped_column(BigInteger, default=0)
    delivery_fee_paise: Mapped[int] = mapped_column(BigInteger, default=0)
    total_paise: Mapped[int] = mapped_column(BigInteger)
    delivery_address: Mapped[str] = mapped_column(String(500), default="")
    customer_name: Mapped[str] = mapped_column(String(100), default="")
    customer_phone: Mapped[str | None] = mapped_column(String(16))
    channel: Mapped[str] = mapped_column(String(20))
    language: Mapped[str] = mapped_column(String(10), default="en")
    notes: Mapped[str] = mapped_column(String(500), default="")
    stock_released: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class OrderLine(Base):
    __tablename__ = "order_lines"
    __table_args__ = (CheckConstraint("quantity > 0", name="quantity_positive"),)

    order_id: Mapped[str] = mapped_column(ForeignKey("orders.id", ondelete="CASCADE"), primary_key=True)
    item_id: Mapped[str] = mapped_column(ForeignKey("inventory_items.id"), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    size_text: Mapped[str] = mapped_column(String(30), default="")
    quantity: Mapped[int] = mapped_column(Integer)
    unit_price_paise: Mapped[int] = mapped_column(BigInteger)
    line_total_paise: Mapped[int] = mapped_column(BigInteger)


class OrderEvent(Base):
    """Who moved an order (or its payment) from what to what, and when."""

    __tablename__ = "order_events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    order_id: Mapped[str] = mapped_column(ForeignKey("orders.id", ondelete="CASCADE"), index=True)
    field: Mapped[str] = mapped_column(String(20))  # status | payment_status
    from_value: Mapped[str | None] = mapped_column(String(20))
    to_value: Mapped[str] = mapped_column(String(20))
    actor: Mapped[str] = mapped_column(String(80))
    reason: Mapped[str] = mapped_column(String(300), default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class OutboxMessage(Base):
    """Domain events and replies, written in the same transaction as the change they report;
    a sender delivers them later, with retries."""

    __tablename__ = "outbox"
    __table_args__ = (Index("ix_outbox_pending", "status", "available_at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    kind: Mapped[str] = mapped_column(String(40))  # OrderPlaced, StockLow, …, or "reply"
    store_id: Mapped[str | None] = mapped_column(String(40), index=True)
    payload: Mapped[dict[str, Any]] = mapped_column()
    status: Mapped[str] = mapped_column(String(10), default="pending")  # pending, sending, sent, dead
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(Text)
    available_at: Mapped[datetime] = mapped_column(default=utcnow)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    sent_at: Mapped[datetime | None] = mapped_column()
    # What the provider called the sent message (WhatsApp wamid, Telegram message id) and its
    # latest delivery receipt (sent, delivered, read, failed).
    provider_message_id: Mapped[str | None] = mapped_column(String(200), index=True)
    delivery_status: Mapped[str | None] = mapped_column(String(10))


class ProcessedMessage(Base):
    """Everything that arrives from outside, once: a redelivery finds its row and stops."""

    __tablename__ = "processed_messages"

    provider: Mapped[str] = mapped_column(String(20), primary_key=True)
    message_id: Mapped[str] = mapped_column(String(200), primary_key=True)
    received_at: Mapped[datetime] = mapped_column(default=utcnow)


class InboxMessage(Base):
    """A chat message as received, recorded before the provider gets its 200. The primary key
    is the provider's message id, so a redelivery is a no-op; a worker processes rows in order
    per sender, retries failures with backoff and parks a message after a few attempts."""

    __tablename__ = "inbox"
    __table_args__ = (
        Index("ix_inbox_pending", "status", "available_at"),
        Index("ix_inbox_sender", "channel", "sender_id", "received_at"),
    )

    provider: Mapped[str] = mapped_column(String(20), primary_key=True)
    message_id: Mapped[str] = mapped_column(String(200), primary_key=True)
    channel: Mapped[str] = mapped_column(String(20))
    sender_id: Mapped[str] = mapped_column(String(64))
    payload: Mapped[dict[str, Any]] = mapped_column()
    # pending, working (claimed, lease in available_at), done, flooded (over the per-sender limit), parked
    status: Mapped[str] = mapped_column(String(10), default="pending")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(Text)
    available_at: Mapped[datetime] = mapped_column(default=utcnow)
    received_at: Mapped[datetime] = mapped_column(default=utcnow)
    processed_at: Mapped[datetime | None] = mapped_column()


class ChatSession(Base):
    """Where a conversation stands, per channel and sender: survives restarts and replicas."""

    __tablename__ = "chat_sessions"
    __table_args__ = (Index("ix_chat_sessions_store_role", "store_id", "role"),)  # a store's owner chats (alerts)

    channel: Mapped[str] = mapped_column(String(20), primary_key=True)
    sender_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    role: Mapped[str] = mapped_column(String(10), default="customer")  # customer | owner
    store_id: Mapped[str | None] = mapped_column(String(40))
    customer_id: Mapped[str | None] = mapped_column(String(40))
    state: Mapped[str] = mapped_column(String(30), default="start")
    data: Mapped[dict[str, Any]] = mapped_column(default=dict)
    locale: Mapped[str | None] = mapped_column(String(10))
    last_inbound_at: Mapped[datetime | None] = mapped_column()  # WhatsApp's 24-hour window
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class Payment(Base):
    """One attempt to collect an order's money online: a payment link and what became of it.
    An order may have several (a new link after a failure); at most one settles it."""

    __tablename__ = "payments"
    __table_args__ = (
        Index("ix_payments_status_expires", "status", "expires_at"),
        CheckConstraint("amount_paise > 0", name="amount_positive"),
    )

    id: Mapped[str] = mapped_column(String(40), primary_key=True)  # PAY-…
    order_id: Mapped[str] = mapped_column(ForeignKey("orders.id"), index=True)
    store_id: Mapped[str] = mapped_column(String(40), index=True)
    method: Mapped[str] = mapped_column(String(10))  # what the customer chose: upi | card
    amount_paise: Mapped[int] = mapped_column(BigInteger)
    currency: Mapped[str] = mapped_column(String(3), default="INR")
    provider: Mapped[str] = mapped_column(String(20), default="razorpay")
    link_id: Mapped[str | None] = mapped_column(String(64), unique=True)
    short_url: Mapped[str] = mapped_column(String(300), default="")
    # active, cancel_requested, cancelling, cancelled, cancel_failed, paid
    link_status: Mapped[str] = mapped_column(String(20), default="active", index=True)
    # created, paid, failed, expired, superseded, flagged, refund_pending, refunded
    status: Mapped[str] = mapped_column(String(20), default="created")
    provider_payment_id: Mapped[str | None] = mapped_column(String(64), unique=True)
    provider_order_id: Mapped[str | None] = mapped_column(String(64), index=True)
    paid_method: Mapped[str | None] = mapped_column(String(20))  # what was really used: upi, card, netbanking…
    amount_paid_paise: Mapped[int | None] = mapped_column(BigInteger)
    failure_reason: Mapped[str] = mapped_column(String(300), default="")
    expires_at: Mapped[datetime] = mapped_column()
    paid_at: Mapped[datetime | None] = mapped_column()
    refund_status: Mapped[str | None] = mapped_column(String(20), index=True)  # requested, sending, pending, processed
    refund_id: Mapped[str | None] = mapped_column(String(64), unique=True)
    refund_reason: Mapped[str] = mapped_column(String(300), default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class PaymentEvent(Base):
    """Every provider webhook, once (unique provider event id), with what we did about it;
    the ones nobody could match are kept for review."""

    __tablename__ = "payment_events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    provider: Mapped[str] = mapped_column(String(20), default="razorpay")
    provider_event_id: Mapped[str] = mapped_column(String(100), unique=True)
    event_type: Mapped[str] = mapped_column(String(60))
    payment_id: Mapped[str | None] = mapped_column(String(40))
    order_id: Mapped[str | None] = mapped_column(String(40), index=True)
    provider_payment_id: Mapped[str | None] = mapped_column(String(64))
    outcome: Mapped[str] = mapped_column(String(30), default="received")
    needs_review: Mapped[bool] = mapped_column(Boolean, default=False, index=True)
    payload: Mapped[dict[str, Any]] = mapped_column()
    received_at: Mapped[datetime] = mapped_column(default=utcnow)


class OrderCommission(Base):
    """What the platform and the gateway took from one paid order, at the rates of the day it
    was paid: later rate changes never rewrite history."""

    __tablename__ = "order_commissions"
    __table_args__ = (Index("ix_order_commissions_store_paid", "store_id", "paid_at"),)

    order_id: Mapped[str] = mapped_column(ForeignKey("orders.id"), primary_key=True)
    store_id: Mapped[str] = mapped_column(String(40))
    method: Mapped[str] = mapped_column(String(20))  # upi, card, cod, netbanking, wallet …
    gross_paise: Mapped[int] = mapped_column(BigInteger)
    platform_fee_paise: Mapped[int] = mapped_column(BigInteger)
    gateway_fee_paise: Mapped[int] = mapped_column(BigInteger)
    cod_fee_paise: Mapped[int] = mapped_column(BigInteger)
    net_paise: Mapped[int] = mapped_column(BigInteger)
    platform_rate_bp: Mapped[int] = mapped_column(Integer)
    gateway_rate_bp: Mapped[int] = mapped_column(Integer)
    cod_fee_rate_paise: Mapped[int] = mapped_column(BigInteger)
    paid_at: Mapped[datetime] = mapped_column()
    recorded_at: Mapped[datetime] = mapped_column(default=utcnow)


# --- accounts (migration 0003): admin users, one-time codes, the API audit trail, settings ---


class User(Base):
    """A person who signs in with email and password (admins). bcrypt hash, cost 12."""

    __tablename__ = "users"

    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    email: Mapped[str] = mapped_column(String(254), unique=True)
    password_hash: Mapped[str] = mapped_column(String(100))
    role: Mapped[str] = mapped_column(String(20), default="admin")
    is_active: Mapped[bool] = mapped_column(Boolean, default=True)
    last_login_at: Mapped[datetime | None] = mapped_column()
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class OtpCode(Base):
    """A one-time login code: only its keyed hash is kept; 5 minutes, 5 attempts, used once."""

    __tablename__ = "otp_codes"
    __table_args__ = (Index("ix_otp_codes_phone_purpose", "phone", "purpose", "created_at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    phone: Mapped[str] = mapped_column(String(16))
    purpose: Mapped[str] = mapped_column(String(20))  # store_owner | customer
    code_hash: Mapped[str] = mapped_column(String(64))
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    expires_at: Mapped[datetime] = mapped_column()
    consumed_at: Mapped[datetime | None] = mapped_column()
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class AuditEntry(Base):
    """One API request: who, what, how it ended. Never a header, body, token, code or password."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    method: Mapped[str] = mapped_column(String(10))
    path: Mapped[str] = mapped_column(String(300))
    status: Mapped[int] = mapped_column(Integer)
    actor: Mapped[str | None] = mapped_column(String(80))  # "role:subject" when signed in
    ip: Mapped[str | None] = mapped_column(String(45))
    duration_ms: Mapped[int] = mapped_column(Integer, default=0)


class PlatformSetting(Base):
    """Platform-wide values kept in the database (the demo's generated JWT secret)."""

    __tablename__ = "platform_settings"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


# --- bulk import (migration 0004): inventory rows from CSV / XLSX, run as a background job ---


class ImportJob(Base):
    """One uploaded CSV or XLSX file of inventory rows and how far its import got. The file is
    kept until the job finishes, so a restarted server resumes from `processed_rows`
    (rows and progress commit together, batch by batch)."""

    __tablename__ = "import_jobs"
    __table_args__ = (Index("ix_import_jobs_store_created", "store_id", "created_at"),)

    id: Mapped[str] = mapped_column(String(40), primary_key=True)  # JOB-…
    store_id: Mapped[str] = mapped_column(ForeignKey("stores.id"))
    filename: Mapped[str] = mapped_column(String(200))
    file_format: Mapped[str] = mapped_column(String(4))  # csv | xlsx
    content: Mapped[bytes | None] = mapped_column(LargeBinary)  # cleared when the job ends
    status: Mapped[str] = mapped_column(String(10), default="queued", index=True)  # queued, running, done, failed
    total_rows: Mapped[int] = mapped_column(Integer, default=0)
    processed_rows: Mapped[int] = mapped_column(Integer, default=0)
    created_count: Mapped[int] = mapped_column(Integer, default=0)
    updated_count: Mapped[int] = mapped_column(Integer, default=0)
    error_count: Mapped[int] = mapped_column(Integer, default=0)  # rows refused
    errors: Mapped[list[Any]] = mapped_column(default=list)  # [{"row", "field", "message"}], the first 1000
    message: Mapped[str] = mapped_column(String(500), default="")  # why a job failed
    actor: Mapped[str] = mapped_column(String(80), default="system")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    started_at: Mapped[datetime | None] = mapped_column()
    finished_at: Mapped[datetime | None] = mapped_column()
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)  # the runner's heartbeat


# --- refresh tokens (migration 0005): each refresh token is exchanged once ---


class UsedRefreshToken(Base):
    """A refresh token already traded for a new pair (POST /api/v1/auth/refresh), by its JWT id:
    the insert is the claim, so a copy presented again — or twice at once — is refused. Rows
    whose token has expired are deleted by later refreshes (the token's exp refuses it anyway)."""

    __tablename__ = "used_refresh_tokens"

    jti: Mapped[str] = mapped_column(String(64), primary_key=True)
    role: Mapped[str] = mapped_column(String(20))
    subject: Mapped[str] = mapped_column(String(64))  # user id, customer id or owner phone
    expires_at: Mapped[datetime] = mapped_column(index=True)  # the token's exp
    used_at: Mapped[datetime] = mapped_column(default=utcnow)
