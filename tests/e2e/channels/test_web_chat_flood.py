"""The web chat under a flood from one browser user: the first 100 messages of a minute are
answered, the 101st gets the one polite reply, the rest silence — all 200, none processed
twice, other users unaffected. (The WhatsApp flood: test_whatsapp_flow.py.)"""

from __future__ import annotations

import asyncio

from locales import translator
from tests.e2e.channels.conftest import RigFactory


async def test_web_chat_flood_gets_one_polite_reply_then_silence(make_rig: RigFactory) -> None:
    rig = await make_rig()

    async def say(user: str, n: int) -> tuple[int, list[str]]:
        response = await rig.client.post("/api/v1/chat/web", json={"user_id": user, "text": f"msg {n}",
                                                                   "message_id": f"{user}-{n}"})
        texts = [r["text"] for r in (await response.json())["replies"]] if response.status == 200 else []
        return response.status, texts

    answers = [await say("flooder", n) for n in range(105)]
    assert all(status == 200 for status, _ in answers)
    assert [texts for _, texts in answers[:100]] == [[f"MSG {n}"] for n in range(100)]
    assert answers[100][1] == [translator("en").t("rate_limited")]
    assert all(texts == [] for _, texts in answers[101:])
    assert len(rig.calls) == 100
    resent = await asyncio.gather(*(say("flooder", 3) for _ in range(3)))  # already recorded: no second effect
    assert all(texts == [] for _, texts in resent) and len(rig.calls) == 100
    assert await say("neighbour", 1) == (200, ["MSG 1"])
    rows = await rig.inbox()
    assert sum(r.status == "done" for r in rows) == 101 and sum(r.status == "flooded" for r in rows) == 5
