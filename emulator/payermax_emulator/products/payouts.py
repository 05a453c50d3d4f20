"""Payouts: payout orders and their life cycle, single and paged queries, bounce-backs.

The payee rules of **paymentFieldValidation** (which stores nothing) are ``payees.py``; conversions are
``fx.py``.


**paymentOrderPay** runs the same checks (an unknown payment method is refused with
``PAYMENT_METHOD_NOT_EXIST``, any failed field with ``PARAMS_INVALID`` naming every failed field), checks the
amount (``AMOUNT_INVALID``: not positive, or more decimals than the currency has - none for IDR, KRW, VND,
CLP, JPY...), refuses a repeated ``outTradeNo`` (case-insensitive, atomic) with ``ORDER_REPEAT``, and debits
the merchant's ``DISBURSEMENT`` account in the source currency (``sourceAccount``, or the trade currency) -
``BALANCE_INSUFFICIENT`` when the balance is short; nothing is created by a refusal. The payout is
``PENDING`` (``subStatus`` ``TRANSMIT``). Conversions use the fixed rates of ``USD_PER_UNIT`` (an unknown
pair is refused with ``CURRENCY_INVALID``); no fee or tax is charged (``fee`` and ``tax`` are ``0``). The
payee's account number is never stored (only its last four digits, masked).

A request for information about a pending payout (``rfi.py``) holds it: ``subStatus`` ``PEND_RFI_MATERIAL``
until the materials arrive, ``REVIEW`` while they are reviewed, ``TRANSMIT`` again (and settling as usual)
once it passes; a closed one fails the payout (``PAYMENT_REJECTED``) and gives the money back.

The payout settles after ``Settings.settle_after * time_scale`` seconds (a sweeper), or through the control
API: ``SUCCESS``, or ``FAILED`` when the payee account number ends in ``0000`` (``responseCode``
``ACCOUNT_INVALID``). A failed payout gives the money back to the DISBURSEMENT account
(``fundsReturnTime``). A ``SUCCESS`` payout can later be bounced back through the control API:
``BOUNCEBACK``, money back, ``bounceBackTime``. Each final state (SUCCESS, FAILED, BOUNCEBACK) sends a
``PAYOUT`` notification (to the payout's ``notifyUrl``, else the merchant's address), ``code``
``APPLY_SUCCESS``. Payout times are written ``yyyy-MM-dd'T'HH:mm:ss +0000``.

**paymentOrderQry** finds a payout by ``outTradeNo`` (``ORDER_NOT_EXIST`` otherwise).
**paymentOrderBatchQry** lists the payouts created in ``[queryBeginTime, queryEndTime]`` (UTC,
``yyyy-MM-dd HH:mm:ss``, at most one day apart, else ``PARAMS_INVALID``), optionally of one ``status`` /
``country``, oldest first, ``pageSize`` (default 20, at most 100) rows of page ``currentPageIndex``
(default 1), with ``totalCount``.

Control endpoints (``http/adapters/payouts.py``; under ``/emulator``; ``ref`` is the tradeNo, or the
outTradeNo of the test merchant or of ``?appId=``):

| endpoint | what it does |
|---|---|
| `POST /emulator/payouts/{ref}/settle` | finish a PENDING payout: `{"status": "SUCCESS" or "FAILED", "responseCode"?, "responseMsg"?}`; without `status`, the outcome its account number calls for |
| `POST /emulator/payouts/{ref}/bounce` | turn a SUCCESS payout into BOUNCEBACK and credit the money back: `{"responseCode"?, "responseMsg"?}` |

The test merchant's DISBURSEMENT account starts with ``Settings.opening_float`` (``payermax-emulator serve``:
10,000.00 USD by default; nothing in tests): fund it further with
``POST /emulator/balances {"accountType": "DISBURSEMENT", "currency": "USD", "amount": "1000"}``.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any

from ..kit import Lifecycle, MerchantNumbered, Product, Record, Table, operation, when_due
from ..services import Merchant
from ..store.db import next_sequence
from ..store.errors import BusinessError, params_invalid
from ..store.money import amount, check_amount, currency_decimals, money
from . import fx, sandbox_values
from . import rfi_subjects as rfi
from .ledger import BALANCE_INSUFFICIENT, DISBURSEMENT, Account, Ledger
from .payees import METHODS, check_payee

PENDING, SUCCESS, FAILED, BOUNCEBACK = "PENDING", "SUCCESS", "FAILED", "BOUNCEBACK"
TRANSMIT = "TRANSMIT"
#: The subStatus of a pending payout in each stage of a request for information about it (``rfi.py``).
RFI_SUB_STATUS = {rfi.AWAITING: "PEND_RFI_MATERIAL", rfi.REVIEWING: "REVIEW", rfi.PASS: TRANSMIT}
RFI_CLOSED = ("PAYMENT_REJECTED", "The request for information about the payout was closed.")
LIFECYCLE = Lifecycle("payout", {PENDING: (SUCCESS, FAILED), SUCCESS: (BOUNCEBACK,)})
FAILING_SUFFIX = "0000"
ACCOUNT_INVALID = ("ACCOUNT_INVALID", "The payee account does not exist or cannot receive funds.")
REJECTED = ("PAYMENT_REJECTED", "The payout was rejected by the receiving side.")
BATCH_TIME = "%Y-%m-%d %H:%M:%S"
#: What the answer and the notification report when the payout document has them.
REPORTED = (
    "reference",
    "notifyEmail",
    "notifyPhone",
    "transactionUtcTime",
    "fundsFreezeTime",
    "fundsReturnTime",
    "payFinishTime",
    "bounceBackTime",
)


def payout_time(moment: datetime) -> str:
    """Payout pages' time form: ``2022-12-02T11:35:17 +0000``."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S +0000")


@dataclass
class Payout(Record, MerchantNumbered):
    """A payout row with its document (everything PayerMax reports about it)."""

    trade_no: str
    out_trade_no: str
    out_trade_no_key: str = field(default="", kw_only=True)
    country: str
    source_amount: Decimal
    source_currency: str
    created_ts: float
    settle_ts: float | None

    def result(self) -> dict[str, Any]:
        """The payout as ``paymentOrderQry`` and the ``PAYOUT`` notification report it."""
        doc = self.doc
        result: dict[str, Any] = {"outTradeNo": doc["outTradeNo"], "tradeNo": self.trade_no, "status": self.status}
        if self.status == PENDING:
            result["subStatus"] = doc.get("subStatus") or TRANSMIT
        if self.status in (FAILED, BOUNCEBACK):
            result.update({name: doc[name] for name in ("responseCode", "responseMsg") if doc.get(name)})
        result.update({name: doc[name] for name in REPORTED if doc.get(name)})
        result.update(trade=doc["trade"], source=doc["source"], destination=doc["destination"])
        return result


PAYOUTS = Table(
    Payout, "payouts", "The payout", "app_id, created_ts", "status, settle_ts", unique="app_id, out_trade_no_key"
)


def _batch_time(data: dict[str, Any], name: str) -> datetime:
    try:
        return datetime.strptime(str(data[name]), BATCH_TIME).replace(tzinfo=UTC)
    except ValueError:
        raise params_invalid(f"data.{name} is not a valid time (yyyy-MM-dd HH:mm:ss, UTC).") from None


def _page(data: dict[str, Any]) -> tuple[int, int]:
    page_size, page = int(data.get("pageSize") or 20), int(data.get("currentPageIndex") or 1)
    if not 1 <= page_size <= 100:
        raise params_invalid("data.pageSize must be between 1 and 100.")
    if page < 1:
        raise params_invalid("data.currentPageIndex must be 1 or more.")
    return page_size, page


@dataclass(eq=False)
class Payouts(Product):
    tables = (PAYOUTS,)
    ledger: Ledger

    @operation("paymentFieldValidation")
    def payment_field_validation(self, merchant: Merchant, data: dict[str, Any]) -> dict[str, Any]:
        return check_payee(data, self.services.clock.now().date()).result()

    @operation("paymentOrderPay")
    def payment_order_pay(self, merchant: Merchant, data: dict[str, Any]) -> dict[str, Any]:
        now = self.services.clock.now()
        payee = data["payeeInfo"]
        method = str(payee["paymentMethodType"]).upper()
        if method not in METHODS:
            raise BusinessError(
                "PAYMENT_METHOD_NOT_EXIST", f"paymentMethodType {payee['paymentMethodType']} is unknown."
            )
        report = check_payee(data, now.date())
        if report.failed:
            raise params_invalid("; ".join(f"data.{name} is invalid: {msg}" for name, msg in report.failed))
        trade_amount, trade_currency = amount(data["trade"]["amount"]), data["trade"]["currency"]
        check_amount(trade_amount, trade_currency, places=currency_decimals(trade_currency), field="trade.amount")
        source_currency = data.get("sourceAccount") or trade_currency
        destination_currency = data.get("destinationCurrency") or trade_currency
        source_rate, source_amount = fx.convert(trade_amount, trade_currency, source_currency, what="trade.amount")
        destination_rate, destination_amount = fx.convert(
            trade_amount, trade_currency, destination_currency, what="trade.amount"
        )
        account = str(payee["accountInfo"]["accountNo"])
        doc: dict[str, Any] = {
            "outTradeNo": data["outTradeNo"],
            "country": data["country"],
            "userId": data.get("userId"),
            "payee": {
                "paymentMethodType": method,
                "targetOrg": payee.get("targetOrg"),
                "accountNo": f"****{account[-4:]}",
            },
            "failure": list(ACCOUNT_INVALID) if account.endswith(FAILING_SUFFIX) else None,
            "reference": data.get("reference"),
            "remark": data.get("remark"),
            "purpose": data.get("purpose"),
            "notifyUrl": data.get("notifyUrl"),
            "notifyEmail": data.get("notifyEmail"),
            "notifyPhone": data.get("notifyPhone"),
            "subStatus": TRANSMIT,
            "transactionUtcTime": payout_time(now),
            "fundsFreezeTime": payout_time(now),
            "trade": {"amount": money(trade_amount, trade_currency), "currency": trade_currency},
            "source": fx.breakdown(source_amount, source_currency, source_rate),
            "destination": fx.breakdown(destination_amount, destination_currency, destination_rate),
        }
        forced = sandbox_values.payout(data) if self.services.settings.sandbox_values else None
        if forced:
            doc.update(sandboxOutcome=forced, failure=sandbox_values.payout_failure(forced, doc["failure"]))
        with self.services.db.transaction() as tx:
            trade_no = f"{now:%Y%m%d%H%M%S}PO{next_sequence(tx, 'payout'):016d}"
            payout = Payout(
                trade_no,
                data["outTradeNo"],
                data["country"],
                source_amount,
                source_currency,
                now.timestamp(),
                None if forced == PENDING else self.services.settings.settle_at(now.timestamp()),
                app_id=merchant.app_id,
                status=PENDING,
                doc=doc,
            )
            PAYOUTS.insert(tx, payout, unique=f"outTradeNo {data['outTradeNo']}")
            paying = Account(merchant.app_id, DISBURSEMENT, source_currency)
            self.ledger.post(tx, paying, -source_amount, "PAYOUT", trade_no, at=now, shortfall=BALANCE_INSUFFICIENT)
        return {"outTradeNo": data["outTradeNo"], "tradeNo": trade_no, "status": PENDING}

    @operation("paymentOrderQry")
    def payment_order_qry(self, merchant: Merchant, data: dict[str, Any]) -> dict[str, Any]:
        with self.services.db.transaction() as tx:
            return PAYOUTS.get(tx, app_id=merchant.app_id, out_trade_no_key=str(data["outTradeNo"]).upper()).result()

    @operation("paymentOrderBatchQry")
    def payment_order_batch_qry(self, merchant: Merchant, data: dict[str, Any]) -> dict[str, Any]:
        begin, end = _batch_time(data, "queryBeginTime"), _batch_time(data, "queryEndTime")
        if end < begin:
            raise params_invalid("data.queryEndTime must not be before data.queryBeginTime.")
        if end - begin > timedelta(days=1):
            raise params_invalid("The span between data.queryBeginTime and data.queryEndTime must not exceed 1 day.")
        page_size, page = _page(data)
        where = ["app_id = ?", "created_ts >= ?", "created_ts < ?"]
        parameters: list[Any] = [merchant.app_id, begin.timestamp(), (end + timedelta(seconds=1)).timestamp()]
        for name in ("status", "country"):
            if data.get(name):
                where.append(f"{name} = ?")
                parameters.append(data[name])
        with self.services.db.transaction() as tx:
            found = PAYOUTS.where(tx, " AND ".join(where), parameters, order="created_ts, trade_no")
        shown = found[(page - 1) * page_size : page * page_size]
        return {
            "totalCount": len(found),
            "currentPageIndex": page,
            "pageSize": page_size,
            "orders": [payout.result() for payout in shown],
        }

    # ------------------------------------------------------------------------------ settlement and bounces
    def _find(self, tx: sqlite3.Connection, app_id: str, ref: str) -> Payout:
        """A payout of the merchant by its tradeNo or outTradeNo."""
        found = PAYOUTS.where(tx, "app_id = ? AND (trade_no = ? OR out_trade_no_key = ?)", (app_id, ref, ref.upper()))
        if not found:
            raise PAYOUTS.missing()
        return found[0]

    def _finish(self, tx: sqlite3.Connection, payout: Payout, status: str, funds_back: str | None) -> dict[str, Any]:
        """Save a payout that moved, give its money back when ``funds_back`` names the movement, notify."""
        now = self.services.clock.now()
        if funds_back:
            account = Account(payout.app_id, DISBURSEMENT, payout.source_currency)
            self.ledger.post(tx, account, payout.source_amount, funds_back, payout.trade_no, at=now)
            payout.doc["fundsReturnTime"] = payout_time(now)
        bounces = status == SUCCESS and payout.doc.get("sandboxOutcome") == BOUNCEBACK
        payout.settle_ts = self.services.settings.settle_at(now.timestamp()) if bounces else None
        PAYOUTS.save(tx, payout)
        merchant = self.services.merchants.require(payout.app_id)
        result = payout.result()  # what the notification and the answer report alike
        self.services.outbox.enqueue(
            tx, merchant, notify_type="PAYOUT", reference=payout.trade_no, data=result, url=payout.doc.get("notifyUrl")
        )
        return result

    def settle(
        self, app_id: str, ref: str, status: str | None = None, *, code: str | None = None, msg: str | None = None
    ) -> dict[str, Any]:
        """Finish a PENDING payout (``status`` None: the outcome its account number calls for)."""
        with self.services.db.transaction() as tx:
            return self._settle(tx, self._find(tx, app_id, ref), status, code, msg)

    def _settle(
        self, tx: sqlite3.Connection, payout: Payout, status: str | None, code: str | None, msg: str | None
    ) -> dict[str, Any]:
        failure = payout.doc.get("failure")
        status = status or (FAILED if failure else SUCCESS)
        LIFECYCLE.move(payout, status)
        payout.doc.pop("subStatus", None)
        if status == SUCCESS:
            payout.doc["payFinishTime"] = payout_time(self.services.clock.now())
            return self._finish(tx, payout, status, None)
        default_code, default_msg = failure or REJECTED
        payout.doc["responseCode"] = code or default_code
        payout.doc["responseMsg"] = msg or default_msg
        return self._finish(tx, payout, status, "PAYOUT_RETURN")

    def bounce(self, app_id: str, ref: str, *, code: str | None = None, msg: str | None = None) -> dict[str, Any]:
        """Turn a SUCCESS payout into BOUNCEBACK: the money goes back to the DISBURSEMENT account."""
        with self.services.db.transaction() as tx:
            payout = self._find(tx, app_id, ref)
            LIFECYCLE.move(payout, BOUNCEBACK)
            payout.doc["bounceBackTime"] = payout_time(self.services.clock.now())
            payout.doc.update({name: value for name, value in (("responseCode", code), ("responseMsg", msg)) if value})
            return self._finish(tx, payout, BOUNCEBACK, "PAYOUT_BOUNCEBACK")

    @when_due(PAYOUTS, PENDING, "settle_ts")
    def _settle_due(self, trade_no: str) -> None:
        with self.services.db.transaction() as tx:
            payout = PAYOUTS.get(tx, trade_no=trade_no)
        self.settle(payout.app_id, trade_no)

    @when_due(PAYOUTS, SUCCESS, "settle_ts")  # sandbox BOUNCEBACK
    def _bounce_due(self, trade_no: str) -> None:
        with self.services.db.transaction() as tx:
            payout = PAYOUTS.get(tx, trade_no=trade_no)
        self.bounce(payout.app_id, trade_no)

    # ------------------------------------------------------------------ requests for information (rfi.py)
    def rfi_order(self, tx: sqlite3.Connection, app_id: str, ref: str) -> str:
        """The payout a request for information names (``ORDER_NOT_EXIST`` for an unknown one)."""
        return self._find(tx, app_id, ref).trade_no

    def rfi_moved(self, tx: sqlite3.Connection, app_id: str, trade_no: str, stage: str) -> None:
        """A PENDING payout follows its request for information: held (``PEND_RFI_MATERIAL``) while materials
        are awaited, ``REVIEW`` while they are reviewed, released (``TRANSMIT``, settling as usual) when it
        passes, ``FAILED`` with its money back when it is closed."""
        payout = PAYOUTS.get(tx, app_id=app_id, trade_no=trade_no)
        if payout.status != PENDING:
            return
        if stage == rfi.CLOSE:
            self._settle(tx, payout, FAILED, RFI_CLOSED[0], RFI_CLOSED[1])
            return
        payout.doc["subStatus"] = RFI_SUB_STATUS[stage]
        now = self.services.clock.now().timestamp()
        payout.settle_ts = self.services.settings.settle_at(now) if stage == rfi.PASS else None
        PAYOUTS.save(tx, payout)
