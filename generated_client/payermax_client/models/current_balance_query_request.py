from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from payermax_signing.errors import spec_violation as _spec_violation

from ..models.balance_account_type import BalanceAccountType
from ..types import UNSET, Unset

T = TypeVar("T", bound="CurrentBalanceQueryRequest")


@_attrs_define
class CurrentBalanceQueryRequest:
    """Which balances to return; every member is an optional filter."""

    plain_sign: bool | Unset = False
    """ `true` also returns accounts whose balance is zero; `false` (the default) leaves them out. """
    account_type: list[BalanceAccountType] | Unset = UNSET
    """ Only these kinds of account; absent or empty means all. """
    account_currency: list[str] | Unset = UNSET
    """ Only accounts in these currencies; absent or empty means all. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        plain_sign = self.plain_sign

        account_type: list[str] | Unset = UNSET
        if not isinstance(self.account_type, Unset):
            account_type = []
            for account_type_item_data in self.account_type:
                account_type_item = account_type_item_data.value
                account_type.append(account_type_item)

        account_currency: list[str] | Unset = UNSET
        if not isinstance(self.account_currency, Unset):
            account_currency = self.account_currency

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if plain_sign is not UNSET:
            field_dict["plainSign"] = plain_sign
        if account_type is not UNSET:
            field_dict["accountType"] = account_type
        if account_currency is not UNSET:
            field_dict["accountCurrency"] = account_currency

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # A message that breaks the spec raises SpecViolationError naming the member (`_at`), never its value.
        _at = ""
        try:
            # PayerMax may write `null` for a member it has no value for: treat it as absent.
            d = {key: value for key, value in src_dict.items() if value is not None}
            _at = "plainSign"
            plain_sign = d.pop("plainSign", UNSET)

            _at = "accountType"
            _account_type = d.pop("accountType", UNSET)
            account_type: list[BalanceAccountType] | Unset = UNSET
            if _account_type is not UNSET:
                account_type = []
                for account_type_item_data in _account_type:
                    account_type_item = BalanceAccountType(account_type_item_data)

                    account_type.append(account_type_item)

            _at = "accountCurrency"
            account_currency = cast(list[str], d.pop("accountCurrency", UNSET))

            current_balance_query_request = cls(
                plain_sign=plain_sign,
                account_type=account_type,
                account_currency=account_currency,
            )

            current_balance_query_request.additional_properties = d
        except Exception as exc:
            raise _spec_violation("CurrentBalanceQueryRequest", _at, exc) from exc
        return current_balance_query_request

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
