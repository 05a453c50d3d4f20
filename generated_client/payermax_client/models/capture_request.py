from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from payermax_signing.errors import spec_violation as _spec_violation

from ..money import decimal_from_json, decimal_to_json
from ..types import UNSET, Unset

T = TypeVar("T", bound="CaptureRequest")


@_attrs_define
class CaptureRequest:
    """Which authorisation to capture, and how much of it."""

    request_id: str
    """ The merchant's own, unique number for this capture request. """
    out_trade_no: str
    """ The merchant's order number of the authorised order. """
    currency: str
    """ Currency of the capture; the order's currency. """
    amount: Decimal
    """ Amount to capture, in major units; at most the authorised amount. """
    final_capture: bool | Unset = UNSET
    """ Whether this is the last capture of the authorisation. PayerMax supports one capture per
    authorisation, so every capture is final; the flag may be left out.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        request_id = self.request_id

        out_trade_no = self.out_trade_no

        currency = self.currency

        amount = decimal_to_json(self.amount)

        final_capture = self.final_capture

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "requestId": request_id,
                "outTradeNo": out_trade_no,
                "currency": currency,
                "amount": amount,
            }
        )
        if final_capture is not UNSET:
            field_dict["finalCapture"] = final_capture

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # A message that breaks the spec raises SpecViolationError naming the member (`_at`), never its value.
        _at = ""
        try:
            # PayerMax may write `null` for a member it has no value for: treat it as absent.
            d = {key: value for key, value in src_dict.items() if value is not None}
            _at = "requestId"
            request_id = d.pop("requestId")

            _at = "outTradeNo"
            out_trade_no = d.pop("outTradeNo")

            _at = "currency"
            currency = d.pop("currency")

            _at = "amount"
            amount = decimal_from_json(d.pop("amount"))

            _at = "finalCapture"
            final_capture = d.pop("finalCapture", UNSET)

            capture_request = cls(
                request_id=request_id,
                out_trade_no=out_trade_no,
                currency=currency,
                amount=amount,
                final_capture=final_capture,
            )

            capture_request.additional_properties = d
        except Exception as exc:
            raise _spec_violation("CaptureRequest", _at, exc) from exc
        return capture_request

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
