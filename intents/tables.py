"""The word tables under intents/data/, read once on first use and cached.

Each CSV has a header row; blank lines and lines starting with '#' are skipped.
"""

from __future__ import annotations

import csv
import io
from functools import cache
from pathlib import Path
from typing import Final

DATA_DIR: Final = Path(__file__).resolve().parent / "data"


@cache
def read_table(name: str) -> tuple[dict[str, str], ...]:
    """Rows of intents/data/NAME as dicts (read-only use; the tuple is shared)."""
    raw = (DATA_DIR / name).read_text(encoding="utf-8")
    lines = [line for line in raw.splitlines() if line.strip() and not line.lstrip().startswith("#")]
    reader = csv.DictReader(io.StringIO("\n".join(lines)))
    rows = []
    for row in reader:
        rows.append({key.strip(): (value or "").strip() for key, value in row.items() if key})
    return tuple(rows)


@cache
def words_by_kind(name: str, column: str = "word") -> dict[str, frozenset[str]]:
    """The COLUMN of intents/data/NAME, lower-cased, grouped by the row's "kind"."""
    found: dict[str, set[str]] = {}
    for row in read_table(name):
        found.setdefault(row["kind"], set()).add(row[column].lower())
    return {kind: frozenset(words) for kind, words in found.items()}
