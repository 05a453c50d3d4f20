"""The operations of PayerMax grouped as the spec's tags group them (asynchronous).

Generated from spec/openapi.yaml by ``make generate``; reach them through ``AsyncPayerMax``
(``payermax.collection.order_query(...)``) rather than building them yourself.
"""

from decimal import Decimal
from typing import Any, overload

from payermax_signing.caller import AsyncCaller
from payermax_signing.parsing import build_request, parse_data
from payermax_signing.retry import RetryPolicy
from payermax_signing.timeouts import Timeouts

from .api.balances import current_balance_query as _current_balance_query
from .api.balances import day_end_balance_query as _day_end_balance_query
from .api.collection import order_and_pay as _order_and_pay
from .api.collection import order_query as _order_query
from .api.collection import refund as _refund
from .api.collection import refund_query as _refund_query
from .api.disputes import case_replay as _case_replay
from .api.disputes import case_search as _case_search
from .api.pay_by_link import create_paybylink as _create_paybylink
from .api.pay_by_link import expire_paybylink as _expire_paybylink
from .api.pay_by_link import query_paybylink as _query_paybylink
from .api.payment_methods import consult_payment_method as _consult_payment_method
from .api.payouts import payment_field_validation as _payment_field_validation
from .api.payouts import payment_order_batch_qry as _payment_order_batch_qry
from .api.payouts import payment_order_pay as _payment_order_pay
from .api.payouts import payment_order_qry as _payment_order_qry
from .api.tokenization import apply_payment_token as _apply_payment_token
from .api.tokenization import inquire_payment_token as _inquire_payment_token
from .api.tokenization import remove_payment_token as _remove_payment_token
from .models.apply_payment_token_request import ApplyPaymentTokenRequest
from .models.apply_payment_token_request_payment_method_type import (
    ApplyPaymentTokenRequestPaymentMethodType,
)
from .models.apply_payment_token_request_token_scope import (
    ApplyPaymentTokenRequestTokenScope,
)
from .models.apply_payment_token_result import ApplyPaymentTokenResult
from .models.balance_account_type import BalanceAccountType
from .models.case_replay_request import CaseReplayRequest
from .models.case_replay_result import CaseReplayResult
from .models.case_search_request import CaseSearchRequest
from .models.case_search_result import CaseSearchResult
from .models.consult_payment_method_request import ConsultPaymentMethodRequest
from .models.consult_payment_method_result import ConsultPaymentMethodResult
from .models.create_paybylink_request import CreatePaybylinkRequest
from .models.create_paybylink_result import CreatePaybylinkResult
from .models.current_balance_query_request import CurrentBalanceQueryRequest
from .models.current_balance_query_result import CurrentBalanceQueryResult
from .models.day_end_balance_query_request import DayEndBalanceQueryRequest
from .models.day_end_balance_query_request_account_type_item import (
    DayEndBalanceQueryRequestAccountTypeItem,
)
from .models.day_end_balance_query_result import DayEndBalanceQueryResult
from .models.direct_payment_order_request import DirectPaymentOrderRequest
from .models.env_info import EnvInfo
from .models.expire_paybylink_request import ExpirePaybylinkRequest
from .models.expire_paybylink_result import ExpirePaybylinkResult
from .models.hosted_checkout_order_request import HostedCheckoutOrderRequest
from .models.inquire_payment_token_request import InquirePaymentTokenRequest
from .models.inquire_payment_token_request_token_scope import (
    InquirePaymentTokenRequestTokenScope,
)
from .models.inquire_payment_token_result import InquirePaymentTokenResult
from .models.order_and_pay_result import OrderAndPayResult
from .models.order_query_request import OrderQueryRequest
from .models.order_query_result import OrderQueryResult
from .models.pay_by_link_goods import PayByLinkGoods
from .models.pay_by_link_merchant_info import PayByLinkMerchantInfo
from .models.pay_by_link_type import PayByLinkType
from .models.pay_by_link_user import PayByLinkUser
from .models.payment_field_validation_request import PaymentFieldValidationRequest
from .models.payment_field_validation_request_clearing_rail import (
    PaymentFieldValidationRequestClearingRail,
)
from .models.payment_field_validation_result import PaymentFieldValidationResult
from .models.payment_order_batch_qry_request import PaymentOrderBatchQryRequest
from .models.payment_order_batch_qry_result import PaymentOrderBatchQryResult
from .models.payment_order_pay_request import PaymentOrderPayRequest
from .models.payment_order_pay_request_clearing_rail import (
    PaymentOrderPayRequestClearingRail,
)
from .models.payment_order_pay_result import PaymentOrderPayResult
from .models.payment_order_qry_request import PaymentOrderQryRequest
from .models.payment_order_qry_result import PaymentOrderQryResult
from .models.payment_token_card import PaymentTokenCard
from .models.payment_token_mit_type import PaymentTokenMitType
from .models.payout_payee import PayoutPayee
from .models.payout_payee_to_validate import PayoutPayeeToValidate
from .models.payout_payer import PayoutPayer
from .models.payout_purpose import PayoutPurpose
from .models.payout_risk_params import PayoutRiskParams
from .models.payout_status import PayoutStatus
from .models.payout_trade import PayoutTrade
from .models.query_paybylink_request import QueryPaybylinkRequest
from .models.query_paybylink_result import QueryPaybylinkResult
from .models.refund_query_request import RefundQueryRequest
from .models.refund_query_result import RefundQueryResult
from .models.refund_request import RefundRequest
from .models.refund_result import RefundResult
from .models.remove_payment_token_request import RemovePaymentTokenRequest
from .models.remove_payment_token_result import RemovePaymentTokenResult
from .models.risk_params import RiskParams
from .types import UNSET, Unset


class AsyncCollection:
    """Take payments through the hosted cashier or directly by API, query them, refund them."""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    async def order_and_pay(
        self,
        request: DirectPaymentOrderRequest | HostedCheckoutOrderRequest,
        /,
        *,
        timeout: Timeouts | float | None = None,
        retry: RetryPolicy | None = None,
    ) -> OrderAndPayResult:
        """Create a payment order (hosted cashier or direct API)

        Places a payment order. `data.integrate` picks the integration:

        - `Hosted_Checkout`: PayerMax's hosted cashier collects the payer's details. The answer is `PENDING`
          with a `redirectUrl` to send the payer to.
        - `Direct_Payment`: the merchant collected the payment details on its own pages and sends them
          (card data only by PCI-DSS certified merchants; a `paymentTokenID` instead of card data for a stored
          card). The answer may already be final (`SUCCESS`), or `PENDING` with a `redirectUrl` when the payer
          must authenticate (3-D Secure, wallet login) or pay elsewhere.

        `code` only says whether the order was accepted; the payment state is `data.status`. The final result
        arrives as a `PAYMENT` notification, or through `orderQuery`. A repeated `outTradeNo` is refused with
        `ORDER_REPEAT` (for a cashier order still waiting for payment, the cashier address is returned again).

        Pass one of ``DirectPaymentOrderRequest | HostedCheckoutOrderRequest``. Returns the ``data`` of the successful answer.
        Not safe to repeat: retried only when the request never left or PayerMax refused it unprocessed
        (``TOO_MANY_REQUEST``). When it may have been carried out without a trustworthy answer, raises
        ``OutcomeUnknownError``: call ``orderQuery`` with outTradeNo to learn the outcome.
        The answer must repeat the request's outTradeNo, or it is refused.

        Args:
            timeout: limits for this call (``Timeouts``, or seconds for the whole call); default: the client's.
            retry: retry policy for this call; default: the client's.

        Raises:
            payermax_signing.ApiError: PayerMax refused the request (a subclass per ``code``).
            payermax_signing.TransportError: no answer came back (``TimedOutError``, ``ConnectionFailedError``
                or ``OutcomeUnknownError``).
            payermax_signing.SignatureError: the answer is not signed by PayerMax, or not about this request
                (``MismatchedAnswerError``).
            payermax_signing.SpecViolationError: the answer breaks the spec; names the member.
        """

        body = request
        data = await self._caller.call(
            _order_and_pay.OPERATION, _order_and_pay._get_kwargs(body=body), timeout=timeout, retry=retry
        )
        return parse_data(OrderAndPayResult.from_dict, data)

    @overload
    async def order_query(
        self,
        request: OrderQueryRequest,
        /,
        *,
        timeout: Timeouts | float | None = None,
        retry: RetryPolicy | None = None,
    ) -> OrderQueryResult: ...

    @overload
    async def order_query(
        self,
        *,
        out_trade_no: str,
        timeout: Timeouts | float | None = None,
        retry: RetryPolicy | None = None,
    ) -> OrderQueryResult: ...

    async def order_query(  # `request` is positional-only in the overloads
        self,
        request: OrderQueryRequest | None = None,
        *,
        timeout: Timeouts | float | None = None,
        retry: RetryPolicy | None = None,
        **fields: Any,
    ) -> OrderQueryResult:
        """Look up a payment order

        Returns the current state of a payment order named by the merchant's order number. Use it when no
        final result came back in the `orderAndPay` answer and the notification is late or missing, and for
        reconciliation. `ORDER_NOT_EXIST` means PayerMax has no such order.

        Pass a ``OrderQueryRequest``, or its fields as keywords. Returns the ``data`` of the successful
        answer.
        Safe to repeat: retried on timeouts, lost connections and transient refusals (see ``RetryPolicy``).
        The answer must repeat the request's outTradeNo, or it is refused.

        Args:
            timeout: limits for this call (``Timeouts``, or seconds for the whole call); default: the client's.
            retry: retry policy for this call; default: the client's.

        Raises:
            payermax_signing.ApiError: PayerMax refused the request (a subclass per ``code``).
            payermax_signing.TransportError: no answer came back (``TimedOutError``, ``ConnectionFailedError``
                or ``OutcomeUnknownError``).
            payermax_signing.SignatureError: the answer is not signed by PayerMax, or not about this request
                (``MismatchedAnswerError``).
            payermax_signing.SpecViolationError: the answer breaks the spec; names the member.
        """

        body = build_request(OrderQueryRequest, request, fields)
        data = await self._caller.call(
            _order_query.OPERATION, _order_query._get_kwargs(body=body), timeout=timeout, retry=retry
        )
        return parse_data(OrderQueryResult.from_dict, data)

    @overload
    async def refund(
        self,
        request: RefundRequest,
        /,
        *,
        timeout: Timeouts | float | None = None,
        retry: RetryPolicy | None = None,
    ) -> RefundResult: ...

    @overload
    async def refund(
        self,
        *,
        out_refund_no: str,
        refund_amount: Decimal,
        refund_currency: str,
        out_trade_no: str | Unset = UNSET,
        trade_token: str | Unset = UNSET,
        comments: str | Unset = UNSET,
        refund_notify_url: str | Unset = UNSET,
        timeout: Timeouts | float | None = None,
        retry: RetryPolicy | None = None,
    ) -> RefundResult: ...

    async def refund(  # `request` is positional-only in the overloads
        self,
        request: RefundRequest | None = None,
        *,
        timeout: Timeouts | float | None = None,
        retry: RetryPolicy | None = None,
        **fields: Any,
    ) -> RefundResult:
        """Refund a payment, fully or in part

        Asks PayerMax to return money from a successful payment. Name the payment by `outTradeNo` or
        `tradeToken` (at least one). Several partial refunds may be made while their sum stays within the
        paid amount. The answer only says the refund was accepted (`REFUND_PENDING`) or refused
        (`REFUND_FAILED`); the outcome arrives as a `REFUND` notification or through `refundQuery`.

        Pass a ``RefundRequest``, or its fields as keywords. Returns the ``data`` of the successful
        answer.
        Not safe to repeat: retried only when the request never left or PayerMax refused it unprocessed
        (``TOO_MANY_REQUEST``). When it may have been carried out without a trustworthy answer, raises
        ``OutcomeUnknownError``: call ``refundQuery`` with outRefundNo to learn the outcome.
        The answer must repeat the request's outRefundNo, or it is refused.

        Args:
            timeout: limits for this call (``Timeouts``, or seconds for the whole call); default: the client's.
            retry: retry policy for this call; default: the client's.

        Raises:
            payermax_signing.ApiError: PayerMax refused the request (a subclass per ``code``).
            payermax_signing.TransportError: no answer came back (``TimedOutError``, ``ConnectionFailedError``
                or ``OutcomeUnknownError``).
            payermax_signing.SignatureError: the answer is not signed by PayerMax, or not about this request
                (``MismatchedAnswerError``).
            payermax_signing.SpecViolationError: the answer breaks the spec; names the member.
        """

        body = build_request(RefundRequest, request, fields)
        data = await self._caller.call(_refund.OPERATION, _refund._get_kwargs(body=body), timeout=timeout, retry=retry)
        return parse_data(RefundResult.from_dict, data)

    @overload
    async def refund_query(
        self,
        request: RefundQueryRequest,
        /,
        *,
        timeout: Timeouts | float | None = None,
        retry: RetryPolicy | None = None,
    ) -> RefundQueryResult: ...

    @overload
    async def refund_query(
        self,
        *,
        out_refund_no: str | Unset = UNSET,
        refund_trade_no: str | Unset = UNSET,
        timeout: Timeouts | float | None = None,
        retry: RetryPolicy | None = None,
    ) -> RefundQueryResult: ...

    async def refund_query(  # `request` is positional-only in the overloads
        self,
        request: RefundQueryRequest | None = None,
        *,
        timeout: Timeouts | float | None = None,
        retry: RetryPolicy | None = None,
        **fields: Any,
    ) -> RefundQueryResult:
        """Look up a refund

        Returns the current state of a refund, named by the merchant's refund number `outRefundNo` or by
        PayerMax's `refundTradeNo` (at least one).

        Pass a ``RefundQueryRequest``, or its fields as keywords. Returns the ``data`` of the successful
        answer.
        Safe to repeat: retried on timeouts, lost connections and transient refusals (see ``RetryPolicy``).
        The answer must repeat the request's outRefundNo, refundTradeNo, or it is refused.

        Args:
            timeout: limits for this call (``Timeouts``, or seconds for the whole call); default: the client's.
            retry: retry policy for this call; default: the client's.

        Raises:
            payermax_signing.ApiError: PayerMax refused the request (a subclass per ``code``).
            payermax_signing.TransportError: no answer came back (``TimedOutError``, ``ConnectionFailedError``
                or ``OutcomeUnknownError``).
            payermax_signing.SignatureError: the answer is not signed by PayerMax, or not about this request
                (``MismatchedAnswerError``).
            payermax_signing.SpecViolationError: the answer breaks the spec; names the member.
        """

        body = build_request(RefundQueryRequest, request, fields)
        data = await self._caller.call(
            _refund_query.OPERATION, _refund_query._get_kwargs(body=body), timeout=timeout, retry=retry
        )
        return parse_data(RefundQueryResult.from_dict, data)


class AsyncTokenization:
    """Store a payment method as a PaymentTokenID and manage stored tokens."""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    @overload
    async def apply_payment_token(
        self,
        request: ApplyPaymentTokenRequest,
        /,
        *,
        timeout: Timeouts | float | None = None,
        retry: RetryPolicy | None = None,
    ) -> ApplyPaymentTokenResult: ...

    @overload
    async def apply_payment_token(
        self,
        *,
        request_id: str,
        country: str,
        payment_method_type: ApplyPaymentTokenRequestPaymentMethodType,
        user_id: str,
        front_callback_url: str,
        token_scope: ApplyPaymentTokenRequestTokenScope,
        target_org: str | Unset = UNSET,
        mit_type: PaymentTokenMitType | Unset = UNSET,
        card_info: PaymentTokenCard | Unset = UNSET,
        env_info: EnvInfo | Unset = UNSET,
        risk_params: RiskParams | Unset = UNSET,
        timeout: Timeouts | float | None = None,
        retry: RetryPolicy | None = None,
    ) -> ApplyPaymentTokenResult: ...

    async def apply_payment_token(  # `request` is positional-only in the overloads
        self,
        request: ApplyPaymentTokenRequest | None = None,
        *,
        timeout: Timeouts | float | None = None,
        retry: RetryPolicy | None = None,
        **fields: Any,
    ) -> ApplyPaymentTokenResult:
        """Store a payment method as a PaymentTokenID without taking a payment

        Binds a card (or a YUSHANBANK bank transfer account) to one of the merchant's users and returns a
        PaymentTokenID to pay with later through `orderAndPay`. Card details may only be sent by PCI-DSS
        certified merchants. The answer's `data.status` is `PENDING` when the payer must still authenticate
        (send them to `redirectUrl`; they come back to `frontCallbackUrl`), `SUCCESS` with the
        `paymentTokenID`, or `FAILED`. The final result also arrives as a `TOKENIZATION` notification.
        With `mitType` set, the token can also be charged by the merchant without the payer (MIT).

        Pass a ``ApplyPaymentTokenRequest``, or its fields as keywords. Returns the ``data`` of the successful
        answer.
        Not safe to repeat: retried only when the request never left or PayerMax refused it unprocessed
        (``TOO_MANY_REQUEST``). When it may have been carried out without a trustworthy answer, raises
        ``OutcomeUnknownError``: call ``inquirePaymentToken`` with requestId to learn the outcome.
        The answer must repeat the request's requestId, or it is refused.

        Args:
            timeout: limits for this call (``Timeouts``, or seconds for the whole call); default: the client's.
            retry: retry policy for this call; default: the client's.

        Raises:
            payermax_signing.ApiError: PayerMax refused the request (a subclass per ``code``).
            payermax_signing.TransportError: no answer came back (``TimedOutError``, ``ConnectionFailedError``
                or ``OutcomeUnknownError``).
            payermax_signing.SignatureError: the answer is not signed by PayerMax, or not about this request
                (``MismatchedAnswerError``).
            payermax_signing.SpecViolationError: the answer breaks the spec; names the member.
        """

        body = build_request(ApplyPaymentTokenRequest, request, fields)
        data = await self._caller.call(
            _apply_payment_token.OPERATION, _apply_payment_token._get_kwargs(body=body), timeout=timeout, retry=retry
        )
        return parse_data(ApplyPaymentTokenResult.from_dict, data)

    @overload
    async def inquire_payment_token(
        self,
        request: InquirePaymentTokenRequest,
        /,
        *,
        timeout: Timeouts | float | None = None,
        retry: RetryPolicy | None = None,
    ) -> InquirePaymentTokenResult: ...

    @overload
    async def inquire_payment_token(
        self,
        *,
        user_id: str,
        token_scope: InquirePaymentTokenRequestTokenScope,
        payment_token_id: str | Unset = UNSET,
        payment_method_type: str | Unset = UNSET,
        target_org: str | Unset = UNSET,
        card_org: str | Unset = UNSET,
        referral_code: str | Unset = UNSET,
        timeout: Timeouts | float | None = None,
        retry: RetryPolicy | None = None,
    ) -> InquirePaymentTokenResult: ...

    async def inquire_payment_token(  # `request` is positional-only in the overloads
        self,
        request: InquirePaymentTokenRequest | None = None,
        *,
        timeout: Timeouts | float | None = None,
        retry: RetryPolicy | None = None,
        **fields: Any,
    ) -> InquirePaymentTokenResult:
        """List a user's stored payment tokens

        Returns the PaymentTokenIDs stored for one of the merchant's users, with the masked card number or
        account and the state of each token (`Activated`, `Expired` or `Deleted`). Narrow the list by
        payment method type, card scheme, target organisation, binding (`referralCode`) or a single
        `paymentTokenID`; without filters every token of the user is returned.

        Pass a ``InquirePaymentTokenRequest``, or its fields as keywords. Returns the ``data`` of the successful
        answer.
        Safe to repeat: retried on timeouts, lost connections and transient refusals (see ``RetryPolicy``).
        The answer must repeat the request's userId, paymentTokenID, or it is refused.

        Args:
            timeout: limits for this call (``Timeouts``, or seconds for the whole call); default: the client's.
            retry: retry policy for this call; default: the client's.

        Raises:
            payermax_signing.ApiError: PayerMax refused the request (a subclass per ``code``).
            payermax_signing.TransportError: no answer came back (``TimedOutError``, ``ConnectionFailedError``
                or ``OutcomeUnknownError``).
            payermax_signing.SignatureError: the answer is not signed by PayerMax, or not about this request
                (``MismatchedAnswerError``).
            payermax_signing.SpecViolationError: the answer breaks the spec; names the member.
        """

        body = build_request(InquirePaymentTokenRequest, request, fields)
        data = await self._caller.call(
            _inquire_payment_token.OPERATION,
            _inquire_payment_token._get_kwargs(body=body),
            timeout=timeout,
            retry=retry,
        )
        return parse_data(InquirePaymentTokenResult.from_dict, data)

    @overload
    async def remove_payment_token(
        self,
        request: RemovePaymentTokenRequest,
        /,
        *,
        timeout: Timeouts | float | None = None,
        retry: RetryPolicy | None = None,
    ) -> RemovePaymentTokenResult: ...

    @overload
    async def remove_payment_token(
        self,
        *,
        user_id: str,
        payment_token_id: str,
        remove_reason: str | Unset = UNSET,
        timeout: Timeouts | float | None = None,
        retry: RetryPolicy | None = None,
    ) -> RemovePaymentTokenResult: ...

    async def remove_payment_token(  # `request` is positional-only in the overloads
        self,
        request: RemovePaymentTokenRequest | None = None,
        *,
        timeout: Timeouts | float | None = None,
        retry: RetryPolicy | None = None,
        **fields: Any,
    ) -> RemovePaymentTokenResult:
        """Remove a stored payment token

        Unbinds a PaymentTokenID from the user it belongs to. Once removed (`Deleted`), the token can no
        longer be used to pay.

        Pass a ``RemovePaymentTokenRequest``, or its fields as keywords. Returns the ``data`` of the successful
        answer.
        Not safe to repeat: retried only when the request never left or PayerMax refused it unprocessed
        (``TOO_MANY_REQUEST``). When it may have been carried out without a trustworthy answer, raises
        ``OutcomeUnknownError``.
        The answer must repeat the request's paymentTokenID, userId, or it is refused.

        Args:
            timeout: limits for this call (``Timeouts``, or seconds for the whole call); default: the client's.
            retry: retry policy for this call; default: the client's.

        Raises:
            payermax_signing.ApiError: PayerMax refused the request (a subclass per ``code``).
            payermax_signing.TransportError: no answer came back (``TimedOutError``, ``ConnectionFailedError``
                or ``OutcomeUnknownError``).
            payermax_signing.SignatureError: the answer is not signed by PayerMax, or not about this request
                (``MismatchedAnswerError``).
            payermax_signing.SpecViolationError: the answer breaks the spec; names the member.
        """

        body = build_request(RemovePaymentTokenRequest, request, fields)
        data = await self._caller.call(
            _remove_payment_token.OPERATION, _remove_payment_token._get_kwargs(body=body), timeout=timeout, retry=retry
        )
        return parse_data(RemovePaymentTokenResult.from_dict, data)


class AsyncPayByLink:
    """Create, query and expire payment links."""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    @overload
    async def create_paybylink(
        self,
        request: CreatePaybylinkRequest,
        /,
        *,
        timeout: Timeouts | float | None = None,
        retry: RetryPolicy | None = None,
    ) -> CreatePaybylinkResult: ...

    @overload
    async def create_paybylink(
        self,
        *,
        merchant_link_id: str,
        link_type: PayByLinkType,
        country: str,
        currency: str,
        total_amount: Decimal,
        description: str,
        user_info: PayByLinkUser,
        goods_details: list[PayByLinkGoods],
        merchant_info: PayByLinkMerchantInfo,
        notify_url: str,
        expires_time: str | Unset = UNSET,
        language: str | Unset = UNSET,
        link_description: str | Unset = UNSET,
        timeout: Timeouts | float | None = None,
        retry: RetryPolicy | None = None,
    ) -> CreatePaybylinkResult: ...

    async def create_paybylink(  # `request` is positional-only in the overloads
        self,
        request: CreatePaybylinkRequest | None = None,
        *,
        timeout: Timeouts | float | None = None,
        retry: RetryPolicy | None = None,
        **fields: Any,
    ) -> CreatePaybylinkResult:
        """Create a payment link

        Creates a one-time payment link (and its QR code) for an amount, to hand to the payer by any channel.
        Opening the link shows PayerMax's cashier, where the payer picks a payment method. The link stays
        `ACTIVE` for `expiresTime` seconds (24 hours by default, at least 1 hour, at most 30 days) unless
        `expirePaybylink` ends it earlier. Payment results arrive as `PAYBYLINK` notifications at `notifyUrl`,
        through `queryPaybylink`, or through `orderQuery` with the order number of the payment.

        Pass a ``CreatePaybylinkRequest``, or its fields as keywords. Returns the ``data`` of the successful
        answer.
        Not safe to repeat: retried only when the request never left or PayerMax refused it unprocessed
        (``TOO_MANY_REQUEST``). When it may have been carried out without a trustworthy answer, raises
        ``OutcomeUnknownError``: call ``queryPaybylink`` with merchantLinkId to learn the outcome.
        The answer must repeat the request's merchantLinkId, or it is refused.

        Args:
            timeout: limits for this call (``Timeouts``, or seconds for the whole call); default: the client's.
            retry: retry policy for this call; default: the client's.

        Raises:
            payermax_signing.ApiError: PayerMax refused the request (a subclass per ``code``).
            payermax_signing.TransportError: no answer came back (``TimedOutError``, ``ConnectionFailedError``
                or ``OutcomeUnknownError``).
            payermax_signing.SignatureError: the answer is not signed by PayerMax, or not about this request
                (``MismatchedAnswerError``).
            payermax_signing.SpecViolationError: the answer breaks the spec; names the member.
        """

        body = build_request(CreatePaybylinkRequest, request, fields)
        data = await self._caller.call(
            _create_paybylink.OPERATION, _create_paybylink._get_kwargs(body=body), timeout=timeout, retry=retry
        )
        return parse_data(CreatePaybylinkResult.from_dict, data)

    @overload
    async def query_paybylink(
        self,
        request: QueryPaybylinkRequest,
        /,
        *,
        timeout: Timeouts | float | None = None,
        retry: RetryPolicy | None = None,
    ) -> QueryPaybylinkResult: ...

    @overload
    async def query_paybylink(
        self,
        *,
        merchant_link_id: str,
        timeout: Timeouts | float | None = None,
        retry: RetryPolicy | None = None,
    ) -> QueryPaybylinkResult: ...

    async def query_paybylink(  # `request` is positional-only in the overloads
        self,
        request: QueryPaybylinkRequest | None = None,
        *,
        timeout: Timeouts | float | None = None,
        retry: RetryPolicy | None = None,
        **fields: Any,
    ) -> QueryPaybylinkResult:
        """Look up a payment link and its payments

        Returns a link named by the merchant's link number: its state (`ACTIVE` or `EXPIRED`), exact expiry
        time, and the payments made or attempted through it (`payByLinkInfo`). The link state says nothing
        about an order; use `orderQuery` with a payment's `outTradeNo` for the order itself.

        Pass a ``QueryPaybylinkRequest``, or its fields as keywords. Returns the ``data`` of the successful
        answer.
        Safe to repeat: retried on timeouts, lost connections and transient refusals (see ``RetryPolicy``).
        The answer must repeat the request's merchantLinkId, or it is refused.

        Args:
            timeout: limits for this call (``Timeouts``, or seconds for the whole call); default: the client's.
            retry: retry policy for this call; default: the client's.

        Raises:
            payermax_signing.ApiError: PayerMax refused the request (a subclass per ``code``).
            payermax_signing.TransportError: no answer came back (``TimedOutError``, ``ConnectionFailedError``
                or ``OutcomeUnknownError``).
            payermax_signing.SignatureError: the answer is not signed by PayerMax, or not about this request
                (``MismatchedAnswerError``).
            payermax_signing.SpecViolationError: the answer breaks the spec; names the member.
        """

        body = build_request(QueryPaybylinkRequest, request, fields)
        data = await self._caller.call(
            _query_paybylink.OPERATION, _query_paybylink._get_kwargs(body=body), timeout=timeout, retry=retry
        )
        return parse_data(QueryPaybylinkResult.from_dict, data)

    @overload
    async def expire_paybylink(
        self,
        request: ExpirePaybylinkRequest,
        /,
        *,
        timeout: Timeouts | float | None = None,
        retry: RetryPolicy | None = None,
    ) -> ExpirePaybylinkResult: ...

    @overload
    async def expire_paybylink(
        self,
        *,
        merchant_link_id: str,
        timeout: Timeouts | float | None = None,
        retry: RetryPolicy | None = None,
    ) -> ExpirePaybylinkResult: ...

    async def expire_paybylink(  # `request` is positional-only in the overloads
        self,
        request: ExpirePaybylinkRequest | None = None,
        *,
        timeout: Timeouts | float | None = None,
        retry: RetryPolicy | None = None,
        **fields: Any,
    ) -> ExpirePaybylinkResult:
        """End a payment link early

        Makes a link `EXPIRED` before its expiry time, so that it can no longer be paid. Call it before the
        payer pays.

        Pass a ``ExpirePaybylinkRequest``, or its fields as keywords. Returns the ``data`` of the successful
        answer.
        Not safe to repeat: retried only when the request never left or PayerMax refused it unprocessed
        (``TOO_MANY_REQUEST``). When it may have been carried out without a trustworthy answer, raises
        ``OutcomeUnknownError``.
        The answer must repeat the request's merchantLinkId, or it is refused.

        Args:
            timeout: limits for this call (``Timeouts``, or seconds for the whole call); default: the client's.
            retry: retry policy for this call; default: the client's.

        Raises:
            payermax_signing.ApiError: PayerMax refused the request (a subclass per ``code``).
            payermax_signing.TransportError: no answer came back (``TimedOutError``, ``ConnectionFailedError``
                or ``OutcomeUnknownError``).
            payermax_signing.SignatureError: the answer is not signed by PayerMax, or not about this request
                (``MismatchedAnswerError``).
            payermax_signing.SpecViolationError: the answer breaks the spec; names the member.
        """

        body = build_request(ExpirePaybylinkRequest, request, fields)
        data = await self._caller.call(
            _expire_paybylink.OPERATION, _expire_paybylink._get_kwargs(body=body), timeout=timeout, retry=retry
        )
        return parse_data(ExpirePaybylinkResult.from_dict, data)


class AsyncDisputes:
    """Look up chargebacks and disputes and answer them."""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    @overload
    async def case_search(
        self,
        request: CaseSearchRequest,
        /,
        *,
        timeout: Timeouts | float | None = None,
        retry: RetryPolicy | None = None,
    ) -> CaseSearchResult: ...

    @overload
    async def case_search(
        self,
        *,
        case_id: str,
        timeout: Timeouts | float | None = None,
        retry: RetryPolicy | None = None,
    ) -> CaseSearchResult: ...

    async def case_search(  # `request` is positional-only in the overloads
        self,
        request: CaseSearchRequest | None = None,
        *,
        timeout: Timeouts | float | None = None,
        retry: RetryPolicy | None = None,
        **fields: Any,
    ) -> CaseSearchResult:
        """Look up a dispute case

        Returns the current state of one chargeback or dispute case, named by PayerMax's case number
        `caseId` (sent in the dispute notification and in PayerMax's inquiry e-mail). Use it to follow a case
        after an inquiry, after the merchant replied with `caseReplay`, or when a notification was missed.
        `status` says where the case stands; `caseResult` says who won once the issuer decided.

        Pass a ``CaseSearchRequest``, or its fields as keywords. Returns the ``data`` of the successful
        answer.
        Safe to repeat: retried on timeouts, lost connections and transient refusals (see ``RetryPolicy``).
        The answer must repeat the request's caseId, or it is refused.

        Args:
            timeout: limits for this call (``Timeouts``, or seconds for the whole call); default: the client's.
            retry: retry policy for this call; default: the client's.

        Raises:
            payermax_signing.ApiError: PayerMax refused the request (a subclass per ``code``).
            payermax_signing.TransportError: no answer came back (``TimedOutError``, ``ConnectionFailedError``
                or ``OutcomeUnknownError``).
            payermax_signing.SignatureError: the answer is not signed by PayerMax, or not about this request
                (``MismatchedAnswerError``).
            payermax_signing.SpecViolationError: the answer breaks the spec; names the member.
        """

        body = build_request(CaseSearchRequest, request, fields)
        data = await self._caller.call(
            _case_search.OPERATION, _case_search._get_kwargs(body=body), timeout=timeout, retry=retry
        )
        return parse_data(CaseSearchResult.from_dict, data)

    @overload
    async def case_replay(
        self,
        request: CaseReplayRequest,
        /,
        *,
        timeout: Timeouts | float | None = None,
        retry: RetryPolicy | None = None,
    ) -> CaseReplayResult: ...

    @overload
    async def case_replay(
        self,
        *,
        out_user_id: str,
        response_content: str,
        case_id: str | Unset = UNSET,
        batch_id: str | Unset = UNSET,
        representment_file: list[str] | Unset = UNSET,
        timeout: Timeouts | float | None = None,
        retry: RetryPolicy | None = None,
    ) -> CaseReplayResult: ...

    async def case_replay(  # `request` is positional-only in the overloads
        self,
        request: CaseReplayRequest | None = None,
        *,
        timeout: Timeouts | float | None = None,
        retry: RetryPolicy | None = None,
        **fields: Any,
    ) -> CaseReplayResult:
        """Answer a dispute case with evidence

        The merchant's reply to a retrieval request or chargeback: a short statement and links to the
        evidence files, before the case's `expirationDate`. Reply to one case by giving `caseId` (and no
        `batchId`), or to a whole batch of cases by giving `batchId` (and no `caseId`). The path is spelled
        `caseReplay` by PayerMax (not "caseReply"). The answer lists which case numbers were taken and
        which were refused.

        Pass a ``CaseReplayRequest``, or its fields as keywords. Returns the ``data`` of the successful
        answer.
        Not safe to repeat: retried only when the request never left or PayerMax refused it unprocessed
        (``TOO_MANY_REQUEST``). When it may have been carried out without a trustworthy answer, raises
        ``OutcomeUnknownError``.

        Args:
            timeout: limits for this call (``Timeouts``, or seconds for the whole call); default: the client's.
            retry: retry policy for this call; default: the client's.

        Raises:
            payermax_signing.ApiError: PayerMax refused the request (a subclass per ``code``).
            payermax_signing.TransportError: no answer came back (``TimedOutError``, ``ConnectionFailedError``
                or ``OutcomeUnknownError``).
            payermax_signing.SignatureError: the answer is not signed by PayerMax, or not about this request
                (``MismatchedAnswerError``).
            payermax_signing.SpecViolationError: the answer breaks the spec; names the member.
        """

        body = build_request(CaseReplayRequest, request, fields)
        data = await self._caller.call(
            _case_replay.OPERATION, _case_replay._get_kwargs(body=body), timeout=timeout, retry=retry
        )
        return parse_data(CaseReplayResult.from_dict, data)


class AsyncPayouts:
    """Pay out to bank accounts and wallets, validate payee details, query payouts."""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    @overload
    async def payment_field_validation(
        self,
        request: PaymentFieldValidationRequest,
        /,
        *,
        timeout: Timeouts | float | None = None,
        retry: RetryPolicy | None = None,
    ) -> PaymentFieldValidationResult: ...

    @overload
    async def payment_field_validation(
        self,
        *,
        country: str,
        payee_info: PayoutPayeeToValidate,
        charge_option: str | Unset = UNSET,
        clearing_rail: PaymentFieldValidationRequestClearingRail | Unset = UNSET,
        source_account: str | Unset = UNSET,
        destination_currency: str | Unset = UNSET,
        payer_info: PayoutPayer | Unset = UNSET,
        expiry_days: str | Unset = UNSET,
        remark: str | Unset = UNSET,
        notify_email: str | Unset = UNSET,
        notify_phone: str | Unset = UNSET,
        purpose: PayoutPurpose | Unset = UNSET,
        timeout: Timeouts | float | None = None,
        retry: RetryPolicy | None = None,
    ) -> PaymentFieldValidationResult: ...

    async def payment_field_validation(  # `request` is positional-only in the overloads
        self,
        request: PaymentFieldValidationRequest | None = None,
        *,
        timeout: Timeouts | float | None = None,
        retry: RetryPolicy | None = None,
        **fields: Any,
    ) -> PaymentFieldValidationResult:
        """Check payee details before paying out

        Checks the format of the payee details the merchant collected (account number, names, identity
        document, bank, address...) against PayerMax's current rules for the country and payment method:
        lengths, patterns, check-digit algorithms, allowed values. Call it from the page where the user
        enters their payout details and show the failed fields to the user. It is a static check only:
        passing it makes a failed payout much less likely but does not guarantee success, and no money
        moves. Do not cache the rules on the merchant side; they change with the payment methods.
        `validationCode` is `PASS` when no field failed, `PARAMS_INVALID` otherwise.

        Pass a ``PaymentFieldValidationRequest``, or its fields as keywords. Returns the ``data`` of the successful
        answer.
        Safe to repeat: retried on timeouts, lost connections and transient refusals (see ``RetryPolicy``).

        Args:
            timeout: limits for this call (``Timeouts``, or seconds for the whole call); default: the client's.
            retry: retry policy for this call; default: the client's.

        Raises:
            payermax_signing.ApiError: PayerMax refused the request (a subclass per ``code``).
            payermax_signing.TransportError: no answer came back (``TimedOutError``, ``ConnectionFailedError``
                or ``OutcomeUnknownError``).
            payermax_signing.SignatureError: the answer is not signed by PayerMax, or not about this request
                (``MismatchedAnswerError``).
            payermax_signing.SpecViolationError: the answer breaks the spec; names the member.
        """

        body = build_request(PaymentFieldValidationRequest, request, fields)
        data = await self._caller.call(
            _payment_field_validation.OPERATION,
            _payment_field_validation._get_kwargs(body=body),
            timeout=timeout,
            retry=retry,
        )
        return parse_data(PaymentFieldValidationResult.from_dict, data)

    @overload
    async def payment_order_pay(
        self,
        request: PaymentOrderPayRequest,
        /,
        *,
        timeout: Timeouts | float | None = None,
        retry: RetryPolicy | None = None,
    ) -> PaymentOrderPayResult: ...

    @overload
    async def payment_order_pay(
        self,
        *,
        out_trade_no: str,
        country: str,
        trade: PayoutTrade,
        payee_info: PayoutPayee,
        charge_option: str | Unset = UNSET,
        clearing_rail: PaymentOrderPayRequestClearingRail | Unset = UNSET,
        user_id: str | Unset = UNSET,
        source_account: str | Unset = UNSET,
        destination_currency: str | Unset = UNSET,
        payer_info: PayoutPayer | Unset = UNSET,
        risk_params: PayoutRiskParams | Unset = UNSET,
        expiry_days: str | Unset = UNSET,
        remark: str | Unset = UNSET,
        reference: str | Unset = UNSET,
        notify_url: str | Unset = UNSET,
        notify_email: str | Unset = UNSET,
        notify_phone: str | Unset = UNSET,
        purpose: PayoutPurpose | Unset = UNSET,
        timeout: Timeouts | float | None = None,
        retry: RetryPolicy | None = None,
    ) -> PaymentOrderPayResult: ...

    async def payment_order_pay(  # `request` is positional-only in the overloads
        self,
        request: PaymentOrderPayRequest | None = None,
        *,
        timeout: Timeouts | float | None = None,
        retry: RetryPolicy | None = None,
        **fields: Any,
    ) -> PaymentOrderPayResult:
        """Pay out to a bank account, wallet, card or cash pick-up

        Sends money from the merchant's PayerMax balance to a payee. Which payee members are needed depends
        on the country and payment method (see PayerMax's payout application template); `paymentFieldValidation`
        checks them beforehand. `outTradeNo` must be unique: a repeated one is refused with `ORDER_REPEAT`.
        Payouts cannot be cancelled once accepted.

        How to read the answer, to avoid paying twice or not at all:
        `code` `APPLY_SUCCESS` with `status` `PENDING` means the order was accepted - wait for the `PAYOUT`
        notification or ask `paymentOrderQry`; `ORDER_REPEAT` means this `outTradeNo` was already used -
        look it up, do not pay again; any other refusal means nothing was created - fix the request and send
        it again with the same `outTradeNo` and a new `requestTime`.

        Pass a ``PaymentOrderPayRequest``, or its fields as keywords. Returns the ``data`` of the successful
        answer.
        Not safe to repeat: retried only when the request never left or PayerMax refused it unprocessed
        (``TOO_MANY_REQUEST``). When it may have been carried out without a trustworthy answer, raises
        ``OutcomeUnknownError``: call ``paymentOrderQry`` with outTradeNo to learn the outcome.
        The answer must repeat the request's outTradeNo, or it is refused.

        Args:
            timeout: limits for this call (``Timeouts``, or seconds for the whole call); default: the client's.
            retry: retry policy for this call; default: the client's.

        Raises:
            payermax_signing.ApiError: PayerMax refused the request (a subclass per ``code``).
            payermax_signing.TransportError: no answer came back (``TimedOutError``, ``ConnectionFailedError``
                or ``OutcomeUnknownError``).
            payermax_signing.SignatureError: the answer is not signed by PayerMax, or not about this request
                (``MismatchedAnswerError``).
            payermax_signing.SpecViolationError: the answer breaks the spec; names the member.
        """

        body = build_request(PaymentOrderPayRequest, request, fields)
        data = await self._caller.call(
            _payment_order_pay.OPERATION, _payment_order_pay._get_kwargs(body=body), timeout=timeout, retry=retry
        )
        return parse_data(PaymentOrderPayResult.from_dict, data)

    @overload
    async def payment_order_qry(
        self,
        request: PaymentOrderQryRequest,
        /,
        *,
        timeout: Timeouts | float | None = None,
        retry: RetryPolicy | None = None,
    ) -> PaymentOrderQryResult: ...

    @overload
    async def payment_order_qry(
        self,
        *,
        out_trade_no: str,
        timeout: Timeouts | float | None = None,
        retry: RetryPolicy | None = None,
    ) -> PaymentOrderQryResult: ...

    async def payment_order_qry(  # `request` is positional-only in the overloads
        self,
        request: PaymentOrderQryRequest | None = None,
        *,
        timeout: Timeouts | float | None = None,
        retry: RetryPolicy | None = None,
        **fields: Any,
    ) -> PaymentOrderQryResult:
        """Look up a payout

        Returns the current state of a payout named by the merchant's `outTradeNo`. With `code`
        `APPLY_SUCCESS`, `data.status` is the state of the payout (`subStatus` tells the progress while
        `PENDING`). `ORDER_NOT_EXIST` may be temporary: ask again after five minutes, at least twice, before
        concluding that the order was never created - then it may be placed again with the same
        `outTradeNo`. Use the notification for final states and this query for polling, missed notifications
        and reconciliation.

        Pass a ``PaymentOrderQryRequest``, or its fields as keywords. Returns the ``data`` of the successful
        answer.
        Safe to repeat: retried on timeouts, lost connections and transient refusals (see ``RetryPolicy``).
        The answer must repeat the request's outTradeNo, or it is refused.

        Args:
            timeout: limits for this call (``Timeouts``, or seconds for the whole call); default: the client's.
            retry: retry policy for this call; default: the client's.

        Raises:
            payermax_signing.ApiError: PayerMax refused the request (a subclass per ``code``).
            payermax_signing.TransportError: no answer came back (``TimedOutError``, ``ConnectionFailedError``
                or ``OutcomeUnknownError``).
            payermax_signing.SignatureError: the answer is not signed by PayerMax, or not about this request
                (``MismatchedAnswerError``).
            payermax_signing.SpecViolationError: the answer breaks the spec; names the member.
        """

        body = build_request(PaymentOrderQryRequest, request, fields)
        data = await self._caller.call(
            _payment_order_qry.OPERATION, _payment_order_qry._get_kwargs(body=body), timeout=timeout, retry=retry
        )
        return parse_data(PaymentOrderQryResult.from_dict, data)

    @overload
    async def payment_order_batch_qry(
        self,
        request: PaymentOrderBatchQryRequest,
        /,
        *,
        timeout: Timeouts | float | None = None,
        retry: RetryPolicy | None = None,
    ) -> PaymentOrderBatchQryResult: ...

    @overload
    async def payment_order_batch_qry(
        self,
        *,
        query_begin_time: str,
        query_end_time: str,
        page_size: int | Unset = UNSET,
        current_page_index: int | Unset = UNSET,
        status: PayoutStatus | Unset = UNSET,
        country: str | Unset = UNSET,
        timeout: Timeouts | float | None = None,
        retry: RetryPolicy | None = None,
    ) -> PaymentOrderBatchQryResult: ...

    async def payment_order_batch_qry(  # `request` is positional-only in the overloads
        self,
        request: PaymentOrderBatchQryRequest | None = None,
        *,
        timeout: Timeouts | float | None = None,
        retry: RetryPolicy | None = None,
        **fields: Any,
    ) -> PaymentOrderBatchQryResult:
        """Page through the payouts of a time window

        Lists the payout orders created between `queryBeginTime` and `queryEndTime` (UTC, at most one day
        apart), page by page, optionally only those of one `status` or `country`. Meant for troubleshooting,
        daily reconciliation and exports, not for following a single payout (use `paymentOrderQry`).
        Unlike the other operations, `merchantNo` is mandatory in the envelope. The answer's shape is not
        published: each row is modelled on the `paymentOrderQry` result.

        Pass a ``PaymentOrderBatchQryRequest``, or its fields as keywords. Returns the ``data`` of the successful
        answer.
        Safe to repeat: retried on timeouts, lost connections and transient refusals (see ``RetryPolicy``).

        Args:
            timeout: limits for this call (``Timeouts``, or seconds for the whole call); default: the client's.
            retry: retry policy for this call; default: the client's.

        Raises:
            payermax_signing.ApiError: PayerMax refused the request (a subclass per ``code``).
            payermax_signing.TransportError: no answer came back (``TimedOutError``, ``ConnectionFailedError``
                or ``OutcomeUnknownError``).
            payermax_signing.SignatureError: the answer is not signed by PayerMax, or not about this request
                (``MismatchedAnswerError``).
            payermax_signing.SpecViolationError: the answer breaks the spec; names the member.
        """

        body = build_request(PaymentOrderBatchQryRequest, request, fields)
        data = await self._caller.call(
            _payment_order_batch_qry.OPERATION,
            _payment_order_batch_qry._get_kwargs(body=body),
            timeout=timeout,
            retry=retry,
        )
        return parse_data(PaymentOrderBatchQryResult.from_dict, data)


class AsyncBalances:
    """Real-time and day-end balances of the merchant's accounts."""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    @overload
    async def current_balance_query(
        self,
        request: CurrentBalanceQueryRequest,
        /,
        *,
        timeout: Timeouts | float | None = None,
        retry: RetryPolicy | None = None,
    ) -> CurrentBalanceQueryResult: ...

    @overload
    async def current_balance_query(
        self,
        *,
        plain_sign: bool | Unset = UNSET,
        account_type: list[BalanceAccountType] | Unset = UNSET,
        account_currency: list[str] | Unset = UNSET,
        timeout: Timeouts | float | None = None,
        retry: RetryPolicy | None = None,
    ) -> CurrentBalanceQueryResult: ...

    async def current_balance_query(  # `request` is positional-only in the overloads
        self,
        request: CurrentBalanceQueryRequest | None = None,
        *,
        timeout: Timeouts | float | None = None,
        retry: RetryPolicy | None = None,
        **fields: Any,
    ) -> CurrentBalanceQueryResult:
        """Current balances of the merchant's accounts

        Returns the balance of each of the merchant's accounts at the time of the request, one row per account
        type and currency. Without filters every non-zero account is returned; `accountType` and
        `accountCurrency` narrow the list, and `plainSign: true` also returns accounts whose balance is zero.
        Balances are signed: an account may be negative.

        Pass a ``CurrentBalanceQueryRequest``, or its fields as keywords. Returns the ``data`` of the successful
        answer.
        Safe to repeat: retried on timeouts, lost connections and transient refusals (see ``RetryPolicy``).

        Args:
            timeout: limits for this call (``Timeouts``, or seconds for the whole call); default: the client's.
            retry: retry policy for this call; default: the client's.

        Raises:
            payermax_signing.ApiError: PayerMax refused the request (a subclass per ``code``).
            payermax_signing.TransportError: no answer came back (``TimedOutError``, ``ConnectionFailedError``
                or ``OutcomeUnknownError``).
            payermax_signing.SignatureError: the answer is not signed by PayerMax, or not about this request
                (``MismatchedAnswerError``).
            payermax_signing.SpecViolationError: the answer breaks the spec; names the member.
        """

        body = build_request(CurrentBalanceQueryRequest, request, fields)
        data = await self._caller.call(
            _current_balance_query.OPERATION,
            _current_balance_query._get_kwargs(body=body),
            timeout=timeout,
            retry=retry,
        )
        return parse_data(CurrentBalanceQueryResult.from_dict, data)

    @overload
    async def day_end_balance_query(
        self,
        request: DayEndBalanceQueryRequest,
        /,
        *,
        timeout: Timeouts | float | None = None,
        retry: RetryPolicy | None = None,
    ) -> DayEndBalanceQueryResult: ...

    @overload
    async def day_end_balance_query(
        self,
        *,
        inquiry_date: str,
        timezone: str,
        account_currency: str | Unset = UNSET,
        account_type: list[DayEndBalanceQueryRequestAccountTypeItem] | Unset = UNSET,
        timeout: Timeouts | float | None = None,
        retry: RetryPolicy | None = None,
    ) -> DayEndBalanceQueryResult: ...

    async def day_end_balance_query(  # `request` is positional-only in the overloads
        self,
        request: DayEndBalanceQueryRequest | None = None,
        *,
        timeout: Timeouts | float | None = None,
        retry: RetryPolicy | None = None,
        **fields: Any,
    ) -> DayEndBalanceQueryResult:
        """Day-end balances of the merchant's accounts

        Returns, for one day of the last 90 days and one time zone (`UTC` or `CST`, i.e. UTC+8), the opening
        balance, the money that came in and went out, and the closing balance of each account
        (`endBalance = initalBalance + inflowAmount - outflowAmount`). Without filters every account type and
        currency is returned.

        Pass a ``DayEndBalanceQueryRequest``, or its fields as keywords. Returns the ``data`` of the successful
        answer.
        Safe to repeat: retried on timeouts, lost connections and transient refusals (see ``RetryPolicy``).

        Args:
            timeout: limits for this call (``Timeouts``, or seconds for the whole call); default: the client's.
            retry: retry policy for this call; default: the client's.

        Raises:
            payermax_signing.ApiError: PayerMax refused the request (a subclass per ``code``).
            payermax_signing.TransportError: no answer came back (``TimedOutError``, ``ConnectionFailedError``
                or ``OutcomeUnknownError``).
            payermax_signing.SignatureError: the answer is not signed by PayerMax, or not about this request
                (``MismatchedAnswerError``).
            payermax_signing.SpecViolationError: the answer breaks the spec; names the member.
        """

        body = build_request(DayEndBalanceQueryRequest, request, fields)
        data = await self._caller.call(
            _day_end_balance_query.OPERATION,
            _day_end_balance_query._get_kwargs(body=body),
            timeout=timeout,
            retry=retry,
        )
        return parse_data(DayEndBalanceQueryResult.from_dict, data)


class AsyncPaymentMethods:
    """Which payment methods the merchant can use, with their limits."""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    @overload
    async def consult_payment_method(
        self,
        request: ConsultPaymentMethodRequest,
        /,
        *,
        timeout: Timeouts | float | None = None,
        retry: RetryPolicy | None = None,
    ) -> ConsultPaymentMethodResult: ...

    @overload
    async def consult_payment_method(
        self,
        *,
        country: str | Unset = UNSET,
        currency: str | Unset = UNSET,
        payment_method_type: str | Unset = UNSET,
        timeout: Timeouts | float | None = None,
        retry: RetryPolicy | None = None,
    ) -> ConsultPaymentMethodResult: ...

    async def consult_payment_method(  # `request` is positional-only in the overloads
        self,
        request: ConsultPaymentMethodRequest | None = None,
        *,
        timeout: Timeouts | float | None = None,
        retry: RetryPolicy | None = None,
        **fields: Any,
    ) -> ConsultPaymentMethodResult:
        """List the payment methods currently available to the merchant

        Returns the payment methods the merchant can currently use - each with its payment method type and
        institution, currency, country, when it was activated, whether it is available, and the amount range
        it accepts. `country`, `currency` and `paymentMethodType` narrow the list.

        **Inferred.** PayerMax lists this operation in its API overview but publishes neither its fields nor a
        version; every member here is modelled on that one-line description, and `x-payermax-version` 1.0 is
        a placeholder. Check the real answer before relying on a member.

        Pass a ``ConsultPaymentMethodRequest``, or its fields as keywords. Returns the ``data`` of the successful
        answer.
        Safe to repeat: retried on timeouts, lost connections and transient refusals (see ``RetryPolicy``).

        Args:
            timeout: limits for this call (``Timeouts``, or seconds for the whole call); default: the client's.
            retry: retry policy for this call; default: the client's.

        Raises:
            payermax_signing.ApiError: PayerMax refused the request (a subclass per ``code``).
            payermax_signing.TransportError: no answer came back (``TimedOutError``, ``ConnectionFailedError``
                or ``OutcomeUnknownError``).
            payermax_signing.SignatureError: the answer is not signed by PayerMax, or not about this request
                (``MismatchedAnswerError``).
            payermax_signing.SpecViolationError: the answer breaks the spec; names the member.
        """

        body = build_request(ConsultPaymentMethodRequest, request, fields)
        data = await self._caller.call(
            _consult_payment_method.OPERATION,
            _consult_payment_method._get_kwargs(body=body),
            timeout=timeout,
            retry=retry,
        )
        return parse_data(ConsultPaymentMethodResult.from_dict, data)


__all__ = [
    "AsyncCollection",
    "AsyncTokenization",
    "AsyncPayByLink",
    "AsyncDisputes",
    "AsyncPayouts",
    "AsyncBalances",
    "AsyncPaymentMethods",
]
