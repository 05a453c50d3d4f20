from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from payermax_signing.errors import spec_violation as _spec_violation

from ..models.remove_payment_token_result_payment_token_status import (
    RemovePaymentTokenResultPaymentTokenStatus,
)

T = TypeVar("T", bound="RemovePaymentTokenResult")


@_attrs_define
class RemovePaymentTokenResult:
    """The removed token."""

    user_id: str
    """ The merchant's id of the user the token belonged to. """
    payment_token_id: str
    """ The removed token. """
    payment_token_status: RemovePaymentTokenResultPaymentTokenStatus
    """ Always `Deleted`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        payment_token_id = self.payment_token_id

        payment_token_status = self.payment_token_status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "userId": user_id,
                "paymentTokenID": payment_token_id,
                "paymentTokenStatus": payment_token_status,
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
            _at = "userId"
            user_id = d.pop("userId")

            _at = "paymentTokenID"
            payment_token_id = d.pop("paymentTokenID")

            _at = "paymentTokenStatus"
            payment_token_status = RemovePaymentTokenResultPaymentTokenStatus(d.pop("paymentTokenStatus"))

            remove_payment_token_result = cls(
                user_id=user_id,
                payment_token_id=payment_token_id,
                payment_token_status=payment_token_status,
            )

            remove_payment_token_result.additional_properties = d
        except Exception as exc:
            raise _spec_violation("RemovePaymentTokenResult", _at, exc) from exc
        return remove_payment_token_result

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
