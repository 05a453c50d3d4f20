from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from payermax_signing.errors import spec_violation as _spec_violation

from ..models.payout_status import PayoutStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="PaymentOrderPayResult")


@_attrs_define
class PaymentOrderPayResult:
    """The payout order as accepted."""

    out_trade_no: str
    """ The merchant's payout number. """
    trade_no: str
    """ PayerMax's number of the payout. """
    status: PayoutStatus | Unset = UNSET
    """ State of a payout: `PENDING` in progress (see `subStatus`); `SUCCESS` paid out by the receiving bank or
    wallet; `FAILED` failed (see `responseCode` and `responseMsg`); `BOUNCEBACK` reported successful but
    then returned by the receiving side (frozen or wrong account, missing payee documents, clearing
    problems) - the money goes back to the merchant's balance. In some countries a `SUCCESS` can still
    turn into `BOUNCEBACK`.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        out_trade_no = self.out_trade_no

        trade_no = self.trade_no

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "outTradeNo": out_trade_no,
                "tradeNo": trade_no,
            }
        )
        if status is not UNSET:
            field_dict["status"] = status

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

            _at = "tradeNo"
            trade_no = d.pop("tradeNo")

            _at = "status"
            _status = d.pop("status", UNSET)
            status: PayoutStatus | Unset
            if isinstance(_status, Unset):
                status = UNSET
            else:
                status = PayoutStatus(_status)

            payment_order_pay_result = cls(
                out_trade_no=out_trade_no,
                trade_no=trade_no,
                status=status,
            )

            payment_order_pay_result.additional_properties = d
        except Exception as exc:
            raise _spec_violation("PaymentOrderPayResult", _at, exc) from exc
        return payment_order_pay_result

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
