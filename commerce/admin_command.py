"""`vyapar admin create --email E [--password-stdin]`: make an admin account in the
configured database (DATABASE_URL), migrating it first. The password is read from stdin
when piped (or with --password-stdin), else asked twice without echo."""

from __future__ import annotations

import asyncio
import getpass
import sys
from typing import TextIO

from commerce.accounts import create_admin
from commerce.database import Database
from commerce.errors import DomainError
from commerce.unit_of_work import UnitOfWork


def read_password(stdin: TextIO, *, from_stdin: bool) -> str:
    if from_stdin or not stdin.isatty():
        return stdin.readline().rstrip("\r\n")
    first = getpass.getpass("Password (at least 10 characters): ")
    if getpass.getpass("Again: ") != first:
        raise ValueError("the two passwords differ")
    return first


async def _create(database_url: str, email: str, password: str) -> str:
    db = Database.from_url(database_url)
    try:
        await db.migrate()
        async with UnitOfWork(db) as uow:
            user = await create_admin(uow, email, password)
            await uow.commit()
        return user.email
    finally:
        await db.dispose()


def create_admin_command(database_url: str, email: str, *, password_stdin: bool,
                         stdin: TextIO = sys.stdin, out: TextIO = sys.stdout, err: TextIO = sys.stderr) -> int:
    try:
        password = read_password(stdin, from_stdin=password_stdin)
        created = asyncio.run(_create(database_url, email, password))
    except (DomainError, ValueError) as exc:
        print(f"vyapar admin create: {getattr(exc, 'message', exc)}", file=err)
        return 1
    print(f"admin {created} created; sign in at POST /api/v1/admin/auth/login", file=out)
    return 0
