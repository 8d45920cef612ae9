"""`vyapar match`: intents.commands.match_command end to end on a small catalog."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from intents.catalog_csv import load_catalog
from intents.catalog_index import CatalogIndex
from intents.commands import match_command

UNITS = {"kg", "g", "l", "ml", "piece", "packet", "dozen", None}
SHARED_BIGBASKET = Path("/work/shared/data/bigbasket_catalog_3k.csv")

CATALOG = """product_id,name,brand,category,size,price,aliases
P1,Aashirvaad Shudh Chakki Atta,Aashirvaad,Atta,1 kg,62,
P2,Aashirvaad Shudh Chakki Atta,Aashirvaad,Atta,5 kg,285,
P3,Maggi 2-Minute Masala Noodles,Maggi,Noodles,70 g,14,
P4,Sona Masoori Rice,,Rice,1 kg,64,
P5,India Gate Basmati Rice,India Gate,Rice,1 kg,215,
P6,Fortune Sunlite Sunflower Oil,Fortune,Oil,1 L,155,
P7,Onion (Loose),,Vegetables,1 kg,40,pyaz|kanda
P8,Amul Taaza Toned Milk,Amul,Dairy,500 ml,28,doodh
"""


@pytest.fixture
def catalog_path(tmp_path: Path) -> Path:
    path = tmp_path / "shop.csv"
    path.write_text(CATALOG, encoding="utf-8")
    return path


def run(catalog_path: Path, text: str) -> list[dict[str, object]]:
    out = io.StringIO()
    assert match_command(str(catalog_path), io.StringIO(text), out) == 0
    return [json.loads(line) for line in out.getvalue().splitlines()]


def test_one_json_line_per_input_line_in_order(catalog_path: Path) -> None:
    lines = [
        "2 kilo atta aur ek maggi",
        "",
        "दो किलो चावल और एक लीटर तेल",
        "aashirvaad atta 5kg",
        "pyaz 2 kg, doodh",
        "   ",
        "xqzvwk",
    ]
    results = run(catalog_path, "\n".join(lines) + "\n")
    assert [r["query"] for r in results] == [lines[0], "", lines[2], lines[3], lines[4], "", lines[6]]
    assert results[1] == {"query": "", "items": []}
    assert results[5] == {"query": "", "items": []}

    atta, maggi = results[0]["items"]  # type: ignore[misc]
    assert (atta["text"], atta["quantity"], atta["unit"]) == ("atta", 2, "kg")
    assert atta["candidates"][0]["product_id"] in {"P1", "P2"}
    assert (maggi["quantity"], maggi["candidates"][0]["product_id"]) == (1, "P3")

    rice, oil = results[2]["items"]  # type: ignore[misc]
    assert {c["product_id"] for c in rice["candidates"][:2]} == {"P4", "P5"}
    assert (oil["quantity"], oil["unit"], oil["candidates"][0]["product_id"]) == (1, "l", "P6")

    (five_kg,) = results[3]["items"]  # type: ignore[misc]
    assert five_kg["candidates"][0]["product_id"] == "P2"

    onion, milk = results[4]["items"]  # type: ignore[misc]
    assert onion["candidates"][0]["product_id"] == "P7"
    assert milk["candidates"][0]["product_id"] == "P8"

    for item in results[6]["items"]:  # type: ignore[union-attr]
        assert item["candidates"] == []


def test_output_shape(catalog_path: Path) -> None:
    for result in run(catalog_path, "atta\nchawal\n1 packet maggi\n"):
        assert set(result) == {"query", "items"}
        for item in result["items"]:  # type: ignore[union-attr]
            assert set(item) == {"text", "quantity", "unit", "candidates"}
            assert item["unit"] in UNITS
            assert item["quantity"] is None or isinstance(item["quantity"], int | float)
            assert 0 < len(item["candidates"]) <= 5
            scores = [c["score"] for c in item["candidates"]]
            assert scores == sorted(scores, reverse=True)
            assert all(set(c) == {"product_id", "score"} for c in item["candidates"])


class OneLineAtATime(io.StringIO):
    """stdin that refuses to be read whole, and checks each answer is out before the next line."""

    def __init__(self, lines: list[str], out: io.StringIO) -> None:
        super().__init__()
        self.lines, self.out = lines, out

    def read(self, size: int | None = -1) -> str:
        raise AssertionError("match_command must stream, not read all input")

    def readlines(self, hint: int = -1) -> list[str]:
        raise AssertionError("match_command must stream, not read all input")

    def __iter__(self) -> Iterator[str]:
        for number, line in enumerate(self.lines):
            assert self.out.getvalue().count("\n") == number
            yield line


def test_streams_line_by_line(catalog_path: Path) -> None:
    out = io.StringIO()
    stdin = OneLineAtATime(["atta\n", "maggi\n", "\n", "onion"], out)
    assert match_command(str(catalog_path), stdin, out) == 0
    assert out.getvalue().count("\n") == 4
    assert json.loads(out.getvalue().splitlines()[3])["query"] == "onion"


def test_bad_catalog_fails_with_a_message(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "missing.csv"
    assert match_command(str(missing), io.StringIO("atta\n"), io.StringIO()) == 2
    broken = tmp_path / "broken.csv"
    broken.write_text("product_id,name,brand,category,size,price\nP1,Atta,,,1 kg,abc\n", encoding="utf-8")
    out = io.StringIO()
    assert match_command(str(broken), io.StringIO("atta\n"), out) == 2
    assert out.getvalue() == ""
    assert "line 2" in capsys.readouterr().err


def test_unseen_shared_catalog_loads_and_matches() -> None:
    if not SHARED_BIGBASKET.exists():
        pytest.skip(f"{SHARED_BIGBASKET} not present (it is never copied into the repo)")
    entries = load_catalog(SHARED_BIGBASKET)
    index = CatalogIndex.build(entries)
    names = {e.product_id: e.name.lower() for e in entries}
    for query, word in [("avalakki", "poha"), ("pyaz", "onion"), ("हल्दी", "turmeric"), ("tomatoe", "tomato")]:
        best = index.match(query).candidates[0]
        assert word in names[best.product_id], (query, names[best.product_id])
