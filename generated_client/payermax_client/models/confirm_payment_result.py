from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from payermax_signing.errors import spec_violation as _spec_violation

from ..models.payment_status import PaymentStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="ConfirmPaymentResult")


@_attrs_define
class ConfirmPaymentResult:
    """The payment after the code was passed on. Inferred: PayerMax's table for this answer is a copy of the
    refund answer; the payment's own members are modelled instead (see `spec/DEVIATIONS.md`).

    """

    status: PaymentStatus
    """ State of a payment order: `PENDING` while waiting for the payer or the payment channel, then
    `SUCCESS` (paid), `FAILED` (payment failed) or `CLOSED` (not paid before the order expired).
     """
    out_trade_no: str | Unset = UNSET
    """ The merchant's order number. """
    trade_token: str | Unset = UNSET
    """ PayerMax's own number for a payment order. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status.value

        out_trade_no = self.out_trade_no

        trade_token = self.trade_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
            }
        )
        if out_trade_no is not UNSET:
            field_dict["outTradeNo"] = out_trade_no
        if trade_token is not UNSET:
            field_dict["tradeToken"] = trade_token

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # A message that breaks the spec raises SpecViolationError naming the member (`_at`), never its value.
        _at = ""
        try:
            # PayerMax may write `null` for a member it has no value for: treat it as absent.
            d = {key: value for key, value in src_dict.items() if value is not None}
            _at = "status"
            status = PaymentStatus(d.pop("status"))

            _at = "outTradeNo"
            out_trade_no = d.pop("outTradeNo", UNSET)

            _at = "tradeToken"
            trade_token = d.pop("tradeToken", UNSET)

            confirm_payment_result = cls(
                status=status,
                out_trade_no=out_trade_no,
                trade_token=trade_token,
            )

            confirm_payment_result.additional_properties = d
        except Exception as exc:
            raise _spec_violation("ConfirmPaymentResult", _at, exc) from exc
        return confirm_payment_result

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
