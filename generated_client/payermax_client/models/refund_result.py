from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from payermax_signing.errors import spec_violation as _spec_violation

from ..models.refund_status import RefundStatus

T = TypeVar("T", bound="RefundResult")


@_attrs_define
class RefundResult:
    """The refund as accepted (or refused) by PayerMax."""

    out_refund_no: str
    """ The merchant's refund number. """
    trade_order_no: str
    """ PayerMax's number of the refunded payment. """
    refund_trade_no: str
    """ PayerMax's number of this refund. """
    status: RefundStatus
    """ State of a refund: `REFUND_PENDING` while in progress, then `REFUND_SUCCESS` or `REFUND_FAILED`.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        out_refund_no = self.out_refund_no

        trade_order_no = self.trade_order_no

        refund_trade_no = self.refund_trade_no

        status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "outRefundNo": out_refund_no,
                "tradeOrderNo": trade_order_no,
                "refundTradeNo": refund_trade_no,
                "status": status,
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

            _at = "tradeOrderNo"
            trade_order_no = d.pop("tradeOrderNo")

            _at = "refundTradeNo"
            refund_trade_no = d.pop("refundTradeNo")

            _at = "status"
            status = RefundStatus(d.pop("status"))

            refund_result = cls(
                out_refund_no=out_refund_no,
                trade_order_no=trade_order_no,
                refund_trade_no=refund_trade_no,
                status=status,
            )

            refund_result.additional_properties = d
        except Exception as exc:
            raise _spec_violation("RefundResult", _at, exc) from exc
        return refund_result

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
