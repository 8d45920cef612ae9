"""`vyapar serve --workers 1`, for real: the web process records and acks a signed WhatsApp
webhook, a separate `vyapar worker` process holds the conversation, the web process sends
the reply (to a fake Graph API); a worker that dies is started again, and SIGTERM stops all."""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import aiohttp

from bot.fakes.graph_api import FakeGraphAPI
from tests.e2e.channels.conftest import whatsapp_text

SECRET = "worker-app-secret"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _children(pid: int) -> list[int]:
    path = Path(f"/proc/{pid}/task/{pid}/children")
    return [int(p) for p in path.read_text().split()] if path.exists() else []


async def _until(check: Any, timeout: float, what: str) -> Any:
    deadline = time.monotonic() + timeout
    while True:
        value = check()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"{what}: not within {timeout} s")
        await asyncio.sleep(0.1)


async def test_conversation_runs_in_a_worker_process(tmp_path: Path, aiohttp_server: Any) -> None:
    graph = FakeGraphAPI()
    graph_server = await aiohttp_server(graph.application())
    port = _free_port()
    env = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "WORKERS")}
    env.update(WHATSAPP_TOKEN="graph-token", WHATSAPP_PHONE_ID="1234", WHATSAPP_APP_SECRET=SECRET,
               WHATSAPP_API_URL=str(graph_server.make_url("")).rstrip("/"))
    log = (tmp_path / "serve.log").open("w")
    process = subprocess.Popen([sys.executable, "-m", "vyapar", "serve", "--demo", "--workers", "1",
                                "--port", str(port)], cwd=tmp_path, env=env, stdout=log, stderr=subprocess.STDOUT)
    sender = "919800011122"

    async def say(session: aiohttp.ClientSession, text: str, wamid: str) -> None:
        raw = whatsapp_text(text, wamid=wamid, sender=sender)
        signature = "sha256=" + hmac.new(SECRET.encode(), raw, hashlib.sha256).hexdigest()
        async with session.post(f"http://127.0.0.1:{port}/webhooks/whatsapp", data=raw,
                                headers={"X-Hub-Signature-256": signature,
                                         "Content-Type": "application/json"}) as response:
            assert response.status == 200

    try:
        output = tmp_path / "serve.log"
        await _until(lambda: "conversation worker ready" in output.read_text(), 60, "worker ready")
        first_worker = await _until(lambda: _children(process.pid), 5, "a worker child")
        assert len(first_worker) == 1
        async with aiohttp.ClientSession() as session:
            await say(session, "namaste", "wamid.W1")
            await _until(lambda: graph.texts_to(sender), 30, "a reply to namaste")
            os.kill(first_worker[0], signal.SIGKILL)
            restarted = await _until(lambda: [p for p in _children(process.pid) if p not in first_worker], 20,
                                     "the worker started again")
            assert len(restarted) == 1
            replies_before = len(graph.texts_to(sender))
            await say(session, "2 kilo atta", "wamid.W2")
            await say(session, "2 kilo atta", "wamid.W2")  # a redelivery: one effect
            await _until(lambda: len(graph.texts_to(sender)) > replies_before, 60, "a reply from the new worker")
            await asyncio.sleep(1.0)
            cart_replies = graph.texts_to(sender)[replies_before:]
            assert any("atta" in text.lower() for text in cart_replies), cart_replies
            assert len(cart_replies) == 1, cart_replies  # the duplicate was not answered twice
    finally:
        children = _children(process.pid)
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=30)
        log.close()
    text = (tmp_path / "serve.log").read_text()
    assert process.returncode == 0, text
    assert "exited with" in text and "starting it again" in text
    for pid in children:  # the workers went with it
        assert not Path(f"/proc/{pid}").exists() or "zombie" in Path(f"/proc/{pid}/status").read_text().lower()
