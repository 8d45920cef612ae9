"""Entry points of the `vyapar` subcommands that live in intents/ (see vyapar/cli.py)."""

from __future__ import annotations

import json
import sys
from typing import TextIO

from intents.catalog_csv import load_catalog
from intents.catalog_index import CatalogIndex
from intents.items import extract_items
from intents.types import ItemRequest

MATCH_CANDIDATES = 5


def _number(value: float | None) -> int | float | None:
    if value is None:
        return None
    return int(value) if float(value).is_integer() else value


def _match_line(index: CatalogIndex, line: str) -> dict[str, object]:
    query = line.rstrip("\r\n")
    if not query.strip():
        return {"query": "", "items": []}
    try:
        requests = extract_items(query)
    except Exception as error:  # noqa: BLE001 - one bad line must not stop a batch
        print(f"vyapar match: could not split {query!r}: {error}", file=sys.stderr)
        requests = [ItemRequest(text=query, raw=query)]
    items = []
    for request in requests:
        result = index.match_item(request, limit=MATCH_CANDIDATES)
        items.append(
            {
                "text": request.text,
                "quantity": _number(request.quantity),
                "unit": request.unit,
                "candidates": [
                    {"product_id": c.product_id, "score": _number(c.score)} for c in result.candidates
                ],
            }
        )
    return {"query": query, "items": items}


def match_command(catalog_path: str, stdin: TextIO, stdout: TextIO) -> int:
    """`vyapar match --catalog CATALOG.csv < queries.txt`: one JSON line per input line, in order."""
    try:
        index = CatalogIndex.build(load_catalog(catalog_path))
    except (OSError, ValueError) as error:
        print(f"vyapar match: {error}", file=sys.stderr)
        return 2
    reconfigure = getattr(stdin, "reconfigure", None)
    if callable(reconfigure):
        reconfigure(errors="replace")  # a stray byte must not end the batch
    for line in stdin:  # streamed: one line in memory at a time
        stdout.write(json.dumps(_match_line(index, line), ensure_ascii=False) + "\n")
        stdout.flush()
    return 0


# ---------------------------------------------------------------- vyapar parse


def parse_to_json(result: object) -> dict[str, object]:
    """A Parse as plain JSON-able data (numbers as ints where whole)."""
    from intents.types import Parse

    assert isinstance(result, Parse)
    return {
        "text": result.text,
        "language": result.language,
        "script": result.script,
        "role": result.role,
        "intent": result.intent.value,
        "confidence": round(result.confidence, 3),
        "items": [
            {
                "text": item.text,
                "quantity": _number(item.quantity),
                "unit": item.unit,
                "pack_size": (
                    None
                    if item.pack_size is None
                    else {"value": _number(item.pack_size.value), "unit": item.pack_size.unit}
                ),
                "candidates": [
                    {"product_id": c.product_id, "name": c.name, "score": _number(c.score)}
                    for c in item.candidates
                ],
                "ambiguous": item.ambiguous,
            }
            for item in result.items
        ],
        "slots": result.slots,
    }


def parse_command(text: str, *, role: str, catalog_path: str | None) -> int:
    """`vyapar parse "TEXT" [--role owner] [--catalog CATALOG.csv]`: print the parse as JSON."""
    from intents.parse import parse

    index = None
    if catalog_path is not None:
        try:
            index = CatalogIndex.build(load_catalog(catalog_path))
        except (OSError, ValueError) as error:
            print(f"vyapar parse: cannot load catalog {catalog_path}: {error}", file=sys.stderr)
            return 2
    result = parse(text, role="owner" if role == "owner" else "customer", catalog=index)
    print(json.dumps(parse_to_json(result), ensure_ascii=False, indent=2))
    return 0
