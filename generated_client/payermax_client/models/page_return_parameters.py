from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from payermax_signing.errors import spec_violation as _spec_violation

from ..models.payment_status import PaymentStatus

T = TypeVar("T", bound="PageReturnParameters")


@_attrs_define
class PageReturnParameters:
    """The query parameters PayerMax adds to the merchant's `frontCallbackUrl` when it sends the payer's
    browser (or, from a wallet or bank app, the system browser) back to the merchant after a payment -
    directly, or when the payer clicks "return to merchant" on PayerMax's result page. This is a browser
    redirect, not a call from PayerMax: the parameters are not signed and anyone can forge them. Use them
    only to find the order (`outTradeNo`) and show a waiting page; take the outcome from the payment
    notification or from `orderQuery`, never from `status`.

    """

    out_trade_no: str
    """ The merchant's order number. """
    trade_token: str
    """ PayerMax's order number. """
    status: PaymentStatus
    """ State of a payment order: `PENDING` while waiting for the payer or the payment channel, then
    `SUCCESS` (paid), `FAILED` (payment failed) or `CLOSED` (not paid before the order expired).
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        out_trade_no = self.out_trade_no

        trade_token = self.trade_token

        status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "outTradeNo": out_trade_no,
                "tradeToken": trade_token,
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
            _at = "outTradeNo"
            out_trade_no = d.pop("outTradeNo")

            _at = "tradeToken"
            trade_token = d.pop("tradeToken")

            _at = "status"
            status = PaymentStatus(d.pop("status"))

            page_return_parameters = cls(
                out_trade_no=out_trade_no,
                trade_token=trade_token,
                status=status,
            )

            page_return_parameters.additional_properties = d
        except Exception as exc:
            raise _spec_violation("PageReturnParameters", _at, exc) from exc
        return page_return_parameters

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
