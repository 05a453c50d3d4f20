"""``POST /emulator/drills``: the notification drills (``payermax_signing.drills``), signed with the emulator's
platform key, against a merchant's endpoint.

Body: ``{"url": "http://127.0.0.1:8001/notify", "outTradeNo": "ORDER_1", "timeout"?: 10}`` - an order of the
test merchant (or of ``?appId=``) that the merchant placed and has not yet seen paid; its amount and currency
come from the emulator, or from ``"totalAmount"`` and ``"currency"`` for an order the emulator does not hold.
Answers the report: ``score``, ``total``, ``results`` (drill, expected, answered, HTTP status, the start of the
answer, passed) and ``table``, the same text ``payermax drill`` prints. The emulator's state does not change.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Any

from starlette.requests import Request

from payermax_signing import drills

from ...store.errors import BusinessError, optional_text, params_invalid
from ...store.money import AMOUNT_CEILING, amount, number
from ..checks import notify_url_problem
from ..web import emulator_of, in_thread, json_body, merchant_for

MAX_TIMEOUT = 30.0


def _held(request: Request, app_id: str, out_trade_no: str) -> drills.Order | None:
    try:
        order = emulator_of(request).collection.by_ref(app_id, out_trade_no)
    except BusinessError:
        return None
    return drills.Order(order.out_trade_no, order.total_amount, order.currency)


def _order(request: Request, body: dict[str, Any], app_id: str) -> drills.Order:
    out_trade_no = optional_text(body, "outTradeNo", 64)
    if out_trade_no is None:
        raise params_invalid("outTradeNo is required: an order the merchant placed and has not seen paid.")
    held = _held(request, app_id, out_trade_no)
    if held is not None:
        return held
    total, currency = body.get("totalAmount"), optional_text(body, "currency", 3)
    if total is None or currency is None:
        raise params_invalid("The emulator holds no such order: give totalAmount and currency.")
    try:
        value = amount(total)
    except (InvalidOperation, ValueError):
        value = Decimal(-1)
    if not value.is_finite() or not 0 < value < AMOUNT_CEILING:
        raise params_invalid("totalAmount must be a positive amount.")
    return drills.Order(out_trade_no, value, currency.upper())


async def run_drills(request: Request) -> Any:
    body = await json_body(request)
    url = optional_text(body, "url", 256)
    if url is None or (problem := notify_url_problem(url)) is not None:
        raise params_invalid(f"url is invalid, {problem or 'it is required'}.")
    timeout = number(body.get("timeout", 10), "timeout", low=0.1, high=MAX_TIMEOUT)
    merchant = merchant_for(request)
    order = _order(request, body, merchant.app_id)
    emulator = emulator_of(request)
    report: drills.Report = await in_thread(
        drills.run, url, order, emulator.platform_key, app_id=merchant.signing_app_id,
        merchant_no=merchant.merchant_no, timeout=float(timeout),
    )  # fmt: skip
    return report.to_json()
