"""The two pages as a person uses them, in headless Chromium (Debian's package, driven by
Playwright): chat with the demo shop on / until an order is placed, and watch it arrive on
/owner. Skips where Chromium is missing, except under CI=true."""

from __future__ import annotations

import asyncio
import json
import os
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from webhooks.tokens import Claims, issue_token

if TYPE_CHECKING:
    from playwright.async_api import Page

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
SECRET = "browser-test-secret-0123456789abcdef0123456789"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]


@pytest.fixture
def server(tmp_path: Path) -> Iterator[str]:
    if CHROMIUM is None:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail("chromium is not installed (CI=true: browser tests must run)")
        pytest.skip("chromium is not installed (apt-get install chromium)")
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"} | {"JWT_SECRET": SECRET}
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


def _owner_token(db_file: Path) -> str:
    with sqlite3.connect(db_file) as conn:
        store_id, phone = conn.execute("SELECT id, phone FROM stores").fetchone()
    return issue_token(SECRET, Claims(subject=phone, role="store_owner", store_id=store_id, phone=phone))


async def _place_order(chat: Page) -> None:
    """Order 5 salt for cash on delivery in the chat page, as a customer would: order A1001."""
    async def say(text: str) -> None:
        count = await chat.locator(".msg.bot").count()
        await chat.fill("#text", text)
        await chat.click("#send button[type=submit]")
        await chat.locator(".msg.bot").nth(count).wait_for(timeout=10_000)  # no eval: the pages' CSP forbids it

    async def press(title_part: str = "", button_id: str = "") -> None:
        count = await chat.locator(".msg.bot").count()
        buttons = chat.locator(".msg.bot").last.locator(f"button[data-id='{button_id}']" if button_id else "button")
        if title_part:
            buttons = buttons.filter(has_text=title_part)
        await buttons.first.click()
        await chat.locator(".msg.bot").nth(count).wait_for(timeout=10_000)  # no eval: the pages' CSP forbids it

    chat.set_default_timeout(10_000)
    await say("namaste")
    await say("5 tata salt")
    last = await chat.locator(".msg.bot").last.inner_text()
    if "Tata Salt Lite" in last:  # which salt? the plain one
        await press("Tata Salt 1 kg")
    await press(button_id="checkout")
    await say("Flat 7, Shanti Niwas, SV Road, Andheri W")
    last = await chat.locator(".msg.bot").last.inner_text()
    if "#A" not in last:  # asked how to pay: cash on delivery
        await press(button_id="pay:cod")
    placed = await chat.locator(".msg.bot").last.inner_text()
    assert "#A1001" in placed, placed


async def test_order_in_chat_page_appears_on_owner_page(server: str, tmp_path: Path) -> None:
    from playwright.async_api import async_playwright

    async with async_playwright() as pw:
        browser = await pw.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        try:
            owner = await browser.new_page()
            await owner.goto(f"{server}/owner?token={_owner_token(tmp_path / 'vyapar.db')}")
            await owner.wait_for_selector("#status[data-state='live']", timeout=10_000)

            chat = await browser.new_page()
            await chat.goto(server)
            await _place_order(chat)
            await chat.screenshot(path=str(tmp_path / "chat.png"), full_page=True)

            await owner.wait_for_selector("text=A1001", timeout=10_000)
            card = await owner.locator("text=A1001").first.inner_text()
            assert "₹160" in card and "₹160.00" not in card, card  # 5 × ₹28 + ₹20 delivery, as a shop writes it
            assert not await owner.locator("#login").is_visible()  # the token came in the link
            await owner.screenshot(path=str(tmp_path / "owner.png"), full_page=True)
            if os.environ.get("VYAPAR_SCREENSHOTS"):
                for name in ("chat.png", "owner.png"):
                    shutil.copy(tmp_path / name, Path(os.environ["VYAPAR_SCREENSHOTS"]) / name)
        finally:
            await browser.close()


def _set_status(base: str, db_file: Path, order_number: str, status: str) -> None:
    """The owner moves an order on through the API, as their dashboard or WhatsApp would."""
    with sqlite3.connect(db_file) as conn:
        (order_id,) = conn.execute("SELECT id FROM orders WHERE order_number = ?", (order_number,)).fetchone()
    request = urllib.request.Request(
        f"{base}/api/v1/orders/{order_id}/status", method="PUT", data=json.dumps({"status": status}).encode(),
        headers={"Authorization": f"Bearer {_owner_token(db_file)}", "Content-Type": "application/json"})
    urllib.request.urlopen(request, timeout=10).close()


async def test_owner_page_in_hindi_shows_orders_and_statuses_in_hindi(server: str, tmp_path: Path) -> None:
    from playwright.async_api import async_playwright

    from locales import LANGUAGE_NAMES, LOCALES, translator

    hi, ta = translator("hi"), translator("ta")
    db_file = tmp_path / "vyapar.db"
    async with async_playwright() as pw:
        browser = await pw.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        try:
            context = await browser.new_context(locale="en-US")  # the browser says English; the link says Hindi
            owner = await context.new_page()
            await owner.goto(f"{server}/owner?lang=hi&token={_owner_token(db_file)}")
            await owner.wait_for_selector("#status[data-state=live]", timeout=10_000)
            assert await owner.locator("#status").inner_text() == hi.t("page.owner.status.live")
            assert await owner.locator("h1").inner_text() == hi.t("page.owner.title")
            assert await owner.locator("#empty").inner_text() == hi.t("page.owner.empty")
            assert await owner.locator("#lang option").all_inner_texts() == [LANGUAGE_NAMES[x] for x in LOCALES]

            chat = await context.new_page()
            await chat.goto(f"{server}/?lang=hi")
            assert await chat.get_attribute("#text", "placeholder") == hi.t("page.chat.placeholder")
            assert await chat.locator("#send button[type=submit]").inner_text() == hi.t("page.chat.send")
            await _place_order(chat)

            await owner.wait_for_selector("text=A1001", timeout=10_000)
            card = await owner.locator(".card.new_order").first.inner_text()
            assert hi.t("page.owner.event.new_order", order_number="A1001", total="₹160",
                        payment=hi.t("owner.payment.cod")) in card, card
            assert not await owner.locator("#empty").is_visible()

            await asyncio.to_thread(_set_status, server, db_file, "A1001", "processing")
            await asyncio.to_thread(_set_status, server, db_file, "A1001", "out_for_delivery")
            out = hi.t("status.out_for_delivery")
            await owner.wait_for_selector(f".card.order_updated >> text={out}", timeout=10_000)
            update = await owner.locator(".card.order_updated").first.inner_text()
            assert update.startswith(hi.t("page.owner.event.order_updated", order_number="A1001",
                                          from_status=hi.t("status.processing"), to_status=out)), update
            assert "out_for_delivery" not in update and "processing" not in update
            await owner.screenshot(path=str(tmp_path / "owner-hi.png"), full_page=True)

            # the picker reloads the page in Tamil and keeps the sign-in link
            await owner.select_option("#lang", "ta")
            await owner.wait_for_url("**lang=ta**", timeout=10_000)
            await owner.wait_for_selector("#status[data-state=live]", timeout=10_000)
            assert await owner.get_attribute("html", "lang") == "ta"
            assert await owner.locator("#status").inner_text() == ta.t("page.owner.status.live")
            assert "token=" in owner.url
        finally:
            await browser.close()


async def test_pages_follow_the_browser_language_and_format_money_like_the_bot(server: str) -> None:
    from playwright.async_api import async_playwright

    from locales import LOCALES, format_money, translator

    amounts = [0, 5, 5250, 11200, 16000, 125000050, -11200]
    async with async_playwright() as pw:
        browser = await pw.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        try:
            context = await browser.new_context(locale="bn-IN")  # Accept-Language: bn-IN
            page = await context.new_page()
            await page.goto(server)
            assert await page.get_attribute("html", "lang") == "bn"
            assert await page.locator("#empty").inner_text() == translator("bn").t("page.chat.empty")
            for locale in LOCALES:
                await page.goto(f"{server}/owner?lang={locale}")
                shown = await page.evaluate(f"{amounts}.map(money)")
                assert shown == [format_money(a, locale) for a in amounts], locale
        finally:
            await browser.close()


async def test_owner_page_stops_on_a_refused_token_and_asks_for_another(server: str, tmp_path: Path) -> None:
    """A token the feed refuses (here signed with another secret) is not retried every few
    seconds for ever: the page says why, shows the sign-in form again, and a good token pasted
    there goes live."""
    from playwright.async_api import async_playwright

    from locales import translator

    forged = issue_token("another-secret-" + "x" * 40, Claims(subject="+919800000000", role="store_owner",
                                                            store_id="str_forged", phone="+919800000000"))
    async with async_playwright() as pw:
        browser = await pw.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        try:
            owner = await browser.new_page()
            sockets: list[str] = []
            owner.on("websocket", lambda ws: sockets.append(ws.url))
            await owner.goto(f"{server}/owner?token={forged}")
            await owner.wait_for_selector("#status[data-state='error']", timeout=10_000)
            assert await owner.locator("#status").inner_text() == translator("en").t("page.owner.error.sign_in")
            assert await owner.locator("#login").is_visible()
            await asyncio.sleep(4)  # the old page tried again every 3 s
            assert len(sockets) == 1, sockets

            await owner.fill("#token", _owner_token(tmp_path / "vyapar.db"))
            await owner.locator("#login button").click()
            await owner.wait_for_selector("#status[data-state='live']", timeout=10_000)
            assert not await owner.locator("#login").is_visible()
        finally:
            await browser.close()
