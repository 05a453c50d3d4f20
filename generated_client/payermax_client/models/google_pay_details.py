from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from payermax_signing.errors import spec_violation as _spec_violation

from ..types import UNSET, Unset

T = TypeVar("T", bound="GooglePayDetails")


@_attrs_define
class GooglePayDetails:
    """The decrypted Google Pay payment method details; required when `paymentMethodType` is `GOOGLEPAY`."""

    auth_method: str | Unset = UNSET
    """ How Google Pay authenticated the card, e.g. `PAN_ONLY` or `CRYPTOGRAM_3DS`. """
    pan: str | Unset = _attrs_field(default=UNSET, repr=False)
    """ Card number (a device token for `CRYPTOGRAM_3DS`). """
    expiration_month: str | Unset = UNSET
    """ Expiry month. """
    expiration_year: str | Unset = UNSET
    """ Expiry year, four digits. """
    cryptogram: str | Unset = _attrs_field(default=UNSET, repr=False)
    """ 3-D Secure cryptogram (`CRYPTOGRAM_3DS` only). """
    eci_indicator: str | Unset = UNSET
    """ ECI that goes with the cryptogram (`CRYPTOGRAM_3DS` only). """
    description: str | Unset = UNSET
    """ Description of the card. """
    card_network: str | Unset = UNSET
    """ Card scheme, e.g. `VISA`. """
    card_holder_full_name: str | Unset = _attrs_field(default=UNSET, repr=False)
    """ Name of the card holder. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        auth_method = self.auth_method

        pan = self.pan

        expiration_month = self.expiration_month

        expiration_year = self.expiration_year

        cryptogram = self.cryptogram

        eci_indicator = self.eci_indicator

        description = self.description

        card_network = self.card_network

        card_holder_full_name = self.card_holder_full_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if auth_method is not UNSET:
            field_dict["authMethod"] = auth_method
        if pan is not UNSET:
            field_dict["pan"] = pan
        if expiration_month is not UNSET:
            field_dict["expirationMonth"] = expiration_month
        if expiration_year is not UNSET:
            field_dict["expirationYear"] = expiration_year
        if cryptogram is not UNSET:
            field_dict["cryptogram"] = cryptogram
        if eci_indicator is not UNSET:
            field_dict["eciIndicator"] = eci_indicator
        if description is not UNSET:
            field_dict["description"] = description
        if card_network is not UNSET:
            field_dict["cardNetwork"] = card_network
        if card_holder_full_name is not UNSET:
            field_dict["cardHolderFullName"] = card_holder_full_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # A message that breaks the spec raises SpecViolationError naming the member (`_at`), never its value.
        _at = ""
        try:
            # PayerMax may write `null` for a member it has no value for: treat it as absent.
            d = {key: value for key, value in src_dict.items() if value is not None}
            _at = "authMethod"
            auth_method = d.pop("authMethod", UNSET)

            _at = "pan"
            pan = d.pop("pan", UNSET)

            _at = "expirationMonth"
            expiration_month = d.pop("expirationMonth", UNSET)

            _at = "expirationYear"
            expiration_year = d.pop("expirationYear", UNSET)

            _at = "cryptogram"
            cryptogram = d.pop("cryptogram", UNSET)

            _at = "eciIndicator"
            eci_indicator = d.pop("eciIndicator", UNSET)

            _at = "description"
            description = d.pop("description", UNSET)

            _at = "cardNetwork"
            card_network = d.pop("cardNetwork", UNSET)

            _at = "cardHolderFullName"
            card_holder_full_name = d.pop("cardHolderFullName", UNSET)

            google_pay_details = cls(
                auth_method=auth_method,
                pan=pan,
                expiration_month=expiration_month,
                expiration_year=expiration_year,
                cryptogram=cryptogram,
                eci_indicator=eci_indicator,
                description=description,
                card_network=card_network,
                card_holder_full_name=card_holder_full_name,
            )

            google_pay_details.additional_properties = d
        except Exception as exc:
            raise _spec_violation("GooglePayDetails", _at, exc) from exc
        return google_pay_details

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
