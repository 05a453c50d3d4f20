from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from payermax_signing.errors import spec_violation as _spec_violation

from ..types import UNSET, Unset

T = TypeVar("T", bound="SubMerchant")


@_attrs_define
class SubMerchant:
    """The platform merchant's own sub-merchant on whose behalf the order is placed."""

    sub_merchant_no: str | Unset = UNSET
    """ Sub-merchant number. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sub_merchant_no = self.sub_merchant_no

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sub_merchant_no is not UNSET:
            field_dict["subMerchantNo"] = sub_merchant_no

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # A message that breaks the spec raises SpecViolationError naming the member (`_at`), never its value.
        _at = ""
        try:
            # PayerMax may write `null` for a member it has no value for: treat it as absent.
            d = {key: value for key, value in src_dict.items() if value is not None}
            _at = "subMerchantNo"
            sub_merchant_no = d.pop("subMerchantNo", UNSET)

            sub_merchant = cls(
                sub_merchant_no=sub_merchant_no,
            )

            sub_merchant.additional_properties = d
        except Exception as exc:
            raise _spec_violation("SubMerchant", _at, exc) from exc
        return sub_merchant

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
