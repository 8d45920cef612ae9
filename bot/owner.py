"""The shop owner's side: stock and prices by chat, products from the catalog, low stock,
today's figures, accepting and moving orders, opening and closing the shop."""

from __future__ import annotations

import math
import re
from urllib.parse import quote

from bot.customer import _catalog
from bot.messages import Button, ListRow
from bot.pick_lists import pick_row_id, picked_number
from bot.session import move
from bot.shopping import good_candidates
from bot.turn import Turn, item_title, row_title, short_title
from commerce import inventory, orders
from commerce.owner_links import LINK_TTL, issue_owner_link_code
from commerce.payments import cancel_paid_order
from commerce.errors import AlreadyInInventory, DomainError, InvalidInput, InvalidTransition, NotFound
from commerce.orders import STATUS_FROM
from commerce.stores import set_open
from commerce.tables import InventoryItem, Order, Store
from intents.types import Intent, Parse

ITEM_INTENTS = (Intent.SET_STOCK, Intent.ADJUST_STOCK, Intent.SET_PRICE, Intent.DEACTIVATE_PRODUCT)


def _owner_buttons(turn: Turn) -> list[Button]:
    return [turn.button("button.low_stock", "low"), turn.button("button.today", "today"),
            turn.button("button.help", "help")]


async def owner_turn(turn: Turn, parse: Parse | None, store: Store) -> None:
    button = turn.message.button_id
    if button:
        await _on_button(turn, button, store)
        return
    if parse is None:
        turn.say(turn.t("error.text_only"))
        return
    if _asks_for_share_links(parse.text):
        _share_links(turn, store)
        return
    if _normalized(parse.text) in _TELEGRAM_LINK_ASKS and turn.message.channel != "telegram":
        await _telegram_link(turn, store)
        return
    intent = parse.intent
    if turn.session.state == "owner_choosing" and intent == Intent.CHOOSE_OPTION:
        await _chosen(turn, store, int(parse.slots["choice"]))
        return
    if intent in ITEM_INTENTS:
        await _item_command(turn, store, parse)
    elif intent == Intent.ADD_PRODUCT:
        await _add_product(turn, store, parse)
    elif intent == Intent.LOW_STOCK:
        await _low_stock(turn, store)
    elif intent == Intent.TODAY_SUMMARY:
        await _today(turn, store)
    elif intent in (Intent.ACCEPT_ORDER, Intent.REJECT_ORDER, Intent.ADVANCE_ORDER):
        await _order_command(turn, store, intent, str(parse.slots.get("order_ref", "")), str(parse.slots.get("status", "")),
                             newest=parse.slots.get("which_order") == "newest")
    elif intent in (Intent.OPEN_SHOP, Intent.CLOSE_SHOP):
        await set_open(turn.uow, store.id, intent == Intent.OPEN_SHOP)
        turn.say(turn.t("owner.shop.opened" if intent == Intent.OPEN_SHOP else "owner.shop.closed"))
    elif intent == Intent.GREET:
        turn.say(turn.t("owner.welcome", store=store.name), buttons=_owner_buttons(turn))
    elif intent == Intent.HELP:
        turn.say(turn.t("owner.help"), buttons=_owner_buttons(turn))
    else:
        turn.say(turn.t("owner.help"), buttons=_owner_buttons(turn))


async def _on_button(turn: Turn, button: str, store: Store) -> None:
    name, _, arg = button.partition(":")
    actions = {"acc": Intent.ACCEPT_ORDER, "rej": Intent.REJECT_ORDER, "out": Intent.ADVANCE_ORDER,
               "dlv": Intent.ADVANCE_ORDER}
    if name in actions:
        await _order_command(turn, store, actions[name], arg, {"out": "out_for_delivery", "dlv": "delivered"}.get(name, ""),
                             by_id=True)
    elif name == "pick":
        open_list = list((turn.session.data or {}).get("options") or []) if turn.session.state == "owner_choosing" else []
        choice = picked_number(arg, open_list)
        if choice is None:  # a row of an earlier list: the second tap of a double tap, an old message
            turn.say(turn.t("choice.stale"))
        else:
            await _chosen(turn, store, choice)
    elif name == "low":
        await _low_stock(turn, store)
    elif name == "today":
        await _today(turn, store)
    elif name == "addcat":
        await _add_catalog_product(turn, store, arg)
    else:
        turn.say(turn.t("owner.help"), buttons=_owner_buttons(turn))


# ---------------------------------------------------------------- share links

_SHARE_LINK_ASKS = frozenset({"link", "links", "share link", "share links", "my link", "my links", "shop link",
                              "store link", "link bhejo", "link do", "लिंक"})


_TELEGRAM_LINK_ASKS = frozenset({"telegram", "telegram link", "link telegram", "use telegram", "टेलीग्राम"})


def _normalized(text: str) -> str:
    return " ".join(re.sub(r"[!?.,]+", " ", text).lower().split())


def _asks_for_share_links(text: str) -> bool:
    return _normalized(text) in _SHARE_LINK_ASKS


async def _telegram_link(turn: Turn, store: Store) -> None:
    """A one-time code that makes a Telegram chat this shop's owner chat (see bot.conversation)."""
    code = await issue_owner_link_code(turn.uow, store.id)
    minutes = int(LINK_TTL.total_seconds() // 60)
    username = turn.ctx.telegram_bot_username
    if username:
        turn.say(turn.t("owner.telegram.link_url", url=f"https://t.me/{quote(username)}?start={code}", minutes=minutes))
    else:
        turn.say(turn.t("owner.telegram.link_code", code=code, minutes=minutes))


def share_links(store: Store, whatsapp_number: str = "", telegram_bot_username: str = "") -> list[tuple[str, str]]:
    """(channel, url) of the links that open a chat with this shop selected: WhatsApp's wa.me to
    the bot's business number with the code prefilled, and Telegram's deep link — each when the
    platform's number / bot username is configured (the owner's own number is not the bot)."""
    links: list[tuple[str, str]] = []
    digits = re.sub(r"\D", "", whatsapp_number)
    if digits:
        links.append(("whatsapp", f"https://wa.me/{digits}?text={quote(store.code)}"))
    if telegram_bot_username:
        links.append(("telegram", f"https://t.me/{quote(telegram_bot_username)}?start={quote(store.code)}"))
    return links


def _share_links(turn: Turn, store: Store) -> None:
    lines = [turn.t("owner.share.header", code=store.code)]
    for channel, url in share_links(store, turn.ctx.whatsapp_number, turn.ctx.telegram_bot_username):
        lines.append(turn.t(f"owner.share.{channel}", url=url))
    turn.say("\n".join(lines))


# ---------------------------------------------------------------- stock and prices

async def _item_command(turn: Turn, store: Store, parse: Parse) -> None:
    request = parse.items[0] if parse.items else None
    if request is None:
        turn.say(turn.t("owner.help"))
        return
    ids = good_candidates(request)
    if not ids:
        turn.say(turn.t("owner.product.not_found", item=request.text))
        return
    op = {"intent": parse.intent.value, "slots": dict(parse.slots), "text": request.text}
    if request.ambiguous and len(ids) > 1:
        items = await inventory.get_items(turn.uow, store.id, ids[:8])
        if parse.intent == Intent.SET_PRICE and isinstance(parse.slots.get("price_paise"), int):
            items = _nearest_price_first(items, int(parse.slots["price_paise"]))
        items = items[:5]
        option_ids = [item.id for item in items]
        move(turn.session, "owner_choosing", op=op, options=option_ids)
        rows = []
        lines = [turn.t("owner.product.which", item=request.text)]
        for n, item in enumerate(items, start=1):
            lines.append(f"{n}. {item_title(item)} — {turn.money(item.selling_price_paise)} ({item.current_stock})")
            rows.append(ListRow(id=pick_row_id(n, option_ids), title=row_title(item),
                                description=turn.money(item.selling_price_paise)))
        turn.say("\n".join(lines), rows=rows, list_title=turn.t("button.choose"))
        return
    await _apply(turn, store, op, ids[0])


def _nearest_price_first(items: list[InventoryItem], price_paise: int) -> list[InventoryItem]:
    """"atta price 52": the packs now selling near ₹52 are the likely ones (the 1 kg, not the
    10 kg), so they come first; the matcher's order breaks ties."""
    if price_paise <= 0:
        return items
    return sorted(items, key=lambda item: abs(math.log(max(item.selling_price_paise, 1) / price_paise)))


async def _chosen(turn: Turn, store: Store, choice: int) -> None:
    data = turn.session.data or {}
    options = list(data.get("options") or [])
    op = data.get("op")
    move(turn.session, "owner")
    if not op or not 1 <= choice <= len(options):
        turn.say(turn.t("choice.invalid", max=max(1, len(options))))
        return
    if op.get("intent") == "add_product":
        await _add_catalog_product(turn, store, options[choice - 1])
        return
    await _apply(turn, store, op, options[choice - 1])


async def _apply(turn: Turn, store: Store, op: dict[str, object], item_id: str) -> None:
    slots: dict[str, object] = dict(op.get("slots") or {})  # type: ignore[call-overload]
    intent = Intent(str(op["intent"]))
    item = await inventory.get_item(turn.uow, store.id, item_id)
    name = item_title(item)
    try:
        if intent == Intent.SET_STOCK:
            result = await inventory.set_stock(turn.uow, store.id, item_id, int(slots["stock"]), actor="owner:chat")
            turn.say(turn.t("owner.stock.set", name=name, new=result.new_stock, old=result.old_stock))
        elif intent == Intent.ADJUST_STOCK:
            delta = int(slots["stock_delta"])
            result = await inventory.adjust_stock(turn.uow, store.id, item_id, delta, actor="owner:chat")
            turn.say(turn.t("owner.stock.adjusted", name=name, new=result.new_stock, delta=f"{delta:+d}"))
        elif intent == Intent.SET_PRICE:
            old, new = await inventory.set_price(turn.uow, store.id, item_id, int(slots["price_paise"]))
            turn.say(turn.t("owner.price.set", name=name, new=turn.money(new), old=turn.money(old)))
        elif intent == Intent.DEACTIVATE_PRODUCT:
            await inventory.set_active(turn.uow, store.id, item_id, False)
            turn.say(turn.t("owner.product.deactivated", name=name))
    except (KeyError, ValueError):
        turn.say(turn.t("owner.price.invalid") if intent == Intent.SET_PRICE else turn.t("owner.help"))
    except InvalidInput as exc:
        if exc.field == "delta":
            turn.say(turn.t("owner.stock.negative", name=name, stock=item.current_stock))
        else:
            turn.say(turn.t("owner.price.invalid") if intent == Intent.SET_PRICE else turn.t("owner.help"))


# ---------------------------------------------------------------- catalog

async def _add_product(turn: Turn, store: Store, parse: Parse) -> None:
    barcode = str(parse.slots.get("barcode", ""))
    if barcode:
        try:
            product = await _catalog.find_by_barcode(turn.uow, barcode)
        except (NotFound, InvalidInput):
            turn.say(turn.t("owner.product.not_found", item=barcode))
            return
        await _add_catalog_product(turn, store, product.id)
        return
    query = parse.items[0].text if parse.items else str(parse.slots.get("query", ""))
    products, _ = await _catalog.search_products(turn.uow, query, limit=5) if query else ([], 0)
    if not products:
        turn.say(turn.t("owner.product.not_found", item=query))
        return
    if len(products) == 1:
        await _add_catalog_product(turn, store, products[0].id)
        return
    option_ids = [product.id for product in products]
    move(turn.session, "owner_choosing", op={"intent": "add_product"}, options=option_ids)
    lines = [turn.t("owner.product.which", item=query)]
    rows = []
    for n, product in enumerate(products, start=1):
        size = f" {product.size_value:g} {product.size_unit}" if product.size_value and product.size_unit else ""
        lines.append(f"{n}. {product.name}{size}")
        rows.append(ListRow(id=pick_row_id(n, option_ids), title=short_title(f"{product.name}{size}", 24)))
    turn.say("\n".join(lines), rows=rows, list_title=turn.t("button.choose"))


async def _add_catalog_product(turn: Turn, store: Store, product_id: str) -> None:
    try:
        product = await _catalog.get_product(turn.uow, product_id)
        item = await inventory.add_from_catalog(turn.uow, store.id, product.id,
                                                selling_price_paise=product.mrp_paise or 100, actor="owner:chat")
    except AlreadyInInventory as exc:
        item = await inventory.get_item(turn.uow, store.id, str(exc.details["item_id"]))
        turn.say(turn.t("owner.product.already", name=item_title(item), price=turn.money(item.selling_price_paise),
                        stock=item.current_stock))
        return
    except NotFound:
        turn.say(turn.t("owner.product.not_found", item=product_id))
        return
    turn.say(turn.t("owner.product.added", name=item_title(item), price=turn.money(item.selling_price_paise),
                    stock=item.current_stock))


# ---------------------------------------------------------------- reports

async def _low_stock(turn: Turn, store: Store) -> None:
    items = await inventory.low_stock_items(turn.uow, store.id, limit=30)
    if not items:
        turn.say(turn.t("owner.low_stock.none"))
        return
    lines = [turn.tn("owner.low_stock.header", len(items), count=len(items))]
    lines += [turn.t("owner.low_stock.line", name=item_title(i), stock=i.current_stock) for i in items]
    turn.say("\n".join(lines))


async def _today(turn: Turn, store: Store) -> None:
    stats = await orders.daily_stats(turn.uow, store.id)
    if not stats.orders:
        turn.say(turn.t("owner.today.none"))
        return
    live = stats.orders - stats.cancelled
    lines = [turn.tn("owner.today.summary", live, count=live, sales=turn.money(stats.sales_paise))]
    waiting = stats.by_status.get("confirmed", 0)
    if waiting:
        lines.append(turn.tn("owner.today.pending", waiting, count=waiting))
    turn.say("\n".join(lines))


# ---------------------------------------------------------------- orders

async def _find_order(turn: Turn, store: Store, ref: str, by_id: bool) -> Order | None:
    try:
        if by_id:
            return await orders.get_order(turn.uow, ref, store_id=store.id)
        return await orders.find_by_number(turn.uow, store.id, ref)
    except NotFound:
        return None


# The steps of the shop's workflow an owner moves an order through (commerce.orders.STATUS_FROM
# says from which statuses each may be reached).
_SHOP_STEPS = ("processing", "out_for_delivery", "delivered")


def _actionable_statuses(intent: Intent, status: str) -> tuple[str, ...]:
    """The statuses of the orders an owner's command can act on: accept / reject and "packing"
    the ones waiting for the shop; "out for delivery" also one not yet accepted (the bot accepts
    it on the way); an advance with no status any order that can move on."""
    if intent != Intent.ADVANCE_ORDER:
        status = "processing"
    if status not in ("", *_SHOP_STEPS):
        return ()
    targets = [status] if status else list(_SHOP_STEPS)
    if status == "out_for_delivery":
        targets.append("processing")
    return tuple(dict.fromkeys(found for target in targets for found in STATUS_FROM[target]))


async def _unnumbered_order(store: Store, turn: Turn, intent: Intent, status: str, newest: bool) -> Order | None:
    """"accept the last one", "order accept karo": the store's newest order that this command
    can act on (which_order "newest", see intents.types); with no "last" word, the only such
    order, when there is exactly one. None when the owner has to say which."""
    found: list[Order] = []
    for state in _actionable_statuses(intent, status):
        found += (await orders.list_orders(turn.uow, store_id=store.id, status=state, limit=2)).orders
    found.sort(key=lambda order: (order.created_at, order.id), reverse=True)
    if newest and found:
        return found[0]
    return found[0] if len(found) == 1 else None


async def _order_command(turn: Turn, store: Store, intent: Intent, ref: str, status: str, by_id: bool = False,
                         newest: bool = False) -> None:
    if not ref and not by_id:
        order = await _unnumbered_order(store, turn, intent, status, newest)
        if order is None:
            turn.say(turn.t("owner.order.which"))
            return
    else:
        order = await _find_order(turn, store, ref, by_id) if ref else None
    if order is None:
        turn.say(turn.t("owner.order.not_found", order_number=ref.lstrip("#") or "—"))
        return
    number = order.order_number
    try:
        if intent == Intent.ACCEPT_ORDER:
            await orders.accept_order(turn.uow, order.id, store_id=store.id, actor="owner")
            turn.say(turn.t("owner.order.accepted", order_number=number),
                     buttons=[Button(id=f"out:{order.id}", title=turn.t("button.mark_out"))])
        elif intent == Intent.REJECT_ORDER:
            was_paid = order.payment_status == "completed"
            await cancel_paid_order(turn.uow, order.id, by="owner", reason="rejected by the shop", store_id=store.id)
            key = "owner.order.rejected.refund" if was_paid else "owner.order.rejected"
            turn.say(turn.t(key, order_number=number, amount=turn.money(order.total_paise)))
        else:
            target = status or {"confirmed": "processing", "processing": "out_for_delivery",
                                "out_for_delivery": "delivered"}.get(order.status, "")
            if target == "processing":
                await orders.accept_order(turn.uow, order.id, store_id=store.id)
                turn.say(turn.t("owner.order.packing", order_number=number))
            elif target == "out_for_delivery":
                if order.status == "confirmed":
                    await orders.accept_order(turn.uow, order.id, store_id=store.id)
                await orders.send_out_for_delivery(turn.uow, order.id, store_id=store.id)
                turn.say(turn.t("owner.order.out", order_number=number),
                         buttons=[Button(id=f"dlv:{order.id}", title=turn.t("button.mark_delivered"))])
            elif target == "delivered":
                await orders.mark_delivered(turn.uow, order.id, store_id=store.id)
                turn.say(turn.t("owner.order.delivered", order_number=number))
            else:
                raise InvalidTransition("order", order.status, target or "next")
    except (InvalidTransition, DomainError):
        current = await orders.get_order(turn.uow, order.id)
        turn.say(turn.t("owner.order.cannot_change", order_number=number, status=turn.t(f"status.{current.status}")))
