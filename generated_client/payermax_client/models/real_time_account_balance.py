from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from payermax_signing.errors import spec_violation as _spec_violation

from ..money import decimal_from_json, decimal_to_json

T = TypeVar("T", bound="RealTimeAccountBalance")


@_attrs_define
class RealTimeAccountBalance:
    """The current balance of one account."""

    account_type: str
    """ Kind of account (`ACQUIRING`, `DISBURSEMENT`, `FREEZE`, `SETTLE`, `REVERSE`; older answers may say
    `AVAILABLE` for `DISBURSEMENT`). """
    currency: str
    """ Currency of the account. """
    balance: Decimal
    """ Balance in major units, two decimals at most; may be negative. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_type = self.account_type

        currency = self.currency

        balance = decimal_to_json(self.balance)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "accountType": account_type,
                "currency": currency,
                "balance": balance,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # A message that breaks the spec raises SpecViolationError naming the member (`_at`), never its value.
        _at = ""
        try:
            # PayerMax may write `null` for a member it has no value for: treat it as absent.
            d = {key: value for key, value in src_dict.items() if value is not None}
            _at = "accountType"
            account_type = d.pop("accountType")

            _at = "currency"
            currency = d.pop("currency")

            _at = "balance"
            balance = decimal_from_json(d.pop("balance"))

            real_time_account_balance = cls(
                account_type=account_type,
                currency=currency,
                balance=balance,
            )

            real_time_account_balance.additional_properties = d
        except Exception as exc:
            raise _spec_violation("RealTimeAccountBalance", _at, exc) from exc
        return real_time_account_balance

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
