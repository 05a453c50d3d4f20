"""The Drop-in component's stand-in and the device-data-collection page (rules: ``products/dropin.py``,
``products/direct_helpers.py``).

``POST /dropin/payment-token`` is what PayerMax's browser script does once the payer entered a card (or chose a
wallet): ``{"clientKey", "sessionKey", "component"?, "cardInfo"?, "agreementAccepted"?}`` answers
``{"paymentToken"}`` for ``orderAndPay``, or ``{"code": "PARAMS_INVALID", "msg"}`` with HTTP 400.
``GET /ddc/{ddcSessionId}`` is the ``ddcUrl`` of applyDDC: a page a browser loads in a hidden frame.
"""

from __future__ import annotations

from typing import Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from ..pages import message, unknown
from ..web import control, emulator_of, in_thread, json_body


async def payment_token(request: Request) -> Any:
    body = await json_body(request)
    client_key, session_key = str(body.get("clientKey") or ""), str(body.get("sessionKey") or "")
    return await in_thread(emulator_of(request).dropin.tokenize, client_key, session_key, body)


async def ddc_page(request: Request) -> Response:
    session = await in_thread(emulator_of(request).direct_helpers.ddc_session, request.path_params["session_id"])
    if session is None:
        return unknown(request, "device data session")
    return message(request, "Device data", "Device data collected for this payment.")


PAGES = [
    Route("/dropin/payment-token", control(payment_token), methods=["POST"]),
    Route("/ddc/{session_id}", ddc_page, methods=["GET"]),
]
CONTROL: list[Route] = []
