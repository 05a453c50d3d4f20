from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from payermax_signing.errors import spec_violation as _spec_violation

from ..money import decimal_from_json, decimal_to_json

T = TypeVar("T", bound="BillPaymentValidationRequest")


@_attrs_define
class BillPaymentValidationRequest:
    """What PayerMax asks the merchant before a bill payment: may this amount be paid against this reference?
    Sent bare, without the notification envelope.

    """

    reference_no: str
    """ The reference the payer entered. """
    amount: Decimal
    """ The amount the payer wants to pay, in major units. """
    currency: str
    """ Its currency. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        reference_no = self.reference_no

        amount = decimal_to_json(self.amount)

        currency = self.currency

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "referenceNo": reference_no,
                "amount": amount,
                "currency": currency,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # A message that breaks the spec raises SpecViolationError naming the member (`_at`), never its value.
        _at = ""
        try:
            # PayerMax may write `null` for a member it has no value for: treat it as absent.
            d = {key: value for key, value in src_dict.items() if value is not None}
            _at = "referenceNo"
            reference_no = d.pop("referenceNo")

            _at = "amount"
            amount = decimal_from_json(d.pop("amount"))

            _at = "currency"
            currency = d.pop("currency")

            bill_payment_validation_request = cls(
                reference_no=reference_no,
                amount=amount,
                currency=currency,
            )

            bill_payment_validation_request.additional_properties = d
        except Exception as exc:
            raise _spec_violation("BillPaymentValidationRequest", _at, exc) from exc
        return bill_payment_validation_request

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
