"""intents.catalog_csv: reading a store catalog, and saying which row is broken."""

from __future__ import annotations

from pathlib import Path

import pytest

from intents.catalog_csv import load_catalog, parse_price_paise, parse_size

REPO = Path(__file__).resolve().parents[3]
TEST_CATALOG = REPO / "intents" / "eval" / "test_catalog.csv"
HEADER = "product_id,name,brand,category,size,price"


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "catalog.csv"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("500 g", (500.0, "g")),
        ("1 kg", (1.0, "kg")),
        ("1 L", (1.0, "l")),
        ("500 ml", (500.0, "ml")),
        ("6 pcs", (6.0, "piece")),
        ("1 dozen", (1.0, "dozen")),
        ("1 pack", (1.0, "packet")),
        ("1.5 Kg", (1.5, "kg")),
        ("2x500 g", (1000.0, "g")),
        ("3x(2x150 g)", (900.0, "g")),
        ("1 L each", (1.0, "l")),
        ("200 pulls", (200.0, "piece")),
        ("Pack of 2", (2.0, "piece")),
        ("350 mg", (0.35, "g")),
        ("", None),
        ("Combo", None),
    ],
)
def test_parse_size(text: str, expected: tuple[float, str] | None) -> None:
    assert parse_size(text) == expected


@pytest.mark.parametrize("text", ["500 furlongs", "0 g", "g 500", "1/2 kg"])
def test_parse_size_rejects(text: str) -> None:
    with pytest.raises(ValueError, match="size"):
        parse_size(text)


@pytest.mark.parametrize(
    ("text", "paise"), [("52", 5200), ("52.50", 5250), ("₹1,250", 125000), ("0.5", 50), ("", None)]
)
def test_parse_price(text: str, paise: int | None) -> None:
    assert parse_price_paise(text) == paise


def test_loads_rows_with_aliases_and_extra_columns(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "\ufeff" + HEADER + ",aliases,stock\n"
        'A1,Aashirvaad Atta,Aashirvaad,"Atta, Flours",5 kg,285,gehun atta|wheat flour,10\n'
        "A2,Onion (Loose),,Vegetables,,40.5,,\n",
    )
    first, second = load_catalog(path)
    assert first.product_id == "A1"
    assert first.category == "Atta, Flours"
    assert (first.size_value, first.size_unit, first.price_paise) == (5.0, "kg", 28500)
    assert first.aliases == ("gehun atta", "wheat flour")
    assert (second.size_value, second.size_unit, second.price_paise) == (None, None, 4050)
    assert second.brand == "" and second.aliases == ()


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("product_id,name,brand,size,price\nA1,Atta,,1 kg,5\n", "lacks column"),
        (HEADER + "\nA1,Atta,,,1 kg,50\n,Rice,,,1 kg,60\n", r"line 3: product_id is empty"),
        (HEADER + "\nA1,,,,1 kg,50\n", r"line 2: name is empty"),
        (HEADER + "\nA1,Atta,,,1 kg,fifty\n", r"line 2: price 'fifty'"),
        (HEADER + "\nA1,Atta,,,1 kg,-5\n", r"line 2: price"),
        (HEADER + "\nA1,Atta,,,1 kg,50\nA1,Rice,,,1 kg,60\n", r"line 3: product_id 'A1' already used on line 2"),
        (HEADER + "\nA1,Atta,,,1 kg,50,extra,more\n", r"line 2: more fields"),
        (HEADER + "\nA1,Atta,,,-1 kg,50\n", r"line 2: size"),
    ],
)
def test_broken_files_name_the_row(tmp_path: Path, body: str, message: str) -> None:
    path = write(tmp_path, body)
    with pytest.raises(ValueError, match=message):
        load_catalog(path, strict_sizes=True)


def test_unreadable_size_is_dropped_unless_strict(tmp_path: Path) -> None:
    path = write(tmp_path, HEADER + "\nA1,Tea bags,,,50 Ba g x 2 g Each,120\n")
    (entry,) = load_catalog(path)
    assert entry.size_value is None and entry.size_unit is None
    with pytest.raises(ValueError, match="line 2: size"):
        load_catalog(path, strict_sizes=True)


def test_missing_file_raises_oserror(tmp_path: Path) -> None:
    with pytest.raises(OSError):
        load_catalog(tmp_path / "nope.csv")


def test_repo_test_catalog_loads_with_stable_staple_ids() -> None:
    entries = load_catalog(TEST_CATALOG, strict_sizes=True)
    ids = [e.product_id for e in entries]
    assert len(ids) == len(set(ids)) > 8000
    staples = {e.product_id: e for e in entries if e.product_id.startswith("ST-")}
    assert len(staples) >= 250
    assert staples["ST-0001"].name == "Aashirvaad Shudh Chakki Atta"
    assert (staples["ST-0001"].size_value, staples["ST-0001"].size_unit) == (1.0, "kg")
    assert staples["ST-0157"].name.startswith("Maggi")
    assert all(e.price_paise and e.price_paise > 0 for e in entries)
    assert any(i.startswith("QC-blinkit-") for i in ids) and any(i.startswith("QC-zepto-") for i in ids)
