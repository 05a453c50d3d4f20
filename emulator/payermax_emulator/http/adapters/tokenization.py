"""The payer's page of a token application, and the control endpoint that expires a token.

``GET /token-3ds/{applicationId}`` (the application's ``redirectUrl``) asks the payer to confirm; its two
buttons ``POST`` back (``authenticate``, ``fail``) and send the payer to the application's
``frontCallbackUrl`` (HTTP 303). ``POST /emulator/tokens/{paymentTokenID}/expire`` makes an ``Activated``
token ``Expired`` now (``?appId=`` for another merchant). The rules are ``products/tokenization.py``.
"""

from __future__ import annotations

import functools
from typing import Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from ...products.token_records import PENDING, Application
from ..pages import confirm, confirmed, of_record
from ..web import control, emulator_of, in_thread, merchant_for


def _summary(application: Application) -> dict[str, Any]:
    card = application.card
    what = f"card {card.masked}" if card else f"{application.doc.get('targetOrg')} account"
    return {
        "heading": f"Save your {what}",
        "facts": [f"Request {application.doc['requestId']}"],
        "status": application.status,
        "finished": "This request is finished.",
    }


async def _application(request: Request) -> Application | None:
    found: Application | None = await in_thread(
        emulator_of(request).tokenization.application, request.path_params["application_id"]
    )
    return found


@of_record(_application, "token request")
async def token_page(request: Request, application: Application) -> Response:
    if application.card:
        question = "Your bank asks you to confirm that this card may be saved."
    else:
        question = "Authorise the merchant to charge this bank account later."
    pending = application.status == PENDING
    return confirm(
        request,
        title="3-D Secure" if pending else "Saved payment method",
        summary=_summary(application),
        question=question if pending else None,
        action=f"/token-3ds/{application.application_id}",
    )


@of_record(_application, "token request")
async def token_submit(request: Request, application: Application) -> Response:
    settle = functools.partial(emulator_of(request).tokenization.settle, application.application_id)
    return await confirmed(request, settle, back=application.doc["frontCallbackUrl"], finished="Request finished")


async def expire_token(request: Request) -> Any:
    emulator = emulator_of(request)
    return await in_thread(emulator.tokenization.expire, merchant_for(request), request.path_params["token_id"])


PAGES = [
    Route("/token-3ds/{application_id}", token_page, methods=["GET"]),
    Route("/token-3ds/{application_id}", token_submit, methods=["POST"]),
]
CONTROL = [Route("/tokens/{token_id}/expire", control(expire_token), methods=["POST"])]
