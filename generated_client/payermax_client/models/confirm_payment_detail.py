from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from payermax_signing.errors import spec_violation as _spec_violation

T = TypeVar("T", bound="ConfirmPaymentDetail")


@_attrs_define
class ConfirmPaymentDetail:
    """What the payer confirmed the payment with."""

    verification_code: str = _attrs_field(repr=False)
    """ The one-time code the payer received (letters and digits). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        verification_code = self.verification_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "verificationCode": verification_code,
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
            _at = "verificationCode"
            verification_code = d.pop("verificationCode")

            confirm_payment_detail = cls(
                verification_code=verification_code,
            )

            confirm_payment_detail.additional_properties = d
        except Exception as exc:
            raise _spec_violation("ConfirmPaymentDetail", _at, exc) from exc
        return confirm_payment_detail

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
