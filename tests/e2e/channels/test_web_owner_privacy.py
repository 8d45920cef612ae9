"""An owner's web chat session is reached only with the owner's token: a nickname shaped like
an owner's session ("owner:<store>:<name>") is refused, and the shop's order alerts (with the
customer's name and address) never wait on the open updates route for anyone who asks."""

from __future__ import annotations

from sqlalchemy import select

from commerce.demo import DEMO_OWNER_PHONE, DEMO_STORE_CODE
from commerce.tables import ChatSession, Store
from commerce.unit_of_work import UnitOfWork
from tests.e2e.channels.conftest import JWT_SECRET, Rig, RigFactory
from webhooks.keys import DATABASE
from webhooks.tokens import Claims, issue_token

ADDRESS = "Flat 7, Shanti Niwas, SV Road, Andheri W"


async def _store_id(rig: Rig) -> str:
    async with UnitOfWork(rig.app[DATABASE], write=False) as uow:
        return str((await uow.session.scalars(select(Store.id).where(Store.code == DEMO_STORE_CODE))).one())


async def _order_in_web_chat(rig: Rig, user: str) -> None:
    async def say(**body: str) -> str:
        response = await rig.client.post("/api/v1/chat/web", json={"user_id": user, **body})
        assert response.status == 200, await response.text()
        return str((await response.json())["replies"][-1]["text"])

    await say(text="namaste")
    cart = await say(text="5 tata salt")
    if "Tata Salt Lite" in cart:
        await say(text=next(l for l in cart.splitlines() if l[:1].isdigit() and "Tata Salt 1 kg" in l).split(".")[0])
    await say(button="checkout")
    await say(text=ADDRESS)
    assert "#A" in await say(button="pay:cod")


async def test_owner_alerts_are_not_on_the_open_updates_route(make_rig: RigFactory) -> None:
    rig = await make_rig(handler=None, demo=True)
    store_id = await _store_id(rig)
    token = issue_token(JWT_SECRET, Claims(subject=DEMO_OWNER_PHONE, role="store_owner", store_id=store_id))
    owner = await rig.client.post("/api/v1/chat/web", json={"user_id": "ramesh", "text": "help"},
                                  headers={"Authorization": f"Bearer {token}"})
    assert owner.status == 200
    start = await (await rig.client.get("/api/v1/chat/web/updates", params={"user_id": "x"})).json()
    await _order_in_web_chat(rig, "ravi")
    for guess in (f"owner:{store_id}:ramesh", "ramesh"):
        seen = await (await rig.client.get("/api/v1/chat/web/updates", params={
            "user_id": guess, "after": str(start["after"])})).json()
        assert not any(ADDRESS in r["text"] for r in seen["replies"]), guess


async def test_a_nickname_shaped_like_an_owners_session_is_refused(make_rig: RigFactory) -> None:
    rig = await make_rig(handler=None, demo=True)
    store_id = await _store_id(rig)
    response = await rig.client.post("/api/v1/chat/web", json={"user_id": f"owner:{store_id}:ramesh", "text": "hi"})
    assert response.status == 422
    async with UnitOfWork(rig.app[DATABASE], write=False) as uow:
        assert (await uow.session.scalars(select(ChatSession.sender_id))).all() == []
