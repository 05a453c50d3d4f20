from http import HTTPStatus
from typing import Any

import httpx
from payermax_signing.urls import absolute_url as _absolute_url

from ... import errors
from ...client import AuthenticatedClient, Client
from ...json_codec import answer as _answer
from ...models.add_or_del_risk_name_list_request import AddOrDelRiskNameListRequest
from ...models.add_or_del_risk_name_list_response import AddOrDelRiskNameListResponse
from ...types import Response

#: What the SDK needs to know about this operation, from the spec: name, interface version and what the
#: envelope calls the application (`appId`, or `merchantAppId` for a few), whether it is safe to repeat
#: (retries), the identifiers its answer must echo, the members to hide from logs, and the query that tells
#: the outcome of an unanswered call.
OPERATION = {
    "operation": "addOrDelRiskNameList",
    "version": "1.0",
    "idempotent": False,
    "echo": {"requestId": "requestId"},
    "sensitive": [],
    "follow_up": None,
    "app_id_member": "merchantAppId",
}


def _get_kwargs(
    *,
    body: AddOrDelRiskNameListRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "extensions": {"payermax": OPERATION},
        "method": "post",
        "url": "/addOrDelRiskNameList",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    # The business data, for PayerMaxAuth's echo check (so it need not decode the body it is about to sign).
    _kwargs["extensions"]["payermax_request_data"] = _kwargs.get("json")
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AddOrDelRiskNameListResponse | None:
    if response.status_code == 200:
        response_200 = AddOrDelRiskNameListResponse.from_dict(_answer(response))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AddOrDelRiskNameListResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AddOrDelRiskNameListRequest,
) -> Response[AddOrDelRiskNameListResponse]:
    """Add entries to the merchant's block lists, or remove them

     Adds (`ADD`) or removes (`DELETE`) up to 2000 entries of the merchant's block lists in one request;
    PayerMax's risk checks then refuse payments by a listed card, user, IP address, card BIN or BIN
    country. Adding an entry that exists replaces it (e.g. with a new duration). `requestId` must be new
    for every request.

    Unlike other operations, the envelope names the application `merchantAppId` (not `appId`); the
    signing plugin writes it so for this operation.

    Args:
        body (AddOrDelRiskNameListRequest): Entries to add to the block lists or remove from them.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AddOrDelRiskNameListResponse]
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
    body: AddOrDelRiskNameListRequest,
) -> AddOrDelRiskNameListResponse | None:
    """Add entries to the merchant's block lists, or remove them

     Adds (`ADD`) or removes (`DELETE`) up to 2000 entries of the merchant's block lists in one request;
    PayerMax's risk checks then refuse payments by a listed card, user, IP address, card BIN or BIN
    country. Adding an entry that exists replaces it (e.g. with a new duration). `requestId` must be new
    for every request.

    Unlike other operations, the envelope names the application `merchantAppId` (not `appId`); the
    signing plugin writes it so for this operation.

    Args:
        body (AddOrDelRiskNameListRequest): Entries to add to the block lists or remove from them.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AddOrDelRiskNameListResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AddOrDelRiskNameListRequest,
) -> Response[AddOrDelRiskNameListResponse]:
    """Add entries to the merchant's block lists, or remove them

     Adds (`ADD`) or removes (`DELETE`) up to 2000 entries of the merchant's block lists in one request;
    PayerMax's risk checks then refuse payments by a listed card, user, IP address, card BIN or BIN
    country. Adding an entry that exists replaces it (e.g. with a new duration). `requestId` must be new
    for every request.

    Unlike other operations, the envelope names the application `merchantAppId` (not `appId`); the
    signing plugin writes it so for this operation.

    Args:
        body (AddOrDelRiskNameListRequest): Entries to add to the block lists or remove from them.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AddOrDelRiskNameListResponse]
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
    body: AddOrDelRiskNameListRequest,
) -> AddOrDelRiskNameListResponse | None:
    """Add entries to the merchant's block lists, or remove them

     Adds (`ADD`) or removes (`DELETE`) up to 2000 entries of the merchant's block lists in one request;
    PayerMax's risk checks then refuse payments by a listed card, user, IP address, card BIN or BIN
    country. Adding an entry that exists replaces it (e.g. with a new duration). `requestId` must be new
    for every request.

    Unlike other operations, the envelope names the application `merchantAppId` (not `appId`); the
    signing plugin writes it so for this operation.

    Args:
        body (AddOrDelRiskNameListRequest): Entries to add to the block lists or remove from them.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AddOrDelRiskNameListResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
