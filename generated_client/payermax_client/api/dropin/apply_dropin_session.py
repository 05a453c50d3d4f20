from http import HTTPStatus
from typing import Any

import httpx
from payermax_signing.urls import absolute_url as _absolute_url

from ... import errors
from ...client import AuthenticatedClient, Client
from ...json_codec import answer as _answer
from ...models.apply_dropin_session_request import ApplyDropinSessionRequest
from ...models.apply_dropin_session_response import ApplyDropinSessionResponse
from ...types import Response

#: What the SDK needs to know about this operation, from the spec: name, interface version and what the
#: envelope calls the application (`appId`, or `merchantAppId` for a few), whether it is safe to repeat
#: (retries), the identifiers its answer must echo, the members to hide from logs, and the query that tells
#: the outcome of an unanswered call.
OPERATION = {
    "operation": "applyDropinSession",
    "version": "1.6",
    "idempotent": True,
    "echo": {},
    "sensitive": [],
    "follow_up": None,
    "app_id_member": "appId",
}


def _get_kwargs(
    *,
    body: ApplyDropinSessionRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "extensions": {"payermax": OPERATION},
        "method": "post",
        "url": "/applyDropinSession",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    # The business data, for PayerMaxAuth's echo check (so it need not decode the body it is about to sign).
    _kwargs["extensions"]["payermax_request_data"] = _kwargs.get("json")
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApplyDropinSessionResponse | None:
    if response.status_code == 200:
        response_200 = ApplyDropinSessionResponse.from_dict(_answer(response))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ApplyDropinSessionResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ApplyDropinSessionRequest,
) -> Response[ApplyDropinSessionResponse]:
    """Open a Drop-in session for PayerMax's browser payment component

     Called from the merchant's server before showing the checkout: returns the `clientKey` and
    `sessionKey` that initialise PayerMax's Drop-in component (card, Apple Pay and Google Pay fields
    hosted by PayerMax inside the merchant's page). One session serves every component of one checkout.
    The component then yields a one-time `paymentToken`, which the merchant sends with the `sessionKey`
    in `orderAndPay` (`integrate` `Direct_Payment`).

    `tokenForFutureUse` makes the component offer to store the card; `mitType` opens a session for a
    card that will be charged by the merchant later (then `totalAmount` may be `0`). With `captureMode`
    `MANUAL` the session is for a pre-authorisation (then `tokenForFutureUse` does not apply).

    Args:
        body (ApplyDropinSessionRequest): The checkout the session is for. `totalAmount` is
            optional; when given it must be above zero, except
            that `0` is allowed together with `mitType` (a session that only stores a card for later
            charges).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApplyDropinSessionResponse]
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
    body: ApplyDropinSessionRequest,
) -> ApplyDropinSessionResponse | None:
    """Open a Drop-in session for PayerMax's browser payment component

     Called from the merchant's server before showing the checkout: returns the `clientKey` and
    `sessionKey` that initialise PayerMax's Drop-in component (card, Apple Pay and Google Pay fields
    hosted by PayerMax inside the merchant's page). One session serves every component of one checkout.
    The component then yields a one-time `paymentToken`, which the merchant sends with the `sessionKey`
    in `orderAndPay` (`integrate` `Direct_Payment`).

    `tokenForFutureUse` makes the component offer to store the card; `mitType` opens a session for a
    card that will be charged by the merchant later (then `totalAmount` may be `0`). With `captureMode`
    `MANUAL` the session is for a pre-authorisation (then `tokenForFutureUse` does not apply).

    Args:
        body (ApplyDropinSessionRequest): The checkout the session is for. `totalAmount` is
            optional; when given it must be above zero, except
            that `0` is allowed together with `mitType` (a session that only stores a card for later
            charges).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApplyDropinSessionResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ApplyDropinSessionRequest,
) -> Response[ApplyDropinSessionResponse]:
    """Open a Drop-in session for PayerMax's browser payment component

     Called from the merchant's server before showing the checkout: returns the `clientKey` and
    `sessionKey` that initialise PayerMax's Drop-in component (card, Apple Pay and Google Pay fields
    hosted by PayerMax inside the merchant's page). One session serves every component of one checkout.
    The component then yields a one-time `paymentToken`, which the merchant sends with the `sessionKey`
    in `orderAndPay` (`integrate` `Direct_Payment`).

    `tokenForFutureUse` makes the component offer to store the card; `mitType` opens a session for a
    card that will be charged by the merchant later (then `totalAmount` may be `0`). With `captureMode`
    `MANUAL` the session is for a pre-authorisation (then `tokenForFutureUse` does not apply).

    Args:
        body (ApplyDropinSessionRequest): The checkout the session is for. `totalAmount` is
            optional; when given it must be above zero, except
            that `0` is allowed together with `mitType` (a session that only stores a card for later
            charges).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApplyDropinSessionResponse]
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
    body: ApplyDropinSessionRequest,
) -> ApplyDropinSessionResponse | None:
    """Open a Drop-in session for PayerMax's browser payment component

     Called from the merchant's server before showing the checkout: returns the `clientKey` and
    `sessionKey` that initialise PayerMax's Drop-in component (card, Apple Pay and Google Pay fields
    hosted by PayerMax inside the merchant's page). One session serves every component of one checkout.
    The component then yields a one-time `paymentToken`, which the merchant sends with the `sessionKey`
    in `orderAndPay` (`integrate` `Direct_Payment`).

    `tokenForFutureUse` makes the component offer to store the card; `mitType` opens a session for a
    card that will be charged by the merchant later (then `totalAmount` may be `0`). With `captureMode`
    `MANUAL` the session is for a pre-authorisation (then `tokenForFutureUse` does not apply).

    Args:
        body (ApplyDropinSessionRequest): The checkout the session is for. `totalAmount` is
            optional; when given it must be above zero, except
            that `0` is allowed together with `mitType` (a session that only stores a card for later
            charges).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApplyDropinSessionResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
