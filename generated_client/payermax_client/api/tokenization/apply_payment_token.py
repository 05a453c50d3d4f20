from http import HTTPStatus
from typing import Any

import httpx
from payermax_signing.urls import absolute_url as _absolute_url

from ... import errors
from ...client import AuthenticatedClient, Client
from ...json_codec import answer as _answer
from ...models.apply_payment_token_request import ApplyPaymentTokenRequest
from ...models.apply_payment_token_response import ApplyPaymentTokenResponse
from ...types import Response

#: What the SDK needs to know about this operation, from the spec: name, interface version and what the
#: envelope calls the application (`appId`, or `merchantAppId` for a few), whether it is safe to repeat
#: (retries), the identifiers its answer must echo, the members to hide from logs, and the query that tells
#: the outcome of an unanswered call.
OPERATION = {
    "operation": "applyPaymentToken",
    "version": "1.4",
    "idempotent": False,
    "echo": {"requestId": "requestId"},
    "sensitive": ["cardHolderFullName", "cardIdentifierNo", "cvv"],
    "follow_up": "inquirePaymentToken",
    "app_id_member": "appId",
}


def _get_kwargs(
    *,
    body: ApplyPaymentTokenRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "extensions": {"payermax": OPERATION},
        "method": "post",
        "url": "/applyPaymentToken",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    # The business data, for PayerMaxAuth's echo check (so it need not decode the body it is about to sign).
    _kwargs["extensions"]["payermax_request_data"] = _kwargs.get("json")
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApplyPaymentTokenResponse | None:
    if response.status_code == 200:
        response_200 = ApplyPaymentTokenResponse.from_dict(_answer(response))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ApplyPaymentTokenResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ApplyPaymentTokenRequest,
) -> Response[ApplyPaymentTokenResponse]:
    """Store a payment method as a PaymentTokenID without taking a payment

     Binds a card (or a YUSHANBANK bank transfer account) to one of the merchant's users and returns a
    PaymentTokenID to pay with later through `orderAndPay`. Card details may only be sent by PCI-DSS
    certified merchants. The answer's `data.status` is `PENDING` when the payer must still authenticate
    (send them to `redirectUrl`; they come back to `frontCallbackUrl`), `SUCCESS` with the
    `paymentTokenID`, or `FAILED`. The final result also arrives as a `TOKENIZATION` notification.
    With `mitType` set, the token can also be charged by the merchant without the payer (MIT).

    Args:
        body (ApplyPaymentTokenRequest): What to bind and for whom. `cardInfo` is required when
            `paymentMethodType` is `CARD`; `targetOrg` must
            be `YUSHANBANK` when it is `BANKTRANSFER`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApplyPaymentTokenResponse]
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
    body: ApplyPaymentTokenRequest,
) -> ApplyPaymentTokenResponse | None:
    """Store a payment method as a PaymentTokenID without taking a payment

     Binds a card (or a YUSHANBANK bank transfer account) to one of the merchant's users and returns a
    PaymentTokenID to pay with later through `orderAndPay`. Card details may only be sent by PCI-DSS
    certified merchants. The answer's `data.status` is `PENDING` when the payer must still authenticate
    (send them to `redirectUrl`; they come back to `frontCallbackUrl`), `SUCCESS` with the
    `paymentTokenID`, or `FAILED`. The final result also arrives as a `TOKENIZATION` notification.
    With `mitType` set, the token can also be charged by the merchant without the payer (MIT).

    Args:
        body (ApplyPaymentTokenRequest): What to bind and for whom. `cardInfo` is required when
            `paymentMethodType` is `CARD`; `targetOrg` must
            be `YUSHANBANK` when it is `BANKTRANSFER`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApplyPaymentTokenResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ApplyPaymentTokenRequest,
) -> Response[ApplyPaymentTokenResponse]:
    """Store a payment method as a PaymentTokenID without taking a payment

     Binds a card (or a YUSHANBANK bank transfer account) to one of the merchant's users and returns a
    PaymentTokenID to pay with later through `orderAndPay`. Card details may only be sent by PCI-DSS
    certified merchants. The answer's `data.status` is `PENDING` when the payer must still authenticate
    (send them to `redirectUrl`; they come back to `frontCallbackUrl`), `SUCCESS` with the
    `paymentTokenID`, or `FAILED`. The final result also arrives as a `TOKENIZATION` notification.
    With `mitType` set, the token can also be charged by the merchant without the payer (MIT).

    Args:
        body (ApplyPaymentTokenRequest): What to bind and for whom. `cardInfo` is required when
            `paymentMethodType` is `CARD`; `targetOrg` must
            be `YUSHANBANK` when it is `BANKTRANSFER`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApplyPaymentTokenResponse]
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
    body: ApplyPaymentTokenRequest,
) -> ApplyPaymentTokenResponse | None:
    """Store a payment method as a PaymentTokenID without taking a payment

     Binds a card (or a YUSHANBANK bank transfer account) to one of the merchant's users and returns a
    PaymentTokenID to pay with later through `orderAndPay`. Card details may only be sent by PCI-DSS
    certified merchants. The answer's `data.status` is `PENDING` when the payer must still authenticate
    (send them to `redirectUrl`; they come back to `frontCallbackUrl`), `SUCCESS` with the
    `paymentTokenID`, or `FAILED`. The final result also arrives as a `TOKENIZATION` notification.
    With `mitType` set, the token can also be charged by the merchant without the payer (MIT).

    Args:
        body (ApplyPaymentTokenRequest): What to bind and for whom. `cardInfo` is required when
            `paymentMethodType` is `CARD`; `targetOrg` must
            be `YUSHANBANK` when it is `BANKTRANSFER`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApplyPaymentTokenResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
