from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from payermax_signing.errors import spec_violation as _spec_violation

from ..money import decimal_from_json, decimal_to_json
from ..types import UNSET, Unset

T = TypeVar("T", bound="PaymentDetailResult")


@_attrs_define
class PaymentDetailResult:
    """How the payer paid. Only filled once a payment succeeded."""

    payment_method_type: str | Unset = UNSET
    """ Payment method type the payer chose, e.g. `CARD` or `WALLET`. """
    target_org: str | Unset = UNSET
    """ Institution the payer chose (wallet, bank...); absent for cards, see `cardInfo`. """
    card_info: CardResult | Unset = UNSET
    """ The card used for a payment, as PayerMax reports it (numbers and names masked). """
    payment_token_id: str | Unset = UNSET
    """ Token of the payment method, when the payment stored or used one. """
    exchange_rate: str | Unset = UNSET
    """ Rate used to convert the order currency into the pay currency, as a decimal string. """
    pay_currency: str | Unset = UNSET
    """ Currency the payer paid in. """
    pay_amount: Decimal | Unset = UNSET
    """ Amount the payer paid, in `payCurrency`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        payment_method_type = self.payment_method_type

        target_org = self.target_org

        card_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.card_info, Unset):
            card_info = self.card_info.to_dict()

        payment_token_id = self.payment_token_id

        exchange_rate = self.exchange_rate

        pay_currency = self.pay_currency

        pay_amount: str | Unset = UNSET
        if not isinstance(self.pay_amount, Unset):
            pay_amount = decimal_to_json(self.pay_amount)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if payment_method_type is not UNSET:
            field_dict["paymentMethodType"] = payment_method_type
        if target_org is not UNSET:
            field_dict["targetOrg"] = target_org
        if card_info is not UNSET:
            field_dict["cardInfo"] = card_info
        if payment_token_id is not UNSET:
            field_dict["paymentTokenID"] = payment_token_id
        if exchange_rate is not UNSET:
            field_dict["exchangeRate"] = exchange_rate
        if pay_currency is not UNSET:
            field_dict["payCurrency"] = pay_currency
        if pay_amount is not UNSET:
            field_dict["payAmount"] = pay_amount

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # A message that breaks the spec raises SpecViolationError naming the member (`_at`), never its value.
        _at = ""
        try:
            # PayerMax may write `null` for a member it has no value for: treat it as absent.
            d = {key: value for key, value in src_dict.items() if value is not None}
            _at = "paymentMethodType"
            payment_method_type = d.pop("paymentMethodType", UNSET)

            _at = "targetOrg"
            target_org = d.pop("targetOrg", UNSET)

            _at = "cardInfo"
            _card_info = d.pop("cardInfo", UNSET)
            card_info: CardResult | Unset
            if isinstance(_card_info, Unset):
                card_info = UNSET
            else:
                card_info = CardResult.from_dict(_card_info)

            _at = "paymentTokenID"
            payment_token_id = d.pop("paymentTokenID", UNSET)

            _at = "exchangeRate"
            exchange_rate = d.pop("exchangeRate", UNSET)

            _at = "payCurrency"
            pay_currency = d.pop("payCurrency", UNSET)

            _at = "payAmount"
            _pay_amount = d.pop("payAmount", UNSET)
            pay_amount: Decimal | Unset
            if isinstance(_pay_amount, Unset):
                pay_amount = UNSET
            else:
                pay_amount = decimal_from_json(_pay_amount)

            payment_detail_result = cls(
                payment_method_type=payment_method_type,
                target_org=target_org,
                card_info=card_info,
                payment_token_id=payment_token_id,
                exchange_rate=exchange_rate,
                pay_currency=pay_currency,
                pay_amount=pay_amount,
            )

            payment_detail_result.additional_properties = d
        except Exception as exc:
            raise _spec_violation("PaymentDetailResult", _at, exc) from exc
        return payment_detail_result

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
from ..models.card_result import CardResult  # noqa: E402
