from http import HTTPStatus
from typing import Any

import httpx
from payermax_signing.urls import absolute_url as _absolute_url

from ... import errors
from ...client import AuthenticatedClient, Client
from ...json_codec import answer as _answer
from ...models.payment_field_validation_request import PaymentFieldValidationRequest
from ...models.payment_field_validation_response import PaymentFieldValidationResponse
from ...types import Response

#: What the SDK needs to know about this operation, from the spec: name, interface version and what the
#: envelope calls the application (`appId`, or `merchantAppId` for a few), whether it is safe to repeat
#: (retries), the identifiers its answer must echo, the members to hide from logs, and the query that tells
#: the outcome of an unanswered call.
OPERATION = {
    "operation": "paymentFieldValidation",
    "version": "1.5",
    "idempotent": True,
    "echo": {},
    "sensitive": ["accountNo", "documentId", "firstName", "fullName", "lastName", "middleName"],
    "follow_up": None,
    "app_id_member": "appId",
}


def _get_kwargs(
    *,
    body: PaymentFieldValidationRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "extensions": {"payermax": OPERATION},
        "method": "post",
        "url": "/paymentFieldValidation",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    # The business data, for PayerMaxAuth's echo check (so it need not decode the body it is about to sign).
    _kwargs["extensions"]["payermax_request_data"] = _kwargs.get("json")
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PaymentFieldValidationResponse | None:
    if response.status_code == 200:
        response_200 = PaymentFieldValidationResponse.from_dict(_answer(response))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[PaymentFieldValidationResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: PaymentFieldValidationRequest,
) -> Response[PaymentFieldValidationResponse]:
    """Check payee details before paying out

     Checks the format of the payee details the merchant collected (account number, names, identity
    document, bank, address...) against PayerMax's current rules for the country and payment method:
    lengths, patterns, check-digit algorithms, allowed values. Call it from the page where the user
    enters their payout details and show the failed fields to the user. It is a static check only:
    passing it makes a failed payout much less likely but does not guarantee success, and no money
    moves. Do not cache the rules on the merchant side; they change with the payment methods.
    `validationCode` is `PASS` when no field failed, `PARAMS_INVALID` otherwise.

    Args:
        body (PaymentFieldValidationRequest): The payout details to check, shaped like a
            `paymentOrderPay` request without the order and the amount.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PaymentFieldValidationResponse]
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
    body: PaymentFieldValidationRequest,
) -> PaymentFieldValidationResponse | None:
    """Check payee details before paying out

     Checks the format of the payee details the merchant collected (account number, names, identity
    document, bank, address...) against PayerMax's current rules for the country and payment method:
    lengths, patterns, check-digit algorithms, allowed values. Call it from the page where the user
    enters their payout details and show the failed fields to the user. It is a static check only:
    passing it makes a failed payout much less likely but does not guarantee success, and no money
    moves. Do not cache the rules on the merchant side; they change with the payment methods.
    `validationCode` is `PASS` when no field failed, `PARAMS_INVALID` otherwise.

    Args:
        body (PaymentFieldValidationRequest): The payout details to check, shaped like a
            `paymentOrderPay` request without the order and the amount.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PaymentFieldValidationResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: PaymentFieldValidationRequest,
) -> Response[PaymentFieldValidationResponse]:
    """Check payee details before paying out

     Checks the format of the payee details the merchant collected (account number, names, identity
    document, bank, address...) against PayerMax's current rules for the country and payment method:
    lengths, patterns, check-digit algorithms, allowed values. Call it from the page where the user
    enters their payout details and show the failed fields to the user. It is a static check only:
    passing it makes a failed payout much less likely but does not guarantee success, and no money
    moves. Do not cache the rules on the merchant side; they change with the payment methods.
    `validationCode` is `PASS` when no field failed, `PARAMS_INVALID` otherwise.

    Args:
        body (PaymentFieldValidationRequest): The payout details to check, shaped like a
            `paymentOrderPay` request without the order and the amount.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PaymentFieldValidationResponse]
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
    body: PaymentFieldValidationRequest,
) -> PaymentFieldValidationResponse | None:
    """Check payee details before paying out

     Checks the format of the payee details the merchant collected (account number, names, identity
    document, bank, address...) against PayerMax's current rules for the country and payment method:
    lengths, patterns, check-digit algorithms, allowed values. Call it from the page where the user
    enters their payout details and show the failed fields to the user. It is a static check only:
    passing it makes a failed payout much less likely but does not guarantee success, and no money
    moves. Do not cache the rules on the merchant side; they change with the payment methods.
    `validationCode` is `PASS` when no field failed, `PARAMS_INVALID` otherwise.

    Args:
        body (PaymentFieldValidationRequest): The payout details to check, shaped like a
            `paymentOrderPay` request without the order and the amount.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PaymentFieldValidationResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
