from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from payermax_signing.errors import spec_violation as _spec_violation

from ..types import UNSET, Unset

T = TypeVar("T", bound="PayoutPayeeBank")


@_attrs_define
class PayoutPayeeBank:
    """The payee's bank, for bank payouts."""

    bank_code: str | Unset = UNSET
    """ Code identifying the payee's bank (a SWIFT/BIC or a national code, by country), e.g. `BKCHCNBJ`.
    Not needed where the country defines `targetOrg` codes.
     """
    bank_name: str | Unset = UNSET
    """ Name of the payee's bank. """
    bank_branch: str | Unset = UNSET
    """ Branch number or code of the payee's bank. """
    bank_city: str | Unset = UNSET
    """ City of the payee's bank. """
    cor_account_no: str | Unset = UNSET
    """ Correspondent account of the payee's bank. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bank_code = self.bank_code

        bank_name = self.bank_name

        bank_branch = self.bank_branch

        bank_city = self.bank_city

        cor_account_no = self.cor_account_no

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if bank_code is not UNSET:
            field_dict["bankCode"] = bank_code
        if bank_name is not UNSET:
            field_dict["bankName"] = bank_name
        if bank_branch is not UNSET:
            field_dict["bankBranch"] = bank_branch
        if bank_city is not UNSET:
            field_dict["bankCity"] = bank_city
        if cor_account_no is not UNSET:
            field_dict["corAccountNo"] = cor_account_no

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # A message that breaks the spec raises SpecViolationError naming the member (`_at`), never its value.
        _at = ""
        try:
            # PayerMax may write `null` for a member it has no value for: treat it as absent.
            d = {key: value for key, value in src_dict.items() if value is not None}
            _at = "bankCode"
            bank_code = d.pop("bankCode", UNSET)

            _at = "bankName"
            bank_name = d.pop("bankName", UNSET)

            _at = "bankBranch"
            bank_branch = d.pop("bankBranch", UNSET)

            _at = "bankCity"
            bank_city = d.pop("bankCity", UNSET)

            _at = "corAccountNo"
            cor_account_no = d.pop("corAccountNo", UNSET)

            payout_payee_bank = cls(
                bank_code=bank_code,
                bank_name=bank_name,
                bank_branch=bank_branch,
                bank_city=bank_city,
                cor_account_no=cor_account_no,
            )

            payout_payee_bank.additional_properties = d
        except Exception as exc:
            raise _spec_violation("PayoutPayeeBank", _at, exc) from exc
        return payout_payee_bank

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
