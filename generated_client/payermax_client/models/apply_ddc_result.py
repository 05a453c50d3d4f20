from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from payermax_signing.errors import spec_violation as _spec_violation

from ..types import UNSET, Unset

T = TypeVar("T", bound="ApplyDDCResult")


@_attrs_define
class ApplyDDCResult:
    """A device data collection session. Both members are absent (or null) when none is needed."""

    ddc_session_id: str | Unset = UNSET
    """ Id of the collection; send it with the order. """
    ddc_url: str | Unset = UNSET
    """ Page the payer's browser loads in a hidden iframe to collect the device data. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ddc_session_id = self.ddc_session_id

        ddc_url = self.ddc_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ddc_session_id is not UNSET:
            field_dict["ddcSessionId"] = ddc_session_id
        if ddc_url is not UNSET:
            field_dict["ddcUrl"] = ddc_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # A message that breaks the spec raises SpecViolationError naming the member (`_at`), never its value.
        _at = ""
        try:
            # PayerMax may write `null` for a member it has no value for: treat it as absent.
            d = {key: value for key, value in src_dict.items() if value is not None}
            _at = "ddcSessionId"
            ddc_session_id = d.pop("ddcSessionId", UNSET)

            _at = "ddcUrl"
            ddc_url = d.pop("ddcUrl", UNSET)

            apply_ddc_result = cls(
                ddc_session_id=ddc_session_id,
                ddc_url=ddc_url,
            )

            apply_ddc_result.additional_properties = d
        except Exception as exc:
            raise _spec_violation("ApplyDDCResult", _at, exc) from exc
        return apply_ddc_result

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
