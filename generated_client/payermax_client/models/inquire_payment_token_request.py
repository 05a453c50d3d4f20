from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from payermax_signing.errors import spec_violation as _spec_violation

from ..models.inquire_payment_token_request_token_scope import (
    InquirePaymentTokenRequestTokenScope,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="InquirePaymentTokenRequest")


@_attrs_define
class InquirePaymentTokenRequest:
    """Whose tokens to list, optionally narrowed. With `paymentMethodType` `CARD`, filter by `cardOrg` and
    leave `targetOrg` out (or empty); for other methods filter by `targetOrg`.

    """

    user_id: str
    """ The merchant's own id of the user whose tokens are listed. """
    token_scope: InquirePaymentTokenRequestTokenScope
    """ Which tokens to list; `tokenAcq` (the usual value) or `tokenMit`. """
    payment_token_id: str | Unset = UNSET
    """ Only this token; without it every token of the user is returned. """
    payment_method_type: str | Unset = UNSET
    """ Only tokens of this payment method type, e.g. `CARD` or `WALLET`. """
    target_org: str | Unset = UNSET
    """ Only tokens of this institution (non-card methods); absent, empty or null for `CARD`. """
    card_org: str | Unset = UNSET
    """ Only cards of this scheme, e.g. `VISA` or `MASTERCARD` (with `paymentMethodType` `CARD`). """
    referral_code: str | Unset = UNSET
    """ Only the token of this binding (PayerMax's unique id of a token binding). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        token_scope = self.token_scope.value

        payment_token_id = self.payment_token_id

        payment_method_type = self.payment_method_type

        target_org = self.target_org

        card_org = self.card_org

        referral_code = self.referral_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "userId": user_id,
                "tokenScope": token_scope,
            }
        )
        if payment_token_id is not UNSET:
            field_dict["paymentTokenID"] = payment_token_id
        if payment_method_type is not UNSET:
            field_dict["paymentMethodType"] = payment_method_type
        if target_org is not UNSET:
            field_dict["targetOrg"] = target_org
        if card_org is not UNSET:
            field_dict["cardOrg"] = card_org
        if referral_code is not UNSET:
            field_dict["referralCode"] = referral_code

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

            _at = "tokenScope"
            token_scope = InquirePaymentTokenRequestTokenScope(d.pop("tokenScope"))

            _at = "paymentTokenID"
            payment_token_id = d.pop("paymentTokenID", UNSET)

            _at = "paymentMethodType"
            payment_method_type = d.pop("paymentMethodType", UNSET)

            _at = "targetOrg"
            target_org = d.pop("targetOrg", UNSET)

            _at = "cardOrg"
            card_org = d.pop("cardOrg", UNSET)

            _at = "referralCode"
            referral_code = d.pop("referralCode", UNSET)

            inquire_payment_token_request = cls(
                user_id=user_id,
                token_scope=token_scope,
                payment_token_id=payment_token_id,
                payment_method_type=payment_method_type,
                target_org=target_org,
                card_org=card_org,
                referral_code=referral_code,
            )

            inquire_payment_token_request.additional_properties = d
        except Exception as exc:
            raise _spec_violation("InquirePaymentTokenRequest", _at, exc) from exc
        return inquire_payment_token_request

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
