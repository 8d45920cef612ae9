"""A channel whose settings are absent is off, says so at start, and refuses its webhook (404);
the server and the other channels run on."""

from __future__ import annotations

import logging

import pytest

from tests.e2e.channels.conftest import RigFactory, eventually, telegram_text, whatsapp_text


@pytest.mark.parametrize("missing", ["whatsapp_token", "whatsapp_phone_id", "whatsapp_app_secret"])
async def test_whatsapp_off_without_a_setting(make_rig: RigFactory, caplog: pytest.LogCaptureFixture,
                                              missing: str) -> None:
    caplog.set_level(logging.INFO, logger="vyapar.channels")
    rig = await make_rig(**{missing: None})
    assert any("WhatsApp channel off" in r.getMessage() for r in caplog.records)
    assert (await rig.post_whatsapp(whatsapp_text("hi", wamid="wamid.OFF1"))).status == 404
    assert await rig.inbox() == []
    assert (await rig.post_telegram(telegram_text("hi", update_id=1))).status == 200  # Telegram runs on
    await eventually(lambda: _tg_sent(rig))


async def test_both_off_the_server_and_web_chat_run(make_rig: RigFactory, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="vyapar.channels")
    rig = await make_rig(whatsapp_token=None, telegram_token=None)
    said = [r.getMessage() for r in caplog.records]
    assert any("WhatsApp channel off" in m for m in said) and any("Telegram channel off" in m for m in said)
    assert (await rig.post_whatsapp(whatsapp_text("hi", wamid="wamid.OFF2"))).status == 404
    assert (await rig.post_telegram(telegram_text("hi", update_id=2))).status == 404
    assert (await rig.client.get("/healthz")).status == 200
    web = await rig.client.post("/api/v1/chat/web", json={"user_id": "u1", "text": "hello"})
    assert web.status == 200 and (await web.json())["replies"][0]["text"] == "HELLO"


async def test_telegram_on_without_a_secret_refuses_every_update(make_rig: RigFactory,
                                                                 caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="vyapar.channels")
    rig = await make_rig(telegram_secret_token=None)
    assert any("TELEGRAM_SECRET_TOKEN is not set" in r.getMessage() for r in caplog.records)
    assert (await rig.post_telegram(telegram_text("hi", update_id=3), secret="")).status == 403
    assert (await rig.post_telegram(telegram_text("hi", update_id=4), secret="anything")).status == 403
    assert await rig.inbox() == []


async def test_verification_refused_without_a_verify_token(make_rig: RigFactory) -> None:
    rig = await make_rig(whatsapp_verify_token=None)
    answer = await rig.client.get("/webhooks/whatsapp", params={"hub.mode": "subscribe", "hub.challenge": "42",
                                                               "hub.verify_token": ""})
    assert answer.status == 403
    wrong_mode = await make_rig()
    answer = await wrong_mode.client.get("/webhooks/whatsapp", params={
        "hub.mode": "unsubscribe", "hub.challenge": "42", "hub.verify_token": "verify-me"})
    assert answer.status == 403


async def _tg_sent(rig: object) -> bool:
    return bool(rig.bot_api.calls_of("sendMessage"))  # type: ignore[attr-defined]
