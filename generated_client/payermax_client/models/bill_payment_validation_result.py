from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from payermax_signing.errors import spec_violation as _spec_violation

from ..models.bill_payment_confirmation import BillPaymentConfirmation
from ..money import decimal_from_json, decimal_to_json
from ..types import UNSET, Unset

T = TypeVar("T", bound="BillPaymentValidationResult")


@_attrs_define
class BillPaymentValidationResult:
    """The merchant's decision on a bill payment: `confirmation` `Y` lets the payer pay between `minAmount`
    and `maxAmount`; `N` stops the payment and needs a `failureReason`.

    """

    reference_no: str
    """ The reference asked about. """
    min_amount: Decimal
    """ Smallest amount the merchant accepts for this reference. """
    max_amount: Decimal
    """ Largest amount the merchant accepts for this reference. """
    currency: str
    """ Currency of the amounts. """
    confirmation: BillPaymentConfirmation
    """ The merchant's answer: `Y` yes, `N` no (then `failureReason` says why). """
    failure_reason: str | Unset = UNSET
    """ Why the payment may not go ahead; required when `confirmation` is `N`, empty otherwise. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        reference_no = self.reference_no

        min_amount = decimal_to_json(self.min_amount)

        max_amount = decimal_to_json(self.max_amount)

        currency = self.currency

        confirmation = self.confirmation.value

        failure_reason = self.failure_reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "referenceNo": reference_no,
                "minAmount": min_amount,
                "maxAmount": max_amount,
                "currency": currency,
                "confirmation": confirmation,
            }
        )
        if failure_reason is not UNSET:
            field_dict["failureReason"] = failure_reason

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

            _at = "minAmount"
            min_amount = decimal_from_json(d.pop("minAmount"))

            _at = "maxAmount"
            max_amount = decimal_from_json(d.pop("maxAmount"))

            _at = "currency"
            currency = d.pop("currency")

            _at = "confirmation"
            confirmation = BillPaymentConfirmation(d.pop("confirmation"))

            _at = "failureReason"
            failure_reason = d.pop("failureReason", UNSET)

            bill_payment_validation_result = cls(
                reference_no=reference_no,
                min_amount=min_amount,
                max_amount=max_amount,
                currency=currency,
                confirmation=confirmation,
                failure_reason=failure_reason,
            )

            bill_payment_validation_result.additional_properties = d
        except Exception as exc:
            raise _spec_violation("BillPaymentValidationResult", _at, exc) from exc
        return bill_payment_validation_result

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
