from http import HTTPStatus
from typing import Any

import httpx
from payermax_signing.urls import absolute_url as _absolute_url

from ... import errors
from ...client import AuthenticatedClient, Client
from ...json_codec import answer as _answer
from ...models.inquire_apply_request_request import InquireApplyRequestRequest
from ...models.inquire_apply_request_response import InquireApplyRequestResponse
from ...types import Response

#: What the SDK needs to know about this operation, from the spec: name, interface version and what the
#: envelope calls the application (`appId`, or `merchantAppId` for a few), whether it is safe to repeat
#: (retries), the identifiers its answer must echo, the members to hide from logs, and the query that tells
#: the outcome of an unanswered call.
OPERATION = {
    "operation": "InquireApplyRequest",
    "version": "1.4",
    "idempotent": True,
    "echo": {"requestId": "requestId"},
    "sensitive": [],
    "follow_up": None,
    "app_id_member": "appId",
}


def _get_kwargs(
    *,
    body: InquireApplyRequestRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "extensions": {"payermax": OPERATION},
        "method": "post",
        "url": "/InquireApplyRequest",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    # The business data, for PayerMaxAuth's echo check (so it need not decode the body it is about to sign).
    _kwargs["extensions"]["payermax_request_data"] = _kwargs.get("json")
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> InquireApplyRequestResponse | None:
    if response.status_code == 200:
        response_200 = InquireApplyRequestResponse.from_dict(_answer(response))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[InquireApplyRequestResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: InquireApplyRequestRequest,
) -> Response[InquireApplyRequestResponse]:
    """Look up a token application

     Returns the state of an `applyPaymentToken` request, named by its `requestId` and the user:
    `PENDING`
    (with the page where the payer authenticates), `SUCCESS` (with the new `paymentTokenID`) or
    `FAILED`.
    The same outcome is also sent as the tokenization notification. The operation's name is spelled with
    a capital letter, unlike every other path.

    Args:
        body (InquireApplyRequestRequest): Which token application to look up.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[InquireApplyRequestResponse]
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
    body: InquireApplyRequestRequest,
) -> InquireApplyRequestResponse | None:
    """Look up a token application

     Returns the state of an `applyPaymentToken` request, named by its `requestId` and the user:
    `PENDING`
    (with the page where the payer authenticates), `SUCCESS` (with the new `paymentTokenID`) or
    `FAILED`.
    The same outcome is also sent as the tokenization notification. The operation's name is spelled with
    a capital letter, unlike every other path.

    Args:
        body (InquireApplyRequestRequest): Which token application to look up.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        InquireApplyRequestResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: InquireApplyRequestRequest,
) -> Response[InquireApplyRequestResponse]:
    """Look up a token application

     Returns the state of an `applyPaymentToken` request, named by its `requestId` and the user:
    `PENDING`
    (with the page where the payer authenticates), `SUCCESS` (with the new `paymentTokenID`) or
    `FAILED`.
    The same outcome is also sent as the tokenization notification. The operation's name is spelled with
    a capital letter, unlike every other path.

    Args:
        body (InquireApplyRequestRequest): Which token application to look up.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[InquireApplyRequestResponse]
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
    body: InquireApplyRequestRequest,
) -> InquireApplyRequestResponse | None:
    """Look up a token application

     Returns the state of an `applyPaymentToken` request, named by its `requestId` and the user:
    `PENDING`
    (with the page where the payer authenticates), `SUCCESS` (with the new `paymentTokenID`) or
    `FAILED`.
    The same outcome is also sent as the tokenization notification. The operation's name is spelled with
    a capital letter, unlike every other path.

    Args:
        body (InquireApplyRequestRequest): Which token application to look up.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        InquireApplyRequestResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
