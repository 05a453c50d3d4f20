from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from payermax_signing.errors import spec_violation as _spec_violation

from ..models.payment_token_status import PaymentTokenStatus
from ..models.tokenization_notification_data_if_cvv import (
    TokenizationNotificationDataIfCVV,
)
from ..models.tokenization_notification_data_status import (
    TokenizationNotificationDataStatus,
)
from ..models.tokenization_notification_data_token_scope import (
    TokenizationNotificationDataTokenScope,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="TokenizationNotificationData")


@_attrs_define
class TokenizationNotificationData:
    """The token that was created or changed. `outTradeNo` is only set in the first notification of a token
    bound during a payment; `requestId` only for tokens applied for with `applyPaymentToken`.

    """

    user_id: str
    """ The merchant's id of the user the token belongs to. """
    payment_token_id: str
    """ The token. """
    token_scope: TokenizationNotificationDataTokenScope
    """ What the token may be used for. """
    payment_token_expiry: str
    """ When the token expires. """
    payment_token_status: PaymentTokenStatus
    """ State of a stored token: `Activated` (usable), `Expired` (past `paymentTokenExpiry`) or `Deleted`
    (removed by `removePaymentToken` or by PayerMax).
     """
    payment_method_type: str
    """ Payment method type of the token, e.g. `CARD` or `ONE_TOUCH`. """
    country: str
    """ Country of the token. """
    card_info: str | Unset = UNSET
    """ Card number masked to its first six and last four digits (card tokens); empty otherwise. """
    if_cvv: TokenizationNotificationDataIfCVV | Unset = UNSET
    """ `Y` when the payer must enter the CVV again to pay with this card token, `N` when not (the issuer
    may still ask for it). Empty for tokens that are not cards.
     """
    brand: str | Unset = UNSET
    """ Card scheme, e.g. `VISA`; both schemes for co-branded cards; empty for non-card tokens. """
    out_trade_no: str | Unset = UNSET
    """ The merchant's order number of the payment that bound the token. Only in the notification sent
    after that first payment succeeded; empty in later state-change notifications.
     """
    target_org: str | Unset = UNSET
    """ Institution of a non-card token, e.g. `DANA` or `GCASH`; an empty string for cards. """
    account_display: str | Unset = UNSET
    """ Masked account of a non-card token, e.g. `63-9****72123`; an empty string for cards. """
    request_id: str | Unset = UNSET
    """ The merchant's `applyPaymentToken` request number (sent by the current notification version only). """
    support_mit: bool | Unset = UNSET
    """ Whether the token can be used for merchant-initiated payments (current notification version). """
    status: TokenizationNotificationDataStatus | Unset = UNSET
    """ Outcome of the token application (current notification version). """
    referral_code: str | Unset = UNSET
    """ PayerMax's unique id of the token binding. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        payment_token_id = self.payment_token_id

        token_scope = self.token_scope.value

        payment_token_expiry = self.payment_token_expiry

        payment_token_status = self.payment_token_status.value

        payment_method_type = self.payment_method_type

        country = self.country

        card_info = self.card_info

        if_cvv: str | Unset = UNSET
        if not isinstance(self.if_cvv, Unset):
            if_cvv = self.if_cvv.value

        brand = self.brand

        out_trade_no = self.out_trade_no

        target_org = self.target_org

        account_display = self.account_display

        request_id = self.request_id

        support_mit = self.support_mit

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        referral_code = self.referral_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "userId": user_id,
                "paymentTokenID": payment_token_id,
                "tokenScope": token_scope,
                "paymentTokenExpiry": payment_token_expiry,
                "paymentTokenStatus": payment_token_status,
                "paymentMethodType": payment_method_type,
                "country": country,
            }
        )
        if card_info is not UNSET:
            field_dict["cardInfo"] = card_info
        if if_cvv is not UNSET:
            field_dict["ifCVV"] = if_cvv
        if brand is not UNSET:
            field_dict["brand"] = brand
        if out_trade_no is not UNSET:
            field_dict["outTradeNo"] = out_trade_no
        if target_org is not UNSET:
            field_dict["targetOrg"] = target_org
        if account_display is not UNSET:
            field_dict["accountDisplay"] = account_display
        if request_id is not UNSET:
            field_dict["requestId"] = request_id
        if support_mit is not UNSET:
            field_dict["supportMIT"] = support_mit
        if status is not UNSET:
            field_dict["status"] = status
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

            _at = "paymentTokenID"
            payment_token_id = d.pop("paymentTokenID")

            _at = "tokenScope"
            token_scope = TokenizationNotificationDataTokenScope(d.pop("tokenScope"))

            _at = "paymentTokenExpiry"
            payment_token_expiry = d.pop("paymentTokenExpiry")

            _at = "paymentTokenStatus"
            payment_token_status = PaymentTokenStatus(d.pop("paymentTokenStatus"))

            _at = "paymentMethodType"
            payment_method_type = d.pop("paymentMethodType")

            _at = "country"
            country = d.pop("country")

            _at = "cardInfo"
            card_info = d.pop("cardInfo", UNSET)

            _at = "ifCVV"
            _if_cvv = d.pop("ifCVV", UNSET)
            if_cvv: TokenizationNotificationDataIfCVV | Unset
            if isinstance(_if_cvv, Unset):
                if_cvv = UNSET
            else:
                if_cvv = TokenizationNotificationDataIfCVV(_if_cvv)

            _at = "brand"
            brand = d.pop("brand", UNSET)

            _at = "outTradeNo"
            out_trade_no = d.pop("outTradeNo", UNSET)

            _at = "targetOrg"
            target_org = d.pop("targetOrg", UNSET)

            _at = "accountDisplay"
            account_display = d.pop("accountDisplay", UNSET)

            _at = "requestId"
            request_id = d.pop("requestId", UNSET)

            _at = "supportMIT"
            support_mit = d.pop("supportMIT", UNSET)

            _at = "status"
            _status = d.pop("status", UNSET)
            status: TokenizationNotificationDataStatus | Unset
            if isinstance(_status, Unset):
                status = UNSET
            else:
                status = TokenizationNotificationDataStatus(_status)

            _at = "referralCode"
            referral_code = d.pop("referralCode", UNSET)

            tokenization_notification_data = cls(
                user_id=user_id,
                payment_token_id=payment_token_id,
                token_scope=token_scope,
                payment_token_expiry=payment_token_expiry,
                payment_token_status=payment_token_status,
                payment_method_type=payment_method_type,
                country=country,
                card_info=card_info,
                if_cvv=if_cvv,
                brand=brand,
                out_trade_no=out_trade_no,
                target_org=target_org,
                account_display=account_display,
                request_id=request_id,
                support_mit=support_mit,
                status=status,
                referral_code=referral_code,
            )

            tokenization_notification_data.additional_properties = d
        except Exception as exc:
            raise _spec_violation("TokenizationNotificationData", _at, exc) from exc
        return tokenization_notification_data

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
