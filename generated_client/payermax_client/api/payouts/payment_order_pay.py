from http import HTTPStatus
from typing import Any

import httpx
from payermax_signing.urls import absolute_url as _absolute_url

from ... import errors
from ...client import AuthenticatedClient, Client
from ...json_codec import answer as _answer
from ...models.payment_order_pay_request import PaymentOrderPayRequest
from ...models.payment_order_pay_response import PaymentOrderPayResponse
from ...types import Response

#: What the SDK needs to know about this operation, from the spec: name, interface version and what the
#: envelope calls the application (`appId`, or `merchantAppId` for a few), whether it is safe to repeat
#: (retries), the identifiers its answer must echo, the members to hide from logs, and the query that tells
#: the outcome of an unanswered call.
OPERATION = {
    "operation": "paymentOrderPay",
    "version": "1.5",
    "idempotent": False,
    "echo": {"outTradeNo": "outTradeNo"},
    "sensitive": ["accountNo", "documentId", "firstName", "fullName", "lastName", "middleName", "taxId"],
    "follow_up": "paymentOrderQry",
    "app_id_member": "appId",
}


def _get_kwargs(
    *,
    body: PaymentOrderPayRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "extensions": {"payermax": OPERATION},
        "method": "post",
        "url": "/paymentOrderPay",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    # The business data, for PayerMaxAuth's echo check (so it need not decode the body it is about to sign).
    _kwargs["extensions"]["payermax_request_data"] = _kwargs.get("json")
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PaymentOrderPayResponse | None:
    if response.status_code == 200:
        response_200 = PaymentOrderPayResponse.from_dict(_answer(response))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[PaymentOrderPayResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: PaymentOrderPayRequest,
) -> Response[PaymentOrderPayResponse]:
    """Pay out to a bank account, wallet, card or cash pick-up

     Sends money from the merchant's PayerMax balance to a payee. Which payee members are needed depends
    on the country and payment method (see PayerMax's payout application template);
    `paymentFieldValidation`
    checks them beforehand. `outTradeNo` must be unique: a repeated one is refused with `ORDER_REPEAT`.
    Payouts cannot be cancelled once accepted.

    How to read the answer, to avoid paying twice or not at all:
    `code` `APPLY_SUCCESS` with `status` `PENDING` means the order was accepted - wait for the `PAYOUT`
    notification or ask `paymentOrderQry`; `ORDER_REPEAT` means this `outTradeNo` was already used -
    look it up, do not pay again; any other refusal means nothing was created - fix the request and send
    it again with the same `outTradeNo` and a new `requestTime`.

    Args:
        body (PaymentOrderPayRequest): A payout order.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PaymentOrderPayResponse]
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
    body: PaymentOrderPayRequest,
) -> PaymentOrderPayResponse | None:
    """Pay out to a bank account, wallet, card or cash pick-up

     Sends money from the merchant's PayerMax balance to a payee. Which payee members are needed depends
    on the country and payment method (see PayerMax's payout application template);
    `paymentFieldValidation`
    checks them beforehand. `outTradeNo` must be unique: a repeated one is refused with `ORDER_REPEAT`.
    Payouts cannot be cancelled once accepted.

    How to read the answer, to avoid paying twice or not at all:
    `code` `APPLY_SUCCESS` with `status` `PENDING` means the order was accepted - wait for the `PAYOUT`
    notification or ask `paymentOrderQry`; `ORDER_REPEAT` means this `outTradeNo` was already used -
    look it up, do not pay again; any other refusal means nothing was created - fix the request and send
    it again with the same `outTradeNo` and a new `requestTime`.

    Args:
        body (PaymentOrderPayRequest): A payout order.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PaymentOrderPayResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: PaymentOrderPayRequest,
) -> Response[PaymentOrderPayResponse]:
    """Pay out to a bank account, wallet, card or cash pick-up

     Sends money from the merchant's PayerMax balance to a payee. Which payee members are needed depends
    on the country and payment method (see PayerMax's payout application template);
    `paymentFieldValidation`
    checks them beforehand. `outTradeNo` must be unique: a repeated one is refused with `ORDER_REPEAT`.
    Payouts cannot be cancelled once accepted.

    How to read the answer, to avoid paying twice or not at all:
    `code` `APPLY_SUCCESS` with `status` `PENDING` means the order was accepted - wait for the `PAYOUT`
    notification or ask `paymentOrderQry`; `ORDER_REPEAT` means this `outTradeNo` was already used -
    look it up, do not pay again; any other refusal means nothing was created - fix the request and send
    it again with the same `outTradeNo` and a new `requestTime`.

    Args:
        body (PaymentOrderPayRequest): A payout order.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PaymentOrderPayResponse]
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
    body: PaymentOrderPayRequest,
) -> PaymentOrderPayResponse | None:
    """Pay out to a bank account, wallet, card or cash pick-up

     Sends money from the merchant's PayerMax balance to a payee. Which payee members are needed depends
    on the country and payment method (see PayerMax's payout application template);
    `paymentFieldValidation`
    checks them beforehand. `outTradeNo` must be unique: a repeated one is refused with `ORDER_REPEAT`.
    Payouts cannot be cancelled once accepted.

    How to read the answer, to avoid paying twice or not at all:
    `code` `APPLY_SUCCESS` with `status` `PENDING` means the order was accepted - wait for the `PAYOUT`
    notification or ask `paymentOrderQry`; `ORDER_REPEAT` means this `outTradeNo` was already used -
    look it up, do not pay again; any other refusal means nothing was created - fix the request and send
    it again with the same `outTradeNo` and a new `requestTime`.

    Args:
        body (PaymentOrderPayRequest): A payout order.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PaymentOrderPayResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
