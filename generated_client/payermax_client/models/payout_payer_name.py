from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from payermax_signing.errors import spec_violation as _spec_violation

from ..types import UNSET, Unset

T = TypeVar("T", bound="PayoutPayerName")


@_attrs_define
class PayoutPayerName:
    """Name of the payer: English letters, spaces, commas, hyphens and dots."""

    first_name: str | Unset = UNSET
    """ Given name. """
    middle_name: str | Unset = UNSET
    """ Middle name(s), separated by spaces. """
    last_name: str | Unset = UNSET
    """ Family name. """
    full_name: str | Unset = UNSET
    """ Full name. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        first_name = self.first_name

        middle_name = self.middle_name

        last_name = self.last_name

        full_name = self.full_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if first_name is not UNSET:
            field_dict["firstName"] = first_name
        if middle_name is not UNSET:
            field_dict["middleName"] = middle_name
        if last_name is not UNSET:
            field_dict["lastName"] = last_name
        if full_name is not UNSET:
            field_dict["fullName"] = full_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # A message that breaks the spec raises SpecViolationError naming the member (`_at`), never its value.
        _at = ""
        try:
            # PayerMax may write `null` for a member it has no value for: treat it as absent.
            d = {key: value for key, value in src_dict.items() if value is not None}
            _at = "firstName"
            first_name = d.pop("firstName", UNSET)

            _at = "middleName"
            middle_name = d.pop("middleName", UNSET)

            _at = "lastName"
            last_name = d.pop("lastName", UNSET)

            _at = "fullName"
            full_name = d.pop("fullName", UNSET)

            payout_payer_name = cls(
                first_name=first_name,
                middle_name=middle_name,
                last_name=last_name,
                full_name=full_name,
            )

            payout_payer_name.additional_properties = d
        except Exception as exc:
            raise _spec_violation("PayoutPayerName", _at, exc) from exc
        return payout_payer_name

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
