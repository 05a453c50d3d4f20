"""Realistic data for the operations that start flows, so that stateful runs reach the queries their links
lead to (random data is mostly refused, and a refused create gives a link nothing to follow).

Used by tests/contract/test_stateful.py and, through ``hooks.py``, by the CLI's stateful phase (``make fuzz``).
"""

from __future__ import annotations

import itertools
import uuid
from collections.abc import Callable
from typing import Any

#: Three seeded card orders in four are authorisations (``captureMode`` ``MANUAL``), so that the links
#: orderAndPay -> capture / cancel, and the links after them, can succeed (a sale is refused there with
#: AUTH_FAILED); sales still reach refund -> refundQuery.
_AUTHORISE = itertools.cycle((True, True, True, False))
#: The pair the seeded quotes list first (and so the pair the link hands to exchange).
FX_PAIR = "USDINR"
#: What every seeded card order costs (a capture reached through orderAndPay's link takes it).
ORDER_AMOUNT, ORDER_CURRENCY = "25.00", "USD"


def unique() -> str:
    return f"FLOW_{uuid.uuid4().hex}"


def paid_card_order(body: dict[str, Any]) -> dict[str, Any]:
    """A card order paid at once: a sale (or, see ``authorisation``, a hold)."""
    return {
        "outTradeNo": unique(),
        "integrate": "Direct_Payment",
        "subject": "Stateful flow",
        "totalAmount": ORDER_AMOUNT,
        "currency": ORDER_CURRENCY,
        "country": "US",
        "userId": "stateful-user",
        "terminalType": "WEB",
        "frontCallbackUrl": "https://shop.example.com/return",
        "paymentDetail": {
            "paymentMethodType": "CARD",
            "cardInfo": {
                "cardIdentifierNo": "4111111111111111",
                "cardExpirationMonth": "12",
                "cardExpirationYear": "39",
            },
            "buyerInfo": {"clientIp": "203.0.113.7", "userAgent": "Mozilla/5.0"},
        },
    }


def card_order_or_authorisation(body: dict[str, Any]) -> dict[str, Any]:
    """``paid_card_order``, three times in four an authorisation to capture or cancel."""
    order = paid_card_order(body)
    if next(_AUTHORISE):
        order["captureMode"] = "MANUAL"
    return order


def capture_of_the_linked_order(body: dict[str, Any]) -> dict[str, Any]:
    """A capture keeps the order number orderAndPay's link carries; its amount and currency are the seeded
    order's (the link reads them from the request body Schemathesis generated, before it was seeded)."""
    return {**body, "amount": ORDER_AMOUNT, "currency": ORDER_CURRENCY}


def valid_payout(body: dict[str, Any]) -> dict[str, Any]:
    return {
        "outTradeNo": unique(),
        "country": "PH",
        "trade": {"amount": "12.00", "currency": "USD"},
        "payeeInfo": {
            "paymentMethodType": "WALLET",
            "targetOrg": "GCASH",
            "accountInfo": {"accountNo": "09171234567"},
            "name": {"fullName": "Maria Santos"},
        },
    }


def payment_link(body: dict[str, Any]) -> dict[str, Any]:
    return {
        "merchantLinkId": unique(),
        "linkType": "ONETIME",
        "country": "US",
        "currency": "USD",
        "totalAmount": "15.00",
        "description": "Stateful flow",
        "userInfo": {"userId": "stateful-user"},
        "goodsDetails": [
            {
                "goodsName": "Tee",
                "goodsDescription": "Cotton",
                "quantity": "1",
                "price": "15.00",
                "goodsCurrency": "USD",
                "showUrl": "https://shop.example.com/tee",
            }
        ],
        "merchantInfo": {"logoUrl": "https://shop.example.com/logo.png", "contactEmail": "shop@example.com"},
        "notifyUrl": "https://shop.example.com/notify",
    }


def token_application(body: dict[str, Any]) -> dict[str, Any]:
    return {
        "requestId": unique(),
        "country": "SA",
        "paymentMethodType": "CARD",
        "userId": "stateful-user",
        "frontCallbackUrl": "https://shop.example.com/return",
        "tokenScope": "tokenAcq",
        "cardInfo": {
            "cardOrg": "VISA",
            "cardIdentifierNo": "4111111111111111",
            "cardHolderFullName": "FLOW USER",
            "cardExpirationMonth": "12",
            "cardExpirationYear": "39",
            "cvv": "123",
        },
    }


def subscription_plan(body: dict[str, Any]) -> dict[str, Any]:
    return {
        "subscriptionRequestId": unique(),
        "userId": "stateful-user",
        "callbackUrl": "https://shop.example.com/subscriptions",
        "subscriptionPlan": {
            "subject": "Stateful plan",
            "totalPeriods": 12,
            "periodRule": {"periodUnit": "M", "periodCount": 1},
            "periodAmount": {"amount": "9.99", "currency": "USD"},
        },
    }


def fx_quotes(body: dict[str, Any]) -> dict[str, Any]:
    return {"ccyPairList": [FX_PAIR, "USDPHP"], "priceTypeList": []}


def exchange_at_the_quote(body: dict[str, Any]) -> dict[str, Any]:
    """Sell ten dollars at the quote the link names (its ``ccyPair`` and ``rateVersion`` are kept)."""
    linked = body.get("ccyPair")
    pair = linked if isinstance(linked, str) and linked.startswith("USD") else FX_PAIR
    seeded = {
        "ccyPair": pair,
        "outTradeNo": unique(),
        "side": "SELL",
        "transactionAmount": "10.00",
        "transactionCcy": "USD",
        "targetCcy": pair[3:],
    }
    if body.get("rateVersion"):
        seeded["rateVersion"] = body["rateVersion"]
    return seeded


def partial_refund(body: dict[str, Any]) -> dict[str, Any]:
    """A refund of part of an order (a link, when there is one, names the order and the amount afterwards)."""
    return {"outRefundNo": unique(), "outTradeNo": body.get("outTradeNo"), "refundAmount": "1.00",
            "refundCurrency": "USD"}  # fmt: skip


#: Operation label -> the data its positive stateful cases get.
SEEDS: dict[str, Callable[[dict[str, Any]], dict[str, Any]]] = {
    "POST /orderAndPay": card_order_or_authorisation,
    "POST /capture": capture_of_the_linked_order,
    "POST /paymentOrderPay": valid_payout,
    "POST /createPaybylink": payment_link,
    "POST /applyPaymentToken": token_application,
    "POST /subscriptionCreate": subscription_plan,
    "POST /quoteQuery": fx_quotes,
    "POST /exchange": exchange_at_the_quote,
    "POST /refund": partial_refund,
}

#: Where stateful flows start: the seeded operations, and confirmPayment, whose link names the order it was
#: given (its request's ``outTradeNo``), so it leads somewhere even unseeded. Capture is seeded only for the
#: amount of the order orderAndPay's link names; started on its own - like cancel or subscriptionCancel - it
#: would name an order or plan that does not exist, and such starts crowd out the linked flows (the contract
#: suite's other phases send random data to every operation).
ROOTS = frozenset(SEEDS) - {"POST /capture"} | {"POST /confirmPayment"}
