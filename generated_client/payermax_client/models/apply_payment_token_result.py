from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from payermax_signing.errors import spec_violation as _spec_violation

from ..models.payment_token_application_status import PaymentTokenApplicationStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="ApplyPaymentTokenResult")


@_attrs_define
class ApplyPaymentTokenResult:
    """The state of the token application."""

    request_id: str
    """ The merchant's token application number, as sent. """
    status: PaymentTokenApplicationStatus
    """ Outcome of a token application: `PENDING` while the payer still has to authenticate (follow
    `redirectUrl`), `SUCCESS` once the token exists (`paymentTokenID` is set), `FAILED` if it was refused.
     """
    redirect_url: str | Unset = UNSET
    """ Page where the payer authenticates the binding; set when `status` is `PENDING`. """
    payment_token_id: str | Unset = UNSET
    """ The new token; set when `status` is `SUCCESS`. Keep it with the user and payment method it belongs to. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        request_id = self.request_id

        status = self.status.value

        redirect_url = self.redirect_url

        payment_token_id = self.payment_token_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "requestId": request_id,
                "status": status,
            }
        )
        if redirect_url is not UNSET:
            field_dict["redirectUrl"] = redirect_url
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
            _at = "requestId"
            request_id = d.pop("requestId")

            _at = "status"
            status = PaymentTokenApplicationStatus(d.pop("status"))

            _at = "redirectUrl"
            redirect_url = d.pop("redirectUrl", UNSET)

            _at = "paymentTokenID"
            payment_token_id = d.pop("paymentTokenID", UNSET)

            apply_payment_token_result = cls(
                request_id=request_id,
                status=status,
                redirect_url=redirect_url,
                payment_token_id=payment_token_id,
            )

            apply_payment_token_result.additional_properties = d
        except Exception as exc:
            raise _spec_violation("ApplyPaymentTokenResult", _at, exc) from exc
        return apply_payment_token_result

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
