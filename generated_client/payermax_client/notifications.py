"""PayerMax notifications (webhooks) by `notifyType`.

Generated from the `webhooks` of the spec. Receive notifications with ``payermax_signing.NotificationReceiver``,
which verifies the signature before parsing: this module only maps an already trusted payload to its model.
"""

from collections.abc import Mapping
from typing import Any, TypeAlias

from .json_codec import loads as _loads
from .models import (
    DisputeNotification,
    PayByLinkNotification,
    PaymentNotification,
    PayoutNotification,
    RefundNotification,
    TokenizationNotification,
)

Notification: TypeAlias = (
    PaymentNotification
    | RefundNotification
    | DisputeNotification
    | PayByLinkNotification
    | PayoutNotification
    | TokenizationNotification
)
#: The model of each `notifyType` value.
NOTIFICATION_MODELS: dict[str, type[Notification]] = {
    "PAYMENT": PaymentNotification,
    "REFUND": RefundNotification,
    "CHARGEBACK": DisputeNotification,
    "DISPUTE": DisputeNotification,
    "FRAUD": DisputeNotification,
    "CUSTOMER_COMPLAINT": DisputeNotification,
    "PAYBYLINK": PayByLinkNotification,
    "PAYOUT": PayoutNotification,
    "TOKENIZATION": TokenizationNotification,
}

#: The model of each webhook of the spec, by webhook name.
WEBHOOK_MODELS: dict[str, type[Notification]] = {
    "paymentResult": PaymentNotification,
    "refundResult": RefundNotification,
    "dispute": DisputeNotification,
    "payByLinkResult": PayByLinkNotification,
    "payoutResult": PayoutNotification,
    "tokenizationResult": TokenizationNotification,
}

#: An example payload of each `notifyType`, from the spec's examples (JSON text, so that amounts stay exactly as
#: the spec writes them). ``example_notification`` decodes one; ``payermax notify`` sends them.
NOTIFICATION_EXAMPLES: dict[str, str] = {
    "PAYMENT": '{"code":"APPLY_SUCCESS","msg":"Success.","keyVersion":"1","appId":"ff4f0273d212386d5f1c2a4b9e0d7c31","merchantNo":"P01010118640464","notifyTime":"2025-07-04T09:52:11.280Z","notifyType":"PAYMENT","data":{"outTradeNo":"ORD2025070451006","tradeToken":"T2025070409853492001","totalAmount":9.99,"currency":"USD","country":"UN","status":"SUCCESS","completeTime":"2025-07-04T09:52:11.249Z","channelNo":"PPC8000017516227301001","thirdChannelNo":"151764","paymentDetails":[{"paymentMethodType":"CARD","paymentTokenID":"PMTOKEN20230424072005899168200035002","cardInfo":{"cardOrg":"VISA","country":"NZ","cardIdentifierNo":"123456******1234","cardIdentifierName":"Z**************"}}]}}',
    "REFUND": '{"code":"APPLY_SUCCESS","msg":"Success.","keyVersion":"1","appId":"3b242b56a8b64274bcc37dac281120e3","merchantNo":"020213827212251","notifyTime":"2022-01-17T09:33:54.540+00:00","notifyType":"REFUND","data":{"outRefundNo":"R1642411016202","refundTradeNo":"20220117091657TI790000055087","outTradeNo":"P1642410680681","refundAmount":10000,"refundCurrency":"IDR","refundFinishTime":"2023-10-20T03:28:23.092Z","status":"REFUND_SUCCESS"}}',
    "CHARGEBACK": '{"code":"APPLY_SUCCESS","msg":"Success.","version":"1.5","keyVersion":"1","appId":"3b242b56a8b64274bcc37dac281120e3","merchantNo":"020213827212251","notifyTime":"2024-02-05T09:12:40.318Z","notifyType":"CHARGEBACK","data":{"caseId":"O20240205091201553120004417","status":"DISPUTE_INQUIRY","reasonCode":"10.4","reasonMessage":"Other Fraud - Card Absent Environment","retrievalDate":"2024-02-05","expirationDate":"2024-02-15","amount":"74.99","fee":"15.00","totalAmount":"89.99","currency":"USD","originTradeAmount":"74.99","originTradeCurrency":"USD","outTradeNo":"P1705310352195","tradeToken":"T2024011509190400000003","channelOrderNo":"TPC1705310352195000112","outUserId":"U20231102","tradeAmount":"74.99","tradeCurrency":"USD","tradeCountry":"US","tradeCreateTime":"2024-01-15T09:19:04.512+00:00","payFinishTime":"2024-01-15T09:19:31.044+00:00","paymentMethodType":"CARD","cardOrg":"VISA","productDesc":"Annual subscription"}}',
    "DISPUTE": '{"code":"APPLY_SUCCESS","msg":"Success.","version":"1.4","keyVersion":"1","appId":"6666c8b036a24579974497c2f9a11111","merchantNo":"020213834542382","notifyTime":"2023-10-09T05:52:42.159Z","notifyType":"DISPUTE","data":{"caseId":"O20230412074414033194005231","batchId":"","status":"CASE_CLOSED","caseResult":"WIN","reasonCode":"4842","reasonMessage":"Late Presentment","retrievalDate":"2023-04-12","expirationDate":"2023-04-19","amount":"20000.00","fee":"564.47","totalAmount":"20564.47","currency":"PHP","originTradeAmount":"20000.00","originTradeCurrency":"PHP","outTradeNo":"P1678160134430","tradeToken":"T2023030703353300000002","channelOrderNo":"TPC25414916781601399492036086","outUserId":"U1678160134430","tradeAmount":"20000.00","tradeCurrency":"PHP","tradeCountry":"PH","tradeCreateTime":"2023-03-07T03:35:33.000Z","payFinishTime":"2023-03-07T03:35:48.000Z","paymentMethodType":"WALLET","targetOrg":"GRABPAY","productDesc":"1000 game coins"}}',
    "FRAUD": '{"code":"APPLY_SUCCESS","msg":"Success.","version":"1.4","keyVersion":"1","appId":"6666c8b036a24579974497c2f9a11111","merchantNo":"020213834542382","notifyTime":"2023-10-09T05:52:42.159Z","notifyType":"FRAUD","data":{"caseId":"O20230412074414033194005231","batchId":"","status":"CASE_CLOSED","caseResult":"WIN","reasonCode":"4842","reasonMessage":"Late Presentment","retrievalDate":"2023-04-12","expirationDate":"2023-04-19","amount":"20000.00","fee":"564.47","totalAmount":"20564.47","currency":"PHP","originTradeAmount":"20000.00","originTradeCurrency":"PHP","outTradeNo":"P1678160134430","tradeToken":"T2023030703353300000002","channelOrderNo":"TPC25414916781601399492036086","outUserId":"U1678160134430","tradeAmount":"20000.00","tradeCurrency":"PHP","tradeCountry":"PH","tradeCreateTime":"2023-03-07T03:35:33.000Z","payFinishTime":"2023-03-07T03:35:48.000Z","paymentMethodType":"WALLET","targetOrg":"GRABPAY","productDesc":"1000 game coins"}}',
    "CUSTOMER_COMPLAINT": '{"code":"APPLY_SUCCESS","msg":"Success.","version":"1.4","keyVersion":"1","appId":"6666c8b036a24579974497c2f9a11111","merchantNo":"020213834542382","notifyTime":"2023-10-09T05:52:42.159Z","notifyType":"CUSTOMER_COMPLAINT","data":{"caseId":"O20230412074414033194005231","batchId":"","status":"CASE_CLOSED","caseResult":"WIN","reasonCode":"4842","reasonMessage":"Late Presentment","retrievalDate":"2023-04-12","expirationDate":"2023-04-19","amount":"20000.00","fee":"564.47","totalAmount":"20564.47","currency":"PHP","originTradeAmount":"20000.00","originTradeCurrency":"PHP","outTradeNo":"P1678160134430","tradeToken":"T2023030703353300000002","channelOrderNo":"TPC25414916781601399492036086","outUserId":"U1678160134430","tradeAmount":"20000.00","tradeCurrency":"PHP","tradeCountry":"PH","tradeCreateTime":"2023-03-07T03:35:33.000Z","payFinishTime":"2023-03-07T03:35:48.000Z","paymentMethodType":"WALLET","targetOrg":"GRABPAY","productDesc":"1000 game coins"}}',
    "PAYBYLINK": '{"code":"APPLY_SUCCESS","msg":"Success.","keyVersion":"1","appId":"a801ef1fa1a74db683aed2d768a41df1","merchantNo":"020113827303196","notifyTime":"2022-10-20T10:00:01.500+08:00","notifyType":"PAYBYLINK","data":{"linkId":"jyirffse","merchantLinkId":"paybylinktest001","totalAmount":"10000","country":"ID","currency":"IDR","linkStatus":"ACTIVE","expiresAt":"2022-11-22T10:00:00.500+08:00","linkUrl":"https://www.payermax.link/mtfbpomjw","qrCodeUrl":"https://www.payermax.link/images/mtfbpomjwquc/qrcode","linkDescription":"Order 7702 placed by phone","payByLinkInfo":[{"outTradeNo":"order2022001","status":"SUCCESS","completeAt":"2022-10-20T10:00:00.500+08:00","paymentDetails":[{"paymentMethodType":"CARD","targetOrg":"","cardInfo":{"cardOrg":"VISA","country":"ID","cardNumber":"625244******9483","cardIdentifierNo":"625244******9483"}}]}]}}',
    "PAYOUT": '{"code":"APPLY_SUCCESS","msg":"Success.","keyVersion":"1","appId":"6666c83333a24666674497c444a33333","merchantNo":"010213834123456","notifyTime":"2023-03-08T10:23:05 +0000","notifyType":"PAYOUT","data":{"outTradeNo":"PO167823423411","tradeNo":"20230308080847PO7777298223436669001","status":"SUCCESS","reference":"withdrawal-0413","redeemCode":"123456","notifyEmail":"payee@example.com","transactionUtcTime":"2023-03-08T10:22:05 +0000","fundsFreezeTime":"2023-03-08T10:22:05 +0000","payFinishTime":"2023-03-08T10:23:05 +0000","expiryTime":"2023-03-12T02:37:37 +0000","trade":{"amount":"30.00","currency":"EGP"},"source":{"amount":"31.00","currency":"EGP","exchangeRate":"1.0000000000","fee":"1.00","feeCurrency":"EGP","tax":"0.00","taxCurrency":"EGP"},"destination":{"amount":"30.00","currency":"EGP","exchangeRate":"1.0000000000","fee":"0.00","feeCurrency":"EGP","tax":"0.00","taxCurrency":"EGP"}}}',
    "TOKENIZATION": '{"code":"APPLY_SUCCESS","msg":"Success.","keyVersion":"1","appId":"d68f5da6a017466a8e21a64114c6b322","merchantNo":"P01011118267336","notifyTime":"2024-07-02T11:41:07.072Z","notifyType":"TOKENIZATION","data":{"requestId":"TOKREQ20240702113958001","status":"SUCCESS","userId":"U20240311_0052718","paymentTokenID":"PMTOKEN20240702113959512142400031000","tokenScope":"tokenAcq","paymentTokenExpiry":"2030-03-31T23:59:59.000Z","paymentTokenStatus":"Activated","supportMIT":true,"paymentMethodType":"CARD","cardInfo":"444433******1111","ifCVV":"N","brand":"VISA","targetOrg":"","accountDisplay":"","country":"SA"}}',
}


class UnknownNotificationType(ValueError):
    """The payload's `notifyType` is not one this client was generated for."""

    def __init__(self, notify_type: object) -> None:
        super().__init__(f"unknown notifyType {notify_type!r}; known: {', '.join(sorted(NOTIFICATION_MODELS))}")
        self.notify_type = notify_type


def parse_notification(payload: Mapping[str, Any]) -> Notification:
    """The typed notification for a decoded (and already verified) payload."""
    notify_type = payload.get("notifyType")
    model = NOTIFICATION_MODELS.get(notify_type) if isinstance(notify_type, str) else None
    if model is None:
        raise UnknownNotificationType(notify_type)
    return model.from_dict(payload)


def example_notification(notify_type: str) -> dict[str, Any]:
    """A fresh copy of the spec's example payload for ``notify_type`` (amounts as ``Decimal``)."""
    if notify_type not in NOTIFICATION_EXAMPLES:
        raise UnknownNotificationType(notify_type)
    payload: dict[str, Any] = _loads(NOTIFICATION_EXAMPLES[notify_type])
    return payload


__all__ = [
    "NOTIFICATION_EXAMPLES",
    "NOTIFICATION_MODELS",
    "WEBHOOK_MODELS",
    "Notification",
    "UnknownNotificationType",
    "example_notification",
    "parse_notification",
]
