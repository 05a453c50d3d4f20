from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from payermax_signing.errors import spec_violation as _spec_violation

from ..models.payout_payer_merchant_category_code import PayoutPayerMerchantCategoryCode
from ..types import UNSET, Unset

T = TypeVar("T", bound="PayoutPayer")


@_attrs_define
class PayoutPayer:
    """The company on whose behalf the merchant pays out (platforms paying for their sub-merchants)."""

    sub_merchant_no: str | Unset = UNSET
    """ The sub-merchant's number in PayerMax's system. """
    business_legal_name: str | Unset = UNSET
    """ Registered name of the paying company. """
    registration_country: str | Unset = UNSET
    """ Country where the paying company is registered, two upper-case letters; empty counts as not given. """
    merchant_category_code: PayoutPayerMerchantCategoryCode | Unset = UNSET
    """ Business category of the paying company: `DIGITAL_GOODS_MEDIA`, `DIGITAL_GOODS_APPLICATION`,
    `TRAVEL_AGENCIES_AND_TRAVEL_RELATED_SERVICES`, `COURIER_SERVICES_AIR_AND_GROUND_AND_FREIGHT_FORWARDERS`,
    `ADVERTISING_SERVICES`, `TELECOMMUNICATION_SERVICE`, `COMPUTER_NETWORKS_AND_INFORMATION_SERVICES` or
    `MISCELLANEOUS_GENERAL_MERCHANDISE`; empty counts as not given.
     """
    payer_id: str | Unset = UNSET
    """ The paying company's merchant number at its own institution or platform. """
    name: PayoutPayerName | Unset = UNSET
    """ Name of the payer: English letters, spaces, commas, hyphens and dots. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sub_merchant_no = self.sub_merchant_no

        business_legal_name = self.business_legal_name

        registration_country = self.registration_country

        merchant_category_code: str | Unset = UNSET
        if not isinstance(self.merchant_category_code, Unset):
            merchant_category_code = self.merchant_category_code.value

        payer_id = self.payer_id

        name: dict[str, Any] | Unset = UNSET
        if not isinstance(self.name, Unset):
            name = self.name.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sub_merchant_no is not UNSET:
            field_dict["subMerchantNo"] = sub_merchant_no
        if business_legal_name is not UNSET:
            field_dict["businessLegalName"] = business_legal_name
        if registration_country is not UNSET:
            field_dict["registrationCountry"] = registration_country
        if merchant_category_code is not UNSET:
            field_dict["merchantCategoryCode"] = merchant_category_code
        if payer_id is not UNSET:
            field_dict["payerId"] = payer_id
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # A message that breaks the spec raises SpecViolationError naming the member (`_at`), never its value.
        _at = ""
        try:
            # PayerMax may write `null` for a member it has no value for: treat it as absent.
            d = {key: value for key, value in src_dict.items() if value is not None}
            _at = "subMerchantNo"
            sub_merchant_no = d.pop("subMerchantNo", UNSET)

            _at = "businessLegalName"
            business_legal_name = d.pop("businessLegalName", UNSET)

            _at = "registrationCountry"
            registration_country = d.pop("registrationCountry", UNSET)

            _at = "merchantCategoryCode"
            _merchant_category_code = d.pop("merchantCategoryCode", UNSET)
            merchant_category_code: PayoutPayerMerchantCategoryCode | Unset
            if isinstance(_merchant_category_code, Unset):
                merchant_category_code = UNSET
            else:
                merchant_category_code = PayoutPayerMerchantCategoryCode(_merchant_category_code)

            _at = "payerId"
            payer_id = d.pop("payerId", UNSET)

            _at = "name"
            _name = d.pop("name", UNSET)
            name: PayoutPayerName | Unset
            if isinstance(_name, Unset):
                name = UNSET
            else:
                name = PayoutPayerName.from_dict(_name)

            payout_payer = cls(
                sub_merchant_no=sub_merchant_no,
                business_legal_name=business_legal_name,
                registration_country=registration_country,
                merchant_category_code=merchant_category_code,
                payer_id=payer_id,
                name=name,
            )

            payout_payer.additional_properties = d
        except Exception as exc:
            raise _spec_violation("PayoutPayer", _at, exc) from exc
        return payout_payer

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
from ..models.payout_payer_name import PayoutPayerName  # noqa: E402
