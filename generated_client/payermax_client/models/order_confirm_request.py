from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from payermax_signing.errors import spec_violation as _spec_violation

from ..models.bill_payment_confirmation import BillPaymentConfirmation
from ..money import decimal_from_json, decimal_to_json

T = TypeVar("T", bound="OrderConfirmRequest")


@_attrs_define
class OrderConfirmRequest:
    """The merchant's booking result for a paid bill (as in the notification reply); `failureReason` is always
    sent, empty when `confirmation` is `Y`.

    """

    reference_no: str
    """ The reference of the paid bill. """
    trade_token: str
    """ PayerMax's number of the payment. """
    amount: Decimal
    """ Amount of the payment. """
    currency: str
    """ Its currency. """
    confirmation: BillPaymentConfirmation
    """ The merchant's answer: `Y` yes, `N` no (then `failureReason` says why). """
    failure_reason: str
    """ Why the payment was not booked; required when `confirmation` is `N`, empty otherwise. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        reference_no = self.reference_no

        trade_token = self.trade_token

        amount = decimal_to_json(self.amount)

        currency = self.currency

        confirmation = self.confirmation.value

        failure_reason = self.failure_reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "referenceNo": reference_no,
                "tradeToken": trade_token,
                "amount": amount,
                "currency": currency,
                "confirmation": confirmation,
                "failureReason": failure_reason,
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

            _at = "tradeToken"
            trade_token = d.pop("tradeToken")

            _at = "amount"
            amount = decimal_from_json(d.pop("amount"))

            _at = "currency"
            currency = d.pop("currency")

            _at = "confirmation"
            confirmation = BillPaymentConfirmation(d.pop("confirmation"))

            _at = "failureReason"
            failure_reason = d.pop("failureReason")

            order_confirm_request = cls(
                reference_no=reference_no,
                trade_token=trade_token,
                amount=amount,
                currency=currency,
                confirmation=confirmation,
                failure_reason=failure_reason,
            )

            order_confirm_request.additional_properties = d
        except Exception as exc:
            raise _spec_violation("OrderConfirmRequest", _at, exc) from exc
        return order_confirm_request

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
