"""Subscription plans and their periods: the records, their lifecycles, the calendar of a plan's terms, and how
PayerMax reports them (queries and the two plan notifications).

A plan is ``INACTIVE`` until its first payment: ``ACTIVE`` when it succeeds, ``ACTIVE_FAILED`` when it fails or
closes unpaid, ``EXPIRED`` when none came within 24 hours; an ``ACTIVE`` plan ends ``FINISH`` (every period
paid), ``TERMINATE`` (a period failed after all its attempts) or ``CANCEL``; an ``INACTIVE`` one may be
cancelled too. A period is ``PENDING`` while its payment is attempted (and retried), then ``SUCCESS`` or
``FAILED``.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any

from payermax_signing.protocol import format_time

from ..kit import Lifecycle, Record, Table
from ..store.errors import BusinessError, params_invalid
from ..store.money import amount, check_amount

INACTIVE, ACTIVE, ACTIVE_FAILED, EXPIRED = "INACTIVE", "ACTIVE", "ACTIVE_FAILED", "EXPIRED"
FINISH, CANCEL, TERMINATE = "FINISH", "CANCEL", "TERMINATE"
PLAN_LIFECYCLE = Lifecycle(
    "subscription", {INACTIVE: (ACTIVE, ACTIVE_FAILED, EXPIRED, CANCEL), ACTIVE: (FINISH, CANCEL, TERMINATE)}
)
PENDING, SUCCESS, FAILED = "PENDING", "SUCCESS", "FAILED"
PERIOD_LIFECYCLE = Lifecycle("subscription period", {PENDING: (SUCCESS, FAILED)})
MAX_LENGTH_YEARS = 3


@dataclass
class Plan(Record):
    """A PayerMax-managed plan. ``due_ts``: the activation deadline while ``INACTIVE``, the moment the next
    period is charged while ``ACTIVE``."""

    subscription_no: str
    request_id: str
    user_id: str
    due_ts: float | None

    @property
    def terms(self) -> dict[str, Any]:
        terms: dict[str, Any] = self.doc["terms"]
        return terms

    @property
    def currency(self) -> str:
        return str(self.terms["periodAmount"]["currency"])

    @property
    def total_periods(self) -> int:
        return int(self.terms["totalPeriods"])

    @property
    def has_trial(self) -> bool:
        return bool(self.terms.get("trialConfig"))

    def first_payment(self) -> Decimal:
        """What the activating order pays: the trial's price, a discounted first period, or a period."""
        if self.has_trial:
            return amount(self.terms["trialConfig"]["trialAmount"]["amount"])
        return self.price(0)

    def price(self, index: int) -> Decimal:
        """The price of period ``index`` (discounted for the first ``trialPeriodCount`` periods)."""
        discount = self.terms.get("trialPeriodConfig")
        if discount and index < int(discount["trialPeriodCount"]):
            return amount(discount["trialPeriodAmount"]["amount"])
        return amount(self.terms["periodAmount"]["amount"])

    def period_start(self, index: int) -> datetime:
        rule = self.terms["periodRule"]
        start = datetime.fromtimestamp(float(self.doc["startTs"]), UTC)
        return shift(start, str(rule["periodUnit"]), int(rule["periodCount"]) * index)

    def charge_at(self, index: int) -> float:
        """When period ``index`` is charged: a day (plus ``advanceDays``) before it starts, never before the
        activation."""
        ahead = timedelta(days=1 + int(self.terms.get("advanceDays") or 0))
        return max(float(self.doc["activatedTs"]), (self.period_start(index) - ahead).timestamp())

    def state(self) -> dict[str, Any]:
        """``SubscriptionPlanState``."""
        return {"subscriptionNo": self.subscription_no, "subscriptionStatus": self.status}

    def notification_data(self) -> dict[str, Any]:
        """The ``SUBSCRIPTION`` notification's ``data``."""
        return {"subscriptionRequestId": self.request_id, "userId": self.user_id, "subscriptionPlan": self.state()}


@dataclass
class Period(Record):
    period_id: str
    subscription_no: str
    period_index: int
    retry_ts: float | None

    def report(self) -> dict[str, Any]:
        """``SubscriptionPeriodPayment`` (the query) and ``SubscriptionPeriodPaymentReport`` (the notification)."""
        report: dict[str, Any] = {"subscriptionIndex": self.period_index, "paymentStatus": self.status}
        for name in ("periodStartTime", "periodEndTime", "payAmount", "paymentMethodType", "cardOrg",
                     "lastPaymentInfo", "cardInfo"):  # fmt: skip
            if self.doc.get(name) is not None:
                report[name] = self.doc[name]
        return report


PLANS = Table(Plan, "subscriptions", "The subscription", "status, due_ts", unique="app_id, request_id")
PERIODS = Table(
    Period, "subscription_periods", "The subscription period", "status, retry_ts", "subscription_no",
    references={"subscription_no": "subscriptions"},
)  # fmt: skip


def shift(moment: datetime, unit: str, count: int) -> datetime:
    """``moment`` moved by ``count`` periods of ``unit`` (D, W, M, Y); months keep the day, or the month's last."""
    if unit in ("D", "W"):
        return moment + timedelta(days=count * (7 if unit == "W" else 1))
    months = count * (12 if unit == "Y" else 1)
    year, month = divmod(moment.month - 1 + months, 12)
    year += moment.year
    day = min(moment.day, calendar.monthrange(year, month + 1)[1])
    return moment.replace(year=year, month=month + 1, day=day)


def period_times(plan: Plan, index: int) -> dict[str, Any]:
    """What a period's record shows of the plan: its window and its price."""
    return {
        "periodStartTime": format_time(plan.period_start(index)),
        "periodEndTime": format_time(plan.period_start(index + 1)),
        "payAmount": {"amount": format(plan.price(index), "f"), "currency": plan.currency},
    }


def _whole(holder: dict[str, Any], name: str, field: str, least: int) -> int:
    """A count PayerMax writes as a number or a string, made an ``int`` in ``holder``; refused when it is not a
    whole number of at least ``least``."""
    text = str(holder[name]).strip()
    try:
        value = Decimal(text)
    except ArithmeticError:
        value = Decimal(-1)
    if not value.is_finite() or value != value.to_integral_value() or value < least or value > 10**6:
        raise params_invalid(f"subscriptionPlan.{field} must be a whole number of at least {least}.")
    holder[name] = int(value)
    return int(value)


def check_terms(terms: dict[str, Any]) -> None:
    """Refuse plan terms that cannot be run; their counts become ``int`` (they may come as strings)."""
    currency = terms["periodAmount"]["currency"]
    check_amount(amount(terms["periodAmount"]["amount"]), currency, places=4, field="periodAmount.amount")
    total = _whole(terms, "totalPeriods", "totalPeriods", 1)
    rule = terms["periodRule"]
    count = _whole(rule, "periodCount", "periodRule.periodCount", 1)
    trial, discount = terms.get("trialConfig"), terms.get("trialPeriodConfig")
    if trial:
        _whole(trial, "trialDays", "trialConfig.trialDays", 0)
    discounted = _whole(discount, "trialPeriodCount", "trialPeriodConfig.trialPeriodCount", 0) if discount else 0
    for price in filter(None, [(trial or {}).get("trialAmount"), (discount or {}).get("trialPeriodAmount")]):
        if price["currency"] != currency:
            raise BusinessError("CURRENCY_INVALID", "Every amount of the plan must be in periodAmount.currency.")
        if amount(price["amount"]) > 0:
            check_amount(amount(price["amount"]), currency, places=4, field="subscriptionPlan trial amounts")
    if discounted > total:
        raise params_invalid("subscriptionPlan.trialPeriodConfig.trialPeriodCount must not exceed totalPeriods.")
    start = datetime(2000, 1, 31)
    try:
        too_long = shift(start, str(rule["periodUnit"]), count * total) > shift(start, "Y", MAX_LENGTH_YEARS)
    except (OverflowError, ValueError):  # past the end of the calendar: far longer than three years
        too_long = True
    if too_long:
        raise params_invalid("subscriptionPlan runs longer than three years (totalPeriods times periodRule).")
