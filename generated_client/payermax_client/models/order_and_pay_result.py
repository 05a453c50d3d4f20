from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from payermax_signing.errors import spec_violation as _spec_violation

from ..models.payment_status import PaymentStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderAndPayResult")


@_attrs_define
class OrderAndPayResult:
    """The order as accepted. `redirectUrl` is present when the payer must go elsewhere (the hosted
    cashier, 3-D Secure, a wallet); a Direct_Payment that completes at once has none.

    """

    out_trade_no: str
    """ The merchant's order number. """
    trade_token: str
    """ PayerMax's own number for a payment order. """
    status: PaymentStatus
    """ State of a payment order: `PENDING` while waiting for the payer or the payment channel, then
    `SUCCESS` (paid), `FAILED` (payment failed) or `CLOSED` (not paid before the order expired).
     """
    redirect_url: str | Unset = UNSET
    """ Where to send the payer to pay or authenticate; only with status `PENDING`. """
    qr_code_url: str | Unset = UNSET
    """ Address of a QR code the payer can scan to pay (some wallets), as an alternative to `redirectUrl`. """
    va_code: str | Unset = UNSET
    """ Virtual account or payment code the payer pays into (bank transfers, over-the-counter payments). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        out_trade_no = self.out_trade_no

        trade_token = self.trade_token

        status = self.status.value

        redirect_url = self.redirect_url

        qr_code_url = self.qr_code_url

        va_code = self.va_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "outTradeNo": out_trade_no,
                "tradeToken": trade_token,
                "status": status,
            }
        )
        if redirect_url is not UNSET:
            field_dict["redirectUrl"] = redirect_url
        if qr_code_url is not UNSET:
            field_dict["qrCodeUrl"] = qr_code_url
        if va_code is not UNSET:
            field_dict["vaCode"] = va_code

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

            _at = "redirectUrl"
            redirect_url = d.pop("redirectUrl", UNSET)

            _at = "qrCodeUrl"
            qr_code_url = d.pop("qrCodeUrl", UNSET)

            _at = "vaCode"
            va_code = d.pop("vaCode", UNSET)

            order_and_pay_result = cls(
                out_trade_no=out_trade_no,
                trade_token=trade_token,
                status=status,
                redirect_url=redirect_url,
                qr_code_url=qr_code_url,
                va_code=va_code,
            )

            order_and_pay_result.additional_properties = d
        except Exception as exc:
            raise _spec_violation("OrderAndPayResult", _at, exc) from exc
        return order_and_pay_result

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
