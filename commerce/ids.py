"""Identifiers: prefixed ULIDs (`STORE-01K…`, `ORD-01K…`), sortable by creation time."""

from __future__ import annotations

import re

from ulid import ULID

PREFIXES = ("STORE", "PROD", "ITEM", "CUST", "ADDR", "CART", "ORD", "EVT", "PAY", "USER", "JOB")
_ID_RE = re.compile(r"^(?P<prefix>[A-Z]+)-(?P<ulid>[0-9A-HJKMNP-TV-Z]{26})$")


def new_id(prefix: str) -> str:
    if prefix not in PREFIXES:
        raise ValueError(f"unknown id prefix {prefix!r}")
    return f"{prefix}-{ULID()}"


def is_valid_id(value: str, prefix: str) -> bool:
    match = _ID_RE.match(value)
    return bool(match) and match.group("prefix") == prefix


def order_number(sequence: int) -> str:
    """The short number a shop and its customer say aloud: A1001, A1002, … then B1000…"""
    if sequence < 1:
        raise ValueError("order sequence starts at 1")
    block, offset = divmod(sequence - 1, 9000)
    letters = "ABCDEFGHJKLMNPQRSTUVWXYZ"
    prefix = letters[block % len(letters)] + ("" if block < len(letters) else str(block // len(letters)))
    return f"{prefix}{1001 + offset}"
