from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from payermax_signing.errors import spec_violation as _spec_violation

from ..types import UNSET, Unset

T = TypeVar("T", bound="BillingInfo")


@_attrs_define
class BillingInfo:
    """Billing address of the card holder. When present, its required members must be filled."""

    email: str
    """ Billing e-mail address. """
    address1: str
    """ First address line. """
    city: str
    """ City. """
    country: str
    """ ISO 3166-1 alpha-2 country or region code, upper case (PayerMax also uses `UN` for unknown). """
    first_name: str | Unset = UNSET
    """ Card holder's first name. """
    middle_name: str | Unset = UNSET
    """ Card holder's middle name. """
    last_name: str | Unset = UNSET
    """ Card holder's last name. """
    phone_no: str | Unset = UNSET
    """ Card holder's phone number. """
    phone_no_region: str | Unset = UNSET
    """ Calling code of the phone number. """
    address2: str | Unset = UNSET
    """ Second address line. """
    address3: str | Unset = UNSET
    """ Third address line. """
    region: str | Unset = UNSET
    """ District or region within the city. """
    state: str | Unset = UNSET
    """ State or province; expected for Canada """
    zip_code: str | Unset = UNSET
    """ Postal code. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        address1 = self.address1

        city = self.city

        country = self.country

        first_name = self.first_name

        middle_name = self.middle_name

        last_name = self.last_name

        phone_no = self.phone_no

        phone_no_region = self.phone_no_region

        address2 = self.address2

        address3 = self.address3

        region = self.region

        state = self.state

        zip_code = self.zip_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email": email,
                "address1": address1,
                "city": city,
                "country": country,
            }
        )
        if first_name is not UNSET:
            field_dict["firstName"] = first_name
        if middle_name is not UNSET:
            field_dict["middleName"] = middle_name
        if last_name is not UNSET:
            field_dict["lastName"] = last_name
        if phone_no is not UNSET:
            field_dict["phoneNo"] = phone_no
        if phone_no_region is not UNSET:
            field_dict["phoneNoRegion"] = phone_no_region
        if address2 is not UNSET:
            field_dict["address2"] = address2
        if address3 is not UNSET:
            field_dict["address3"] = address3
        if region is not UNSET:
            field_dict["region"] = region
        if state is not UNSET:
            field_dict["state"] = state
        if zip_code is not UNSET:
            field_dict["zipCode"] = zip_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # A message that breaks the spec raises SpecViolationError naming the member (`_at`), never its value.
        _at = ""
        try:
            # PayerMax may write `null` for a member it has no value for: treat it as absent.
            d = {key: value for key, value in src_dict.items() if value is not None}
            _at = "email"
            email = d.pop("email")

            _at = "address1"
            address1 = d.pop("address1")

            _at = "city"
            city = d.pop("city")

            _at = "country"
            country = d.pop("country")

            _at = "firstName"
            first_name = d.pop("firstName", UNSET)

            _at = "middleName"
            middle_name = d.pop("middleName", UNSET)

            _at = "lastName"
            last_name = d.pop("lastName", UNSET)

            _at = "phoneNo"
            phone_no = d.pop("phoneNo", UNSET)

            _at = "phoneNoRegion"
            phone_no_region = d.pop("phoneNoRegion", UNSET)

            _at = "address2"
            address2 = d.pop("address2", UNSET)

            _at = "address3"
            address3 = d.pop("address3", UNSET)

            _at = "region"
            region = d.pop("region", UNSET)

            _at = "state"
            state = d.pop("state", UNSET)

            _at = "zipCode"
            zip_code = d.pop("zipCode", UNSET)

            billing_info = cls(
                email=email,
                address1=address1,
                city=city,
                country=country,
                first_name=first_name,
                middle_name=middle_name,
                last_name=last_name,
                phone_no=phone_no,
                phone_no_region=phone_no_region,
                address2=address2,
                address3=address3,
                region=region,
                state=state,
                zip_code=zip_code,
            )

            billing_info.additional_properties = d
        except Exception as exc:
            raise _spec_violation("BillingInfo", _at, exc) from exc
        return billing_info

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
