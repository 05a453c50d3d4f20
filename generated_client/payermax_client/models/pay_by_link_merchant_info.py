from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from payermax_signing.errors import spec_violation as _spec_violation

from ..types import UNSET, Unset

T = TypeVar("T", bound="PayByLinkMerchantInfo")


@_attrs_define
class PayByLinkMerchantInfo:
    """How the merchant is presented on the link page."""

    contact_email: str
    """ E-mail address payers can use to contact the merchant. """
    logo_url: str | Unset = UNSET
    """ Address of the merchant logo shown on the link page. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        contact_email = self.contact_email

        logo_url = self.logo_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "contactEmail": contact_email,
            }
        )
        if logo_url is not UNSET:
            field_dict["logoUrl"] = logo_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # A message that breaks the spec raises SpecViolationError naming the member (`_at`), never its value.
        _at = ""
        try:
            # PayerMax may write `null` for a member it has no value for: treat it as absent.
            d = {key: value for key, value in src_dict.items() if value is not None}
            _at = "contactEmail"
            contact_email = d.pop("contactEmail")

            _at = "logoUrl"
            logo_url = d.pop("logoUrl", UNSET)

            pay_by_link_merchant_info = cls(
                contact_email=contact_email,
                logo_url=logo_url,
            )

            pay_by_link_merchant_info.additional_properties = d
        except Exception as exc:
            raise _spec_violation("PayByLinkMerchantInfo", _at, exc) from exc
        return pay_by_link_merchant_info

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
