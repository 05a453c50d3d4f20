"""Pages a payer sees: the hosted cashier and the 3-D Secure challenge.

``GET /cashier/{tradeToken}`` shows the order with three buttons - pay, decline, leave - that ``POST`` back
to the same address (a browser or a test can press them). ``/3ds/{tradeToken}`` is the challenge of a
card that asked for 3-D Secure. Both send the payer back to the order's ``frontCallbackUrl``.
"""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import Route

from .errors import BusinessError
from .products import collection
from .products.cards import read_card
from .web import emulator_of, escape, form_fields, in_thread, page

TEST_CARD = {"cardIdentifierNo": "4111111111111111", "cardExpirationMonth": "12", "cardExpirationYear": "39"}


def _load(request: Request) -> collection.Order | None:
    emulator = emulator_of(request)
    with emulator.db.transaction() as tx:
        return collection.order_by_token(tx, request.path_params["trade_token"])


def _summary(order: collection.Order) -> str:
    return (
        f"<h2>{escape(order.doc['subject'])}</h2>"
        f"<p class='amount'>{escape(format(order.total_amount, 'f'))} {escape(order.currency)}</p>"
        f"<p class='muted'>Order {escape(order.out_trade_no)} &middot; {escape(order.trade_token)} &middot; "
        f"status <b id='status'>{escape(order.status)}</b></p>"
    )


async def cashier_page(request: Request) -> Response:
    order = await in_thread(_load, request)
    if order is None:
        return page("Unknown order", "<h2>This payment does not exist.</h2>", status_code=404)
    if order.status != collection.PENDING:
        return page("Payment " + order.status.lower(), _summary(order) + "<p>This payment is finished.</p>")
    method = order.doc.get("paymentMethodType") or "CARD"
    form = (
        f"<form method='post' action='/cashier/{escape(order.trade_token)}'>"
        f"<p>Pay with <b>{escape(method)}</b>{' (test card 4111 1111 1111 1111)' if method == 'CARD' else ''}.</p>"
        "<button class='primary' name='action' value='pay'>Pay</button>"
        "<button name='action' value='decline'>Decline</button>"
        "<button name='action' value='leave'>Leave without paying</button></form>"
    )
    return page("PayerMax cashier", _summary(order) + form)


def _pay(request: Request, order: collection.Order, action: str) -> None:
    emulator = emulator_of(request)
    if action == "pay":
        if (order.doc.get("paymentMethodType") or "CARD") == "CARD" and order.card is None:
            with emulator.db.transaction() as tx:
                order.doc["paymentMethodType"] = "CARD"
                order.doc["card"] = read_card(TEST_CARD, emulator.clock.now()).to_json()
                order.save(tx)
        collection.settle_pending_order(emulator, order.trade_token, collection.SUCCESS)
    elif action == "decline":
        collection.settle_pending_order(
            emulator,
            order.trade_token,
            collection.FAILED,
            code="PAYMENT_REJECTED",
            msg="The payer's payment was declined.",
        )


async def cashier_submit(request: Request) -> Response:
    order = await in_thread(_load, request)
    if order is None:
        return page("Unknown order", "<h2>This payment does not exist.</h2>", status_code=404)
    action = (await form_fields(request)).get("action", "")
    if action not in ("pay", "decline", "leave"):
        return page("Bad request", "<p>Unknown action.</p>", status_code=400)
    try:
        await in_thread(_pay, request, order, action)
    except BusinessError as error:
        return page("Payment finished", f"<p>{escape(error.msg)}</p>", status_code=409)
    return RedirectResponse(order.doc.get("frontCallbackUrl") or f"/cashier/{order.trade_token}", status_code=303)


async def challenge_page(request: Request) -> Response:
    order = await in_thread(_load, request)
    if order is None:
        return page("Unknown order", "<h2>This payment does not exist.</h2>", status_code=404)
    if order.status != collection.PENDING:
        return page("3-D Secure", _summary(order) + "<p>This payment is finished.</p>")
    card = order.card
    form = (
        f"<p>Your bank asks you to confirm this payment with card {escape(card.masked if card else '')}.</p>"
        f"<form method='post' action='/3ds/{escape(order.trade_token)}'>"
        "<button class='primary' name='action' value='authenticate'>Confirm</button>"
        "<button name='action' value='fail'>Cancel</button></form>"
    )
    return page("3-D Secure", _summary(order) + form)


def _authenticate(request: Request, order: collection.Order, action: str) -> None:
    emulator = emulator_of(request)
    if action == "authenticate":
        collection.settle_pending_order(emulator, order.trade_token, collection.SUCCESS)
    else:
        collection.settle_pending_order(
            emulator,
            order.trade_token,
            collection.FAILED,
            code="AUTHENTICATE_FAILED",
            msg="3-D Secure was not completed.",
        )


async def challenge_submit(request: Request) -> Response:
    order = await in_thread(_load, request)
    if order is None:
        return page("Unknown order", "<h2>This payment does not exist.</h2>", status_code=404)
    action = (await form_fields(request)).get("action", "")
    if action not in ("authenticate", "fail"):
        return page("Bad request", "<p>Unknown action.</p>", status_code=400)
    try:
        await in_thread(_authenticate, request, order, action)
    except BusinessError as error:
        return page("Payment finished", f"<p>{escape(error.msg)}</p>", status_code=409)
    return RedirectResponse(order.doc.get("frontCallbackUrl") or f"/3ds/{order.trade_token}", status_code=303)


ROUTES = [
    Route("/cashier/{trade_token}", cashier_page, methods=["GET"]),
    Route("/cashier/{trade_token}", cashier_submit, methods=["POST"]),
    Route("/3ds/{trade_token}", challenge_page, methods=["GET"]),
    Route("/3ds/{trade_token}", challenge_submit, methods=["POST"]),
]
