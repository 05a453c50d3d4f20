"""Payouts: payee checks, payout orders and their life cycle, single and paged queries, bounce-backs.

**paymentFieldValidation** checks the payee details without storing anything and answers, field by field,
``validationPassedFields`` / ``ignoredFields`` / ``validationFailedFields`` (``validationCode`` ``PASS`` when
nothing failed, ``PARAMS_INVALID`` otherwise). Given members without a rule are listed as ignored; the
context members (``country``, ``sourceAccount``, ``destinationCurrency``, ``payeeInfo.paymentMethodType``)
are not listed. An empty string counts as not given. The rules:

| field | rule |
|---|---|
| `payeeInfo.paymentMethodType` | one of WALLET, CASH, CARD, BANK_TRANSFER, ATM_CARD, CARRIER_BILLING, REALTIME-PAYMENT |
| `payeeInfo.targetOrg` | required for WALLET, CASH and ATM_CARD; upper-case letters, digits, `_` (2-32); a WALLET in ID, PH, TH, MY, SA, EG or AE must be one of that country's wallets (see ``WALLETS``); ignored for CARD |
| `payeeInfo.accountInfo.accountNo` | required except for CASH; format below |
| `payeeInfo.name.*` | English letters, spaces, commas, hyphens, dots (a CORPORATION may also use digits, `&`, parentheses); `fullName`, or `firstName` and `lastName`, required except for CARRIER_BILLING |
| `payeeInfo.payeePhone`, `notifyPhone` | `+` optional, then 7-15 digits |
| `payeeInfo.email`, `notifyEmail` | `name@domain.tld` |
| `payeeInfo.birthDate` | a real date, not in the future |
| `payeeInfo.document.documentId` | 4-32 letters, digits or hyphens |
| `payeeInfo.document.documentIssueDate` / `documentExpireDate` | a real date; not in the future / not in the past |

Account numbers by payment method and country:

| method | country | accountNo |
|---|---|---|
| CARD | any | 12-19 digits passing the Luhn check |
| WALLET, CARRIER_BILLING | any | `+` optional, then 8-15 digits (the wallet's phone number) |
| BANK_TRANSFER | ID 8-16, PH 10-16, TH 10-12, MY 8-17, IN 9-18 | digits only, that many |
| BANK_TRANSFER | SA, AE, EG, TR, DE, GB, FR, ES, IT, NL | the country's IBAN (prefix, length, mod-97 check), e.g. `SA0380000000608010167519` |
| anything else | any | 4-34 letters or digits |

**paymentOrderPay** runs the same checks (an unknown payment method is refused with
``PAYMENT_METHOD_NOT_EXIST``, any failed field with ``PARAMS_INVALID`` naming every failed field), checks the
amount (``AMOUNT_INVALID``: not positive, or more decimals than the currency has - none for IDR, KRW, VND,
CLP, JPY...), refuses a repeated ``outTradeNo`` (case-insensitive, atomic) with ``ORDER_REPEAT``, and debits
the merchant's ``DISBURSEMENT`` account in the source currency (``sourceAccount``, or the trade currency) -
``BALANCE_INSUFFICIENT`` when the balance is short; nothing is created by a refusal. The payout is
``PENDING`` (``subStatus`` ``TRANSMIT``). Conversions use the fixed rates of ``USD_PER_UNIT`` (an unknown
pair is refused with ``CURRENCY_INVALID``); no fee or tax is charged (``fee`` and ``tax`` are ``0``). The
payee's account number is never stored (only its last four digits, masked).

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

Control endpoints (under ``/emulator``; ``ref`` is the tradeNo, or the outTradeNo of the test merchant or of
``?appId=``):

| endpoint | what it does |
|---|---|
| `POST /emulator/payouts/{ref}/settle` | finish a PENDING payout: `{"status": "SUCCESS" or "FAILED", "responseCode"?, "responseMsg"?}`; without `status`, the outcome its account number calls for |
| `POST /emulator/payouts/{ref}/bounce` | turn a SUCCESS payout into BOUNCEBACK and credit the money back: `{"responseCode"?, "responseMsg"?}` |

The test merchant's DISBURSEMENT account starts with ``Settings.opening_float`` (``payermax-emulator serve``:
10,000.00 USD by default; nothing in tests): fund it further with
``POST /emulator/balances {"accountType": "DISBURSEMENT", "currency": "USD", "amount": "1000"}``.
"""

from __future__ import annotations

import json
import re
import sqlite3
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from starlette.requests import Request
from starlette.routing import Route

from ..codec import amount
from ..core import Emulator
from ..db import next_sequence, schema
from ..errors import BusinessError, params_invalid, repeated
from ..registry import CONTROL_ROUTES, Call, operation, sweeper
from ..web import control, emulator_of, in_thread, json_body
from . import cards, ledger
from .money import check_amount, currency_decimals

PENDING, SUCCESS, FAILED, BOUNCEBACK = "PENDING", "SUCCESS", "FAILED", "BOUNCEBACK"
TRANSMIT = "TRANSMIT"
METHODS = ("WALLET", "CASH", "CARD", "BANK_TRANSFER", "ATM_CARD", "CARRIER_BILLING", "REALTIME-PAYMENT")
TARGET_ORG_REQUIRED = {"WALLET", "CASH", "ATM_CARD"}
WALLETS: dict[str, set[str]] = {
    "ID": {"DANA", "OVO", "GOPAY", "SHOPEEPAY", "LINKAJA"},
    "PH": {"GCASH", "PAYMAYA", "GRABPAY"},
    "TH": {"TRUEMONEY", "RABBIT_LINE_PAY"},
    "MY": {"TNG", "BOOST", "GRABPAY"},
    "SA": {"STC_PAY", "URPAY"},
    "EG": {"VODAFONE_CASH", "ORANGE_CASH"},
    "AE": {"PAYBY"},
}
DIGIT_ACCOUNTS = {"ID": (8, 16), "PH": (10, 16), "TH": (10, 12), "MY": (8, 17), "IN": (9, 18)}
IBAN_LENGTHS = {"SA": 24, "AE": 23, "EG": 29, "TR": 26, "DE": 22, "GB": 22, "FR": 27, "ES": 24, "IT": 27, "NL": 18}
#: Fixed conversion rates: US dollars per unit of each currency.
USD_PER_UNIT = {
    "USD": Decimal("1"),
    "EUR": Decimal("1.08"),
    "GBP": Decimal("1.27"),
    "IDR": Decimal("0.000064"),
    "PHP": Decimal("0.0178"),
    "SAR": Decimal("0.2666"),
    "AED": Decimal("0.2723"),
    "THB": Decimal("0.0282"),
    "MYR": Decimal("0.2128"),
    "BRL": Decimal("0.198"),
    "MXN": Decimal("0.0588"),
    "TRY": Decimal("0.031"),
    "EGP": Decimal("0.0206"),
    "INR": Decimal("0.012"),
    "HKD": Decimal("0.128"),
    "KWD": Decimal("3.25"),
    "VND": Decimal("0.0000393"),
    "KRW": Decimal("0.00073"),
    "JPY": Decimal("0.0067"),
}
FAILING_SUFFIX = "0000"
ACCOUNT_INVALID = ("ACCOUNT_INVALID", "The payee account does not exist or cannot receive funds.")
CONTEXT_FIELDS = {"country", "sourceAccount", "destinationCurrency", "payeeInfo.paymentMethodType"}

NAME = re.compile(r"^[A-Za-z][A-Za-z ,.\-]*$")
CORPORATE_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9 ,.\-&()]*$")
PHONE = re.compile(r"^\+?[0-9]{7,15}$")
EMAIL = re.compile(r"^[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}$")
DOCUMENT_ID = re.compile(r"^[A-Za-z0-9\-]{4,32}$")
TARGET_ORG = re.compile(r"^[A-Z0-9_]{2,32}$")
DIGITS = re.compile(r"^[0-9]+$")
WALLET_ACCOUNT = re.compile(r"^\+?[0-9]{8,15}$")
GENERIC_ACCOUNT = re.compile(r"^[A-Za-z0-9]{4,34}$")
BATCH_TIME = "%Y-%m-%d %H:%M:%S"

schema(
    """
    CREATE TABLE IF NOT EXISTS payouts (
        trade_no TEXT PRIMARY KEY,
        app_id TEXT NOT NULL,
        out_trade_no TEXT NOT NULL,
        out_trade_no_key TEXT NOT NULL,
        status TEXT NOT NULL,
        country TEXT NOT NULL,
        source_amount TEXT NOT NULL,
        source_currency TEXT NOT NULL,
        created_ts REAL NOT NULL,
        settle_ts REAL,
        doc TEXT NOT NULL,
        UNIQUE (app_id, out_trade_no_key)
    );
    CREATE INDEX IF NOT EXISTS payouts_by_time ON payouts (app_id, created_ts);
    CREATE INDEX IF NOT EXISTS payouts_due ON payouts (status, settle_ts);
    """
)


# ------------------------------------------------------------------------------------------ amounts
def money(value: Decimal, currency: str) -> str:
    """An amount as a decimal string with the currency's decimals."""
    return format(value.quantize(Decimal(1).scaleb(-currency_decimals(currency)), rounding=ROUND_HALF_UP), "f")


def rate(from_currency: str, to_currency: str) -> Decimal:
    """How many ``to_currency`` one ``from_currency`` buys, to 10 decimals."""
    if from_currency == to_currency:
        return Decimal("1.0000000000")
    if from_currency not in USD_PER_UNIT or to_currency not in USD_PER_UNIT:
        raise BusinessError("CURRENCY_INVALID", f"The emulator cannot convert {from_currency} to {to_currency}.")
    return (USD_PER_UNIT[from_currency] / USD_PER_UNIT[to_currency]).quantize(Decimal("1E-10"))


def payout_time(moment: datetime) -> str:
    """Payout pages' time form: ``2022-12-02T11:35:17 +0000``."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S +0000")


# ------------------------------------------------------------------------------------- payee checks
@dataclass
class FieldReport:
    """The outcome of the payee checks, field by field (paths relative to ``data``)."""

    passed: list[str] = field(default_factory=list)
    ignored: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)

    def result(self) -> dict[str, Any]:
        return {
            "validationCode": "PARAMS_INVALID" if self.failed else "PASS",
            "validationPassedFields": [{"field": name} for name in self.passed],
            "ignoredFields": [{"field": name} for name in self.ignored],
            "validationFailedFields": [{"field": name, "errorMsg": msg} for name, msg in self.failed],
        }


def _leaves(value: Any, prefix: str = "") -> list[str]:
    """Paths of the members given (non-empty) in a request's data."""
    if isinstance(value, dict):
        found: list[str] = []
        for key, item in value.items():
            found += _leaves(item, f"{prefix}.{key}" if prefix else str(key))
        return found
    return [] if value is None or value == "" or value == [] else [prefix]


def _iban_valid(account: str, country: str) -> bool:
    if len(account) != IBAN_LENGTHS[country] or not account.startswith(country) or not account.isalnum():
        return False
    if not account.isascii() or not account[2:4].isdigit():
        return False
    rearranged = account[4:] + account[:4]
    return int("".join(str(int(char, 36)) for char in rearranged)) % 97 == 1


def _account_problem(method: str, country: str, account: str) -> str | None:
    if method == "CARD":
        if not DIGITS.match(account):
            return "Please enter numbers."
        return None if cards.luhn_valid(account) else "The card number is invalid."
    if method in ("WALLET", "CARRIER_BILLING"):
        if not DIGITS.match(account.removeprefix("+")):
            return "Please enter numbers."
        return None if WALLET_ACCOUNT.match(account) else "The account number must have 8 to 15 digits."
    if method == "BANK_TRANSFER" and country in DIGIT_ACCOUNTS:
        low, high = DIGIT_ACCOUNTS[country]
        if not DIGITS.match(account):
            return "Please enter numbers."
        return None if low <= len(account) <= high else f"The account number must have {low} to {high} digits."
    if method == "BANK_TRANSFER" and country in IBAN_LENGTHS:
        if _iban_valid(account.upper(), country):
            return None
        return f"Please enter a valid IBAN: {IBAN_LENGTHS[country]} characters starting with {country}."
    return None if GENERIC_ACCOUNT.match(account) else "The account number must be 4 to 34 letters or digits."


def _date_problem(value: str, today: date, *, future: bool, past: bool, what: str) -> str | None:
    try:
        day = date.fromisoformat(value)
    except ValueError:
        return f"Please enter a valid {what} (yyyy-MM-dd)."
    if not future and day > today:
        return f"The {what} cannot be in the future."
    if not past and day < today:
        return f"The {what} has passed."
    return None


def check_payee(data: dict[str, Any], today: date) -> FieldReport:
    """Check the payee details of a ``paymentFieldValidation`` or ``paymentOrderPay`` request."""
    payee: dict[str, Any] = data.get("payeeInfo") or {}
    method = str(payee.get("paymentMethodType", "")).upper()
    country = str(data.get("country", ""))
    checks: dict[str, str | None] = {}
    if method not in METHODS:
        checks["payeeInfo.paymentMethodType"] = f"Unsupported payment method type; use one of {', '.join(METHODS)}."

    target = payee.get("targetOrg")
    if target and method != "CARD":
        known = WALLETS.get(country) if method == "WALLET" else None
        valid = bool(TARGET_ORG.match(target)) and (known is None or target in known)
        checks["payeeInfo.targetOrg"] = None if valid else "The targetOrg is incorrect."
    elif not target and method in TARGET_ORG_REQUIRED:
        checks["payeeInfo.targetOrg"] = f"Please enter the targetOrg: {method} payouts name the receiving institution."

    account = str((payee.get("accountInfo") or {}).get("accountNo") or "")
    if account:
        checks["payeeInfo.accountInfo.accountNo"] = _account_problem(method, country, account)
    elif method != "CASH":
        checks["payeeInfo.accountInfo.accountNo"] = "Please enter the account number."

    name: dict[str, Any] = payee.get("name") or {}
    pattern = CORPORATE_NAME if payee.get("payeeType") == "CORPORATION" else NAME
    for part in ("firstName", "middleName", "lastName", "fullName"):
        if name.get(part):
            valid = bool(pattern.match(str(name[part])))
            checks[f"payeeInfo.name.{part}"] = (
                None if valid else "Only English letters, spaces, commas, hyphens and dots are allowed."
            )
    if (
        method != "CARRIER_BILLING"
        and not name.get("fullName")
        and not (name.get("firstName") and name.get("lastName"))
    ):
        checks["payeeInfo.name.fullName"] = "Please enter the payee's full name (or first and last name)."

    for path, value in (("payeeInfo.payeePhone", payee.get("payeePhone")), ("notifyPhone", data.get("notifyPhone"))):
        if value:
            checks[path] = None if PHONE.match(str(value)) else f"The {path} format is incorrect."
    for path, value in (("payeeInfo.email", payee.get("email")), ("notifyEmail", data.get("notifyEmail"))):
        if value:
            checks[path] = None if EMAIL.match(str(value)) else f"The {path} format is incorrect."
    if payee.get("birthDate"):
        checks["payeeInfo.birthDate"] = _date_problem(
            str(payee["birthDate"]), today, future=False, past=True, what="date of birth"
        )
    document: dict[str, Any] = payee.get("document") or {}
    if document.get("documentId"):
        valid = bool(DOCUMENT_ID.match(str(document["documentId"])))
        checks["payeeInfo.document.documentId"] = None if valid else "The document number is incorrect."
    if document.get("documentIssueDate"):
        checks["payeeInfo.document.documentIssueDate"] = _date_problem(
            str(document["documentIssueDate"]), today, future=False, past=True, what="document issue date"
        )
    if document.get("documentExpireDate"):
        checks["payeeInfo.document.documentExpireDate"] = _date_problem(
            str(document["documentExpireDate"]), today, future=True, past=False, what="document expiry date"
        )

    report = FieldReport()
    for path, problem in checks.items():
        if problem is None:
            report.passed.append(path)
        else:
            report.failed.append((path, problem))
    report.ignored = [path for path in _leaves(data) if path not in checks and path not in CONTEXT_FIELDS]
    return report


@operation("paymentFieldValidation")
def payment_field_validation(call: Call) -> dict[str, Any]:
    return check_payee(call.data, call.emulator.clock.now().date()).result()


# -------------------------------------------------------------------------------------------- payouts
@dataclass
class Payout:
    """A payout row with its document (everything PayerMax reports about it)."""

    trade_no: str
    app_id: str
    status: str
    source_amount: Decimal
    source_currency: str
    doc: dict[str, Any]

    @classmethod
    def from_row(cls, row: sqlite3.Row) -> Payout:
        return cls(
            row["trade_no"],
            row["app_id"],
            row["status"],
            Decimal(row["source_amount"]),
            row["source_currency"],
            json.loads(row["doc"]),
        )

    def save(self, tx: sqlite3.Connection) -> None:
        tx.execute(
            "UPDATE payouts SET status = ?, settle_ts = NULL, doc = ? WHERE trade_no = ?",
            (self.status, json.dumps(self.doc), self.trade_no),
        )

    def result(self) -> dict[str, Any]:
        """The payout as ``paymentOrderQry`` and the ``PAYOUT`` notification report it."""
        doc = self.doc
        result: dict[str, Any] = {"outTradeNo": doc["outTradeNo"], "tradeNo": self.trade_no, "status": self.status}
        if self.status == PENDING:
            result["subStatus"] = doc.get("subStatus") or TRANSMIT
        if self.status in (FAILED, BOUNCEBACK):
            for name in ("responseCode", "responseMsg"):
                if doc.get(name):
                    result[name] = doc[name]
        for name in (
            "reference",
            "notifyEmail",
            "notifyPhone",
            "transactionUtcTime",
            "fundsFreezeTime",
            "fundsReturnTime",
            "payFinishTime",
            "bounceBackTime",
        ):
            if doc.get(name):
                result[name] = doc[name]
        result["trade"] = doc["trade"]
        result["source"] = doc["source"]
        result["destination"] = doc["destination"]
        return result


def _rate_text(exchange_rate: Decimal) -> str:
    """The rate as a decimal string of at most 16 characters (the published limit)."""
    text = format(exchange_rate, "f")
    if len(text) > 16:
        places = max(0, 15 - len(text.split(".")[0]))
        text = format(exchange_rate.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP), "f")
    return text


def _breakdown(value: Decimal, currency: str, exchange_rate: Decimal) -> dict[str, Any]:
    zero = money(Decimal(0), currency)
    return {
        "amount": money(value, currency),
        "currency": currency,
        "exchangeRate": _rate_text(exchange_rate),
        "fee": zero,
        "feeCurrency": currency,
        "tax": zero,
        "taxCurrency": currency,
    }


def _converted(value: Decimal, from_currency: str, to_currency: str) -> tuple[Decimal, Decimal]:
    """(rate, amount) of ``value`` converted, rounded to the target currency's decimals."""
    exchange_rate = rate(from_currency, to_currency)
    converted = Decimal(money(value * exchange_rate, to_currency))
    if converted <= 0:
        raise BusinessError("AMOUNT_INVALID", f"trade.amount is too small to pay out in {to_currency}.")
    return exchange_rate, converted


@operation("paymentOrderPay")
def payment_order_pay(call: Call) -> dict[str, Any]:
    emulator, merchant, data = call.emulator, call.merchant, call.data
    now = emulator.clock.now()
    payee = data["payeeInfo"]
    method = str(payee["paymentMethodType"]).upper()
    if method not in METHODS:
        raise BusinessError("PAYMENT_METHOD_NOT_EXIST", f"paymentMethodType {payee['paymentMethodType']} is unknown.")
    report = check_payee(data, now.date())
    if report.failed:
        raise params_invalid("; ".join(f"data.{name} is invalid: {msg}" for name, msg in report.failed))
    trade_amount, trade_currency = amount(data["trade"]["amount"]), data["trade"]["currency"]
    check_amount(trade_amount, trade_currency, places=currency_decimals(trade_currency), field="trade.amount")
    source_currency = data.get("sourceAccount") or trade_currency
    destination_currency = data.get("destinationCurrency") or trade_currency
    source_rate, source_amount = _converted(trade_amount, trade_currency, source_currency)
    destination_rate, destination_amount = _converted(trade_amount, trade_currency, destination_currency)
    account = str(payee["accountInfo"]["accountNo"])
    settle_after = emulator.settings.settle_after
    with emulator.db.transaction() as tx:
        trade_no = f"{now:%Y%m%d%H%M%S}PO{next_sequence(tx, 'payout'):016d}"
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
            "source": _breakdown(source_amount, source_currency, source_rate),
            "destination": _breakdown(destination_amount, destination_currency, destination_rate),
        }
        try:
            tx.execute(
                "INSERT INTO payouts (trade_no, app_id, out_trade_no, out_trade_no_key, status, country,"
                " source_amount, source_currency, created_ts, settle_ts, doc) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    trade_no,
                    merchant.app_id,
                    data["outTradeNo"],
                    data["outTradeNo"].upper(),
                    PENDING,
                    data["country"],
                    format(source_amount, "f"),
                    source_currency,
                    now.timestamp(),
                    None if settle_after is None else now.timestamp() + settle_after * emulator.settings.time_scale,
                    json.dumps(doc),
                ),
            )
        except sqlite3.IntegrityError:
            raise repeated(f"outTradeNo {data['outTradeNo']}") from None
        ledger.post(
            tx,
            merchant.app_id,
            account_type=ledger.DISBURSEMENT,
            currency=source_currency,
            amount=-source_amount,
            kind="PAYOUT",
            reference=trade_no,
            at=now,
            allow_negative=False,
        )
    return {"outTradeNo": data["outTradeNo"], "tradeNo": trade_no, "status": PENDING}


def find_payout(tx: sqlite3.Connection, app_id: str, ref: str) -> Payout | None:
    """A payout of the merchant by its tradeNo or outTradeNo."""
    row = tx.execute(
        "SELECT * FROM payouts WHERE app_id = ? AND (trade_no = ? OR out_trade_no_key = ?)", (app_id, ref, ref.upper())
    ).fetchone()
    return Payout.from_row(row) if row else None


@operation("paymentOrderQry")
def payment_order_qry(call: Call) -> dict[str, Any]:
    rows = call.emulator.db.read(
        "SELECT * FROM payouts WHERE app_id = ? AND out_trade_no_key = ?",
        (call.merchant.app_id, str(call.data["outTradeNo"]).upper()),
    )
    if not rows:
        raise BusinessError("ORDER_NOT_EXIST", "The order does not exist.")
    return Payout.from_row(rows[0]).result()


def _batch_time(data: dict[str, Any], name: str) -> datetime:
    try:
        return datetime.strptime(str(data[name]), BATCH_TIME).replace(tzinfo=UTC)
    except ValueError:
        raise params_invalid(f"data.{name} is not a valid time (yyyy-MM-dd HH:mm:ss, UTC).") from None


@operation("paymentOrderBatchQry")
def payment_order_batch_qry(call: Call) -> dict[str, Any]:
    data = call.data
    begin, end = _batch_time(data, "queryBeginTime"), _batch_time(data, "queryEndTime")
    if end < begin:
        raise params_invalid("data.queryEndTime must not be before data.queryBeginTime.")
    if end - begin > timedelta(days=1):
        raise params_invalid("The span between data.queryBeginTime and data.queryEndTime must not exceed 1 day.")
    page_size = int(data.get("pageSize") or 20)
    page = int(data.get("currentPageIndex") or 1)
    if not 1 <= page_size <= 100:
        raise params_invalid("data.pageSize must be between 1 and 100.")
    if page < 1:
        raise params_invalid("data.currentPageIndex must be 1 or more.")
    where, parameters = (
        ["app_id = ?", "created_ts >= ?", "created_ts < ?"],
        [
            call.merchant.app_id,
            begin.timestamp(),
            (end + timedelta(seconds=1)).timestamp(),
        ],
    )
    for column, name in (("status", "status"), ("country", "country")):
        if data.get(name):
            where.append(f"{column} = ?")
            parameters.append(data[name])
    condition = " AND ".join(where)
    db = call.emulator.db
    total = db.read(f"SELECT COUNT(*) AS n FROM payouts WHERE {condition}", tuple(parameters))[0]["n"]  # noqa: S608
    rows = db.read(
        f"SELECT * FROM payouts WHERE {condition} ORDER BY created_ts, trade_no LIMIT ? OFFSET ?",  # noqa: S608
        (*parameters, page_size, (page - 1) * page_size),
    )
    return {
        "totalCount": int(total),
        "currentPageIndex": page,
        "pageSize": page_size,
        "orders": [Payout.from_row(row).result() for row in rows],
    }


# ------------------------------------------------------------------------------ settlement and bounces
def _notify(emulator: Emulator, tx: sqlite3.Connection, payout: Payout) -> None:
    merchant = emulator.merchants.get(payout.app_id)
    assert merchant is not None
    emulator.notifier.enqueue(
        tx,
        merchant,
        notify_type="PAYOUT",
        reference=payout.trade_no,
        data=payout.result(),
        url=payout.doc.get("notifyUrl"),
    )


def _return_funds(tx: sqlite3.Connection, payout: Payout, kind: str, now: datetime) -> None:
    ledger.post(
        tx,
        payout.app_id,
        account_type=ledger.DISBURSEMENT,
        currency=payout.source_currency,
        amount=payout.source_amount,
        kind=kind,
        reference=payout.trade_no,
        at=now,
    )
    payout.doc["fundsReturnTime"] = payout_time(now)


def settle_payout(
    emulator: Emulator,
    app_id: str,
    ref: str,
    status: str | None = None,
    *,
    code: str | None = None,
    msg: str | None = None,
) -> dict[str, Any]:
    """Finish a PENDING payout (``status`` None: the outcome its account number calls for)."""
    now = emulator.clock.now()
    with emulator.db.transaction() as tx:
        payout = find_payout(tx, app_id, ref)
        if payout is None:
            raise BusinessError("ORDER_NOT_EXIST", "The payout does not exist.")
        if payout.status != PENDING:
            raise BusinessError("ORDER_CLOSED", f"The payout is already {payout.status}.")
        failure = payout.doc.get("failure")
        if status is None:
            status = FAILED if failure else SUCCESS
        payout.status = status
        payout.doc.pop("subStatus", None)
        if status == SUCCESS:
            payout.doc["payFinishTime"] = payout_time(now)
        else:
            default_code, default_msg = failure or (
                "PAYMENT_REJECTED",
                "The payout was rejected by the receiving side.",
            )
            payout.doc["responseCode"] = code or default_code
            payout.doc["responseMsg"] = msg or default_msg
            _return_funds(tx, payout, "PAYOUT_RETURN", now)
        payout.save(tx)
        _notify(emulator, tx, payout)
        return payout.result()


def bounce_payout(
    emulator: Emulator, app_id: str, ref: str, *, code: str | None = None, msg: str | None = None
) -> dict[str, Any]:
    """Turn a SUCCESS payout into BOUNCEBACK: the money goes back to the DISBURSEMENT account."""
    now = emulator.clock.now()
    with emulator.db.transaction() as tx:
        payout = find_payout(tx, app_id, ref)
        if payout is None:
            raise BusinessError("ORDER_NOT_EXIST", "The payout does not exist.")
        if payout.status != SUCCESS:
            raise BusinessError("ORDER_CLOSED", f"Only a SUCCESS payout can bounce back; this one is {payout.status}.")
        payout.status = BOUNCEBACK
        payout.doc["bounceBackTime"] = payout_time(now)
        if code:
            payout.doc["responseCode"] = code
        if msg:
            payout.doc["responseMsg"] = msg
        _return_funds(tx, payout, "PAYOUT_BOUNCEBACK", now)
        payout.save(tx)
        _notify(emulator, tx, payout)
        return payout.result()


@sweeper
def settle_due_payouts(emulator: Emulator) -> None:
    rows = emulator.db.read(
        "SELECT app_id, trade_no FROM payouts WHERE status = ? AND settle_ts IS NOT NULL AND settle_ts <= ?",
        (PENDING, emulator.clock.timestamp()),
    )
    for row in rows:
        try:
            settle_payout(emulator, row["app_id"], row["trade_no"])
        except BusinessError:
            continue  # settled meanwhile through the control API


# ----------------------------------------------------------------------------------- control endpoints
TEXT_LIMITS = {"responseCode": 32, "responseMsg": 256}  # the notification's published limits


def _text(body: dict[str, Any], name: str) -> str | None:
    value = body.get(name)
    if value in (None, ""):
        return None
    limit = TEXT_LIMITS.get(name, 32)
    if len(str(value)) > limit:
        raise BusinessError("PARAMS_INVALID", f"{name} must be at most {limit} characters.")
    return str(value)


async def settle_endpoint(request: Request) -> Any:
    from ..control import merchant_for

    body = await json_body(request)
    status = _text(body, "status")
    if status not in (None, SUCCESS, FAILED):
        raise BusinessError("PARAMS_INVALID", "status must be SUCCESS or FAILED.")
    return await in_thread(
        settle_payout,
        emulator_of(request),
        merchant_for(request).app_id,
        request.path_params["ref"],
        status,
        code=_text(body, "responseCode"),
        msg=_text(body, "responseMsg"),
    )


async def bounce_endpoint(request: Request) -> Any:
    from ..control import merchant_for

    body = await json_body(request)
    return await in_thread(
        bounce_payout,
        emulator_of(request),
        merchant_for(request).app_id,
        request.path_params["ref"],
        code=_text(body, "responseCode"),
        msg=_text(body, "responseMsg"),
    )


CONTROL_ROUTES.extend(
    [
        Route("/payouts/{ref}/settle", control(settle_endpoint), methods=["POST"]),
        Route("/payouts/{ref}/bounce", control(bounce_endpoint), methods=["POST"]),
    ]
)
