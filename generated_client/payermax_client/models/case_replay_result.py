from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from payermax_signing.errors import spec_violation as _spec_violation

from ..types import UNSET, Unset

T = TypeVar("T", bound="CaseReplayResult")


@_attrs_define
class CaseReplayResult:
    """Which case numbers the reply was recorded for."""

    success_case_ids: list[str] | Unset = UNSET
    """ Case numbers whose reply was recorded. """
    fail_case_ids: list[str] | Unset = UNSET
    """ Case numbers whose reply was refused. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success_case_ids: list[str] | Unset = UNSET
        if not isinstance(self.success_case_ids, Unset):
            success_case_ids = self.success_case_ids

        fail_case_ids: list[str] | Unset = UNSET
        if not isinstance(self.fail_case_ids, Unset):
            fail_case_ids = self.fail_case_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if success_case_ids is not UNSET:
            field_dict["successCaseIds"] = success_case_ids
        if fail_case_ids is not UNSET:
            field_dict["failCaseIds"] = fail_case_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # A message that breaks the spec raises SpecViolationError naming the member (`_at`), never its value.
        _at = ""
        try:
            # PayerMax may write `null` for a member it has no value for: treat it as absent.
            d = {key: value for key, value in src_dict.items() if value is not None}
            _at = "successCaseIds"
            success_case_ids = cast(list[str], d.pop("successCaseIds", UNSET))

            _at = "failCaseIds"
            fail_case_ids = cast(list[str], d.pop("failCaseIds", UNSET))

            case_replay_result = cls(
                success_case_ids=success_case_ids,
                fail_case_ids=fail_case_ids,
            )

            case_replay_result.additional_properties = d
        except Exception as exc:
            raise _spec_violation("CaseReplayResult", _at, exc) from exc
        return case_replay_result

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
