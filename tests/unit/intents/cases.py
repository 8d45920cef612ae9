"""Readers for the table files under tests/unit/intents/cases/."""

from __future__ import annotations

from pathlib import Path

CASES = Path(__file__).resolve().parent / "cases"


def read_cases(name: str) -> list[list[str]]:
    rows = []
    for line in (CASES / name).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            rows.append(line.split("\t"))
    return rows
