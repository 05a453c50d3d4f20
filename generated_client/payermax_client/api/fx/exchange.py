from http import HTTPStatus
from typing import Any

import httpx
from payermax_signing.urls import absolute_url as _absolute_url

from ... import errors
from ...client import AuthenticatedClient, Client
from ...json_codec import answer as _answer
from ...models.exchange_request import ExchangeRequest
from ...models.exchange_response import ExchangeResponse
from ...types import Response

#: What the SDK needs to know about this operation, from the spec: name, interface version and what the
#: envelope calls the application (`appId`, or `merchantAppId` for a few), whether it is safe to repeat
#: (retries), the identifiers its answer must echo, the members to hide from logs, and the query that tells
#: the outcome of an unanswered call.
OPERATION = {
    "operation": "exchange",
    "version": "1.1",
    "idempotent": False,
    "echo": {"outTradeNo": "outTradeNo"},
    "sensitive": [],
    "follow_up": "exchangeQuery",
    "app_id_member": "appId",
}


def _get_kwargs(
    *,
    body: ExchangeRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "extensions": {"payermax": OPERATION},
        "method": "post",
        "url": "/exchange",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    # The business data, for PayerMaxAuth's echo check (so it need not decode the body it is about to sign).
    _kwargs["extensions"]["payermax_request_data"] = _kwargs.get("json")
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ExchangeResponse | None:
    if response.status_code == 200:
        response_200 = ExchangeResponse.from_dict(_answer(response))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ExchangeResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ExchangeRequest,
) -> Response[ExchangeResponse]:
    """Exchange available balance between two currencies

     Converts part of the merchant's available balance from one currency into another; one of the two
    currencies must currently be USD. `side` is seen from the transaction currency: `BUY` acquires
    `transactionAmount` of `transactionCcy`, `SELL` gives it away; `targetAmount` of the answer is the
    matching amount of `targetCcy`. With `rateVersion` (the `version` of a `quoteQuery` quote) the
    exchange
    uses that quote, which must not have expired; without it PayerMax uses its latest rate.
    The exchange may finish at once (`SUCCESS` or `FAILED`) or stay `PENDING`; follow it with
    `exchangeQuery`. PayerMax publishes no dedicated refusal code for an expired quote.

    Args:
        body (ExchangeRequest): The exchange to make.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ExchangeResponse]
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
    body: ExchangeRequest,
) -> ExchangeResponse | None:
    """Exchange available balance between two currencies

     Converts part of the merchant's available balance from one currency into another; one of the two
    currencies must currently be USD. `side` is seen from the transaction currency: `BUY` acquires
    `transactionAmount` of `transactionCcy`, `SELL` gives it away; `targetAmount` of the answer is the
    matching amount of `targetCcy`. With `rateVersion` (the `version` of a `quoteQuery` quote) the
    exchange
    uses that quote, which must not have expired; without it PayerMax uses its latest rate.
    The exchange may finish at once (`SUCCESS` or `FAILED`) or stay `PENDING`; follow it with
    `exchangeQuery`. PayerMax publishes no dedicated refusal code for an expired quote.

    Args:
        body (ExchangeRequest): The exchange to make.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ExchangeResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ExchangeRequest,
) -> Response[ExchangeResponse]:
    """Exchange available balance between two currencies

     Converts part of the merchant's available balance from one currency into another; one of the two
    currencies must currently be USD. `side` is seen from the transaction currency: `BUY` acquires
    `transactionAmount` of `transactionCcy`, `SELL` gives it away; `targetAmount` of the answer is the
    matching amount of `targetCcy`. With `rateVersion` (the `version` of a `quoteQuery` quote) the
    exchange
    uses that quote, which must not have expired; without it PayerMax uses its latest rate.
    The exchange may finish at once (`SUCCESS` or `FAILED`) or stay `PENDING`; follow it with
    `exchangeQuery`. PayerMax publishes no dedicated refusal code for an expired quote.

    Args:
        body (ExchangeRequest): The exchange to make.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ExchangeResponse]
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
    body: ExchangeRequest,
) -> ExchangeResponse | None:
    """Exchange available balance between two currencies

     Converts part of the merchant's available balance from one currency into another; one of the two
    currencies must currently be USD. `side` is seen from the transaction currency: `BUY` acquires
    `transactionAmount` of `transactionCcy`, `SELL` gives it away; `targetAmount` of the answer is the
    matching amount of `targetCcy`. With `rateVersion` (the `version` of a `quoteQuery` quote) the
    exchange
    uses that quote, which must not have expired; without it PayerMax uses its latest rate.
    The exchange may finish at once (`SUCCESS` or `FAILED`) or stay `PENDING`; follow it with
    `exchangeQuery`. PayerMax publishes no dedicated refusal code for an expired quote.

    Args:
        body (ExchangeRequest): The exchange to make.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ExchangeResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
