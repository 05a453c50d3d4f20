from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from payermax_signing.errors import spec_violation as _spec_violation

from ..types import UNSET, Unset

T = TypeVar("T", bound="ShippingInfo")


@_attrs_define
class ShippingInfo:
    """Where the goods are shipped. When present, its required members must be filled."""

    first_name: str
    """ Recipient's first name. """
    last_name: str
    """ Recipient's last name. """
    phone_no: str
    """ Recipient's phone number. """
    email: str
    """ Recipient's e-mail address. """
    address1: str
    """ First address line. """
    city: str
    """ City. """
    country: str
    """ ISO 3166-1 alpha-2 country or region code, upper case (PayerMax also uses `UN` for unknown). """
    zip_code: str
    """ Postal code. """
    middle_name: str | Unset = UNSET
    """ Recipient's middle name. """
    address2: str | Unset = UNSET
    """ Second address line. """
    address3: str | Unset = UNSET
    """ Third address line. """
    region: str | Unset = UNSET
    """ District or region within the city. """
    state: str | Unset = UNSET
    """ State or province; needed for Canada """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        first_name = self.first_name

        last_name = self.last_name

        phone_no = self.phone_no

        email = self.email

        address1 = self.address1

        city = self.city

        country = self.country

        zip_code = self.zip_code

        middle_name = self.middle_name

        address2 = self.address2

        address3 = self.address3

        region = self.region

        state = self.state

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "firstName": first_name,
                "lastName": last_name,
                "phoneNo": phone_no,
                "email": email,
                "address1": address1,
                "city": city,
                "country": country,
                "zipCode": zip_code,
            }
        )
        if middle_name is not UNSET:
            field_dict["middleName"] = middle_name
        if address2 is not UNSET:
            field_dict["address2"] = address2
        if address3 is not UNSET:
            field_dict["address3"] = address3
        if region is not UNSET:
            field_dict["region"] = region
        if state is not UNSET:
            field_dict["state"] = state

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # A message that breaks the spec raises SpecViolationError naming the member (`_at`), never its value.
        _at = ""
        try:
            # PayerMax may write `null` for a member it has no value for: treat it as absent.
            d = {key: value for key, value in src_dict.items() if value is not None}
            _at = "firstName"
            first_name = d.pop("firstName")

            _at = "lastName"
            last_name = d.pop("lastName")

            _at = "phoneNo"
            phone_no = d.pop("phoneNo")

            _at = "email"
            email = d.pop("email")

            _at = "address1"
            address1 = d.pop("address1")

            _at = "city"
            city = d.pop("city")

            _at = "country"
            country = d.pop("country")

            _at = "zipCode"
            zip_code = d.pop("zipCode")

            _at = "middleName"
            middle_name = d.pop("middleName", UNSET)

            _at = "address2"
            address2 = d.pop("address2", UNSET)

            _at = "address3"
            address3 = d.pop("address3", UNSET)

            _at = "region"
            region = d.pop("region", UNSET)

            _at = "state"
            state = d.pop("state", UNSET)

            shipping_info = cls(
                first_name=first_name,
                last_name=last_name,
                phone_no=phone_no,
                email=email,
                address1=address1,
                city=city,
                country=country,
                zip_code=zip_code,
                middle_name=middle_name,
                address2=address2,
                address3=address3,
                region=region,
                state=state,
            )

            shipping_info.additional_properties = d
        except Exception as exc:
            raise _spec_violation("ShippingInfo", _at, exc) from exc
        return shipping_info

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
