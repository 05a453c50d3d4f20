"""Requests the tests send, built with the generated client's models: orders, card orders and payouts."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from payermax_client.models import (
    BuyerInfo,
    CaptureMode,
    CardDetails,
    DirectPaymentDetail,
    DirectPaymentOrderRequest,
    DirectPaymentOrderRequestTerminalType,
    DropinPaymentDetail,
    HostedCheckoutOrderRequest,
    MitType,
    PaymentOrderPayRequest,
    PayoutPayee,
    PayoutPayeeAccount,
    PayoutPayeeName,
    PayoutTrade,
    SubscriptionAmount,
    SubscriptionCreateRequest,
    SubscriptionPeriodRule,
    SubscriptionPeriodRulePeriodUnit,
    SubscriptionPlan,
    SubscriptionPlanTerms,
)

TEST_CARD = "4111111111111111"


def hosted_order(out_trade_no: str, amount: str = "10.00", currency: str = "USD") -> HostedCheckoutOrderRequest:
    return HostedCheckoutOrderRequest(
        out_trade_no=out_trade_no,
        subject="Two T-shirts",
        total_amount=Decimal(amount),
        currency=currency,
        user_id="customer-42",
        front_callback_url="https://shop.example.com/return",
    )


def direct_order(out_trade_no: str, card: str | None = TEST_CARD, **detail: Any) -> DirectPaymentOrderRequest:
    payment_detail: dict[str, Any] = {
        "paymentMethodType": "CARD",
        "buyerInfo": {"clientIp": "203.0.113.7", "userAgent": "Mozilla/5.0"},
        **detail,
    }
    if card is not None:
        payment_detail["cardInfo"] = {
            "cardIdentifierNo": card,
            "cardHolderFullName": "JANE DOE",
            "cardExpirationMonth": "12",
            "cardExpirationYear": "39",
            "cvv": "123",
        }
    return DirectPaymentOrderRequest(
        out_trade_no=out_trade_no,
        subject="Skirt",
        total_amount=Decimal("74.99"),
        currency="USD",
        country="US",
        user_id="customer-42",
        terminal_type=DirectPaymentOrderRequestTerminalType.WEB,
        front_callback_url="https://shop.example.com/return",
        payment_detail=DirectPaymentDetail.from_dict(payment_detail),
    )


def card_order(out_trade_no: str, amount: str = "100.00", currency: str = "USD") -> DirectPaymentOrderRequest:
    """A Direct_Payment card order that succeeds at once (test card 4111 1111 1111 1111)."""
    return DirectPaymentOrderRequest(
        out_trade_no=out_trade_no,
        subject="Annual subscription",
        total_amount=Decimal(amount),
        currency=currency,
        country="US",
        user_id="buyer-7",
        payment_detail=DirectPaymentDetail(
            payment_method_type="CARD",
            buyer_info=BuyerInfo(client_ip="203.0.113.9", user_agent="Mozilla/5.0"),
            card_info=CardDetails(
                card_identifier_no="4111111111111111",
                card_holder_full_name="Jane Doe",
                card_expiration_month="12",
                card_expiration_year="39",
                cvv="123",
            ),
        ),
        terminal_type=DirectPaymentOrderRequestTerminalType.WEB,
        front_callback_url="https://shop.example.com/return",
    )


def payout(
    out_trade_no: str,
    amount: str = "150.00",
    currency: str = "USD",
    *,
    account: str = "000123456789",
    country: str = "US",
    method: str = "BANK_TRANSFER",
    target_org: str | None = None,
    source: str | None = None,
    full_name: str = "Siti Rahmawati",
    notify_url: str | None = None,
) -> PaymentOrderPayRequest:
    payee = PayoutPayee(
        payment_method_type=method,
        account_info=PayoutPayeeAccount(account_no=account),
        name=PayoutPayeeName(full_name=full_name),
    )
    if target_org:
        payee.target_org = target_org
    request = PaymentOrderPayRequest(
        out_trade_no=out_trade_no,
        country=country,
        trade=PayoutTrade(amount=Decimal(amount), currency=currency),
        payee_info=payee,
        reference=f"ref-{out_trade_no}",
    )
    if source:
        request.source_account = source
    if notify_url:
        request.notify_url = notify_url
    return request


def authorisation(
    out_trade_no: str, amount: str = "100.00", currency: str = "USD", card: str = TEST_CARD
) -> DirectPaymentOrderRequest:
    """A Direct_Payment card pre-authorisation (``captureMode`` ``MANUAL``)."""
    order = card_order(out_trade_no, amount, currency)
    assert isinstance(order.payment_detail, DirectPaymentDetail)
    assert isinstance(order.payment_detail.card_info, CardDetails)
    order.payment_detail.card_info.card_identifier_no = card
    order.capture_mode = CaptureMode.MANUAL
    return order


def dropin_order(
    out_trade_no: str, payment_token: str, session_key: str, *, amount: str = "42.00", user_id: str = "dropin-buyer",
    currency: str = "USD", token_for_future_use: bool = False,
) -> DirectPaymentOrderRequest:  # fmt: skip
    """A Direct_Payment order paid with the one-time ``paymentToken`` of a Drop-in session."""
    detail = DropinPaymentDetail(payment_token=payment_token, session_key=session_key,
                                 buyer_info=BuyerInfo(client_ip="203.0.113.5", user_agent="Mozilla/5.0"))  # fmt: skip
    if token_for_future_use:
        detail.token_for_future_use = True
    order = card_order(out_trade_no, amount, currency)
    order.subject, order.user_id, order.payment_detail = "Headphones", user_id, detail
    return order


def plan(request_id: str, callback_url: str, *, periods: int = 5, unit: str = "W", price: str = "9.99",
         user_id: str = "member-7") -> SubscriptionCreateRequest:  # fmt: skip
    """A PayerMax-managed plan: ``periods`` periods of one ``unit`` (D, W, M, Y) at ``price`` USD."""
    terms = SubscriptionPlanTerms(
        subject="Streaming membership",
        total_periods=periods,
        period_rule=SubscriptionPeriodRule(period_unit=SubscriptionPeriodRulePeriodUnit(unit), period_count=1),
        period_amount=SubscriptionAmount(amount=Decimal(price), currency="USD"),
    )
    return SubscriptionCreateRequest(subscription_request_id=request_id, user_id=user_id, callback_url=callback_url,
                                     subscription_plan=terms)  # fmt: skip


def activation(out_trade_no: str, subscription_no: str, amount: str = "9.99", *, card: str = TEST_CARD,
               user_id: str = "member-7") -> DirectPaymentOrderRequest:  # fmt: skip
    """The card order that activates a plan: its subject, user and first payment, the card stored for the plan."""
    order = card_order(out_trade_no, amount)
    order.subject, order.user_id = "Streaming membership", user_id
    order.subscription_plan = SubscriptionPlan(subscription_no=subscription_no)
    assert isinstance(order.payment_detail, DirectPaymentDetail)
    assert isinstance(order.payment_detail.card_info, CardDetails)
    order.payment_detail.card_info.card_identifier_no = card
    order.payment_detail.token_for_future_use = True
    order.payment_detail.mit_type = MitType.SCHEDULED
    return order
