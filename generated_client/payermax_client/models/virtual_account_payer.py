from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from payermax_signing.errors import spec_violation as _spec_violation

from ..types import UNSET, Unset

T = TypeVar("T", bound="VirtualAccountPayer")


@_attrs_define
class VirtualAccountPayer:
    """Who sent the transfer, as far as the bank reported it."""

    account_no: str = _attrs_field(repr=False)
    """ The sender's account number. """
    bank_code: str
    """ Code (e.g. SWIFT BIC) of the sender's bank. """
    account_name: str | Unset = _attrs_field(default=UNSET, repr=False)
    """ The sender's full name. """
    bank_name: str | Unset = UNSET
    """ Name of the sender's bank. """
    bank_branch: str | Unset = UNSET
    """ Branch number of the sender's bank. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_no = self.account_no

        bank_code = self.bank_code

        account_name = self.account_name

        bank_name = self.bank_name

        bank_branch = self.bank_branch

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "accountNo": account_no,
                "bankCode": bank_code,
            }
        )
        if account_name is not UNSET:
            field_dict["accountName"] = account_name
        if bank_name is not UNSET:
            field_dict["bankName"] = bank_name
        if bank_branch is not UNSET:
            field_dict["bankBranch"] = bank_branch

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # A message that breaks the spec raises SpecViolationError naming the member (`_at`), never its value.
        _at = ""
        try:
            # PayerMax may write `null` for a member it has no value for: treat it as absent.
            d = {key: value for key, value in src_dict.items() if value is not None}
            _at = "accountNo"
            account_no = d.pop("accountNo")

            _at = "bankCode"
            bank_code = d.pop("bankCode")

            _at = "accountName"
            account_name = d.pop("accountName", UNSET)

            _at = "bankName"
            bank_name = d.pop("bankName", UNSET)

            _at = "bankBranch"
            bank_branch = d.pop("bankBranch", UNSET)

            virtual_account_payer = cls(
                account_no=account_no,
                bank_code=bank_code,
                account_name=account_name,
                bank_name=bank_name,
                bank_branch=bank_branch,
            )

            virtual_account_payer.additional_properties = d
        except Exception as exc:
            raise _spec_violation("VirtualAccountPayer", _at, exc) from exc
        return virtual_account_payer

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
