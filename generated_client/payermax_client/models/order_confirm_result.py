from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from payermax_signing.errors import spec_violation as _spec_violation

T = TypeVar("T", bound="OrderConfirmResult")


@_attrs_define
class OrderConfirmResult:
    """The payment whose confirmation was recorded."""

    reference_no: str
    """ The reference of the paid bill. """
    trade_token: str
    """ PayerMax's number of the payment. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        reference_no = self.reference_no

        trade_token = self.trade_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "referenceNo": reference_no,
                "tradeToken": trade_token,
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
            _at = "referenceNo"
            reference_no = d.pop("referenceNo")

            _at = "tradeToken"
            trade_token = d.pop("tradeToken")

            order_confirm_result = cls(
                reference_no=reference_no,
                trade_token=trade_token,
            )

            order_confirm_result.additional_properties = d
        except Exception as exc:
            raise _spec_violation("OrderConfirmResult", _at, exc) from exc
        return order_confirm_result

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
