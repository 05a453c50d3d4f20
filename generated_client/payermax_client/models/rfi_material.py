from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from payermax_signing.errors import spec_violation as _spec_violation

from ..models.rfi_file_path_type import RfiFilePathType
from ..types import UNSET, Unset

T = TypeVar("T", bound="RfiMaterial")


@_attrs_define
class RfiMaterial:
    """One material supplied by the merchant."""

    field_name: str
    """ Name of the material, as the RFI notification asked for it. """
    field_value: str = _attrs_field(repr=False)
    """ The material: a text, or a file's location - a full http(s) address or, with `filePathType`
    `SFTP`, a path on PayerMax's SFTP server. May identify a person (identity documents), so it is
    hidden from reprs.
     """
    file_path_type: RfiFilePathType | Unset = UNSET
    """ Where a file given as a material lives: `HTTP` a full http(s) address PayerMax downloads
    (`https://host/path/file.zip`), `SFTP` a path on PayerMax's SFTP server (`/risk/rfi/...`).
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_name = self.field_name

        field_value = self.field_value

        file_path_type: str | Unset = UNSET
        if not isinstance(self.file_path_type, Unset):
            file_path_type = self.file_path_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "fieldName": field_name,
                "fieldValue": field_value,
            }
        )
        if file_path_type is not UNSET:
            field_dict["filePathType"] = file_path_type

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

            _at = "fieldValue"
            field_value = d.pop("fieldValue")

            _at = "filePathType"
            _file_path_type = d.pop("filePathType", UNSET)
            file_path_type: RfiFilePathType | Unset
            if isinstance(_file_path_type, Unset):
                file_path_type = UNSET
            else:
                file_path_type = RfiFilePathType(_file_path_type)

            rfi_material = cls(
                field_name=field_name,
                field_value=field_value,
                file_path_type=file_path_type,
            )

            rfi_material.additional_properties = d
        except Exception as exc:
            raise _spec_violation("RfiMaterial", _at, exc) from exc
        return rfi_material

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
