from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from payermax_signing.errors import spec_violation as _spec_violation

from ..types import UNSET, Unset

T = TypeVar("T", bound="CardDetails")


@_attrs_define
class CardDetails:
    """Full card details, sent only by PCI-DSS certified merchants in Direct_Payment. Never logged or shown
    by this SDK: the number, holder name and CVV are hidden from reprs.

    """

    card_identifier_no: str | Unset = _attrs_field(default=UNSET, repr=False)
    """ Card number (PAN). """
    card_holder_full_name: str | Unset = _attrs_field(default=UNSET, repr=False)
    """ Name of the card holder as printed on the card. """
    card_expiration_month: str | Unset = UNSET
    """ Expiry month, two digits. """
    card_expiration_year: str | Unset = UNSET
    """ Expiry year, last two digits. """
    cvv: str | Unset = _attrs_field(default=UNSET, repr=False)
    """ Card security code (3 digits for Visa and Mastercard, 4 for Amex). """
    stored: str | Unset = UNSET
    """ `Y` when the merchant has stored this card; anything else or absent means not stored. """
    dynamic_3ds: str | Unset = UNSET
    """ Whether to run 3-D Secure, case-insensitive: `do3DS` forces it, `no3DS` skips it, `ext3DS` uses an
    external 3DS result given in `paymentDetail.info3DSecure`. Absent or anything else lets PayerMax decide.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        card_identifier_no = self.card_identifier_no

        card_holder_full_name = self.card_holder_full_name

        card_expiration_month = self.card_expiration_month

        card_expiration_year = self.card_expiration_year

        cvv = self.cvv

        stored = self.stored

        dynamic_3ds = self.dynamic_3ds

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if card_identifier_no is not UNSET:
            field_dict["cardIdentifierNo"] = card_identifier_no
        if card_holder_full_name is not UNSET:
            field_dict["cardHolderFullName"] = card_holder_full_name
        if card_expiration_month is not UNSET:
            field_dict["cardExpirationMonth"] = card_expiration_month
        if card_expiration_year is not UNSET:
            field_dict["cardExpirationYear"] = card_expiration_year
        if cvv is not UNSET:
            field_dict["cvv"] = cvv
        if stored is not UNSET:
            field_dict["stored"] = stored
        if dynamic_3ds is not UNSET:
            field_dict["dynamic3DS"] = dynamic_3ds

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # A message that breaks the spec raises SpecViolationError naming the member (`_at`), never its value.
        _at = ""
        try:
            # PayerMax may write `null` for a member it has no value for: treat it as absent.
            d = {key: value for key, value in src_dict.items() if value is not None}
            _at = "cardIdentifierNo"
            card_identifier_no = d.pop("cardIdentifierNo", UNSET)

            _at = "cardHolderFullName"
            card_holder_full_name = d.pop("cardHolderFullName", UNSET)

            _at = "cardExpirationMonth"
            card_expiration_month = d.pop("cardExpirationMonth", UNSET)

            _at = "cardExpirationYear"
            card_expiration_year = d.pop("cardExpirationYear", UNSET)

            _at = "cvv"
            cvv = d.pop("cvv", UNSET)

            _at = "stored"
            stored = d.pop("stored", UNSET)

            _at = "dynamic3DS"
            dynamic_3ds = d.pop("dynamic3DS", UNSET)

            card_details = cls(
                card_identifier_no=card_identifier_no,
                card_holder_full_name=card_holder_full_name,
                card_expiration_month=card_expiration_month,
                card_expiration_year=card_expiration_year,
                cvv=cvv,
                stored=stored,
                dynamic_3ds=dynamic_3ds,
            )

            card_details.additional_properties = d
        except Exception as exc:
            raise _spec_violation("CardDetails", _at, exc) from exc
        return card_details

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
