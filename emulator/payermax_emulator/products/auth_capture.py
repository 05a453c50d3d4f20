"""Pre-authorisation (auth-capture): capture and cancel an authorisation, and its hold lapsing.

An order placed with ``captureMode`` ``MANUAL`` (hosted, direct or Drop-in; ``collection.py``) is an
authorisation. Its payment ends as any order does - ``SUCCESS``, ``FAILED`` or ``CLOSED``, the statuses
PayerMax reports - with the authorisation notification (``notifyType`` ``PAYMENT`` with ``captureMode`` and
``authorizationType``), but a success only holds the money: nothing is credited. It then has a hold, whose
state the emulator keeps (PayerMax reports none; ``GET /emulator/authorizations/{ref}`` shows it):

| hold | move | becomes | notification |
|---|---|---|---|
| ``AUTHORIZED`` | ``capture`` of at most the authorised amount, in its currency | ``CAPTURED`` | ``CAPTURE`` |
| ``AUTHORIZED`` | ``cancel`` (the whole hold) | ``CANCELLED`` | ``CANCEL`` |
| ``AUTHORIZED`` | 7 days pass on the emulator clock | ``EXPIRED`` | none (PayerMax documents none) |

Only the capture moves money: its amount is credited to ``ACQUIRING``; a partial capture releases the rest
(one capture per authorisation, so every capture is final: ``isFinal`` ``true``). Refunds are then bounded
by the captured amount (``refunds.py``). Captures and cancels are final in the answer (``SUCCESS``) and
notified at once to the merchant's default address (they name none). Refusals:

| request | code |
|---|---|
| no order with this ``outTradeNo`` | ``ORDER_NOT_EXIST`` |
| the order is no authorisation, or its payment did not succeed (yet) | ``AUTH_FAILED`` |
| the hold lapsed | ``AUTH_EXPIRED`` |
| a second capture, a capture after a cancel, a cancel after a capture, a second cancel | ``ORDER_CLOSED`` |
| a capture above the authorised amount | ``AMOUNT_INVALID`` |
| a capture in another currency | ``CURRENCY_INVALID`` |
| a ``requestId`` already used for a capture (or a cancel) | ``ORDER_REPEAT`` |

``POST /emulator/authorizations/{ref}/decline-next`` (``{"code"?, "msg"?}``) makes the next capture or cancel of
that authorisation fail: the answer and its notification say ``FAILED`` with ``errorCode``/``errorMsg``, and the
hold stays ``AUTHORIZED`` (it may be captured or cancelled again). The control endpoints are
``http/adapters/auth_capture.py``.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import timedelta
from decimal import Decimal
from typing import Any

from payermax_signing.protocol import SUCCESS_CODE, SUCCESS_MSG, format_time

from ..kit import Lifecycle, Product, Record, Table, operation, when_due
from ..services import Merchant
from ..store.db import next_sequence
from ..store.errors import BusinessError
from ..store.money import amount, check_amount, money
from .collection import Collection
from .ledger import ACQUIRING, Account, Ledger
from .orders import ORDERS, SUCCESS, Order

AUTHORIZED, CAPTURED, CANCELLED, EXPIRED = "AUTHORIZED", "CAPTURED", "CANCELLED", "EXPIRED"
LIFECYCLE = Lifecycle("authorisation", {AUTHORIZED: (CAPTURED, CANCELLED, EXPIRED)})
#: How long an authorisation holds the money.
HOLD_WINDOW = timedelta(days=7)
CAPTURE, CANCEL = "CAPTURE", "CANCEL"
MOVE_FAILED = "FAILED"
AUTH_FAILED, AUTH_EXPIRED = "AUTH_FAILED", "AUTH_EXPIRED"
DECLINED = ("PAYMENT_REJECTED", "The issuer declined the request (emulator).")


@dataclass
class Hold(Record):
    """The money an authorisation holds, and what became of it."""

    trade_token: str
    amount: Decimal
    currency: str
    lapses_ts: float | None


@dataclass
class HoldMove(Record):
    """A capture (``captureNo``) or a cancel (``cancelNo``) of an authorisation."""

    number: str
    kind: str
    request_id: str
    trade_token: str


HOLDS = Table(Hold, "authorisations", "The authorisation", "status, lapses_ts", references={"trade_token": "orders"})
MOVES = Table(
    HoldMove, "authorisation_moves", "The capture", "trade_token", unique="app_id, kind, request_id",
    references={"trade_token": "orders"},
)  # fmt: skip


@dataclass(eq=False)
class AuthCapture(Product):
    tables = (HOLDS, MOVES)
    collection: Collection
    ledger: Ledger

    def __post_init__(self) -> None:
        self.collection.on_finished(self._authorised)

    def _authorised(self, tx: sqlite3.Connection, merchant: Merchant, order: Order) -> None:
        """An authorisation that succeeded holds its amount for ``HOLD_WINDOW``."""
        if not order.is_authorisation or order.status != SUCCESS:
            return
        now = self.services.clock.now()
        lapses = now + HOLD_WINDOW
        doc = {"outTradeNo": order.out_trade_no, "authorisedTime": format_time(now), "lapseTime": format_time(lapses)}
        hold = Hold(order.trade_token, order.total_amount, order.currency, lapses.timestamp(),
                    app_id=merchant.app_id, status=AUTHORIZED, doc=doc)  # fmt: skip
        HOLDS.insert(tx, hold)

    # ------------------------------------------------------------------------------------ operations
    @operation("capture")
    def capture(self, merchant: Merchant, data: dict[str, Any]) -> dict[str, Any]:
        captured, currency = amount(data["amount"]), data["currency"]
        with self.services.db.transaction() as tx:
            order, hold = self._hold(tx, merchant, data["outTradeNo"], CAPTURED)
            if currency != hold.currency:
                raise BusinessError("CURRENCY_INVALID", "currency must be the currency of the authorisation.")
            check_amount(captured, currency, places=4, field="amount")
            if captured > hold.amount:
                raise BusinessError("AMOUNT_INVALID", "amount must not exceed the authorised amount.")
            fields = {"amount": money(captured, currency), "currency": currency, "isFinal": True}
            move = self._move(tx, merchant, order, hold, CAPTURE, data["requestId"], fields)
            if move.status == SUCCESS:
                LIFECYCLE.move(hold, CAPTURED)
                hold.doc.update(captureNo=move.number, capturedAmount=format(captured, "f"))
                order.doc["capturedAmount"] = format(captured, "f")
                ORDERS.save(tx, order)
                account = Account(merchant.app_id, ACQUIRING, currency)
                self.ledger.post(tx, account, captured, "CAPTURE", move.number)
            return self._finish(tx, merchant, hold, move)

    @operation("cancel")
    def cancel(self, merchant: Merchant, data: dict[str, Any]) -> dict[str, Any]:
        with self.services.db.transaction() as tx:
            order, hold = self._hold(tx, merchant, data["outTradeNo"], CANCELLED)
            move = self._move(tx, merchant, order, hold, CANCEL, data["requestId"], {})
            if move.status == SUCCESS:
                LIFECYCLE.move(hold, CANCELLED)
                hold.doc["cancelNo"] = move.number
            return self._finish(tx, merchant, hold, move)

    # -------------------------------------------------------------------------------------- helpers
    def _hold(self, tx: sqlite3.Connection, merchant: Merchant, out_trade_no: str, target: str) -> tuple[Order, Hold]:
        """The order and hold a capture or cancel names, or the refusal of moving the hold to ``target``."""
        order = self.collection.find(tx, merchant.app_id, out_trade_no=out_trade_no)
        if order is None:
            raise ORDERS.missing()
        hold = HOLDS.find(tx, trade_token=order.trade_token)
        if hold is None:
            what = "is no authorisation" if not order.is_authorisation else f"payment is {order.status}"
            raise BusinessError(AUTH_FAILED, f"The order {what}: only a successful authorisation has a hold.")
        if hold.status == EXPIRED:
            raise BusinessError(AUTH_EXPIRED, "The authorisation expired: its hold ended after 7 days.")
        refusal = LIFECYCLE.refusal_of(hold.status, target)
        if refusal is not None:
            raise refusal
        return order, hold

    def _move(
        self,
        tx: sqlite3.Connection,
        merchant: Merchant,
        order: Order,
        hold: Hold,
        kind: str,
        request_id: str,
        fields: dict[str, Any],
    ) -> HoldMove:
        now = self.services.clock.now()
        number = f"{now:%Y%m%d%H%M%S}{kind[:2]}{next_sequence(tx, 'authorisation_move'):015d}"
        doc: dict[str, Any] = {"requestId": request_id, "outTradeNo": order.out_trade_no, **fields,
                               "createdTime": format_time(now)}  # fmt: skip
        declined = hold.doc.pop("declineNext", None)
        if declined is None:
            status = SUCCESS
            doc.update(succeededTime=format_time(now), failedTime=None, errorCode=None, errorMsg=None)
        else:
            status = MOVE_FAILED
            doc.update(succeededTime=None, failedTime=format_time(now), errorCode=declined[0], errorMsg=declined[1])
        move = HoldMove(number, kind, request_id, order.trade_token, app_id=merchant.app_id, status=status, doc=doc)
        what = "captured" if kind == CAPTURE else "cancelled"
        MOVES.insert(tx, move, unique=f"requestId {request_id} ({what})")
        return move

    def _finish(self, tx: sqlite3.Connection, merchant: Merchant, hold: Hold, move: HoldMove) -> dict[str, Any]:
        """Save the hold, send the move's notification; returns the answer (``CaptureResult``/``CancelResult``)."""
        HOLDS.save(tx, hold)
        result = report(move)
        succeeded = move.status == SUCCESS
        self.services.outbox.enqueue(
            tx,
            merchant,
            notify_type=move.kind,
            reference=move.number,
            data=result,
            code=SUCCESS_CODE if succeeded else str(move.doc["errorCode"]),
            msg=SUCCESS_MSG if succeeded else str(move.doc["errorMsg"]),
        )
        return result

    # ------------------------------------------------------------------------------- time, control
    @when_due(HOLDS, AUTHORIZED, "lapses_ts")
    def lapse(self, trade_token: str) -> Hold:
        """The hold window passed (or the control API says so): the authorisation expires, the money is free."""
        with self.services.db.transaction() as tx:
            hold = HOLDS.get(tx, trade_token=trade_token)
            LIFECYCLE.move(hold, EXPIRED)
            hold.lapses_ts = None
            hold.doc["expiredTime"] = format_time(self.services.clock.now())
            HOLDS.save(tx, hold)
            return hold

    def decline_next(self, trade_token: str, code: str | None, msg: str | None) -> dict[str, Any]:
        """Make the next capture or cancel of an ``AUTHORIZED`` hold fail."""
        with self.services.db.transaction() as tx:
            hold = HOLDS.get(tx, trade_token=trade_token)
            refusal = LIFECYCLE.refusal_of(hold.status, CAPTURED)
            if refusal is not None:
                raise refusal
            hold.doc["declineNext"] = [code or DECLINED[0], msg or DECLINED[1]]
            HOLDS.save(tx, hold)
        return self.view(trade_token)

    def view(self, trade_token: str) -> dict[str, Any]:
        """The hold as the control API shows it, with its captures and cancels."""
        with self.services.db.transaction() as tx:
            hold = HOLDS.get(tx, trade_token=trade_token)
            moves = MOVES.where(tx, "trade_token = ?", (trade_token,), order="number")
        shown = {key: value for key, value in hold.doc.items() if key != "declineNext"}
        return {
            "tradeToken": hold.trade_token,
            "status": hold.status,
            "amount": money(hold.amount, hold.currency),
            "currency": hold.currency,
            **shown,
            "captures": [report(move) for move in moves if move.kind == CAPTURE],
            "cancels": [report(move) for move in moves if move.kind == CANCEL],
        }


def report(move: HoldMove) -> dict[str, Any]:
    """A capture as ``CaptureResult`` (and its notification's data), a cancel as ``CancelResult``."""
    number = "captureNo" if move.kind == CAPTURE else "cancelNo"
    return {number: move.number, **move.doc, "status": move.status}
