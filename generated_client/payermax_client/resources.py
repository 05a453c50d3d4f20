"""The operations of PayerMax grouped as the spec's tags group them (synchronous).

Generated from spec/openapi.yaml by ``make generate``; reach them through ``PayerMax``
(``payermax.collection.order_query(...)``) rather than building them yourself.
"""

from decimal import Decimal
from typing import Any, overload

from payermax_signing.caller import Caller
from payermax_signing.parsing import build_request, parse_data, parse_value
from payermax_signing.retry import RetryPolicy
from payermax_signing.timeouts import Timeouts

from .api.auth_capture import cancel as _cancel
from .api.auth_capture import capture as _capture
from .api.balances import current_balance_query as _current_balance_query
from .api.balances import day_end_balance_query as _day_end_balance_query
from .api.bill_payment import order_confirm as _order_confirm
from .api.collection import apply_ddc as _apply_ddc
from .api.collection import confirm_payment as _confirm_payment
from .api.collection import order_and_pay as _order_and_pay
from .api.collection import order_query as _order_query
from .api.collection import refund as _refund
from .api.collection import refund_query as _refund_query
from .api.disputes import case_replay as _case_replay
from .api.disputes import case_search as _case_search
from .api.dropin import apply_dropin_session as _apply_dropin_session
from .api.fx import exchange as _exchange
from .api.fx import exchange_query as _exchange_query
from .api.fx import query_client_exchange_rate as _query_client_exchange_rate
from .api.fx import quote_query as _quote_query
from .api.pay_by_link import create_paybylink as _create_paybylink
from .api.pay_by_link import expire_paybylink as _expire_paybylink
from .api.pay_by_link import query_paybylink as _query_paybylink
from .api.payment_methods import consult_payment_method as _consult_payment_method
from .api.payouts import payment_field_validation as _payment_field_validation
from .api.payouts import payment_order_batch_qry as _payment_order_batch_qry
from .api.payouts import payment_order_pay as _payment_order_pay
from .api.payouts import payment_order_qry as _payment_order_qry
from .api.rfi import put_rfi_material_list as _put_rfi_material_list
from .api.risk import add_or_del_risk_name_list as _add_or_del_risk_name_list
from .api.subscriptions import subscription_cancel as _subscription_cancel
from .api.subscriptions import subscription_create as _subscription_create
from .api.subscriptions import subscription_query as _subscription_query
from .api.tokenization import apply_payment_token as _apply_payment_token
from .api.tokenization import inquire_apply_request as _inquire_apply_request
from .api.tokenization import inquire_payment_token as _inquire_payment_token
from .api.tokenization import remove_payment_token as _remove_payment_token
from .models.add_or_del_risk_name_list_request import AddOrDelRiskNameListRequest
from .models.add_or_del_risk_name_list_request_name_type import (
    AddOrDelRiskNameListRequestNameType,
)
from .models.add_or_del_risk_name_list_request_operate_type import (
    AddOrDelRiskNameListRequestOperateType,
)
from .models.add_or_del_risk_name_list_result import AddOrDelRiskNameListResult
from .models.apply_ddc_request import ApplyDDCRequest
from .models.apply_ddc_request_payment_method_type import (
    ApplyDDCRequestPaymentMethodType,
)
from .models.apply_ddc_result import ApplyDDCResult
from .models.apply_dropin_session_request import ApplyDropinSessionRequest
from .models.apply_dropin_session_result import ApplyDropinSessionResult
from .models.apply_payment_token_request import ApplyPaymentTokenRequest
from .models.apply_payment_token_request_payment_method_type import (
    ApplyPaymentTokenRequestPaymentMethodType,
)
from .models.apply_payment_token_request_token_scope import (
    ApplyPaymentTokenRequestTokenScope,
)
from .models.apply_payment_token_result import ApplyPaymentTokenResult
from .models.authorization_type import AuthorizationType
from .models.balance_account_type import BalanceAccountType
from .models.bill_payment_confirmation import BillPaymentConfirmation
from .models.cancel_request import CancelRequest
from .models.cancel_result import CancelResult
from .models.capture_mode import CaptureMode
from .models.capture_request import CaptureRequest
from .models.capture_result import CaptureResult
from .models.case_replay_request import CaseReplayRequest
from .models.case_replay_result import CaseReplayResult
from .models.case_search_request import CaseSearchRequest
from .models.case_search_result import CaseSearchResult
from .models.client_exchange_currency_pair import ClientExchangeCurrencyPair
from .models.client_exchange_product import ClientExchangeProduct
from .models.confirm_payment_detail import ConfirmPaymentDetail
from .models.confirm_payment_request import ConfirmPaymentRequest
from .models.confirm_payment_result import ConfirmPaymentResult
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
from .models.dropin_component import DropinComponent
from .models.env_info import EnvInfo
from .models.exchange_query_request import ExchangeQueryRequest
from .models.exchange_request import ExchangeRequest
from .models.exchange_result import ExchangeResult
from .models.expire_paybylink_request import ExpirePaybylinkRequest
from .models.expire_paybylink_result import ExpirePaybylinkResult
from .models.fx_quote_price_type import FxQuotePriceType
from .models.fx_side import FxSide
from .models.hosted_checkout_order_request import HostedCheckoutOrderRequest
from .models.inquire_apply_request_request import InquireApplyRequestRequest
from .models.inquire_apply_request_request_token_scope import (
    InquireApplyRequestRequestTokenScope,
)
from .models.inquire_payment_token_request import InquirePaymentTokenRequest
from .models.inquire_payment_token_request_token_scope import (
    InquirePaymentTokenRequestTokenScope,
)
from .models.inquire_payment_token_result import InquirePaymentTokenResult
from .models.mit_type import MitType
from .models.order_and_pay_result import OrderAndPayResult
from .models.order_confirm_request import OrderConfirmRequest
from .models.order_confirm_result import OrderConfirmResult
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
from .models.put_rfi_material_list_request import PutRfiMaterialListRequest
from .models.query_client_exchange_rate_request import QueryClientExchangeRateRequest
from .models.query_client_exchange_rate_result import QueryClientExchangeRateResult
from .models.query_paybylink_request import QueryPaybylinkRequest
from .models.query_paybylink_result import QueryPaybylinkResult
from .models.quote_query_request import QuoteQueryRequest
from .models.quote_query_result import QuoteQueryResult
from .models.refund_query_request import RefundQueryRequest
from .models.refund_query_result import RefundQueryResult
from .models.refund_request import RefundRequest
from .models.refund_result import RefundResult
from .models.remove_payment_token_request import RemovePaymentTokenRequest
from .models.remove_payment_token_result import RemovePaymentTokenResult
from .models.rfi_material import RfiMaterial
from .models.risk_list_entry import RiskListEntry
from .models.risk_params import RiskParams
from .models.subscription_cancel_request import SubscriptionCancelRequest
from .models.subscription_cancel_result import SubscriptionCancelResult
from .models.subscription_create_request import SubscriptionCreateRequest
from .models.subscription_create_result import SubscriptionCreateResult
from .models.subscription_plan_terms import SubscriptionPlanTerms
from .models.subscription_query_request import SubscriptionQueryRequest
from .models.subscription_query_result import SubscriptionQueryResult
from .types import UNSET, Unset


class Collection:
    """Take payments through the hosted cashier or directly by API, query them, refund them."""

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def order_and_pay(
        self,
        request: DirectPaymentOrderRequest | HostedCheckoutOrderRequest,
        /,
        *,
        timeout: Timeouts | float | None = None,
        retry: RetryPolicy | None = None,
    ) -> OrderAndPayResult:
        """Create a payment order (hosted cashier, direct API or Drop-in), or an authorisation

        Places a payment order. `data.integrate` picks the integration:

        - `Hosted_Checkout`: PayerMax's hosted cashier collects the payer's details. The answer is `PENDING`
          with a `redirectUrl` to send the payer to.
        - `Direct_Payment`: the merchant collected the payment details on its own pages and sends them
          (card data only by PCI-DSS certified merchants; a `paymentTokenID` instead of card data for a stored
          card). The answer may already be final (`SUCCESS`), or `PENDING` with a `redirectUrl` when the payer
          must authenticate (3-D Secure, wallet login) or pay elsewhere.
        - Drop-in: also `Direct_Payment`, with `paymentDetail` holding the one-time `paymentToken` that
          PayerMax's browser component produced and the `sessionKey` of the session it was opened with
          (`applyDropinSession`).

        With `captureMode` `MANUAL` (any of the three) the order is a pre-authorisation: a successful payment
        only holds the money, which `capture` then takes or `cancel` releases; its result is the
        authorisation notification instead of the payment notification. With
        `subscriptionPlan.subscriptionNo` the order is the first payment that activates a subscription made
        with `subscriptionCreate`.

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
        data = self._caller.call(
            _order_and_pay.OPERATION, _order_and_pay._get_kwargs(body=body), timeout=timeout, retry=retry
        )
        return parse_data(OrderAndPayResult.from_dict, data)

    @overload
    def order_query(
        self,
        request: OrderQueryRequest,
        /,
        *,
        timeout: Timeouts | float | None = None,
        retry: RetryPolicy | None = None,
    ) -> OrderQueryResult: ...

    @overload
    def order_query(
        self,
        *,
        out_trade_no: str,
        timeout: Timeouts | float | None = None,
        retry: RetryPolicy | None = None,
    ) -> OrderQueryResult: ...

    def order_query(  # `request` is positional-only in the overloads
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
        data = self._caller.call(
            _order_query.OPERATION, _order_query._get_kwargs(body=body), timeout=timeout, retry=retry
        )
        return parse_data(OrderQueryResult.from_dict, data)

    @overload
    def refund(
        self,
        request: RefundRequest,
        /,
        *,
        timeout: Timeouts | float | None = None,
        retry: RetryPolicy | None = None,
    ) -> RefundResult: ...

    @overload
    def refund(
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

    def refund(  # `request` is positional-only in the overloads
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
        data = self._caller.call(_refund.OPERATION, _refund._get_kwargs(body=body), timeout=timeout, retry=retry)
        return parse_data(RefundResult.from_dict, data)

    @overload
    def refund_query(
        self,
        request: RefundQueryRequest,
        /,
        *,
        timeout: Timeouts | float | None = None,
        retry: RetryPolicy | None = None,
    ) -> RefundQueryResult: ...

    @overload
    def refund_query(
        self,
        *,
        out_refund_no: str | Unset = UNSET,
        refund_trade_no: str | Unset = UNSET,
        timeout: Timeouts | float | None = None,
        retry: RetryPolicy | None = None,
    ) -> RefundQueryResult: ...

    def refund_query(  # `request` is positional-only in the overloads
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
        data = self._caller.call(
            _refund_query.OPERATION, _refund_query._get_kwargs(body=body), timeout=timeout, retry=retry
        )
        return parse_data(RefundQueryResult.from_dict, data)

    @overload
    def apply_ddc(
        self,
        request: ApplyDDCRequest,
        /,
        *,
        timeout: Timeouts | float | None = None,
        retry: RetryPolicy | None = None,
    ) -> ApplyDDCResult: ...

    @overload
    def apply_ddc(
        self,
        *,
        payment_method_type: ApplyDDCRequestPaymentMethodType,
        payment_amount: Decimal,
        payment_currency: str,
        user_id: str,
        card_identifier_no: str | Unset = UNSET,
        payment_token_id: str | Unset = UNSET,
        timeout: Timeouts | float | None = None,
        retry: RetryPolicy | None = None,
    ) -> ApplyDDCResult: ...

    def apply_ddc(  # `request` is positional-only in the overloads
        self,
        request: ApplyDDCRequest | None = None,
        *,
        timeout: Timeouts | float | None = None,
        retry: RetryPolicy | None = None,
        **fields: Any,
    ) -> ApplyDDCResult:
        """Start 3-D Secure device data collection for a direct-API card payment

        For merchants that collect card details themselves (`Direct_Payment`): called silently while the payer
        types the card number, so that the device data 3-D Secure needs is collected before the order is
        placed. Give the card number (`cardIdentifierNo`, also a Google Pay card number) or a stored card's
        `paymentTokenID`. When collection is needed the answer carries a `ddcUrl`, which the payer's browser
        loads in a hidden iframe, and a `ddcSessionId` to send with the order; when it is not, the answer is
        `APPLY_SUCCESS` without `data` and the order is placed as usual. `PAYMENT_METHOD_NOT_EXIST` means no
        channel serves the method.

        Pass a ``ApplyDDCRequest``, or its fields as keywords. Returns the ``data`` of the successful
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

        body = build_request(ApplyDDCRequest, request, fields)
        data = self._caller.call(_apply_ddc.OPERATION, _apply_ddc._get_kwargs(body=body), timeout=timeout, retry=retry)
        return parse_data(ApplyDDCResult.from_dict, data)

    @overload
    def confirm_payment(
        self,
        request: ConfirmPaymentRequest,
        /,
        *,
        timeout: Timeouts | float | None = None,
        retry: RetryPolicy | None = None,
    ) -> ConfirmPaymentResult: ...

    @overload
    def confirm_payment(
        self,
        *,
        out_trade_no: str,
        payment_detail: ConfirmPaymentDetail,
        trade_token: str | Unset = UNSET,
        timeout: Timeouts | float | None = None,
        retry: RetryPolicy | None = None,
    ) -> ConfirmPaymentResult: ...

    def confirm_payment(  # `request` is positional-only in the overloads
        self,
        request: ConfirmPaymentRequest | None = None,
        *,
        timeout: Timeouts | float | None = None,
        retry: RetryPolicy | None = None,
        **fields: Any,
    ) -> ConfirmPaymentResult:
        """Confirm a pending payment with the payer's one-time code

        Some payment methods (for example STC Pay in Saudi Arabia) send the payer a one-time code after
        `orderAndPay` and keep the order `PENDING` until the merchant passes that code on. Name the order by
        `outTradeNo` (and `tradeToken` when known). The payment's result then comes as the payment
        notification, or through `orderQuery`.

        Pass a ``ConfirmPaymentRequest``, or its fields as keywords. Returns the ``data`` of the successful
        answer.
        Not safe to repeat: retried only when the request never left or PayerMax refused it unprocessed
        (``TOO_MANY_REQUEST``). When it may have been carried out without a trustworthy answer, raises
        ``OutcomeUnknownError``: call ``orderQuery`` with outTradeNo, tradeToken to learn the outcome.
        The answer must repeat the request's outTradeNo, tradeToken, or it is refused.

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

        body = build_request(ConfirmPaymentRequest, request, fields)
        data = self._caller.call(
            _confirm_payment.OPERATION, _confirm_payment._get_kwargs(body=body), timeout=timeout, retry=retry
        )
        return parse_data(ConfirmPaymentResult.from_dict, data)


class AuthCapture:
    """Pre-authorisation - capture or cancel money held by an authorisation (orderAndPay with captureMode MANUAL)."""

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    @overload
    def capture(
        self,
        request: CaptureRequest,
        /,
        *,
        timeout: Timeouts | float | None = None,
        retry: RetryPolicy | None = None,
    ) -> CaptureResult: ...

    @overload
    def capture(
        self,
        *,
        request_id: str,
        out_trade_no: str,
        currency: str,
        amount: Decimal,
        final_capture: bool | Unset = UNSET,
        timeout: Timeouts | float | None = None,
        retry: RetryPolicy | None = None,
    ) -> CaptureResult: ...

    def capture(  # `request` is positional-only in the overloads
        self,
        request: CaptureRequest | None = None,
        *,
        timeout: Timeouts | float | None = None,
        retry: RetryPolicy | None = None,
        **fields: Any,
    ) -> CaptureResult:
        """Capture an authorised payment, in full or in part

        Takes money held by an authorisation: an order placed with `captureMode` `MANUAL` whose payment
        succeeded. One capture per authorisation; its `amount` may be less than the authorised amount (the
        rest of the hold is released) but never more, in the order's currency. The hold lapses 7 days after
        the authorisation if it was neither captured nor cancelled.

        `requestId` is the merchant's own number for this capture request. The answer may already be final
        or still `PENDING`; the final result also arrives as a `CAPTURE` notification, sent to the address
        configured in the Merchant Dashboard (a capture names no notification address of its own). Refunds
        of a captured payment use `refund`, up to the captured amount.

        Pass a ``CaptureRequest``, or its fields as keywords. Returns the ``data`` of the successful
        answer.
        Not safe to repeat: retried only when the request never left or PayerMax refused it unprocessed
        (``TOO_MANY_REQUEST``). When it may have been carried out without a trustworthy answer, raises
        ``OutcomeUnknownError``: call ``orderQuery`` with requestId, outTradeNo to learn the outcome.
        The answer must repeat the request's requestId, outTradeNo, or it is refused.

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

        body = build_request(CaptureRequest, request, fields)
        data = self._caller.call(_capture.OPERATION, _capture._get_kwargs(body=body), timeout=timeout, retry=retry)
        return parse_data(CaptureResult.from_dict, data)

    @overload
    def cancel(
        self,
        request: CancelRequest,
        /,
        *,
        timeout: Timeouts | float | None = None,
        retry: RetryPolicy | None = None,
    ) -> CancelResult: ...

    @overload
    def cancel(
        self,
        *,
        request_id: str,
        out_trade_no: str,
        timeout: Timeouts | float | None = None,
        retry: RetryPolicy | None = None,
    ) -> CancelResult: ...

    def cancel(  # `request` is positional-only in the overloads
        self,
        request: CancelRequest | None = None,
        *,
        timeout: Timeouts | float | None = None,
        retry: RetryPolicy | None = None,
        **fields: Any,
    ) -> CancelResult:
        """Cancel (void) an authorisation

        Releases the whole hold of an authorised order that was not captured; there is no partial cancel. A
        captured payment cannot be cancelled (refund it instead). `requestId` is the merchant's own number for
        this cancel request. The answer may be final or `PENDING`; the final result also arrives as a `CANCEL`
        notification at the address configured in the Merchant Dashboard.

        Pass a ``CancelRequest``, or its fields as keywords. Returns the ``data`` of the successful
        answer.
        Not safe to repeat: retried only when the request never left or PayerMax refused it unprocessed
        (``TOO_MANY_REQUEST``). When it may have been carried out without a trustworthy answer, raises
        ``OutcomeUnknownError``: call ``orderQuery`` with requestId, outTradeNo to learn the outcome.
        The answer must repeat the request's requestId, outTradeNo, or it is refused.

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

        body = build_request(CancelRequest, request, fields)
        data = self._caller.call(_cancel.OPERATION, _cancel._get_kwargs(body=body), timeout=timeout, retry=retry)
        return parse_data(CancelResult.from_dict, data)


class Dropin:
    """Sessions for PayerMax's Drop-in browser component (cards, Apple Pay, Google Pay in the merchant's page)."""

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    @overload
    def apply_dropin_session(
        self,
        request: ApplyDropinSessionRequest,
        /,
        *,
        timeout: Timeouts | float | None = None,
        retry: RetryPolicy | None = None,
    ) -> ApplyDropinSessionResult: ...

    @overload
    def apply_dropin_session(
        self,
        *,
        currency: str,
        country: str,
        user_id: str,
        total_amount: Decimal | Unset = UNSET,
        mit_type: MitType | Unset = UNSET,
        referral_code: str | Unset = UNSET,
        token_for_future_use: bool | Unset = UNSET,
        component_list: list[DropinComponent] | Unset = UNSET,
        capture_mode: CaptureMode | Unset = UNSET,
        authorization_type: AuthorizationType | Unset = UNSET,
        timeout: Timeouts | float | None = None,
        retry: RetryPolicy | None = None,
    ) -> ApplyDropinSessionResult: ...

    def apply_dropin_session(  # `request` is positional-only in the overloads
        self,
        request: ApplyDropinSessionRequest | None = None,
        *,
        timeout: Timeouts | float | None = None,
        retry: RetryPolicy | None = None,
        **fields: Any,
    ) -> ApplyDropinSessionResult:
        """Open a Drop-in session for PayerMax's browser payment component

        Called from the merchant's server before showing the checkout: returns the `clientKey` and
        `sessionKey` that initialise PayerMax's Drop-in component (card, Apple Pay and Google Pay fields
        hosted by PayerMax inside the merchant's page). One session serves every component of one checkout.
        The component then yields a one-time `paymentToken`, which the merchant sends with the `sessionKey`
        in `orderAndPay` (`integrate` `Direct_Payment`).

        `tokenForFutureUse` makes the component offer to store the card; `mitType` opens a session for a
        card that will be charged by the merchant later (then `totalAmount` may be `0`). With `captureMode`
        `MANUAL` the session is for a pre-authorisation (then `tokenForFutureUse` does not apply).

        Pass a ``ApplyDropinSessionRequest``, or its fields as keywords. Returns the ``data`` of the successful
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

        body = build_request(ApplyDropinSessionRequest, request, fields)
        data = self._caller.call(
            _apply_dropin_session.OPERATION, _apply_dropin_session._get_kwargs(body=body), timeout=timeout, retry=retry
        )
        return parse_data(ApplyDropinSessionResult.from_dict, data)


class Subscriptions:
    """Subscription plans that PayerMax charges period by period."""

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    @overload
    def subscription_create(
        self,
        request: SubscriptionCreateRequest,
        /,
        *,
        timeout: Timeouts | float | None = None,
        retry: RetryPolicy | None = None,
    ) -> SubscriptionCreateResult: ...

    @overload
    def subscription_create(
        self,
        *,
        subscription_request_id: str,
        user_id: str,
        callback_url: str,
        subscription_plan: SubscriptionPlanTerms,
        timeout: Timeouts | float | None = None,
        retry: RetryPolicy | None = None,
    ) -> SubscriptionCreateResult: ...

    def subscription_create(  # `request` is positional-only in the overloads
        self,
        request: SubscriptionCreateRequest | None = None,
        *,
        timeout: Timeouts | float | None = None,
        retry: RetryPolicy | None = None,
        **fields: Any,
    ) -> SubscriptionCreateResult:
        """Create a subscription plan that PayerMax charges period by period

        Creates a plan in state `INACTIVE` and returns its `subscriptionNo`. The plan is activated by a first
        payment: an `orderAndPay` with `subscriptionPlan.subscriptionNo`, the plan's `userId`, `subject` and
        currency, storing the card (`tokenForFutureUse` `true`, `mitType` `SCHEDULED`). It must come within 24
        hours, or the plan expires (`EXPIRED`). The first payment's amount is the period amount, or the trial
        amount (`trialConfig`, possibly 0) or the discounted amount (`trialPeriodConfig`) when the plan has one.

        Once `ACTIVE`, PayerMax charges every period itself (the bill of the next period is made a day before
        it starts, or `advanceDays` earlier), retries a failed period and reports each period's outcome, and
        every change of the plan's state, to `callbackUrl`. A plan may last at most three years.

        Pass a ``SubscriptionCreateRequest``, or its fields as keywords. Returns the ``data`` of the successful
        answer.
        Not safe to repeat: retried only when the request never left or PayerMax refused it unprocessed
        (``TOO_MANY_REQUEST``). When it may have been carried out without a trustworthy answer, raises
        ``OutcomeUnknownError``: call ``subscriptionQuery`` with subscriptionRequestId to learn the outcome.
        The answer must repeat the request's subscriptionRequestId, or it is refused.

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

        body = build_request(SubscriptionCreateRequest, request, fields)
        data = self._caller.call(
            _subscription_create.OPERATION, _subscription_create._get_kwargs(body=body), timeout=timeout, retry=retry
        )
        return parse_data(SubscriptionCreateResult.from_dict, data)

    @overload
    def subscription_query(
        self,
        request: SubscriptionQueryRequest,
        /,
        *,
        timeout: Timeouts | float | None = None,
        retry: RetryPolicy | None = None,
    ) -> SubscriptionQueryResult: ...

    @overload
    def subscription_query(
        self,
        *,
        subscription_request_id: str | Unset = UNSET,
        subscription_no: str | Unset = UNSET,
        timeout: Timeouts | float | None = None,
        retry: RetryPolicy | None = None,
    ) -> SubscriptionQueryResult: ...

    def subscription_query(  # `request` is positional-only in the overloads
        self,
        request: SubscriptionQueryRequest | None = None,
        *,
        timeout: Timeouts | float | None = None,
        retry: RetryPolicy | None = None,
        **fields: Any,
    ) -> SubscriptionQueryResult:
        """Look up a subscription plan and its periods

        Returns the plan's state and the payment of each period charged so far. Name the plan by
        `subscriptionNo` or by the merchant's `subscriptionRequestId` (at least one).

        Pass a ``SubscriptionQueryRequest``, or its fields as keywords. Returns the ``data`` of the successful
        answer.
        Safe to repeat: retried on timeouts, lost connections and transient refusals (see ``RetryPolicy``).
        The answer must repeat the request's subscriptionRequestId, subscriptionNo, or it is refused.

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

        body = build_request(SubscriptionQueryRequest, request, fields)
        data = self._caller.call(
            _subscription_query.OPERATION, _subscription_query._get_kwargs(body=body), timeout=timeout, retry=retry
        )
        return parse_data(SubscriptionQueryResult.from_dict, data)

    @overload
    def subscription_cancel(
        self,
        request: SubscriptionCancelRequest,
        /,
        *,
        timeout: Timeouts | float | None = None,
        retry: RetryPolicy | None = None,
    ) -> SubscriptionCancelResult: ...

    @overload
    def subscription_cancel(
        self,
        *,
        subscription_no: str,
        timeout: Timeouts | float | None = None,
        retry: RetryPolicy | None = None,
    ) -> SubscriptionCancelResult: ...

    def subscription_cancel(  # `request` is positional-only in the overloads
        self,
        request: SubscriptionCancelRequest | None = None,
        *,
        timeout: Timeouts | float | None = None,
        retry: RetryPolicy | None = None,
        **fields: Any,
    ) -> SubscriptionCancelResult:
        """Cancel a subscription plan

        Stops a plan: no further period is charged and the plan ends in state `CANCEL`. Refused while the
        activating payment is in progress or while a period's payment is `PENDING`.

        Pass a ``SubscriptionCancelRequest``, or its fields as keywords. Returns the ``data`` of the successful
        answer.
        Not safe to repeat: retried only when the request never left or PayerMax refused it unprocessed
        (``TOO_MANY_REQUEST``). When it may have been carried out without a trustworthy answer, raises
        ``OutcomeUnknownError``: call ``subscriptionQuery`` with subscriptionNo to learn the outcome.
        The answer must repeat the request's subscriptionNo, or it is refused.

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

        body = build_request(SubscriptionCancelRequest, request, fields)
        data = self._caller.call(
            _subscription_cancel.OPERATION, _subscription_cancel._get_kwargs(body=body), timeout=timeout, retry=retry
        )
        return parse_data(SubscriptionCancelResult.from_dict, data)


class Tokenization:
    """Store a payment method as a PaymentTokenID and manage stored tokens."""

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    @overload
    def apply_payment_token(
        self,
        request: ApplyPaymentTokenRequest,
        /,
        *,
        timeout: Timeouts | float | None = None,
        retry: RetryPolicy | None = None,
    ) -> ApplyPaymentTokenResult: ...

    @overload
    def apply_payment_token(
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

    def apply_payment_token(  # `request` is positional-only in the overloads
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
        data = self._caller.call(
            _apply_payment_token.OPERATION, _apply_payment_token._get_kwargs(body=body), timeout=timeout, retry=retry
        )
        return parse_data(ApplyPaymentTokenResult.from_dict, data)

    @overload
    def inquire_payment_token(
        self,
        request: InquirePaymentTokenRequest,
        /,
        *,
        timeout: Timeouts | float | None = None,
        retry: RetryPolicy | None = None,
    ) -> InquirePaymentTokenResult: ...

    @overload
    def inquire_payment_token(
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

    def inquire_payment_token(  # `request` is positional-only in the overloads
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
        data = self._caller.call(
            _inquire_payment_token.OPERATION,
            _inquire_payment_token._get_kwargs(body=body),
            timeout=timeout,
            retry=retry,
        )
        return parse_data(InquirePaymentTokenResult.from_dict, data)

    @overload
    def remove_payment_token(
        self,
        request: RemovePaymentTokenRequest,
        /,
        *,
        timeout: Timeouts | float | None = None,
        retry: RetryPolicy | None = None,
    ) -> RemovePaymentTokenResult: ...

    @overload
    def remove_payment_token(
        self,
        *,
        user_id: str,
        payment_token_id: str,
        remove_reason: str | Unset = UNSET,
        timeout: Timeouts | float | None = None,
        retry: RetryPolicy | None = None,
    ) -> RemovePaymentTokenResult: ...

    def remove_payment_token(  # `request` is positional-only in the overloads
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
        data = self._caller.call(
            _remove_payment_token.OPERATION, _remove_payment_token._get_kwargs(body=body), timeout=timeout, retry=retry
        )
        return parse_data(RemovePaymentTokenResult.from_dict, data)

    @overload
    def inquire_apply_request(
        self,
        request: InquireApplyRequestRequest,
        /,
        *,
        timeout: Timeouts | float | None = None,
        retry: RetryPolicy | None = None,
    ) -> ApplyPaymentTokenResult: ...

    @overload
    def inquire_apply_request(
        self,
        *,
        user_id: str,
        token_scope: InquireApplyRequestRequestTokenScope,
        request_id: str,
        timeout: Timeouts | float | None = None,
        retry: RetryPolicy | None = None,
    ) -> ApplyPaymentTokenResult: ...

    def inquire_apply_request(  # `request` is positional-only in the overloads
        self,
        request: InquireApplyRequestRequest | None = None,
        *,
        timeout: Timeouts | float | None = None,
        retry: RetryPolicy | None = None,
        **fields: Any,
    ) -> ApplyPaymentTokenResult:
        """Look up a token application

        Returns the state of an `applyPaymentToken` request, named by its `requestId` and the user: `PENDING`
        (with the page where the payer authenticates), `SUCCESS` (with the new `paymentTokenID`) or `FAILED`.
        The same outcome is also sent as the tokenization notification. The operation's name is spelled with
        a capital letter, unlike every other path.

        Pass a ``InquireApplyRequestRequest``, or its fields as keywords. Returns the ``data`` of the successful
        answer.
        Safe to repeat: retried on timeouts, lost connections and transient refusals (see ``RetryPolicy``).
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

        body = build_request(InquireApplyRequestRequest, request, fields)
        data = self._caller.call(
            _inquire_apply_request.OPERATION,
            _inquire_apply_request._get_kwargs(body=body),
            timeout=timeout,
            retry=retry,
        )
        return parse_data(ApplyPaymentTokenResult.from_dict, data)


class PayByLink:
    """Create, query and expire payment links."""

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    @overload
    def create_paybylink(
        self,
        request: CreatePaybylinkRequest,
        /,
        *,
        timeout: Timeouts | float | None = None,
        retry: RetryPolicy | None = None,
    ) -> CreatePaybylinkResult: ...

    @overload
    def create_paybylink(
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

    def create_paybylink(  # `request` is positional-only in the overloads
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
        data = self._caller.call(
            _create_paybylink.OPERATION, _create_paybylink._get_kwargs(body=body), timeout=timeout, retry=retry
        )
        return parse_data(CreatePaybylinkResult.from_dict, data)

    @overload
    def query_paybylink(
        self,
        request: QueryPaybylinkRequest,
        /,
        *,
        timeout: Timeouts | float | None = None,
        retry: RetryPolicy | None = None,
    ) -> QueryPaybylinkResult: ...

    @overload
    def query_paybylink(
        self,
        *,
        merchant_link_id: str,
        timeout: Timeouts | float | None = None,
        retry: RetryPolicy | None = None,
    ) -> QueryPaybylinkResult: ...

    def query_paybylink(  # `request` is positional-only in the overloads
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
        data = self._caller.call(
            _query_paybylink.OPERATION, _query_paybylink._get_kwargs(body=body), timeout=timeout, retry=retry
        )
        return parse_data(QueryPaybylinkResult.from_dict, data)

    @overload
    def expire_paybylink(
        self,
        request: ExpirePaybylinkRequest,
        /,
        *,
        timeout: Timeouts | float | None = None,
        retry: RetryPolicy | None = None,
    ) -> ExpirePaybylinkResult: ...

    @overload
    def expire_paybylink(
        self,
        *,
        merchant_link_id: str,
        timeout: Timeouts | float | None = None,
        retry: RetryPolicy | None = None,
    ) -> ExpirePaybylinkResult: ...

    def expire_paybylink(  # `request` is positional-only in the overloads
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
        data = self._caller.call(
            _expire_paybylink.OPERATION, _expire_paybylink._get_kwargs(body=body), timeout=timeout, retry=retry
        )
        return parse_data(ExpirePaybylinkResult.from_dict, data)


class Disputes:
    """Look up chargebacks and disputes and answer them."""

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    @overload
    def case_search(
        self,
        request: CaseSearchRequest,
        /,
        *,
        timeout: Timeouts | float | None = None,
        retry: RetryPolicy | None = None,
    ) -> CaseSearchResult: ...

    @overload
    def case_search(
        self,
        *,
        case_id: str,
        timeout: Timeouts | float | None = None,
        retry: RetryPolicy | None = None,
    ) -> CaseSearchResult: ...

    def case_search(  # `request` is positional-only in the overloads
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
        data = self._caller.call(
            _case_search.OPERATION, _case_search._get_kwargs(body=body), timeout=timeout, retry=retry
        )
        return parse_data(CaseSearchResult.from_dict, data)

    @overload
    def case_replay(
        self,
        request: CaseReplayRequest,
        /,
        *,
        timeout: Timeouts | float | None = None,
        retry: RetryPolicy | None = None,
    ) -> CaseReplayResult: ...

    @overload
    def case_replay(
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

    def case_replay(  # `request` is positional-only in the overloads
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
        data = self._caller.call(
            _case_replay.OPERATION, _case_replay._get_kwargs(body=body), timeout=timeout, retry=retry
        )
        return parse_data(CaseReplayResult.from_dict, data)


class Risk:
    """Fraud notifications and the merchant's block lists of cards, users, IP addresses and BINs."""

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    @overload
    def add_or_del_risk_name_list(
        self,
        request: AddOrDelRiskNameListRequest,
        /,
        *,
        timeout: Timeouts | float | None = None,
        retry: RetryPolicy | None = None,
    ) -> AddOrDelRiskNameListResult: ...

    @overload
    def add_or_del_risk_name_list(
        self,
        *,
        name_type: AddOrDelRiskNameListRequestNameType,
        remark: str,
        operate_type: AddOrDelRiskNameListRequestOperateType,
        request_id: str,
        name_list: list[RiskListEntry],
        timeout: Timeouts | float | None = None,
        retry: RetryPolicy | None = None,
    ) -> AddOrDelRiskNameListResult: ...

    def add_or_del_risk_name_list(  # `request` is positional-only in the overloads
        self,
        request: AddOrDelRiskNameListRequest | None = None,
        *,
        timeout: Timeouts | float | None = None,
        retry: RetryPolicy | None = None,
        **fields: Any,
    ) -> AddOrDelRiskNameListResult:
        """Add entries to the merchant's block lists, or remove them

        Adds (`ADD`) or removes (`DELETE`) up to 2000 entries of the merchant's block lists in one request;
        PayerMax's risk checks then refuse payments by a listed card, user, IP address, card BIN or BIN
        country. Adding an entry that exists replaces it (e.g. with a new duration). `requestId` must be new
        for every request.

        Unlike other operations, the envelope names the application `merchantAppId` (not `appId`); the
        signing plugin writes it so for this operation.

        Pass a ``AddOrDelRiskNameListRequest``, or its fields as keywords. Returns the ``data`` of the successful
        answer.
        Not safe to repeat: retried only when the request never left or PayerMax refused it unprocessed
        (``TOO_MANY_REQUEST``). When it may have been carried out without a trustworthy answer, raises
        ``OutcomeUnknownError``.
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

        body = build_request(AddOrDelRiskNameListRequest, request, fields)
        data = self._caller.call(
            _add_or_del_risk_name_list.OPERATION,
            _add_or_del_risk_name_list._get_kwargs(body=body),
            timeout=timeout,
            retry=retry,
        )
        return parse_data(AddOrDelRiskNameListResult.from_dict, data)


class Payouts:
    """Pay out to bank accounts and wallets, validate payee details, query payouts."""

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    @overload
    def payment_field_validation(
        self,
        request: PaymentFieldValidationRequest,
        /,
        *,
        timeout: Timeouts | float | None = None,
        retry: RetryPolicy | None = None,
    ) -> PaymentFieldValidationResult: ...

    @overload
    def payment_field_validation(
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

    def payment_field_validation(  # `request` is positional-only in the overloads
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
        data = self._caller.call(
            _payment_field_validation.OPERATION,
            _payment_field_validation._get_kwargs(body=body),
            timeout=timeout,
            retry=retry,
        )
        return parse_data(PaymentFieldValidationResult.from_dict, data)

    @overload
    def payment_order_pay(
        self,
        request: PaymentOrderPayRequest,
        /,
        *,
        timeout: Timeouts | float | None = None,
        retry: RetryPolicy | None = None,
    ) -> PaymentOrderPayResult: ...

    @overload
    def payment_order_pay(
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

    def payment_order_pay(  # `request` is positional-only in the overloads
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
        data = self._caller.call(
            _payment_order_pay.OPERATION, _payment_order_pay._get_kwargs(body=body), timeout=timeout, retry=retry
        )
        return parse_data(PaymentOrderPayResult.from_dict, data)

    @overload
    def payment_order_qry(
        self,
        request: PaymentOrderQryRequest,
        /,
        *,
        timeout: Timeouts | float | None = None,
        retry: RetryPolicy | None = None,
    ) -> PaymentOrderQryResult: ...

    @overload
    def payment_order_qry(
        self,
        *,
        out_trade_no: str,
        timeout: Timeouts | float | None = None,
        retry: RetryPolicy | None = None,
    ) -> PaymentOrderQryResult: ...

    def payment_order_qry(  # `request` is positional-only in the overloads
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
        data = self._caller.call(
            _payment_order_qry.OPERATION, _payment_order_qry._get_kwargs(body=body), timeout=timeout, retry=retry
        )
        return parse_data(PaymentOrderQryResult.from_dict, data)

    @overload
    def payment_order_batch_qry(
        self,
        request: PaymentOrderBatchQryRequest,
        /,
        *,
        timeout: Timeouts | float | None = None,
        retry: RetryPolicy | None = None,
    ) -> PaymentOrderBatchQryResult: ...

    @overload
    def payment_order_batch_qry(
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

    def payment_order_batch_qry(  # `request` is positional-only in the overloads
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
        data = self._caller.call(
            _payment_order_batch_qry.OPERATION,
            _payment_order_batch_qry._get_kwargs(body=body),
            timeout=timeout,
            retry=retry,
        )
        return parse_data(PaymentOrderBatchQryResult.from_dict, data)


class Balances:
    """Real-time and day-end balances of the merchant's accounts."""

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    @overload
    def current_balance_query(
        self,
        request: CurrentBalanceQueryRequest,
        /,
        *,
        timeout: Timeouts | float | None = None,
        retry: RetryPolicy | None = None,
    ) -> CurrentBalanceQueryResult: ...

    @overload
    def current_balance_query(
        self,
        *,
        plain_sign: bool | Unset = UNSET,
        account_type: list[BalanceAccountType] | Unset = UNSET,
        account_currency: list[str] | Unset = UNSET,
        timeout: Timeouts | float | None = None,
        retry: RetryPolicy | None = None,
    ) -> CurrentBalanceQueryResult: ...

    def current_balance_query(  # `request` is positional-only in the overloads
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
        data = self._caller.call(
            _current_balance_query.OPERATION,
            _current_balance_query._get_kwargs(body=body),
            timeout=timeout,
            retry=retry,
        )
        return parse_data(CurrentBalanceQueryResult.from_dict, data)

    @overload
    def day_end_balance_query(
        self,
        request: DayEndBalanceQueryRequest,
        /,
        *,
        timeout: Timeouts | float | None = None,
        retry: RetryPolicy | None = None,
    ) -> DayEndBalanceQueryResult: ...

    @overload
    def day_end_balance_query(
        self,
        *,
        inquiry_date: str,
        timezone: str,
        account_currency: str | Unset = UNSET,
        account_type: list[DayEndBalanceQueryRequestAccountTypeItem] | Unset = UNSET,
        timeout: Timeouts | float | None = None,
        retry: RetryPolicy | None = None,
    ) -> DayEndBalanceQueryResult: ...

    def day_end_balance_query(  # `request` is positional-only in the overloads
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
        data = self._caller.call(
            _day_end_balance_query.OPERATION,
            _day_end_balance_query._get_kwargs(body=body),
            timeout=timeout,
            retry=retry,
        )
        return parse_data(DayEndBalanceQueryResult.from_dict, data)


class PaymentMethods:
    """Which payment methods the merchant can use, with their limits."""

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    @overload
    def consult_payment_method(
        self,
        request: ConsultPaymentMethodRequest,
        /,
        *,
        timeout: Timeouts | float | None = None,
        retry: RetryPolicy | None = None,
    ) -> ConsultPaymentMethodResult: ...

    @overload
    def consult_payment_method(
        self,
        *,
        country: str | Unset = UNSET,
        currency: str | Unset = UNSET,
        payment_method_type: str | Unset = UNSET,
        timeout: Timeouts | float | None = None,
        retry: RetryPolicy | None = None,
    ) -> ConsultPaymentMethodResult: ...

    def consult_payment_method(  # `request` is positional-only in the overloads
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
        data = self._caller.call(
            _consult_payment_method.OPERATION,
            _consult_payment_method._get_kwargs(body=body),
            timeout=timeout,
            retry=retry,
        )
        return parse_data(ConsultPaymentMethodResult.from_dict, data)


class Fx:
    """Quotes, exchanges between the merchant's currency balances, and pay-in / pay-out exchange rates."""

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    @overload
    def quote_query(
        self,
        request: QuoteQueryRequest,
        /,
        *,
        timeout: Timeouts | float | None = None,
        retry: RetryPolicy | None = None,
    ) -> QuoteQueryResult: ...

    @overload
    def quote_query(
        self,
        *,
        ccy_pair_list: list[str],
        price_type_list: list[FxQuotePriceType],
        timeout: Timeouts | float | None = None,
        retry: RetryPolicy | None = None,
    ) -> QuoteQueryResult: ...

    def quote_query(  # `request` is positional-only in the overloads
        self,
        request: QuoteQueryRequest | None = None,
        *,
        timeout: Timeouts | float | None = None,
        retry: RetryPolicy | None = None,
        **fields: Any,
    ) -> QuoteQueryResult:
        """Quotes for exchanging balance between USD and another currency

        Returns PayerMax's current buy (`BID`) and sell (`OFFER`) rates for up to 24 currency pairs, each written
        against USD with USD first (`USDINR`, `USDIDR`). Each quote carries a `version` and an `expiryTime`:
        passing that `version` as `rateVersion` to `exchange` before the quote expires trades at the quoted rate.

        Pass a ``QuoteQueryRequest``, or its fields as keywords. Returns the ``data`` of the successful
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

        body = build_request(QuoteQueryRequest, request, fields)
        data = self._caller.call(
            _quote_query.OPERATION, _quote_query._get_kwargs(body=body), timeout=timeout, retry=retry
        )
        return parse_data(QuoteQueryResult.from_dict, data)

    @overload
    def exchange(
        self,
        request: ExchangeRequest,
        /,
        *,
        timeout: Timeouts | float | None = None,
        retry: RetryPolicy | None = None,
    ) -> ExchangeResult: ...

    @overload
    def exchange(
        self,
        *,
        ccy_pair: str,
        out_trade_no: str,
        side: FxSide,
        transaction_amount: Decimal,
        transaction_ccy: str,
        target_ccy: str,
        rate_version: str | Unset = UNSET,
        timeout: Timeouts | float | None = None,
        retry: RetryPolicy | None = None,
    ) -> ExchangeResult: ...

    def exchange(  # `request` is positional-only in the overloads
        self,
        request: ExchangeRequest | None = None,
        *,
        timeout: Timeouts | float | None = None,
        retry: RetryPolicy | None = None,
        **fields: Any,
    ) -> ExchangeResult:
        """Exchange available balance between two currencies

        Converts part of the merchant's available balance from one currency into another; one of the two
        currencies must currently be USD. `side` is seen from the transaction currency: `BUY` acquires
        `transactionAmount` of `transactionCcy`, `SELL` gives it away; `targetAmount` of the answer is the
        matching amount of `targetCcy`. With `rateVersion` (the `version` of a `quoteQuery` quote) the exchange
        uses that quote, which must not have expired; without it PayerMax uses its latest rate.
        The exchange may finish at once (`SUCCESS` or `FAILED`) or stay `PENDING`; follow it with
        `exchangeQuery`. PayerMax publishes no dedicated refusal code for an expired quote.

        Pass a ``ExchangeRequest``, or its fields as keywords. Returns the ``data`` of the successful
        answer.
        Not safe to repeat: retried only when the request never left or PayerMax refused it unprocessed
        (``TOO_MANY_REQUEST``). When it may have been carried out without a trustworthy answer, raises
        ``OutcomeUnknownError``: call ``exchangeQuery`` with outTradeNo to learn the outcome.
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

        body = build_request(ExchangeRequest, request, fields)
        data = self._caller.call(_exchange.OPERATION, _exchange._get_kwargs(body=body), timeout=timeout, retry=retry)
        return parse_data(ExchangeResult.from_dict, data)

    @overload
    def exchange_query(
        self,
        request: ExchangeQueryRequest,
        /,
        *,
        timeout: Timeouts | float | None = None,
        retry: RetryPolicy | None = None,
    ) -> ExchangeResult: ...

    @overload
    def exchange_query(
        self,
        *,
        out_trade_no: str,
        timeout: Timeouts | float | None = None,
        retry: RetryPolicy | None = None,
    ) -> ExchangeResult: ...

    def exchange_query(  # `request` is positional-only in the overloads
        self,
        request: ExchangeQueryRequest | None = None,
        *,
        timeout: Timeouts | float | None = None,
        retry: RetryPolicy | None = None,
        **fields: Any,
    ) -> ExchangeResult:
        """Look up an exchange

        Returns an exchange made with `exchange`, named by the merchant's `outTradeNo`: `PENDING` while it runs,
        then `SUCCESS` or `FAILED` (final; a failed exchange says why in `errorCode` and `errorMsg`).

        Pass a ``ExchangeQueryRequest``, or its fields as keywords. Returns the ``data`` of the successful
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

        body = build_request(ExchangeQueryRequest, request, fields)
        data = self._caller.call(
            _exchange_query.OPERATION, _exchange_query._get_kwargs(body=body), timeout=timeout, retry=retry
        )
        return parse_data(ExchangeResult.from_dict, data)

    @overload
    def query_client_exchange_rate(
        self,
        request: QueryClientExchangeRateRequest,
        /,
        *,
        timeout: Timeouts | float | None = None,
        retry: RetryPolicy | None = None,
    ) -> QueryClientExchangeRateResult: ...

    @overload
    def query_client_exchange_rate(
        self,
        *,
        product: ClientExchangeProduct,
        ccy_pair_list: list[ClientExchangeCurrencyPair],
        valid_time: str | Unset = UNSET,
        timeout: Timeouts | float | None = None,
        retry: RetryPolicy | None = None,
    ) -> QueryClientExchangeRateResult: ...

    def query_client_exchange_rate(  # `request` is positional-only in the overloads
        self,
        request: QueryClientExchangeRateRequest | None = None,
        *,
        timeout: Timeouts | float | None = None,
        retry: RetryPolicy | None = None,
        **fields: Any,
    ) -> QueryClientExchangeRateResult:
        """Exchange rates applied to collections (pay-in) or payouts (pay-out)

        Returns, for up to 80 currency pairs, the rate PayerMax applies when converting collections (`PAY_IN`)
        or payouts (`PAY_OUT`), from the merchant's point of view (`side`). The rates are indicative
        (`Reference`) unless the merchant signed a locked-rate collection product, whose rates can be
        `Tradable` and then carry `effectTime`, `validTime` and `expiryTime`. The product must be signed first
        (else `MERCHANT_SIGNED_PRODUCT_ERROR`); other refusals are `PARAMS_INVALID`, `SYSTEM_BUSY` and
        `CONTRACT_ERROR`. Here `merchantNo` is mandatory in the envelope.

        Pass a ``QueryClientExchangeRateRequest``, or its fields as keywords. Returns the ``data`` of the successful
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

        body = build_request(QueryClientExchangeRateRequest, request, fields)
        data = self._caller.call(
            _query_client_exchange_rate.OPERATION,
            _query_client_exchange_rate._get_kwargs(body=body),
            timeout=timeout,
            retry=retry,
        )
        return parse_data(QueryClientExchangeRateResult.from_dict, data)


class Rfi:
    """Requests for information about orders, and the materials that answer them."""

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    @overload
    def put_rfi_material_list(
        self,
        request: PutRfiMaterialListRequest,
        /,
        *,
        timeout: Timeouts | float | None = None,
        retry: RetryPolicy | None = None,
    ) -> bool: ...

    @overload
    def put_rfi_material_list(
        self,
        *,
        rfi_no: str,
        material_list: list[RfiMaterial],
        timeout: Timeouts | float | None = None,
        retry: RetryPolicy | None = None,
    ) -> bool: ...

    def put_rfi_material_list(  # `request` is positional-only in the overloads
        self,
        request: PutRfiMaterialListRequest | None = None,
        *,
        timeout: Timeouts | float | None = None,
        retry: RetryPolicy | None = None,
        **fields: Any,
    ) -> bool:
        """Supply the materials a request for information asks for

        Answers a request for information (RFI) announced by the RFI notification: for each material asked for
        (`fieldName`, e.g. `ID`), its value - a text, or the location of a file as a full HTTP(S) address or a
        path on PayerMax's SFTP server (`filePathType`). Send the materials before the RFI's `expireTime`; the
        outcome of the review comes in a later RFI notification. `data` of the answer is `true` when the
        materials were accepted for review.

        Pass a ``PutRfiMaterialListRequest``, or its fields as keywords. Returns the ``data`` of the successful
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

        body = build_request(PutRfiMaterialListRequest, request, fields)
        data = self._caller.call(
            _put_rfi_material_list.OPERATION,
            _put_rfi_material_list._get_kwargs(body=body),
            timeout=timeout,
            retry=retry,
        )
        return parse_value(bool, data)


class BillPayment:
    """Philippine bill payment - PayerMax's validation call, the payment notification and its confirmation."""

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    @overload
    def order_confirm(
        self,
        request: OrderConfirmRequest,
        /,
        *,
        timeout: Timeouts | float | None = None,
        retry: RetryPolicy | None = None,
    ) -> OrderConfirmResult: ...

    @overload
    def order_confirm(
        self,
        *,
        reference_no: str,
        trade_token: str,
        amount: Decimal,
        currency: str,
        confirmation: BillPaymentConfirmation,
        failure_reason: str,
        timeout: Timeouts | float | None = None,
        retry: RetryPolicy | None = None,
    ) -> OrderConfirmResult: ...

    def order_confirm(  # `request` is positional-only in the overloads
        self,
        request: OrderConfirmRequest | None = None,
        *,
        timeout: Timeouts | float | None = None,
        retry: RetryPolicy | None = None,
        **fields: Any,
    ) -> OrderConfirmResult:
        """Confirm (or refuse) the booking of a bill payment

        For merchants who asked PayerMax to hold bill payments until they confirm them: tells PayerMax whether
        the merchant booked the payment announced by the bill-payment notification. `Y` releases it for
        clearing and settlement; `N` (with a `failureReason`) means it is not settled. The same confirmation
        can be given in the reply to the notification instead; whichever reaches PayerMax first counts.
        Unlike most operations, the envelope names the application `merchantAppId`.

        Pass a ``OrderConfirmRequest``, or its fields as keywords. Returns the ``data`` of the successful
        answer.
        Not safe to repeat: retried only when the request never left or PayerMax refused it unprocessed
        (``TOO_MANY_REQUEST``). When it may have been carried out without a trustworthy answer, raises
        ``OutcomeUnknownError``.
        The answer must repeat the request's referenceNo, tradeToken, or it is refused.

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

        body = build_request(OrderConfirmRequest, request, fields)
        data = self._caller.call(
            _order_confirm.OPERATION, _order_confirm._get_kwargs(body=body), timeout=timeout, retry=retry
        )
        return parse_data(OrderConfirmResult.from_dict, data)


__all__ = [
    "Collection",
    "AuthCapture",
    "Dropin",
    "Subscriptions",
    "Tokenization",
    "PayByLink",
    "Disputes",
    "Risk",
    "Payouts",
    "Balances",
    "PaymentMethods",
    "Fx",
    "Rfi",
    "BillPayment",
]
