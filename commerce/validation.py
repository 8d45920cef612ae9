"""Checks on what people type into forms and chats: Indian phones, pincodes, GST numbers,
names. Each returns the clean value or raises InvalidInput naming the field."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import phonenumbers

from commerce.errors import InvalidInput

GST_RE = re.compile(r"^[0-9]{2}[A-Z]{5}[0-9]{4}[A-Z]{1}[1-9A-Z]{1}Z[0-9A-Z]{1}$")  # spec §14.5.5
PINCODE_RE = re.compile(r"^[1-9][0-9]{5}$")
EMAIL_RE = re.compile(r"^[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}$")
TIME_RE = re.compile(r"^([01][0-9]|2[0-3]):[0-5][0-9]$")
_INJECTION_RE = re.compile(
    r"(;\s*(drop|delete|insert|update|alter)\s)|(--\s*$)|(/\*.*\*/)|(\bunion\s+select\b)|(\$where\b)|(\$ne\b)|(<\s*script\b)",
    re.IGNORECASE,
)


def indian_phone(value: str, field: str = "phone") -> str:
    """'98765 43210', '+91-9876543210', '09876543210' → '+919876543210'. Mobile numbers only."""
    raw = (value or "").strip()
    if not raw or len(raw) > 20:
        raise InvalidInput(field, "Invalid phone number format")
    e164, problem = _indian_mobile(raw)
    if problem:
        raise InvalidInput(field, problem)
    return e164


@lru_cache(maxsize=8192)
def _indian_mobile(raw: str) -> tuple[str, str]:
    """(E.164, "") or ("", what is wrong). Pure, so remembered: a chat message checks its
    sender's number twice, and parsing it is the costly part (~60 µs)."""
    try:
        number = phonenumbers.parse(raw, "IN")
    except phonenumbers.NumberParseException:
        return "", "Invalid phone number format"
    if number.country_code != 91 or not phonenumbers.is_valid_number(number):
        return "", "Invalid phone number format"
    if phonenumbers.number_type(number) not in (
        phonenumbers.PhoneNumberType.MOBILE,
        phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE,
    ):
        return "", "Phone number must be an Indian mobile number"
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164), ""


def pincode(value: str, field: str = "pincode") -> str:
    clean = (value or "").strip()
    if not PINCODE_RE.match(clean):
        raise InvalidInput(field, "Pincode must be 6 digits and not start with 0")
    return clean


def gst_number(value: str | None, field: str = "gst_number") -> str | None:
    if value is None or value.strip() == "":
        return None
    clean = value.strip().upper()
    if not GST_RE.match(clean):
        raise InvalidInput(field, "Invalid GST number format")
    return clean


def email(value: str | None, field: str = "email") -> str | None:
    if value is None or value.strip() == "":
        return None
    clean = value.strip()
    if len(clean) > 254 or not EMAIL_RE.match(clean):
        raise InvalidInput(field, "Invalid email address")
    return clean.lower()


def clock_time(value: str, field: str) -> str:
    if not TIME_RE.match(value or ""):
        raise InvalidInput(field, "Time must be HH:MM (24-hour)")
    return value


def text(value: str | None, field: str, *, max_length: int, required: bool = True) -> str:
    """Trim, drop control characters, collapse spaces; refuse markup and injection-looking text.
    Text is stored as typed (no HTML entities in the database); pages escape on output."""
    if value is None:
        if required:
            raise InvalidInput(field, f"{field} is required")
        return ""
    if not isinstance(value, str):
        raise InvalidInput(field, f"{field} must be text")
    # Control characters go, but a tab or line break between words still separates them.
    clean = "".join(
        (" " if ch.isspace() else "") if unicodedata.category(ch) == "Cc" else ch
        for ch in unicodedata.normalize("NFC", value)
    )
    clean = " ".join(clean.split())
    if required and not clean:
        raise InvalidInput(field, f"{field} is required")
    if len(clean) > max_length:
        raise InvalidInput(field, f"{field} is longer than {max_length} characters", max_length=max_length)
    if "<" in clean or ">" in clean or _INJECTION_RE.search(clean):
        raise InvalidInput(field, f"{field} contains characters that are not allowed")
    return clean


def positive_int(value: object, field: str, *, maximum: int = 1_000_000) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidInput(field, f"{field} must be a whole number")
    if value <= 0:
        raise InvalidInput(field, f"{field} must be greater than zero")
    if value > maximum:
        raise InvalidInput(field, f"{field} must be at most {maximum}")
    return value


def non_negative_int(value: object, field: str, *, maximum: int = 1_000_000_000) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidInput(field, f"{field} must be a whole number")
    if value < 0:
        raise InvalidInput(field, f"{field} cannot be negative")
    if value > maximum:
        raise InvalidInput(field, f"{field} must be at most {maximum}")
    return value


def paise(value: object, field: str, *, allow_zero: bool = False) -> int:
    """Money is integer paise: floats are refused so that ₹52.50 can never become 5249."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidInput(field, f"{field} must be an integer number of paise")
    if value < 0 or (value == 0 and not allow_zero):
        raise InvalidInput(field, f"{field} must be {'zero or ' if allow_zero else ''}positive")
    if value > 10_000_000_00:  # ₹1 crore
        raise InvalidInput(field, f"{field} is too large")
    return value
