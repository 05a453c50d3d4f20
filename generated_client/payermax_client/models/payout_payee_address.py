from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from payermax_signing.errors import spec_violation as _spec_violation

from ..types import UNSET, Unset

T = TypeVar("T", bound="PayoutPayeeAddress")


@_attrs_define
class PayoutPayeeAddress:
    """The payee's address."""

    address: str | Unset = UNSET
    """ Street address. """
    city: str | Unset = UNSET
    """ City. """
    state: str | Unset = UNSET
    """ State or province. """
    zip_code: str | Unset = UNSET
    """ Postal code. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        address = self.address

        city = self.city

        state = self.state

        zip_code = self.zip_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if address is not UNSET:
            field_dict["address"] = address
        if city is not UNSET:
            field_dict["city"] = city
        if state is not UNSET:
            field_dict["state"] = state
        if zip_code is not UNSET:
            field_dict["zipCode"] = zip_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # A message that breaks the spec raises SpecViolationError naming the member (`_at`), never its value.
        _at = ""
        try:
            # PayerMax may write `null` for a member it has no value for: treat it as absent.
            d = {key: value for key, value in src_dict.items() if value is not None}
            _at = "address"
            address = d.pop("address", UNSET)

            _at = "city"
            city = d.pop("city", UNSET)

            _at = "state"
            state = d.pop("state", UNSET)

            _at = "zipCode"
            zip_code = d.pop("zipCode", UNSET)

            payout_payee_address = cls(
                address=address,
                city=city,
                state=state,
                zip_code=zip_code,
            )

            payout_payee_address.additional_properties = d
        except Exception as exc:
            raise _spec_violation("PayoutPayeeAddress", _at, exc) from exc
        return payout_payee_address

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
