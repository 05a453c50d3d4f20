"""``PayerMax`` and ``AsyncPayerMax``: the client a merchant uses, one attribute per group of operations.

Generated from spec/openapi.yaml by ``make generate``; the machinery (settings from arguments or
``PAYERMAX_*`` variables, timeouts, retries, typed errors, logging, ISV views) is
``payermax_signing.client_base``. ::

    with PayerMax() as payermax:  # PAYERMAX_APP_ID, ..., PAYERMAX_BASE_URL or PAYERMAX_ENVIRONMENT
        order = payermax.collection.order_query(out_trade_no="ORDER_1")
        print(order.status)
"""

from collections.abc import Mapping
from typing import ClassVar

from payermax_signing.caller import AsyncCaller, Caller
from payermax_signing.client_base import AsyncBaseClient, BaseClient

from .async_resources import (
    AsyncAuthCapture,
    AsyncBalances,
    AsyncBillPayment,
    AsyncCollection,
    AsyncDisputes,
    AsyncDropin,
    AsyncFx,
    AsyncPayByLink,
    AsyncPaymentMethods,
    AsyncPayouts,
    AsyncRfi,
    AsyncRisk,
    AsyncSubscriptions,
    AsyncTokenization,
)
from .resources import (
    AuthCapture,
    Balances,
    BillPayment,
    Collection,
    Disputes,
    Dropin,
    Fx,
    PayByLink,
    PaymentMethods,
    Payouts,
    Rfi,
    Risk,
    Subscriptions,
    Tokenization,
)

#: PayerMax's servers, from the spec.
SERVERS: Mapping[str, str] = {
    "PRODUCTION": "https://pay-gate.payermax.com/aggregate-pay/api/gateway",
    "UAT": "https://pay-gate-uat.payermax.com/aggregate-pay/api/gateway",
}


class PayerMax(BaseClient):
    """The PayerMax client (``with PayerMax() as payermax``).

    See ``payermax_signing.client_base.BaseClient`` for the arguments; every one may come from the
    environment instead. Operations, by group:

    - ``collection``: order_and_pay, order_query, refund, refund_query, apply_ddc, confirm_payment
    - ``auth_capture``: capture, cancel
    - ``dropin``: apply_dropin_session
    - ``subscriptions``: subscription_create, subscription_query, subscription_cancel
    - ``tokenization``: apply_payment_token, inquire_payment_token, remove_payment_token, inquire_apply_request
    - ``pay_by_link``: create_paybylink, query_paybylink, expire_paybylink
    - ``disputes``: case_search, case_replay
    - ``risk``: add_or_del_risk_name_list
    - ``payouts``: payment_field_validation, payment_order_pay, payment_order_qry, payment_order_batch_qry
    - ``balances``: current_balance_query, day_end_balance_query
    - ``payment_methods``: consult_payment_method
    - ``fx``: quote_query, exchange, exchange_query, query_client_exchange_rate
    - ``rfi``: put_rfi_material_list
    - ``bill_payment``: order_confirm
    """

    servers: ClassVar[Mapping[str, str]] = SERVERS
    collection: Collection
    """Take payments through the hosted cashier or directly by API, query them, refund them."""
    auth_capture: AuthCapture
    """Pre-authorisation - capture or cancel money held by an authorisation (orderAndPay with captureMode MANUAL)."""
    dropin: Dropin
    """Sessions for PayerMax's Drop-in browser component (cards, Apple Pay, Google Pay in the merchant's page)."""
    subscriptions: Subscriptions
    """Subscription plans that PayerMax charges period by period."""
    tokenization: Tokenization
    """Store a payment method as a PaymentTokenID and manage stored tokens."""
    pay_by_link: PayByLink
    """Create, query and expire payment links."""
    disputes: Disputes
    """Look up chargebacks and disputes and answer them."""
    risk: Risk
    """Fraud notifications and the merchant's block lists of cards, users, IP addresses and BINs."""
    payouts: Payouts
    """Pay out to bank accounts and wallets, validate payee details, query payouts."""
    balances: Balances
    """Real-time and day-end balances of the merchant's accounts."""
    payment_methods: PaymentMethods
    """Which payment methods the merchant can use, with their limits."""
    fx: Fx
    """Quotes, exchanges between the merchant's currency balances, and pay-in / pay-out exchange rates."""
    rfi: Rfi
    """Requests for information about orders, and the materials that answer them."""
    bill_payment: BillPayment
    """Philippine bill payment - PayerMax's validation call, the payment notification and its confirmation."""

    def _bind(self, caller: Caller) -> None:
        self.collection = Collection(caller)
        self.auth_capture = AuthCapture(caller)
        self.dropin = Dropin(caller)
        self.subscriptions = Subscriptions(caller)
        self.tokenization = Tokenization(caller)
        self.pay_by_link = PayByLink(caller)
        self.disputes = Disputes(caller)
        self.risk = Risk(caller)
        self.payouts = Payouts(caller)
        self.balances = Balances(caller)
        self.payment_methods = PaymentMethods(caller)
        self.fx = Fx(caller)
        self.rfi = Rfi(caller)
        self.bill_payment = BillPayment(caller)


class AsyncPayerMax(AsyncBaseClient):
    """The asynchronous PayerMax client (``async with AsyncPayerMax() as payermax``).

    See ``payermax_signing.client_base.AsyncBaseClient`` for the arguments; every one may come from the
    environment instead. Operations, by group:

    - ``collection``: order_and_pay, order_query, refund, refund_query, apply_ddc, confirm_payment
    - ``auth_capture``: capture, cancel
    - ``dropin``: apply_dropin_session
    - ``subscriptions``: subscription_create, subscription_query, subscription_cancel
    - ``tokenization``: apply_payment_token, inquire_payment_token, remove_payment_token, inquire_apply_request
    - ``pay_by_link``: create_paybylink, query_paybylink, expire_paybylink
    - ``disputes``: case_search, case_replay
    - ``risk``: add_or_del_risk_name_list
    - ``payouts``: payment_field_validation, payment_order_pay, payment_order_qry, payment_order_batch_qry
    - ``balances``: current_balance_query, day_end_balance_query
    - ``payment_methods``: consult_payment_method
    - ``fx``: quote_query, exchange, exchange_query, query_client_exchange_rate
    - ``rfi``: put_rfi_material_list
    - ``bill_payment``: order_confirm
    """

    servers: ClassVar[Mapping[str, str]] = SERVERS
    collection: AsyncCollection
    """Take payments through the hosted cashier or directly by API, query them, refund them."""
    auth_capture: AsyncAuthCapture
    """Pre-authorisation - capture or cancel money held by an authorisation (orderAndPay with captureMode MANUAL)."""
    dropin: AsyncDropin
    """Sessions for PayerMax's Drop-in browser component (cards, Apple Pay, Google Pay in the merchant's page)."""
    subscriptions: AsyncSubscriptions
    """Subscription plans that PayerMax charges period by period."""
    tokenization: AsyncTokenization
    """Store a payment method as a PaymentTokenID and manage stored tokens."""
    pay_by_link: AsyncPayByLink
    """Create, query and expire payment links."""
    disputes: AsyncDisputes
    """Look up chargebacks and disputes and answer them."""
    risk: AsyncRisk
    """Fraud notifications and the merchant's block lists of cards, users, IP addresses and BINs."""
    payouts: AsyncPayouts
    """Pay out to bank accounts and wallets, validate payee details, query payouts."""
    balances: AsyncBalances
    """Real-time and day-end balances of the merchant's accounts."""
    payment_methods: AsyncPaymentMethods
    """Which payment methods the merchant can use, with their limits."""
    fx: AsyncFx
    """Quotes, exchanges between the merchant's currency balances, and pay-in / pay-out exchange rates."""
    rfi: AsyncRfi
    """Requests for information about orders, and the materials that answer them."""
    bill_payment: AsyncBillPayment
    """Philippine bill payment - PayerMax's validation call, the payment notification and its confirmation."""

    def _bind(self, caller: AsyncCaller) -> None:
        self.collection = AsyncCollection(caller)
        self.auth_capture = AsyncAuthCapture(caller)
        self.dropin = AsyncDropin(caller)
        self.subscriptions = AsyncSubscriptions(caller)
        self.tokenization = AsyncTokenization(caller)
        self.pay_by_link = AsyncPayByLink(caller)
        self.disputes = AsyncDisputes(caller)
        self.risk = AsyncRisk(caller)
        self.payouts = AsyncPayouts(caller)
        self.balances = AsyncBalances(caller)
        self.payment_methods = AsyncPaymentMethods(caller)
        self.fx = AsyncFx(caller)
        self.rfi = AsyncRfi(caller)
        self.bill_payment = AsyncBillPayment(caller)


__all__ = ["SERVERS", "AsyncPayerMax", "PayerMax"]
