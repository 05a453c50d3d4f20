from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from payermax_signing.errors import spec_violation as _spec_violation

from ..money import decimal_from_json, decimal_to_json

T = TypeVar("T", bound="VirtualAccountSettlement")


@_attrs_define
class VirtualAccountSettlement:
    """What the merchant is credited with. `trade.amount` (what the bank received) is `amount` plus `fee` and
    `tax` when all are in one currency.

    """

    amount: Decimal
    """ Amount credited to the merchant. """
    currency: str
    """ Currency of `amount`. """
    fee: Decimal
    """ Fee taken. """
    fee_currency: str
    """ Currency of `fee`. """
    tax: Decimal
    """ Tax taken. """
    tax_currency: str
    """ Currency of `tax`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount = decimal_to_json(self.amount)

        currency = self.currency

        fee = decimal_to_json(self.fee)

        fee_currency = self.fee_currency

        tax = decimal_to_json(self.tax)

        tax_currency = self.tax_currency

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amount": amount,
                "currency": currency,
                "fee": fee,
                "feeCurrency": fee_currency,
                "tax": tax,
                "taxCurrency": tax_currency,
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

            _at = "fee"
            fee = decimal_from_json(d.pop("fee"))

            _at = "feeCurrency"
            fee_currency = d.pop("feeCurrency")

            _at = "tax"
            tax = decimal_from_json(d.pop("tax"))

            _at = "taxCurrency"
            tax_currency = d.pop("taxCurrency")

            virtual_account_settlement = cls(
                amount=amount,
                currency=currency,
                fee=fee,
                fee_currency=fee_currency,
                tax=tax,
                tax_currency=tax_currency,
            )

            virtual_account_settlement.additional_properties = d
        except Exception as exc:
            raise _spec_violation("VirtualAccountSettlement", _at, exc) from exc
        return virtual_account_settlement

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
