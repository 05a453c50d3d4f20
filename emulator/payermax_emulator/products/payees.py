"""Payee checks of payouts: the rules of ``paymentFieldValidation``, also applied by ``paymentOrderPay``.

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
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from . import cards

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
