"""Control endpoints of ISV mode: register a service provider, grant and revoke its sub-merchants' tokens.

The rules - what the gateway checks and answers - are in ``services/isv.py``.

| endpoint | what it does |
|---|---|
| `POST /emulator/service-providers` | `{"publicKey", "appId"?, "merchantNo"?, "notifyUrl"?, "subMerchants": [{"merchantNo"?, "notifyUrl"?, "authToken"?}]}`: register the provider's app (as `POST /emulator/merchants` does) and grant each sub-merchant; answers the provider's ids, the platform key, the gateway and `subMerchants: [{"merchantNo", "notifyUrl", "authToken"}]` |
| `GET /emulator/service-providers/{appId}` | the provider and its sub-merchants (`granted`: whether a token is in force; never the tokens) |
| `POST /emulator/service-providers/{appId}/sub-merchants` | `{"merchantNo"?, "notifyUrl"?, "authToken"?}`: add a sub-merchant, or give one a new token (the old one stops working); answers it with its token |
| `POST /emulator/service-providers/{appId}/sub-merchants/{merchantNo}/revoke` | withdraw the sub-merchant's grant: its token is refused from now on |

A token is generated unless ``authToken`` (8 to 128 visible ASCII characters) is given, and is answered only
by the call that grants it. A sub-merchant without a notify URL is notified at the provider's.
"""

from __future__ import annotations

from typing import Any

from starlette.requests import Request
from starlette.routing import Route

from payermax_signing import VerifyingKey

from ...services.isv import SubMerchantRequest
from ...store.errors import optional_text, params_invalid
from ..web import control, emulator_of, in_thread, json_body

#: Most sub-merchants one registration may name.
MAX_SUB_MERCHANTS = 100


def _sub_merchant(body: Any) -> SubMerchantRequest:
    if not isinstance(body, dict):
        raise params_invalid("A sub-merchant must be a JSON object.")
    return SubMerchantRequest(
        merchant_no=optional_text(body, "merchantNo", 32),
        notify_url=optional_text(body, "notifyUrl", 256),
        auth_token=optional_text(body, "authToken", 128),
    )


async def register_service_provider(request: Request) -> Any:
    body = await json_body(request)
    if not isinstance(body.get("publicKey"), str):
        raise params_invalid("publicKey is required (bare base64 or PEM).")
    wanted = body.get("subMerchants", [])
    if not isinstance(wanted, list) or len(wanted) > MAX_SUB_MERCHANTS:
        raise params_invalid(f"subMerchants must be a list of at most {MAX_SUB_MERCHANTS} objects.")
    subs = [_sub_merchant(item) for item in wanted]
    emulator = emulator_of(request)
    provider, grants = await in_thread(
        emulator.service_providers.register,
        VerifyingKey.load(body["publicKey"], what="publicKey"),
        subs,
        app_id=optional_text(body, "appId", 64),
        merchant_no=optional_text(body, "merchantNo", 32),
        notify_url=optional_text(body, "notifyUrl", 256),
    )
    return {
        "appId": provider.app_id,
        "merchantNo": provider.merchant_no,
        "platformPublicKey": emulator.platform_key.verifying_key.to_base64(),
        "baseUrl": emulator.settings.gateway_url,
        "subMerchants": [grant.answer() for grant in grants],
    }


async def describe(request: Request) -> Any:
    return await in_thread(emulator_of(request).service_providers.describe, request.path_params["app_id"])


async def grant(request: Request) -> Any:
    wanted = _sub_merchant(await json_body(request))
    granted = await in_thread(emulator_of(request).service_providers.grant, request.path_params["app_id"], wanted)
    return granted.answer()


async def revoke(request: Request) -> Any:
    app_id, merchant_no = request.path_params["app_id"], request.path_params["merchant_no"]
    await in_thread(emulator_of(request).service_providers.revoke, app_id, merchant_no)
    return {"merchantNo": merchant_no, "granted": False}


PAGES: list[Route] = []
CONTROL = [
    Route("/service-providers", control(register_service_provider), methods=["POST"]),
    Route("/service-providers/{app_id}", control(describe), methods=["GET"]),
    Route("/service-providers/{app_id}/sub-merchants", control(grant), methods=["POST"]),
    Route("/service-providers/{app_id}/sub-merchants/{merchant_no}/revoke", control(revoke), methods=["POST"]),
]
