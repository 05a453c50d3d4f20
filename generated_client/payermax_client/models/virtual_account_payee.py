from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from payermax_signing.errors import spec_violation as _spec_violation

from ..types import UNSET, Unset

T = TypeVar("T", bound="VirtualAccountPayee")


@_attrs_define
class VirtualAccountPayee:
    """The merchant's receiving (virtual) account."""

    country: str
    """ Country of the account. """
    account_no: str
    """ The virtual account's number (masked). """
    account_nick_name: str
    """ The account's nickname. """
    bank_code: str | Unset = UNSET
    """ Code of the bank holding the account. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        country = self.country

        account_no = self.account_no

        account_nick_name = self.account_nick_name

        bank_code = self.bank_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "country": country,
                "accountNo": account_no,
                "accountNickName": account_nick_name,
            }
        )
        if bank_code is not UNSET:
            field_dict["bankCode"] = bank_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # A message that breaks the spec raises SpecViolationError naming the member (`_at`), never its value.
        _at = ""
        try:
            # PayerMax may write `null` for a member it has no value for: treat it as absent.
            d = {key: value for key, value in src_dict.items() if value is not None}
            _at = "country"
            country = d.pop("country")

            _at = "accountNo"
            account_no = d.pop("accountNo")

            _at = "accountNickName"
            account_nick_name = d.pop("accountNickName")

            _at = "bankCode"
            bank_code = d.pop("bankCode", UNSET)

            virtual_account_payee = cls(
                country=country,
                account_no=account_no,
                account_nick_name=account_nick_name,
                bank_code=bank_code,
            )

            virtual_account_payee.additional_properties = d
        except Exception as exc:
            raise _spec_violation("VirtualAccountPayee", _at, exc) from exc
        return virtual_account_payee

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
