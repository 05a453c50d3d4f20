from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from payermax_signing.errors import spec_violation as _spec_violation

from ..models.rfi_material_type import RfiMaterialType

T = TypeVar("T", bound="RfiRequestedMaterial")


@_attrs_define
class RfiRequestedMaterial:
    """One material PayerMax asks for."""

    field_name: str
    """ Name of the material, e.g. `ID`. """
    field_type: RfiMaterialType
    """ Kind of material asked for: `String` a text, `file` a file given by its location. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_name = self.field_name

        field_type = self.field_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "fieldName": field_name,
                "fieldType": field_type,
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
            _at = "fieldName"
            field_name = d.pop("fieldName")

            _at = "fieldType"
            field_type = RfiMaterialType(d.pop("fieldType"))

            rfi_requested_material = cls(
                field_name=field_name,
                field_type=field_type,
            )

            rfi_requested_material.additional_properties = d
        except Exception as exc:
            raise _spec_violation("RfiRequestedMaterial", _at, exc) from exc
        return rfi_requested_material

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
