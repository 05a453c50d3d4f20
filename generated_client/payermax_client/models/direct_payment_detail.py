from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from payermax_signing.errors import spec_violation as _spec_violation

from ..models.mit_type import MitType
from ..types import UNSET, Unset

T = TypeVar("T", bound="DirectPaymentDetail")


@_attrs_define
class DirectPaymentDetail:
    """How the payer pays. For `CARD` give `cardInfo` (PCI-DSS merchants) or a stored card's
    `paymentTokenID`; for `APPLEPAY` give `applePayPaymentData`, for `GOOGLEPAY` `googlePayDetails`;
    every other method needs `targetOrg`.

    """

    payment_method_type: str
    """ Payment method type, e.g. `CARD`, `APPLEPAY`, `GOOGLEPAY`, `WALLET`, `BANK_TRANSFER`, `PAY_LATER`. """
    buyer_info: BuyerInfo
    """ The payer, as the merchant knows them. `clientIp` and `userAgent` are always required. """
    target_org: str | Unset = UNSET
    """ Institution to pay with, e.g. `GOPAY` or `BCA`; required for every method but cards. """
    pay_account_info: list[PayAccountInfo] | Unset = UNSET
    """ The payer's account at the institution, for the methods that need it. """
    card_info: CardDetails | Unset = UNSET
    """ Full card details, sent only by PCI-DSS certified merchants in Direct_Payment. Never logged or shown
    by this SDK: the number, holder name and CVV are hidden from reprs.
     """
    payment_token_id: str | Unset = UNSET
    """ Stored payment method (from an earlier payment with `tokenForFutureUse`) to charge instead of sending card
    data. """
    token_for_future_use: bool | Unset = UNSET
    """ `true` when the payer agreed to store the payment method; the result then carries a `paymentTokenID`.
    Default `false`. """
    merchant_initiated: bool | Unset = UNSET
    """ `true` for a merchant-initiated transaction (MIT); default `false`. """
    mit_type: MitType | Unset = UNSET
    """ Kind of merchant-initiated payment: `SCHEDULED` (fixed plan) or `UNSCHEDULED`. """
    info_3d_secure: External3DSInfo | Unset = UNSET
    """ Result of a 3-D Secure authentication the merchant ran with another provider; sent with
    `cardInfo.dynamic3DS` `ext3DS`. Must be enabled by PayerMax support first.
     """
    apple_pay_payment_data: ApplePayPaymentData | Unset = UNSET
    """ The decrypted Apple Pay payment token; required when `paymentMethodType` is `APPLEPAY`. """
    google_pay_details: GooglePayDetails | Unset = UNSET
    """ The decrypted Google Pay payment method details; required when `paymentMethodType` is `GOOGLEPAY`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        payment_method_type = self.payment_method_type

        buyer_info = self.buyer_info.to_dict()

        target_org = self.target_org

        pay_account_info: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.pay_account_info, Unset):
            pay_account_info = []
            for pay_account_info_item_data in self.pay_account_info:
                pay_account_info_item = pay_account_info_item_data.to_dict()
                pay_account_info.append(pay_account_info_item)

        card_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.card_info, Unset):
            card_info = self.card_info.to_dict()

        payment_token_id = self.payment_token_id

        token_for_future_use = self.token_for_future_use

        merchant_initiated = self.merchant_initiated

        mit_type: str | Unset = UNSET
        if not isinstance(self.mit_type, Unset):
            mit_type = self.mit_type.value

        info_3d_secure: dict[str, Any] | Unset = UNSET
        if not isinstance(self.info_3d_secure, Unset):
            info_3d_secure = self.info_3d_secure.to_dict()

        apple_pay_payment_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.apple_pay_payment_data, Unset):
            apple_pay_payment_data = self.apple_pay_payment_data.to_dict()

        google_pay_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.google_pay_details, Unset):
            google_pay_details = self.google_pay_details.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "paymentMethodType": payment_method_type,
                "buyerInfo": buyer_info,
            }
        )
        if target_org is not UNSET:
            field_dict["targetOrg"] = target_org
        if pay_account_info is not UNSET:
            field_dict["payAccountInfo"] = pay_account_info
        if card_info is not UNSET:
            field_dict["cardInfo"] = card_info
        if payment_token_id is not UNSET:
            field_dict["paymentTokenID"] = payment_token_id
        if token_for_future_use is not UNSET:
            field_dict["tokenForFutureUse"] = token_for_future_use
        if merchant_initiated is not UNSET:
            field_dict["merchantInitiated"] = merchant_initiated
        if mit_type is not UNSET:
            field_dict["mitType"] = mit_type
        if info_3d_secure is not UNSET:
            field_dict["info3DSecure"] = info_3d_secure
        if apple_pay_payment_data is not UNSET:
            field_dict["applePayPaymentData"] = apple_pay_payment_data
        if google_pay_details is not UNSET:
            field_dict["googlePayDetails"] = google_pay_details

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # A message that breaks the spec raises SpecViolationError naming the member (`_at`), never its value.
        _at = ""
        try:
            # PayerMax may write `null` for a member it has no value for: treat it as absent.
            d = {key: value for key, value in src_dict.items() if value is not None}
            _at = "paymentMethodType"
            payment_method_type = d.pop("paymentMethodType")

            _at = "buyerInfo"
            buyer_info = BuyerInfo.from_dict(d.pop("buyerInfo"))

            _at = "targetOrg"
            target_org = d.pop("targetOrg", UNSET)

            _at = "payAccountInfo"
            _pay_account_info = d.pop("payAccountInfo", UNSET)
            pay_account_info: list[PayAccountInfo] | Unset = UNSET
            if _pay_account_info is not UNSET:
                pay_account_info = []
                for pay_account_info_item_data in _pay_account_info:
                    pay_account_info_item = PayAccountInfo.from_dict(pay_account_info_item_data)

                    pay_account_info.append(pay_account_info_item)

            _at = "cardInfo"
            _card_info = d.pop("cardInfo", UNSET)
            card_info: CardDetails | Unset
            if isinstance(_card_info, Unset):
                card_info = UNSET
            else:
                card_info = CardDetails.from_dict(_card_info)

            _at = "paymentTokenID"
            payment_token_id = d.pop("paymentTokenID", UNSET)

            _at = "tokenForFutureUse"
            token_for_future_use = d.pop("tokenForFutureUse", UNSET)

            _at = "merchantInitiated"
            merchant_initiated = d.pop("merchantInitiated", UNSET)

            _at = "mitType"
            _mit_type = d.pop("mitType", UNSET)
            mit_type: MitType | Unset
            if isinstance(_mit_type, Unset):
                mit_type = UNSET
            else:
                mit_type = MitType(_mit_type)

            _at = "info3DSecure"
            _info_3d_secure = d.pop("info3DSecure", UNSET)
            info_3d_secure: External3DSInfo | Unset
            if isinstance(_info_3d_secure, Unset):
                info_3d_secure = UNSET
            else:
                info_3d_secure = External3DSInfo.from_dict(_info_3d_secure)

            _at = "applePayPaymentData"
            _apple_pay_payment_data = d.pop("applePayPaymentData", UNSET)
            apple_pay_payment_data: ApplePayPaymentData | Unset
            if isinstance(_apple_pay_payment_data, Unset):
                apple_pay_payment_data = UNSET
            else:
                apple_pay_payment_data = ApplePayPaymentData.from_dict(_apple_pay_payment_data)

            _at = "googlePayDetails"
            _google_pay_details = d.pop("googlePayDetails", UNSET)
            google_pay_details: GooglePayDetails | Unset
            if isinstance(_google_pay_details, Unset):
                google_pay_details = UNSET
            else:
                google_pay_details = GooglePayDetails.from_dict(_google_pay_details)

            direct_payment_detail = cls(
                payment_method_type=payment_method_type,
                buyer_info=buyer_info,
                target_org=target_org,
                pay_account_info=pay_account_info,
                card_info=card_info,
                payment_token_id=payment_token_id,
                token_for_future_use=token_for_future_use,
                merchant_initiated=merchant_initiated,
                mit_type=mit_type,
                info_3d_secure=info_3d_secure,
                apple_pay_payment_data=apple_pay_payment_data,
                google_pay_details=google_pay_details,
            )

            direct_payment_detail.additional_properties = d
        except Exception as exc:
            raise _spec_violation("DirectPaymentDetail", _at, exc) from exc
        return direct_payment_detail

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


# The models this one refers to, imported after its class: models may refer to each other, which imports at the
# top of both cannot do, and names at module level cost its methods nothing per call (an import inside a method
# runs on every call).
from ..models.apple_pay_payment_data import ApplePayPaymentData  # noqa: E402
from ..models.buyer_info import BuyerInfo  # noqa: E402
from ..models.card_details import CardDetails  # noqa: E402
from ..models.external_3ds_info import External3DSInfo  # noqa: E402
from ..models.google_pay_details import GooglePayDetails  # noqa: E402
from ..models.pay_account_info import PayAccountInfo  # noqa: E402
