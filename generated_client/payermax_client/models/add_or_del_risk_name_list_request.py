from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from payermax_signing.errors import spec_violation as _spec_violation

from ..models.add_or_del_risk_name_list_request_name_type import (
    AddOrDelRiskNameListRequestNameType,
)
from ..models.add_or_del_risk_name_list_request_operate_type import (
    AddOrDelRiskNameListRequestOperateType,
)

T = TypeVar("T", bound="AddOrDelRiskNameListRequest")


@_attrs_define
class AddOrDelRiskNameListRequest:
    """Entries to add to the block lists or remove from them."""

    name_type: AddOrDelRiskNameListRequestNameType
    """ Kind of list; only block lists (`BLACK`) exist. """
    remark: str
    """ The merchant's note on the change. The member must be there but may be null; the SDK always sends a
    string (empty when there is nothing to say).
     """
    operate_type: AddOrDelRiskNameListRequestOperateType
    """ `ADD` the entries (replacing existing ones) or `DELETE` them. """
    request_id: str
    """ The merchant's own number for this request; never reused. """
    name_list: list[RiskListEntry]
    """ The entries, at most 2000. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name_type = self.name_type.value

        remark = self.remark

        operate_type = self.operate_type.value

        request_id = self.request_id

        name_list = []
        for name_list_item_data in self.name_list:
            name_list_item = name_list_item_data.to_dict()
            name_list.append(name_list_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "nameType": name_type,
                "remark": remark,
                "operateType": operate_type,
                "requestId": request_id,
                "nameList": name_list,
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
            _at = "nameType"
            name_type = AddOrDelRiskNameListRequestNameType(d.pop("nameType"))

            _at = "remark"
            remark = d.pop("remark")

            _at = "operateType"
            operate_type = AddOrDelRiskNameListRequestOperateType(d.pop("operateType"))

            _at = "requestId"
            request_id = d.pop("requestId")

            _at = "nameList"
            name_list = []
            _name_list = d.pop("nameList")
            for name_list_item_data in _name_list:
                name_list_item = RiskListEntry.from_dict(name_list_item_data)

                name_list.append(name_list_item)

            add_or_del_risk_name_list_request = cls(
                name_type=name_type,
                remark=remark,
                operate_type=operate_type,
                request_id=request_id,
                name_list=name_list,
            )

            add_or_del_risk_name_list_request.additional_properties = d
        except Exception as exc:
            raise _spec_violation("AddOrDelRiskNameListRequest", _at, exc) from exc
        return add_or_del_risk_name_list_request

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
from ..models.risk_list_entry import RiskListEntry  # noqa: E402
