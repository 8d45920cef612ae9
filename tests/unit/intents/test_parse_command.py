"""`vyapar parse` prints the parse as JSON."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from intents.commands import parse_command

CATALOG = Path(__file__).resolve().parents[3] / "intents" / "eval" / "test_catalog.csv"


def test_prints_items_and_slots_as_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert parse_command("atta price 52", role="owner", catalog_path=None) == 0
    printed = json.loads(capsys.readouterr().out)
    assert printed["intent"] == "set_price"
    assert printed["slots"] == {"price_paise": 5200}
    assert printed["items"][0]["text"] == "atta"


def test_matches_items_against_a_catalog(capsys: pytest.CaptureFixture[str]) -> None:
    assert parse_command("maggi 70g x 2", role="customer", catalog_path=str(CATALOG)) == 0
    (item,) = json.loads(capsys.readouterr().out)["items"]
    assert item["quantity"] == 2 and item["pack_size"] == {"value": 70, "unit": "g"}
    assert item["candidates"] and item["candidates"][0]["product_id"] == "ST-0157"


def test_missing_catalog_is_a_clear_error(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert parse_command("atta", role="customer", catalog_path=str(tmp_path / "none.csv")) == 2
    assert "cannot load catalog" in capsys.readouterr().err
