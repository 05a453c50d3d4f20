"""Contains all the data models used in inputs/outputs"""

from .billing_info import BillingInfo
from .buyer_info import BuyerInfo
from .card_details import CardDetails
from .card_result import CardResult
from .env_info import EnvInfo
from .env_info_os_type import EnvInfoOsType
from .env_info_terminal_type import EnvInfoTerminalType
from .fees import Fees
from .goods_detail import GoodsDetail
from .merchant_fee import MerchantFee
from .notification_acknowledgement import NotificationAcknowledgement
from .notification_acknowledgement_code import NotificationAcknowledgementCode
from .pay_account_info import PayAccountInfo
from .pay_account_info_account_no_type import PayAccountInfoAccountNoType
from .payment_detail_result import PaymentDetailResult
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
from .response_envelope import ResponseEnvelope
from .risk_params import RiskParams
from .shipping_info import ShippingInfo
from .sub_merchant import SubMerchant
from .three_ds_result import ThreeDSResult
from .three_ds_result_authentication_status import ThreeDSResultAuthenticationStatus
from .three_ds_result_enrolled import ThreeDSResultEnrolled

__all__ = (
    "BillingInfo",
    "BuyerInfo",
    "CardDetails",
    "CardResult",
    "EnvInfo",
    "EnvInfoOsType",
    "EnvInfoTerminalType",
    "Fees",
    "GoodsDetail",
    "MerchantFee",
    "NotificationAcknowledgement",
    "NotificationAcknowledgementCode",
    "PayAccountInfo",
    "PayAccountInfoAccountNoType",
    "PaymentDetailResult",
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
    "ResponseEnvelope",
    "RiskParams",
    "ShippingInfo",
    "SubMerchant",
    "ThreeDSResult",
    "ThreeDSResultAuthenticationStatus",
    "ThreeDSResultEnrolled",
)
