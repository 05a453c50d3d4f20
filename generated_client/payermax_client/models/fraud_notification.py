from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from payermax_signing.errors import spec_violation as _spec_violation

from ..models.fraud_notification_notify_type import FraudNotificationNotifyType
from ..types import UNSET, Unset

T = TypeVar("T", bound="FraudNotification")


@_attrs_define
class FraudNotification:
    """Notification that a payment was reported as fraudulent (`notifyType` `FRAUD`)."""

    version: str
    """ Version of the notification; currently `1.0`. """
    key_version: str
    """ Version of the key pair used; currently `1`. """
    notify_time: str
    """ When PayerMax sent this notification. """
    app_id: str
    """ The merchant application the payment belongs to. """
    notify_type: FraudNotificationNotifyType
    code: str
    """ Result code, `APPLY_SUCCESS`. """
    msg: str
    """ Explanation of `code`. """
    data: FraudNotificationData
    """ The payment reported as fraudulent. """
    request_time: str | Unset = UNSET
    """ Also a sending time; PayerMax's table lists it, its example leaves it out. """
    merchant_no: str | Unset = UNSET
    """ The merchant number. """
    sp_merchant_no: str | Unset = UNSET
    """ Merchant number of the platform (ISV) the merchant was onboarded through; empty or null otherwise. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        version = self.version

        key_version = self.key_version

        notify_time = self.notify_time

        app_id = self.app_id

        notify_type = self.notify_type.value

        code = self.code

        msg = self.msg

        data = self.data.to_dict()

        request_time = self.request_time

        merchant_no = self.merchant_no

        sp_merchant_no = self.sp_merchant_no

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "version": version,
                "keyVersion": key_version,
                "notifyTime": notify_time,
                "appId": app_id,
                "notifyType": notify_type,
                "code": code,
                "msg": msg,
                "data": data,
            }
        )
        if request_time is not UNSET:
            field_dict["requestTime"] = request_time
        if merchant_no is not UNSET:
            field_dict["merchantNo"] = merchant_no
        if sp_merchant_no is not UNSET:
            field_dict["spMerchantNo"] = sp_merchant_no

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # A message that breaks the spec raises SpecViolationError naming the member (`_at`), never its value.
        _at = ""
        try:
            # PayerMax may write `null` for a member it has no value for: treat it as absent.
            d = {key: value for key, value in src_dict.items() if value is not None}
            _at = "version"
            version = d.pop("version")

            _at = "keyVersion"
            key_version = d.pop("keyVersion")

            _at = "notifyTime"
            notify_time = d.pop("notifyTime")

            _at = "appId"
            app_id = d.pop("appId")

            _at = "notifyType"
            notify_type = FraudNotificationNotifyType(d.pop("notifyType"))

            _at = "code"
            code = d.pop("code")

            _at = "msg"
            msg = d.pop("msg")

            _at = "data"
            data = FraudNotificationData.from_dict(d.pop("data"))

            _at = "requestTime"
            request_time = d.pop("requestTime", UNSET)

            _at = "merchantNo"
            merchant_no = d.pop("merchantNo", UNSET)

            _at = "spMerchantNo"
            sp_merchant_no = d.pop("spMerchantNo", UNSET)

            fraud_notification = cls(
                version=version,
                key_version=key_version,
                notify_time=notify_time,
                app_id=app_id,
                notify_type=notify_type,
                code=code,
                msg=msg,
                data=data,
                request_time=request_time,
                merchant_no=merchant_no,
                sp_merchant_no=sp_merchant_no,
            )

            fraud_notification.additional_properties = d
        except Exception as exc:
            raise _spec_violation("FraudNotification", _at, exc) from exc
        return fraud_notification

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
from ..models.fraud_notification_data import FraudNotificationData  # noqa: E402
