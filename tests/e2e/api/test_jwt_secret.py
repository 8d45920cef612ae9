"""JWT_SECRET: `vyapar serve` refuses to start without it (outside --demo), with a clear
message; the demo makes one secret per database, keeps it in platform_settings, says so in
the log, and reuses it on the next start; an app built without one answers 503."""

from __future__ import annotations

import logging
import os
import socket
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from commerce.tables import PlatformSetting
from commerce.unit_of_work import UnitOfWork
from webhooks.api.keys import JWT_SECRET
from webhooks.app import create_app
from webhooks.keys import DATABASE
from webhooks.settings import Settings

REPO = Path(__file__).resolve().parents[3]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_serve_refuses_to_start_without_jwt_secret(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("JWT_SECRET", "VYAPAR_DEMO", "DATABASE_URL")}
    env["PYTHONPATH"] = str(REPO)
    done = subprocess.run([sys.executable, "-m", "vyapar", "serve", "--port", str(_free_port())], cwd=tmp_path,
                          env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 2
    assert "JWT_SECRET is not set" in done.stderr and "--demo" in done.stderr
    assert not (tmp_path / "vyapar.db").exists()  # refused before touching anything


def test_serve_refuses_razorpay_keys_without_the_webhook_secret(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("RAZORPAY_") and k != "DATABASE_URL"}
    env |= {"PYTHONPATH": str(REPO), "JWT_SECRET": "x" * 48, "RAZORPAY_KEY_ID": "rzp_test_1",
            "RAZORPAY_KEY_SECRET": "s3cret"}
    done = subprocess.run([sys.executable, "-m", "vyapar", "serve", "--port", str(_free_port())], cwd=tmp_path,
                          env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 2
    assert "RAZORPAY_WEBHOOK_SECRET is required" in done.stderr and "Traceback" not in done.stderr
    assert not (tmp_path / "vyapar.db").exists()


async def test_demo_makes_one_secret_per_database_and_keeps_it(aiohttp_client: Any, tmp_path: Path,
                                                               caplog: pytest.LogCaptureFixture) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path / 'demo.db'}"
    secrets: list[str] = []
    for _ in range(2):
        app = create_app(Settings(database_url=url, demo=True))
        with caplog.at_level(logging.INFO, logger="vyapar"):
            client = await aiohttp_client(app)
        secrets.append(app[JWT_SECRET])
        async with UnitOfWork(app[DATABASE], write=False) as uow:
            stored = await uow.session.scalar(select(PlatformSetting.value).where(PlatformSetting.key == "jwt_secret"))
        assert stored == app[JWT_SECRET] and len(stored) >= 40
        await client.close()
    assert secrets[0] == secrets[1]
    messages = [r.getMessage() for r in caplog.records if r.name == "vyapar"]
    assert any("generated a new JWT secret" in m for m in messages)
    assert any("using the JWT secret" in m for m in messages)
    assert all(secrets[0] not in m for m in messages)  # the log says so, without the secret
    other = create_app(Settings(database_url=f"sqlite+aiosqlite:///{tmp_path / 'other.db'}", demo=True))
    await aiohttp_client(other)
    assert other[JWT_SECRET] != secrets[0]


async def test_the_demo_owner_link_signs_in_to_the_api_and_the_owner_chat(
        aiohttp_client: Any, tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    app = create_app(Settings(database_url=f"sqlite+aiosqlite:///{tmp_path / 'demo.db'}", demo=True))
    with caplog.at_level(logging.INFO, logger="vyapar"):
        client = await aiohttp_client(app)
    links = [m for m in (r.getMessage() for r in caplog.records) if "/owner?token=" in m]
    assert len(links) == 1
    owner = {"Authorization": "Bearer " + links[0].split("/owner?token=")[1].strip()}
    stores = await client.get("/api/v1/stores", headers=owner)
    assert stores.status == 200, await stores.text()
    assert [s["name"] for s in (await stores.json())["data"]["items"]] == ["Sharma Kirana Store"]
    chat = await client.post("/api/v1/chat/web", json={"user_id": "owner", "text": "today"}, headers=owner)
    assert chat.status == 200, await chat.text()
    forged = {"Authorization": owner["Authorization"][:-2] + "xx"}
    assert (await client.post("/api/v1/chat/web", json={"user_id": "owner", "text": "today"},
                              headers=forged)).status == 401


async def test_an_app_built_without_a_secret_answers_503(aiohttp_client: Any, tmp_path: Path) -> None:
    client = await aiohttp_client(create_app(Settings(database_url=f"sqlite+aiosqlite:///{tmp_path / 'x.db'}")))
    answer = await client.get("/api/v1/stores", headers={"Authorization": "Bearer x"})
    assert answer.status == 503 and (await answer.json())["error_code"] == "API_NOT_CONFIGURED"
    login = await client.post("/api/v1/admin/auth/login", json={"email": "a@b.example", "password": "x" * 12})
    assert login.status == 503
