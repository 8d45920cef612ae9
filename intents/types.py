"""The values intents/ hands out: what a message says, in plain frozen dataclasses.

Nothing here does I/O. `bot/` turns a `Parse` into commerce calls; `vyapar parse` prints it
as JSON.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Literal

Role = Literal["customer", "owner"]
# Normalised units; everything a customer writes (kilo, किलो, கிலோ, ltr, pkt, …) maps to one.
Unit = Literal["kg", "g", "l", "ml", "piece", "packet", "dozen"]
# ISO 639-1 codes of the eleven languages we understand.
LANGUAGES: tuple[str, ...] = ("en", "hi", "bn", "ta", "te", "mr", "gu", "kn", "ml", "pa", "or")


class Intent(StrEnum):
    # customer
    GREET = "greet"
    HELP = "help"
    FIND_STORES = "find_stores"
    BROWSE = "browse"
    ADD_ITEMS = "add_items"
    REMOVE_ITEM = "remove_item"
    CHANGE_QUANTITY = "change_quantity"
    SHOW_CART = "show_cart"
    CLEAR_CART = "clear_cart"
    CHECKOUT = "checkout"
    CHOOSE_PAYMENT = "choose_payment"
    GIVE_ADDRESS = "give_address"
    CONFIRM = "confirm"
    DENY = "deny"
    CHOOSE_OPTION = "choose_option"  # "3" as an answer to a numbered question
    ORDER_STATUS = "order_status"
    CANCEL_ORDER = "cancel_order"
    REORDER = "reorder"
    CHANGE_LANGUAGE = "change_language"
    TALK_TO_SHOP = "talk_to_shop"
    # owner
    SET_STOCK = "set_stock"
    ADJUST_STOCK = "adjust_stock"
    SET_PRICE = "set_price"
    ADD_PRODUCT = "add_product"
    DEACTIVATE_PRODUCT = "deactivate_product"
    LOW_STOCK = "low_stock"
    TODAY_SUMMARY = "today_summary"
    ACCEPT_ORDER = "accept_order"
    REJECT_ORDER = "reject_order"
    ADVANCE_ORDER = "advance_order"
    OPEN_SHOP = "open_shop"
    CLOSE_SHOP = "close_shop"
    UNKNOWN = "unknown"


@dataclass(frozen=True, slots=True, kw_only=True)
class CatalogEntry:
    """One product a store sells, as the matcher sees it (no stock, no I/O)."""

    product_id: str
    name: str
    brand: str = ""
    category: str = ""
    size_value: float | None = None  # 500 for "500 g"
    size_unit: Unit | None = None  # "g"
    price_paise: int | None = None
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class Candidate:
    product_id: str
    score: float  # 0..100, higher is better
    name: str = ""


@dataclass(frozen=True, slots=True, kw_only=True)
class PackSize:
    value: float
    unit: Unit


@dataclass(frozen=True, slots=True, kw_only=True)
class ItemRequest:
    """One thing the customer (or owner) named: "2 kilo atta" -> text="atta", 2, "kg".

    Owner updates (SET_STOCK, ADJUST_STOCK, SET_PRICE) carry their number in `value`, one per
    item, so "maggi 50, atta 20" is two items with values 50 and 20: the new stock count for
    SET_STOCK, the signed change for ADJUST_STOCK, the price in paise for SET_PRICE (the same
    units as the Parse slots "stock", "stock_delta", "price_paise", which always hold the FIRST
    item's value). Customer items and other intents leave it None.
    """

    text: str  # product words only, quantities and units removed
    raw: str = ""  # the span of the message this came from
    quantity: float | None = None
    unit: Unit | None = None
    pack_size: PackSize | None = None  # "maggi 70g x 2" -> 70 g
    candidates: tuple[Candidate, ...] = ()
    ambiguous: bool = False  # best candidates too close to call
    value: float | None = None  # owner updates: stock / signed delta / price in paise for this item
    cheapest: bool = False  # "sabse sasta wala", "whichever is cheapest": the cheapest that fits (intents/cheapest.py)


@dataclass(frozen=True, slots=True, kw_only=True)
class Parse:
    text: str
    language: str  # one of LANGUAGES
    script: str  # ISO 15924: "Latn", "Deva", "Beng", "Taml", "Telu", "Gujr", "Knda", "Mlym", "Guru", "Orya"
    role: Role
    intent: Intent
    confidence: float  # 0..1
    items: tuple[ItemRequest, ...] = ()
    # Intent-specific values, all JSON-able: "pincode": "560034", "order_ref": "A1042",
    # "price_paise": 5200, "stock": 50, "stock_delta": 20 / -5, "payment_method": "upi" | "card" | "cod",
    # "target_language": "ta", "status": "processing" | "out_for_delivery" | "delivered",
    # "choice": 3, "address": "12 Gulmohar Society…", "barcode": "8901058…", "query": "biscuits",
    # "which_order": "newest" (an owner's accept / reject / advance with no order_ref that names
    # the last / latest / new order: "accept the last one", "கடைசி ஆர்டரை reject பண்ணு"; with
    # neither slot the bot acts on the one order that can take the action, or asks which).
    slots: dict[str, str | int | float] = field(default_factory=dict)
