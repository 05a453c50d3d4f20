from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from payermax_signing.errors import spec_violation as _spec_violation

from ..models.subscription_payment_status import SubscriptionPaymentStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="SubscriptionPaymentAttempt")


@_attrs_define
class SubscriptionPaymentAttempt:
    """The latest attempt at charging a period."""

    last_payment_status: SubscriptionPaymentStatus
    """ State of a period's payment, or of one attempt at it - `PENDING`, `SUCCESS` or `FAILED`. """
    pay_time: str
    """ When the attempt was made. """
    trade_token: str | Unset = UNSET
    """ PayerMax's number of the payment (always set once it succeeded); refunds name it. """
    error_code: str | Unset = UNSET
    """ Why the attempt failed. """
    error_msg: str | Unset = UNSET
    """ Explanation of `errorCode`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        last_payment_status = self.last_payment_status.value

        pay_time = self.pay_time

        trade_token = self.trade_token

        error_code = self.error_code

        error_msg = self.error_msg

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "lastPaymentStatus": last_payment_status,
                "payTime": pay_time,
            }
        )
        if trade_token is not UNSET:
            field_dict["tradeToken"] = trade_token
        if error_code is not UNSET:
            field_dict["errorCode"] = error_code
        if error_msg is not UNSET:
            field_dict["errorMsg"] = error_msg

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # A message that breaks the spec raises SpecViolationError naming the member (`_at`), never its value.
        _at = ""
        try:
            # PayerMax may write `null` for a member it has no value for: treat it as absent.
            d = {key: value for key, value in src_dict.items() if value is not None}
            _at = "lastPaymentStatus"
            last_payment_status = SubscriptionPaymentStatus(d.pop("lastPaymentStatus"))

            _at = "payTime"
            pay_time = d.pop("payTime")

            _at = "tradeToken"
            trade_token = d.pop("tradeToken", UNSET)

            _at = "errorCode"
            error_code = d.pop("errorCode", UNSET)

            _at = "errorMsg"
            error_msg = d.pop("errorMsg", UNSET)

            subscription_payment_attempt = cls(
                last_payment_status=last_payment_status,
                pay_time=pay_time,
                trade_token=trade_token,
                error_code=error_code,
                error_msg=error_msg,
            )

            subscription_payment_attempt.additional_properties = d
        except Exception as exc:
            raise _spec_violation("SubscriptionPaymentAttempt", _at, exc) from exc
        return subscription_payment_attempt

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
