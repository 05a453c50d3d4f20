from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from payermax_signing.errors import spec_violation as _spec_violation

from ..types import UNSET, Unset

T = TypeVar("T", bound="RemovePaymentTokenRequest")


@_attrs_define
class RemovePaymentTokenRequest:
    """The token to remove and the user it belongs to."""

    user_id: str
    """ The merchant's id of the user the token belongs to. """
    payment_token_id: str
    """ The token to remove. """
    remove_reason: str | Unset = UNSET
    """ Why the token is removed. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        payment_token_id = self.payment_token_id

        remove_reason = self.remove_reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "userId": user_id,
                "paymentTokenID": payment_token_id,
            }
        )
        if remove_reason is not UNSET:
            field_dict["removeReason"] = remove_reason

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

            _at = "removeReason"
            remove_reason = d.pop("removeReason", UNSET)

            remove_payment_token_request = cls(
                user_id=user_id,
                payment_token_id=payment_token_id,
                remove_reason=remove_reason,
            )

            remove_payment_token_request.additional_properties = d
        except Exception as exc:
            raise _spec_violation("RemovePaymentTokenRequest", _at, exc) from exc
        return remove_payment_token_request

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
