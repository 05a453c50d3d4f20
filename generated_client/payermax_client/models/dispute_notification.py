from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from payermax_signing.errors import spec_violation as _spec_violation

from ..models.dispute_notification_notify_type import DisputeNotificationNotifyType
from ..types import UNSET, Unset

T = TypeVar("T", bound="DisputeNotification")


@_attrs_define
class DisputeNotification:
    """Notification of a new or changed dispute case. `notifyType` says what kind of case it is:
    `CHARGEBACK` - a card holder asked the issuer to reverse the payment (possible up to about 180 days
    after the statement); `DISPUTE` - a wallet or platform user contested the payment with the provider;
    `FRAUD` - the payment was made with a stolen identity; `CUSTOMER_COMPLAINT` - the user complained
    to the platform or payment company about the merchant's service.

    """

    code: str
    """ `APPLY_SUCCESS` for a valid notification. """
    msg: str
    """ Explanation of `code`, e.g. `Success.`. """
    version: str
    """ Version of the notification format, e.g. `1.4`; statuses `DISPUTE_RECEIVED` and `CASE_CANCEL` need 1.5 or
    later. """
    key_version: str
    """ Version of the key pair used; currently `1`. """
    app_id: str
    """ The merchant application the disputed payment belongs to. """
    notify_time: str
    """ When PayerMax sent this notification. """
    notify_type: DisputeNotificationNotifyType
    """ Kind of case (see above). """
    data: DisputeNotificationData
    """ The dispute case and the payment it is about. Amounts are in major units with the decimals of their
    currency; `amount` and `fee` are what PayerMax froze, `totalAmount` their sum.
     """
    request_time: str | Unset = UNSET
    """ When PayerMax built the notification, when present. """
    merchant_no: str | Unset = UNSET
    """ The merchant number. """
    sp_merchant_no: str | Unset = UNSET
    """ Merchant number of the ISV (service provider), for merchants onboarded through one. """
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

        request_time = self.request_time

        merchant_no = self.merchant_no

        sp_merchant_no = self.sp_merchant_no

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
            notify_type = DisputeNotificationNotifyType(d.pop("notifyType"))

            _at = "data"
            data = DisputeNotificationData.from_dict(d.pop("data"))

            _at = "requestTime"
            request_time = d.pop("requestTime", UNSET)

            _at = "merchantNo"
            merchant_no = d.pop("merchantNo", UNSET)

            _at = "spMerchantNo"
            sp_merchant_no = d.pop("spMerchantNo", UNSET)

            dispute_notification = cls(
                code=code,
                msg=msg,
                version=version,
                key_version=key_version,
                app_id=app_id,
                notify_time=notify_time,
                notify_type=notify_type,
                data=data,
                request_time=request_time,
                merchant_no=merchant_no,
                sp_merchant_no=sp_merchant_no,
            )

            dispute_notification.additional_properties = d
        except Exception as exc:
            raise _spec_violation("DisputeNotification", _at, exc) from exc
        return dispute_notification

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
from ..models.dispute_notification_data import DisputeNotificationData  # noqa: E402
