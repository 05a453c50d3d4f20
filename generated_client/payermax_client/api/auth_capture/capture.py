from http import HTTPStatus
from typing import Any

import httpx
from payermax_signing.urls import absolute_url as _absolute_url

from ... import errors
from ...client import AuthenticatedClient, Client
from ...json_codec import answer as _answer
from ...models.capture_request import CaptureRequest
from ...models.capture_response import CaptureResponse
from ...types import Response

#: What the SDK needs to know about this operation, from the spec: name, interface version and what the
#: envelope calls the application (`appId`, or `merchantAppId` for a few), whether it is safe to repeat
#: (retries), the identifiers its answer must echo, the members to hide from logs, and the query that tells
#: the outcome of an unanswered call.
OPERATION = {
    "operation": "capture",
    "version": "1.4",
    "idempotent": False,
    "echo": {"requestId": "requestId", "outTradeNo": "outTradeNo"},
    "sensitive": [],
    "follow_up": "orderQuery",
    "app_id_member": "appId",
}


def _get_kwargs(
    *,
    body: CaptureRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "extensions": {"payermax": OPERATION},
        "method": "post",
        "url": "/capture",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    # The business data, for PayerMaxAuth's echo check (so it need not decode the body it is about to sign).
    _kwargs["extensions"]["payermax_request_data"] = _kwargs.get("json")
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> CaptureResponse | None:
    if response.status_code == 200:
        response_200 = CaptureResponse.from_dict(_answer(response))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[CaptureResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CaptureRequest,
) -> Response[CaptureResponse]:
    """Capture an authorised payment, in full or in part

     Takes money held by an authorisation: an order placed with `captureMode` `MANUAL` whose payment
    succeeded. One capture per authorisation; its `amount` may be less than the authorised amount (the
    rest of the hold is released) but never more, in the order's currency. The hold lapses 7 days after
    the authorisation if it was neither captured nor cancelled.

    `requestId` is the merchant's own number for this capture request. The answer may already be final
    or still `PENDING`; the final result also arrives as a `CAPTURE` notification, sent to the address
    configured in the Merchant Dashboard (a capture names no notification address of its own). Refunds
    of a captured payment use `refund`, up to the captured amount.

    Args:
        body (CaptureRequest): Which authorisation to capture, and how much of it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CaptureResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    http = client.get_httpx_client()
    kwargs["url"] = _absolute_url(http, kwargs["url"])
    response = http.request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: CaptureRequest,
) -> CaptureResponse | None:
    """Capture an authorised payment, in full or in part

     Takes money held by an authorisation: an order placed with `captureMode` `MANUAL` whose payment
    succeeded. One capture per authorisation; its `amount` may be less than the authorised amount (the
    rest of the hold is released) but never more, in the order's currency. The hold lapses 7 days after
    the authorisation if it was neither captured nor cancelled.

    `requestId` is the merchant's own number for this capture request. The answer may already be final
    or still `PENDING`; the final result also arrives as a `CAPTURE` notification, sent to the address
    configured in the Merchant Dashboard (a capture names no notification address of its own). Refunds
    of a captured payment use `refund`, up to the captured amount.

    Args:
        body (CaptureRequest): Which authorisation to capture, and how much of it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CaptureResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CaptureRequest,
) -> Response[CaptureResponse]:
    """Capture an authorised payment, in full or in part

     Takes money held by an authorisation: an order placed with `captureMode` `MANUAL` whose payment
    succeeded. One capture per authorisation; its `amount` may be less than the authorised amount (the
    rest of the hold is released) but never more, in the order's currency. The hold lapses 7 days after
    the authorisation if it was neither captured nor cancelled.

    `requestId` is the merchant's own number for this capture request. The answer may already be final
    or still `PENDING`; the final result also arrives as a `CAPTURE` notification, sent to the address
    configured in the Merchant Dashboard (a capture names no notification address of its own). Refunds
    of a captured payment use `refund`, up to the captured amount.

    Args:
        body (CaptureRequest): Which authorisation to capture, and how much of it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CaptureResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    http = client.get_async_httpx_client()
    kwargs["url"] = _absolute_url(http, kwargs["url"])
    response = await http.request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CaptureRequest,
) -> CaptureResponse | None:
    """Capture an authorised payment, in full or in part

     Takes money held by an authorisation: an order placed with `captureMode` `MANUAL` whose payment
    succeeded. One capture per authorisation; its `amount` may be less than the authorised amount (the
    rest of the hold is released) but never more, in the order's currency. The hold lapses 7 days after
    the authorisation if it was neither captured nor cancelled.

    `requestId` is the merchant's own number for this capture request. The answer may already be final
    or still `PENDING`; the final result also arrives as a `CAPTURE` notification, sent to the address
    configured in the Merchant Dashboard (a capture names no notification address of its own). Refunds
    of a captured payment use `refund`, up to the captured amount.

    Args:
        body (CaptureRequest): Which authorisation to capture, and how much of it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CaptureResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
