from http import HTTPStatus
from typing import Any

import httpx
from payermax_signing.urls import absolute_url as _absolute_url

from ... import errors
from ...client import AuthenticatedClient, Client
from ...json_codec import answer as _answer
from ...models.confirm_payment_request import ConfirmPaymentRequest
from ...models.confirm_payment_response import ConfirmPaymentResponse
from ...types import Response

#: What the SDK needs to know about this operation, from the spec: name, interface version and what the
#: envelope calls the application (`appId`, or `merchantAppId` for a few), whether it is safe to repeat
#: (retries), the identifiers its answer must echo, the members to hide from logs, and the query that tells
#: the outcome of an unanswered call.
OPERATION = {
    "operation": "confirmPayment",
    "version": "1.4",
    "idempotent": False,
    "echo": {"outTradeNo": "outTradeNo", "tradeToken": "tradeToken"},
    "sensitive": ["verificationCode"],
    "follow_up": "orderQuery",
    "app_id_member": "appId",
}


def _get_kwargs(
    *,
    body: ConfirmPaymentRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "extensions": {"payermax": OPERATION},
        "method": "post",
        "url": "/confirmPayment",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    # The business data, for PayerMaxAuth's echo check (so it need not decode the body it is about to sign).
    _kwargs["extensions"]["payermax_request_data"] = _kwargs.get("json")
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ConfirmPaymentResponse | None:
    if response.status_code == 200:
        response_200 = ConfirmPaymentResponse.from_dict(_answer(response))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ConfirmPaymentResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ConfirmPaymentRequest,
) -> Response[ConfirmPaymentResponse]:
    """Confirm a pending payment with the payer's one-time code

     Some payment methods (for example STC Pay in Saudi Arabia) send the payer a one-time code after
    `orderAndPay` and keep the order `PENDING` until the merchant passes that code on. Name the order by
    `outTradeNo` (and `tradeToken` when known). The payment's result then comes as the payment
    notification, or through `orderQuery`.

    Args:
        body (ConfirmPaymentRequest): The pending order and the payer's code.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConfirmPaymentResponse]
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
    body: ConfirmPaymentRequest,
) -> ConfirmPaymentResponse | None:
    """Confirm a pending payment with the payer's one-time code

     Some payment methods (for example STC Pay in Saudi Arabia) send the payer a one-time code after
    `orderAndPay` and keep the order `PENDING` until the merchant passes that code on. Name the order by
    `outTradeNo` (and `tradeToken` when known). The payment's result then comes as the payment
    notification, or through `orderQuery`.

    Args:
        body (ConfirmPaymentRequest): The pending order and the payer's code.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConfirmPaymentResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ConfirmPaymentRequest,
) -> Response[ConfirmPaymentResponse]:
    """Confirm a pending payment with the payer's one-time code

     Some payment methods (for example STC Pay in Saudi Arabia) send the payer a one-time code after
    `orderAndPay` and keep the order `PENDING` until the merchant passes that code on. Name the order by
    `outTradeNo` (and `tradeToken` when known). The payment's result then comes as the payment
    notification, or through `orderQuery`.

    Args:
        body (ConfirmPaymentRequest): The pending order and the payer's code.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConfirmPaymentResponse]
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
    body: ConfirmPaymentRequest,
) -> ConfirmPaymentResponse | None:
    """Confirm a pending payment with the payer's one-time code

     Some payment methods (for example STC Pay in Saudi Arabia) send the payer a one-time code after
    `orderAndPay` and keep the order `PENDING` until the merchant passes that code on. Name the order by
    `outTradeNo` (and `tradeToken` when known). The payment's result then comes as the payment
    notification, or through `orderQuery`.

    Args:
        body (ConfirmPaymentRequest): The pending order and the payer's code.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConfirmPaymentResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
