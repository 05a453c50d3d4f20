from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from payermax_signing.errors import spec_violation as _spec_violation

from ..models.refund_notification_data_status import RefundNotificationDataStatus
from ..money import decimal_from_json, decimal_to_json

T = TypeVar("T", bound="RefundNotificationData")


@_attrs_define
class RefundNotificationData:
    """The refund that reached its final state."""

    out_refund_no: str
    """ The merchant's refund number. """
    refund_trade_no: str
    """ PayerMax's refund number. """
    out_trade_no: str
    """ The merchant's order number of the refunded payment. """
    refund_amount: Decimal
    """ Amount refunded, in major units. """
    refund_currency: str
    """ ISO 4217 currency code, upper case. """
    status: RefundNotificationDataStatus
    """ Final state of the refund. """
    refund_finish_time: str
    """ When the refund reached its final state (UTC). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        out_refund_no = self.out_refund_no

        refund_trade_no = self.refund_trade_no

        out_trade_no = self.out_trade_no

        refund_amount = decimal_to_json(self.refund_amount)

        refund_currency = self.refund_currency

        status = self.status.value

        refund_finish_time = self.refund_finish_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "outRefundNo": out_refund_no,
                "refundTradeNo": refund_trade_no,
                "outTradeNo": out_trade_no,
                "refundAmount": refund_amount,
                "refundCurrency": refund_currency,
                "status": status,
                "refundFinishTime": refund_finish_time,
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
            _at = "outRefundNo"
            out_refund_no = d.pop("outRefundNo")

            _at = "refundTradeNo"
            refund_trade_no = d.pop("refundTradeNo")

            _at = "outTradeNo"
            out_trade_no = d.pop("outTradeNo")

            _at = "refundAmount"
            refund_amount = decimal_from_json(d.pop("refundAmount"))

            _at = "refundCurrency"
            refund_currency = d.pop("refundCurrency")

            _at = "status"
            status = RefundNotificationDataStatus(d.pop("status"))

            _at = "refundFinishTime"
            refund_finish_time = d.pop("refundFinishTime")

            refund_notification_data = cls(
                out_refund_no=out_refund_no,
                refund_trade_no=refund_trade_no,
                out_trade_no=out_trade_no,
                refund_amount=refund_amount,
                refund_currency=refund_currency,
                status=status,
                refund_finish_time=refund_finish_time,
            )

            refund_notification_data.additional_properties = d
        except Exception as exc:
            raise _spec_violation("RefundNotificationData", _at, exc) from exc
        return refund_notification_data

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
