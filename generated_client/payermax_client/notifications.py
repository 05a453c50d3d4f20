"""PayerMax notifications (webhooks) by `notifyType`, and the calls PayerMax makes without the notification envelope.

Generated from the `webhooks` of the spec. Receive notifications with ``payermax_signing.NotificationReceiver``,
which verifies the signature before parsing: this module only maps an already trusted payload to its model.
Notifications that share a `notifyType` are told apart by a member of `data` that only one of them carries
(`x-payermax-selected-by` in the spec, `NOTIFICATION_VARIANTS` here); the one notification published without a
`notifyType` is parsed when that member is absent (`UNTYPED_NOTIFICATION_MODEL`).
Webhooks marked `x-payermax-envelope: none` (`billPaymentValidation`) are calls, not
notifications: their bare body has no `notifyType`, and the merchant's answer is a reply model of its own. They are
left out of `parse_notification`; each has its own typed `parse_...` helper below.
"""

from collections.abc import Mapping
from typing import Any, TypeAlias

from .json_codec import loads as _loads
from .models import (
    AuthorizationNotification,
    BalanceNotification,
    BillPaymentNotification,
    BillPaymentValidationReply,
    BillPaymentValidationRequest,
    CancelNotification,
    CaptureNotification,
    DisputeNotification,
    FraudNotification,
    PayByLinkNotification,
    PaymentNotification,
    PayoutNotification,
    RefundNotification,
    RfiNotification,
    SubscriptionNotification,
    SubscriptionPaymentNotification,
    TokenizationNotification,
    VirtualAccountNotification,
)

Notification: TypeAlias = (
    AuthorizationNotification
    | CaptureNotification
    | CancelNotification
    | BillPaymentNotification
    | PaymentNotification
    | RefundNotification
    | DisputeNotification
    | BalanceNotification
    | VirtualAccountNotification
    | PayByLinkNotification
    | PayoutNotification
    | RfiNotification
    | FraudNotification
    | SubscriptionNotification
    | SubscriptionPaymentNotification
    | TokenizationNotification
)


#: The model of each `notifyType` value (when several notifications share one, the usual one; see below).
NOTIFICATION_MODELS: dict[str, type[Notification]] = {
    "PAYMENT": PaymentNotification,
    "CHARGEBACK": DisputeNotification,
    "DISPUTE": DisputeNotification,
    "FRAUD": FraudNotification,
    "CUSTOMER_COMPLAINT": DisputeNotification,
    "CAPTURE": CaptureNotification,
    "CANCEL": CancelNotification,
    "REPAYMENT_RECEIPT": BillPaymentNotification,
    "REFUND": RefundNotification,
    "DEPOSIT": BalanceNotification,
    "EXCHANGE": BalanceNotification,
    "WITHDRAW": BalanceNotification,
    "TRANSFER": BalanceNotification,
    "RECEIVE": VirtualAccountNotification,
    "PAYBYLINK": PayByLinkNotification,
    "PAYOUT": PayoutNotification,
    "SUBSCRIPTION": SubscriptionNotification,
    "SUBSCRIPTION_PAYMENT": SubscriptionPaymentNotification,
    "TOKENIZATION": TokenizationNotification,
}

#: Notifications that share their `notifyType` with another one, and the member of `data` that only they
#: carry: a payload with that member is parsed into that model.
NOTIFICATION_VARIANTS: dict[str, tuple[tuple[str, type[Notification]], ...]] = {
    "PAYMENT": (("captureMode", AuthorizationNotification),),
    "FRAUD": (("caseId", DisputeNotification),),
}

#: The model of the notification that carries no `notifyType` at all (parsed when the member is absent).
UNTYPED_NOTIFICATION_MODEL: type[Notification] | None = RfiNotification

#: The model of each notification webhook of the spec, by webhook name.
WEBHOOK_MODELS: dict[str, type[Notification]] = {
    "authorizationResult": AuthorizationNotification,
    "captureResult": CaptureNotification,
    "cancelResult": CancelNotification,
    "billPaymentResult": BillPaymentNotification,
    "paymentResult": PaymentNotification,
    "refundResult": RefundNotification,
    "dispute": DisputeNotification,
    "balanceChange": BalanceNotification,
    "virtualAccountReceipt": VirtualAccountNotification,
    "payByLinkResult": PayByLinkNotification,
    "payoutResult": PayoutNotification,
    "rfi": RfiNotification,
    "fraud": FraudNotification,
    "subscriptionResult": SubscriptionNotification,
    "subscriptionPaymentResult": SubscriptionPaymentNotification,
    "tokenizationResult": TokenizationNotification,
}

#: An example payload of each `notifyType`, from the spec's examples (JSON text, so that amounts stay exactly as
#: the spec writes them). ``example_notification`` decodes one; ``payermax notify`` sends them.
NOTIFICATION_EXAMPLES: dict[str, str] = {
    "CAPTURE": '{"code":"APPLY_SUCCESS","msg":"Success.","keyVersion":"1","appId":"8f8b0895b60f41abbdb05405052971c8","merchantNo":"P01010114178824","notifyTime":"2024-11-06T03:58:41 +0000","notifyType":"CAPTURE","data":{"captureNo":"20241106035613ED7856775040587834006","requestId":"CAP20241106_0002","outTradeNo":"HOTEL20241101_7782","amount":"250.00","currency":"SAR","status":"SUCCESS","isFinal":true,"createdTime":"2024-11-06T03:58:40 +0000","succeededTime":"2024-11-06T03:58:41 +0000"}}',
    "CANCEL": '{"code":"APPLY_SUCCESS","msg":"Success.","keyVersion":"1","appId":"8f8b0895b60f41abbdb05405052971c8","merchantNo":"P01010114178824","notifyTime":"2024-11-06T04:10:04 +0000","notifyType":"CANCEL","data":{"cancelNo":"20241106041002ED7856775040587834101","requestId":"CXL20241106_0001","outTradeNo":"HOTEL20241101_7790","status":"SUCCESS","createdTime":"2024-11-06T04:10:02 +0000","succeededTime":"2024-11-06T04:10:03 +0000"}}',
    "REPAYMENT_RECEIPT": '{"code":"APPLY_SUCCESS","msg":"Success.","keyVersion":"1","merchantAppId":"3b242b56a8b64274bcc37dac281120e3","merchantNo":"020213827212251","notifyTime":"2024-02-27T10:59:08.295Z","notifyType":"REPAYMENT_RECEIPT","data":{"tradeToken":"T2024022710590844120006000203","outTradeNo":"BP2024022710590800017","referenceNo":"PMX01LN20240117","payStatus":"PAY_SUCCESS","totalAmount":1250.0,"currency":"PHP","completeTime":"2024-02-27T10:58:51.185Z","paymentSucceedTime":"2024-02-27T10:59:02.124Z","payerMobileNumber":"639171234567","paymentDetails":[{"paymentMethodType":"BILL_PAYMENT","targetOrg":"GCASH"}]}}',
    "PAYMENT": '{"code":"APPLY_SUCCESS","msg":"Success.","keyVersion":"1","appId":"ff4f0273d212386d5f1c2a4b9e0d7c31","merchantNo":"P01010118640464","notifyTime":"2025-07-04T09:52:11.280Z","notifyType":"PAYMENT","data":{"outTradeNo":"ORD2025070451006","tradeToken":"T2025070409853492001","totalAmount":9.99,"currency":"USD","country":"UN","status":"SUCCESS","completeTime":"2025-07-04T09:52:11.249Z","channelNo":"PPC8000017516227301001","thirdChannelNo":"151764","paymentDetails":[{"paymentMethodType":"CARD","paymentTokenID":"PMTOKEN20230424072005899168200035002","cardInfo":{"cardOrg":"VISA","country":"NZ","cardIdentifierNo":"123456******1234","cardIdentifierName":"Z**************"}}]}}',
    "REFUND": '{"code":"APPLY_SUCCESS","msg":"Success.","keyVersion":"1","appId":"3b242b56a8b64274bcc37dac281120e3","merchantNo":"020213827212251","notifyTime":"2022-01-17T09:33:54.540+00:00","notifyType":"REFUND","data":{"outRefundNo":"R1642411016202","refundTradeNo":"20220117091657TI790000055087","outTradeNo":"P1642410680681","refundAmount":10000,"refundCurrency":"IDR","refundFinishTime":"2023-10-20T03:28:23.092Z","status":"REFUND_SUCCESS"}}',
    "DEPOSIT": '{"code":"APPLY_SUCCESS","msg":"Success","version":"1.0","keyVersion":"1","appId":"3b242b56a8b64274bcc37dac281120e3","merchantNo":"020213827212251","notifyTime":"2024-03-05T08:05:42.216Z","notifyType":"DEPOSIT","data":{"amount":{"currency":"INR","value":"83154.20"},"direction":"DECREASE","counterparty":{"identifyId":"020213827212251","identifyName":"Example Games Ltd"},"relatedTradeNo":"20240305080541TU45120006003017","exchange":{"ccyPair":"USDINR","rate":"83.15420000","rateTime":"2024-03-05T08:00:00.000Z"}}}',
    "EXCHANGE": '{"code":"APPLY_SUCCESS","msg":"Success","version":"1.0","keyVersion":"1","appId":"3b242b56a8b64274bcc37dac281120e3","merchantNo":"020213827212251","notifyTime":"2024-03-05T08:05:42.216Z","notifyType":"EXCHANGE","data":{"amount":{"currency":"INR","value":"83154.20"},"direction":"DECREASE","counterparty":{"identifyId":"020213827212251","identifyName":"Example Games Ltd"},"relatedTradeNo":"20240305080541TU45120006003017","exchange":{"ccyPair":"USDINR","rate":"83.15420000","rateTime":"2024-03-05T08:00:00.000Z"}}}',
    "WITHDRAW": '{"code":"APPLY_SUCCESS","msg":"Success","version":"1.0","keyVersion":"1","appId":"3b242b56a8b64274bcc37dac281120e3","merchantNo":"020213827212251","notifyTime":"2024-03-08T02:14:09.731Z","notifyType":"WITHDRAW","data":{"amount":{"currency":"USD","value":"25000.00"},"direction":"DECREASE","counterparty":{"identifyId":"1029384756","identifyName":"Example Games Ltd"},"relatedTradeNo":"20240308021402TW45120006000412","fee":{"value":"15.00","currency":"USD"}}}',
    "TRANSFER": '{"code":"APPLY_SUCCESS","msg":"Success","version":"1.0","keyVersion":"1","appId":"3b242b56a8b64274bcc37dac281120e3","merchantNo":"020213827212251","notifyTime":"2024-03-05T08:05:42.216Z","notifyType":"TRANSFER","data":{"amount":{"currency":"INR","value":"83154.20"},"direction":"DECREASE","counterparty":{"identifyId":"020213827212251","identifyName":"Example Games Ltd"},"relatedTradeNo":"20240305080541TU45120006003017","exchange":{"ccyPair":"USDINR","rate":"83.15420000","rateTime":"2024-03-05T08:00:00.000Z"}}}',
    "RECEIVE": '{"code":"APPLY_SUCCESS","msg":"Success","version":"1.0","keyVersion":"1","appId":"3b242b56a8b64274bcc37dac281120e3","merchantNo":"020213827212251","notifyTime":"2024-03-11T06:40:18.502Z","notifyType":"RECEIVE","data":{"requestNo":"20240311063911VA45120006000087","channelTradeNo":"BDO2403110639117731","status":"SETTLED","transactionUtcTime":"2024-03-11T06:39:11.204Z","completeTime":"2024-03-11T06:40:18.377Z","paymentDetail":{"payeeInfo":{"country":"PH","accountNo":"7001xxxx3318","accountNickName":"DEFAULT","bankCode":"BNORPHMM"},"payerInfo":{"accountNo":"0049xxxx9021","accountName":"Juan Dela Cruz","bankCode":"BOPIPHMM","bankName":"Bank of the Philippine Islands"},"settle":{"amount":"4975.00","currency":"PHP","fee":"25.00","feeCurrency":"PHP","tax":"0.00","taxCurrency":"PHP"},"trade":{"amount":"5000.00","currency":"PHP"},"remark":"Invoice 2024-0311"}}}',
    "PAYBYLINK": '{"code":"APPLY_SUCCESS","msg":"Success.","keyVersion":"1","appId":"a801ef1fa1a74db683aed2d768a41df1","merchantNo":"020113827303196","notifyTime":"2022-10-20T10:00:01.500+08:00","notifyType":"PAYBYLINK","data":{"linkId":"jyirffse","merchantLinkId":"paybylinktest001","totalAmount":"10000","country":"ID","currency":"IDR","linkStatus":"ACTIVE","expiresAt":"2022-11-22T10:00:00.500+08:00","linkUrl":"https://www.payermax.link/mtfbpomjw","qrCodeUrl":"https://www.payermax.link/images/mtfbpomjwquc/qrcode","linkDescription":"Order 7702 placed by phone","payByLinkInfo":[{"outTradeNo":"order2022001","status":"SUCCESS","completeAt":"2022-10-20T10:00:00.500+08:00","paymentDetails":[{"paymentMethodType":"CARD","targetOrg":"","cardInfo":{"cardOrg":"VISA","country":"ID","cardNumber":"625244******9483","cardIdentifierNo":"625244******9483"}}]}]}}',
    "PAYOUT": '{"code":"APPLY_SUCCESS","msg":"Success.","keyVersion":"1","appId":"6666c83333a24666674497c444a33333","merchantNo":"010213834123456","notifyTime":"2023-03-08T10:23:05 +0000","notifyType":"PAYOUT","data":{"outTradeNo":"PO167823423411","tradeNo":"20230308080847PO7777298223436669001","status":"SUCCESS","reference":"withdrawal-0413","redeemCode":"123456","notifyEmail":"payee@example.com","transactionUtcTime":"2023-03-08T10:22:05 +0000","fundsFreezeTime":"2023-03-08T10:22:05 +0000","payFinishTime":"2023-03-08T10:23:05 +0000","expiryTime":"2023-03-12T02:37:37 +0000","trade":{"amount":"30.00","currency":"EGP"},"source":{"amount":"31.00","currency":"EGP","exchangeRate":"1.0000000000","fee":"1.00","feeCurrency":"EGP","tax":"0.00","taxCurrency":"EGP"},"destination":{"amount":"30.00","currency":"EGP","exchangeRate":"1.0000000000","fee":"0.00","feeCurrency":"EGP","tax":"0.00","taxCurrency":"EGP"}}}',
    "FRAUD": '{"version":"1.0","keyVersion":"1","notifyTime":"2024-10-29T12:39:28.925+00:00","appId":"486c52f2a774420f8116ce5373a938a1","merchantNo":"P01010114547935","spMerchantNo":"","notifyType":"FRAUD","code":"APPLY_SUCCESS","msg":"Success.","data":{"merchantNo":"P01010114547935","outTradeNo":"EG20241029_5531","tradeAmount":"30.5900","tradeCurrency":"EGP","tradeCreateTime":"2024-10-21T18:02:51.310+00:00","receiveDate":"2024-10-29T12:39:20.002+00:00","outUserId":"28167857"}}',
    "SUBSCRIPTION": '{"code":"APPLY_SUCCESS","msg":"","keyVersion":"1","appId":"6666c8b036a245799744912345a12345","merchantNo":"010213834123456","notifyTime":"2025-02-26T05:02:41.503+00:00","notifyType":"SUBSCRIPTION","data":{"subscriptionRequestId":"PLAN20250226_0001","userId":"member-0001","subscriptionPlan":{"subscriptionNo":"SUB20250226050000065211234","subscriptionStatus":"ACTIVE"}}}',
    "SUBSCRIPTION_PAYMENT": '{"code":"APPLY_SUCCESS","msg":"","keyVersion":"1","appId":"6666c8b036a245799744912345a12345","merchantNo":"010213834123456","notifyTime":"2025-03-25T13:00:13.120+00:00","notifyType":"SUBSCRIPTION_PAYMENT","data":{"subscriptionRequestId":"PLAN20250226_0001","userId":"member-0001","subscriptionPlan":{"subscriptionNo":"SUB20250226050000065211234"},"subscriptionPaymentDetail":{"subscriptionIndex":1,"paymentStatus":"SUCCESS","periodStartTime":"2025-03-26T05:02:40+0000","periodEndTime":"2025-04-26T05:02:40+0000","payAmount":{"amount":12.99,"currency":"USD"},"paymentMethodType":"CARD","cardOrg":"VISA","lastPaymentInfo":{"lastPaymentStatus":"SUCCESS","payTime":"2025-03-25T13:00:12+0000","tradeToken":"T2025032513001211231077"}}}}',
    "TOKENIZATION": '{"code":"APPLY_SUCCESS","msg":"Success.","keyVersion":"1","appId":"d68f5da6a017466a8e21a64114c6b322","merchantNo":"P01011118267336","notifyTime":"2024-07-02T11:41:07.072Z","notifyType":"TOKENIZATION","data":{"requestId":"TOKREQ20240702113958001","status":"SUCCESS","userId":"U20240311_0052718","paymentTokenID":"PMTOKEN20240702113959512142400031000","tokenScope":"tokenAcq","paymentTokenExpiry":"2030-03-31T23:59:59.000Z","paymentTokenStatus":"Activated","supportMIT":true,"paymentMethodType":"CARD","cardInfo":"444433******1111","ifCVV":"N","brand":"VISA","targetOrg":"","accountDisplay":"","country":"SA"}}',
    "CHARGEBACK": '{"code":"APPLY_SUCCESS","msg":"Success.","version":"1.5","keyVersion":"1","appId":"3b242b56a8b64274bcc37dac281120e3","merchantNo":"020213827212251","notifyTime":"2024-02-05T09:12:40.318Z","notifyType":"CHARGEBACK","data":{"caseId":"O20240205091201553120004417","status":"DISPUTE_INQUIRY","reasonCode":"10.4","reasonMessage":"Other Fraud - Card Absent Environment","retrievalDate":"2024-02-05","expirationDate":"2024-02-15","amount":"74.99","fee":"15.00","totalAmount":"89.99","currency":"USD","originTradeAmount":"74.99","originTradeCurrency":"USD","outTradeNo":"P1705310352195","tradeToken":"T2024011509190400000003","channelOrderNo":"TPC1705310352195000112","outUserId":"U20231102","tradeAmount":"74.99","tradeCurrency":"USD","tradeCountry":"US","tradeCreateTime":"2024-01-15T09:19:04.512+00:00","payFinishTime":"2024-01-15T09:19:31.044+00:00","paymentMethodType":"CARD","cardOrg":"VISA","productDesc":"Annual subscription"}}',
    "DISPUTE": '{"code":"APPLY_SUCCESS","msg":"Success.","version":"1.4","keyVersion":"1","appId":"6666c8b036a24579974497c2f9a11111","merchantNo":"020213834542382","notifyTime":"2023-10-09T05:52:42.159Z","notifyType":"DISPUTE","data":{"caseId":"O20230412074414033194005231","batchId":"","status":"CASE_CLOSED","caseResult":"WIN","reasonCode":"4842","reasonMessage":"Late Presentment","retrievalDate":"2023-04-12","expirationDate":"2023-04-19","amount":"20000.00","fee":"564.47","totalAmount":"20564.47","currency":"PHP","originTradeAmount":"20000.00","originTradeCurrency":"PHP","outTradeNo":"P1678160134430","tradeToken":"T2023030703353300000002","channelOrderNo":"TPC25414916781601399492036086","outUserId":"U1678160134430","tradeAmount":"20000.00","tradeCurrency":"PHP","tradeCountry":"PH","tradeCreateTime":"2023-03-07T03:35:33.000Z","payFinishTime":"2023-03-07T03:35:48.000Z","paymentMethodType":"WALLET","targetOrg":"GRABPAY","productDesc":"1000 game coins"}}',
    "CUSTOMER_COMPLAINT": '{"code":"APPLY_SUCCESS","msg":"Success.","version":"1.4","keyVersion":"1","appId":"6666c8b036a24579974497c2f9a11111","merchantNo":"020213834542382","notifyTime":"2023-10-09T05:52:42.159Z","notifyType":"CUSTOMER_COMPLAINT","data":{"caseId":"O20230412074414033194005231","batchId":"","status":"CASE_CLOSED","caseResult":"WIN","reasonCode":"4842","reasonMessage":"Late Presentment","retrievalDate":"2023-04-12","expirationDate":"2023-04-19","amount":"20000.00","fee":"564.47","totalAmount":"20564.47","currency":"PHP","originTradeAmount":"20000.00","originTradeCurrency":"PHP","outTradeNo":"P1678160134430","tradeToken":"T2023030703353300000002","channelOrderNo":"TPC25414916781601399492036086","outUserId":"U1678160134430","tradeAmount":"20000.00","tradeCurrency":"PHP","tradeCountry":"PH","tradeCreateTime":"2023-03-07T03:35:33.000Z","payFinishTime":"2023-03-07T03:35:48.000Z","paymentMethodType":"WALLET","targetOrg":"GRABPAY","productDesc":"1000 game coins"}}',
}

#: An example payload of each notification webhook, by webhook name (the variants sharing a `notifyType` and
#: the notification without one included).
WEBHOOK_EXAMPLES: dict[str, str] = {
    "authorizationResult": '{"code":"APPLY_SUCCESS","msg":"Success.","keyVersion":"1","appId":"8f8b0895b60f41abbdb05405052971c8","merchantNo":"P01010114178824","notifyTime":"2024-11-01T10:12:44.310+00:00","notifyType":"PAYMENT","data":{"outTradeNo":"HOTEL20241101_7781","tradeToken":"T2024110110453492001","totalAmount":"100.00","currency":"USD","country":"US","status":"SUCCESS","captureMode":"MANUAL","authorizationType":"FINAL_AUTH","completeTime":"2024-11-01T10:12:44.120Z","channelNo":"PPC8000017304557640010","paymentDetails":[{"paymentMethodType":"CARD","cardInfo":{"cardOrg":"VISA","country":"US","cardIdentifierNo":"411111******1111","cardIdentifierName":"J*** S****"}}],"reference":"booking-7781"}}',
    "captureResult": '{"code":"APPLY_SUCCESS","msg":"Success.","keyVersion":"1","appId":"8f8b0895b60f41abbdb05405052971c8","merchantNo":"P01010114178824","notifyTime":"2024-11-06T03:58:41 +0000","notifyType":"CAPTURE","data":{"captureNo":"20241106035613ED7856775040587834006","requestId":"CAP20241106_0002","outTradeNo":"HOTEL20241101_7782","amount":"250.00","currency":"SAR","status":"SUCCESS","isFinal":true,"createdTime":"2024-11-06T03:58:40 +0000","succeededTime":"2024-11-06T03:58:41 +0000"}}',
    "cancelResult": '{"code":"APPLY_SUCCESS","msg":"Success.","keyVersion":"1","appId":"8f8b0895b60f41abbdb05405052971c8","merchantNo":"P01010114178824","notifyTime":"2024-11-06T04:10:04 +0000","notifyType":"CANCEL","data":{"cancelNo":"20241106041002ED7856775040587834101","requestId":"CXL20241106_0001","outTradeNo":"HOTEL20241101_7790","status":"SUCCESS","createdTime":"2024-11-06T04:10:02 +0000","succeededTime":"2024-11-06T04:10:03 +0000"}}',
    "billPaymentResult": '{"code":"APPLY_SUCCESS","msg":"Success.","keyVersion":"1","merchantAppId":"3b242b56a8b64274bcc37dac281120e3","merchantNo":"020213827212251","notifyTime":"2024-02-27T10:59:08.295Z","notifyType":"REPAYMENT_RECEIPT","data":{"tradeToken":"T2024022710590844120006000203","outTradeNo":"BP2024022710590800017","referenceNo":"PMX01LN20240117","payStatus":"PAY_SUCCESS","totalAmount":1250.0,"currency":"PHP","completeTime":"2024-02-27T10:58:51.185Z","paymentSucceedTime":"2024-02-27T10:59:02.124Z","payerMobileNumber":"639171234567","paymentDetails":[{"paymentMethodType":"BILL_PAYMENT","targetOrg":"GCASH"}]}}',
    "paymentResult": '{"code":"APPLY_SUCCESS","msg":"Success.","keyVersion":"1","appId":"ff4f0273d212386d5f1c2a4b9e0d7c31","merchantNo":"P01010118640464","notifyTime":"2025-07-04T09:52:11.280Z","notifyType":"PAYMENT","data":{"outTradeNo":"ORD2025070451006","tradeToken":"T2025070409853492001","totalAmount":9.99,"currency":"USD","country":"UN","status":"SUCCESS","completeTime":"2025-07-04T09:52:11.249Z","channelNo":"PPC8000017516227301001","thirdChannelNo":"151764","paymentDetails":[{"paymentMethodType":"CARD","paymentTokenID":"PMTOKEN20230424072005899168200035002","cardInfo":{"cardOrg":"VISA","country":"NZ","cardIdentifierNo":"123456******1234","cardIdentifierName":"Z**************"}}]}}',
    "refundResult": '{"code":"APPLY_SUCCESS","msg":"Success.","keyVersion":"1","appId":"3b242b56a8b64274bcc37dac281120e3","merchantNo":"020213827212251","notifyTime":"2022-01-17T09:33:54.540+00:00","notifyType":"REFUND","data":{"outRefundNo":"R1642411016202","refundTradeNo":"20220117091657TI790000055087","outTradeNo":"P1642410680681","refundAmount":10000,"refundCurrency":"IDR","refundFinishTime":"2023-10-20T03:28:23.092Z","status":"REFUND_SUCCESS"}}',
    "dispute": '{"code":"APPLY_SUCCESS","msg":"Success.","version":"1.4","keyVersion":"1","appId":"6666c8b036a24579974497c2f9a11111","merchantNo":"020213834542382","notifyTime":"2023-10-09T05:52:42.159Z","notifyType":"DISPUTE","data":{"caseId":"O20230412074414033194005231","batchId":"","status":"CASE_CLOSED","caseResult":"WIN","reasonCode":"4842","reasonMessage":"Late Presentment","retrievalDate":"2023-04-12","expirationDate":"2023-04-19","amount":"20000.00","fee":"564.47","totalAmount":"20564.47","currency":"PHP","originTradeAmount":"20000.00","originTradeCurrency":"PHP","outTradeNo":"P1678160134430","tradeToken":"T2023030703353300000002","channelOrderNo":"TPC25414916781601399492036086","outUserId":"U1678160134430","tradeAmount":"20000.00","tradeCurrency":"PHP","tradeCountry":"PH","tradeCreateTime":"2023-03-07T03:35:33.000Z","payFinishTime":"2023-03-07T03:35:48.000Z","paymentMethodType":"WALLET","targetOrg":"GRABPAY","productDesc":"1000 game coins"}}',
    "balanceChange": '{"code":"APPLY_SUCCESS","msg":"Success","version":"1.0","keyVersion":"1","appId":"3b242b56a8b64274bcc37dac281120e3","merchantNo":"020213827212251","notifyTime":"2024-03-05T08:05:42.216Z","notifyType":"EXCHANGE","data":{"amount":{"currency":"INR","value":"83154.20"},"direction":"DECREASE","counterparty":{"identifyId":"020213827212251","identifyName":"Example Games Ltd"},"relatedTradeNo":"20240305080541TU45120006003017","exchange":{"ccyPair":"USDINR","rate":"83.15420000","rateTime":"2024-03-05T08:00:00.000Z"}}}',
    "virtualAccountReceipt": '{"code":"APPLY_SUCCESS","msg":"Success","version":"1.0","keyVersion":"1","appId":"3b242b56a8b64274bcc37dac281120e3","merchantNo":"020213827212251","notifyTime":"2024-03-11T06:40:18.502Z","notifyType":"RECEIVE","data":{"requestNo":"20240311063911VA45120006000087","channelTradeNo":"BDO2403110639117731","status":"SETTLED","transactionUtcTime":"2024-03-11T06:39:11.204Z","completeTime":"2024-03-11T06:40:18.377Z","paymentDetail":{"payeeInfo":{"country":"PH","accountNo":"7001xxxx3318","accountNickName":"DEFAULT","bankCode":"BNORPHMM"},"payerInfo":{"accountNo":"0049xxxx9021","accountName":"Juan Dela Cruz","bankCode":"BOPIPHMM","bankName":"Bank of the Philippine Islands"},"settle":{"amount":"4975.00","currency":"PHP","fee":"25.00","feeCurrency":"PHP","tax":"0.00","taxCurrency":"PHP"},"trade":{"amount":"5000.00","currency":"PHP"},"remark":"Invoice 2024-0311"}}}',
    "payByLinkResult": '{"code":"APPLY_SUCCESS","msg":"Success.","keyVersion":"1","appId":"a801ef1fa1a74db683aed2d768a41df1","merchantNo":"020113827303196","notifyTime":"2022-10-20T10:00:01.500+08:00","notifyType":"PAYBYLINK","data":{"linkId":"jyirffse","merchantLinkId":"paybylinktest001","totalAmount":"10000","country":"ID","currency":"IDR","linkStatus":"ACTIVE","expiresAt":"2022-11-22T10:00:00.500+08:00","linkUrl":"https://www.payermax.link/mtfbpomjw","qrCodeUrl":"https://www.payermax.link/images/mtfbpomjwquc/qrcode","linkDescription":"Order 7702 placed by phone","payByLinkInfo":[{"outTradeNo":"order2022001","status":"SUCCESS","completeAt":"2022-10-20T10:00:00.500+08:00","paymentDetails":[{"paymentMethodType":"CARD","targetOrg":"","cardInfo":{"cardOrg":"VISA","country":"ID","cardNumber":"625244******9483","cardIdentifierNo":"625244******9483"}}]}]}}',
    "payoutResult": '{"code":"APPLY_SUCCESS","msg":"Success.","keyVersion":"1","appId":"6666c83333a24666674497c444a33333","merchantNo":"010213834123456","notifyTime":"2023-03-08T10:23:05 +0000","notifyType":"PAYOUT","data":{"outTradeNo":"PO167823423411","tradeNo":"20230308080847PO7777298223436669001","status":"SUCCESS","reference":"withdrawal-0413","redeemCode":"123456","notifyEmail":"payee@example.com","transactionUtcTime":"2023-03-08T10:22:05 +0000","fundsFreezeTime":"2023-03-08T10:22:05 +0000","payFinishTime":"2023-03-08T10:23:05 +0000","expiryTime":"2023-03-12T02:37:37 +0000","trade":{"amount":"30.00","currency":"EGP"},"source":{"amount":"31.00","currency":"EGP","exchangeRate":"1.0000000000","fee":"1.00","feeCurrency":"EGP","tax":"0.00","taxCurrency":"EGP"},"destination":{"amount":"30.00","currency":"EGP","exchangeRate":"1.0000000000","fee":"0.00","feeCurrency":"EGP","tax":"0.00","taxCurrency":"EGP"}}}',
    "rfi": '{"version":"1.4","keyVersion":"1","notifyTime":"2024-03-12T02:03:45.210Z","appId":"3b242b56a8b64274bcc37dac281120e3","merchantNo":"020213827212251","data":{"rfiNo":"RFI20240312020345000117","remark":"Please provide the sender\'s identity document and the source of the funds.","businessType":"VA_PAYMENT","status":"REVIEW","expireTime":"2024-03-19T02:03:45.000Z","relateOrderId":["20240312020120VA45120006000131"],"materialList":[{"fieldName":"ID","fieldType":"file"},{"fieldName":"SOURCE_OF_FUNDS","fieldType":"String"}]}}',
    "fraud": '{"version":"1.0","keyVersion":"1","notifyTime":"2024-10-29T12:39:28.925+00:00","appId":"486c52f2a774420f8116ce5373a938a1","merchantNo":"P01010114547935","spMerchantNo":"","notifyType":"FRAUD","code":"APPLY_SUCCESS","msg":"Success.","data":{"merchantNo":"P01010114547935","outTradeNo":"EG20241029_5531","tradeAmount":"30.5900","tradeCurrency":"EGP","tradeCreateTime":"2024-10-21T18:02:51.310+00:00","receiveDate":"2024-10-29T12:39:20.002+00:00","outUserId":"28167857"}}',
    "subscriptionResult": '{"code":"APPLY_SUCCESS","msg":"","keyVersion":"1","appId":"6666c8b036a245799744912345a12345","merchantNo":"010213834123456","notifyTime":"2025-02-26T05:02:41.503+00:00","notifyType":"SUBSCRIPTION","data":{"subscriptionRequestId":"PLAN20250226_0001","userId":"member-0001","subscriptionPlan":{"subscriptionNo":"SUB20250226050000065211234","subscriptionStatus":"ACTIVE"}}}',
    "subscriptionPaymentResult": '{"code":"APPLY_SUCCESS","msg":"","keyVersion":"1","appId":"6666c8b036a245799744912345a12345","merchantNo":"010213834123456","notifyTime":"2025-03-25T13:00:13.120+00:00","notifyType":"SUBSCRIPTION_PAYMENT","data":{"subscriptionRequestId":"PLAN20250226_0001","userId":"member-0001","subscriptionPlan":{"subscriptionNo":"SUB20250226050000065211234"},"subscriptionPaymentDetail":{"subscriptionIndex":1,"paymentStatus":"SUCCESS","periodStartTime":"2025-03-26T05:02:40+0000","periodEndTime":"2025-04-26T05:02:40+0000","payAmount":{"amount":12.99,"currency":"USD"},"paymentMethodType":"CARD","cardOrg":"VISA","lastPaymentInfo":{"lastPaymentStatus":"SUCCESS","payTime":"2025-03-25T13:00:12+0000","tradeToken":"T2025032513001211231077"}}}}',
    "tokenizationResult": '{"code":"APPLY_SUCCESS","msg":"Success.","keyVersion":"1","appId":"d68f5da6a017466a8e21a64114c6b322","merchantNo":"P01011118267336","notifyTime":"2024-07-02T11:41:07.072Z","notifyType":"TOKENIZATION","data":{"requestId":"TOKREQ20240702113958001","status":"SUCCESS","userId":"U20240311_0052718","paymentTokenID":"PMTOKEN20240702113959512142400031000","tokenScope":"tokenAcq","paymentTokenExpiry":"2030-03-31T23:59:59.000Z","paymentTokenStatus":"Activated","supportMIT":true,"paymentMethodType":"CARD","cardInfo":"444433******1111","ifCVV":"N","brand":"VISA","targetOrg":"","accountDisplay":"","country":"SA"}}',
}


class UnknownNotificationType(ValueError):
    """The payload's `notifyType` is not one this client was generated for."""

    def __init__(self, notify_type: object) -> None:
        super().__init__(f"unknown notifyType {notify_type!r}; known: {', '.join(sorted(NOTIFICATION_MODELS))}")
        self.notify_type = notify_type


def parse_notification(payload: Mapping[str, Any]) -> Notification:
    """The typed notification for a decoded (and already verified) payload."""
    notify_type = payload.get("notifyType")
    if notify_type is None and "notifyType" not in payload:
        if UNTYPED_NOTIFICATION_MODEL is None:
            raise UnknownNotificationType(None)
        return UNTYPED_NOTIFICATION_MODEL.from_dict(payload)
    if not isinstance(notify_type, str):
        raise UnknownNotificationType(notify_type)
    data = payload.get("data")
    for member, variant in NOTIFICATION_VARIANTS.get(notify_type, ()):
        if isinstance(data, Mapping) and data.get(member) is not None:
            return variant.from_dict(payload)
    model = NOTIFICATION_MODELS.get(notify_type)
    if model is None:
        raise UnknownNotificationType(notify_type)
    return model.from_dict(payload)


def example_notification(notify_type: str) -> dict[str, Any]:
    """A fresh copy of the spec's example payload for ``notify_type``, or for the webhook of that name
    (``rfiResult``, ``authorizationResult``); amounts as ``Decimal``."""
    text = NOTIFICATION_EXAMPLES.get(notify_type) or WEBHOOK_EXAMPLES.get(notify_type)
    if text is None:
        raise UnknownNotificationType(notify_type)
    payload: dict[str, Any] = _loads(text)
    return payload


MerchantCall: TypeAlias = BillPaymentValidationRequest
MerchantCallReply: TypeAlias = BillPaymentValidationReply
#: For each call PayerMax makes without the notification envelope: the model of its body and of the merchant's reply.
MERCHANT_CALL_MODELS: dict[str, tuple[type[MerchantCall], type[MerchantCallReply]]] = {
    "billPaymentValidation": (BillPaymentValidationRequest, BillPaymentValidationReply),
}


def parse_bill_payment_validation(payload: Mapping[str, Any]) -> BillPaymentValidationRequest:
    """The typed `billPaymentValidation` call for a decoded (and already verified) body; answer it with `BillPaymentValidationReply`."""
    return BillPaymentValidationRequest.from_dict(payload)


__all__ = [
    "MERCHANT_CALL_MODELS",
    "MerchantCall",
    "MerchantCallReply",
    "NOTIFICATION_EXAMPLES",
    "NOTIFICATION_MODELS",
    "NOTIFICATION_VARIANTS",
    "Notification",
    "UNTYPED_NOTIFICATION_MODEL",
    "UnknownNotificationType",
    "WEBHOOK_EXAMPLES",
    "WEBHOOK_MODELS",
    "example_notification",
    "parse_bill_payment_validation",
    "parse_notification",
]
