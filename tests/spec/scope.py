"""Which published reference page is transcribed where in our spec."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Target:
    operation: str | None = None
    webhook: str | None = None
    variant: str | None = None  # value of the discriminating member, e.g. integrate=Direct_Payment
    schema: str | None = None  # a page that documents no API call (pageReturn): the component describing it


PAGES: dict[str, Target] = {
    # collection
    "orderAndPay.md": Target(operation="orderAndPay", variant="Hosted_Checkout"),
    "orderAndPay_delSuffixStart1.md": Target(operation="orderAndPay", variant="Direct_Payment"),
    "orderQuery.md": Target(operation="orderQuery"),
    "refund.md": Target(operation="refund"),
    "refundQuery.md": Target(operation="refundQuery"),
    "collectResultNotifyUrl.md": Target(webhook="paymentResult"),
    "RefundResultNotifyUrl.md": Target(webhook="refundResult"),
    # tokenization
    "applyPaymentToken.md": Target(operation="applyPaymentToken"),
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

# The section of a page that each example heading belongs to, by page direction.
EXAMPLE_SECTIONS = {
    ("operation", "Request example"): "request",
    ("operation", "Response example"): "response",
    ("webhook", "Request example"): "notification",
    ("webhook", "Response example"): "reply",
}


def example_section(target: Target, kind: str) -> str:
    return EXAMPLE_SECTIONS[("operation" if target.operation else "webhook", kind)]
