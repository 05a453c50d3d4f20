"""Which published reference page is transcribed where in our spec - and which pages describe no API message."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Target:
    operation: str | None = None
    webhook: str | None = None
    variant: str | None = None  # value of the discriminating member, e.g. integrate=Direct_Payment
    prefer: tuple[str, ...] = ()  # components to read among several object shapes, e.g. the Drop-in payment detail
    schema: str | None = None  # a page that documents no API call (pageReturn): the component describing it


DIRECT = ("DirectPaymentDetail",)
DROPIN = ("DropinPaymentDetail",)

PAGES: dict[str, Target] = {
    # collection (the fake orderAndPay paths are variants of the one orderAndPay operation)
    "orderAndPay.md": Target(operation="orderAndPay", variant="Hosted_Checkout"),
    "orderAndPay_delSuffixStart1.md": Target(operation="orderAndPay", variant="Direct_Payment", prefer=DIRECT),
    "orderQuery.md": Target(operation="orderQuery"),
    "refund.md": Target(operation="refund"),
    "refundQuery.md": Target(operation="refundQuery"),
    "collectResultNotifyUrl.md": Target(webhook="paymentResult"),
    "RefundResultNotifyUrl.md": Target(webhook="refundResult"),
    "applyDDC.md": Target(operation="applyDDC"),
    "confirmPayment.md": Target(operation="confirmPayment"),
    # pre-authorisation
    "orderAndPay_for-auth-capture-dont-copy-me.md": Target(operation="orderAndPay", variant="Hosted_Checkout"),
    "orderAndPay_for-auth-caputre-dont-copy-me.md": Target(
        operation="orderAndPay", variant="Direct_Payment", prefer=DIRECT
    ),
    "orderAndPay_for-auth-capture-drop-dont-copy-me.md": Target(
        operation="orderAndPay", variant="Direct_Payment", prefer=DROPIN
    ),
    "applyDropinSession_for-auth-capture-copy-me.md": Target(operation="applyDropinSession"),
    "authResultNotifyUrl.md": Target(webhook="authorizationResult"),
    "capture.md": Target(operation="capture"),
    "cancel.md": Target(operation="cancel"),
    "captureResultNotifyUrl.md": Target(webhook="captureResult"),
    "cancelResultNotifyUrl.md": Target(webhook="cancelResult"),
    # Drop-in
    "applyDropinSession.md": Target(operation="applyDropinSession"),
    "orderAndPay_for-drop-dont-copy-me.md": Target(operation="orderAndPay", variant="Direct_Payment", prefer=DROPIN),
    # subscriptions
    "subscriptionCreate.md": Target(operation="subscriptionCreate"),
    "subscriptionQuery.md": Target(operation="subscriptionQuery"),
    "subscriptionCancel.md": Target(operation="subscriptionCancel"),
    "subscriptionResultNotifyUrl.md": Target(webhook="subscriptionResult"),
    "subscriptionPaymentResultNotifyUrl.md": Target(webhook="subscriptionPaymentResult"),
    # tokenization
    "applyPaymentToken.md": Target(operation="applyPaymentToken"),
    "InquireApplyRequest.md": Target(operation="InquireApplyRequest"),
    "inquirePaymentToken.md": Target(operation="inquirePaymentToken"),
    "removePaymentToken.md": Target(operation="removePaymentToken"),
    "tokenizationNotifyUrl.md": Target(webhook="tokenizationResult"),
    # pay by link
    "createPaybylink.md": Target(operation="createPaybylink"),
    "queryPaybylink.md": Target(operation="queryPaybylink"),
    "expirePaybylink.md": Target(operation="expirePaybylink"),
    "payLinkResultNotifyUrl.md": Target(webhook="payByLinkResult"),
    # disputes
    "caseSearch.md": Target(operation="caseSearch"),
    "caseReplay.md": Target(operation="caseReplay"),
    "chargeBaclNotifyUrl.md": Target(webhook="dispute"),
    # fraud and risk lists
    "fraudNotifyUrl.md": Target(webhook="fraud"),
    "addOrDelRiskNameList.md": Target(operation="addOrDelRiskNameList"),
    # payouts
    "paymentFieldValidation.md": Target(operation="paymentFieldValidation"),
    "paymentOrderPay.md": Target(operation="paymentOrderPay"),
    "paymentOrderQry.md": Target(operation="paymentOrderQry"),
    "disbursementResultNotifyUrl.md": Target(webhook="payoutResult"),
    # balances
    "currentBalanceQuery.md": Target(operation="currentBalanceQuery"),
    "dayEndBalanceQuery.md": Target(operation="dayEndBalanceQuery"),
    # FX
    "quoteQuery.md": Target(operation="quoteQuery"),
    "exchange.md": Target(operation="exchange"),
    "exchangeQuery.md": Target(operation="exchangeQuery"),
    "queryClientExchangeRate.md": Target(operation="queryClientExchangeRate"),
    # funds notifications
    "balanceNotifyUrl.md": Target(webhook="balanceChange"),
    "vaResultNotifyUrl.md": Target(webhook="virtualAccountReceipt"),
    # RFI
    "rfiNotifyUrl.md": Target(webhook="rfi"),
    "putRfiMaterialList.md": Target(operation="putRfiMaterialList"),
    # bill payment: the validation call is a webhook without the notification envelope
    "billPaymentValidationUrl.md": Target(webhook="billPaymentValidation"),
    "collectResultNotifyUrlForBillPayment.md": Target(webhook="billPaymentResult"),
    "orderConfirm.md": Target(operation="orderConfirm"),
    # the payer's browser returning to frontCallbackUrl: documented by a component, not an operation
    "pageReturn.md": Target(schema="PageReturnParameters"),
}

#: Published pages that describe no API message, with the reason.
NOT_MESSAGES: dict[str, str] = {
    "INDEX.md": "the list of pages",
    "_shared-schemas.md": "objects shared by other pages (transcribed where those pages use them)",
}

# The section of a page that each example heading belongs to, by page direction.
EXAMPLE_SECTIONS = {
    ("operation", "Request example"): "request",
    ("operation", "Response example"): "response",
    ("webhook", "Request example"): "notification",
    ("webhook", "Response example"): "reply",
}


def example_section(target: Target, kind: str) -> str:
    return EXAMPLE_SECTIONS[("operation" if target.operation else "webhook", kind)]
