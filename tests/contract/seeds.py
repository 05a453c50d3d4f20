"""Realistic data for the operations that start flows, so that stateful runs reach the queries their links
lead to (random data is mostly refused, and a refused create gives a link nothing to follow).

Used by tests/contract/test_stateful.py and, through ``hooks.py``, by the CLI's stateful phase (``make fuzz``).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any


def unique() -> str:
    return f"FLOW_{uuid.uuid4().hex}"


def paid_card_order(body: dict[str, Any]) -> dict[str, Any]:
    return {
        "outTradeNo": unique(),
        "integrate": "Direct_Payment",
        "subject": "Stateful flow",
        "totalAmount": "25.00",
        "currency": "USD",
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


def partial_refund(body: dict[str, Any]) -> dict[str, Any]:
    """A refund of part of an order (a link, when there is one, names the order and the amount afterwards)."""
    return {"outRefundNo": unique(), "outTradeNo": body.get("outTradeNo"), "refundAmount": "1.00",
            "refundCurrency": "USD"}  # fmt: skip


#: Operation label -> the data its positive stateful cases get.
SEEDS: dict[str, Callable[[dict[str, Any]], dict[str, Any]]] = {
    "POST /orderAndPay": paid_card_order,
    "POST /paymentOrderPay": valid_payout,
    "POST /createPaybylink": payment_link,
    "POST /applyPaymentToken": token_application,
    "POST /refund": partial_refund,
}
