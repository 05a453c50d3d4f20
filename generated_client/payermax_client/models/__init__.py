"""Contains all the data models used in inputs/outputs

Each model's module is imported the first time its name is used (module ``__getattr__``), so importing this
package - or one model - does not import all of them. Type checkers and IDEs see every name through the
``TYPE_CHECKING`` imports below.
"""

from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .add_or_del_risk_name_list_request import AddOrDelRiskNameListRequest
    from .add_or_del_risk_name_list_request_name_type import (
        AddOrDelRiskNameListRequestNameType,
    )
    from .add_or_del_risk_name_list_request_operate_type import (
        AddOrDelRiskNameListRequestOperateType,
    )
    from .add_or_del_risk_name_list_response import AddOrDelRiskNameListResponse
    from .add_or_del_risk_name_list_result import AddOrDelRiskNameListResult
    from .apple_pay_cryptogram import ApplePayCryptogram
    from .apple_pay_payment_data import ApplePayPaymentData
    from .apply_ddc_request import ApplyDDCRequest
    from .apply_ddc_request_payment_method_type import ApplyDDCRequestPaymentMethodType
    from .apply_ddc_response import ApplyDDCResponse
    from .apply_ddc_result import ApplyDDCResult
    from .apply_dropin_session_request import ApplyDropinSessionRequest
    from .apply_dropin_session_response import ApplyDropinSessionResponse
    from .apply_dropin_session_result import ApplyDropinSessionResult
    from .apply_payment_token_request import ApplyPaymentTokenRequest
    from .apply_payment_token_request_payment_method_type import (
        ApplyPaymentTokenRequestPaymentMethodType,
    )
    from .apply_payment_token_request_token_scope import (
        ApplyPaymentTokenRequestTokenScope,
    )
    from .apply_payment_token_response import ApplyPaymentTokenResponse
    from .apply_payment_token_result import ApplyPaymentTokenResult
    from .authorization_notification import AuthorizationNotification
    from .authorization_notification_data import AuthorizationNotificationData
    from .authorization_notification_data_status import (
        AuthorizationNotificationDataStatus,
    )
    from .authorization_notification_notify_type import (
        AuthorizationNotificationNotifyType,
    )
    from .authorization_type import AuthorizationType
    from .available_payment_method import AvailablePaymentMethod
    from .available_payment_method_status import AvailablePaymentMethodStatus
    from .balance_account_type import BalanceAccountType
    from .balance_counterparty import BalanceCounterparty
    from .balance_movement import BalanceMovement
    from .balance_movement_direction import BalanceMovementDirection
    from .balance_movement_exchange import BalanceMovementExchange
    from .balance_notification import BalanceNotification
    from .balance_notification_notify_type import BalanceNotificationNotifyType
    from .bill_payment import BillPayment
    from .bill_payment_booking_confirmation import BillPaymentBookingConfirmation
    from .bill_payment_confirmation import BillPaymentConfirmation
    from .bill_payment_method import BillPaymentMethod
    from .bill_payment_notification import BillPaymentNotification
    from .bill_payment_notification_notify_type import BillPaymentNotificationNotifyType
    from .bill_payment_notification_reply import BillPaymentNotificationReply
    from .bill_payment_status import BillPaymentStatus
    from .bill_payment_validation_reply import BillPaymentValidationReply
    from .bill_payment_validation_request import BillPaymentValidationRequest
    from .bill_payment_validation_result import BillPaymentValidationResult
    from .billing_info import BillingInfo
    from .buyer_info import BuyerInfo
    from .cancel_notification import CancelNotification
    from .cancel_notification_notify_type import CancelNotificationNotifyType
    from .cancel_request import CancelRequest
    from .cancel_response import CancelResponse
    from .cancel_result import CancelResult
    from .cancel_status import CancelStatus
    from .capture_fields import CaptureFields
    from .capture_mode import CaptureMode
    from .capture_notification import CaptureNotification
    from .capture_notification_data import CaptureNotificationData
    from .capture_notification_notify_type import CaptureNotificationNotifyType
    from .capture_request import CaptureRequest
    from .capture_response import CaptureResponse
    from .capture_result import CaptureResult
    from .capture_status import CaptureStatus
    from .card_details import CardDetails
    from .card_result import CardResult
    from .card_result_source import CardResultSource
    from .card_result_type import CardResultType
    from .case_replay_request import CaseReplayRequest
    from .case_replay_response import CaseReplayResponse
    from .case_replay_result import CaseReplayResult
    from .case_search_request import CaseSearchRequest
    from .case_search_response import CaseSearchResponse
    from .case_search_result import CaseSearchResult
    from .client_exchange_currency_pair import ClientExchangeCurrencyPair
    from .client_exchange_product import ClientExchangeProduct
    from .client_exchange_rate import ClientExchangeRate
    from .client_exchange_rate_type import ClientExchangeRateType
    from .confirm_payment_detail import ConfirmPaymentDetail
    from .confirm_payment_request import ConfirmPaymentRequest
    from .confirm_payment_response import ConfirmPaymentResponse
    from .confirm_payment_result import ConfirmPaymentResult
    from .consult_payment_method_request import ConsultPaymentMethodRequest
    from .consult_payment_method_response import ConsultPaymentMethodResponse
    from .consult_payment_method_result import ConsultPaymentMethodResult
    from .create_paybylink_request import CreatePaybylinkRequest
    from .create_paybylink_response import CreatePaybylinkResponse
    from .create_paybylink_result import CreatePaybylinkResult
    from .current_balance_query_request import CurrentBalanceQueryRequest
    from .current_balance_query_response import CurrentBalanceQueryResponse
    from .current_balance_query_result import CurrentBalanceQueryResult
    from .day_end_account_balance import DayEndAccountBalance
    from .day_end_balance_query_request import DayEndBalanceQueryRequest
    from .day_end_balance_query_request_account_type_item import (
        DayEndBalanceQueryRequestAccountTypeItem,
    )
    from .day_end_balance_query_response import DayEndBalanceQueryResponse
    from .day_end_balance_query_result import DayEndBalanceQueryResult
    from .direct_payment_detail import DirectPaymentDetail
    from .direct_payment_order_request import DirectPaymentOrderRequest
    from .direct_payment_order_request_integrate import (
        DirectPaymentOrderRequestIntegrate,
    )
    from .direct_payment_order_request_os_type import DirectPaymentOrderRequestOsType
    from .direct_payment_order_request_terminal_type import (
        DirectPaymentOrderRequestTerminalType,
    )
    from .dispute_case_result import DisputeCaseResult
    from .dispute_notification import DisputeNotification
    from .dispute_notification_data import DisputeNotificationData
    from .dispute_notification_notify_type import DisputeNotificationNotifyType
    from .dispute_status import DisputeStatus
    from .dropin_component import DropinComponent
    from .dropin_payment_detail import DropinPaymentDetail
    from .env_info import EnvInfo
    from .env_info_os_type import EnvInfoOsType
    from .env_info_terminal_type import EnvInfoTerminalType
    from .exchange_query_request import ExchangeQueryRequest
    from .exchange_query_response import ExchangeQueryResponse
    from .exchange_request import ExchangeRequest
    from .exchange_response import ExchangeResponse
    from .exchange_result import ExchangeResult
    from .exchange_status import ExchangeStatus
    from .expire_paybylink_request import ExpirePaybylinkRequest
    from .expire_paybylink_response import ExpirePaybylinkResponse
    from .expire_paybylink_result import ExpirePaybylinkResult
    from .external_3ds_info import External3DSInfo
    from .fees import Fees
    from .fraud_notification import FraudNotification
    from .fraud_notification_data import FraudNotificationData
    from .fraud_notification_notify_type import FraudNotificationNotifyType
    from .funds_amount import FundsAmount
    from .fx_quote import FxQuote
    from .fx_quote_price_type import FxQuotePriceType
    from .fx_side import FxSide
    from .goods_detail import GoodsDetail
    from .google_pay_details import GooglePayDetails
    from .hosted_checkout_order_request import HostedCheckoutOrderRequest
    from .hosted_checkout_order_request_integrate import (
        HostedCheckoutOrderRequestIntegrate,
    )
    from .hosted_checkout_payment_detail import HostedCheckoutPaymentDetail
    from .inquire_apply_request_request import InquireApplyRequestRequest
    from .inquire_apply_request_request_token_scope import (
        InquireApplyRequestRequestTokenScope,
    )
    from .inquire_apply_request_response import InquireApplyRequestResponse
    from .inquire_payment_token_request import InquirePaymentTokenRequest
    from .inquire_payment_token_request_token_scope import (
        InquirePaymentTokenRequestTokenScope,
    )
    from .inquire_payment_token_response import InquirePaymentTokenResponse
    from .inquire_payment_token_result import InquirePaymentTokenResult
    from .merchant_fee import MerchantFee
    from .mit_type import MitType
    from .notification_acknowledgement import NotificationAcknowledgement
    from .notification_acknowledgement_code import NotificationAcknowledgementCode
    from .order_and_pay_response import OrderAndPayResponse
    from .order_and_pay_result import OrderAndPayResult
    from .order_confirm_request import OrderConfirmRequest
    from .order_confirm_response import OrderConfirmResponse
    from .order_confirm_result import OrderConfirmResult
    from .order_query_request import OrderQueryRequest
    from .order_query_response import OrderQueryResponse
    from .order_query_result import OrderQueryResult
    from .page_return_parameters import PageReturnParameters
    from .pay_account_info import PayAccountInfo
    from .pay_account_info_account_no_type import PayAccountInfoAccountNoType
    from .pay_by_link_goods import PayByLinkGoods
    from .pay_by_link_goods_result import PayByLinkGoodsResult
    from .pay_by_link_merchant_info import PayByLinkMerchantInfo
    from .pay_by_link_notification import PayByLinkNotification
    from .pay_by_link_notification_data import PayByLinkNotificationData
    from .pay_by_link_notification_notify_type import PayByLinkNotificationNotifyType
    from .pay_by_link_payer import PayByLinkPayer
    from .pay_by_link_payment import PayByLinkPayment
    from .pay_by_link_payment_status import PayByLinkPaymentStatus
    from .pay_by_link_status import PayByLinkStatus
    from .pay_by_link_type import PayByLinkType
    from .pay_by_link_user import PayByLinkUser
    from .payment_detail_result import PaymentDetailResult
    from .payment_field_validation_request import PaymentFieldValidationRequest
    from .payment_field_validation_request_clearing_rail import (
        PaymentFieldValidationRequestClearingRail,
    )
    from .payment_field_validation_response import PaymentFieldValidationResponse
    from .payment_field_validation_result import PaymentFieldValidationResult
    from .payment_field_validation_result_validation_code import (
        PaymentFieldValidationResultValidationCode,
    )
    from .payment_notification import PaymentNotification
    from .payment_notification_data import PaymentNotificationData
    from .payment_notification_data_status import PaymentNotificationDataStatus
    from .payment_notification_notify_type import PaymentNotificationNotifyType
    from .payment_order_batch_qry_request import PaymentOrderBatchQryRequest
    from .payment_order_batch_qry_response import PaymentOrderBatchQryResponse
    from .payment_order_batch_qry_result import PaymentOrderBatchQryResult
    from .payment_order_pay_request import PaymentOrderPayRequest
    from .payment_order_pay_request_clearing_rail import (
        PaymentOrderPayRequestClearingRail,
    )
    from .payment_order_pay_response import PaymentOrderPayResponse
    from .payment_order_pay_result import PaymentOrderPayResult
    from .payment_order_qry_request import PaymentOrderQryRequest
    from .payment_order_qry_response import PaymentOrderQryResponse
    from .payment_order_qry_result import PaymentOrderQryResult
    from .payment_status import PaymentStatus
    from .payment_token_application_status import PaymentTokenApplicationStatus
    from .payment_token_card import PaymentTokenCard
    from .payment_token_mit_type import PaymentTokenMitType
    from .payment_token_status import PaymentTokenStatus
    from .payout_additional_identifier import PayoutAdditionalIdentifier
    from .payout_amount_breakdown import PayoutAmountBreakdown
    from .payout_field_error import PayoutFieldError
    from .payout_notification import PayoutNotification
    from .payout_notification_data import PayoutNotificationData
    from .payout_notification_notify_type import PayoutNotificationNotifyType
    from .payout_payee import PayoutPayee
    from .payout_payee_account import PayoutPayeeAccount
    from .payout_payee_account_to_validate import PayoutPayeeAccountToValidate
    from .payout_payee_address import PayoutPayeeAddress
    from .payout_payee_bank import PayoutPayeeBank
    from .payout_payee_document import PayoutPayeeDocument
    from .payout_payee_name import PayoutPayeeName
    from .payout_payee_payee_gender import PayoutPayeePayeeGender
    from .payout_payee_payee_type import PayoutPayeePayeeType
    from .payout_payee_to_validate import PayoutPayeeToValidate
    from .payout_payee_to_validate_payee_gender import PayoutPayeeToValidatePayeeGender
    from .payout_payee_to_validate_payee_type import PayoutPayeeToValidatePayeeType
    from .payout_payer import PayoutPayer
    from .payout_payer_merchant_category_code import PayoutPayerMerchantCategoryCode
    from .payout_payer_name import PayoutPayerName
    from .payout_purpose import PayoutPurpose
    from .payout_risk_params import PayoutRiskParams
    from .payout_risk_params_third_account_no_type import (
        PayoutRiskParamsThirdAccountNoType,
    )
    from .payout_status import PayoutStatus
    from .payout_sub_status import PayoutSubStatus
    from .payout_trade import PayoutTrade
    from .payout_validated_field import PayoutValidatedField
    from .put_rfi_material_list_request import PutRfiMaterialListRequest
    from .put_rfi_material_list_response import PutRfiMaterialListResponse
    from .query_client_exchange_rate_request import QueryClientExchangeRateRequest
    from .query_client_exchange_rate_response import QueryClientExchangeRateResponse
    from .query_client_exchange_rate_result import QueryClientExchangeRateResult
    from .query_paybylink_request import QueryPaybylinkRequest
    from .query_paybylink_response import QueryPaybylinkResponse
    from .query_paybylink_result import QueryPaybylinkResult
    from .quote_query_request import QuoteQueryRequest
    from .quote_query_response import QuoteQueryResponse
    from .quote_query_result import QuoteQueryResult
    from .real_time_account_balance import RealTimeAccountBalance
    from .refund_notification import RefundNotification
    from .refund_notification_data import RefundNotificationData
    from .refund_notification_data_status import RefundNotificationDataStatus
    from .refund_notification_notify_type import RefundNotificationNotifyType
    from .refund_query_request import RefundQueryRequest
    from .refund_query_response import RefundQueryResponse
    from .refund_query_result import RefundQueryResult
    from .refund_request import RefundRequest
    from .refund_response import RefundResponse
    from .refund_result import RefundResult
    from .refund_status import RefundStatus
    from .remove_payment_token_request import RemovePaymentTokenRequest
    from .remove_payment_token_response import RemovePaymentTokenResponse
    from .remove_payment_token_result import RemovePaymentTokenResult
    from .remove_payment_token_result_payment_token_status import (
        RemovePaymentTokenResultPaymentTokenStatus,
    )
    from .response_envelope import ResponseEnvelope
    from .rfi_business_type import RfiBusinessType
    from .rfi_file_path_type import RfiFilePathType
    from .rfi_material import RfiMaterial
    from .rfi_material_type import RfiMaterialType
    from .rfi_notification import RfiNotification
    from .rfi_notification_data import RfiNotificationData
    from .rfi_requested_material import RfiRequestedMaterial
    from .rfi_status import RfiStatus
    from .risk_list_duration import RiskListDuration
    from .risk_list_entry import RiskListEntry
    from .risk_list_type import RiskListType
    from .risk_params import RiskParams
    from .shipping_info import ShippingInfo
    from .stored_payment_token import StoredPaymentToken
    from .stored_payment_token_if_cvv import StoredPaymentTokenIfCVV
    from .stored_payment_token_token_scope import StoredPaymentTokenTokenScope
    from .sub_merchant import SubMerchant
    from .subscription_amount import SubscriptionAmount
    from .subscription_cancel_request import SubscriptionCancelRequest
    from .subscription_cancel_response import SubscriptionCancelResponse
    from .subscription_cancel_result import SubscriptionCancelResult
    from .subscription_create_request import SubscriptionCreateRequest
    from .subscription_create_response import SubscriptionCreateResponse
    from .subscription_create_result import SubscriptionCreateResult
    from .subscription_notification import SubscriptionNotification
    from .subscription_notification_data import SubscriptionNotificationData
    from .subscription_notification_notify_type import (
        SubscriptionNotificationNotifyType,
    )
    from .subscription_payment_attempt import SubscriptionPaymentAttempt
    from .subscription_payment_notification import SubscriptionPaymentNotification
    from .subscription_payment_notification_data import (
        SubscriptionPaymentNotificationData,
    )
    from .subscription_payment_notification_notify_type import (
        SubscriptionPaymentNotificationNotifyType,
    )
    from .subscription_payment_status import SubscriptionPaymentStatus
    from .subscription_period_payment import SubscriptionPeriodPayment
    from .subscription_period_payment_report import SubscriptionPeriodPaymentReport
    from .subscription_period_rule import SubscriptionPeriodRule
    from .subscription_period_rule_period_unit import SubscriptionPeriodRulePeriodUnit
    from .subscription_plan import SubscriptionPlan
    from .subscription_plan_number import SubscriptionPlanNumber
    from .subscription_plan_state import SubscriptionPlanState
    from .subscription_plan_terms import SubscriptionPlanTerms
    from .subscription_query_request import SubscriptionQueryRequest
    from .subscription_query_response import SubscriptionQueryResponse
    from .subscription_query_result import SubscriptionQueryResult
    from .subscription_status import SubscriptionStatus
    from .subscription_trial_config import SubscriptionTrialConfig
    from .subscription_trial_period_config import SubscriptionTrialPeriodConfig
    from .three_ds_result import ThreeDSResult
    from .three_ds_result_authentication_status import ThreeDSResultAuthenticationStatus
    from .three_ds_result_enrolled import ThreeDSResultEnrolled
    from .tokenization_notification import TokenizationNotification
    from .tokenization_notification_data import TokenizationNotificationData
    from .tokenization_notification_data_if_cvv import TokenizationNotificationDataIfCVV
    from .tokenization_notification_data_status import (
        TokenizationNotificationDataStatus,
    )
    from .tokenization_notification_data_token_scope import (
        TokenizationNotificationDataTokenScope,
    )
    from .tokenization_notification_notify_type import (
        TokenizationNotificationNotifyType,
    )
    from .virtual_account_notification import VirtualAccountNotification
    from .virtual_account_notification_notify_type import (
        VirtualAccountNotificationNotifyType,
    )
    from .virtual_account_payee import VirtualAccountPayee
    from .virtual_account_payer import VirtualAccountPayer
    from .virtual_account_payment_detail import VirtualAccountPaymentDetail
    from .virtual_account_receipt import VirtualAccountReceipt
    from .virtual_account_receipt_status import VirtualAccountReceiptStatus
    from .virtual_account_settlement import VirtualAccountSettlement
    from .virtual_account_trade import VirtualAccountTrade

#: Where each model lives (the module, relative to this package).
_MODULES = {
    "AddOrDelRiskNameListRequest": ".add_or_del_risk_name_list_request",
    "AddOrDelRiskNameListRequestNameType": ".add_or_del_risk_name_list_request_name_type",
    "AddOrDelRiskNameListRequestOperateType": ".add_or_del_risk_name_list_request_operate_type",
    "AddOrDelRiskNameListResponse": ".add_or_del_risk_name_list_response",
    "AddOrDelRiskNameListResult": ".add_or_del_risk_name_list_result",
    "ApplePayCryptogram": ".apple_pay_cryptogram",
    "ApplePayPaymentData": ".apple_pay_payment_data",
    "ApplyDDCRequest": ".apply_ddc_request",
    "ApplyDDCRequestPaymentMethodType": ".apply_ddc_request_payment_method_type",
    "ApplyDDCResponse": ".apply_ddc_response",
    "ApplyDDCResult": ".apply_ddc_result",
    "ApplyDropinSessionRequest": ".apply_dropin_session_request",
    "ApplyDropinSessionResponse": ".apply_dropin_session_response",
    "ApplyDropinSessionResult": ".apply_dropin_session_result",
    "ApplyPaymentTokenRequest": ".apply_payment_token_request",
    "ApplyPaymentTokenRequestPaymentMethodType": ".apply_payment_token_request_payment_method_type",
    "ApplyPaymentTokenRequestTokenScope": ".apply_payment_token_request_token_scope",
    "ApplyPaymentTokenResponse": ".apply_payment_token_response",
    "ApplyPaymentTokenResult": ".apply_payment_token_result",
    "AuthorizationNotification": ".authorization_notification",
    "AuthorizationNotificationData": ".authorization_notification_data",
    "AuthorizationNotificationDataStatus": ".authorization_notification_data_status",
    "AuthorizationNotificationNotifyType": ".authorization_notification_notify_type",
    "AuthorizationType": ".authorization_type",
    "AvailablePaymentMethod": ".available_payment_method",
    "AvailablePaymentMethodStatus": ".available_payment_method_status",
    "BalanceAccountType": ".balance_account_type",
    "BalanceCounterparty": ".balance_counterparty",
    "BalanceMovement": ".balance_movement",
    "BalanceMovementDirection": ".balance_movement_direction",
    "BalanceMovementExchange": ".balance_movement_exchange",
    "BalanceNotification": ".balance_notification",
    "BalanceNotificationNotifyType": ".balance_notification_notify_type",
    "BillPayment": ".bill_payment",
    "BillPaymentBookingConfirmation": ".bill_payment_booking_confirmation",
    "BillPaymentConfirmation": ".bill_payment_confirmation",
    "BillPaymentMethod": ".bill_payment_method",
    "BillPaymentNotification": ".bill_payment_notification",
    "BillPaymentNotificationNotifyType": ".bill_payment_notification_notify_type",
    "BillPaymentNotificationReply": ".bill_payment_notification_reply",
    "BillPaymentStatus": ".bill_payment_status",
    "BillPaymentValidationReply": ".bill_payment_validation_reply",
    "BillPaymentValidationRequest": ".bill_payment_validation_request",
    "BillPaymentValidationResult": ".bill_payment_validation_result",
    "BillingInfo": ".billing_info",
    "BuyerInfo": ".buyer_info",
    "CancelNotification": ".cancel_notification",
    "CancelNotificationNotifyType": ".cancel_notification_notify_type",
    "CancelRequest": ".cancel_request",
    "CancelResponse": ".cancel_response",
    "CancelResult": ".cancel_result",
    "CancelStatus": ".cancel_status",
    "CaptureFields": ".capture_fields",
    "CaptureMode": ".capture_mode",
    "CaptureNotification": ".capture_notification",
    "CaptureNotificationData": ".capture_notification_data",
    "CaptureNotificationNotifyType": ".capture_notification_notify_type",
    "CaptureRequest": ".capture_request",
    "CaptureResponse": ".capture_response",
    "CaptureResult": ".capture_result",
    "CaptureStatus": ".capture_status",
    "CardDetails": ".card_details",
    "CardResult": ".card_result",
    "CardResultSource": ".card_result_source",
    "CardResultType": ".card_result_type",
    "CaseReplayRequest": ".case_replay_request",
    "CaseReplayResponse": ".case_replay_response",
    "CaseReplayResult": ".case_replay_result",
    "CaseSearchRequest": ".case_search_request",
    "CaseSearchResponse": ".case_search_response",
    "CaseSearchResult": ".case_search_result",
    "ClientExchangeCurrencyPair": ".client_exchange_currency_pair",
    "ClientExchangeProduct": ".client_exchange_product",
    "ClientExchangeRate": ".client_exchange_rate",
    "ClientExchangeRateType": ".client_exchange_rate_type",
    "ConfirmPaymentDetail": ".confirm_payment_detail",
    "ConfirmPaymentRequest": ".confirm_payment_request",
    "ConfirmPaymentResponse": ".confirm_payment_response",
    "ConfirmPaymentResult": ".confirm_payment_result",
    "ConsultPaymentMethodRequest": ".consult_payment_method_request",
    "ConsultPaymentMethodResponse": ".consult_payment_method_response",
    "ConsultPaymentMethodResult": ".consult_payment_method_result",
    "CreatePaybylinkRequest": ".create_paybylink_request",
    "CreatePaybylinkResponse": ".create_paybylink_response",
    "CreatePaybylinkResult": ".create_paybylink_result",
    "CurrentBalanceQueryRequest": ".current_balance_query_request",
    "CurrentBalanceQueryResponse": ".current_balance_query_response",
    "CurrentBalanceQueryResult": ".current_balance_query_result",
    "DayEndAccountBalance": ".day_end_account_balance",
    "DayEndBalanceQueryRequest": ".day_end_balance_query_request",
    "DayEndBalanceQueryRequestAccountTypeItem": ".day_end_balance_query_request_account_type_item",
    "DayEndBalanceQueryResponse": ".day_end_balance_query_response",
    "DayEndBalanceQueryResult": ".day_end_balance_query_result",
    "DirectPaymentDetail": ".direct_payment_detail",
    "DirectPaymentOrderRequest": ".direct_payment_order_request",
    "DirectPaymentOrderRequestIntegrate": ".direct_payment_order_request_integrate",
    "DirectPaymentOrderRequestOsType": ".direct_payment_order_request_os_type",
    "DirectPaymentOrderRequestTerminalType": ".direct_payment_order_request_terminal_type",
    "DisputeCaseResult": ".dispute_case_result",
    "DisputeNotification": ".dispute_notification",
    "DisputeNotificationData": ".dispute_notification_data",
    "DisputeNotificationNotifyType": ".dispute_notification_notify_type",
    "DisputeStatus": ".dispute_status",
    "DropinComponent": ".dropin_component",
    "DropinPaymentDetail": ".dropin_payment_detail",
    "EnvInfo": ".env_info",
    "EnvInfoOsType": ".env_info_os_type",
    "EnvInfoTerminalType": ".env_info_terminal_type",
    "ExchangeQueryRequest": ".exchange_query_request",
    "ExchangeQueryResponse": ".exchange_query_response",
    "ExchangeRequest": ".exchange_request",
    "ExchangeResponse": ".exchange_response",
    "ExchangeResult": ".exchange_result",
    "ExchangeStatus": ".exchange_status",
    "ExpirePaybylinkRequest": ".expire_paybylink_request",
    "ExpirePaybylinkResponse": ".expire_paybylink_response",
    "ExpirePaybylinkResult": ".expire_paybylink_result",
    "External3DSInfo": ".external_3ds_info",
    "Fees": ".fees",
    "FraudNotification": ".fraud_notification",
    "FraudNotificationData": ".fraud_notification_data",
    "FraudNotificationNotifyType": ".fraud_notification_notify_type",
    "FundsAmount": ".funds_amount",
    "FxQuote": ".fx_quote",
    "FxQuotePriceType": ".fx_quote_price_type",
    "FxSide": ".fx_side",
    "GoodsDetail": ".goods_detail",
    "GooglePayDetails": ".google_pay_details",
    "HostedCheckoutOrderRequest": ".hosted_checkout_order_request",
    "HostedCheckoutOrderRequestIntegrate": ".hosted_checkout_order_request_integrate",
    "HostedCheckoutPaymentDetail": ".hosted_checkout_payment_detail",
    "InquireApplyRequestRequest": ".inquire_apply_request_request",
    "InquireApplyRequestRequestTokenScope": ".inquire_apply_request_request_token_scope",
    "InquireApplyRequestResponse": ".inquire_apply_request_response",
    "InquirePaymentTokenRequest": ".inquire_payment_token_request",
    "InquirePaymentTokenRequestTokenScope": ".inquire_payment_token_request_token_scope",
    "InquirePaymentTokenResponse": ".inquire_payment_token_response",
    "InquirePaymentTokenResult": ".inquire_payment_token_result",
    "MerchantFee": ".merchant_fee",
    "MitType": ".mit_type",
    "NotificationAcknowledgement": ".notification_acknowledgement",
    "NotificationAcknowledgementCode": ".notification_acknowledgement_code",
    "OrderAndPayResponse": ".order_and_pay_response",
    "OrderAndPayResult": ".order_and_pay_result",
    "OrderConfirmRequest": ".order_confirm_request",
    "OrderConfirmResponse": ".order_confirm_response",
    "OrderConfirmResult": ".order_confirm_result",
    "OrderQueryRequest": ".order_query_request",
    "OrderQueryResponse": ".order_query_response",
    "OrderQueryResult": ".order_query_result",
    "PageReturnParameters": ".page_return_parameters",
    "PayAccountInfo": ".pay_account_info",
    "PayAccountInfoAccountNoType": ".pay_account_info_account_no_type",
    "PayByLinkGoods": ".pay_by_link_goods",
    "PayByLinkGoodsResult": ".pay_by_link_goods_result",
    "PayByLinkMerchantInfo": ".pay_by_link_merchant_info",
    "PayByLinkNotification": ".pay_by_link_notification",
    "PayByLinkNotificationData": ".pay_by_link_notification_data",
    "PayByLinkNotificationNotifyType": ".pay_by_link_notification_notify_type",
    "PayByLinkPayer": ".pay_by_link_payer",
    "PayByLinkPayment": ".pay_by_link_payment",
    "PayByLinkPaymentStatus": ".pay_by_link_payment_status",
    "PayByLinkStatus": ".pay_by_link_status",
    "PayByLinkType": ".pay_by_link_type",
    "PayByLinkUser": ".pay_by_link_user",
    "PaymentDetailResult": ".payment_detail_result",
    "PaymentFieldValidationRequest": ".payment_field_validation_request",
    "PaymentFieldValidationRequestClearingRail": ".payment_field_validation_request_clearing_rail",
    "PaymentFieldValidationResponse": ".payment_field_validation_response",
    "PaymentFieldValidationResult": ".payment_field_validation_result",
    "PaymentFieldValidationResultValidationCode": ".payment_field_validation_result_validation_code",
    "PaymentNotification": ".payment_notification",
    "PaymentNotificationData": ".payment_notification_data",
    "PaymentNotificationDataStatus": ".payment_notification_data_status",
    "PaymentNotificationNotifyType": ".payment_notification_notify_type",
    "PaymentOrderBatchQryRequest": ".payment_order_batch_qry_request",
    "PaymentOrderBatchQryResponse": ".payment_order_batch_qry_response",
    "PaymentOrderBatchQryResult": ".payment_order_batch_qry_result",
    "PaymentOrderPayRequest": ".payment_order_pay_request",
    "PaymentOrderPayRequestClearingRail": ".payment_order_pay_request_clearing_rail",
    "PaymentOrderPayResponse": ".payment_order_pay_response",
    "PaymentOrderPayResult": ".payment_order_pay_result",
    "PaymentOrderQryRequest": ".payment_order_qry_request",
    "PaymentOrderQryResponse": ".payment_order_qry_response",
    "PaymentOrderQryResult": ".payment_order_qry_result",
    "PaymentStatus": ".payment_status",
    "PaymentTokenApplicationStatus": ".payment_token_application_status",
    "PaymentTokenCard": ".payment_token_card",
    "PaymentTokenMitType": ".payment_token_mit_type",
    "PaymentTokenStatus": ".payment_token_status",
    "PayoutAdditionalIdentifier": ".payout_additional_identifier",
    "PayoutAmountBreakdown": ".payout_amount_breakdown",
    "PayoutFieldError": ".payout_field_error",
    "PayoutNotification": ".payout_notification",
    "PayoutNotificationData": ".payout_notification_data",
    "PayoutNotificationNotifyType": ".payout_notification_notify_type",
    "PayoutPayee": ".payout_payee",
    "PayoutPayeeAccount": ".payout_payee_account",
    "PayoutPayeeAccountToValidate": ".payout_payee_account_to_validate",
    "PayoutPayeeAddress": ".payout_payee_address",
    "PayoutPayeeBank": ".payout_payee_bank",
    "PayoutPayeeDocument": ".payout_payee_document",
    "PayoutPayeeName": ".payout_payee_name",
    "PayoutPayeePayeeGender": ".payout_payee_payee_gender",
    "PayoutPayeePayeeType": ".payout_payee_payee_type",
    "PayoutPayeeToValidate": ".payout_payee_to_validate",
    "PayoutPayeeToValidatePayeeGender": ".payout_payee_to_validate_payee_gender",
    "PayoutPayeeToValidatePayeeType": ".payout_payee_to_validate_payee_type",
    "PayoutPayer": ".payout_payer",
    "PayoutPayerMerchantCategoryCode": ".payout_payer_merchant_category_code",
    "PayoutPayerName": ".payout_payer_name",
    "PayoutPurpose": ".payout_purpose",
    "PayoutRiskParams": ".payout_risk_params",
    "PayoutRiskParamsThirdAccountNoType": ".payout_risk_params_third_account_no_type",
    "PayoutStatus": ".payout_status",
    "PayoutSubStatus": ".payout_sub_status",
    "PayoutTrade": ".payout_trade",
    "PayoutValidatedField": ".payout_validated_field",
    "PutRfiMaterialListRequest": ".put_rfi_material_list_request",
    "PutRfiMaterialListResponse": ".put_rfi_material_list_response",
    "QueryClientExchangeRateRequest": ".query_client_exchange_rate_request",
    "QueryClientExchangeRateResponse": ".query_client_exchange_rate_response",
    "QueryClientExchangeRateResult": ".query_client_exchange_rate_result",
    "QueryPaybylinkRequest": ".query_paybylink_request",
    "QueryPaybylinkResponse": ".query_paybylink_response",
    "QueryPaybylinkResult": ".query_paybylink_result",
    "QuoteQueryRequest": ".quote_query_request",
    "QuoteQueryResponse": ".quote_query_response",
    "QuoteQueryResult": ".quote_query_result",
    "RealTimeAccountBalance": ".real_time_account_balance",
    "RefundNotification": ".refund_notification",
    "RefundNotificationData": ".refund_notification_data",
    "RefundNotificationDataStatus": ".refund_notification_data_status",
    "RefundNotificationNotifyType": ".refund_notification_notify_type",
    "RefundQueryRequest": ".refund_query_request",
    "RefundQueryResponse": ".refund_query_response",
    "RefundQueryResult": ".refund_query_result",
    "RefundRequest": ".refund_request",
    "RefundResponse": ".refund_response",
    "RefundResult": ".refund_result",
    "RefundStatus": ".refund_status",
    "RemovePaymentTokenRequest": ".remove_payment_token_request",
    "RemovePaymentTokenResponse": ".remove_payment_token_response",
    "RemovePaymentTokenResult": ".remove_payment_token_result",
    "RemovePaymentTokenResultPaymentTokenStatus": ".remove_payment_token_result_payment_token_status",
    "ResponseEnvelope": ".response_envelope",
    "RfiBusinessType": ".rfi_business_type",
    "RfiFilePathType": ".rfi_file_path_type",
    "RfiMaterial": ".rfi_material",
    "RfiMaterialType": ".rfi_material_type",
    "RfiNotification": ".rfi_notification",
    "RfiNotificationData": ".rfi_notification_data",
    "RfiRequestedMaterial": ".rfi_requested_material",
    "RfiStatus": ".rfi_status",
    "RiskListDuration": ".risk_list_duration",
    "RiskListEntry": ".risk_list_entry",
    "RiskListType": ".risk_list_type",
    "RiskParams": ".risk_params",
    "ShippingInfo": ".shipping_info",
    "StoredPaymentToken": ".stored_payment_token",
    "StoredPaymentTokenIfCVV": ".stored_payment_token_if_cvv",
    "StoredPaymentTokenTokenScope": ".stored_payment_token_token_scope",
    "SubMerchant": ".sub_merchant",
    "SubscriptionAmount": ".subscription_amount",
    "SubscriptionCancelRequest": ".subscription_cancel_request",
    "SubscriptionCancelResponse": ".subscription_cancel_response",
    "SubscriptionCancelResult": ".subscription_cancel_result",
    "SubscriptionCreateRequest": ".subscription_create_request",
    "SubscriptionCreateResponse": ".subscription_create_response",
    "SubscriptionCreateResult": ".subscription_create_result",
    "SubscriptionNotification": ".subscription_notification",
    "SubscriptionNotificationData": ".subscription_notification_data",
    "SubscriptionNotificationNotifyType": ".subscription_notification_notify_type",
    "SubscriptionPaymentAttempt": ".subscription_payment_attempt",
    "SubscriptionPaymentNotification": ".subscription_payment_notification",
    "SubscriptionPaymentNotificationData": ".subscription_payment_notification_data",
    "SubscriptionPaymentNotificationNotifyType": ".subscription_payment_notification_notify_type",
    "SubscriptionPaymentStatus": ".subscription_payment_status",
    "SubscriptionPeriodPayment": ".subscription_period_payment",
    "SubscriptionPeriodPaymentReport": ".subscription_period_payment_report",
    "SubscriptionPeriodRule": ".subscription_period_rule",
    "SubscriptionPeriodRulePeriodUnit": ".subscription_period_rule_period_unit",
    "SubscriptionPlan": ".subscription_plan",
    "SubscriptionPlanNumber": ".subscription_plan_number",
    "SubscriptionPlanState": ".subscription_plan_state",
    "SubscriptionPlanTerms": ".subscription_plan_terms",
    "SubscriptionQueryRequest": ".subscription_query_request",
    "SubscriptionQueryResponse": ".subscription_query_response",
    "SubscriptionQueryResult": ".subscription_query_result",
    "SubscriptionStatus": ".subscription_status",
    "SubscriptionTrialConfig": ".subscription_trial_config",
    "SubscriptionTrialPeriodConfig": ".subscription_trial_period_config",
    "ThreeDSResult": ".three_ds_result",
    "ThreeDSResultAuthenticationStatus": ".three_ds_result_authentication_status",
    "ThreeDSResultEnrolled": ".three_ds_result_enrolled",
    "TokenizationNotification": ".tokenization_notification",
    "TokenizationNotificationData": ".tokenization_notification_data",
    "TokenizationNotificationDataIfCVV": ".tokenization_notification_data_if_cvv",
    "TokenizationNotificationDataStatus": ".tokenization_notification_data_status",
    "TokenizationNotificationDataTokenScope": ".tokenization_notification_data_token_scope",
    "TokenizationNotificationNotifyType": ".tokenization_notification_notify_type",
    "VirtualAccountNotification": ".virtual_account_notification",
    "VirtualAccountNotificationNotifyType": ".virtual_account_notification_notify_type",
    "VirtualAccountPayee": ".virtual_account_payee",
    "VirtualAccountPayer": ".virtual_account_payer",
    "VirtualAccountPaymentDetail": ".virtual_account_payment_detail",
    "VirtualAccountReceipt": ".virtual_account_receipt",
    "VirtualAccountReceiptStatus": ".virtual_account_receipt_status",
    "VirtualAccountSettlement": ".virtual_account_settlement",
    "VirtualAccountTrade": ".virtual_account_trade",
}

__all__ = (
    "AddOrDelRiskNameListRequest",
    "AddOrDelRiskNameListRequestNameType",
    "AddOrDelRiskNameListRequestOperateType",
    "AddOrDelRiskNameListResponse",
    "AddOrDelRiskNameListResult",
    "ApplePayCryptogram",
    "ApplePayPaymentData",
    "ApplyDDCRequest",
    "ApplyDDCRequestPaymentMethodType",
    "ApplyDDCResponse",
    "ApplyDDCResult",
    "ApplyDropinSessionRequest",
    "ApplyDropinSessionResponse",
    "ApplyDropinSessionResult",
    "ApplyPaymentTokenRequest",
    "ApplyPaymentTokenRequestPaymentMethodType",
    "ApplyPaymentTokenRequestTokenScope",
    "ApplyPaymentTokenResponse",
    "ApplyPaymentTokenResult",
    "AuthorizationNotification",
    "AuthorizationNotificationData",
    "AuthorizationNotificationDataStatus",
    "AuthorizationNotificationNotifyType",
    "AuthorizationType",
    "AvailablePaymentMethod",
    "AvailablePaymentMethodStatus",
    "BalanceAccountType",
    "BalanceCounterparty",
    "BalanceMovement",
    "BalanceMovementDirection",
    "BalanceMovementExchange",
    "BalanceNotification",
    "BalanceNotificationNotifyType",
    "BillingInfo",
    "BillPayment",
    "BillPaymentBookingConfirmation",
    "BillPaymentConfirmation",
    "BillPaymentMethod",
    "BillPaymentNotification",
    "BillPaymentNotificationNotifyType",
    "BillPaymentNotificationReply",
    "BillPaymentStatus",
    "BillPaymentValidationReply",
    "BillPaymentValidationRequest",
    "BillPaymentValidationResult",
    "BuyerInfo",
    "CancelNotification",
    "CancelNotificationNotifyType",
    "CancelRequest",
    "CancelResponse",
    "CancelResult",
    "CancelStatus",
    "CaptureFields",
    "CaptureMode",
    "CaptureNotification",
    "CaptureNotificationData",
    "CaptureNotificationNotifyType",
    "CaptureRequest",
    "CaptureResponse",
    "CaptureResult",
    "CaptureStatus",
    "CardDetails",
    "CardResult",
    "CardResultSource",
    "CardResultType",
    "CaseReplayRequest",
    "CaseReplayResponse",
    "CaseReplayResult",
    "CaseSearchRequest",
    "CaseSearchResponse",
    "CaseSearchResult",
    "ClientExchangeCurrencyPair",
    "ClientExchangeProduct",
    "ClientExchangeRate",
    "ClientExchangeRateType",
    "ConfirmPaymentDetail",
    "ConfirmPaymentRequest",
    "ConfirmPaymentResponse",
    "ConfirmPaymentResult",
    "ConsultPaymentMethodRequest",
    "ConsultPaymentMethodResponse",
    "ConsultPaymentMethodResult",
    "CreatePaybylinkRequest",
    "CreatePaybylinkResponse",
    "CreatePaybylinkResult",
    "CurrentBalanceQueryRequest",
    "CurrentBalanceQueryResponse",
    "CurrentBalanceQueryResult",
    "DayEndAccountBalance",
    "DayEndBalanceQueryRequest",
    "DayEndBalanceQueryRequestAccountTypeItem",
    "DayEndBalanceQueryResponse",
    "DayEndBalanceQueryResult",
    "DirectPaymentDetail",
    "DirectPaymentOrderRequest",
    "DirectPaymentOrderRequestIntegrate",
    "DirectPaymentOrderRequestOsType",
    "DirectPaymentOrderRequestTerminalType",
    "DisputeCaseResult",
    "DisputeNotification",
    "DisputeNotificationData",
    "DisputeNotificationNotifyType",
    "DisputeStatus",
    "DropinComponent",
    "DropinPaymentDetail",
    "EnvInfo",
    "EnvInfoOsType",
    "EnvInfoTerminalType",
    "ExchangeQueryRequest",
    "ExchangeQueryResponse",
    "ExchangeRequest",
    "ExchangeResponse",
    "ExchangeResult",
    "ExchangeStatus",
    "ExpirePaybylinkRequest",
    "ExpirePaybylinkResponse",
    "ExpirePaybylinkResult",
    "External3DSInfo",
    "Fees",
    "FraudNotification",
    "FraudNotificationData",
    "FraudNotificationNotifyType",
    "FundsAmount",
    "FxQuote",
    "FxQuotePriceType",
    "FxSide",
    "GoodsDetail",
    "GooglePayDetails",
    "HostedCheckoutOrderRequest",
    "HostedCheckoutOrderRequestIntegrate",
    "HostedCheckoutPaymentDetail",
    "InquireApplyRequestRequest",
    "InquireApplyRequestRequestTokenScope",
    "InquireApplyRequestResponse",
    "InquirePaymentTokenRequest",
    "InquirePaymentTokenRequestTokenScope",
    "InquirePaymentTokenResponse",
    "InquirePaymentTokenResult",
    "MerchantFee",
    "MitType",
    "NotificationAcknowledgement",
    "NotificationAcknowledgementCode",
    "OrderAndPayResponse",
    "OrderAndPayResult",
    "OrderConfirmRequest",
    "OrderConfirmResponse",
    "OrderConfirmResult",
    "OrderQueryRequest",
    "OrderQueryResponse",
    "OrderQueryResult",
    "PageReturnParameters",
    "PayAccountInfo",
    "PayAccountInfoAccountNoType",
    "PayByLinkGoods",
    "PayByLinkGoodsResult",
    "PayByLinkMerchantInfo",
    "PayByLinkNotification",
    "PayByLinkNotificationData",
    "PayByLinkNotificationNotifyType",
    "PayByLinkPayer",
    "PayByLinkPayment",
    "PayByLinkPaymentStatus",
    "PayByLinkStatus",
    "PayByLinkType",
    "PayByLinkUser",
    "PaymentDetailResult",
    "PaymentFieldValidationRequest",
    "PaymentFieldValidationRequestClearingRail",
    "PaymentFieldValidationResponse",
    "PaymentFieldValidationResult",
    "PaymentFieldValidationResultValidationCode",
    "PaymentNotification",
    "PaymentNotificationData",
    "PaymentNotificationDataStatus",
    "PaymentNotificationNotifyType",
    "PaymentOrderBatchQryRequest",
    "PaymentOrderBatchQryResponse",
    "PaymentOrderBatchQryResult",
    "PaymentOrderPayRequest",
    "PaymentOrderPayRequestClearingRail",
    "PaymentOrderPayResponse",
    "PaymentOrderPayResult",
    "PaymentOrderQryRequest",
    "PaymentOrderQryResponse",
    "PaymentOrderQryResult",
    "PaymentStatus",
    "PaymentTokenApplicationStatus",
    "PaymentTokenCard",
    "PaymentTokenMitType",
    "PaymentTokenStatus",
    "PayoutAdditionalIdentifier",
    "PayoutAmountBreakdown",
    "PayoutFieldError",
    "PayoutNotification",
    "PayoutNotificationData",
    "PayoutNotificationNotifyType",
    "PayoutPayee",
    "PayoutPayeeAccount",
    "PayoutPayeeAccountToValidate",
    "PayoutPayeeAddress",
    "PayoutPayeeBank",
    "PayoutPayeeDocument",
    "PayoutPayeeName",
    "PayoutPayeePayeeGender",
    "PayoutPayeePayeeType",
    "PayoutPayeeToValidate",
    "PayoutPayeeToValidatePayeeGender",
    "PayoutPayeeToValidatePayeeType",
    "PayoutPayer",
    "PayoutPayerMerchantCategoryCode",
    "PayoutPayerName",
    "PayoutPurpose",
    "PayoutRiskParams",
    "PayoutRiskParamsThirdAccountNoType",
    "PayoutStatus",
    "PayoutSubStatus",
    "PayoutTrade",
    "PayoutValidatedField",
    "PutRfiMaterialListRequest",
    "PutRfiMaterialListResponse",
    "QueryClientExchangeRateRequest",
    "QueryClientExchangeRateResponse",
    "QueryClientExchangeRateResult",
    "QueryPaybylinkRequest",
    "QueryPaybylinkResponse",
    "QueryPaybylinkResult",
    "QuoteQueryRequest",
    "QuoteQueryResponse",
    "QuoteQueryResult",
    "RealTimeAccountBalance",
    "RefundNotification",
    "RefundNotificationData",
    "RefundNotificationDataStatus",
    "RefundNotificationNotifyType",
    "RefundQueryRequest",
    "RefundQueryResponse",
    "RefundQueryResult",
    "RefundRequest",
    "RefundResponse",
    "RefundResult",
    "RefundStatus",
    "RemovePaymentTokenRequest",
    "RemovePaymentTokenResponse",
    "RemovePaymentTokenResult",
    "RemovePaymentTokenResultPaymentTokenStatus",
    "ResponseEnvelope",
    "RfiBusinessType",
    "RfiFilePathType",
    "RfiMaterial",
    "RfiMaterialType",
    "RfiNotification",
    "RfiNotificationData",
    "RfiRequestedMaterial",
    "RfiStatus",
    "RiskListDuration",
    "RiskListEntry",
    "RiskListType",
    "RiskParams",
    "ShippingInfo",
    "StoredPaymentToken",
    "StoredPaymentTokenIfCVV",
    "StoredPaymentTokenTokenScope",
    "SubMerchant",
    "SubscriptionAmount",
    "SubscriptionCancelRequest",
    "SubscriptionCancelResponse",
    "SubscriptionCancelResult",
    "SubscriptionCreateRequest",
    "SubscriptionCreateResponse",
    "SubscriptionCreateResult",
    "SubscriptionNotification",
    "SubscriptionNotificationData",
    "SubscriptionNotificationNotifyType",
    "SubscriptionPaymentAttempt",
    "SubscriptionPaymentNotification",
    "SubscriptionPaymentNotificationData",
    "SubscriptionPaymentNotificationNotifyType",
    "SubscriptionPaymentStatus",
    "SubscriptionPeriodPayment",
    "SubscriptionPeriodPaymentReport",
    "SubscriptionPeriodRule",
    "SubscriptionPeriodRulePeriodUnit",
    "SubscriptionPlan",
    "SubscriptionPlanNumber",
    "SubscriptionPlanState",
    "SubscriptionPlanTerms",
    "SubscriptionQueryRequest",
    "SubscriptionQueryResponse",
    "SubscriptionQueryResult",
    "SubscriptionStatus",
    "SubscriptionTrialConfig",
    "SubscriptionTrialPeriodConfig",
    "ThreeDSResult",
    "ThreeDSResultAuthenticationStatus",
    "ThreeDSResultEnrolled",
    "TokenizationNotification",
    "TokenizationNotificationData",
    "TokenizationNotificationDataIfCVV",
    "TokenizationNotificationDataStatus",
    "TokenizationNotificationDataTokenScope",
    "TokenizationNotificationNotifyType",
    "VirtualAccountNotification",
    "VirtualAccountNotificationNotifyType",
    "VirtualAccountPayee",
    "VirtualAccountPayer",
    "VirtualAccountPaymentDetail",
    "VirtualAccountReceipt",
    "VirtualAccountReceiptStatus",
    "VirtualAccountSettlement",
    "VirtualAccountTrade",
)

if not TYPE_CHECKING:  # hidden from type checkers, which would otherwise accept any name

    def __getattr__(name: str) -> object:
        module = _MODULES.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(import_module(module, __name__), name)
        globals()[name] = value
        return value

    def __dir__() -> list[str]:
        return sorted({*globals(), *_MODULES})
