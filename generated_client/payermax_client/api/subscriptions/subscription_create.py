from http import HTTPStatus
from typing import Any

import httpx
from payermax_signing.urls import absolute_url as _absolute_url

from ... import errors
from ...client import AuthenticatedClient, Client
from ...json_codec import answer as _answer
from ...models.subscription_create_request import SubscriptionCreateRequest
from ...models.subscription_create_response import SubscriptionCreateResponse
from ...types import Response

#: What the SDK needs to know about this operation, from the spec: name, interface version and what the
#: envelope calls the application (`appId`, or `merchantAppId` for a few), whether it is safe to repeat
#: (retries), the identifiers its answer must echo, the members to hide from logs, and the query that tells
#: the outcome of an unanswered call.
OPERATION = {
    "operation": "subscriptionCreate",
    "version": "1.5",
    "idempotent": False,
    "echo": {"subscriptionRequestId": "subscriptionRequestId"},
    "sensitive": [],
    "follow_up": "subscriptionQuery",
    "app_id_member": "appId",
}


def _get_kwargs(
    *,
    body: SubscriptionCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "extensions": {"payermax": OPERATION},
        "method": "post",
        "url": "/subscriptionCreate",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    # The business data, for PayerMaxAuth's echo check (so it need not decode the body it is about to sign).
    _kwargs["extensions"]["payermax_request_data"] = _kwargs.get("json")
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> SubscriptionCreateResponse | None:
    if response.status_code == 200:
        response_200 = SubscriptionCreateResponse.from_dict(_answer(response))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[SubscriptionCreateResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SubscriptionCreateRequest,
) -> Response[SubscriptionCreateResponse]:
    """Create a subscription plan that PayerMax charges period by period

     Creates a plan in state `INACTIVE` and returns its `subscriptionNo`. The plan is activated by a
    first
    payment: an `orderAndPay` with `subscriptionPlan.subscriptionNo`, the plan's `userId`, `subject` and
    currency, storing the card (`tokenForFutureUse` `true`, `mitType` `SCHEDULED`). It must come within
    24
    hours, or the plan expires (`EXPIRED`). The first payment's amount is the period amount, or the
    trial
    amount (`trialConfig`, possibly 0) or the discounted amount (`trialPeriodConfig`) when the plan has
    one.

    Once `ACTIVE`, PayerMax charges every period itself (the bill of the next period is made a day
    before
    it starts, or `advanceDays` earlier), retries a failed period and reports each period's outcome, and
    every change of the plan's state, to `callbackUrl`. A plan may last at most three years.

    Args:
        body (SubscriptionCreateRequest): The plan to create, for whom, and where to report on it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SubscriptionCreateResponse]
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
    body: SubscriptionCreateRequest,
) -> SubscriptionCreateResponse | None:
    """Create a subscription plan that PayerMax charges period by period

     Creates a plan in state `INACTIVE` and returns its `subscriptionNo`. The plan is activated by a
    first
    payment: an `orderAndPay` with `subscriptionPlan.subscriptionNo`, the plan's `userId`, `subject` and
    currency, storing the card (`tokenForFutureUse` `true`, `mitType` `SCHEDULED`). It must come within
    24
    hours, or the plan expires (`EXPIRED`). The first payment's amount is the period amount, or the
    trial
    amount (`trialConfig`, possibly 0) or the discounted amount (`trialPeriodConfig`) when the plan has
    one.

    Once `ACTIVE`, PayerMax charges every period itself (the bill of the next period is made a day
    before
    it starts, or `advanceDays` earlier), retries a failed period and reports each period's outcome, and
    every change of the plan's state, to `callbackUrl`. A plan may last at most three years.

    Args:
        body (SubscriptionCreateRequest): The plan to create, for whom, and where to report on it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SubscriptionCreateResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SubscriptionCreateRequest,
) -> Response[SubscriptionCreateResponse]:
    """Create a subscription plan that PayerMax charges period by period

     Creates a plan in state `INACTIVE` and returns its `subscriptionNo`. The plan is activated by a
    first
    payment: an `orderAndPay` with `subscriptionPlan.subscriptionNo`, the plan's `userId`, `subject` and
    currency, storing the card (`tokenForFutureUse` `true`, `mitType` `SCHEDULED`). It must come within
    24
    hours, or the plan expires (`EXPIRED`). The first payment's amount is the period amount, or the
    trial
    amount (`trialConfig`, possibly 0) or the discounted amount (`trialPeriodConfig`) when the plan has
    one.

    Once `ACTIVE`, PayerMax charges every period itself (the bill of the next period is made a day
    before
    it starts, or `advanceDays` earlier), retries a failed period and reports each period's outcome, and
    every change of the plan's state, to `callbackUrl`. A plan may last at most three years.

    Args:
        body (SubscriptionCreateRequest): The plan to create, for whom, and where to report on it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SubscriptionCreateResponse]
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
    body: SubscriptionCreateRequest,
) -> SubscriptionCreateResponse | None:
    """Create a subscription plan that PayerMax charges period by period

     Creates a plan in state `INACTIVE` and returns its `subscriptionNo`. The plan is activated by a
    first
    payment: an `orderAndPay` with `subscriptionPlan.subscriptionNo`, the plan's `userId`, `subject` and
    currency, storing the card (`tokenForFutureUse` `true`, `mitType` `SCHEDULED`). It must come within
    24
    hours, or the plan expires (`EXPIRED`). The first payment's amount is the period amount, or the
    trial
    amount (`trialConfig`, possibly 0) or the discounted amount (`trialPeriodConfig`) when the plan has
    one.

    Once `ACTIVE`, PayerMax charges every period itself (the bill of the next period is made a day
    before
    it starts, or `advanceDays` earlier), retries a failed period and reports each period's outcome, and
    every change of the plan's state, to `callbackUrl`. A plan may last at most three years.

    Args:
        body (SubscriptionCreateRequest): The plan to create, for whom, and where to report on it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SubscriptionCreateResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
