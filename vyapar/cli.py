"""The `vyapar` command: one entry point, each subcommand a thin call into its package."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence


def _serve(args: argparse.Namespace) -> int:
    from webhooks.serve import run_server

    return run_server(host=args.host, port=args.port, demo=args.demo)


def _parse(args: argparse.Namespace) -> int:
    from intents.commands import parse_command

    return parse_command(args.text, role=args.role, catalog_path=args.catalog)


def _match(args: argparse.Namespace) -> int:
    from intents.commands import match_command

    return match_command(args.catalog, sys.stdin, sys.stdout)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="vyapar", description="VyaparAI Bot: chat commerce for kirana shops")
    sub = parser.add_subparsers(dest="command", required=True)

    serve = sub.add_parser("serve", help="start the HTTP server")
    serve.add_argument("--host", default=None, help="bind address (default $HOST or 127.0.0.1)")
    serve.add_argument("--port", type=int, default=None, help="port (default $PORT or 8080)")
    serve.add_argument("--demo", action="store_true", help="seed the demo store into an empty database")
    serve.set_defaults(func=_serve)

    parse = sub.add_parser("parse", help="print how a message is understood, as JSON")
    parse.add_argument("text")
    parse.add_argument("--role", choices=("customer", "owner"), default="customer")
    parse.add_argument("--catalog", default=None, help="CATALOG.csv to match items against")
    parse.set_defaults(func=_parse)

    match = sub.add_parser("match", help="match one message per stdin line against a catalog")
    match.add_argument("--catalog", required=True, help="CSV: product_id,name,brand,category,size,price")
    match.set_defaults(func=_match)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    result: int = args.func(args)
    return result


if __name__ == "__main__":
    sys.exit(main())
