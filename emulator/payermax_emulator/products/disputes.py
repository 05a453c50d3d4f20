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

Control endpoints (under ``/emulator``; the test merchant's cases, or ``?appId=``):

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

import json
import sqlite3
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from decimal import Decimal, InvalidOperation
from typing import Any

from starlette.requests import Request
from starlette.routing import Route

from ..core import Emulator
from ..db import next_sequence, schema
from ..errors import BusinessError, params_invalid
from ..merchants import Merchant
from ..registry import CONTROL_ROUTES, Call, operation, sweeper
from ..web import control, emulator_of, in_thread, json_body
from . import collection, ledger
from .payouts import money

INQUIRY, RECEIVED, END = "DISPUTE_INQUIRY", "DISPUTE_RECEIVED", "DISPUTE_END"
CLOSED, CANCELLED = "CASE_CLOSED", "CASE_CANCEL"
OPEN = (INQUIRY, RECEIVED, END)
TAKES_REPLIES = (INQUIRY, RECEIVED)
WIN, FAIL = "WIN", "FAIL"
REPLY_DAYS = 7
NOTIFICATION_VERSION = "1.5"
REASONS = {
    "CHARGEBACK": ("10.4", "Other Fraud - Card Absent Environment"),
    "DISPUTE": ("13.1", "Merchandise/Services Not Received"),
    "FRAUD": ("FR01", "Transaction reported as fraudulent"),
    "CUSTOMER_COMPLAINT": ("CC01", "Customer complaint about the merchant's service"),
}

schema(
    """
    CREATE TABLE IF NOT EXISTS disputes (
        case_id TEXT PRIMARY KEY,
        app_id TEXT NOT NULL,
        batch_id TEXT,
        trade_token TEXT NOT NULL,
        status TEXT NOT NULL,
        expiration_date TEXT NOT NULL,
        doc TEXT NOT NULL
    );
    CREATE INDEX IF NOT EXISTS disputes_by_batch ON disputes (app_id, batch_id);
    CREATE INDEX IF NOT EXISTS disputes_open ON disputes (status, expiration_date);
    """
)


@dataclass
class Case:
    """A dispute case with its document (the case and a snapshot of the disputed payment)."""

    case_id: str
    app_id: str
    status: str
    doc: dict[str, Any]

    @classmethod
    def from_row(cls, row: sqlite3.Row) -> Case:
        return cls(row["case_id"], row["app_id"], row["status"], json.loads(row["doc"]))

    def save(self, tx: sqlite3.Connection) -> None:
        self.doc["status"] = self.status
        tx.execute(
            "UPDATE disputes SET status = ?, doc = ? WHERE case_id = ?",
            (self.status, json.dumps(self.doc), self.case_id),
        )

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


def _notify(emulator: Emulator, tx: sqlite3.Connection, merchant: Merchant, case: Case) -> None:
    emulator.notifier.enqueue(
        tx,
        merchant,
        notify_type=case.doc["kind"],
        reference=case.case_id,
        data=case.notification_data(),
        envelope={"version": NOTIFICATION_VERSION},
    )


def _merchant(emulator: Emulator, app_id: str) -> Merchant:
    merchant = emulator.merchants.get(app_id)
    assert merchant is not None
    return merchant


def find_case(tx: sqlite3.Connection, app_id: str, case_id: str) -> Case | None:
    row = tx.execute("SELECT * FROM disputes WHERE app_id = ? AND case_id = ?", (app_id, case_id)).fetchone()
    return Case.from_row(row) if row else None


def _amount(value: Any, name: str, currency: str) -> Decimal:
    try:
        parsed = Decimal(str(value))
    except InvalidOperation:
        raise params_invalid(f"{name} must be a decimal amount.") from None
    if not parsed.is_finite() or parsed < 0:
        raise params_invalid(f"{name} must be a positive decimal amount.")
    if parsed != Decimal(money(parsed, currency)):
        raise params_invalid(f"{name} has more decimals than {currency} allows.")
    return parsed


def _text(body: dict[str, Any], name: str, limit: int) -> str | None:
    value = body.get(name)
    if value in (None, ""):
        return None
    if len(str(value)) > limit:
        raise params_invalid(f"{name} must be at most {limit} characters.")
    return str(value)


def open_case(emulator: Emulator, merchant: Merchant, body: dict[str, Any]) -> dict[str, Any]:
    """Open a case on a SUCCESS order of the merchant (the control API's ``POST /emulator/disputes``)."""
    kind = str(body.get("type") or "CHARGEBACK").upper()
    if kind not in REASONS:
        raise params_invalid(f"type must be one of {', '.join(REASONS)}.")
    out_trade_no, trade_token = body.get("outTradeNo"), body.get("tradeToken")
    batch_id, reason_code, reason = (
        _text(body, "batchId", 64),
        _text(body, "reasonCode", 64),
        _text(body, "reason", 512),
    )
    if not out_trade_no and not trade_token:
        raise params_invalid("Name the disputed order: outTradeNo or tradeToken.")
    now = emulator.clock.now()
    with emulator.db.transaction() as tx:
        order = collection.find_order(
            tx, merchant.app_id, out_trade_no=out_trade_no or None, trade_token=trade_token or None
        )
        if order is None:
            raise BusinessError("ORDER_NOT_EXIST", "The order does not exist.")
        if order.status != collection.SUCCESS:
            raise BusinessError(
                "ORDER_CLOSED", f"Only a successful payment can be disputed; this one is {order.status}."
            )
        currency = order.currency
        disputed = (
            order.total_amount if body.get("amount") in (None, "") else _amount(body["amount"], "amount", currency)
        )
        if disputed <= 0 or disputed > order.total_amount:
            raise params_invalid(f"amount must be more than 0 and at most the order amount {order.total_amount}.")
        fee = Decimal(0) if body.get("fee") in (None, "") else _amount(body["fee"], "fee", currency)
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
            "tradeCountry": order.doc.get("country") or collection.DEFAULT_COUNTRY.get(currency, "US"),
            "tradeCreateTime": order.doc["createTime"],
            "payFinishTime": order.doc.get("completeTime"),
            "paymentMethodType": order.doc.get("paymentMethodType") or "CARD",
            "targetOrg": order.doc.get("targetOrg"),
            "cardOrg": card.scheme if card else None,
            "productDesc": str(order.doc.get("subject") or "")[:256],
            "replies": [],
        }
        tx.execute(
            "INSERT INTO disputes (case_id, app_id, batch_id, trade_token, status, expiration_date, doc)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                case_id,
                merchant.app_id,
                doc["batchId"],
                order.trade_token,
                INQUIRY,
                doc["expirationDate"],
                json.dumps(doc),
            ),
        )
        case = Case(case_id, merchant.app_id, INQUIRY, doc)
        _notify(emulator, tx, merchant, case)
        return case.search_result()


@operation("caseSearch")
def case_search(call: Call) -> dict[str, Any]:
    with call.emulator.db.transaction() as tx:
        case = find_case(tx, call.merchant.app_id, str(call.data["caseId"]))
    if case is None:
        raise BusinessError("ORDER_NOT_EXIST", "The case does not exist.")
    return case.search_result()


def _reply_problem(case: Case, data: dict[str, Any], now: datetime) -> BusinessError | None:
    if data["outUserId"] != case.doc["outUserId"]:
        return params_invalid("outUserId is not the user of the disputed payment.")
    if case.status not in TAKES_REPLIES:
        return BusinessError("ORDER_CLOSED", f"The case is {case.status}: it no longer takes replies.")
    if now.astimezone(UTC).date().isoformat() > case.doc["expirationDate"]:
        return BusinessError("ORDER_CLOSED", f"The reply period of the case ended on {case.doc['expirationDate']}.")
    return None


def _record_reply(
    emulator: Emulator, tx: sqlite3.Connection, merchant: Merchant, case: Case, data: dict[str, Any]
) -> None:
    case.doc["replies"].append(
        {
            "at": emulator.clock.now().isoformat(),
            "responseContent": data["responseContent"],
            "representmentFile": list(data.get("representmentFile") or []),
        }
    )
    first = case.status == INQUIRY
    case.status = RECEIVED
    case.save(tx)
    if first:
        _notify(emulator, tx, merchant, case)


@operation("caseReplay")
def case_replay(call: Call) -> dict[str, Any]:
    emulator, merchant, data = call.emulator, call.merchant, call.data
    case_id, batch_id = data.get("caseId") or None, data.get("batchId") or None
    if case_id and batch_id:
        raise params_invalid("Give caseId for a single reply or batchId for a batch reply, not both.")
    if not case_id and not batch_id:
        raise params_invalid("data.caseId or data.batchId is required.")
    now = emulator.clock.now()
    with emulator.db.transaction() as tx:
        if case_id:
            case = find_case(tx, merchant.app_id, case_id)
            if case is None:
                raise BusinessError("ORDER_NOT_EXIST", "The case does not exist.")
            problem = _reply_problem(case, data, now)
            if problem is not None:
                raise problem
            _record_reply(emulator, tx, merchant, case, data)
            return {"successCaseIds": [case.case_id], "failCaseIds": []}
        rows = tx.execute(
            "SELECT * FROM disputes WHERE app_id = ? AND batch_id = ? ORDER BY case_id", (merchant.app_id, batch_id)
        ).fetchall()
        if not rows:
            raise BusinessError("ORDER_NOT_EXIST", "The batch does not exist.")
        succeeded, failed = [], []
        for row in rows:
            case = Case.from_row(row)
            if _reply_problem(case, data, now) is None:
                _record_reply(emulator, tx, merchant, case, data)
                succeeded.append(case.case_id)
            else:
                failed.append(case.case_id)
        return {"successCaseIds": succeeded, "failCaseIds": failed}


def change_case(
    emulator: Emulator, app_id: str, case_id: str, status: str, result: str | None = None
) -> dict[str, Any]:
    """Move an open case to ``DISPUTE_END``, ``CASE_CLOSED`` (with ``result``) or ``CASE_CANCEL``."""
    now = emulator.clock.now()
    with emulator.db.transaction() as tx:
        case = find_case(tx, app_id, case_id)
        if case is None:
            raise BusinessError("ORDER_NOT_EXIST", "The case does not exist.")
        allowed = TAKES_REPLIES if status == END else OPEN
        if case.status not in allowed:
            raise BusinessError("ORDER_CLOSED", f"The case is {case.status}: it cannot become {status}.")
        case.status = status
        if status == CLOSED:
            case.doc["caseResult"] = result
            if result == FAIL:
                ledger.post(
                    tx,
                    app_id,
                    account_type=ledger.ACQUIRING,
                    currency=case.doc["currency"],
                    amount=-case.total,
                    kind="CHARGEBACK",
                    reference=case.case_id,
                    at=now,
                )
        case.save(tx)
        _notify(emulator, tx, _merchant(emulator, app_id), case)
        return case.search_result()


@sweeper
def close_expired_cases(emulator: Emulator) -> None:
    """A case left unanswered after its expirationDate is lost."""
    today = emulator.clock.now().astimezone(UTC).date().isoformat()
    rows = emulator.db.read(
        "SELECT app_id, case_id FROM disputes WHERE status = ? AND expiration_date < ?", (INQUIRY, today)
    )
    for row in rows:
        try:
            change_case(emulator, row["app_id"], row["case_id"], CLOSED, FAIL)
        except BusinessError:
            continue  # answered or closed meanwhile


# ----------------------------------------------------------------------------------- control endpoints
async def open_endpoint(request: Request) -> Any:
    from ..control import merchant_for

    body = await json_body(request)
    return await in_thread(open_case, emulator_of(request), merchant_for(request), body)


def _changer(status: str) -> Callable[[Request], Awaitable[Any]]:
    async def endpoint(request: Request) -> Any:
        from ..control import merchant_for

        result: str | None = None
        if status == CLOSED:
            body = await json_body(request)
            result = str(body.get("result") or "").upper()
            if result not in (WIN, FAIL):
                raise BusinessError("PARAMS_INVALID", "result must be WIN or FAIL.")
        return await in_thread(
            change_case,
            emulator_of(request),
            merchant_for(request).app_id,
            request.path_params["caseId"],
            status,
            result,
        )

    return endpoint


CONTROL_ROUTES.extend(
    [
        Route("/disputes", control(open_endpoint), methods=["POST"]),
        Route("/disputes/{caseId}/review", control(_changer(END)), methods=["POST"]),
        Route("/disputes/{caseId}/resolve", control(_changer(CLOSED)), methods=["POST"]),
        Route("/disputes/{caseId}/cancel", control(_changer(CANCELLED)), methods=["POST"]),
    ]
)
