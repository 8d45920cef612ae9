"""The customer's side of the conversation: find a shop, fill the cart in free text, check out,
pay, track, cancel, reorder, change language, talk to the shop."""

from __future__ import annotations

import re

from bot.alerts import owner_targets, send_alert
from bot.messages import Button, ListRow, Location
from bot.payment_link import PaymentLinkWanted, status_reply
from bot.pick_lists import pick_row_id, picked_number
from bot.session import move
from bot.shopping import good_candidates, packs_for, rounded_up
from bot.turn import Turn, item_title, row_title, short_title, size_text
from commerce import carts, catalog as _catalog, customers, orders
from commerce.checkout import place_order, quote_cart
from commerce.payments import cancel_paid_order, choose_cash_on_delivery, claim_link_attempt
from commerce.errors import (CartEmpty, DomainError, Forbidden, InvalidInput, MinimumOrderNotMet, NotFound,
                             OutOfStock, Shortage, StoreUnavailable)
from commerce.inventory import get_item, get_items, item_for_retailer_id, list_items, load_items
from commerce.stores import (find_store_by_code, get_store, is_accepting_orders, only_active_store, stores_delivering_to,
                             stores_near_pincode)
from commerce.tables import Customer, InventoryItem, Store
from intents.types import Intent, ItemRequest, Parse
from locales import LANGUAGE_NAMES, LOCALES, format_number, translator

GLOBAL_INTENTS = {Intent.HELP, Intent.CHANGE_LANGUAGE, Intent.ORDER_STATUS, Intent.CANCEL_ORDER}
__all__ = ["customer_turn", "_catalog"]


async def _store(turn: Turn) -> Store | None:
    store_id = turn.session.store_id
    if store_id:
        try:
            return await get_store(turn.uow, store_id)
        except NotFound:
            turn.session.store_id = None
    only = await only_active_store(turn.uow)  # a single-shop deployment: that shop
    if only is not None:
        turn.session.store_id = only.id
    return only


def _welcome_buttons(turn: Turn) -> list[Button]:
    return [turn.button("button.catalog", "catalog"), turn.button("button.last_order", "status"),
            turn.button("button.language", "lang")]


async def customer_turn(turn: Turn, parse: Parse | None, customer: Customer) -> None:
    store = await _store(turn)
    button = turn.message.button_id
    if button:
        await _on_button(turn, button, store, customer)
        return
    if turn.message.kind == "location" and turn.message.location is not None:
        await _stores_for_location(turn, turn.message.location)
        return
    if turn.message.kind == "order":
        await _catalog_order(turn, store, customer)
        return
    if parse is None:
        turn.say(turn.t("error.text_only"))
        return
    code_store = await _store_from_link(turn, turn.message.text)
    if code_store is not None:  # a shop's code, its t.me/wa.me link: that shop, whatever was going on
        await _choose_store(turn, code_store.id)
        return
    state = turn.session.state
    intent = parse.intent
    if intent in GLOBAL_INTENTS:
        await _global(turn, intent, store, customer)
        return
    if state == "choosing" and intent == Intent.CHOOSE_OPTION:
        await _chosen(turn, int(parse.slots["choice"]), store, customer)
        return
    if state == "stores" and intent == Intent.CHOOSE_OPTION:
        ids = turn.session.data.get("stores", [])
        choice = int(parse.slots["choice"])
        if 1 <= choice <= len(ids):
            await _choose_store(turn, ids[choice - 1])
        else:
            turn.say(turn.t("choice.invalid", max=len(ids)))
        return
    if state == "language" and intent == Intent.CHOOSE_OPTION:
        choice = int(parse.slots["choice"])
        if 1 <= choice <= len(LOCALES):
            await _set_language(turn, customer, LOCALES[choice - 1])
        else:
            turn.say(turn.t("choice.invalid", max=len(LOCALES)))
        return
    if state == "address" and intent not in (Intent.CHECKOUT, Intent.SHOW_CART, Intent.CLEAR_CART, Intent.GREET):
        await _address_given(turn, store, customer, str(parse.slots.get("address") or parse.text))
        return
    if state == "payment" and intent == Intent.CHOOSE_PAYMENT:
        await _place(turn, store, customer, str(parse.slots.get("payment_method", "cod")))
        return
    if state == "payment" and intent == Intent.CHOOSE_OPTION:
        await _place(turn, store, customer,
                     "upi" if int(parse.slots["choice"]) == 1 and turn.ctx.make_payment_link else "cod")
        return
    if state == "message_shop" and store is not None:
        await _forward_to_shop(turn, store, customer, parse.text)
        return
    if state == "cancel_confirm" and intent in (Intent.CONFIRM, Intent.DENY):
        await _cancel_answer(turn, store, customer, intent == Intent.CONFIRM)
        return
    if intent == Intent.FIND_STORES:
        if "pincode" in parse.slots:
            await _stores_for_pincode(turn, str(parse.slots["pincode"]))
        else:
            await _ask_pincode(turn)
        return
    if intent == Intent.GREET:
        await _greet(turn, store)
        return
    if store is None:
        turn.say(turn.t("store.not_selected"), buttons=[turn.button("button.share_location", "location")])
        move(turn.session, "start")
        return
    handlers = {
        Intent.ADD_ITEMS: _add_items, Intent.SHOW_CART: _show_cart, Intent.CLEAR_CART: _clear_cart,
        Intent.CHECKOUT: _checkout, Intent.REORDER: _reorder, Intent.BROWSE: _browse,
        Intent.REMOVE_ITEM: _remove_item, Intent.CHANGE_QUANTITY: _change_quantity,
        Intent.TALK_TO_SHOP: _talk_to_shop, Intent.CHOOSE_PAYMENT: _payment_without_checkout,
        Intent.GIVE_ADDRESS: _unexpected_address,
    }
    handler = handlers.get(intent)
    if handler is None:
        if parse.items and intent == Intent.UNKNOWN:
            await _add_items(turn, store, customer, parse)
            return
        turn.say(turn.t("fallback"), buttons=[turn.button("button.help", "help"), turn.button("button.view_cart", "cart")])
        return
    await handler(turn, store, customer, parse)


# Words that may come before a shop's code: WhatsApp's prefilled wa.me text ("Hi SHARMA") and
# Telegram's deep link (t.me/<bot>?start=SHARMA arrives as "/start SHARMA").
_LINK_LEAD_WORDS = frozenset({"/start", "start", "hi", "hii", "hello", "hey", "helo", "namaste", "namaskar",
                              "namaskaram", "vanakkam", "shop", "store"})
_CODE = re.compile(r"(?=[A-Za-z0-9_-]*[A-Za-z])[A-Za-z0-9][A-Za-z0-9_-]{2,15}")


def store_code_in(text: str) -> str | None:
    """The shop code a message consists of, upper-cased, or None: "SHARMA", "sharma",
    "/start SHARMA", "Hi SHARMA!" — a code of 3 to 16 letters, digits, "-" or "_" (at least
    one letter), alone or after greeting words. Anything longer is a normal message."""
    words = re.sub(r"[!,.?:;]+", " ", text or "").split()
    if not 1 <= len(words) <= 3:
        return None
    *lead, last = words
    if any(word.lower() not in _LINK_LEAD_WORDS for word in lead) or not _CODE.fullmatch(last):
        return None
    return last.upper()


async def _store_from_link(turn: Turn, text: str) -> Store | None:
    code = store_code_in(text)
    if code is None:
        return None
    store = await find_store_by_code(turn.uow, code)
    return store if store is not None and store.status == "active" else None


# ---------------------------------------------------------------- buttons

async def _on_button(turn: Turn, button: str, store: Store | None, customer: Customer) -> None:
    name, _, arg = button.partition(":")
    if name == "store":
        await _choose_store(turn, arg)
    elif name == "lang":
        if arg in LOCALES:
            await _set_language(turn, customer, arg)
        else:
            await _language_menu(turn)
    elif name == "help":
        await _global(turn, Intent.HELP, store, customer)
    elif name == "status":
        await _global(turn, Intent.ORDER_STATUS, store, customer)
    elif name == "location":
        await _ask_pincode(turn)
    elif store is None:
        turn.say(turn.t("store.not_selected"))
    elif name == "pick":
        await _picked(turn, arg, store, customer)
    elif name in ("cart", "edit"):
        if name == "edit":
            turn.say(turn.t("cart.edit.prompt"))
        else:
            await _show_cart(turn, store, customer, None)
    elif name == "clear":
        await _clear_cart(turn, store, customer, None)
    elif name == "checkout":
        await _checkout(turn, store, customer, None)
    elif name == "catalog":
        await _browse(turn, store, customer, None)
    elif name == "addr":
        if arg == "same":
            address = await customers.default_address(turn.uow, customer.id)
            if address is not None:
                await _address_given(turn, store, customer, address.text, known=True)
                return
        move(turn.session, "address")
        turn.say(turn.t("checkout.ask_new_address"))
    elif name == "pay":
        await _place(turn, store, customer, "upi" if arg == "online" else "cod")
    elif name == "short":
        await _shortage_answer(turn, store, customer, arg)
    elif name == "cancel":
        if arg in ("yes", "no"):
            await _cancel_answer(turn, store, customer, arg == "yes")
        else:
            await _global(turn, Intent.CANCEL_ORDER, store, customer)
    elif name == "reorder":
        await _reorder(turn, store, customer, None)
    elif name in ("paylink", "paycod"):
        await _retry_payment(turn, store, customer, arg, cash=name == "paycod")
    elif name == "shop":
        await _talk_to_shop(turn, store, customer, None)
    else:
        turn.say(turn.t("fallback"))


# ---------------------------------------------------------------- shops and languages

async def _greet(turn: Turn, store: Store | None) -> None:
    if store is None:
        move(turn.session, "start")
        turn.say(turn.t("welcome.no_store"), buttons=[turn.button("button.share_location", "location")])
        return
    move(turn.session, "shopping")
    turn.say(turn.t("welcome", store=store.name), buttons=_welcome_buttons(turn))


async def _ask_pincode(turn: Turn) -> None:
    move(turn.session, "start")
    turn.say(turn.t("store.ask_location"))


async def _stores_for_location(turn: Turn, where: Location) -> None:
    """A shared location: the shops whose delivery radius covers it, nearest first."""
    try:
        nearby = await stores_delivering_to(turn.uow, where.latitude, where.longitude, limit=10)
    except InvalidInput:
        nearby = []
    if not nearby:
        move(turn.session, "start")
        turn.say(turn.t("store.none_nearby"))
        return
    if len(nearby) == 1:
        await _choose_store(turn, nearby[0].store.id)
        return
    move(turn.session, "stores", stores=[n.store.id for n in nearby])
    text = turn.tn("store.found_nearby", len(nearby), count=len(nearby))
    rows = [ListRow(id=f"store:{n.store.id}", title=short_title(n.store.name, 24),
                    description=short_title(turn.t("store.distance",
                                                   distance=format_number(round(n.distance_km, 1), turn.locale)), 72))
            for n in nearby]
    turn.say(text, rows=rows, list_title=turn.t("section.stores"))


async def _stores_for_pincode(turn: Turn, pincode: str) -> None:
    try:
        stores = await stores_near_pincode(turn.uow, pincode, limit=10)
    except InvalidInput:
        turn.say(turn.t("store.invalid_pincode", pincode=pincode))
        return
    if not stores:
        turn.say(turn.t("store.none_found", pincode=pincode))
        return
    move(turn.session, "stores", stores=[s.id for s in stores])
    text = turn.tn("store.found", len(stores), count=len(stores), pincode=pincode)
    rows = [ListRow(id=f"store:{s.id}", title=short_title(s.name, 24), description=short_title(f"{s.street}, {s.city}", 72))
            for s in stores]
    turn.say(text, rows=rows, list_title=turn.t("section.stores"))


async def _choose_store(turn: Turn, store_id: str) -> None:
    try:
        store = await get_store(turn.uow, store_id)
    except NotFound:
        turn.say(turn.t("store.not_selected"))
        return
    turn.session.store_id = store.id
    move(turn.session, "shopping")
    turn.say(turn.t("store.chosen", store=store.name), buttons=_welcome_buttons(turn))


async def _language_menu(turn: Turn) -> None:
    move(turn.session, "language")
    rows = [ListRow(id=f"lang:{code}", title=short_title(LANGUAGE_NAMES[code], 24)) for code in LOCALES]
    turn.say(turn.t("language.menu"), rows=rows, list_title=turn.t("section.languages"))


async def _set_language(turn: Turn, customer: Customer, locale: str) -> None:
    turn.locale = locale
    turn.session.locale = locale
    turn.session.data = {**(turn.session.data or {}), "pinned_locale": locale}
    await customers.set_language(turn.uow, customer.id, locale)
    move(turn.session, "shopping" if turn.session.store_id else "start", pinned_locale=locale)
    turn.say(turn.t("language.changed"))


# ---------------------------------------------------------------- global intents

async def _global(turn: Turn, intent: Intent, store: Store | None, customer: Customer) -> None:
    if intent == Intent.HELP:
        turn.say(turn.t("help"), buttons=[turn.button("button.view_cart", "cart"),
                                          turn.button("button.order_status", "status"),
                                          turn.button("button.talk_to_shop", "shop")])
    elif intent == Intent.CHANGE_LANGUAGE:
        await _language_menu(turn)
    elif store is None:
        turn.say(turn.t("store.not_selected"))
    elif intent == Intent.ORDER_STATUS:
        await _order_status(turn, store, customer)
    elif intent == Intent.CANCEL_ORDER:
        await _ask_cancel(turn, store, customer)


async def _order_status(turn: Turn, store: Store, customer: Customer) -> None:
    order = await orders.last_order(turn.uow, customer.id, store.id)
    if order is None:
        turn.say(turn.t("order.none"))
        return
    turn.replies.append(status_reply(turn.message.channel, turn.message.chat_id, turn.locale, order))


async def _ask_cancel(turn: Turn, store: Store, customer: Customer) -> None:
    order = await orders.last_order(turn.uow, customer.id, store.id)
    if order is None or order.status in ("cancelled",):
        turn.say(turn.t("order.none"))
        return
    if order.status not in orders.CUSTOMER_CANCELLABLE:
        turn.say(turn.t("order.cannot_cancel", order_number=order.order_number))
        return
    move(turn.session, "cancel_confirm", order_id=order.id)
    turn.say(turn.t("order.cancel.confirm", order_number=order.order_number, total=turn.money(order.total_paise)),
             buttons=[turn.button("button.cancel_order", "cancel:yes"), turn.button("button.keep_order", "cancel:no")])


async def _cancel_answer(turn: Turn, store: Store, customer: Customer, yes: bool) -> None:
    order_id = (turn.session.data or {}).get("order_id")
    move(turn.session, "shopping")
    if not order_id:
        turn.say(turn.t("order.none"))
        return
    order = await orders.get_order(turn.uow, order_id, customer_id=customer.id)
    if not yes:
        turn.say(turn.t("order.cancel_kept", order_number=order.order_number))
        return
    try:
        order = await cancel_paid_order(turn.uow, order_id, by="customer", customer_id=customer.id,
                                        reason="cancelled in chat")
    except (Forbidden, DomainError):
        turn.say(turn.t("order.cannot_cancel", order_number=order.order_number))
        return
    if order.payment_status == "completed":
        turn.say(turn.t("order.cancelled.refund", order_number=order.order_number, amount=turn.money(order.total_paise)))
    else:
        turn.say(turn.t("order.cancelled", order_number=order.order_number))


# ---------------------------------------------------------------- the cart

def _line_text(turn: Turn, name: str, qty: int, amount: int) -> str:
    return turn.t("cart.line", name=name, qty=qty, amount=turn.money(amount))


async def _cart_summary(turn: Turn, store: Store, customer: Customer, header_key: str | None,
                        notes: list[str] | None = None) -> None:
    cart = await carts.view_cart(turn.uow, customer.id, store.id)
    parts: list[str] = list(notes or [])
    if cart.is_empty:
        parts.append(turn.t("cart.empty"))
        turn.say("\n".join(parts))
        return
    if header_key:
        parts.append(turn.t(header_key))
    from bot.turn import size_text

    for line in cart.lines:
        name = f"{line.name} {size_text(line.size_value, line.size_unit)}".strip()
        parts.append(_line_text(turn, name, line.quantity, line.line_total_paise))
    parts.append(turn.t("cart.total", total=turn.money(cart.subtotal_paise)) + " " + turn.t("cart.anything_else"))
    move(turn.session, "shopping")
    turn.say("\n".join(parts), buttons=[turn.button("button.checkout", "checkout"),
                                        turn.button("button.edit_cart", "edit")])


async def _add_one(turn: Turn, store: Store, customer: Customer, request: ItemRequest, item_id: str,
                   notes: list[str]) -> bool:
    item = await get_item(turn.uow, store.id, item_id)
    packs = packs_for(request, item.size_value, item.size_unit)
    added = await _add_packs(turn, store, customer, item, packs, notes)
    if added:
        _say_if_rounded_up(turn, request, item, packs, notes)
    return added


def _say_if_rounded_up(turn: Turn, request: ItemRequest, item: InventoryItem, packs: int, notes: list[str]) -> None:
    """Half a kilo asked of a product sold by the kilo: say what went in instead of a silent 1 kg."""
    amounts = rounded_up(request, item.size_value, item.size_unit, packs)
    if amounts is not None:
        asked, given = amounts
        notes.append(turn.t("cart.rounded_up", name=item.name, pack=size_text(item.size_value, item.size_unit),
                            given=given, asked=asked))


async def _add_packs(turn: Turn, store: Store, customer: Customer, item: InventoryItem, packs: int,
                     notes: list[str]) -> bool:
    """Put packs of item into the cart; a reason it could not goes into notes."""
    try:
        await carts.put_in_cart(turn.uow, customer.id, store.id, item.id, packs)
    except OutOfStock as exc:
        available = exc.shortages[0].available
        if available <= 0:
            notes.append(turn.t("cart.item_out_of_stock", name=item_title(item)))
        else:
            notes.append(turn.t("checkout.out_of_stock", available=available, name=item_title(item), requested=packs))
        return False
    except InvalidInput:
        notes.append(turn.t("cart.quantity_limit", max=carts.MAX_LINE_QUANTITY, name=item_title(item)))
        return False
    return True


async def _add_items(turn: Turn, store: Store, customer: Customer, parse: Parse | None) -> None:
    assert parse is not None
    notes: list[str] = []
    pending: list[dict[str, object]] = []
    missing: list[str] = []
    added = 0
    candidates = [(request, good_candidates(request)) for request in parse.items]
    # One query for every item this turn reads (each request's pick, the first choice's
    # options), not one per item; `_loaded` keeps them in the unit of work meanwhile.
    wanted = [ids[0] for request, ids in candidates if ids and not (request.ambiguous and len(ids) > 1)]
    wanted += next((ids[:5] for request, ids in candidates if request.ambiguous and len(ids) > 1), [])
    _loaded = await load_items(turn.uow, wanted) if len(wanted) > 1 else []
    for request, ids in candidates:
        if not ids:
            missing.append(request.text or request.raw)
            continue
        if request.ambiguous and len(ids) > 1:
            pending.append({"text": request.text, "quantity": request.quantity, "unit": request.unit, "options": ids[:5]})
            continue
        added += await _add_one(turn, store, customer, request, ids[0], notes)
    for text in missing:
        notes.append(turn.t("cart.item_not_found", item=text))
        await _tell_owner_missing(turn, store, customer, text)
    if pending:
        await _ask_choice(turn, store, pending, notes, added)
        return
    if not added and not notes:
        turn.say(turn.t("fallback"))
        return
    await _cart_summary(turn, store, customer, "cart.added.header" if added else None, notes)


async def _catalog_order(turn: Turn, store: Store | None, customer: Customer) -> None:
    """A WhatsApp catalog order: each line's product_retailer_id is an inventory item id (or a
    barcode of the shop's items, see commerce.inventory.item_for_retailer_id); every known line
    goes into the cart, unknown ones are named and left out."""
    lines = turn.message.order_lines
    if not lines:
        turn.say(turn.t("fallback"))
        return
    if store is None:  # item ids say which shop the catalog belongs to
        for line in lines:
            found = await item_for_retailer_id(turn.uow, None, line.product_retailer_id)
            if found is not None:
                store = await get_store(turn.uow, found.store_id)
                turn.session.store_id = store.id
                break
    if store is None:
        move(turn.session, "start")
        turn.say(turn.t("store.not_selected"), buttons=[turn.button("button.share_location", "location")])
        return
    notes: list[str] = []
    added = 0
    for line in lines:
        item = await item_for_retailer_id(turn.uow, store.id, line.product_retailer_id)
        if item is None or line.quantity < 1:
            notes.append(turn.t("cart.catalog_unknown", item=short_title(line.product_retailer_id, 60)))
            continue
        added += await _add_packs(turn, store, customer, item, line.quantity, notes)
    await _cart_summary(turn, store, customer, "cart.added.header" if added else None, notes)


async def _tell_owner_missing(turn: Turn, store: Store, customer: Customer, text: str) -> None:
    for channel, chat_id, locale in await owner_targets(turn.uow, store.id):
        send_alert(turn.uow, store.id, channel, chat_id, translator(locale).t(
            "owner.customer_message", customer=customer.name or customer.sender_id, text=text))


async def _ask_choice(turn: Turn, store: Store, pending: list[dict[str, object]], notes: list[str], added: int) -> None:
    current, rest = pending[0], pending[1:]
    options = await get_items(turn.uow, store.id, [str(i) for i in current["options"]])  # type: ignore[attr-defined]
    # What is on the shelf is offered; sold-out packs only when nothing of the kind is left.
    options = [item for item in options if item.current_stock > 0] or options
    option_ids = [item.id for item in options]
    current = {**current, "options": option_ids}
    move(turn.session, "choosing", choose=current, queue=rest, added=added)
    lines = list(notes) + [turn.t("cart.choose", item=current["text"])]
    rows: list[ListRow] = []
    for n, item in enumerate(options, start=1):
        label = f"{item_title(item)} — {turn.money(item.selling_price_paise)}"
        lines.append(f"{n}. {label}")
        rows.append(ListRow(id=pick_row_id(n, option_ids), title=row_title(item),
                            description=turn.money(item.selling_price_paise)))
    rows.append(ListRow(id=pick_row_id(0, option_ids), title=short_title(turn.t("row.none_of_these"), 24)))
    turn.say("\n".join(lines), rows=rows, list_title=turn.t("button.choose"))


async def _picked(turn: Turn, arg: str, store: Store, customer: Customer) -> None:
    """A row tapped in a "which one?" list: only the open question's own list answers it; a row of an
    earlier list says so and asks the open question again (or nothing, when none is open)."""
    data = turn.session.data or {}
    current = data.get("choose") if turn.session.state == "choosing" else None
    choice = picked_number(arg, [str(i) for i in current["options"]] if current else [])
    if choice is None:
        turn.say(turn.t("choice.stale"))
        if current:
            await _ask_choice(turn, store, [current, *list(data.get("queue") or [])], [], int(data.get("added", 0)))
        return
    await _chosen(turn, choice, store, customer)


async def _chosen(turn: Turn, choice: int, store: Store | None, customer: Customer) -> None:
    data = turn.session.data or {}
    current = data.get("choose")
    if store is None or not current:
        turn.say(turn.t("fallback"))
        return
    options: list[str] = list(current["options"])
    if not 0 <= choice <= len(options):
        turn.say(turn.t("choice.invalid", max=len(options)))
        return
    notes: list[str] = []
    added = int(data.get("added", 0))
    if choice:
        request = ItemRequest(text=str(current["text"]), quantity=current.get("quantity"), unit=current.get("unit"))
        added += await _add_one(turn, store, customer, request, options[choice - 1], notes)
    queue = list(data.get("queue") or [])
    if queue:
        await _ask_choice(turn, store, queue, notes, added)
        return
    await _cart_summary(turn, store, customer, "cart.added.header" if added else "cart.header", notes)


async def _show_cart(turn: Turn, store: Store, customer: Customer, parse: Parse | None) -> None:
    await _cart_summary(turn, store, customer, "cart.header")


async def _clear_cart(turn: Turn, store: Store, customer: Customer, parse: Parse | None) -> None:
    await carts.clear_cart(turn.uow, customer.id, store.id)
    move(turn.session, "shopping")
    turn.say(turn.t("cart.cleared"))


async def _cart_item_for(turn: Turn, store: Store, customer: Customer, request: ItemRequest) -> str | None:
    cart = await carts.view_cart(turn.uow, customer.id, store.id)
    in_cart = {line.item_id for line in cart.lines}
    for item_id in good_candidates(request):
        if item_id in in_cart:
            return item_id
    if len(cart.lines) == 1 and not request.text:
        return cart.lines[0].item_id
    return None


async def _remove_item(turn: Turn, store: Store, customer: Customer, parse: Parse | None) -> None:
    assert parse is not None
    for request in parse.items or (ItemRequest(text=""),):
        item_id = await _cart_item_for(turn, store, customer, request)
        if item_id is None:
            turn.say(turn.t("cart.item_not_in_cart", item=request.text or "—"))
            return
        item = await get_item(turn.uow, store.id, item_id)
        await carts.remove_from_cart(turn.uow, customer.id, store.id, item_id)
        turn.say(turn.t("cart.item_removed", name=item_title(item)))
    await _cart_summary(turn, store, customer, "cart.header")


async def _change_quantity(turn: Turn, store: Store, customer: Customer, parse: Parse | None) -> None:
    assert parse is not None
    notes: list[str] = []
    for request in parse.items:
        item_id = await _cart_item_for(turn, store, customer, request)
        if item_id is None:
            turn.say(turn.t("cart.item_not_in_cart", item=request.text or "—"))
            return
        item = await get_item(turn.uow, store.id, item_id)
        packs = packs_for(request, item.size_value, item.size_unit) if request.quantity else 1
        try:
            await carts.set_quantity(turn.uow, customer.id, store.id, item_id, packs)
            notes.append(turn.t("cart.quantity_changed", name=item_title(item), qty=packs,
                                amount=turn.money(packs * item.selling_price_paise)))
            _say_if_rounded_up(turn, request, item, packs, notes)
        except OutOfStock as exc:
            notes.append(turn.t("checkout.out_of_stock", available=exc.shortages[0].available, name=item_title(item),
                                requested=packs))
    await _cart_summary(turn, store, customer, "cart.header", notes)


async def _browse(turn: Turn, store: Store, customer: Customer, parse: Parse | None) -> None:
    query = str(parse.slots.get("query", "")) if parse is not None else ""
    items, total = await list_items(turn.uow, store.id, active=True, query=query, limit=10)
    if not items and query:
        turn.say(turn.t("catalog.search.none", query=query))
        return
    if not items:
        turn.say(turn.t("catalog.empty", store=store.name))
        return
    header = turn.t("catalog.search.header", query=query) if query else turn.t("catalog.header", store=store.name)
    lines = [header]
    for item in items:
        stock = "" if item.current_stock > 0 else f" ({turn.t('catalog.out_of_stock')})"
        lines.append(f"• {item_title(item)} — {turn.money(item.selling_price_paise)}{stock}")
    if total > len(items):
        lines.append(turn.tn("catalog.more", total - len(items), count=total - len(items)))
    turn.say("\n".join(lines))


async def _reorder(turn: Turn, store: Store, customer: Customer, parse: Parse | None) -> None:
    last = await orders.last_order(turn.uow, customer.id, store.id)
    if last is None:
        turn.say(turn.t("reorder.none"))
        return
    notes: list[str] = []
    for line in await orders.order_lines(turn.uow, last.id):
        try:
            await carts.put_in_cart(turn.uow, customer.id, store.id, line.item_id, line.quantity)
        except (OutOfStock, NotFound):
            notes.append(turn.t("reorder.unavailable", name=f"{line.name} {line.size_text}".strip()))
    await _cart_summary(turn, store, customer, None,
                        [turn.t("reorder.added", order_number=last.order_number), *notes])


async def _talk_to_shop(turn: Turn, store: Store, customer: Customer, parse: Parse | None) -> None:
    text = str(parse.slots.get("message", "")) if parse is not None else ""
    if text:
        await _forward_to_shop(turn, store, customer, text)
        return
    move(turn.session, "message_shop")
    turn.say(turn.t("shop.ask_message"))


async def _forward_to_shop(turn: Turn, store: Store, customer: Customer, text: str) -> None:
    await _tell_owner_missing(turn, store, customer, text[:500])
    move(turn.session, "shopping")
    turn.say(turn.t("shop.message_sent"))


async def _unexpected_address(turn: Turn, store: Store, customer: Customer, parse: Parse | None) -> None:
    turn.say(turn.t("fallback"))


async def _payment_without_checkout(turn: Turn, store: Store, customer: Customer, parse: Parse | None) -> None:
    await _checkout(turn, store, customer, parse)


# ---------------------------------------------------------------- checkout

async def _checkout(turn: Turn, store: Store, customer: Customer, parse: Parse | None) -> None:
    if turn.ctx.enforce_hours and not is_accepting_orders(store):
        turn.say(turn.t("store.opens_at", store=store.name, time=store.opens_at) if store.is_open
                 else turn.t("store.closed", store=store.name))
        return
    cart, quote = await quote_cart(turn.uow, customer.id, store.id)
    if cart.is_empty:
        turn.say(turn.t("cart.empty"))
        return
    if not quote.meets_minimum:
        turn.say(turn.t("checkout.min_order", min_amount=turn.money(quote.minimum_order_paise),
                        shortfall=turn.money(quote.minimum_order_paise - quote.subtotal_paise)))
        return
    short = next((line for line in cart.lines if line.quantity > line.available), None)
    if short is not None:  # said now, before the address: placing the order would stop on it anyway
        await _ask_about_shortage(turn, store, customer, Shortage(
            item_id=short.item_id, name=short.name, requested=short.quantity, available=max(0, short.available)))
        return
    address = await customers.default_address(turn.uow, customer.id)
    move(turn.session, "address")
    if address is None:
        turn.say(turn.t("checkout.ask_address"))
    else:
        turn.say(turn.t("checkout.previous_address", address=address.text),
                 buttons=[turn.button("button.same_address", "addr:same"), turn.button("button.new_address", "addr:new")])


async def _address_given(turn: Turn, store: Store | None, customer: Customer, text: str, known: bool = False) -> None:
    if store is None:
        turn.say(turn.t("store.not_selected"))
        return
    clean = " ".join(text.split())
    if not known:
        try:
            await customers.add_address(turn.uow, customer.id, clean)
        except InvalidInput:
            turn.say(turn.t("checkout.address_too_short"))
            return
    move(turn.session, "payment", address=clean)
    if turn.ctx.make_payment_link is None:
        await _place(turn, store, customer, "cod")
        return
    turn.say(turn.t("checkout.ask_payment"), buttons=[turn.button("button.pay_online", "pay:online"),
                                                      turn.button("button.cod", "pay:cod")])


async def _place(turn: Turn, store: Store, customer: Customer, method: str) -> None:
    address = (turn.session.data or {}).get("address")
    if not address:
        await _checkout(turn, store, customer, None)
        return
    method = "cod" if method == "cod" or turn.ctx.make_payment_link is None else ("card" if method == "card" else "upi")
    try:
        order = await place_order(turn.uow, customer_id=customer.id, store_id=store.id, payment_method=method,
                                  delivery_address=str(address), channel=turn.message.channel, language=turn.locale,
                                  enforce_hours=turn.ctx.enforce_hours)
    except OutOfStock as exc:
        await _ask_about_shortage(turn, store, customer, exc.shortages[0], address=address, method=method)
        return
    except MinimumOrderNotMet as exc:
        turn.say(turn.t("checkout.min_order", min_amount=turn.money(exc.minimum_paise),
                        shortfall=turn.money(exc.minimum_paise - exc.subtotal_paise)))
        return
    except CartEmpty:
        turn.say(turn.t("cart.empty"))
        return
    except StoreUnavailable:
        turn.say(turn.t("store.closed", store=store.name))
        return
    move(turn.session, "shopping")
    fee = turn.t("order.delivery_fee", fee=turn.money(order.delivery_fee_paise)) if order.delivery_fee_paise \
        else turn.t("order.delivery_free")
    if method == "cod":
        turn.say(turn.t("order.placed.cod", order_number=order.order_number, total=turn.money(order.total_paise))
                 + "\n" + fee, buttons=[turn.button("button.order_status", "status")])
        return
    assert turn.ctx.make_payment_link is not None
    # The link is asked of Razorpay only after this turn commits (bot/payment_link.py): the
    # answer — placed, pay here; or cash on delivery if Razorpay fails — comes from that step.
    attempt = await claim_link_attempt(turn.uow, order.id)
    turn.after(PaymentLinkWanted(attempt=attempt, make_link=turn.ctx.make_payment_link, channel=turn.message.channel,
                                 chat_id=turn.message.chat_id, locale=turn.locale, placed=True, fee_line=fee))


async def _retry_payment(turn: Turn, store: Store, customer: Customer, order_id: str, *, cash: bool) -> None:
    """After a failed payment: a new link, or cash on delivery."""
    try:
        order = await orders.get_order(turn.uow, order_id, customer_id=customer.id)
    except NotFound:
        turn.say(turn.t("order.none"))
        return
    try:
        if cash or turn.ctx.make_payment_link is None:
            order = await choose_cash_on_delivery(turn.uow, order.id)
            turn.say(turn.t("payment.switched_cod", order_number=order.order_number,
                            total=turn.money(order.total_paise)))
            return
        attempt = await claim_link_attempt(turn.uow, order.id)  # the link itself: after the commit
    except DomainError:
        await _order_status(turn, store, customer)
        return
    turn.after(PaymentLinkWanted(attempt=attempt, make_link=turn.ctx.make_payment_link, channel=turn.message.channel,
                                 chat_id=turn.message.chat_id, locale=turn.locale, placed=False))


async def _ask_about_shortage(turn: Turn, store: Store, customer: Customer, short: Shortage,
                              **checkout: object) -> None:
    """More asked than the shop has: take what there is, or drop it (nothing left: dropped and
    said). `checkout` keeps what the customer already chose (address, payment method)."""
    move(turn.session, "shortage", item_id=short.item_id, available=short.available, **checkout)
    if short.available <= 0:
        await carts.remove_from_cart(turn.uow, customer.id, store.id, short.item_id)
        await _cart_summary(turn, store, customer, "cart.header", [turn.t("checkout.sold_out", name=short.name)])
        return
    turn.say(turn.t("checkout.out_of_stock", available=short.available, name=short.name, requested=short.requested),
             buttons=[turn.button("button.take_available", "short:take", available=short.available),
                      turn.button("button.remove_item", "short:remove")])


async def _shortage_answer(turn: Turn, store: Store, customer: Customer, answer: str) -> None:
    data = turn.session.data or {}
    item_id = data.get("item_id")
    if not item_id:
        await _show_cart(turn, store, customer, None)
        return
    try:
        if answer == "take" and int(data.get("available", 0)) > 0:
            await carts.set_quantity(turn.uow, customer.id, store.id, str(item_id), int(data["available"]))
        else:
            await carts.remove_from_cart(turn.uow, customer.id, store.id, str(item_id))
    except (OutOfStock, NotFound):
        pass
    move(turn.session, "payment", address=data.get("address"))
    await _place(turn, store, customer, str(data.get("method", "cod")))


__all__ += ["InventoryItem"]
