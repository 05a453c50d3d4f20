"""Notification drills: does a merchant's notification endpoint survive what PayerMax's rules say it must?

PayerMax re-sends a notification until the merchant acknowledges it (HTTP 200 ``{"code":"SUCCESS"}``), may send
one more than once, promises no order, and tells merchants to verify the signature and to check the amount
against their own order (notification-retry.md). A drill sends the endpoint a scripted sequence about one order
the merchant placed and has not yet seen paid, and scores each answer against the expected one:

====  =====================  ================  ==============================================================
step  drill                  expected answer   why
====  =====================  ================  ==============================================================
1     wrong signature        not acknowledged  signed with a key that is not PayerMax's: a forgery
2     tampered body          not acknowledged  PayerMax's signature over other bytes (the amount changed)
3     stale notifyTime       not acknowledged  genuine but two days old - past PayerMax's 13-hour retry window,
                                               so a replay
4     amount mismatch        not acknowledged  correctly signed, but the amount is not the order's: PayerMax
                                               tells merchants to compare and refuse ("fake notifications");
                                               acknowledging tells PayerMax it was processed
5     refund before payment  not acknowledged  a refund of an order not known to be paid cannot be checked
                                               against it; unacknowledged, PayerMax sends it again (step 8) - a
                                               merchant that acknowledges must have queued it durably, which
                                               the drill cannot see, so it scores that as a failure
6     payment                acknowledged      the genuine notification: processed and acknowledged
7     duplicate              acknowledged      the same bytes again (PayerMax's retry): acknowledged without
                                               processing twice - only the acknowledgement stops the retries
8     refund after payment   acknowledged      step 5 sent again, now that the payment is known
====  =====================  ================  ==============================================================

"Acknowledged" is what PayerMax counts (``protocol.is_acknowledgement``); what a merchant does inside - marking
an order paid once, not twice - is not visible over HTTP: the drill scores the answers. Every body is built
from the spec's example of its notification type, so an endpoint that parses strictly accepts the genuine ones.
Nothing secret is reported: answers are cut to ``ANSWER_LIMIT`` characters, signatures and keys never shown.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any

import httpx

from .keys import SigningKey, generate_key_pair
from .protocol import SIGN_HEADER, dumps, format_time, is_acknowledgement

ANSWER_LIMIT = 120
STALE_BY = timedelta(days=2)
ACKNOWLEDGED, NOT_ACKNOWLEDGED = "acknowledged", "not acknowledged"


@dataclass(frozen=True)
class Order:
    """The order the drills are about: one the merchant placed and has not yet seen paid."""

    out_trade_no: str
    amount: Decimal
    currency: str


@dataclass(frozen=True)
class Drill:
    name: str
    expect_acknowledged: bool
    why: str

    @property
    def expected(self) -> str:
        return ACKNOWLEDGED if self.expect_acknowledged else NOT_ACKNOWLEDGED


DRILLS = (
    Drill("wrong signature", False, "signed with a key that is not PayerMax's"),
    Drill("tampered body", False, "the body differs from the bytes PayerMax signed"),
    Drill("stale notifyTime", False, "two days old: a replay outside PayerMax's retry window"),
    Drill("amount mismatch", False, "the amount is not the order's: must not mark it paid"),
    Drill("refund before payment", False, "the payment is not known yet: PayerMax will send it again"),
    Drill("payment", True, "the genuine notification"),
    Drill("duplicate", True, "PayerMax's retry of a processed notification: acknowledge, do not re-process"),
    Drill("refund after payment", True, "the refund again, now that its payment is known"),
)


@dataclass(frozen=True)
class Result:
    drill: Drill
    status: int | None
    answer: str
    acknowledged: bool

    @property
    def passed(self) -> bool:
        return self.acknowledged == self.drill.expect_acknowledged

    def to_json(self) -> dict[str, Any]:
        return {"drill": self.drill.name, "expected": self.drill.expected, "why": self.drill.why,
                "httpStatus": self.status, "answer": self.answer,
                "answered": ACKNOWLEDGED if self.acknowledged else NOT_ACKNOWLEDGED, "passed": self.passed}  # fmt: skip


@dataclass(frozen=True)
class Report:
    url: str
    results: tuple[Result, ...]

    @property
    def score(self) -> int:
        return sum(result.passed for result in self.results)

    @property
    def full_marks(self) -> bool:
        return self.score == len(self.results)

    def to_json(self) -> dict[str, Any]:
        return {"url": self.url, "score": self.score, "total": len(self.results),
                "results": [result.to_json() for result in self.results], "table": self.table()}  # fmt: skip

    def table(self) -> str:
        return table(self.url, [result.to_json() for result in self.results])


def table(url: str, rows: list[dict[str, Any]]) -> str:
    """The scored table, as text (from ``Result.to_json`` rows, so a report decoded from JSON prints the same)."""
    heads = ("#", "drill", "expected", "answered", "HTTP", "verdict")
    lines = [
        (str(number), row["drill"], row["expected"], row["answered"], str(row["httpStatus"] or "-"),
         "PASS" if row["passed"] else "FAIL")
        for number, row in enumerate(rows, start=1)
    ]  # fmt: skip
    widths = [max(len(cells[i]) for cells in [heads, *lines]) for i in range(len(heads))]

    def joined(cells: tuple[str, ...]) -> str:
        return "  ".join(cell.ljust(width) for cell, width in zip(cells, widths, strict=True)).rstrip()

    out = [f"notification drills against {url}", joined(heads), joined(tuple("-" * w for w in widths))]
    out += [joined(cells) for cells in lines]
    failed = [row for row in rows if not row["passed"]]
    for row in failed:
        out.append(f"FAIL {row['drill']}: expected {row['expected']} ({row['why']}); the endpoint answered "
                   f"HTTP {row['httpStatus'] or '-'}: {row['answer']}")  # fmt: skip
    out.append(f"score: {len(rows) - len(failed)}/{len(rows)}")
    return "\n".join(out)


def _payload(notify_type: str, app_id: str, merchant_no: str | None, at: datetime) -> dict[str, Any]:
    from payermax_client.notifications import example_notification

    payload = example_notification(notify_type)
    payload.update(code="APPLY_SUCCESS", msg="Success.", appId=app_id, notifyTime=format_time(at))
    if merchant_no:
        payload["merchantNo"] = merchant_no
    else:
        payload.pop("merchantNo", None)
    return payload


def payment(order: Order, app_id: str, merchant_no: str | None, at: datetime, run: str, amount: Decimal) -> bytes:
    """A PAYMENT SUCCESS notification for ``order`` of ``amount``, sent ``at``."""
    payload = _payload("PAYMENT", app_id, merchant_no, at)
    payload["data"].update(outTradeNo=order.out_trade_no, tradeToken=f"TDRILL{run}", totalAmount=amount,
                           currency=order.currency, status="SUCCESS", completeTime=format_time(at),
                           channelNo=f"DRILL{run}")  # fmt: skip
    return dumps(payload)


def refund(order: Order, app_id: str, merchant_no: str | None, at: datetime, run: str) -> bytes:
    """A REFUND_SUCCESS notification refunding ``order`` in full, sent ``at``."""
    payload = _payload("REFUND", app_id, merchant_no, at)
    payload["data"].update(outRefundNo=f"DRILL_R_{run}", refundTradeNo=f"DRILLRF{run}",
                           outTradeNo=order.out_trade_no, refundAmount=order.amount, refundCurrency=order.currency,
                           refundFinishTime=format_time(at), status="REFUND_SUCCESS")  # fmt: skip
    return dumps(payload)


def _tampered(body: bytes, order: Order) -> bytes:
    """The body with its amount changed (the bytes PayerMax signed no longer)."""
    changed = body.replace(dumps({"a": order.amount})[5:-1], dumps({"a": order.amount * 100})[5:-1], 1)
    return changed if changed != body else body + b" "


def script(
    order: Order, key: SigningKey, *, app_id: str, merchant_no: str | None, now: datetime | None = None
) -> list[tuple[Drill, bytes, str]]:
    """The eight POSTs of a drill, in order: (drill, body, sign header)."""
    at = now or datetime.now(UTC)
    run = secrets.token_hex(6).upper()
    genuine = payment(order, app_id, merchant_no, at, run, order.amount)
    signature = key.sign(genuine)
    stale = payment(order, app_id, merchant_no, at - STALE_BY, run + "S", order.amount)
    mismatch = payment(order, app_id, merchant_no, at, run + "M", order.amount + Decimal(1))
    early_refund = refund(order, app_id, merchant_no, at, run)
    refund_sign = key.sign(early_refund)
    bodies = [
        (genuine, generate_key_pair().sign(genuine)),
        (_tampered(genuine, order), signature),
        (stale, key.sign(stale)),
        (mismatch, key.sign(mismatch)),
        (early_refund, refund_sign),
        (genuine, signature),
        (genuine, signature),
        (early_refund, refund_sign),
    ]
    return [(drill, body, sign) for drill, (body, sign) in zip(DRILLS, bodies, strict=True)]


def _shown(content: bytes) -> str:
    text = content[:ANSWER_LIMIT].decode("utf-8", errors="replace")
    text = "".join(char if char.isprintable() else " " for char in text).strip()
    return (text + " ...") if len(content) > ANSWER_LIMIT else (text or "(empty body)")


def run(
    url: str,
    order: Order,
    key: SigningKey,
    *,
    app_id: str,
    merchant_no: str | None,
    timeout: float = 10.0,
    now: datetime | None = None,
) -> Report:
    """Send the drills to ``url`` one after another, signed with PayerMax's ``key``, and score the answers."""
    results = []
    with httpx.Client(timeout=timeout, follow_redirects=False) as client:
        for drill, body, sign in script(order, key, app_id=app_id, merchant_no=merchant_no, now=now):
            headers = {"content-type": "application/json", SIGN_HEADER: sign}
            try:
                answer = client.post(url, content=body, headers=headers)
            except httpx.HTTPError as problem:
                results.append(Result(drill, None, f"no answer ({type(problem).__name__})", False))
                continue
            acknowledged = is_acknowledgement(answer.status_code, answer.content)
            results.append(Result(drill, answer.status_code, _shown(answer.content), acknowledged))
    return Report(url, tuple(results))
