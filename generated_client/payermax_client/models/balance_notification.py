from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from payermax_signing.errors import spec_violation as _spec_violation

from ..models.balance_notification_notify_type import BalanceNotificationNotifyType
from ..types import UNSET, Unset

T = TypeVar("T", bound="BalanceNotification")


@_attrs_define
class BalanceNotification:
    """Notification of a balance movement. `notifyType` says what moved the balance (`DEPOSIT`, `EXCHANGE`,
    `WITHDRAW`, `TRANSFER`); `data.direction` says whether it went up or down.

    """

    code: str
    """ `APPLY_SUCCESS` for a valid notification. """
    msg: str
    """ Explanation of `code`, e.g. `Success`. """
    version: str
    """ Version of the notification format, currently `1.0`. """
    key_version: str
    """ Version of the key pair used; currently `1`. """
    app_id: str
    """ The merchant application. """
    notify_time: str
    """ When PayerMax sent this notification. """
    notify_type: BalanceNotificationNotifyType
    """ What moved the balance: `DEPOSIT` a top-up or deposit credited, `EXCHANGE` an exchange between two
    currencies, `WITHDRAW` a withdrawal to the merchant's bank account, `TRANSFER` a transfer between
    merchant accounts.
     """
    data: BalanceMovement
    """ One movement of one balance. """
    merchant_no: str | Unset = UNSET
    """ The merchant number. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        msg = self.msg

        version = self.version

        key_version = self.key_version

        app_id = self.app_id

        notify_time = self.notify_time

        notify_type = self.notify_type.value

        data = self.data.to_dict()

        merchant_no = self.merchant_no

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "msg": msg,
                "version": version,
                "keyVersion": key_version,
                "appId": app_id,
                "notifyTime": notify_time,
                "notifyType": notify_type,
                "data": data,
            }
        )
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
            _at = "code"
            code = d.pop("code")

            _at = "msg"
            msg = d.pop("msg")

            _at = "version"
            version = d.pop("version")

            _at = "keyVersion"
            key_version = d.pop("keyVersion")

            _at = "appId"
            app_id = d.pop("appId")

            _at = "notifyTime"
            notify_time = d.pop("notifyTime")

            _at = "notifyType"
            notify_type = BalanceNotificationNotifyType(d.pop("notifyType"))

            _at = "data"
            data = BalanceMovement.from_dict(d.pop("data"))

            _at = "merchantNo"
            merchant_no = d.pop("merchantNo", UNSET)

            balance_notification = cls(
                code=code,
                msg=msg,
                version=version,
                key_version=key_version,
                app_id=app_id,
                notify_time=notify_time,
                notify_type=notify_type,
                data=data,
                merchant_no=merchant_no,
            )

            balance_notification.additional_properties = d
        except Exception as exc:
            raise _spec_violation("BalanceNotification", _at, exc) from exc
        return balance_notification

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
from ..models.balance_movement import BalanceMovement  # noqa: E402
