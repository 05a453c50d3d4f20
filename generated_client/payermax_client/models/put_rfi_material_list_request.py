from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from payermax_signing.errors import spec_violation as _spec_violation

T = TypeVar("T", bound="PutRfiMaterialListRequest")


@_attrs_define
class PutRfiMaterialListRequest:
    """The materials for one request for information."""

    rfi_no: str
    """ Number of the request for information, from the RFI notification. """
    material_list: list[RfiMaterial]
    """ The materials supplied. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        rfi_no = self.rfi_no

        material_list = []
        for material_list_item_data in self.material_list:
            material_list_item = material_list_item_data.to_dict()
            material_list.append(material_list_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "rfiNo": rfi_no,
                "materialList": material_list,
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
            _at = "rfiNo"
            rfi_no = d.pop("rfiNo")

            _at = "materialList"
            material_list = []
            _material_list = d.pop("materialList")
            for material_list_item_data in _material_list:
                material_list_item = RfiMaterial.from_dict(material_list_item_data)

                material_list.append(material_list_item)

            put_rfi_material_list_request = cls(
                rfi_no=rfi_no,
                material_list=material_list,
            )

            put_rfi_material_list_request.additional_properties = d
        except Exception as exc:
            raise _spec_violation("PutRfiMaterialListRequest", _at, exc) from exc
        return put_rfi_material_list_request

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
from ..models.rfi_material import RfiMaterial  # noqa: E402
