"""Admin sign-in with email and password (bcrypt, cost 12), `vyapar admin create`, and the
token rules: missing, malformed, expired or foreign tokens are 401, a wrong role 403."""

from __future__ import annotations

import asyncio
import io
import os
import re
import subprocess
import sys
from datetime import timedelta
from pathlib import Path
from typing import Any

import bcrypt
import pytest
from sqlalchemy import select

from commerce.accounts import BCRYPT_COST, create_admin
from commerce.tables import AuditEntry, User
from commerce.unit_of_work import UnitOfWork
from tests.e2e.api.conftest import ADMIN_EMAIL, ADMIN_PASSWORD, SECRET, Api, start_api
from webhooks.api.audit import AUDIT
from webhooks.api.keys import Limits
from webhooks.tokens import Claims, issue_token, read_token

REPO = Path(__file__).resolve().parents[3]


async def test_admin_signs_in_and_the_wrong_password_is_refused(api: Api) -> None:
    good = await api.call("POST", "/api/v1/admin/auth/login", json={"email": ADMIN_EMAIL.upper(), "password": ADMIN_PASSWORD})
    assert good.status == 200, good.body
    claims = read_token(SECRET, good.body["data"]["access_token"])
    assert claims.role == "admin" and claims.subject == api.ids["admin"]
    assert good.body["data"]["expires_in"] == 24 * 3600  # spec §9.2
    for email, password in ((ADMIN_EMAIL, "wrong password!"), ("nobody@vyapar.example", ADMIN_PASSWORD)):
        bad = await api.call("POST", "/api/v1/admin/auth/login", json={"email": email, "password": password})
        assert bad.status == 401 and bad.body["error_code"] == "INVALID_CREDENTIALS"
    await api.app[AUDIT].flush()
    async with UnitOfWork(api.db, write=False) as uow:
        entries = (await uow.session.scalars(select(AuditEntry))).all()
        user = await uow.session.get(User, api.ids["admin"])
    assert user is not None and user.last_login_at is not None
    text = repr([(e.method, e.path, e.status, e.actor, e.ip) for e in entries])
    assert ADMIN_PASSWORD not in text and good.body["data"]["access_token"] not in text
    assert "/api/v1/admin/auth/login" in text


async def test_login_is_rate_limited(aiohttp_client: Any, tmp_path: Path) -> None:
    api = await start_api(aiohttp_client, f"sqlite+aiosqlite:///{tmp_path / 'l.db'}", limits=Limits(login=10))
    for _ in range(10):
        answer = await api.call("POST", "/api/v1/admin/auth/login", json={"email": ADMIN_EMAIL, "password": "nope nope nope"})
        assert answer.status == 401
    limited = await api.call("POST", "/api/v1/admin/auth/login", json={"email": ADMIN_EMAIL, "password": ADMIN_PASSWORD})
    assert limited.status == 429 and int(limited.headers["Retry-After"]) >= 1


async def test_password_is_stored_as_bcrypt_cost_12(api: Api) -> None:
    async with UnitOfWork(api.db) as uow:
        user = await create_admin(uow, "second@vyapar.example", "another long password")
        await uow.commit()
    assert user.password_hash.startswith(f"$2b${BCRYPT_COST}$") and BCRYPT_COST == 12
    assert "another long password" not in user.password_hash


async def test_tokens_missing_bad_expired_or_foreign_are_401(api: Api) -> None:
    path = "/api/v1/stores"
    expired = issue_token(SECRET, Claims(subject=api.ids["admin"], role="admin"), lifetime=timedelta(seconds=-5))
    foreign = issue_token("another-secret-" + "y" * 40, Claims(subject=api.ids["admin"], role="admin"))
    cases = {None: "UNAUTHORIZED", "Bearer": "UNAUTHORIZED", "Basic abc": "UNAUTHORIZED",
             "Bearer not.a.token": "INVALID_TOKEN", f"Bearer {expired}": "INVALID_TOKEN",
             f"Bearer {foreign}": "INVALID_TOKEN"}
    for header, code in cases.items():
        answer = await api.call("GET", path, headers={} if header is None else {"Authorization": header})
        assert answer.status == 401 and answer.body["error_code"] == code, header
    answer = await api.call("GET", path, headers={"Authorization": f"Bearer {expired}"})
    assert answer.body["details"] == {"field": "token", "reason": "Token expired"}  # spec §8.9 example
    wrong_role = await api.call("GET", path, who="customer")
    assert wrong_role.status == 403 and wrong_role.body["error_code"] == "FORBIDDEN"


def _cli(args: list[str], *, stdin: str, db: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{db}", "PYTHONPATH": str(REPO)}
    return subprocess.run([sys.executable, "-m", "vyapar", *args], input=stdin, text=True, capture_output=True,
                          env=env, cwd=db.parent, timeout=60)


async def test_vyapar_admin_create_then_login(aiohttp_client: Any, tmp_path: Path) -> None:
    db = tmp_path / "cli.db"
    made = await asyncio.to_thread(_cli, ["admin", "create", "--email", "Ops@Kirana.example", "--password-stdin"],
                                   stdin="a long enough password\n", db=db)
    assert made.returncode == 0, made.stderr
    assert "ops@kirana.example" in made.stdout and "a long enough password" not in made.stdout + made.stderr
    again = await asyncio.to_thread(_cli, ["admin", "create", "--email", "ops@kirana.example", "--password-stdin"],
                                    stdin="whatever long 1\n", db=db)
    assert again.returncode == 1 and "already exists" in again.stderr
    short = await asyncio.to_thread(_cli, ["admin", "create", "--email", "x@kirana.example"], stdin="short\n", db=db)
    assert short.returncode == 1 and "at least 10" in short.stderr

    # the server on the same database file: the admin the command made signs in with what was typed
    api = await start_api(aiohttp_client, f"sqlite+aiosqlite:///{db}", seed=False)
    login = "/api/v1/admin/auth/login"
    good = await api.call("POST", login, json={"email": "Ops@Kirana.example", "password": "a long enough password"})
    assert good.status == 200, good.body
    async with UnitOfWork(api.db, write=False) as uow:
        [admin] = (await uow.session.scalars(select(User).where(User.email == "ops@kirana.example"))).all()
    token = good.body["data"]["access_token"]
    claims = read_token(SECRET, token)
    assert (claims.role, claims.subject) == ("admin", admin.id)
    stores = await api.call("GET", "/api/v1/stores", headers={"Authorization": f"Bearer {token}"})
    assert stores.status == 200  # the token opens the admin API
    refused = [
        {"email": "ops@kirana.example", "password": "a wrong password"},
        {"email": "ops@kirana.example", "password": "whatever long 1"},  # the refused second create changed nothing
        {"email": "x@kirana.example", "password": "short"},  # never created
    ]
    for body in refused:
        bad = await api.call("POST", login, json=body)
        assert bad.status == 401 and bad.body["error_code"] == "INVALID_CREDENTIALS", body


def test_admin_command_reads_a_piped_password() -> None:
    from commerce.admin_command import read_password

    assert read_password(io.StringIO("from a pipe\n"), from_stdin=False) == "from a pipe"


def _bcrypt_cost(hashed: bytes) -> int:
    """The cost of a modular-crypt bcrypt hash: $2b$<cost>$<22 salt + 31 hash chars>."""
    match = re.fullmatch(rb"\$2[abxy]?\$(\d{2})\$[./A-Za-z0-9]{53}", hashed)
    assert match is not None, hashed
    return int(match.group(1))


def test_unknown_email_dummy_hash_costs_as_much_as_a_real_password() -> None:
    import commerce.accounts as accounts

    dummy = accounts.no_user_hash()
    assert _bcrypt_cost(dummy) == BCRYPT_COST == 12
    assert _bcrypt_cost(accounts.hash_password("a real long password").encode()) == _bcrypt_cost(dummy)
    assert accounts.no_user_hash() is dummy  # made once, then kept


async def test_login_with_an_unknown_email_still_runs_bcrypt(api: Api, monkeypatch: pytest.MonkeyPatch) -> None:
    import commerce.accounts as accounts

    compared: list[bytes] = []
    real_checkpw = bcrypt.checkpw

    def counting_checkpw(password: bytes, hashed: bytes) -> bool:
        compared.append(hashed)
        return real_checkpw(password, hashed)

    monkeypatch.setattr(accounts.bcrypt, "checkpw", counting_checkpw)
    unknown = await api.call("POST", "/api/v1/admin/auth/login",
                             json={"email": "nobody@vyapar.example", "password": ADMIN_PASSWORD})
    assert unknown.status == 401 and unknown.body["error_code"] == "INVALID_CREDENTIALS"
    assert len(compared) == 1 and _bcrypt_cost(compared[0]) == BCRYPT_COST
    known = await api.call("POST", "/api/v1/admin/auth/login",
                           json={"email": ADMIN_EMAIL, "password": "a wrong password"})
    assert known.status == 401 and len(compared) == 2  # the real account is compared the same way
