from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from payermax_signing.errors import spec_violation as _spec_violation

from ..types import UNSET, Unset

T = TypeVar("T", bound="ConfirmPaymentRequest")


@_attrs_define
class ConfirmPaymentRequest:
    """The pending order and the payer's code."""

    out_trade_no: str
    """ The merchant's order number of the pending payment. """
    payment_detail: ConfirmPaymentDetail
    """ What the payer confirmed the payment with. """
    trade_token: str | Unset = UNSET
    """ PayerMax's number of the pending payment. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        out_trade_no = self.out_trade_no

        payment_detail = self.payment_detail.to_dict()

        trade_token = self.trade_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "outTradeNo": out_trade_no,
                "paymentDetail": payment_detail,
            }
        )
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
            _at = "outTradeNo"
            out_trade_no = d.pop("outTradeNo")

            _at = "paymentDetail"
            payment_detail = ConfirmPaymentDetail.from_dict(d.pop("paymentDetail"))

            _at = "tradeToken"
            trade_token = d.pop("tradeToken", UNSET)

            confirm_payment_request = cls(
                out_trade_no=out_trade_no,
                payment_detail=payment_detail,
                trade_token=trade_token,
            )

            confirm_payment_request.additional_properties = d
        except Exception as exc:
            raise _spec_violation("ConfirmPaymentRequest", _at, exc) from exc
        return confirm_payment_request

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
from ..models.confirm_payment_detail import ConfirmPaymentDetail  # noqa: E402
