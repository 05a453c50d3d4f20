from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from payermax_signing.errors import spec_violation as _spec_violation

from ..models.refund_status import RefundStatus
from ..money import decimal_from_json, decimal_to_json
from ..types import UNSET, Unset

T = TypeVar("T", bound="RefundQueryResult")


@_attrs_define
class RefundQueryResult:
    """The current state of a refund."""

    out_refund_no: str | Unset = UNSET
    """ The merchant's refund number. """
    refund_trade_no: str | Unset = UNSET
    """ PayerMax's refund number. """
    refund_amount: Decimal | Unset = UNSET
    """ Amount refunded, in major units. """
    refund_currency: str | Unset = UNSET
    """ ISO 4217 currency code, upper case. """
    out_trade_no: str | Unset = UNSET
    """ The merchant's order number of the refunded payment. """
    status: RefundStatus | Unset = UNSET
    """ State of a refund: `REFUND_PENDING` while in progress, then `REFUND_SUCCESS` or `REFUND_FAILED`.
     """
    result_msg: str | Unset = UNSET
    """ Why the refund failed; empty otherwise. """
    refund_finish_time: str | Unset = UNSET
    """ When the refund reached its final state (UTC). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        out_refund_no = self.out_refund_no

        refund_trade_no = self.refund_trade_no

        refund_amount: str | Unset = UNSET
        if not isinstance(self.refund_amount, Unset):
            refund_amount = decimal_to_json(self.refund_amount)

        refund_currency = self.refund_currency

        out_trade_no = self.out_trade_no

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        result_msg = self.result_msg

        refund_finish_time = self.refund_finish_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if out_refund_no is not UNSET:
            field_dict["outRefundNo"] = out_refund_no
        if refund_trade_no is not UNSET:
            field_dict["refundTradeNo"] = refund_trade_no
        if refund_amount is not UNSET:
            field_dict["refundAmount"] = refund_amount
        if refund_currency is not UNSET:
            field_dict["refundCurrency"] = refund_currency
        if out_trade_no is not UNSET:
            field_dict["outTradeNo"] = out_trade_no
        if status is not UNSET:
            field_dict["status"] = status
        if result_msg is not UNSET:
            field_dict["resultMsg"] = result_msg
        if refund_finish_time is not UNSET:
            field_dict["refundFinishTime"] = refund_finish_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # A message that breaks the spec raises SpecViolationError naming the member (`_at`), never its value.
        _at = ""
        try:
            # PayerMax may write `null` for a member it has no value for: treat it as absent.
            d = {key: value for key, value in src_dict.items() if value is not None}
            _at = "outRefundNo"
            out_refund_no = d.pop("outRefundNo", UNSET)

            _at = "refundTradeNo"
            refund_trade_no = d.pop("refundTradeNo", UNSET)

            _at = "refundAmount"
            _refund_amount = d.pop("refundAmount", UNSET)
            refund_amount: Decimal | Unset
            if isinstance(_refund_amount, Unset):
                refund_amount = UNSET
            else:
                refund_amount = decimal_from_json(_refund_amount)

            _at = "refundCurrency"
            refund_currency = d.pop("refundCurrency", UNSET)

            _at = "outTradeNo"
            out_trade_no = d.pop("outTradeNo", UNSET)

            _at = "status"
            _status = d.pop("status", UNSET)
            status: RefundStatus | Unset
            if isinstance(_status, Unset):
                status = UNSET
            else:
                status = RefundStatus(_status)

            _at = "resultMsg"
            result_msg = d.pop("resultMsg", UNSET)

            _at = "refundFinishTime"
            refund_finish_time = d.pop("refundFinishTime", UNSET)

            refund_query_result = cls(
                out_refund_no=out_refund_no,
                refund_trade_no=refund_trade_no,
                refund_amount=refund_amount,
                refund_currency=refund_currency,
                out_trade_no=out_trade_no,
                status=status,
                result_msg=result_msg,
                refund_finish_time=refund_finish_time,
            )

            refund_query_result.additional_properties = d
        except Exception as exc:
            raise _spec_violation("RefundQueryResult", _at, exc) from exc
        return refund_query_result

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
