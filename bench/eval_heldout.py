"""Score intents/ on the blind held-out set (intents/eval/heldout.jsonl) with the same table
as bench/eval_intents.py, whose functions it reuses unchanged.

Run: .venv/bin/python bench/eval_heldout.py [--failures|--misses] [--language ta]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import eval_intents as ev  # noqa: E402

HELDOUT = ev.ROOT / "intents" / "eval" / "heldout.jsonl"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--failures", "--misses", action="store_true", help="print every message that missed")
    parser.add_argument("--language", help="only this language")
    parser.add_argument("--file", type=Path, default=HELDOUT, help="labelled JSONL to score")
    args = parser.parse_args(argv)
    rows = ev.load_rows(args.file)
    if args.language:
        rows = [row for row in rows if row["language"] == args.language]
    started = time.perf_counter()
    index = ev.load_index()
    built = time.perf_counter()
    if index is None:
        print("catalog matcher not importable: product column skipped")
    tallies = ev.evaluate(rows, index)
    finished = time.perf_counter()
    passed = ev.report(tallies, index is not None)
    print(
        f"\n{len(rows)} messages ({args.file.name}); targets intent >= {ev.TARGET_INTENT:.0%}, "
        f"qty+unit >= {ev.TARGET_QUANTITY:.0%}, product@1 >= {ev.TARGET_PRODUCT:.0%} per language; "
        f"catalog built in {built - started:.1f}s, parsed+matched in {finished - built:.1f}s"
    )
    if args.failures:
        for language in ev.LANGUAGES:
            for line in tallies[language].failures if language in tallies else ():
                print(line)
    return 0 if passed else 1


if __name__ == "__main__":
    sys.exit(main())
