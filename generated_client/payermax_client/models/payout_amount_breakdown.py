from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from payermax_signing.errors import spec_violation as _spec_violation

from ..money import decimal_from_json, decimal_to_json
from ..types import UNSET, Unset

T = TypeVar("T", bound="PayoutAmountBreakdown")


@_attrs_define
class PayoutAmountBreakdown:
    """One side of a payout: what was debited from the merchant (`source`) or what reached the payee
    (`destination`), with the fee, tax and exchange rate on that side.

    """

    amount: Decimal
    """ Amount debited (source) or received (destination). """
    currency: str
    """ Currency of `amount`. """
    exchange_rate: str | Unset = UNSET
    """ Rate converting the payout currency (`trade.currency`) into this side's currency, as a decimal string. """
    fee: Decimal | Unset = UNSET
    """ Fee charged on this side. """
    fee_currency: str | Unset = UNSET
    """ Currency of `fee`. """
    tax: Decimal | Unset = UNSET
    """ Tax charged on this side. """
    tax_currency: str | Unset = UNSET
    """ Currency of `tax`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount = decimal_to_json(self.amount)

        currency = self.currency

        exchange_rate = self.exchange_rate

        fee: str | Unset = UNSET
        if not isinstance(self.fee, Unset):
            fee = decimal_to_json(self.fee)

        fee_currency = self.fee_currency

        tax: str | Unset = UNSET
        if not isinstance(self.tax, Unset):
            tax = decimal_to_json(self.tax)

        tax_currency = self.tax_currency

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amount": amount,
                "currency": currency,
            }
        )
        if exchange_rate is not UNSET:
            field_dict["exchangeRate"] = exchange_rate
        if fee is not UNSET:
            field_dict["fee"] = fee
        if fee_currency is not UNSET:
            field_dict["feeCurrency"] = fee_currency
        if tax is not UNSET:
            field_dict["tax"] = tax
        if tax_currency is not UNSET:
            field_dict["taxCurrency"] = tax_currency

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

            _at = "exchangeRate"
            exchange_rate = d.pop("exchangeRate", UNSET)

            _at = "fee"
            _fee = d.pop("fee", UNSET)
            fee: Decimal | Unset
            if isinstance(_fee, Unset):
                fee = UNSET
            else:
                fee = decimal_from_json(_fee)

            _at = "feeCurrency"
            fee_currency = d.pop("feeCurrency", UNSET)

            _at = "tax"
            _tax = d.pop("tax", UNSET)
            tax: Decimal | Unset
            if isinstance(_tax, Unset):
                tax = UNSET
            else:
                tax = decimal_from_json(_tax)

            _at = "taxCurrency"
            tax_currency = d.pop("taxCurrency", UNSET)

            payout_amount_breakdown = cls(
                amount=amount,
                currency=currency,
                exchange_rate=exchange_rate,
                fee=fee,
                fee_currency=fee_currency,
                tax=tax,
                tax_currency=tax_currency,
            )

            payout_amount_breakdown.additional_properties = d
        except Exception as exc:
            raise _spec_violation("PayoutAmountBreakdown", _at, exc) from exc
        return payout_amount_breakdown

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
