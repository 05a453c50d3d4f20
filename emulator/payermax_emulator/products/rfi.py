"""Requests for information (RFI): PayerMax asks the merchant for documents about some of its orders.

A request is opened through the control API about orders of one business (``businessType``): collection
orders (``RECEIPT``, named by tradeToken or outTradeNo), virtual-account receipts (``VA_PAYMENT``, by
requestNo) or payouts (``PAYMENT``, by tradeNo or outTradeNo); ``relateOrderId`` lists PayerMax's numbers. It
asks for materials (``materialList``: ``ID`` as a file and ``SOURCE_OF_FUNDS`` as a text unless the control
API says otherwise) before ``expireTime`` (7 days by default).

States, each notified with the RFI notification (no ``notifyType``, ``code`` or ``msg``; ``version`` ``1.4``)
to the merchant's notify URL:

- ``REVIEW``: opened, waiting for the materials, then reviewing them once every one asked for has arrived;
- ``REJECT``: the reviewer sent the materials back; the merchant supplies them again (back to ``REVIEW``);
- ``PASS``: approved (final);
- ``CLOSE``: refused, or the deadline passed while materials were still awaited (final; a sweeper closes it).

**putRfiMaterialList** takes materials for a request in ``REVIEW`` or ``REJECT`` (``ORDER_NOT_EXIST`` for an
unknown ``rfiNo``, ``ORDER_CLOSED`` after ``PASS``/``CLOSE`` or past ``expireTime``). Each ``fieldName`` must be
one the request asks for, and a file must be where ``filePathType`` says: a full ``http(s)://`` address
(``HTTP``, the default) or a path starting with ``/`` on PayerMax's SFTP server (``SFTP``) - else
``PARAMS_INVALID`` naming ``data.materialList[i]`` (never the value). Materials may come in several calls; when
every material asked for has arrived, the request is under review (no deadline any more) - a request in
``REJECT`` goes back to ``REVIEW`` and is notified again. The answer's ``data`` is ``true``. The values are not
kept: the emulator records only which materials arrived, and how.

The orders follow their request (``rfi_subjects.py``): a pending payout is held (``subStatus``
``PEND_RFI_MATERIAL``, then ``REVIEW``), released on ``PASS`` and failed on ``CLOSE``; a ``TO_BE_PROVED``
receipt is settled on ``PASS`` and rejected on ``CLOSE``; collection orders are not affected.

Control endpoints (``http/adapters/rfi.py``; the test merchant or ``?appId=``):

| endpoint | what it does |
|---|---|
| `POST /emulator/rfis` | open: `{"businessType", "orders": [ref, ...], "materials"?: [{"fieldName", "fieldType": "String" or "file"}], "remark"?, "days"? (7)}`; answers the request |
| `GET /emulator/rfis/{rfiNo}` | the request, with the names of the materials received |
| `POST /emulator/rfis/{rfiNo}/pass`, `/reject`, `/close` | the reviewer's decision: `{"remark"?}`; `reject` also takes `"days"` (a new deadline from now) |
"""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from payermax_signing.protocol import KEY_VERSION, format_time, parse_time

from ..kit import Lifecycle, Product, Record, Table, operation, when_due
from ..services import Merchant
from ..services.outbox import Message
from ..store.db import next_sequence
from ..store.errors import closed, optional_text, params_invalid
from . import rfi_subjects as stages
from .collection import Collection
from .orders import ORDERS
from .payouts import Payouts
from .rfi_subjects import RfiSubject
from .virtual_accounts import VirtualAccounts

REVIEW, PASS, REJECT, CLOSE = "REVIEW", "PASS", "REJECT", "CLOSE"
LIFECYCLE = Lifecycle("request for information", {REVIEW: (REVIEW, PASS, REJECT, CLOSE), REJECT: (REVIEW, CLOSE)})
RECEIPT, VA_PAYMENT, PAYMENT = "RECEIPT", "VA_PAYMENT", "PAYMENT"
FILE, TEXT = "file", "String"
DEFAULT_MATERIALS = ({"fieldName": "ID", "fieldType": FILE}, {"fieldName": "SOURCE_OF_FUNDS", "fieldType": TEXT})
DEFAULT_DAYS = 7
NOTIFICATION_VERSION = "1.4"
REMARKS = {
    REVIEW: "Please provide the documents listed for the orders concerned.",
    PASS: "Materials accepted.",
    REJECT: "The materials are incomplete or unreadable: please provide them again.",
    CLOSE: "The request for information was closed.",
}
#: The remark of a request back under review. It differs from the opening one: a receiver that tells
#: notifications apart by their content (``payermax_signing.dedupe_key``) must see a new notification.
RESUBMITTED = "The materials were supplied again; they are under review."


@dataclass
class Rfi(Record):
    """A request with its document (the notification's ``data`` and the names of the materials received)."""

    rfi_no: str
    deadline_ts: float | None  # when it closes unanswered; None while its materials are reviewed

    @property
    def complete(self) -> bool:
        asked = {material["fieldName"] for material in self.doc["materialList"]}
        return asked <= set(self.doc["received"])

    def notification_data(self) -> dict[str, Any]:
        return {name: self.doc[name] for name in ("rfiNo", "remark", "businessType", "status", "expireTime",
                                                  "materialList", "relateOrderId")}  # fmt: skip

    def view(self) -> dict[str, Any]:
        """What the control API answers."""
        return {**self.notification_data(), "materialsReceived": self.doc["received"]}


RFIS = Table(Rfi, "rfis", "The request for information", "app_id", "status, deadline_ts")


@dataclass(frozen=True)
class CollectionOrders:
    """Collection orders as subjects of requests for information: found, never affected."""

    collection: Collection

    def rfi_order(self, tx: sqlite3.Connection, app_id: str, ref: str) -> str:
        order = self.collection.find(tx, app_id, trade_token=ref) or self.collection.find(tx, app_id, out_trade_no=ref)
        if order is None:
            raise ORDERS.missing()
        return order.trade_token

    def rfi_moved(self, tx: sqlite3.Connection, app_id: str, order_no: str, stage: str) -> None:
        return None


def _material_problem(index: int, material: Mapping[str, Any], asked: Mapping[str, str]) -> str | None:
    where = f"data.materialList[{index}]"
    kind = asked.get(material["fieldName"])
    if kind is None:
        return f"{where}.fieldName names no material this request for information asks for."
    if kind != FILE:
        return None
    value, path_type = str(material["fieldValue"]), material.get("filePathType") or "HTTP"
    if path_type == "HTTP" and not value.startswith(("http://", "https://")):
        return f"{where}.fieldValue must be a full http(s) address for a file sent with filePathType HTTP."
    if path_type == "SFTP" and not value.startswith("/"):
        return f"{where}.fieldValue must be a path on the SFTP server, starting with /, with filePathType SFTP."
    return None


def _requested(body: dict[str, Any]) -> list[dict[str, str]]:
    materials = body.get("materials") or list(DEFAULT_MATERIALS)
    if not isinstance(materials, list):
        raise params_invalid("materials must be a list of {fieldName, fieldType}.")
    requested = []
    for index, material in enumerate(materials):
        name = material.get("fieldName") if isinstance(material, dict) else None
        kind = material.get("fieldType") if isinstance(material, dict) else None
        if not isinstance(name, str) or not name or kind not in (TEXT, FILE):
            raise params_invalid(f"materials[{index}] needs a fieldName and a fieldType, String or file.")
        requested.append({"fieldName": name, "fieldType": kind})
    return requested


def _days(body: dict[str, Any]) -> int:
    days = body.get("days", DEFAULT_DAYS)
    if not isinstance(days, int) or isinstance(days, bool) or not 1 <= days <= 90:
        raise params_invalid("days must be a whole number of days, 1 to 90.")
    return days


@dataclass(eq=False)
class Rfis(Product):
    tables = (RFIS,)
    collection: Collection
    payouts: Payouts
    virtual_accounts: VirtualAccounts

    def subject(self, business_type: str) -> RfiSubject:
        subjects: dict[str, RfiSubject] = {
            RECEIPT: CollectionOrders(self.collection),
            PAYMENT: self.payouts,
            VA_PAYMENT: self.virtual_accounts,
        }
        return subjects[business_type]

    # ------------------------------------------------------------------------------ the control API
    def open(self, merchant: Merchant, body: dict[str, Any]) -> dict[str, Any]:
        """Open a request for information about orders of the merchant."""
        business_type = body.get("businessType")
        if business_type not in (RECEIPT, VA_PAYMENT, PAYMENT):
            raise params_invalid("businessType must be RECEIPT, VA_PAYMENT or PAYMENT.")
        refs = body.get("orders")
        if not isinstance(refs, list) or not refs or not all(isinstance(ref, str) and ref for ref in refs):
            raise params_invalid("orders must list the orders concerned (their numbers).")
        materials, days = _requested(body), _days(body)
        remark = optional_text(body, "remark", 512) or REMARKS[REVIEW]
        now = self.services.clock.now()
        subject = self.subject(business_type)
        with self.services.db.transaction() as tx:
            orders = [subject.rfi_order(tx, merchant.app_id, ref) for ref in refs]
            rfi_no = f"RFI{now:%Y%m%d%H%M%S}{next_sequence(tx, 'rfi'):06d}"
            expires = now + timedelta(days=days)
            doc: dict[str, Any] = {
                "rfiNo": rfi_no,
                "remark": remark,
                "businessType": business_type,
                "status": REVIEW,
                "expireTime": format_time(expires),
                "materialList": materials,
                "relateOrderId": orders,
                "received": [],
            }
            rfi = RFIS.insert(tx, Rfi(rfi_no, expires.timestamp(), app_id=merchant.app_id, status=REVIEW, doc=doc))
            self._changed(tx, merchant, rfi, stages.AWAITING)
            return rfi.view()

    def view(self, app_id: str, rfi_no: str) -> dict[str, Any]:
        with self.services.db.transaction() as tx:
            return RFIS.get(tx, app_id=app_id, rfi_no=rfi_no).view()

    def decide(self, app_id: str, rfi_no: str, status: str, body: dict[str, Any]) -> dict[str, Any]:
        """The reviewer's decision: ``PASS``, ``REJECT`` (with an optional new deadline) or ``CLOSE``."""
        remark = optional_text(body, "remark", 512) or REMARKS[status]
        days = _days(body) if status == REJECT and "days" in body else None
        now = self.services.clock.now()
        with self.services.db.transaction() as tx:
            rfi = RFIS.get(tx, app_id=app_id, rfi_no=rfi_no)
            LIFECYCLE.move(rfi, status)
            rfi.doc["remark"] = remark
            stage = {PASS: stages.PASS, CLOSE: stages.CLOSE, REJECT: stages.AWAITING}[status]
            rfi.deadline_ts = None
            if status == REJECT:
                rfi.doc["received"] = []
                if days is not None:
                    rfi.doc["expireTime"] = format_time(now + timedelta(days=days))
                rfi.deadline_ts = self._expiry(rfi)
            self._changed(tx, self.services.merchants.require(app_id), rfi, stage)
            return rfi.view()

    # ------------------------------------------------------------------------------ the operation
    @operation("putRfiMaterialList")
    def put_rfi_material_list(self, merchant: Merchant, data: dict[str, Any]) -> bool:
        now = self.services.clock.now()
        with self.services.db.transaction() as tx:
            rfi = RFIS.get(tx, app_id=merchant.app_id, rfi_no=str(data["rfiNo"]))
            refusal = LIFECYCLE.refusal_of(rfi.status, REVIEW)
            if refusal is not None:
                raise refusal
            if now.timestamp() >= self._expiry(rfi):
                raise closed("The deadline (expireTime) of the request for information has passed.")
            asked = {material["fieldName"]: material["fieldType"] for material in rfi.doc["materialList"]}
            for index, material in enumerate(data["materialList"]):
                problem = _material_problem(index, material, asked)
                if problem is not None:
                    raise params_invalid(problem)
            received = rfi.doc["received"]
            for material in data["materialList"]:
                if material["fieldName"] not in received:
                    received.append(material["fieldName"])
            rfi.doc.setdefault("submissions", []).append(
                {"at": format_time(now), "materials": [
                    {"fieldName": m["fieldName"], "filePathType": m.get("filePathType") or "HTTP"}
                    for m in data["materialList"]
                ]}
            )  # fmt: skip
            if rfi.complete:
                resubmitted = rfi.status == REJECT
                LIFECYCLE.move(rfi, REVIEW)
                rfi.deadline_ts = None
                if resubmitted:
                    rfi.doc["remark"] = RESUBMITTED
                self._changed(tx, merchant, rfi, stages.REVIEWING, notify=resubmitted)
            else:
                RFIS.save(tx, rfi)
            return True

    # ------------------------------------------------------------------------------ internals
    @staticmethod
    def _expiry(rfi: Rfi) -> float:
        return parse_time(rfi.doc["expireTime"]).timestamp()

    def _changed(
        self, tx: sqlite3.Connection, merchant: Merchant, rfi: Rfi, stage: str, *, notify: bool = True
    ) -> None:
        """Save the request, have its orders follow ``stage``, and notify its state."""
        rfi.doc["status"] = rfi.status
        RFIS.save(tx, rfi)
        subject = self.subject(rfi.doc["businessType"])
        for order in rfi.doc["relateOrderId"]:
            subject.rfi_moved(tx, rfi.app_id, order, stage)
        if not notify:
            return
        payload = {
            "version": NOTIFICATION_VERSION,
            "keyVersion": KEY_VERSION,
            "notifyTime": format_time(self.services.clock.now()),
            "appId": merchant.signing_app_id,
            "merchantNo": merchant.merchant_no,
            **merchant.provider_members(),
            "data": rfi.notification_data(),
        }
        self.services.outbox.enqueue_payload(tx, merchant, Message("RFI", rfi.rfi_no, payload))

    @when_due(RFIS, REVIEW, "deadline_ts")
    @when_due(RFIS, REJECT, "deadline_ts")
    def _expire(self, rfi_no: str) -> None:
        """A request still waiting for materials at its deadline is closed."""
        with self.services.db.transaction() as tx:
            rfi = RFIS.get(tx, rfi_no=rfi_no)
        self.decide(rfi.app_id, rfi_no, CLOSE, {"remark": "The deadline for the materials passed."})
