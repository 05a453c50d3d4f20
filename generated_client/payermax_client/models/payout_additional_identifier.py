from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from payermax_signing.errors import spec_violation as _spec_violation

from ..types import UNSET, Unset

T = TypeVar("T", bound="PayoutAdditionalIdentifier")


@_attrs_define
class PayoutAdditionalIdentifier:
    """Extra references of a payout. Only sent to merchants whose payout notification version is 3.0 or
    later (ask PayerMax support to switch).

    """

    reference_id: str | Unset = UNSET
    """ The receiving bank's or institution's own transaction number. So far only Saudi bank transfers give
    one that the payee's bank accepts as proof, e.g. `20240418SAARNBARNB1B44410558522170`.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        reference_id = self.reference_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if reference_id is not UNSET:
            field_dict["referenceId"] = reference_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # A message that breaks the spec raises SpecViolationError naming the member (`_at`), never its value.
        _at = ""
        try:
            # PayerMax may write `null` for a member it has no value for: treat it as absent.
            d = {key: value for key, value in src_dict.items() if value is not None}
            _at = "referenceId"
            reference_id = d.pop("referenceId", UNSET)

            payout_additional_identifier = cls(
                reference_id=reference_id,
            )

            payout_additional_identifier.additional_properties = d
        except Exception as exc:
            raise _spec_violation("PayoutAdditionalIdentifier", _at, exc) from exc
        return payout_additional_identifier

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
