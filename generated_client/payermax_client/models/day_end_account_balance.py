from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from payermax_signing.errors import spec_violation as _spec_violation

from ..money import decimal_from_json, decimal_to_json

T = TypeVar("T", bound="DayEndAccountBalance")


@_attrs_define
class DayEndAccountBalance:
    """One account over the day: `endBalance = initalBalance + inflowAmount - outflowAmount`. All amounts in
    major units, two decimals at most; the balances may be negative.

    """

    account_type: str
    """ Kind of account, e.g. `ACQUIRING` or `DISBURSEMENT`. """
    currency: str
    """ Currency of the account. """
    inital_balance: Decimal
    """ Balance at the start of the day (the name is spelled this way by PayerMax). """
    inflow_amount: Decimal
    """ Total that came into the account during the day. """
    outflow_amount: Decimal
    """ Total that left the account during the day. """
    end_balance: Decimal
    """ Balance at the end of the day. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_type = self.account_type

        currency = self.currency

        inital_balance = decimal_to_json(self.inital_balance)

        inflow_amount = decimal_to_json(self.inflow_amount)

        outflow_amount = decimal_to_json(self.outflow_amount)

        end_balance = decimal_to_json(self.end_balance)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "accountType": account_type,
                "currency": currency,
                "initalBalance": inital_balance,
                "inflowAmount": inflow_amount,
                "outflowAmount": outflow_amount,
                "endBalance": end_balance,
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

            _at = "initalBalance"
            inital_balance = decimal_from_json(d.pop("initalBalance"))

            _at = "inflowAmount"
            inflow_amount = decimal_from_json(d.pop("inflowAmount"))

            _at = "outflowAmount"
            outflow_amount = decimal_from_json(d.pop("outflowAmount"))

            _at = "endBalance"
            end_balance = decimal_from_json(d.pop("endBalance"))

            day_end_account_balance = cls(
                account_type=account_type,
                currency=currency,
                inital_balance=inital_balance,
                inflow_amount=inflow_amount,
                outflow_amount=outflow_amount,
                end_balance=end_balance,
            )

            day_end_account_balance.additional_properties = d
        except Exception as exc:
            raise _spec_violation("DayEndAccountBalance", _at, exc) from exc
        return day_end_account_balance

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
