from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from payermax_signing.errors import spec_violation as _spec_violation

from ..models.pay_account_info_account_no_type import PayAccountInfoAccountNoType
from ..types import UNSET, Unset

T = TypeVar("T", bound="PayAccountInfo")


@_attrs_define
class PayAccountInfo:
    """The payer's account at the chosen wallet or institution, when the payment method accepts it."""

    account_no: str | Unset = UNSET
    """ The payer's account identifier at the target institution. """
    account_no_type: PayAccountInfoAccountNoType | Unset = UNSET
    """ What `accountNo` is. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_no = self.account_no

        account_no_type: str | Unset = UNSET
        if not isinstance(self.account_no_type, Unset):
            account_no_type = self.account_no_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if account_no is not UNSET:
            field_dict["accountNo"] = account_no
        if account_no_type is not UNSET:
            field_dict["accountNoType"] = account_no_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # A message that breaks the spec raises SpecViolationError naming the member (`_at`), never its value.
        _at = ""
        try:
            # PayerMax may write `null` for a member it has no value for: treat it as absent.
            d = {key: value for key, value in src_dict.items() if value is not None}
            _at = "accountNo"
            account_no = d.pop("accountNo", UNSET)

            _at = "accountNoType"
            _account_no_type = d.pop("accountNoType", UNSET)
            account_no_type: PayAccountInfoAccountNoType | Unset
            if isinstance(_account_no_type, Unset):
                account_no_type = UNSET
            else:
                account_no_type = PayAccountInfoAccountNoType(_account_no_type)

            pay_account_info = cls(
                account_no=account_no,
                account_no_type=account_no_type,
            )

            pay_account_info.additional_properties = d
        except Exception as exc:
            raise _spec_violation("PayAccountInfo", _at, exc) from exc
        return pay_account_info

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
