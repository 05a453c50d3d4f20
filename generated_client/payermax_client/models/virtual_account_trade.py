from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from payermax_signing.errors import spec_violation as _spec_violation

from ..money import decimal_from_json, decimal_to_json

T = TypeVar("T", bound="VirtualAccountTrade")


@_attrs_define
class VirtualAccountTrade:
    """What the bank actually received."""

    amount: Decimal
    """ Amount received, in major units. """
    currency: str
    """ Currency received. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount = decimal_to_json(self.amount)

        currency = self.currency

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amount": amount,
                "currency": currency,
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
            _at = "amount"
            amount = decimal_from_json(d.pop("amount"))

            _at = "currency"
            currency = d.pop("currency")

            virtual_account_trade = cls(
                amount=amount,
                currency=currency,
            )

            virtual_account_trade.additional_properties = d
        except Exception as exc:
            raise _spec_violation("VirtualAccountTrade", _at, exc) from exc
        return virtual_account_trade

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
