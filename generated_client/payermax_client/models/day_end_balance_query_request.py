from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from payermax_signing.errors import spec_violation as _spec_violation

from ..models.day_end_balance_query_request_account_type_item import (
    DayEndBalanceQueryRequestAccountTypeItem,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="DayEndBalanceQueryRequest")


@_attrs_define
class DayEndBalanceQueryRequest:
    """The day, time zone and optional filters."""

    inquiry_date: str
    """ The day to report, e.g. `2023-06-20`; one of the last 90 days. """
    timezone: str
    """ Time zone the day is counted in, `UTC` or `CST` (case-insensitive). """
    account_currency: str | Unset = UNSET
    """ Only accounts in this currency; absent means all. """
    account_type: list[DayEndBalanceQueryRequestAccountTypeItem] | Unset = UNSET
    """ Only these kinds of account (`ACQUIRING` or `DISBURSEMENT`); absent or empty means all. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        inquiry_date = self.inquiry_date

        timezone = self.timezone

        account_currency = self.account_currency

        account_type: list[str] | Unset = UNSET
        if not isinstance(self.account_type, Unset):
            account_type = []
            for account_type_item_data in self.account_type:
                account_type_item = account_type_item_data.value
                account_type.append(account_type_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "inquiryDate": inquiry_date,
                "timezone": timezone,
            }
        )
        if account_currency is not UNSET:
            field_dict["accountCurrency"] = account_currency
        if account_type is not UNSET:
            field_dict["accountType"] = account_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # A message that breaks the spec raises SpecViolationError naming the member (`_at`), never its value.
        _at = ""
        try:
            # PayerMax may write `null` for a member it has no value for: treat it as absent.
            d = {key: value for key, value in src_dict.items() if value is not None}
            _at = "inquiryDate"
            inquiry_date = d.pop("inquiryDate")

            _at = "timezone"
            timezone = d.pop("timezone")

            _at = "accountCurrency"
            account_currency = d.pop("accountCurrency", UNSET)

            _at = "accountType"
            _account_type = d.pop("accountType", UNSET)
            account_type: list[DayEndBalanceQueryRequestAccountTypeItem] | Unset = UNSET
            if _account_type is not UNSET:
                account_type = []
                for account_type_item_data in _account_type:
                    account_type_item = DayEndBalanceQueryRequestAccountTypeItem(account_type_item_data)

                    account_type.append(account_type_item)

            day_end_balance_query_request = cls(
                inquiry_date=inquiry_date,
                timezone=timezone,
                account_currency=account_currency,
                account_type=account_type,
            )

            day_end_balance_query_request.additional_properties = d
        except Exception as exc:
            raise _spec_violation("DayEndBalanceQueryRequest", _at, exc) from exc
        return day_end_balance_query_request

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
