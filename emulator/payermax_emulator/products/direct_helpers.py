"""The Direct-API helpers: device-data collection before 3-D Secure (applyDDC) and one-time codes
(confirmPayment).

**applyDDC** answers a ``ddcSessionId`` and a ``ddcUrl`` (an emulator page, ``/ddc/{ddcSessionId}``, that a
browser loads in a hidden frame) for a ``CARD`` payment, named by its number (refused with ``CARD_INVALID``
when it fails the Luhn check) or by a stored ``paymentTokenID`` of the user (``PARAMS_INVALID`` when it is
unknown, removed or another user's). ``GOOGLEPAY`` needs no collection: the answer has no session. A DDC session
serves for 30 minutes on the emulator clock.

The order that follows may carry the ``ddcSessionId`` - PayerMax's tables give it no place, so the emulator takes
it both as ``data.ddcSessionId`` and as ``data.paymentDetail.ddcSessionId`` (``spec/DEVIATIONS.md``). It is
refused with ``PARAMS_INVALID`` when the session is unknown, expired, or was made for another ``userId``; a
valid one is recorded with the order and changes nothing else (3-D Secure test cards still challenge).

**One-time codes.** A Direct_Payment with ``paymentMethodType`` ``WALLET`` and ``targetOrg`` ``STCPAY`` (the
OTP-type method PayerMax's sandbox page lists, Saudi Arabia) does not go to a page: the order answers ``PENDING``
without a ``redirectUrl``, waiting for the code the payer received. **confirmPayment** passes it on:

| ``verificationCode`` | result |
|---|---|
| ``000000`` | refused, ``OTP_VERIFY_FAILED``; the order keeps waiting; the third wrong code fails the order and is refused with ``OTP_VERIFY_LIMIT`` |
| any other | the order ends at once, as PayerMax's sandbox decides by ``subject``: ``FAILED`` fails (``PAYMENT_REJECTED``), ``PENDING`` leaves it pending (until it closes), anything else succeeds |

An unknown order (or an ``outTradeNo`` and ``tradeToken`` that do not match) is ``ORDER_NOT_EXIST``; a finished
one ``ORDER_CLOSED``; a pending order that waits for no code (a card, a cashier payment) ``PARAMS_INVALID``.
The answer is the order: ``outTradeNo``, ``tradeToken``, ``status``.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from payermax_signing.protocol import format_time

from ..kit import Product, Table, operation
from ..services import Merchant
from ..store.db import next_sequence
from ..store.errors import BusinessError, closed, params_invalid
from . import cards
from .collection import Collection, Outcome, Placing
from .orders import FAILED, ORDERS, PENDING, SUCCESS, Order
from .tokens import ACTIVATED, Tokens

DDC_LIFETIME = timedelta(minutes=30)
OTP_METHOD, OTP_ORG = "WALLET", "STCPAY"
WRONG_CODE, OTP_ATTEMPTS = "000000", 3
AWAITS_OTP = "awaitsOtp"


@dataclass
class DdcSession:
    ddc_session_id: str
    app_id: str
    user_id: str
    expires_ts: float
    doc: dict[str, Any]


DDC_SESSIONS = Table(DdcSession, "ddc_sessions", "The DDC session")


@dataclass(eq=False)
class DirectHelpers(Product):
    tables = (DDC_SESSIONS,)
    collection: Collection
    tokens: Tokens

    def __post_init__(self) -> None:
        self.collection.on_payment_detail(self._one_time_code)
        self.collection.on_placing(self._ddc_session)

    # ------------------------------------------------------------------------------------------ DDC
    @operation("applyDDC")
    def apply_ddc(self, merchant: Merchant, data: dict[str, Any]) -> dict[str, Any]:
        if data["paymentMethodType"] != "CARD":
            return {}  # no device data to collect
        now = self.services.clock.now()
        doc: dict[str, Any] = {"paymentAmount": data["paymentAmount"], "paymentCurrency": data["paymentCurrency"]}
        with self.services.db.transaction() as tx:
            if data.get("cardIdentifierNo") is not None:
                card = cards.read_card({"cardIdentifierNo": data["cardIdentifierNo"]}, now)
                doc["card"] = card.masked
            else:
                token = self.tokens.find(tx, merchant.app_id, data["paymentTokenID"])
                if token is None or token.user_id != data["userId"] or token.status != ACTIVATED:
                    raise params_invalid("paymentTokenID is invalid: unknown, removed, or issued to another userId.")
                doc["paymentTokenID"] = token.token_id
            session_id = f"DDC{now:%Y%m%d%H%M%S}{next_sequence(tx, 'ddc_session'):09d}"
            doc["createTime"] = format_time(now)
            expires = (now + DDC_LIFETIME).timestamp()
            DDC_SESSIONS.insert(tx, DdcSession(session_id, merchant.app_id, data["userId"], expires, doc))
        return {"ddcSessionId": session_id, "ddcUrl": self.services.page_url(f"/ddc/{session_id}")}

    def _ddc_session(self, tx: sqlite3.Connection, placing: Placing) -> None:
        """An order carrying a ``ddcSessionId`` (beside ``data`` or in ``paymentDetail``) must name a live one."""
        detail = placing.data.get("paymentDetail") or {}
        for where, value in (("ddcSessionId", placing.data.get("ddcSessionId")),
                             ("paymentDetail.ddcSessionId", detail.get("ddcSessionId"))):  # fmt: skip
            if value in (None, ""):
                continue
            session = DDC_SESSIONS.find(tx, ddc_session_id=str(value), app_id=placing.merchant.app_id)
            if session is None or session.user_id != placing.data["userId"]:
                raise params_invalid(f"{where} is invalid: unknown, or made for another userId.")
            if session.expires_ts <= self.services.clock.timestamp():
                raise params_invalid(f"{where} has expired: call applyDDC again.")
            placing.doc["ddcSessionId"] = session.ddc_session_id

    def ddc_session(self, session_id: str) -> DdcSession | None:
        with self.services.db.transaction() as tx:
            return DDC_SESSIONS.find(tx, ddc_session_id=session_id)

    # ------------------------------------------------------------------------------------------ OTP
    def _one_time_code(self, tx: sqlite3.Connection, merchant: Merchant, data: dict[str, Any]) -> Outcome | None:
        detail = data["paymentDetail"]
        method, org = str(detail.get("paymentMethodType") or ""), str(detail.get("targetOrg") or "")
        if method.upper() != OTP_METHOD or org.upper() != OTP_ORG:
            return None
        return Outcome(PENDING, OTP_METHOD, OTP_ORG, card_source="WALLET", extra={AWAITS_OTP: True, "otpFailures": 0})

    @operation("confirmPayment")
    def confirm_payment(self, merchant: Merchant, data: dict[str, Any]) -> dict[str, Any]:
        code = data["paymentDetail"]["verificationCode"]
        with self.services.db.transaction() as tx:
            order = self.collection.find(
                tx, merchant.app_id, out_trade_no=data["outTradeNo"], trade_token=data.get("tradeToken")
            )
            if order is None:
                raise ORDERS.missing()
            if order.status != PENDING:
                raise closed(f"The order is {order.status}: it no longer takes a one-time code.")
            if not order.doc.get(AWAITS_OTP):
                raise params_invalid("The order waits for no one-time code (only OTP methods such as STCPAY do).")
            failures = None
            if code == WRONG_CODE:  # counted in this transaction, refused after it
                failures = order.doc["otpFailures"] = int(order.doc.get("otpFailures", 0)) + 1
                ORDERS.save(tx, order)
        if failures is not None and failures < OTP_ATTEMPTS:
            raise BusinessError("OTP_VERIFY_FAILED", "paymentDetail.verificationCode does not match.")
        if failures is not None:
            self.collection.settle(order.trade_token, FAILED, code="OTP_VERIFY_LIMIT", msg="Too many wrong codes.")
            raise BusinessError("OTP_VERIFY_LIMIT", f"paymentDetail.verificationCode was wrong {OTP_ATTEMPTS} times.")
        return _result(self._settle_by_subject(order))

    def _settle_by_subject(self, order: Order) -> Order:
        subject = str(order.doc.get("subject", "")).upper()
        if subject == PENDING:
            return order
        if subject == FAILED:
            return self.collection.settle(order.trade_token, FAILED, code="PAYMENT_REJECTED", msg="Payment declined.")
        return self.collection.settle(order.trade_token, SUCCESS)


def _result(order: Order) -> dict[str, Any]:
    return {"outTradeNo": order.out_trade_no, "tradeToken": order.trade_token, "status": order.status}
