"""The numbered lists the bot asks from ("which atta? 1. … 2. …") and the rows tapped in them.

A row's id names its list as well as its number ("pick:2:5f3a1c0d"), so a tap on a list from an
earlier question — the second tap of a double tap, or an old message scrolled back to — never
picks the second option of whatever question is open now. Rows sent before lists were named
("pick:2") are read as before.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence


def list_tag(options: Sequence[str]) -> str:
    """A short name for one list: the same options in the same order give the same tag."""
    return hashlib.blake2s("\x1f".join(options).encode(), digest_size=4).hexdigest()


def pick_row_id(number: int, options: Sequence[str]) -> str:
    """The id of row `number` (0 = "none of these") of the list of `options` (at most 16 bytes)."""
    return f"pick:{number}:{list_tag(options)}"


def picked_number(arg: str, options: Sequence[str]) -> int | None:
    """The number a tapped row stands for, or None when the row belongs to another list than the
    open one (`options`, empty when no list is open)."""
    number, _, tag = arg.partition(":")
    if tag and (not options or tag != list_tag(options)):
        return None
    return int(number) if number.isdigit() else 0
