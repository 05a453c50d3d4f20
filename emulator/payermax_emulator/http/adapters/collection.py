"""Pages a payer sees for an order, and the control endpoints that finish orders and settle refunds.

``GET /cashier/{tradeToken}`` shows the order with three buttons - pay, decline, leave - that ``POST`` back
to the same address (a browser or a test can press them). ``/3ds/{tradeToken}`` is the challenge of a
card that asked for 3-D Secure. Both send the payer back to the order's ``frontCallbackUrl``.

| endpoint | what it does |
|---|---|
| `POST /emulator/orders/{ref}/complete`, `/fail`, `/expire` | finish a PENDING order (`ref`: tradeToken, or outTradeNo of the test merchant or `?appId=`) |
| `POST /emulator/refunds/{ref}/settle` | `{"status": "REFUND_SUCCESS" or "REFUND_FAILED"}`; `ref`: refundTradeNo or outRefundNo |
"""

from __future__ import annotations

import functools
from typing import Any

from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import Route

from ...core import Emulator
from ...products.collection import CLOSED_CODE
from ...products.orders import CLOSED, FAILED, PENDING, SUCCESS, Order
from ...products.refunds import REFUND_FAILED, REFUND_SUCCESS
from ...store.errors import BusinessError, optional_text, params_invalid
from ..pages import confirm, confirmed, message, of_record, render
from ..web import control, emulator_of, form_fields, in_thread, json_body, merchant_for


def _summary(order: Order) -> dict[str, Any]:
    return {
        "heading": order.doc["subject"],
        "amount": f"{format(order.total_amount, 'f')} {order.currency}",
        "facts": [f"Order {order.out_trade_no}", order.trade_token],
        "status": order.status,
        "finished": "This payment is finished.",
    }


async def _order(request: Request) -> Order | None:
    found: Order | None = await in_thread(emulator_of(request).collection.by_token, request.path_params["trade_token"])
    return found


@of_record(_order, "payment")
async def cashier_page(request: Request, order: Order) -> Response:
    title = "PayerMax cashier" if order.status == PENDING else "Payment " + order.status.lower()
    return render(
        request,
        "cashier.html",
        title=title,
        summary=_summary(order),
        payable=order.status == PENDING,
        method=order.doc.get("paymentMethodType") or "CARD",
        action=f"/cashier/{order.trade_token}",
    )


def _pay(emulator: Emulator, order: Order, action: str) -> None:
    if action == "pay":
        emulator.collection.pay_on_cashier(order.trade_token)
    elif action == "decline":
        emulator.collection.settle(
            order.trade_token, FAILED, code="PAYMENT_REJECTED", msg="The payer's payment was declined."
        )


@of_record(_order, "payment")
async def cashier_submit(request: Request, order: Order) -> Response:
    action = (await form_fields(request)).get("action", "")
    if action not in ("pay", "decline", "leave"):
        return message(request, "Bad request", "Unknown action.", 400)
    try:
        await in_thread(_pay, emulator_of(request), order, action)
    except BusinessError as error:
        return message(request, "Payment finished", error.msg, 409)
    return RedirectResponse(order.doc.get("frontCallbackUrl") or f"/cashier/{order.trade_token}", status_code=303)


@of_record(_order, "payment")
async def challenge_page(request: Request, order: Order) -> Response:
    card = order.card
    question = f"Your bank asks you to confirm this payment with card {card.masked if card else ''}."
    return confirm(
        request,
        title="3-D Secure",
        summary=_summary(order),
        question=question if order.status == PENDING else None,
        action=f"/3ds/{order.trade_token}",
    )


@of_record(_order, "payment")
async def challenge_submit(request: Request, order: Order) -> Response:
    settle = functools.partial(emulator_of(request).collection.authenticate, order.trade_token)
    back = order.doc.get("frontCallbackUrl") or f"/3ds/{order.trade_token}"
    return await confirmed(request, settle, back=back, finished="Payment finished")


# ------------------------------------------------------------------------------------------- control
async def _finish(request: Request, status: str, code: str | None, msg: str | None) -> Any:
    emulator = emulator_of(request)

    def finish() -> dict[str, Any]:
        order = emulator.collection.by_ref(merchant_for(request).app_id, request.path_params["ref"])
        return emulator.collection.settle(order.trade_token, status, code=code, msg=msg).query_result()

    return await in_thread(finish)


async def complete_order(request: Request) -> Any:
    return await _finish(request, SUCCESS, None, None)


async def fail_order(request: Request) -> Any:
    body = await json_body(request)
    code, msg = optional_text(body, "code", 32), optional_text(body, "msg", 256)
    return await _finish(request, FAILED, code or "PAYMENT_REJECTED", msg or "Declined (emulator).")


async def expire_order(request: Request) -> Any:
    return await _finish(request, CLOSED, *CLOSED_CODE)


async def settle_refund(request: Request) -> Any:
    body = await json_body(request)
    status = body.get("status", REFUND_SUCCESS)
    if status not in (REFUND_SUCCESS, REFUND_FAILED):
        raise params_invalid("status must be REFUND_SUCCESS or REFUND_FAILED.")
    app_id, ref = merchant_for(request).app_id, request.path_params["ref"]
    msg = optional_text(body, "msg", 256)
    await in_thread(emulator_of(request).refunds.settle, app_id, ref, status, msg)
    return {"refund": ref, "status": status}


PAGES = [
    Route("/cashier/{trade_token}", cashier_page, methods=["GET"]),
    Route("/cashier/{trade_token}", cashier_submit, methods=["POST"]),
    Route("/3ds/{trade_token}", challenge_page, methods=["GET"]),
    Route("/3ds/{trade_token}", challenge_submit, methods=["POST"]),
]
CONTROL = [
    Route("/orders/{ref}/complete", control(complete_order), methods=["POST"]),
    Route("/orders/{ref}/fail", control(fail_order), methods=["POST"]),
    Route("/orders/{ref}/expire", control(expire_order), methods=["POST"]),
    Route("/refunds/{ref}/settle", control(settle_refund), methods=["POST"]),
]
