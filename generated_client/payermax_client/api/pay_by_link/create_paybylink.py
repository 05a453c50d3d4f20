from http import HTTPStatus
from typing import Any

import httpx
from payermax_signing.urls import absolute_url as _absolute_url

from ... import errors
from ...client import AuthenticatedClient, Client
from ...json_codec import answer as _answer
from ...models.create_paybylink_request import CreatePaybylinkRequest
from ...models.create_paybylink_response import CreatePaybylinkResponse
from ...types import Response

#: What the SDK needs to know about this operation, from the spec: name, interface version and what the
#: envelope calls the application (`appId`, or `merchantAppId` for a few), whether it is safe to repeat
#: (retries), the identifiers its answer must echo, the members to hide from logs, and the query that tells
#: the outcome of an unanswered call.
OPERATION = {
    "operation": "createPaybylink",
    "version": "1.1",
    "idempotent": False,
    "echo": {"merchantLinkId": "merchantLinkId"},
    "sensitive": [],
    "follow_up": "queryPaybylink",
    "app_id_member": "appId",
}


def _get_kwargs(
    *,
    body: CreatePaybylinkRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "extensions": {"payermax": OPERATION},
        "method": "post",
        "url": "/createPaybylink",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    # The business data, for PayerMaxAuth's echo check (so it need not decode the body it is about to sign).
    _kwargs["extensions"]["payermax_request_data"] = _kwargs.get("json")
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreatePaybylinkResponse | None:
    if response.status_code == 200:
        response_200 = CreatePaybylinkResponse.from_dict(_answer(response))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CreatePaybylinkResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreatePaybylinkRequest,
) -> Response[CreatePaybylinkResponse]:
    """Create a payment link

     Creates a one-time payment link (and its QR code) for an amount, to hand to the payer by any
    channel.
    Opening the link shows PayerMax's cashier, where the payer picks a payment method. The link stays
    `ACTIVE` for `expiresTime` seconds (24 hours by default, at least 1 hour, at most 30 days) unless
    `expirePaybylink` ends it earlier. Payment results arrive as `PAYBYLINK` notifications at
    `notifyUrl`,
    through `queryPaybylink`, or through `orderQuery` with the order number of the payment.

    Args:
        body (CreatePaybylinkRequest): The link to create.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreatePaybylinkResponse]
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
    body: CreatePaybylinkRequest,
) -> CreatePaybylinkResponse | None:
    """Create a payment link

     Creates a one-time payment link (and its QR code) for an amount, to hand to the payer by any
    channel.
    Opening the link shows PayerMax's cashier, where the payer picks a payment method. The link stays
    `ACTIVE` for `expiresTime` seconds (24 hours by default, at least 1 hour, at most 30 days) unless
    `expirePaybylink` ends it earlier. Payment results arrive as `PAYBYLINK` notifications at
    `notifyUrl`,
    through `queryPaybylink`, or through `orderQuery` with the order number of the payment.

    Args:
        body (CreatePaybylinkRequest): The link to create.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreatePaybylinkResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreatePaybylinkRequest,
) -> Response[CreatePaybylinkResponse]:
    """Create a payment link

     Creates a one-time payment link (and its QR code) for an amount, to hand to the payer by any
    channel.
    Opening the link shows PayerMax's cashier, where the payer picks a payment method. The link stays
    `ACTIVE` for `expiresTime` seconds (24 hours by default, at least 1 hour, at most 30 days) unless
    `expirePaybylink` ends it earlier. Payment results arrive as `PAYBYLINK` notifications at
    `notifyUrl`,
    through `queryPaybylink`, or through `orderQuery` with the order number of the payment.

    Args:
        body (CreatePaybylinkRequest): The link to create.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreatePaybylinkResponse]
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
    body: CreatePaybylinkRequest,
) -> CreatePaybylinkResponse | None:
    """Create a payment link

     Creates a one-time payment link (and its QR code) for an amount, to hand to the payer by any
    channel.
    Opening the link shows PayerMax's cashier, where the payer picks a payment method. The link stays
    `ACTIVE` for `expiresTime` seconds (24 hours by default, at least 1 hour, at most 30 days) unless
    `expirePaybylink` ends it earlier. Payment results arrive as `PAYBYLINK` notifications at
    `notifyUrl`,
    through `queryPaybylink`, or through `orderQuery` with the order number of the payment.

    Args:
        body (CreatePaybylinkRequest): The link to create.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreatePaybylinkResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
