from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from payermax_signing.errors import spec_violation as _spec_violation

from ..money import decimal_from_json, decimal_to_json
from ..types import UNSET, Unset

T = TypeVar("T", bound="RefundRequest")


@_attrs_define
class RefundRequest:
    """A refund of all or part of a successful payment. Give `outTradeNo` or `tradeToken`."""

    out_refund_no: str
    """ The merchant's own number for this refund; unique per merchant. """
    refund_amount: Decimal
    """ Amount to refund, in major units of the payment's currency. Most currencies allow up to four
    decimals; BHD, KWD, IQD, JOD, TND, LYD and OMR allow two; IDR, TWD, PKR and COP allow none.
     """
    refund_currency: str
    """ Currency of the refund; must be the currency of the original payment. """
    out_trade_no: str | Unset = UNSET
    """ The merchant's order number of the payment to refund. """
    trade_token: str | Unset = UNSET
    """ PayerMax's number of the payment to refund. """
    comments: str | Unset = UNSET
    """ Why the merchant refunds. """
    refund_notify_url: str | Unset = UNSET
    """ Where to send the refund's result notification; overrides the dashboard setting. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        out_refund_no = self.out_refund_no

        refund_amount = decimal_to_json(self.refund_amount)

        refund_currency = self.refund_currency

        out_trade_no = self.out_trade_no

        trade_token = self.trade_token

        comments = self.comments

        refund_notify_url = self.refund_notify_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "outRefundNo": out_refund_no,
                "refundAmount": refund_amount,
                "refundCurrency": refund_currency,
            }
        )
        if out_trade_no is not UNSET:
            field_dict["outTradeNo"] = out_trade_no
        if trade_token is not UNSET:
            field_dict["tradeToken"] = trade_token
        if comments is not UNSET:
            field_dict["comments"] = comments
        if refund_notify_url is not UNSET:
            field_dict["refundNotifyUrl"] = refund_notify_url

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

            _at = "refundAmount"
            refund_amount = decimal_from_json(d.pop("refundAmount"))

            _at = "refundCurrency"
            refund_currency = d.pop("refundCurrency")

            _at = "outTradeNo"
            out_trade_no = d.pop("outTradeNo", UNSET)

            _at = "tradeToken"
            trade_token = d.pop("tradeToken", UNSET)

            _at = "comments"
            comments = d.pop("comments", UNSET)

            _at = "refundNotifyUrl"
            refund_notify_url = d.pop("refundNotifyUrl", UNSET)

            refund_request = cls(
                out_refund_no=out_refund_no,
                refund_amount=refund_amount,
                refund_currency=refund_currency,
                out_trade_no=out_trade_no,
                trade_token=trade_token,
                comments=comments,
                refund_notify_url=refund_notify_url,
            )

            refund_request.additional_properties = d
        except Exception as exc:
            raise _spec_violation("RefundRequest", _at, exc) from exc
        return refund_request

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
