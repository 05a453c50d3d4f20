"""Bill payment (Philippines): PayerMax asks the merchant whether a bill may be paid, notifies the payment,
and takes the merchant's booking confirmation (orderConfirm, or the notification's reply).

A payer entering the merchant's reference in a wallet is played by the control API
(``POST /emulator/bill-payments``). Then, on the one delivery path of the outbox (``services/outbox.py``):

1. **Validation call** (``BILL_PAYMENT_VALIDATION``): the bare body ``{referenceNo, amount, currency}``, signed
   like a notification, POSTed to the merchant's validation URL. One attempt (the payer is waiting; PayerMax
   documents no retry). The reply is checked against the spec's ``BillPaymentValidationReply``. The payment
   goes ahead only on an acknowledged reply whose ``data`` says ``confirmation`` ``Y`` for this
   ``referenceNo`` and currency, with ``minAmount <= amount <= maxAmount``; anything else ends it
   ``REFUSED``, and ``validation.outcome`` records why: ``N`` (with the merchant's ``failureReason``),
   ``AMOUNT_OUT_OF_RANGE``, ``MISMATCH`` (another reference or currency), ``INVALID_REPLY`` (the reply breaks
   the spec: the problem names the field and the rule), ``NO_DECISION`` (no ``data``) or ``NO_ANSWER`` (no
   acknowledgement: error, time-out, another status or code).
2. **Payment**: on ``Y`` the payer pays at once; PayerMax numbers the payment (``tradeToken``, ``outTradeNo``)
   and sends the bill-payment notification (``REPAYMENT_RECEIPT``, the ``merchantAppId`` envelope without
   ``version``; ``payStatus`` ``PAY_SUCCESS``) to the bill-payment notify URL (else the merchant's), retried
   on PayerMax's schedule until acknowledged.
3. **Booking**: by default PayerMax books the payment itself: ``CONFIRMED`` at once (``booking.source``
   ``AUTO``). A merchant whose settings say ``holdBooking`` gets ``UNCONFIRMED`` payments, and the first
   confirmation PayerMax receives decides - the ``data`` of an acknowledged reply to the notification
   (``NOTIFICATION_REPLY``) or ``orderConfirm`` (``ORDER_CONFIRM``): ``Y`` is ``CONFIRMED``, ``N`` is
   ``REJECTED`` (with its ``failureReason``). ``CONFIRMED`` credits the merchant's ``ACQUIRING`` account in PHP
   (a collection: no balance notification); ``REJECTED`` credits nothing (PayerMax does not settle it).

States: ``VALIDATING`` -> ``REFUSED`` (final) | ``UNCONFIRMED`` | ``CONFIRMED``; ``UNCONFIRMED`` -> ``CONFIRMED``
| ``REJECTED`` (both final). Later confirmations are not processed: the record lists them in ``ignored`` with
their source and why.

**orderConfirm** names a paid bill payment of the merchant by ``tradeToken`` (``ORDER_NOT_EXIST`` for an unknown
one, or one that was never paid); ``referenceNo``, ``amount`` and ``currency`` must be the payment's
(``PARAMS_INVALID`` naming the field). On an ``UNCONFIRMED`` payment it decides the booking; on one already
decided, the same decision is answered ``APPLY_SUCCESS`` and recorded as ignored, another is refused with
``ORDER_CLOSED``. The answer's ``data`` is ``{referenceNo, tradeToken}``.

Control endpoints (``http/adapters/bill_payments.py``; the test merchant or ``?appId=``):

| endpoint | what it does |
|---|---|
| `PUT /emulator/bill-payments/settings` | `{"validationUrl", "notifyUrl"?, "holdBooking"? (false)}`: where PayerMax calls the merchant, and whether it waits for the merchant's booking confirmation |
| `GET /emulator/bill-payments/settings` | those settings |
| `POST /emulator/bill-payments` | a payer starts paying a bill: `{"referenceNo", "amount", "currency"? (PHP), "payerMobileNumber"?, "payerEmail"?, "targetOrg"? (GCASH)}`; answers the bill payment (`VALIDATING`) |
| `GET /emulator/bill-payments/{tradeToken}` | the bill payment: status, `validation`, `booking`, `ignored` |
"""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from payermax_signing.protocol import format_time, notification_envelope

from ..kit import Lifecycle, Product, Record, Table, operation
from ..services import Merchant
from ..services.outbox import Message, Policy, Reply
from ..store.db import next_sequence
from ..store.errors import PARAMS_INVALID, BusinessError, optional_text, params_invalid
from ..store.money import amount, check_amount, money
from .ledger import ACQUIRING, Account, Ledger

VALIDATING, REFUSED, UNCONFIRMED, CONFIRMED, REJECTED = "VALIDATING", "REFUSED", "UNCONFIRMED", "CONFIRMED", "REJECTED"
LIFECYCLE = Lifecycle(
    "bill payment", {VALIDATING: (REFUSED, UNCONFIRMED, CONFIRMED), UNCONFIRMED: (CONFIRMED, REJECTED)}
)
PAID = (UNCONFIRMED, CONFIRMED, REJECTED)
VALIDATION, NOTIFY_TYPE = "BILL_PAYMENT_VALIDATION", "REPAYMENT_RECEIPT"
AUTO, NOTIFICATION_REPLY, ORDER_CONFIRM = "AUTO", "NOTIFICATION_REPLY", "ORDER_CONFIRM"
CURRENCY = "PHP"
YES, NO = "Y", "N"


@dataclass
class BillPayment(Record):
    """A bill payment with its document (the payment, and what each step recorded)."""

    trade_token: str
    reference_no: str

    @property
    def amount(self) -> Decimal:
        return Decimal(self.doc["amount"])

    def view(self) -> dict[str, Any]:
        """What the control API answers (the payer's contact details left out)."""
        names = ("outTradeNo", "amount", "currency", "validation", "booking", "ignored")
        return {"tradeToken": self.trade_token, "referenceNo": self.reference_no, "status": self.status,
                **{name: self.doc[name] for name in names}}  # fmt: skip

    def notification_data(self) -> dict[str, Any]:
        doc = self.doc
        data: dict[str, Any] = {
            "tradeToken": self.trade_token,
            "outTradeNo": doc["outTradeNo"],
            "referenceNo": self.reference_no,
            "payStatus": "PAY_SUCCESS",
            "totalAmount": self.amount,
            "currency": doc["currency"],
            "completeTime": doc["completeTime"],
            "paymentSucceedTime": doc["paymentSucceedTime"],
            "payerMobileNumber": doc["payerMobileNumber"],
        }
        if doc.get("payerEmail"):
            data["payerEmail"] = doc["payerEmail"]
        data["paymentDetails"] = [{"paymentMethodType": "BILL_PAYMENT", "targetOrg": doc["targetOrg"]}]
        return data


@dataclass
class BillSettings:
    """Where PayerMax calls one merchant about bill payments, and whether it waits for its booking."""

    app_id: str
    validation_url: str
    notify_url: str | None
    hold_booking: bool

    def view(self) -> dict[str, Any]:
        return {"validationUrl": self.validation_url, "notifyUrl": self.notify_url, "holdBooking": self.hold_booking}


BILLS = Table(BillPayment, "bill_payments", "The bill payment", "app_id, reference_no")
SETTINGS = Table(BillSettings, "bill_payment_settings", "The bill-payment settings")


def _url(body: Mapping[str, Any], name: str, *, required: bool) -> str | None:
    value = optional_text(body, name, 512)
    if value is None and required:
        raise params_invalid(f"{name} is required.")
    if value is not None and not value.startswith(("http://", "https://")):
        raise params_invalid(f"{name} must be an http(s) address.")
    return value


def _mismatch(bill: BillPayment, data: Mapping[str, Any]) -> str | None:
    """Why a booking confirmation does not fit the payment (naming the field, never the value), or None."""
    if data["referenceNo"] != bill.reference_no:
        return "data.referenceNo is not the reference of this payment."
    if amount(data["amount"]) != bill.amount:
        return "data.amount must equal the amount paid."
    if data["currency"] != bill.doc["currency"]:
        return "data.currency must be the currency paid."
    return None


@dataclass(eq=False)
class BillPayments(Product):
    tables = (BILLS, SETTINGS)
    ledger: Ledger

    def __post_init__(self) -> None:
        outbox = self.services.outbox
        outbox.define(
            VALIDATION, Policy(attempts=1, reply_schema="BillPaymentValidationReply", on_reply=self._validated)
        )
        outbox.define(NOTIFY_TYPE, Policy(reply_schema="BillPaymentNotificationReply", on_reply=self._replied))

    # ------------------------------------------------------------------------------ the control API
    def configure(self, merchant: Merchant, body: dict[str, Any]) -> dict[str, Any]:
        hold = body.get("holdBooking", False)
        if not isinstance(hold, bool):
            raise params_invalid("holdBooking must be true or false.")
        validation_url = _url(body, "validationUrl", required=True)
        assert validation_url is not None
        settings = BillSettings(merchant.app_id, validation_url, _url(body, "notifyUrl", required=False), hold)
        with self.services.db.transaction() as tx:
            if SETTINGS.find(tx, app_id=merchant.app_id) is None:
                SETTINGS.insert(tx, settings)
            else:
                SETTINGS.save(tx, settings)
        return settings.view()

    def settings_of(self, merchant: Merchant) -> dict[str, Any]:
        with self.services.db.transaction() as tx:
            return SETTINGS.get(tx, app_id=merchant.app_id).view()

    def start(self, merchant: Merchant, body: dict[str, Any]) -> dict[str, Any]:
        """A payer enters ``referenceNo`` and an amount in a wallet: PayerMax asks the merchant."""
        reference = optional_text(body, "referenceNo", 64)
        if reference is None:
            raise params_invalid("referenceNo is required (at most 64 characters).")
        currency = str(body.get("currency") or CURRENCY)
        if currency != CURRENCY:
            raise BusinessError("CURRENCY_INVALID", "currency must be PHP: bill payment is a Philippine method.")
        try:
            value = amount(body["amount"])
        except (KeyError, ArithmeticError):
            raise params_invalid("amount is required, a decimal amount.") from None
        check_amount(value, currency, places=2, field="amount")
        now = self.services.clock.now()
        with self.services.db.transaction() as tx:
            settings = SETTINGS.find(tx, app_id=merchant.app_id)
            if settings is None:
                raise params_invalid("No validation URL: configure it first (PUT /emulator/bill-payments/settings).")
            sequence = next_sequence(tx, "order")
            doc: dict[str, Any] = {
                "outTradeNo": f"BP{now:%Y%m%d%H%M%S}{sequence:06d}",
                "amount": money(value, currency),
                "currency": currency,
                "payerMobileNumber": optional_text(body, "payerMobileNumber", 64) or "639170000000",
                "payerEmail": optional_text(body, "payerEmail", 64),
                "targetOrg": optional_text(body, "targetOrg", 32) or "GCASH",
                "holdBooking": settings.hold_booking,
                "notifyUrl": settings.notify_url,
                "validation": None,
                "booking": None,
                "ignored": [],
            }
            trade_token = f"T{now:%Y%m%d%H%M%S}{sequence:09d}"
            bill = BillPayment(trade_token, reference, app_id=merchant.app_id, status=VALIDATING, doc=doc)
            BILLS.insert(tx, bill)
            call = {"referenceNo": reference, "amount": value, "currency": currency}
            validation = Message(VALIDATION, bill.trade_token, call, settings.validation_url)
            self.services.outbox.enqueue_payload(tx, merchant, validation)
            return bill.view()

    def view(self, app_id: str, trade_token: str) -> dict[str, Any]:
        with self.services.db.transaction() as tx:
            return BILLS.get(tx, app_id=app_id, trade_token=trade_token).view()

    # ------------------------------------------------------------------------------ the validation reply
    def _validated(self, tx: sqlite3.Connection, trade_token: str, reply: Reply) -> None:
        bill = BILLS.get(tx, trade_token=trade_token)
        if bill.status != VALIDATING or not (reply.acknowledged or reply.final):
            return
        data = reply.data
        verdict: tuple[str, str | None]
        if not reply.acknowledged:
            verdict = ("NO_ANSWER", f"The validation call was not acknowledged (HTTP {reply.status}).")
        elif reply.problem is not None:
            verdict = ("INVALID_REPLY", reply.problem)
        elif data is None:
            verdict = ("NO_DECISION", "The reply carried no data, so no decision.")
        elif data["referenceNo"] != bill.reference_no or data["currency"] != bill.doc["currency"]:
            verdict = ("MISMATCH", "The reply's data.referenceNo or data.currency is not the payment's.")
        elif data["confirmation"] == NO:
            verdict = (NO, str(data.get("failureReason") or ""))
        elif not amount(data["minAmount"]) <= bill.amount <= amount(data["maxAmount"]):
            verdict = ("AMOUNT_OUT_OF_RANGE", "The amount is outside data.minAmount .. data.maxAmount.")
        else:
            verdict = (YES, None)
        outcome, reason = verdict
        bill.doc["validation"] = {"outcome": outcome, "reason": reason, "at": format_time(self.services.clock.now())}
        if data is not None and reply.problem is None:
            bill.doc["validation"].update(minAmount=str(data["minAmount"]), maxAmount=str(data["maxAmount"]))
        if outcome == YES:
            self._pay(tx, bill)
        else:
            LIFECYCLE.move(bill, REFUSED)
            BILLS.save(tx, bill)

    def _pay(self, tx: sqlite3.Connection, bill: BillPayment) -> None:
        now = self.services.clock.now()
        bill.doc["completeTime"] = bill.doc["paymentSucceedTime"] = format_time(now)
        merchant = self.services.merchants.require(bill.app_id)
        if bill.doc["holdBooking"]:
            LIFECYCLE.move(bill, UNCONFIRMED)
        else:
            self._book(tx, bill, {"confirmation": YES}, AUTO)
        BILLS.save(tx, bill)
        envelope = notification_envelope(
            app_id=merchant.signing_app_id, merchant_no=merchant.merchant_no, notify_type=NOTIFY_TYPE, notify_time=now,
            data=bill.notification_data(), extra=merchant.provider_members() or None,
        )  # fmt: skip
        # This notification names the application merchantAppId (and has no version).
        payload = {("merchantAppId" if name == "appId" else name): value for name, value in envelope.items()}
        notification = Message(NOTIFY_TYPE, bill.trade_token, payload, bill.doc["notifyUrl"])
        self.services.outbox.enqueue_payload(tx, merchant, notification)

    # ------------------------------------------------------------------------------ booking
    def _book(self, tx: sqlite3.Connection, bill: BillPayment, data: Mapping[str, Any], source: str) -> None:
        """Decide an UNCONFIRMED (or, for AUTO, a VALIDATING) payment's booking; ``CONFIRMED`` is settled."""
        now = self.services.clock.now()
        confirmed = data["confirmation"] == YES
        LIFECYCLE.move(bill, CONFIRMED if confirmed else REJECTED)
        bill.doc["booking"] = {"confirmation": data["confirmation"], "source": source, "at": format_time(now)}
        if not confirmed:
            bill.doc["booking"]["failureReason"] = data.get("failureReason") or ""
        else:
            account = Account(bill.app_id, ACQUIRING, bill.doc["currency"])
            self.ledger.post(tx, account, bill.amount, "BILL_PAYMENT", bill.trade_token, at=now)

    def _confirmation(
        self, tx: sqlite3.Connection, bill: BillPayment, data: Mapping[str, Any], source: str
    ) -> BusinessError | None:
        """Apply a booking confirmation: the first decides; a repeat of it is recorded as ignored; another is
        refused (returned, not raised). A confirmation that does not fit the payment is ``PARAMS_INVALID``."""
        mismatch = _mismatch(bill, data)
        if mismatch is not None:
            return params_invalid(mismatch)
        if bill.status == UNCONFIRMED:
            self._book(tx, bill, data, source)
            BILLS.save(tx, bill)
            return None
        target = CONFIRMED if data["confirmation"] == YES else REJECTED
        refusal = LIFECYCLE.refusal_of(bill.status, target) if bill.status != target else None
        reason = f"already {bill.status} by {bill.doc['booking']['source']}" + (
            "" if refusal is None else ", and differs"
        )
        self._ignore(tx, bill, source, reason)
        return refusal

    def _ignore(self, tx: sqlite3.Connection, bill: BillPayment, source: str, reason: str) -> None:
        bill.doc["ignored"].append({"source": source, "reason": reason, "at": format_time(self.services.clock.now())})
        BILLS.save(tx, bill)

    def _replied(self, tx: sqlite3.Connection, trade_token: str, reply: Reply) -> None:
        """An acknowledged reply to the notification may carry the merchant's booking confirmation."""
        if not reply.acknowledged:
            return
        bill = BILLS.get(tx, trade_token=trade_token)
        if reply.problem is not None:
            self._ignore(tx, bill, NOTIFICATION_REPLY, reply.problem)
        elif reply.data is not None:
            refusal = self._confirmation(tx, bill, reply.data, NOTIFICATION_REPLY)
            if refusal is not None and refusal.code == PARAMS_INVALID:  # a repeat or a change is already recorded
                self._ignore(tx, bill, NOTIFICATION_REPLY, refusal.msg)

    @operation("orderConfirm")
    def order_confirm(self, merchant: Merchant, data: dict[str, Any]) -> dict[str, Any]:
        with self.services.db.transaction() as tx:
            bill = BILLS.find(tx, app_id=merchant.app_id, trade_token=str(data["tradeToken"]))
            if bill is None or bill.status not in PAID:
                raise BILLS.missing()
            refusal = self._confirmation(tx, bill, data, ORDER_CONFIRM)
        if refusal is not None:
            raise refusal
        return {"referenceNo": bill.reference_no, "tradeToken": bill.trade_token}
