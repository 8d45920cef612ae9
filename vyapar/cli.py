"""The `vyapar` command: one entry point, each subcommand a thin call into its package."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence


def _serve(args: argparse.Namespace) -> int:
    from webhooks.serve import run_server

    return run_server(host=args.host, port=args.port, demo=args.demo, workers=args.workers)


def _worker(_args: argparse.Namespace) -> int:
    from webhooks.worker_processes import run_worker

    return run_worker()


def _parse(args: argparse.Namespace) -> int:
    from intents.commands import parse_command

    return parse_command(args.text, role=args.role, catalog_path=args.catalog)


def _match(args: argparse.Namespace) -> int:
    from intents.commands import match_command

    return match_command(args.catalog, sys.stdin, sys.stdout)


def _settlement(args: argparse.Namespace) -> int:
    from payments.statement_cli import print_settlement

    return print_settlement(args.store, args.start, args.end, as_json=args.json)


def _admin_create(args: argparse.Namespace) -> int:
    from commerce.admin_command import create_admin_command
    from webhooks.settings import Settings

    return create_admin_command(Settings.from_env().database_url, args.email, password_stdin=args.password_stdin)


def _import(args: argparse.Namespace) -> int:
    from commerce.imports.command import import_file_command
    from webhooks.settings import Settings

    return import_file_command(Settings.from_env().database_url, args.file, args.store)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="vyapar", description="VyaparAI Bot: chat commerce for kirana shops")
    sub = parser.add_subparsers(dest="command", required=True)

    serve = sub.add_parser("serve", help="start the HTTP server")
    serve.add_argument("--host", default=None, help="bind address (default $HOST or 127.0.0.1)")
    serve.add_argument("--port", type=int, default=None, help="port (default $PORT or 8080)")
    serve.add_argument("--demo", action="store_true", help="seed the demo store into an empty database")
    serve.add_argument("--workers", type=int, default=None,
                       help="conversation worker processes beside the web process (default $WORKERS or 0)")
    serve.set_defaults(func=_serve)

    parse = sub.add_parser("parse", help="print how a message is understood, as JSON")
    parse.add_argument("text")
    parse.add_argument("--role", choices=("customer", "owner"), default="customer")
    parse.add_argument("--catalog", default=None, help="CATALOG.csv to match items against")
    parse.set_defaults(func=_parse)

    worker = sub.add_parser("worker", help="a conversation worker process (started by `serve --workers N`)")
    worker.set_defaults(func=_worker)
    match = sub.add_parser("match", help="match one message per stdin line against a catalog")
    match.add_argument("--catalog", required=True, help="CSV: product_id,name,brand,category,size,price")
    match.set_defaults(func=_match)

    settle = sub.add_parser("settlement", help="a store's settlement statement: gross, fees, net by payment method")
    settle.add_argument("--store", required=True, help="store id (STORE-…)")
    settle.add_argument("--from", dest="start", required=True, help="first day, YYYY-MM-DD (India time)")
    settle.add_argument("--to", dest="end", required=True, help="last day, YYYY-MM-DD (included)")
    settle.add_argument("--json", action="store_true", help="print JSON instead of a table")
    settle.set_defaults(func=_settlement)
    admin = sub.add_parser("admin", help="manage admin accounts").add_subparsers(dest="admin_command", required=True)
    create = admin.add_parser("create", help="create an admin who signs in with email and password")
    create.add_argument("--email", required=True)
    create.add_argument("--password-stdin", action="store_true", help="read the password from stdin")
    create.set_defaults(func=_admin_create)
    bulk = sub.add_parser("import", help="import inventory rows from a CSV or XLSX file into a store")
    bulk.add_argument("file", help="FILE.csv or FILE.xlsx: sku/barcode, name, brand, category, size, price, stock, min_stock")
    bulk.add_argument("--store", required=True, help="store id (STORE-…)")
    bulk.set_defaults(func=_import)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    result: int = args.func(args)
    return result


if __name__ == "__main__":
    sys.exit(main())
