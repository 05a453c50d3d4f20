from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from payermax_signing.errors import spec_violation as _spec_violation

from ..types import UNSET, Unset

T = TypeVar("T", bound="PaymentTokenCard")


@_attrs_define
class PaymentTokenCard:
    """The card to bind, sent only by PCI-DSS certified merchants. The number, the holder name and the CVV
    are secrets: never log them (the SDK hides them from reprs).

    """

    card_org: str
    """ Card scheme, e.g. `VISA` or `MASTERCARD` (see PayerMax's Direct API payment method list). """
    card_identifier_no: str = _attrs_field(repr=False)
    """ Card number (PAN). """
    card_holder_full_name: str = _attrs_field(repr=False)
    """ Name of the card holder as printed on the card. """
    card_expiration_month: str
    """ Expiry month, two digits (`01` to `12`). """
    card_expiration_year: str
    """ Expiry year, last two digits. """
    cvv: str | Unset = _attrs_field(default=UNSET, repr=False)
    """ Card security code (3 digits for Visa and Mastercard, 4 for Amex). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        card_org = self.card_org

        card_identifier_no = self.card_identifier_no

        card_holder_full_name = self.card_holder_full_name

        card_expiration_month = self.card_expiration_month

        card_expiration_year = self.card_expiration_year

        cvv = self.cvv

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cardOrg": card_org,
                "cardIdentifierNo": card_identifier_no,
                "cardHolderFullName": card_holder_full_name,
                "cardExpirationMonth": card_expiration_month,
                "cardExpirationYear": card_expiration_year,
            }
        )
        if cvv is not UNSET:
            field_dict["cvv"] = cvv

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # A message that breaks the spec raises SpecViolationError naming the member (`_at`), never its value.
        _at = ""
        try:
            # PayerMax may write `null` for a member it has no value for: treat it as absent.
            d = {key: value for key, value in src_dict.items() if value is not None}
            _at = "cardOrg"
            card_org = d.pop("cardOrg")

            _at = "cardIdentifierNo"
            card_identifier_no = d.pop("cardIdentifierNo")

            _at = "cardHolderFullName"
            card_holder_full_name = d.pop("cardHolderFullName")

            _at = "cardExpirationMonth"
            card_expiration_month = d.pop("cardExpirationMonth")

            _at = "cardExpirationYear"
            card_expiration_year = d.pop("cardExpirationYear")

            _at = "cvv"
            cvv = d.pop("cvv", UNSET)

            payment_token_card = cls(
                card_org=card_org,
                card_identifier_no=card_identifier_no,
                card_holder_full_name=card_holder_full_name,
                card_expiration_month=card_expiration_month,
                card_expiration_year=card_expiration_year,
                cvv=cvv,
            )

            payment_token_card.additional_properties = d
        except Exception as exc:
            raise _spec_violation("PaymentTokenCard", _at, exc) from exc
        return payment_token_card

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
