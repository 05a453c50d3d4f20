from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from payermax_signing.errors import spec_violation as _spec_violation

from ..models.apply_ddc_request_payment_method_type import (
    ApplyDDCRequestPaymentMethodType,
)
from ..money import decimal_from_json, decimal_to_json
from ..types import UNSET, Unset

T = TypeVar("T", bound="ApplyDDCRequest")


@_attrs_define
class ApplyDDCRequest:
    """The card about to be charged. Give `cardIdentifierNo` or `paymentTokenID`."""

    payment_method_type: ApplyDDCRequestPaymentMethodType
    """ `CARD`, or `GOOGLEPAY` for a Google Pay card. """
    payment_amount: Decimal
    """ Amount of the coming payment in major units (after currency conversion, if any). """
    payment_currency: str
    """ Currency of the coming payment (after currency conversion, if any). """
    user_id: str
    """ The merchant's own unique id of the payer. """
    card_identifier_no: str | Unset = _attrs_field(default=UNSET, repr=False)
    """ Card number in clear, or the one decrypted from Google Pay. """
    payment_token_id: str | Unset = UNSET
    """ Token of a stored card, instead of the card number. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        payment_method_type = self.payment_method_type.value

        payment_amount = decimal_to_json(self.payment_amount)

        payment_currency = self.payment_currency

        user_id = self.user_id

        card_identifier_no = self.card_identifier_no

        payment_token_id = self.payment_token_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "paymentMethodType": payment_method_type,
                "paymentAmount": payment_amount,
                "paymentCurrency": payment_currency,
                "userId": user_id,
            }
        )
        if card_identifier_no is not UNSET:
            field_dict["cardIdentifierNo"] = card_identifier_no
        if payment_token_id is not UNSET:
            field_dict["paymentTokenID"] = payment_token_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # A message that breaks the spec raises SpecViolationError naming the member (`_at`), never its value.
        _at = ""
        try:
            # PayerMax may write `null` for a member it has no value for: treat it as absent.
            d = {key: value for key, value in src_dict.items() if value is not None}
            _at = "paymentMethodType"
            payment_method_type = ApplyDDCRequestPaymentMethodType(d.pop("paymentMethodType"))

            _at = "paymentAmount"
            payment_amount = decimal_from_json(d.pop("paymentAmount"))

            _at = "paymentCurrency"
            payment_currency = d.pop("paymentCurrency")

            _at = "userId"
            user_id = d.pop("userId")

            _at = "cardIdentifierNo"
            card_identifier_no = d.pop("cardIdentifierNo", UNSET)

            _at = "paymentTokenID"
            payment_token_id = d.pop("paymentTokenID", UNSET)

            apply_ddc_request = cls(
                payment_method_type=payment_method_type,
                payment_amount=payment_amount,
                payment_currency=payment_currency,
                user_id=user_id,
                card_identifier_no=card_identifier_no,
                payment_token_id=payment_token_id,
            )

            apply_ddc_request.additional_properties = d
        except Exception as exc:
            raise _spec_violation("ApplyDDCRequest", _at, exc) from exc
        return apply_ddc_request

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
