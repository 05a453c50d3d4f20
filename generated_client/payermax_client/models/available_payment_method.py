from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from payermax_signing.errors import spec_violation as _spec_violation

from ..models.available_payment_method_status import AvailablePaymentMethodStatus
from ..money import decimal_from_json, decimal_to_json
from ..types import UNSET, Unset

T = TypeVar("T", bound="AvailablePaymentMethod")


@_attrs_define
class AvailablePaymentMethod:
    """One payment method of the merchant, with its state and limits. (Inferred.)"""

    payment_method_type: str
    """ Payment method type, e.g. `CARD`, `WALLET` or `BANK_TRANSFER`. """
    status: AvailablePaymentMethodStatus
    """ `AVAILABLE` when the merchant can use the method now, `UNAVAILABLE` otherwise. """
    target_org: str | Unset = UNSET
    """ Institution (wallet, bank...) of the method, e.g. `DANA`; absent for cards. """
    country: str | Unset = UNSET
    """ Country the method serves. """
    currency: str | Unset = UNSET
    """ Currency the method takes. """
    activation_time: str | Unset = UNSET
    """ When the method was activated for the merchant. """
    min_amount: Decimal | Unset = UNSET
    """ Smallest amount the method accepts, in major units of `currency`. """
    max_amount: Decimal | Unset = UNSET
    """ Largest amount the method accepts, in major units of `currency`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        payment_method_type = self.payment_method_type

        status = self.status.value

        target_org = self.target_org

        country = self.country

        currency = self.currency

        activation_time = self.activation_time

        min_amount: str | Unset = UNSET
        if not isinstance(self.min_amount, Unset):
            min_amount = decimal_to_json(self.min_amount)

        max_amount: str | Unset = UNSET
        if not isinstance(self.max_amount, Unset):
            max_amount = decimal_to_json(self.max_amount)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "paymentMethodType": payment_method_type,
                "status": status,
            }
        )
        if target_org is not UNSET:
            field_dict["targetOrg"] = target_org
        if country is not UNSET:
            field_dict["country"] = country
        if currency is not UNSET:
            field_dict["currency"] = currency
        if activation_time is not UNSET:
            field_dict["activationTime"] = activation_time
        if min_amount is not UNSET:
            field_dict["minAmount"] = min_amount
        if max_amount is not UNSET:
            field_dict["maxAmount"] = max_amount

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # A message that breaks the spec raises SpecViolationError naming the member (`_at`), never its value.
        _at = ""
        try:
            # PayerMax may write `null` for a member it has no value for: treat it as absent.
            d = {key: value for key, value in src_dict.items() if value is not None}
            _at = "paymentMethodType"
            payment_method_type = d.pop("paymentMethodType")

            _at = "status"
            status = AvailablePaymentMethodStatus(d.pop("status"))

            _at = "targetOrg"
            target_org = d.pop("targetOrg", UNSET)

            _at = "country"
            country = d.pop("country", UNSET)

            _at = "currency"
            currency = d.pop("currency", UNSET)

            _at = "activationTime"
            activation_time = d.pop("activationTime", UNSET)

            _at = "minAmount"
            _min_amount = d.pop("minAmount", UNSET)
            min_amount: Decimal | Unset
            if isinstance(_min_amount, Unset):
                min_amount = UNSET
            else:
                min_amount = decimal_from_json(_min_amount)

            _at = "maxAmount"
            _max_amount = d.pop("maxAmount", UNSET)
            max_amount: Decimal | Unset
            if isinstance(_max_amount, Unset):
                max_amount = UNSET
            else:
                max_amount = decimal_from_json(_max_amount)

            available_payment_method = cls(
                payment_method_type=payment_method_type,
                status=status,
                target_org=target_org,
                country=country,
                currency=currency,
                activation_time=activation_time,
                min_amount=min_amount,
                max_amount=max_amount,
            )

            available_payment_method.additional_properties = d
        except Exception as exc:
            raise _spec_violation("AvailablePaymentMethod", _at, exc) from exc
        return available_payment_method

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
