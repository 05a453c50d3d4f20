from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from payermax_signing.errors import spec_violation as _spec_violation

from ..models.mit_type import MitType
from ..types import UNSET, Unset

T = TypeVar("T", bound="HostedCheckoutPaymentDetail")


@_attrs_define
class HostedCheckoutPaymentDetail:
    """Optional narrowing of the hosted cashier: a payment method type alone shows every institution of that
    type; a type plus `targetOrg` goes straight to that institution.

    """

    payment_token_id: str | Unset = UNSET
    """ Stored payment method to charge; required for token payments and merchant-initiated follow-up payments. """
    payment_method_type: str | Unset = UNSET
    """ Payment method type to offer, e.g. `CARD`, `WALLET`, `PAY_LATER`; empty offers every available method. """
    target_org: str | Unset = UNSET
    """ Institution to use, e.g. `KLARNA`; requires `paymentMethodType`. """
    allowed_card_org: list[str] | Unset = UNSET
    """ Card schemes the cashier may accept, e.g. `VISA`. """
    pay_account_info: list[PayAccountInfo] | Unset = UNSET
    """ The payer's account at the chosen institution, where the method accepts it (needs `paymentMethodType` and
    `targetOrg`). """
    token_for_future_use: bool | Unset = UNSET
    """ `true` when the payer agreed to store the payment method for later payments; default `false`. """
    merchant_initiated: bool | Unset = UNSET
    """ `true` for a merchant-initiated transaction (MIT); default `false`. """
    mit_type: MitType | Unset = UNSET
    """ Kind of merchant-initiated payment: `SCHEDULED` (fixed plan) or `UNSCHEDULED`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        payment_token_id = self.payment_token_id

        payment_method_type = self.payment_method_type

        target_org = self.target_org

        allowed_card_org: list[str] | Unset = UNSET
        if not isinstance(self.allowed_card_org, Unset):
            allowed_card_org = self.allowed_card_org

        pay_account_info: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.pay_account_info, Unset):
            pay_account_info = []
            for pay_account_info_item_data in self.pay_account_info:
                pay_account_info_item = pay_account_info_item_data.to_dict()
                pay_account_info.append(pay_account_info_item)

        token_for_future_use = self.token_for_future_use

        merchant_initiated = self.merchant_initiated

        mit_type: str | Unset = UNSET
        if not isinstance(self.mit_type, Unset):
            mit_type = self.mit_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if payment_token_id is not UNSET:
            field_dict["paymentTokenID"] = payment_token_id
        if payment_method_type is not UNSET:
            field_dict["paymentMethodType"] = payment_method_type
        if target_org is not UNSET:
            field_dict["targetOrg"] = target_org
        if allowed_card_org is not UNSET:
            field_dict["allowedCardOrg"] = allowed_card_org
        if pay_account_info is not UNSET:
            field_dict["payAccountInfo"] = pay_account_info
        if token_for_future_use is not UNSET:
            field_dict["tokenForFutureUse"] = token_for_future_use
        if merchant_initiated is not UNSET:
            field_dict["merchantInitiated"] = merchant_initiated
        if mit_type is not UNSET:
            field_dict["mitType"] = mit_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # A message that breaks the spec raises SpecViolationError naming the member (`_at`), never its value.
        _at = ""
        try:
            # PayerMax may write `null` for a member it has no value for: treat it as absent.
            d = {key: value for key, value in src_dict.items() if value is not None}
            _at = "paymentTokenID"
            payment_token_id = d.pop("paymentTokenID", UNSET)

            _at = "paymentMethodType"
            payment_method_type = d.pop("paymentMethodType", UNSET)

            _at = "targetOrg"
            target_org = d.pop("targetOrg", UNSET)

            _at = "allowedCardOrg"
            allowed_card_org = cast(list[str], d.pop("allowedCardOrg", UNSET))

            _at = "payAccountInfo"
            _pay_account_info = d.pop("payAccountInfo", UNSET)
            pay_account_info: list[PayAccountInfo] | Unset = UNSET
            if _pay_account_info is not UNSET:
                pay_account_info = []
                for pay_account_info_item_data in _pay_account_info:
                    pay_account_info_item = PayAccountInfo.from_dict(pay_account_info_item_data)

                    pay_account_info.append(pay_account_info_item)

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

            hosted_checkout_payment_detail = cls(
                payment_token_id=payment_token_id,
                payment_method_type=payment_method_type,
                target_org=target_org,
                allowed_card_org=allowed_card_org,
                pay_account_info=pay_account_info,
                token_for_future_use=token_for_future_use,
                merchant_initiated=merchant_initiated,
                mit_type=mit_type,
            )

            hosted_checkout_payment_detail.additional_properties = d
        except Exception as exc:
            raise _spec_violation("HostedCheckoutPaymentDetail", _at, exc) from exc
        return hosted_checkout_payment_detail

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
from ..models.pay_account_info import PayAccountInfo  # noqa: E402
