from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from payermax_signing.errors import spec_violation as _spec_violation

from ..models.cancel_notification_notify_type import CancelNotificationNotifyType
from ..types import UNSET, Unset

T = TypeVar("T", bound="CancelNotification")


@_attrs_define
class CancelNotification:
    """Notification that a cancellation succeeded or failed (`notifyType` `CANCEL`)."""

    key_version: str
    """ Version of the key pair used; currently `1`. """
    merchant_no: str
    """ The merchant number. """
    notify_time: str
    """ When PayerMax sent this notification. """
    notify_type: CancelNotificationNotifyType
    data: CancelResult
    """ A cancellation of an authorisation, as answered and as notified. """
    code: str | Unset = UNSET
    """ `APPLY_SUCCESS`, or the failure reason. """
    msg: str | Unset = UNSET
    """ Explanation of `code`. """
    app_id: str | Unset = UNSET
    """ The merchant application the order belongs to. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key_version = self.key_version

        merchant_no = self.merchant_no

        notify_time = self.notify_time

        notify_type = self.notify_type.value

        data = self.data.to_dict()

        code = self.code

        msg = self.msg

        app_id = self.app_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "keyVersion": key_version,
                "merchantNo": merchant_no,
                "notifyTime": notify_time,
                "notifyType": notify_type,
                "data": data,
            }
        )
        if code is not UNSET:
            field_dict["code"] = code
        if msg is not UNSET:
            field_dict["msg"] = msg
        if app_id is not UNSET:
            field_dict["appId"] = app_id

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

            _at = "merchantNo"
            merchant_no = d.pop("merchantNo")

            _at = "notifyTime"
            notify_time = d.pop("notifyTime")

            _at = "notifyType"
            notify_type = CancelNotificationNotifyType(d.pop("notifyType"))

            _at = "data"
            data = CancelResult.from_dict(d.pop("data"))

            _at = "code"
            code = d.pop("code", UNSET)

            _at = "msg"
            msg = d.pop("msg", UNSET)

            _at = "appId"
            app_id = d.pop("appId", UNSET)

            cancel_notification = cls(
                key_version=key_version,
                merchant_no=merchant_no,
                notify_time=notify_time,
                notify_type=notify_type,
                data=data,
                code=code,
                msg=msg,
                app_id=app_id,
            )

            cancel_notification.additional_properties = d
        except Exception as exc:
            raise _spec_violation("CancelNotification", _at, exc) from exc
        return cancel_notification

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
from ..models.cancel_result import CancelResult  # noqa: E402
