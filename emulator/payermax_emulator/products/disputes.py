"""Disputes: chargeback and dispute cases on successful payments, the merchant's replies, their outcome.

A case is opened through the control API on a ``SUCCESS`` order. Its life cycle follows PayerMax:

``DISPUTE_INQUIRY`` (waiting for the merchant's reply, until ``expirationDate``: seven days after
``retrievalDate``, the day the case opened, UTC) -> ``DISPUTE_RECEIVED`` (the merchant replied with
``caseReplay``) -> ``DISPUTE_END`` (optional: the issuer is reviewing) -> ``CASE_CLOSED`` with ``caseResult``
``WIN`` or ``FAIL``. ``CASE_CANCEL`` withdraws an open case. A case still in ``DISPUTE_INQUIRY`` after its
``expirationDate`` is closed as lost (``FAIL``) by a sweeper. Each change of status - the opening included -
sends a notification whose ``notifyType`` is the kind of case (``CHARGEBACK`` by default, ``DISPUTE``,
``FRAUD`` or ``CUSTOMER_COMPLAINT``), with ``version`` ``1.5``, to the merchant's notification address.

Money: nothing is frozen while a case is open; a lost case (``FAIL``) debits the merchant's ``ACQUIRING``
account, in the order currency, by ``totalAmount`` (the disputed ``amount`` plus the dispute ``fee``, which
is ``0`` unless the control API sets one); the balance may go negative.

**caseSearch** returns a case of the merchant by ``caseId`` (``ORDER_NOT_EXIST`` for an unknown one).

**caseReplay** records the merchant's statement and evidence links. With ``caseId`` (a single reply): an
unknown case is refused with ``ORDER_NOT_EXIST``, an ``outUserId`` other than the payment's user with
``PARAMS_INVALID``, a case that no longer takes replies (``DISPUTE_END``, ``CASE_CLOSED``, ``CASE_CANCEL``,
or after ``expirationDate``) with ``ORDER_CLOSED``. With ``batchId`` (cases opened with the same
``batchId``): every case of the batch is answered, those refused for the reasons above are listed in
``failCaseIds``; an unknown batch is ``ORDER_NOT_EXIST``. Giving both ``caseId`` and ``batchId`` (or neither,
non-empty) is ``PARAMS_INVALID``. A first reply moves the case to ``DISPUTE_RECEIVED`` and notifies; later
replies add evidence without a notification.

The control endpoints that open and drive cases are ``http/adapters/disputes.py``:

| endpoint | what it does |
|---|---|
| `POST /emulator/disputes` | open a case: `{"outTradeNo" or "tradeToken", "amount"? (default: the order amount, at most that), "fee"? (default 0), "type"? (CHARGEBACK, DISPUTE, FRAUD, CUSTOMER_COMPLAINT), "reason"?, "reasonCode"?, "batchId"?}`; answers the case as `caseSearch` does |
| `POST /emulator/disputes/{caseId}/review` | the inquiry is over: `DISPUTE_END` |
| `POST /emulator/disputes/{caseId}/resolve` | `{"result": "WIN" or "FAIL"}`: `CASE_CLOSED` with that `caseResult`; `FAIL` debits ACQUIRING |
| `POST /emulator/disputes/{caseId}/cancel` | withdraw the case: `CASE_CANCEL` |

Default reasons by type: CHARGEBACK ``10.4`` "Other Fraud - Card Absent Environment", DISPUTE ``13.1``
"Merchandise/Services Not Received", FRAUD ``FR01`` "Transaction reported as fraudulent",
CUSTOMER_COMPLAINT ``CC01`` "Customer complaint about the merchant's service".
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any

from ..kit import Lifecycle, Product, Record, Table, operation, when_due
from ..services import Merchant
from ..store.db import next_sequence
from ..store.errors import BusinessError, closed, not_found, optional_text, params_invalid
from ..store.money import decimal_amount, money
from .collection import Collection
from .ledger import ACQUIRING, Account, Ledger
from .orders import ORDERS, SUCCESS

INQUIRY, RECEIVED, END = "DISPUTE_INQUIRY", "DISPUTE_RECEIVED", "DISPUTE_END"
CLOSED, CANCELLED = "CASE_CLOSED", "CASE_CANCEL"
WIN, FAIL = "WIN", "FAIL"
LIFECYCLE = Lifecycle(
    "case",
    {
        INQUIRY: (RECEIVED, END, CLOSED, CANCELLED),
        RECEIVED: (RECEIVED, END, CLOSED, CANCELLED),  # a later reply adds evidence
        END: (CLOSED, CANCELLED),
    },
)
REPLY_DAYS = 7
NOTIFICATION_VERSION = "1.5"
REASONS = {
    "CHARGEBACK": ("10.4", "Other Fraud - Card Absent Environment"),
    "DISPUTE": ("13.1", "Merchandise/Services Not Received"),
    "FRAUD": ("FR01", "Transaction reported as fraudulent"),
    "CUSTOMER_COMPLAINT": ("CC01", "Customer complaint about the merchant's service"),
}


@dataclass
class Case(Record):
    """A dispute case with its document (the case and a snapshot of the disputed payment)."""

    case_id: str
    batch_id: str | None
    trade_token: str
    expiration_date: str

    @property
    def total(self) -> Decimal:
        return Decimal(self.doc["amount"]) + Decimal(self.doc["fee"])

    def search_result(self) -> dict[str, Any]:
        """The case as ``caseSearch`` answers it."""
        doc = self.doc
        currency = doc["currency"]
        return {
            "caseId": self.case_id,
            "batchId": doc.get("batchId"),
            "status": self.status,
            "caseResult": doc.get("caseResult"),
            "outTradeNo": doc["outTradeNo"],
            "tradeToken": doc["tradeToken"],
            "outUserId": doc["outUserId"],
            "tradeCreateTime": doc["tradeCreateTime"],
            "retrievalDate": doc["retrievalDate"],
            "expirationDate": doc["expirationDate"],
            "amount": doc["amount"],
            "fee": doc["fee"],
            "totalAmount": money(self.total, currency),
            "currency": currency,
            "originTradeAmount": doc["tradeAmount"],
            "originTradeCurrency": currency,
        }

    def notification_data(self) -> dict[str, Any]:
        doc = self.doc
        currency = doc["currency"]
        data: dict[str, Any] = {"caseId": self.case_id}
        if doc.get("batchId"):
            data["batchId"] = doc["batchId"]
        data["status"] = self.status
        if doc.get("caseResult"):
            data["caseResult"] = doc["caseResult"]
        data.update(
            reasonCode=doc["reasonCode"],
            reasonMessage=doc["reasonMessage"],
            retrievalDate=doc["retrievalDate"],
            expirationDate=doc["expirationDate"],
            amount=doc["amount"],
            fee=doc["fee"],
            totalAmount=money(self.total, currency),
            currency=currency,
            originTradeAmount=doc["tradeAmount"],
            originTradeCurrency=currency,
            outTradeNo=doc["outTradeNo"],
            tradeToken=doc["tradeToken"],
            channelOrderNo=doc["channelOrderNo"],
            outUserId=doc["outUserId"],
            tradeAmount=doc["tradeAmount"],
            tradeCurrency=currency,
            tradeCountry=doc["tradeCountry"],
            tradeCreateTime=doc["tradeCreateTime"],
            payFinishTime=doc.get("payFinishTime"),
        )
        for name in ("paymentMethodType", "targetOrg", "cardOrg", "productDesc"):
            if doc.get(name):
                data[name] = doc[name]
        return data


CASES = Table(Case, "disputes", "The case", "app_id, batch_id", "status, expiration_date")


def _yesterday(now: datetime) -> str:
    """Cases whose ``expirationDate`` is this day or earlier have had their whole reply period."""
    return (now.astimezone(UTC).date() - timedelta(days=1)).isoformat()


@dataclass(eq=False)
class Disputes(Product):
    tables = (CASES,)
    collection: Collection
    ledger: Ledger

    def _notify(self, tx: sqlite3.Connection, merchant: Merchant, case: Case) -> None:
        self.services.outbox.enqueue(
            tx,
            merchant,
            notify_type=case.doc["kind"],
            reference=case.case_id,
            data=case.notification_data(),
            extra={"version": NOTIFICATION_VERSION},
        )

    def _save(self, tx: sqlite3.Connection, case: Case) -> None:
        case.doc["status"] = case.status
        CASES.save(tx, case)

    def open_case(self, merchant: Merchant, body: dict[str, Any]) -> dict[str, Any]:
        """Open a case on a SUCCESS order of the merchant (the control API's ``POST /emulator/disputes``)."""
        kind = str(body.get("type") or "CHARGEBACK").upper()
        if kind not in REASONS:
            raise params_invalid(f"type must be one of {', '.join(REASONS)}.")
        out_trade_no, trade_token = body.get("outTradeNo"), body.get("tradeToken")
        batch_id, reason_code, reason = (
            optional_text(body, "batchId", 64),
            optional_text(body, "reasonCode", 64),
            optional_text(body, "reason", 512),
        )
        if not out_trade_no and not trade_token:
            raise params_invalid("Name the disputed order: outTradeNo or tradeToken.")
        now = self.services.clock.now()
        with self.services.db.transaction() as tx:
            order = self.collection.find(
                tx, merchant.app_id, out_trade_no=out_trade_no or None, trade_token=trade_token or None
            )
            if order is None:
                raise ORDERS.missing()
            if order.status != SUCCESS:
                raise closed(f"Only a successful payment can be disputed; this one is {order.status}.")
            currency = order.currency
            disputed = (
                order.total_amount
                if body.get("amount") in (None, "")
                else decimal_amount(body["amount"], "amount", currency)
            )
            if disputed <= 0 or disputed > order.total_amount:
                raise params_invalid(f"amount must be more than 0 and at most the order amount {order.total_amount}.")
            fee = Decimal(0) if body.get("fee") in (None, "") else decimal_amount(body["fee"], "fee", currency)
            default_code, default_message = REASONS[kind]
            card = order.card
            case_id = f"O{now:%Y%m%d%H%M%S}{now.microsecond // 1000:03d}{next_sequence(tx, 'dispute'):09d}"
            retrieval = now.astimezone(UTC).date()
            doc: dict[str, Any] = {
                "kind": kind,
                "batchId": batch_id,
                "status": INQUIRY,
                "caseResult": None,
                "reasonCode": reason_code or default_code,
                "reasonMessage": reason or default_message,
                "retrievalDate": retrieval.isoformat(),
                "expirationDate": (retrieval + timedelta(days=REPLY_DAYS)).isoformat(),
                "amount": money(disputed, currency),
                "fee": money(fee, currency),
                "currency": currency,
                "outTradeNo": order.out_trade_no,
                "tradeToken": order.trade_token,
                "channelOrderNo": order.doc.get("channelNo") or f"TPC{order.trade_token}",
                "outUserId": order.doc["userId"],
                "tradeAmount": money(order.total_amount, currency),
                "tradeCountry": order.country,
                "tradeCreateTime": order.doc["createTime"],
                "payFinishTime": order.doc.get("completeTime"),
                "paymentMethodType": order.doc.get("paymentMethodType") or "CARD",
                "targetOrg": order.doc.get("targetOrg"),
                "cardOrg": card.scheme if card else None,
                "productDesc": str(order.doc.get("subject") or "")[:256],
                "replies": [],
            }
            case = Case(case_id, batch_id, order.trade_token, doc["expirationDate"],
                        app_id=merchant.app_id, status=INQUIRY, doc=doc)  # fmt: skip
            CASES.insert(tx, case)
            self._notify(tx, merchant, case)
            return case.search_result()

    @operation("caseSearch")
    def case_search(self, merchant: Merchant, data: dict[str, Any]) -> dict[str, Any]:
        with self.services.db.transaction() as tx:
            return CASES.get(tx, app_id=merchant.app_id, case_id=str(data["caseId"])).search_result()

    def _reply_problem(self, case: Case, data: dict[str, Any], now: datetime) -> BusinessError | None:
        if data["outUserId"] != case.doc["outUserId"]:
            return params_invalid("outUserId is not the user of the disputed payment.")
        refusal = LIFECYCLE.refusal_of(case.status, RECEIVED)
        if refusal is not None:
            return refusal
        if now.astimezone(UTC).date().isoformat() > case.expiration_date:
            return closed(f"The reply period of the case ended on {case.expiration_date}.")
        return None

    def _record_reply(self, tx: sqlite3.Connection, merchant: Merchant, case: Case, data: dict[str, Any]) -> None:
        case.doc["replies"].append(
            {
                "at": self.services.clock.now().isoformat(),
                "responseContent": data["responseContent"],
                "representmentFile": list(data.get("representmentFile") or []),
            }
        )
        first = case.status == INQUIRY
        LIFECYCLE.move(case, RECEIVED)
        self._save(tx, case)
        if first:
            self._notify(tx, merchant, case)

    @operation("caseReplay")
    def case_replay(self, merchant: Merchant, data: dict[str, Any]) -> dict[str, Any]:
        case_id, batch_id = data.get("caseId") or None, data.get("batchId") or None
        if case_id and batch_id:
            raise params_invalid("Give caseId for a single reply or batchId for a batch reply, not both.")
        if not case_id and not batch_id:
            raise params_invalid("data.caseId or data.batchId is required.")
        now = self.services.clock.now()
        with self.services.db.transaction() as tx:
            if case_id:
                batch = [CASES.get(tx, app_id=merchant.app_id, case_id=case_id)]
            else:
                batch = CASES.where(tx, "app_id = ? AND batch_id = ?", (merchant.app_id, batch_id), order="case_id")
                if not batch:
                    raise not_found("The batch")
            succeeded, failed = [], []
            for case in batch:
                problem = self._reply_problem(case, data, now)
                if problem is not None and case_id:
                    raise problem
                if problem is None:
                    self._record_reply(tx, merchant, case, data)
                    succeeded.append(case.case_id)
                else:
                    failed.append(case.case_id)
            return {"successCaseIds": succeeded, "failCaseIds": failed}

    def change(self, app_id: str, case_id: str, status: str, result: str | None = None) -> dict[str, Any]:
        """Move an open case to ``DISPUTE_END``, ``CASE_CLOSED`` (with ``result``) or ``CASE_CANCEL``."""
        now = self.services.clock.now()
        with self.services.db.transaction() as tx:
            case = CASES.get(tx, app_id=app_id, case_id=case_id)
            LIFECYCLE.move(case, status)
            if status == CLOSED:
                case.doc["caseResult"] = result
                if result == FAIL:
                    account = Account(app_id, ACQUIRING, case.doc["currency"])
                    self.ledger.post(tx, account, -case.total, "CHARGEBACK", case.case_id, at=now)
            self._save(tx, case)
            self._notify(tx, self.services.merchants.require(app_id), case)
            return case.search_result()

    @when_due(CASES, INQUIRY, "expiration_date", at=_yesterday)
    def _lose(self, case_id: str) -> None:
        with self.services.db.transaction() as tx:
            case = CASES.get(tx, case_id=case_id)
        self.change(case.app_id, case_id, CLOSED, FAIL)
