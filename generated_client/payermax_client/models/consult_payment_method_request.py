from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from payermax_signing.errors import spec_violation as _spec_violation

from ..types import UNSET, Unset

T = TypeVar("T", bound="ConsultPaymentMethodRequest")


@_attrs_define
class ConsultPaymentMethodRequest:
    """Optional filters; without any, every payment method of the merchant is listed. (Inferred.)"""

    country: str | Unset = UNSET
    """ Only payment methods for this country. """
    currency: str | Unset = UNSET
    """ Only payment methods taking this currency. """
    payment_method_type: str | Unset = UNSET
    """ Only payment methods of this type, e.g. `CARD`, `WALLET` or `BANK_TRANSFER`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        country = self.country

        currency = self.currency

        payment_method_type = self.payment_method_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if country is not UNSET:
            field_dict["country"] = country
        if currency is not UNSET:
            field_dict["currency"] = currency
        if payment_method_type is not UNSET:
            field_dict["paymentMethodType"] = payment_method_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # A message that breaks the spec raises SpecViolationError naming the member (`_at`), never its value.
        _at = ""
        try:
            # PayerMax may write `null` for a member it has no value for: treat it as absent.
            d = {key: value for key, value in src_dict.items() if value is not None}
            _at = "country"
            country = d.pop("country", UNSET)

            _at = "currency"
            currency = d.pop("currency", UNSET)

            _at = "paymentMethodType"
            payment_method_type = d.pop("paymentMethodType", UNSET)

            consult_payment_method_request = cls(
                country=country,
                currency=currency,
                payment_method_type=payment_method_type,
            )

            consult_payment_method_request.additional_properties = d
        except Exception as exc:
            raise _spec_violation("ConsultPaymentMethodRequest", _at, exc) from exc
        return consult_payment_method_request

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
