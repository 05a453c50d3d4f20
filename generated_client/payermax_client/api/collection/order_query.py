from http import HTTPStatus
from typing import Any

import httpx
from payermax_signing.urls import absolute_url as _absolute_url

from ... import errors
from ...client import AuthenticatedClient, Client
from ...json_codec import answer as _answer
from ...models.order_query_request import OrderQueryRequest
from ...models.order_query_response import OrderQueryResponse
from ...types import Response

#: What the SDK needs to know about this operation, from the spec: name, interface version and what the
#: envelope calls the application (`appId`, or `merchantAppId` for a few), whether it is safe to repeat
#: (retries), the identifiers its answer must echo, the members to hide from logs, and the query that tells
#: the outcome of an unanswered call.
OPERATION = {
    "operation": "orderQuery",
    "version": "1.5",
    "idempotent": True,
    "echo": {"outTradeNo": "outTradeNo"},
    "sensitive": [],
    "follow_up": None,
    "app_id_member": "appId",
}


def _get_kwargs(
    *,
    body: OrderQueryRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "extensions": {"payermax": OPERATION},
        "method": "post",
        "url": "/orderQuery",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    # The business data, for PayerMaxAuth's echo check (so it need not decode the body it is about to sign).
    _kwargs["extensions"]["payermax_request_data"] = _kwargs.get("json")
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> OrderQueryResponse | None:
    if response.status_code == 200:
        response_200 = OrderQueryResponse.from_dict(_answer(response))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[OrderQueryResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: OrderQueryRequest,
) -> Response[OrderQueryResponse]:
    """Look up a payment order

     Returns the current state of a payment order named by the merchant's order number. Use it when no
    final result came back in the `orderAndPay` answer and the notification is late or missing, and for
    reconciliation. `ORDER_NOT_EXIST` means PayerMax has no such order.

    Args:
        body (OrderQueryRequest): Which payment order to look up.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OrderQueryResponse]
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
    body: OrderQueryRequest,
) -> OrderQueryResponse | None:
    """Look up a payment order

     Returns the current state of a payment order named by the merchant's order number. Use it when no
    final result came back in the `orderAndPay` answer and the notification is late or missing, and for
    reconciliation. `ORDER_NOT_EXIST` means PayerMax has no such order.

    Args:
        body (OrderQueryRequest): Which payment order to look up.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OrderQueryResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: OrderQueryRequest,
) -> Response[OrderQueryResponse]:
    """Look up a payment order

     Returns the current state of a payment order named by the merchant's order number. Use it when no
    final result came back in the `orderAndPay` answer and the notification is late or missing, and for
    reconciliation. `ORDER_NOT_EXIST` means PayerMax has no such order.

    Args:
        body (OrderQueryRequest): Which payment order to look up.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OrderQueryResponse]
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
    body: OrderQueryRequest,
) -> OrderQueryResponse | None:
    """Look up a payment order

     Returns the current state of a payment order named by the merchant's order number. Use it when no
    final result came back in the `orderAndPay` answer and the notification is late or missing, and for
    reconciliation. `ORDER_NOT_EXIST` means PayerMax has no such order.

    Args:
        body (OrderQueryRequest): Which payment order to look up.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OrderQueryResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
