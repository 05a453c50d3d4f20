from http import HTTPStatus
from typing import Any

import httpx
from payermax_signing.urls import absolute_url as _absolute_url

from ... import errors
from ...client import AuthenticatedClient, Client
from ...json_codec import answer as _answer
from ...models.direct_payment_order_request import DirectPaymentOrderRequest
from ...models.hosted_checkout_order_request import HostedCheckoutOrderRequest
from ...models.order_and_pay_response import OrderAndPayResponse
from ...types import Response

#: What the SDK needs to know about this operation, from the spec: name, interface version and what the
#: envelope calls the application (`appId`, or `merchantAppId` for a few), whether it is safe to repeat
#: (retries), the identifiers its answer must echo, the members to hide from logs, and the query that tells
#: the outcome of an unanswered call.
OPERATION = {
    "operation": "orderAndPay",
    "version": "1.5",
    "idempotent": False,
    "echo": {"outTradeNo": "outTradeNo"},
    "sensitive": [
        "applicationPrimaryAccountNumber",
        "cardHolderFullName",
        "cardIdentifierNo",
        "cavv",
        "cryptogram",
        "cvv",
        "onlinePaymentCryptogram",
        "pan",
    ],
    "follow_up": "orderQuery",
    "app_id_member": "appId",
}


def _get_kwargs(
    *,
    body: DirectPaymentOrderRequest | HostedCheckoutOrderRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "extensions": {"payermax": OPERATION},
        "method": "post",
        "url": "/orderAndPay",
    }

    if isinstance(body, HostedCheckoutOrderRequest):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    # The business data, for PayerMaxAuth's echo check (so it need not decode the body it is about to sign).
    _kwargs["extensions"]["payermax_request_data"] = _kwargs.get("json")
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> OrderAndPayResponse | None:
    if response.status_code == 200:
        response_200 = OrderAndPayResponse.from_dict(_answer(response))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[OrderAndPayResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: DirectPaymentOrderRequest | HostedCheckoutOrderRequest,
) -> Response[OrderAndPayResponse]:
    """Create a payment order (hosted cashier, direct API or Drop-in), or an authorisation

     Places a payment order. `data.integrate` picks the integration:

    - `Hosted_Checkout`: PayerMax's hosted cashier collects the payer's details. The answer is `PENDING`
      with a `redirectUrl` to send the payer to.
    - `Direct_Payment`: the merchant collected the payment details on its own pages and sends them
      (card data only by PCI-DSS certified merchants; a `paymentTokenID` instead of card data for a
    stored
      card). The answer may already be final (`SUCCESS`), or `PENDING` with a `redirectUrl` when the
    payer
      must authenticate (3-D Secure, wallet login) or pay elsewhere.
    - Drop-in: also `Direct_Payment`, with `paymentDetail` holding the one-time `paymentToken` that
      PayerMax's browser component produced and the `sessionKey` of the session it was opened with
      (`applyDropinSession`).

    With `captureMode` `MANUAL` (any of the three) the order is a pre-authorisation: a successful
    payment
    only holds the money, which `capture` then takes or `cancel` releases; its result is the
    authorisation notification instead of the payment notification. With
    `subscriptionPlan.subscriptionNo` the order is the first payment that activates a subscription made
    with `subscriptionCreate`.

    `code` only says whether the order was accepted; the payment state is `data.status`. The final
    result
    arrives as a `PAYMENT` notification, or through `orderQuery`. A repeated `outTradeNo` is refused
    with
    `ORDER_REPEAT` (for a cashier order still waiting for payment, the cashier address is returned
    again).

    Args:
        body (DirectPaymentOrderRequest | HostedCheckoutOrderRequest): A payment order.
            `integrate` selects the shape: `Hosted_Checkout` (PayerMax's cashier collects the
            payment details) or `Direct_Payment` (the merchant sends them, or the Drop-in component's
            token).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OrderAndPayResponse]
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
    body: DirectPaymentOrderRequest | HostedCheckoutOrderRequest,
) -> OrderAndPayResponse | None:
    """Create a payment order (hosted cashier, direct API or Drop-in), or an authorisation

     Places a payment order. `data.integrate` picks the integration:

    - `Hosted_Checkout`: PayerMax's hosted cashier collects the payer's details. The answer is `PENDING`
      with a `redirectUrl` to send the payer to.
    - `Direct_Payment`: the merchant collected the payment details on its own pages and sends them
      (card data only by PCI-DSS certified merchants; a `paymentTokenID` instead of card data for a
    stored
      card). The answer may already be final (`SUCCESS`), or `PENDING` with a `redirectUrl` when the
    payer
      must authenticate (3-D Secure, wallet login) or pay elsewhere.
    - Drop-in: also `Direct_Payment`, with `paymentDetail` holding the one-time `paymentToken` that
      PayerMax's browser component produced and the `sessionKey` of the session it was opened with
      (`applyDropinSession`).

    With `captureMode` `MANUAL` (any of the three) the order is a pre-authorisation: a successful
    payment
    only holds the money, which `capture` then takes or `cancel` releases; its result is the
    authorisation notification instead of the payment notification. With
    `subscriptionPlan.subscriptionNo` the order is the first payment that activates a subscription made
    with `subscriptionCreate`.

    `code` only says whether the order was accepted; the payment state is `data.status`. The final
    result
    arrives as a `PAYMENT` notification, or through `orderQuery`. A repeated `outTradeNo` is refused
    with
    `ORDER_REPEAT` (for a cashier order still waiting for payment, the cashier address is returned
    again).

    Args:
        body (DirectPaymentOrderRequest | HostedCheckoutOrderRequest): A payment order.
            `integrate` selects the shape: `Hosted_Checkout` (PayerMax's cashier collects the
            payment details) or `Direct_Payment` (the merchant sends them, or the Drop-in component's
            token).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OrderAndPayResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: DirectPaymentOrderRequest | HostedCheckoutOrderRequest,
) -> Response[OrderAndPayResponse]:
    """Create a payment order (hosted cashier, direct API or Drop-in), or an authorisation

     Places a payment order. `data.integrate` picks the integration:

    - `Hosted_Checkout`: PayerMax's hosted cashier collects the payer's details. The answer is `PENDING`
      with a `redirectUrl` to send the payer to.
    - `Direct_Payment`: the merchant collected the payment details on its own pages and sends them
      (card data only by PCI-DSS certified merchants; a `paymentTokenID` instead of card data for a
    stored
      card). The answer may already be final (`SUCCESS`), or `PENDING` with a `redirectUrl` when the
    payer
      must authenticate (3-D Secure, wallet login) or pay elsewhere.
    - Drop-in: also `Direct_Payment`, with `paymentDetail` holding the one-time `paymentToken` that
      PayerMax's browser component produced and the `sessionKey` of the session it was opened with
      (`applyDropinSession`).

    With `captureMode` `MANUAL` (any of the three) the order is a pre-authorisation: a successful
    payment
    only holds the money, which `capture` then takes or `cancel` releases; its result is the
    authorisation notification instead of the payment notification. With
    `subscriptionPlan.subscriptionNo` the order is the first payment that activates a subscription made
    with `subscriptionCreate`.

    `code` only says whether the order was accepted; the payment state is `data.status`. The final
    result
    arrives as a `PAYMENT` notification, or through `orderQuery`. A repeated `outTradeNo` is refused
    with
    `ORDER_REPEAT` (for a cashier order still waiting for payment, the cashier address is returned
    again).

    Args:
        body (DirectPaymentOrderRequest | HostedCheckoutOrderRequest): A payment order.
            `integrate` selects the shape: `Hosted_Checkout` (PayerMax's cashier collects the
            payment details) or `Direct_Payment` (the merchant sends them, or the Drop-in component's
            token).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OrderAndPayResponse]
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
    body: DirectPaymentOrderRequest | HostedCheckoutOrderRequest,
) -> OrderAndPayResponse | None:
    """Create a payment order (hosted cashier, direct API or Drop-in), or an authorisation

     Places a payment order. `data.integrate` picks the integration:

    - `Hosted_Checkout`: PayerMax's hosted cashier collects the payer's details. The answer is `PENDING`
      with a `redirectUrl` to send the payer to.
    - `Direct_Payment`: the merchant collected the payment details on its own pages and sends them
      (card data only by PCI-DSS certified merchants; a `paymentTokenID` instead of card data for a
    stored
      card). The answer may already be final (`SUCCESS`), or `PENDING` with a `redirectUrl` when the
    payer
      must authenticate (3-D Secure, wallet login) or pay elsewhere.
    - Drop-in: also `Direct_Payment`, with `paymentDetail` holding the one-time `paymentToken` that
      PayerMax's browser component produced and the `sessionKey` of the session it was opened with
      (`applyDropinSession`).

    With `captureMode` `MANUAL` (any of the three) the order is a pre-authorisation: a successful
    payment
    only holds the money, which `capture` then takes or `cancel` releases; its result is the
    authorisation notification instead of the payment notification. With
    `subscriptionPlan.subscriptionNo` the order is the first payment that activates a subscription made
    with `subscriptionCreate`.

    `code` only says whether the order was accepted; the payment state is `data.status`. The final
    result
    arrives as a `PAYMENT` notification, or through `orderQuery`. A repeated `outTradeNo` is refused
    with
    `ORDER_REPEAT` (for a cashier order still waiting for payment, the cashier address is returned
    again).

    Args:
        body (DirectPaymentOrderRequest | HostedCheckoutOrderRequest): A payment order.
            `integrate` selects the shape: `Hosted_Checkout` (PayerMax's cashier collects the
            payment details) or `Direct_Payment` (the merchant sends them, or the Drop-in component's
            token).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OrderAndPayResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
