"""Balances: the current and day-end balances of the merchant's accounts, read from the ledger.

The emulator keeps two kinds of account per currency (see ``ledger.py``): ``ACQUIRING`` (credited
by successful payments, debited by refunds and lost disputes) and ``DISBURSEMENT`` (debited by payouts,
credited back by failed and bounced payouts and by ``POST /emulator/balances``). ``FREEZE``, ``SETTLE`` and
``REVERSE`` accounts are never used: they are always empty.

**currentBalanceQuery** answers one row per account and currency, balances with the currency's decimals
(signed: an account may be negative), and ``inquiryTime``. ``accountType`` and ``accountCurrency`` (lists;
absent or empty means all) narrow the rows. Zero balances are left out unless ``plainSign`` is ``true``; then
every requested account type (ACQUIRING and DISBURSEMENT when none is named) is listed in every requested
currency (the currencies of the merchant's accounts, or USD, when none is named), with ``0`` where nothing
ever moved.

**dayEndBalanceQuery** reports one day (``inquiryDate``, ``yyyy-MM-dd``) counted in ``timezone`` ``UTC`` or
``CST`` (UTC+8, any letter case): for each account that existed by the end of that day, the balance at its
start (``initalBalance``), the money in (``inflowAmount``) and out (``outflowAmount``) during the day, and
``endBalance = initalBalance + inflowAmount - outflowAmount``, computed from the ledger's movements.
``accountCurrency`` (one currency) and ``accountType`` (ACQUIRING / DISBURSEMENT) filter the rows. Only a
day that has ended and is at most 90 days old can be asked for: otherwise ``PARAMS_INVALID``, as for a date
that does not exist. ``acctTime`` is the day (``2023-06-20``), ``timezone`` upper-cased.

Money moves with payments, refunds, payouts, disputes, exchanges, virtual-account receipts and
``POST /emulator/balances`` (a ``DEPOSIT`` from, or with a negative amount a ``WITHDRAW`` to, the merchant's
bank account ``MERCHANT_BANK``: each sends a balance notification, see ``ledger.py``);
``POST /emulator/clock/advance`` moves the day forward.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, timezone
from decimal import Decimal
from typing import Any

from payermax_signing.protocol import format_time

from ..kit import Product, operation
from ..services import Merchant
from ..store.db import next_sequence
from ..store.errors import params_invalid
from ..store.money import money, signed_money
from .ledger import ACQUIRING, DEPOSIT, DISBURSEMENT, WITHDRAW, Account, Ledger, Notice

KEPT_TYPES = (ACQUIRING, DISBURSEMENT)
TIMEZONES = {"UTC": UTC, "CST": timezone(timedelta(hours=8), "CST")}
MAX_AGE_DAYS = 90
#: The counterparty of control-API deposits and withdrawals: the merchant's own bank account.
MERCHANT_BANK = Notice(counterparty_id="EMULATOR-BANK-0001", counterparty_name="The merchant's bank account")


def _day(data: dict[str, Any], now: datetime) -> tuple[date, str, datetime, datetime]:
    """The requested day, its time zone name, and its start and end as aware datetimes."""
    try:
        day = date.fromisoformat(str(data["inquiryDate"]))
    except ValueError:
        raise params_invalid("data.inquiryDate must be a date, yyyy-MM-dd.") from None
    zone_name = str(data["timezone"]).upper()
    zone = TIMEZONES.get(zone_name)
    if zone is None:
        raise params_invalid("data.timezone must be UTC or CST.")
    start = datetime.combine(day, time(0), tzinfo=zone)
    end = start + timedelta(days=1)
    today = now.astimezone(zone).date()
    if end > now:
        raise params_invalid(f"data.inquiryDate must be a day that has ended; today is {today} ({zone_name}).")
    if day < today - timedelta(days=MAX_AGE_DAYS):
        raise params_invalid(f"data.inquiryDate must be one of the last {MAX_AGE_DAYS} days.")
    return day, zone_name, start, end


@dataclass(eq=False)
class Balances(Product):
    ledger: Ledger

    def adjust(self, merchant: Merchant, account_type: str, currency: str, amount: Decimal) -> Decimal:
        """Move money in or out of an account (the control API): a top-up from the merchant's bank account
        (``DEPOSIT``) or a withdrawal to it (``WITHDRAW``), each with a balance notification; returns the new
        balance."""
        now = self.services.clock.now()
        kind = DEPOSIT if amount >= 0 else WITHDRAW
        with self.services.db.transaction() as tx:
            trade_no = f"{now:%Y%m%d%H%M%S}T{kind[0]}{next_sequence(tx, 'balance-move'):016d}"
            account = Account(merchant.app_id, account_type, currency)
            return self.ledger.post(tx, account, amount, kind, trade_no, at=now, notice=MERCHANT_BANK)

    @operation("currentBalanceQuery")
    def current_balance_query(self, merchant: Merchant, data: dict[str, Any]) -> dict[str, Any]:
        types: list[str] = list(data.get("accountType") or [])
        currencies: list[str] = list(data.get("accountCurrency") or [])
        plain = bool(data.get("plainSign"))
        accounts = {(kind, currency): value for kind, currency, value in self.ledger.accounts(merchant.app_id)}
        if plain:
            wanted_currencies = currencies or sorted({currency for _, currency in accounts}) or ["USD"]
            for kind in types or KEPT_TYPES:
                for currency in wanted_currencies:
                    accounts.setdefault((kind, currency), Decimal(0))
        rows = [
            {"accountType": kind, "currency": currency, "balance": signed_money(value, currency)}
            for (kind, currency), value in sorted(accounts.items())
            if (not types or kind in types) and (not currencies or currency in currencies) and (plain or value != 0)
        ]
        return {"inquiryTime": format_time(self.services.clock.now()), "accountRealTimeTypes": rows}

    @operation("dayEndBalanceQuery")
    def day_end_balance_query(self, merchant: Merchant, data: dict[str, Any]) -> dict[str, Any]:
        day, zone_name, start, end = _day(data, self.services.clock.now())
        currency_filter = data.get("accountCurrency")
        types: list[str] = list(data.get("accountType") or [])
        start_ts = start.timestamp()
        totals: dict[tuple[str, str], list[Decimal]] = {}
        for movement in self.ledger.movements(merchant.app_id, end.astimezone(UTC).timestamp()):
            if currency_filter and movement.currency != currency_filter:
                continue
            if types and movement.account_type not in types:
                continue
            entry = totals.setdefault((movement.account_type, movement.currency), [Decimal(0)] * 3)
            if movement.at_ts < start_ts:
                entry[0] += movement.amount  # opening balance
            elif movement.amount >= 0:
                entry[1] += movement.amount  # inflow
            else:
                entry[2] -= movement.amount  # outflow
        rows = []
        for (kind, currency), figures in sorted(totals.items()):
            # Rounded first, so that the published formula holds exactly for the figures shown.
            opening, inflow, outflow = (Decimal(money(value, currency)) for value in figures)
            rows.append(
                {
                    "accountType": kind,
                    "currency": currency,
                    "initalBalance": signed_money(opening, currency),
                    "inflowAmount": money(inflow, currency),
                    "outflowAmount": money(outflow, currency),
                    "endBalance": signed_money(opening + inflow - outflow, currency),
                }
            )
        return {"acctTime": day.isoformat(), "timezone": zone_name, "accountEndDayTimeTypes": rows}
