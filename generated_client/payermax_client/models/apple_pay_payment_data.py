from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from payermax_signing.errors import spec_violation as _spec_violation

from ..types import UNSET, Unset

T = TypeVar("T", bound="ApplePayPaymentData")


@_attrs_define
class ApplePayPaymentData:
    """The decrypted Apple Pay payment token; required when `paymentMethodType` is `APPLEPAY`."""

    application_expiration_date: str | Unset = UNSET
    """ Expiry of the device card, `YYMMDD`. """
    application_primary_account_number: str | Unset = _attrs_field(default=UNSET, repr=False)
    """ Device primary account number (DPAN). """
    currency_code: str | Unset = UNSET
    """ ISO 4217 numeric currency code of the transaction, e.g. `682`. """
    device_manufacturer_identifier: str | Unset = UNSET
    """ Identifier of the device. """
    payment_data: ApplePayCryptogram | Unset = UNSET
    """ The cryptographic part of a decrypted Apple Pay token. """
    payment_data_type: str | Unset = UNSET
    """ Kind of payment data, e.g. `3DSecure`. """
    transaction_amount: str | Unset = UNSET
    """ Amount of the transaction as Apple Pay gives it. """
    network: str | Unset = UNSET
    """ Card scheme, e.g. `Visa`. """
    type_: str | Unset = UNSET
    """ Kind of card, e.g. `debit` or `credit`. """
    display_name: str | Unset = UNSET
    """ Name of the card as shown to the payer. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        application_expiration_date = self.application_expiration_date

        application_primary_account_number = self.application_primary_account_number

        currency_code = self.currency_code

        device_manufacturer_identifier = self.device_manufacturer_identifier

        payment_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payment_data, Unset):
            payment_data = self.payment_data.to_dict()

        payment_data_type = self.payment_data_type

        transaction_amount = self.transaction_amount

        network = self.network

        type_ = self.type_

        display_name = self.display_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if application_expiration_date is not UNSET:
            field_dict["applicationExpirationDate"] = application_expiration_date
        if application_primary_account_number is not UNSET:
            field_dict["applicationPrimaryAccountNumber"] = application_primary_account_number
        if currency_code is not UNSET:
            field_dict["currencyCode"] = currency_code
        if device_manufacturer_identifier is not UNSET:
            field_dict["deviceManufacturerIdentifier"] = device_manufacturer_identifier
        if payment_data is not UNSET:
            field_dict["paymentData"] = payment_data
        if payment_data_type is not UNSET:
            field_dict["paymentDataType"] = payment_data_type
        if transaction_amount is not UNSET:
            field_dict["transactionAmount"] = transaction_amount
        if network is not UNSET:
            field_dict["network"] = network
        if type_ is not UNSET:
            field_dict["type"] = type_
        if display_name is not UNSET:
            field_dict["displayName"] = display_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # A message that breaks the spec raises SpecViolationError naming the member (`_at`), never its value.
        _at = ""
        try:
            # PayerMax may write `null` for a member it has no value for: treat it as absent.
            d = {key: value for key, value in src_dict.items() if value is not None}
            _at = "applicationExpirationDate"
            application_expiration_date = d.pop("applicationExpirationDate", UNSET)

            _at = "applicationPrimaryAccountNumber"
            application_primary_account_number = d.pop("applicationPrimaryAccountNumber", UNSET)

            _at = "currencyCode"
            currency_code = d.pop("currencyCode", UNSET)

            _at = "deviceManufacturerIdentifier"
            device_manufacturer_identifier = d.pop("deviceManufacturerIdentifier", UNSET)

            _at = "paymentData"
            _payment_data = d.pop("paymentData", UNSET)
            payment_data: ApplePayCryptogram | Unset
            if isinstance(_payment_data, Unset):
                payment_data = UNSET
            else:
                payment_data = ApplePayCryptogram.from_dict(_payment_data)

            _at = "paymentDataType"
            payment_data_type = d.pop("paymentDataType", UNSET)

            _at = "transactionAmount"
            transaction_amount = d.pop("transactionAmount", UNSET)

            _at = "network"
            network = d.pop("network", UNSET)

            _at = "type"
            type_ = d.pop("type", UNSET)

            _at = "displayName"
            display_name = d.pop("displayName", UNSET)

            apple_pay_payment_data = cls(
                application_expiration_date=application_expiration_date,
                application_primary_account_number=application_primary_account_number,
                currency_code=currency_code,
                device_manufacturer_identifier=device_manufacturer_identifier,
                payment_data=payment_data,
                payment_data_type=payment_data_type,
                transaction_amount=transaction_amount,
                network=network,
                type_=type_,
                display_name=display_name,
            )

            apple_pay_payment_data.additional_properties = d
        except Exception as exc:
            raise _spec_violation("ApplePayPaymentData", _at, exc) from exc
        return apple_pay_payment_data

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


# The models this one refers to, imported after its class: models may refer to each other, which imports at the
# top of both cannot do, and names at module level cost its methods nothing per call (an import inside a method
# runs on every call).
from ..models.apple_pay_cryptogram import ApplePayCryptogram  # noqa: E402
