"""Dialogue 1 end to end over HTTP on the one-command demo: order in web chat, choose the
UPI / card link, pay on the (offline) fake Razorpay, and the customer hears "₹… received"
while the owner gets the paid order with Accept / Reject."""

from __future__ import annotations

import asyncio
import os
import re
import signal
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import aiohttp
import pytest


@pytest.fixture
def demo_server(tmp_path: Path) -> Iterator[str]:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DATABASE_URL", "RAZORPAY_"))}
    process = subprocess.Popen([sys.executable, "-m", "vyapar", "serve", "--demo", "--port", str(port)],
                               cwd=tmp_path, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(f"{base}/readyz", timeout=1).close()
            break
        except OSError:
            time.sleep(0.2)
    try:
        yield base
    finally:
        process.send_signal(signal.SIGTERM)
        process.communicate(timeout=20)


async def test_upi_link_paid_in_chat(demo_server: str, tmp_path: Path) -> None:
    async with aiohttp.ClientSession(base_url=demo_server) as http:
        async def say(**body: str) -> list[dict[str, object]]:
            async with http.post("/api/v1/chat/web", json={"user_id": "ravi", **body}) as response:
                assert response.status == 200, await response.text()
                return list((await response.json())["replies"])

        start = await (await http.get("/api/v1/chat/web/updates", params={"user_id": "ravi"})).json()
        await say(text="hello")
        replies = await say(text="5 tata salt")
        if "Tata Salt Lite" in str(replies[-1]["text"]):
            line = next(l for l in str(replies[-1]["text"]).splitlines() if l[:1].isdigit() and "Tata Salt 1 kg" in l)
            replies = await say(text=line.split(".")[0])
        assert "Tata Salt 1 kg × 5" in str(replies[-1]["text"])
        await say(button="checkout")
        asked = await say(text="Flat 7, Shanti Niwas, SV Road, Andheri W")
        assert [b["id"] for b in asked[-1]["buttons"]] == ["pay:online", "pay:cod"]  # type: ignore[index]
        placed = await say(button="pay:online")
        text = str(placed[-1]["text"])
        link = re.search(r"https?://\S+/pay/(plink_\w+)", text)
        assert link is not None and "#A1001" in text and "₹160" in text, text

        async with http.post(f"/fake-razorpay/_test/pay/{link.group(1)}", json={"method": "upi"}) as paid:
            assert paid.status < 300, await paid.text()

        news: list[str] = []
        deadline = time.monotonic() + 15
        after = start["after"]
        while time.monotonic() < deadline and not any("₹160" in n for n in news):
            async with http.get("/api/v1/chat/web/updates", params={"user_id": "ravi", "after": str(after)}) as r:
                data = await r.json()
            after = data["after"]
            news += [str(x["text"]) for x in data["replies"]]
            await asyncio.sleep(0.3)
        assert any("A1001" in n and "₹160" in n for n in news), news

    with sqlite3.connect(tmp_path / "vyapar.db") as conn:
        status, payment = conn.execute("SELECT status, payment_status FROM orders").fetchone()
        owner_alerts = [row[0] for row in conn.execute("SELECT payload FROM outbox WHERE kind = 'alert'")]
    assert (status, payment) == ("confirmed", "completed")
    assert len([a for a in owner_alerts if "A1001" in a and "acc:" in a]) == 1  # one alert, with Accept
