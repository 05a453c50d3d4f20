from http import HTTPStatus
from typing import Any

import httpx
from payermax_signing.urls import absolute_url as _absolute_url

from ... import errors
from ...client import AuthenticatedClient, Client
from ...json_codec import answer as _answer
from ...models.order_confirm_request import OrderConfirmRequest
from ...models.order_confirm_response import OrderConfirmResponse
from ...types import Response

#: What the SDK needs to know about this operation, from the spec: name, interface version and what the
#: envelope calls the application (`appId`, or `merchantAppId` for a few), whether it is safe to repeat
#: (retries), the identifiers its answer must echo, the members to hide from logs, and the query that tells
#: the outcome of an unanswered call.
OPERATION = {
    "operation": "orderConfirm",
    "version": "1.0",
    "idempotent": False,
    "echo": {"referenceNo": "referenceNo", "tradeToken": "tradeToken"},
    "sensitive": [],
    "follow_up": None,
    "app_id_member": "merchantAppId",
}


def _get_kwargs(
    *,
    body: OrderConfirmRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "extensions": {"payermax": OPERATION},
        "method": "post",
        "url": "/orderConfirm",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    # The business data, for PayerMaxAuth's echo check (so it need not decode the body it is about to sign).
    _kwargs["extensions"]["payermax_request_data"] = _kwargs.get("json")
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> OrderConfirmResponse | None:
    if response.status_code == 200:
        response_200 = OrderConfirmResponse.from_dict(_answer(response))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[OrderConfirmResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: OrderConfirmRequest,
) -> Response[OrderConfirmResponse]:
    """Confirm (or refuse) the booking of a bill payment

     For merchants who asked PayerMax to hold bill payments until they confirm them: tells PayerMax
    whether
    the merchant booked the payment announced by the bill-payment notification. `Y` releases it for
    clearing and settlement; `N` (with a `failureReason`) means it is not settled. The same confirmation
    can be given in the reply to the notification instead; whichever reaches PayerMax first counts.
    Unlike most operations, the envelope names the application `merchantAppId`.

    Args:
        body (OrderConfirmRequest): The merchant's booking result for a paid bill (as in the
            notification reply); `failureReason` is always
            sent, empty when `confirmation` is `Y`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OrderConfirmResponse]
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
    body: OrderConfirmRequest,
) -> OrderConfirmResponse | None:
    """Confirm (or refuse) the booking of a bill payment

     For merchants who asked PayerMax to hold bill payments until they confirm them: tells PayerMax
    whether
    the merchant booked the payment announced by the bill-payment notification. `Y` releases it for
    clearing and settlement; `N` (with a `failureReason`) means it is not settled. The same confirmation
    can be given in the reply to the notification instead; whichever reaches PayerMax first counts.
    Unlike most operations, the envelope names the application `merchantAppId`.

    Args:
        body (OrderConfirmRequest): The merchant's booking result for a paid bill (as in the
            notification reply); `failureReason` is always
            sent, empty when `confirmation` is `Y`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OrderConfirmResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: OrderConfirmRequest,
) -> Response[OrderConfirmResponse]:
    """Confirm (or refuse) the booking of a bill payment

     For merchants who asked PayerMax to hold bill payments until they confirm them: tells PayerMax
    whether
    the merchant booked the payment announced by the bill-payment notification. `Y` releases it for
    clearing and settlement; `N` (with a `failureReason`) means it is not settled. The same confirmation
    can be given in the reply to the notification instead; whichever reaches PayerMax first counts.
    Unlike most operations, the envelope names the application `merchantAppId`.

    Args:
        body (OrderConfirmRequest): The merchant's booking result for a paid bill (as in the
            notification reply); `failureReason` is always
            sent, empty when `confirmation` is `Y`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OrderConfirmResponse]
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
    body: OrderConfirmRequest,
) -> OrderConfirmResponse | None:
    """Confirm (or refuse) the booking of a bill payment

     For merchants who asked PayerMax to hold bill payments until they confirm them: tells PayerMax
    whether
    the merchant booked the payment announced by the bill-payment notification. `Y` releases it for
    clearing and settlement; `N` (with a `failureReason`) means it is not settled. The same confirmation
    can be given in the reply to the notification instead; whichever reaches PayerMax first counts.
    Unlike most operations, the envelope names the application `merchantAppId`.

    Args:
        body (OrderConfirmRequest): The merchant's booking result for a paid bill (as in the
            notification reply); `failureReason` is always
            sent, empty when `confirmation` is `Y`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OrderConfirmResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
