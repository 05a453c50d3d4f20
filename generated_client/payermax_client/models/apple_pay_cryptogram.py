from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from payermax_signing.errors import spec_violation as _spec_violation

from ..types import UNSET, Unset

T = TypeVar("T", bound="ApplePayCryptogram")


@_attrs_define
class ApplePayCryptogram:
    """The cryptographic part of a decrypted Apple Pay token."""

    eci_indicator: str | Unset = UNSET
    """ Security level of the transaction (ECI). """
    online_payment_cryptogram: str | Unset = _attrs_field(default=UNSET, repr=False)
    """ One-time payment cryptogram. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        eci_indicator = self.eci_indicator

        online_payment_cryptogram = self.online_payment_cryptogram

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if eci_indicator is not UNSET:
            field_dict["eciIndicator"] = eci_indicator
        if online_payment_cryptogram is not UNSET:
            field_dict["onlinePaymentCryptogram"] = online_payment_cryptogram

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # A message that breaks the spec raises SpecViolationError naming the member (`_at`), never its value.
        _at = ""
        try:
            # PayerMax may write `null` for a member it has no value for: treat it as absent.
            d = {key: value for key, value in src_dict.items() if value is not None}
            _at = "eciIndicator"
            eci_indicator = d.pop("eciIndicator", UNSET)

            _at = "onlinePaymentCryptogram"
            online_payment_cryptogram = d.pop("onlinePaymentCryptogram", UNSET)

            apple_pay_cryptogram = cls(
                eci_indicator=eci_indicator,
                online_payment_cryptogram=online_payment_cryptogram,
            )

            apple_pay_cryptogram.additional_properties = d
        except Exception as exc:
            raise _spec_violation("ApplePayCryptogram", _at, exc) from exc
        return apple_pay_cryptogram

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
