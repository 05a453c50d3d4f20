from http import HTTPStatus
from typing import Any

import httpx
from payermax_signing.urls import absolute_url as _absolute_url

from ... import errors
from ...client import AuthenticatedClient, Client
from ...json_codec import answer as _answer
from ...models.quote_query_request import QuoteQueryRequest
from ...models.quote_query_response import QuoteQueryResponse
from ...types import Response

#: What the SDK needs to know about this operation, from the spec: name, interface version and what the
#: envelope calls the application (`appId`, or `merchantAppId` for a few), whether it is safe to repeat
#: (retries), the identifiers its answer must echo, the members to hide from logs, and the query that tells
#: the outcome of an unanswered call.
OPERATION = {
    "operation": "quoteQuery",
    "version": "1.2",
    "idempotent": True,
    "echo": {},
    "sensitive": [],
    "follow_up": None,
    "app_id_member": "appId",
}


def _get_kwargs(
    *,
    body: QuoteQueryRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "extensions": {"payermax": OPERATION},
        "method": "post",
        "url": "/quoteQuery",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    # The business data, for PayerMaxAuth's echo check (so it need not decode the body it is about to sign).
    _kwargs["extensions"]["payermax_request_data"] = _kwargs.get("json")
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> QuoteQueryResponse | None:
    if response.status_code == 200:
        response_200 = QuoteQueryResponse.from_dict(_answer(response))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[QuoteQueryResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: QuoteQueryRequest,
) -> Response[QuoteQueryResponse]:
    """Quotes for exchanging balance between USD and another currency

     Returns PayerMax's current buy (`BID`) and sell (`OFFER`) rates for up to 24 currency pairs, each
    written
    against USD with USD first (`USDINR`, `USDIDR`). Each quote carries a `version` and an `expiryTime`:
    passing that `version` as `rateVersion` to `exchange` before the quote expires trades at the quoted
    rate.

    Args:
        body (QuoteQueryRequest): Which pairs to quote, and which prices.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[QuoteQueryResponse]
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
    body: QuoteQueryRequest,
) -> QuoteQueryResponse | None:
    """Quotes for exchanging balance between USD and another currency

     Returns PayerMax's current buy (`BID`) and sell (`OFFER`) rates for up to 24 currency pairs, each
    written
    against USD with USD first (`USDINR`, `USDIDR`). Each quote carries a `version` and an `expiryTime`:
    passing that `version` as `rateVersion` to `exchange` before the quote expires trades at the quoted
    rate.

    Args:
        body (QuoteQueryRequest): Which pairs to quote, and which prices.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        QuoteQueryResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: QuoteQueryRequest,
) -> Response[QuoteQueryResponse]:
    """Quotes for exchanging balance between USD and another currency

     Returns PayerMax's current buy (`BID`) and sell (`OFFER`) rates for up to 24 currency pairs, each
    written
    against USD with USD first (`USDINR`, `USDIDR`). Each quote carries a `version` and an `expiryTime`:
    passing that `version` as `rateVersion` to `exchange` before the quote expires trades at the quoted
    rate.

    Args:
        body (QuoteQueryRequest): Which pairs to quote, and which prices.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[QuoteQueryResponse]
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
    body: QuoteQueryRequest,
) -> QuoteQueryResponse | None:
    """Quotes for exchanging balance between USD and another currency

     Returns PayerMax's current buy (`BID`) and sell (`OFFER`) rates for up to 24 currency pairs, each
    written
    against USD with USD first (`USDINR`, `USDIDR`). Each quote carries a `version` and an `expiryTime`:
    passing that `version` as `rateVersion` to `exchange` before the quote expires trades at the quoted
    rate.

    Args:
        body (QuoteQueryRequest): Which pairs to quote, and which prices.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        QuoteQueryResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
