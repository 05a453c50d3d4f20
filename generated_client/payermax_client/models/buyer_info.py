from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from payermax_signing.errors import spec_violation as _spec_violation

from ..types import UNSET, Unset

T = TypeVar("T", bound="BuyerInfo")


@_attrs_define
class BuyerInfo:
    """The payer, as the merchant knows them. `clientIp` and `userAgent` are always required."""

    client_ip: str
    """ Payer's IP address """
    user_agent: str
    """ Payer's browser user agent. """
    first_name: str | Unset = UNSET
    """ Payer's first name (required for Brazilian HIPERCARD and ELO cards). """
    middle_name: str | Unset = UNSET
    """ Payer's middle name. """
    last_name: str | Unset = UNSET
    """ Payer's last name (required for Brazilian HIPERCARD and ELO cards). """
    email: str | Unset = UNSET
    """ Payer's e-mail (required for Brazilian HIPERCARD and ELO cards). """
    phone_no: str | Unset = UNSET
    """ Payer's phone number (required for Turkish cards). """
    phone_no_region: str | Unset = UNSET
    """ Calling code of the phone number (required for Turkish cards). """
    id_type: str | Unset = UNSET
    """ Kind of identity document. """
    id_no: str | Unset = UNSET
    """ Identity document number. """
    tax_type: str | Unset = UNSET
    """ Kind of tax id; must be `CPF` in Brazil. """
    tax_no: str | Unset = UNSET
    """ Tax id number; required in Brazil. """
    address: str | Unset = UNSET
    """ Payer's address. """
    city: str | Unset = UNSET
    """ Payer's city. """
    region: str | Unset = UNSET
    """ Payer's region. """
    zip_code: str | Unset = UNSET
    """ Payer's postal code. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        client_ip = self.client_ip

        user_agent = self.user_agent

        first_name = self.first_name

        middle_name = self.middle_name

        last_name = self.last_name

        email = self.email

        phone_no = self.phone_no

        phone_no_region = self.phone_no_region

        id_type = self.id_type

        id_no = self.id_no

        tax_type = self.tax_type

        tax_no = self.tax_no

        address = self.address

        city = self.city

        region = self.region

        zip_code = self.zip_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "clientIp": client_ip,
                "userAgent": user_agent,
            }
        )
        if first_name is not UNSET:
            field_dict["firstName"] = first_name
        if middle_name is not UNSET:
            field_dict["middleName"] = middle_name
        if last_name is not UNSET:
            field_dict["lastName"] = last_name
        if email is not UNSET:
            field_dict["email"] = email
        if phone_no is not UNSET:
            field_dict["phoneNo"] = phone_no
        if phone_no_region is not UNSET:
            field_dict["phoneNoRegion"] = phone_no_region
        if id_type is not UNSET:
            field_dict["idType"] = id_type
        if id_no is not UNSET:
            field_dict["idNo"] = id_no
        if tax_type is not UNSET:
            field_dict["taxType"] = tax_type
        if tax_no is not UNSET:
            field_dict["taxNo"] = tax_no
        if address is not UNSET:
            field_dict["address"] = address
        if city is not UNSET:
            field_dict["city"] = city
        if region is not UNSET:
            field_dict["region"] = region
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
            _at = "clientIp"
            client_ip = d.pop("clientIp")

            _at = "userAgent"
            user_agent = d.pop("userAgent")

            _at = "firstName"
            first_name = d.pop("firstName", UNSET)

            _at = "middleName"
            middle_name = d.pop("middleName", UNSET)

            _at = "lastName"
            last_name = d.pop("lastName", UNSET)

            _at = "email"
            email = d.pop("email", UNSET)

            _at = "phoneNo"
            phone_no = d.pop("phoneNo", UNSET)

            _at = "phoneNoRegion"
            phone_no_region = d.pop("phoneNoRegion", UNSET)

            _at = "idType"
            id_type = d.pop("idType", UNSET)

            _at = "idNo"
            id_no = d.pop("idNo", UNSET)

            _at = "taxType"
            tax_type = d.pop("taxType", UNSET)

            _at = "taxNo"
            tax_no = d.pop("taxNo", UNSET)

            _at = "address"
            address = d.pop("address", UNSET)

            _at = "city"
            city = d.pop("city", UNSET)

            _at = "region"
            region = d.pop("region", UNSET)

            _at = "zipCode"
            zip_code = d.pop("zipCode", UNSET)

            buyer_info = cls(
                client_ip=client_ip,
                user_agent=user_agent,
                first_name=first_name,
                middle_name=middle_name,
                last_name=last_name,
                email=email,
                phone_no=phone_no,
                phone_no_region=phone_no_region,
                id_type=id_type,
                id_no=id_no,
                tax_type=tax_type,
                tax_no=tax_no,
                address=address,
                city=city,
                region=region,
                zip_code=zip_code,
            )

            buyer_info.additional_properties = d
        except Exception as exc:
            raise _spec_violation("BuyerInfo", _at, exc) from exc
        return buyer_info

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
