from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from payermax_signing.errors import spec_violation as _spec_violation

from ..types import UNSET, Unset

T = TypeVar("T", bound="RfiNotification")


@_attrs_define
class RfiNotification:
    """Notification of a request for information. It has the notification envelope without `notifyType`,
    `code` and `msg`.

    """

    key_version: str
    """ Version of the key pair used; currently `1`. """
    notify_time: str
    """ When PayerMax sent this notification. """
    app_id: str
    """ The merchant application. """
    data: RfiNotificationData
    """ A request for information and the orders it concerns. """
    version: str | Unset = UNSET
    """ Version of the notification format, currently `1.4`. """
    merchant_no: str | Unset = UNSET
    """ The merchant number. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key_version = self.key_version

        notify_time = self.notify_time

        app_id = self.app_id

        data = self.data.to_dict()

        version = self.version

        merchant_no = self.merchant_no

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "keyVersion": key_version,
                "notifyTime": notify_time,
                "appId": app_id,
                "data": data,
            }
        )
        if version is not UNSET:
            field_dict["version"] = version
        if merchant_no is not UNSET:
            field_dict["merchantNo"] = merchant_no

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # A message that breaks the spec raises SpecViolationError naming the member (`_at`), never its value.
        _at = ""
        try:
            # PayerMax may write `null` for a member it has no value for: treat it as absent.
            d = {key: value for key, value in src_dict.items() if value is not None}
            _at = "keyVersion"
            key_version = d.pop("keyVersion")

            _at = "notifyTime"
            notify_time = d.pop("notifyTime")

            _at = "appId"
            app_id = d.pop("appId")

            _at = "data"
            data = RfiNotificationData.from_dict(d.pop("data"))

            _at = "version"
            version = d.pop("version", UNSET)

            _at = "merchantNo"
            merchant_no = d.pop("merchantNo", UNSET)

            rfi_notification = cls(
                key_version=key_version,
                notify_time=notify_time,
                app_id=app_id,
                data=data,
                version=version,
                merchant_no=merchant_no,
            )

            rfi_notification.additional_properties = d
        except Exception as exc:
            raise _spec_violation("RfiNotification", _at, exc) from exc
        return rfi_notification

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
from ..models.rfi_notification_data import RfiNotificationData  # noqa: E402
