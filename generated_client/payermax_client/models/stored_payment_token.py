from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from payermax_signing.errors import spec_violation as _spec_violation

from ..models.payment_token_status import PaymentTokenStatus
from ..models.stored_payment_token_if_cvv import StoredPaymentTokenIfCVV
from ..models.stored_payment_token_token_scope import StoredPaymentTokenTokenScope
from ..types import UNSET, Unset

T = TypeVar("T", bound="StoredPaymentToken")


@_attrs_define
class StoredPaymentToken:
    """One token stored for the user, with what it stands for (masked) and its state."""

    payment_token_id: str
    """ The token. """
    user_id: str
    """ The merchant's id of the user the token belongs to. """
    token_scope: StoredPaymentTokenTokenScope
    """ What the token may be used for; `tokenMit` tokens also allow merchant-initiated payments. """
    payment_token_expiry: str
    """ When the token expires. """
    payment_token_status: PaymentTokenStatus
    """ State of a stored token: `Activated` (usable), `Expired` (past `paymentTokenExpiry`) or `Deleted`
    (removed by `removePaymentToken` or by PayerMax).
     """
    payment_method_type: str
    """ Payment method type of the token, e.g. `CARD` or `ONE_TOUCH`. """
    merchant_initiated: bool | Unset = UNSET
    """ Whether the token may be charged by the merchant without the payer (MIT). """
    card_info: str | Unset = UNSET
    """ Card number masked to its first six and last four digits, e.g. `533333******2222` (card tokens). """
    if_cvv: StoredPaymentTokenIfCVV | Unset = UNSET
    """ `Y` when the payer must enter the CVV again to pay with this card token, `N` when not (the issuer
    may still ask for it). Empty for tokens that are not cards.
     """
    brand: str | Unset = UNSET
    """ Card scheme, e.g. `VISA`; both schemes for co-branded cards. """
    target_org: str | Unset = UNSET
    """ Institution of a non-card token, e.g. `DANA` or `GCASH`; an empty string for cards. """
    account_display: str | Unset = UNSET
    """ Masked account of a non-card token, e.g. `63-9****72123`; an empty string for cards. """
    referral_code: str | Unset = UNSET
    """ PayerMax's unique id of the token binding. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        payment_token_id = self.payment_token_id

        user_id = self.user_id

        token_scope = self.token_scope.value

        payment_token_expiry = self.payment_token_expiry

        payment_token_status = self.payment_token_status.value

        payment_method_type = self.payment_method_type

        merchant_initiated = self.merchant_initiated

        card_info = self.card_info

        if_cvv: str | Unset = UNSET
        if not isinstance(self.if_cvv, Unset):
            if_cvv = self.if_cvv.value

        brand = self.brand

        target_org = self.target_org

        account_display = self.account_display

        referral_code = self.referral_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "paymentTokenID": payment_token_id,
                "userId": user_id,
                "tokenScope": token_scope,
                "paymentTokenExpiry": payment_token_expiry,
                "paymentTokenStatus": payment_token_status,
                "paymentMethodType": payment_method_type,
            }
        )
        if merchant_initiated is not UNSET:
            field_dict["merchantInitiated"] = merchant_initiated
        if card_info is not UNSET:
            field_dict["cardInfo"] = card_info
        if if_cvv is not UNSET:
            field_dict["ifCVV"] = if_cvv
        if brand is not UNSET:
            field_dict["brand"] = brand
        if target_org is not UNSET:
            field_dict["targetOrg"] = target_org
        if account_display is not UNSET:
            field_dict["accountDisplay"] = account_display
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
            _at = "paymentTokenID"
            payment_token_id = d.pop("paymentTokenID")

            _at = "userId"
            user_id = d.pop("userId")

            _at = "tokenScope"
            token_scope = StoredPaymentTokenTokenScope(d.pop("tokenScope"))

            _at = "paymentTokenExpiry"
            payment_token_expiry = d.pop("paymentTokenExpiry")

            _at = "paymentTokenStatus"
            payment_token_status = PaymentTokenStatus(d.pop("paymentTokenStatus"))

            _at = "paymentMethodType"
            payment_method_type = d.pop("paymentMethodType")

            _at = "merchantInitiated"
            merchant_initiated = d.pop("merchantInitiated", UNSET)

            _at = "cardInfo"
            card_info = d.pop("cardInfo", UNSET)

            _at = "ifCVV"
            _if_cvv = d.pop("ifCVV", UNSET)
            if_cvv: StoredPaymentTokenIfCVV | Unset
            if isinstance(_if_cvv, Unset):
                if_cvv = UNSET
            else:
                if_cvv = StoredPaymentTokenIfCVV(_if_cvv)

            _at = "brand"
            brand = d.pop("brand", UNSET)

            _at = "targetOrg"
            target_org = d.pop("targetOrg", UNSET)

            _at = "accountDisplay"
            account_display = d.pop("accountDisplay", UNSET)

            _at = "referralCode"
            referral_code = d.pop("referralCode", UNSET)

            stored_payment_token = cls(
                payment_token_id=payment_token_id,
                user_id=user_id,
                token_scope=token_scope,
                payment_token_expiry=payment_token_expiry,
                payment_token_status=payment_token_status,
                payment_method_type=payment_method_type,
                merchant_initiated=merchant_initiated,
                card_info=card_info,
                if_cvv=if_cvv,
                brand=brand,
                target_org=target_org,
                account_display=account_display,
                referral_code=referral_code,
            )

            stored_payment_token.additional_properties = d
        except Exception as exc:
            raise _spec_violation("StoredPaymentToken", _at, exc) from exc
        return stored_payment_token

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
