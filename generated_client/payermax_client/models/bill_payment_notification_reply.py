from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from payermax_signing.errors import spec_violation as _spec_violation

from ..models.notification_acknowledgement_code import NotificationAcknowledgementCode
from ..types import UNSET, Unset

T = TypeVar("T", bound="BillPaymentNotificationReply")


@_attrs_define
class BillPaymentNotificationReply:
    """What the merchant answers to the bill-payment notification: the usual acknowledgement, plus its booking
    result in `data` when PayerMax waits for one (otherwise leave `data` out).

    """

    code: NotificationAcknowledgementCode
    msg: str
    data: BillPaymentBookingConfirmation | Unset = UNSET
    """ The merchant's booking result for a paid bill: `Y` booked (PayerMax settles the payment), `N` not booked
    (PayerMax does not settle it; `failureReason` says why).
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code.value

        msg = self.msg

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "msg": msg,
            }
        )
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # A message that breaks the spec raises SpecViolationError naming the member (`_at`), never its value.
        _at = ""
        try:
            # PayerMax may write `null` for a member it has no value for: treat it as absent.
            d = {key: value for key, value in src_dict.items() if value is not None}
            _at = "code"
            code = NotificationAcknowledgementCode(d.pop("code"))

            _at = "msg"
            msg = d.pop("msg")

            _at = "data"
            _data = d.pop("data", UNSET)
            data: BillPaymentBookingConfirmation | Unset
            if isinstance(_data, Unset):
                data = UNSET
            else:
                data = BillPaymentBookingConfirmation.from_dict(_data)

            bill_payment_notification_reply = cls(
                code=code,
                msg=msg,
                data=data,
            )

            bill_payment_notification_reply.additional_properties = d
        except Exception as exc:
            raise _spec_violation("BillPaymentNotificationReply", _at, exc) from exc
        return bill_payment_notification_reply

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
from ..models.bill_payment_booking_confirmation import BillPaymentBookingConfirmation  # noqa: E402
