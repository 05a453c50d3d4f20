from http import HTTPStatus
from typing import Any

import httpx
from payermax_signing.urls import absolute_url as _absolute_url

from ... import errors
from ...client import AuthenticatedClient, Client
from ...json_codec import answer as _answer
from ...models.apply_ddc_request import ApplyDDCRequest
from ...models.apply_ddc_response import ApplyDDCResponse
from ...types import Response

#: What the SDK needs to know about this operation, from the spec: name, interface version and what the
#: envelope calls the application (`appId`, or `merchantAppId` for a few), whether it is safe to repeat
#: (retries), the identifiers its answer must echo, the members to hide from logs, and the query that tells
#: the outcome of an unanswered call.
OPERATION = {
    "operation": "applyDDC",
    "version": "1.6",
    "idempotent": True,
    "echo": {},
    "sensitive": ["cardIdentifierNo"],
    "follow_up": None,
    "app_id_member": "appId",
}


def _get_kwargs(
    *,
    body: ApplyDDCRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "extensions": {"payermax": OPERATION},
        "method": "post",
        "url": "/applyDDC",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    # The business data, for PayerMaxAuth's echo check (so it need not decode the body it is about to sign).
    _kwargs["extensions"]["payermax_request_data"] = _kwargs.get("json")
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ApplyDDCResponse | None:
    if response.status_code == 200:
        response_200 = ApplyDDCResponse.from_dict(_answer(response))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ApplyDDCResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ApplyDDCRequest,
) -> Response[ApplyDDCResponse]:
    """Start 3-D Secure device data collection for a direct-API card payment

     For merchants that collect card details themselves (`Direct_Payment`): called silently while the
    payer
    types the card number, so that the device data 3-D Secure needs is collected before the order is
    placed. Give the card number (`cardIdentifierNo`, also a Google Pay card number) or a stored card's
    `paymentTokenID`. When collection is needed the answer carries a `ddcUrl`, which the payer's browser
    loads in a hidden iframe, and a `ddcSessionId` to send with the order; when it is not, the answer is
    `APPLY_SUCCESS` without `data` and the order is placed as usual. `PAYMENT_METHOD_NOT_EXIST` means no
    channel serves the method.

    Args:
        body (ApplyDDCRequest): The card about to be charged. Give `cardIdentifierNo` or
            `paymentTokenID`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApplyDDCResponse]
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
    body: ApplyDDCRequest,
) -> ApplyDDCResponse | None:
    """Start 3-D Secure device data collection for a direct-API card payment

     For merchants that collect card details themselves (`Direct_Payment`): called silently while the
    payer
    types the card number, so that the device data 3-D Secure needs is collected before the order is
    placed. Give the card number (`cardIdentifierNo`, also a Google Pay card number) or a stored card's
    `paymentTokenID`. When collection is needed the answer carries a `ddcUrl`, which the payer's browser
    loads in a hidden iframe, and a `ddcSessionId` to send with the order; when it is not, the answer is
    `APPLY_SUCCESS` without `data` and the order is placed as usual. `PAYMENT_METHOD_NOT_EXIST` means no
    channel serves the method.

    Args:
        body (ApplyDDCRequest): The card about to be charged. Give `cardIdentifierNo` or
            `paymentTokenID`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApplyDDCResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ApplyDDCRequest,
) -> Response[ApplyDDCResponse]:
    """Start 3-D Secure device data collection for a direct-API card payment

     For merchants that collect card details themselves (`Direct_Payment`): called silently while the
    payer
    types the card number, so that the device data 3-D Secure needs is collected before the order is
    placed. Give the card number (`cardIdentifierNo`, also a Google Pay card number) or a stored card's
    `paymentTokenID`. When collection is needed the answer carries a `ddcUrl`, which the payer's browser
    loads in a hidden iframe, and a `ddcSessionId` to send with the order; when it is not, the answer is
    `APPLY_SUCCESS` without `data` and the order is placed as usual. `PAYMENT_METHOD_NOT_EXIST` means no
    channel serves the method.

    Args:
        body (ApplyDDCRequest): The card about to be charged. Give `cardIdentifierNo` or
            `paymentTokenID`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApplyDDCResponse]
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
    body: ApplyDDCRequest,
) -> ApplyDDCResponse | None:
    """Start 3-D Secure device data collection for a direct-API card payment

     For merchants that collect card details themselves (`Direct_Payment`): called silently while the
    payer
    types the card number, so that the device data 3-D Secure needs is collected before the order is
    placed. Give the card number (`cardIdentifierNo`, also a Google Pay card number) or a stored card's
    `paymentTokenID`. When collection is needed the answer carries a `ddcUrl`, which the payer's browser
    loads in a hidden iframe, and a `ddcSessionId` to send with the order; when it is not, the answer is
    `APPLY_SUCCESS` without `data` and the order is placed as usual. `PAYMENT_METHOD_NOT_EXIST` means no
    channel serves the method.

    Args:
        body (ApplyDDCRequest): The card about to be charged. Give `cardIdentifierNo` or
            `paymentTokenID`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApplyDDCResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
