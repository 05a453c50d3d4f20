from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from payermax_signing.errors import spec_violation as _spec_violation

from ..models.rfi_business_type import RfiBusinessType
from ..models.rfi_status import RfiStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="RfiNotificationData")


@_attrs_define
class RfiNotificationData:
    """A request for information and the orders it concerns."""

    rfi_no: str
    """ Number of the request for information; quote it in `putRfiMaterialList`. """
    remark: str
    """ PayerMax's note on what is needed and why. """
    business_type: RfiBusinessType
    """ Which business the orders belong to: `RECEIPT` collections, `VA_PAYMENT` bank transfers received into
    virtual accounts, `PAYMENT` payouts.
     """
    status: RfiStatus
    """ Where a request for information stands: `REVIEW` waiting for the materials or reviewing them; `PASS`
    approved; `REJECT` sent back, the merchant may supply the materials again; `CLOSE` refused (final).
     """
    expire_time: str
    """ Deadline for the materials. """
    relate_order_id: list[str]
    """ Numbers of the orders the request is about. """
    material_list: list[RfiRequestedMaterial] | Unset = UNSET
    """ The materials asked for. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        rfi_no = self.rfi_no

        remark = self.remark

        business_type = self.business_type.value

        status = self.status.value

        expire_time = self.expire_time

        relate_order_id = self.relate_order_id

        material_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.material_list, Unset):
            material_list = []
            for material_list_item_data in self.material_list:
                material_list_item = material_list_item_data.to_dict()
                material_list.append(material_list_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "rfiNo": rfi_no,
                "remark": remark,
                "businessType": business_type,
                "status": status,
                "expireTime": expire_time,
                "relateOrderId": relate_order_id,
            }
        )
        if material_list is not UNSET:
            field_dict["materialList"] = material_list

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

            _at = "remark"
            remark = d.pop("remark")

            _at = "businessType"
            business_type = RfiBusinessType(d.pop("businessType"))

            _at = "status"
            status = RfiStatus(d.pop("status"))

            _at = "expireTime"
            expire_time = d.pop("expireTime")

            _at = "relateOrderId"
            relate_order_id = cast(list[str], d.pop("relateOrderId"))

            _at = "materialList"
            _material_list = d.pop("materialList", UNSET)
            material_list: list[RfiRequestedMaterial] | Unset = UNSET
            if _material_list is not UNSET:
                material_list = []
                for material_list_item_data in _material_list:
                    material_list_item = RfiRequestedMaterial.from_dict(material_list_item_data)

                    material_list.append(material_list_item)

            rfi_notification_data = cls(
                rfi_no=rfi_no,
                remark=remark,
                business_type=business_type,
                status=status,
                expire_time=expire_time,
                relate_order_id=relate_order_id,
                material_list=material_list,
            )

            rfi_notification_data.additional_properties = d
        except Exception as exc:
            raise _spec_violation("RfiNotificationData", _at, exc) from exc
        return rfi_notification_data

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
from ..models.rfi_requested_material import RfiRequestedMaterial  # noqa: E402
