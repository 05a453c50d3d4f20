from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from payermax_signing.errors import spec_violation as _spec_violation

from ..types import UNSET, Unset

T = TypeVar("T", bound="Fees")


@_attrs_define
class Fees:
    """Fees charged on a successful payment, when there are any."""

    mer_fee: MerchantFee | Unset = UNSET
    """ The fee charged to the merchant, with its invoice. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mer_fee: dict[str, Any] | Unset = UNSET
        if not isinstance(self.mer_fee, Unset):
            mer_fee = self.mer_fee.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if mer_fee is not UNSET:
            field_dict["merFee"] = mer_fee

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # A message that breaks the spec raises SpecViolationError naming the member (`_at`), never its value.
        _at = ""
        try:
            # PayerMax may write `null` for a member it has no value for: treat it as absent.
            d = {key: value for key, value in src_dict.items() if value is not None}
            _at = "merFee"
            _mer_fee = d.pop("merFee", UNSET)
            mer_fee: MerchantFee | Unset
            if isinstance(_mer_fee, Unset):
                mer_fee = UNSET
            else:
                mer_fee = MerchantFee.from_dict(_mer_fee)

            fees = cls(
                mer_fee=mer_fee,
            )

            fees.additional_properties = d
        except Exception as exc:
            raise _spec_violation("Fees", _at, exc) from exc
        return fees

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


# The models this one refers to, imported after its class: models may refer to each other, which imports at the
# top of both cannot do, and names at module level cost its methods nothing per call (an import inside a method
# runs on every call).
from ..models.merchant_fee import MerchantFee  # noqa: E402
