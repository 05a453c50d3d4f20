from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from payermax_signing.errors import spec_violation as _spec_violation

from ..models.apply_payment_token_request_payment_method_type import (
    ApplyPaymentTokenRequestPaymentMethodType,
)
from ..models.apply_payment_token_request_token_scope import (
    ApplyPaymentTokenRequestTokenScope,
)
from ..models.payment_token_mit_type import PaymentTokenMitType
from ..types import UNSET, Unset

T = TypeVar("T", bound="ApplyPaymentTokenRequest")


@_attrs_define
class ApplyPaymentTokenRequest:
    """What to bind and for whom. `cardInfo` is required when `paymentMethodType` is `CARD`; `targetOrg` must
    be `YUSHANBANK` when it is `BANKTRANSFER`.

    """

    request_id: str
    """ The merchant's own number for this token application; unique per merchant, never reused. """
    country: str
    """ Country of the payer, upper case. """
    payment_method_type: ApplyPaymentTokenRequestPaymentMethodType
    """ Kind of payment method to store. """
    user_id: str
    """ The merchant's own, unique id of the user the token will belong to. """
    front_callback_url: str
    """ Where the payer is sent back once the binding is complete: an http(s) address or a scheme URL of
    the merchant's app.
     """
    token_scope: ApplyPaymentTokenRequestTokenScope
    """ Always `tokenAcq`. """
    target_org: str | Unset = UNSET
    """ Target institution; `YUSHANBANK` when `paymentMethodType` is `BANKTRANSFER`, otherwise absent or null. """
    mit_type: PaymentTokenMitType | Unset = UNSET
    """ Kind of merchant-initiated (MIT) payments the token will be used for: `SCHEDULE` for payments on a
    fixed schedule (subscriptions, instalments), `UNSCHEDULE` for payments at irregular times. This is
    how the applyPaymentToken page spells them; orderAndPay spells the same idea `SCHEDULED` /
    `UNSCHEDULED`.
     """
    card_info: PaymentTokenCard | Unset = UNSET
    """ The card to bind, sent only by PCI-DSS certified merchants. The number, the holder name and the CVV
    are secrets: never log them (the SDK hides them from reprs).
     """
    env_info: EnvInfo | Unset = UNSET
    """ The payer's device, as far as the merchant knows it. """
    risk_params: RiskParams | Unset = UNSET
    """ Free-form risk data the merchant shares with PayerMax's risk engine (registration name and time,
    country of residence, payer account and so on). Optional unless custom risk rules are agreed.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        request_id = self.request_id

        country = self.country

        payment_method_type = self.payment_method_type.value

        user_id = self.user_id

        front_callback_url = self.front_callback_url

        token_scope = self.token_scope.value

        target_org = self.target_org

        mit_type: str | Unset = UNSET
        if not isinstance(self.mit_type, Unset):
            mit_type = self.mit_type.value

        card_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.card_info, Unset):
            card_info = self.card_info.to_dict()

        env_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.env_info, Unset):
            env_info = self.env_info.to_dict()

        risk_params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.risk_params, Unset):
            risk_params = self.risk_params.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "requestId": request_id,
                "country": country,
                "paymentMethodType": payment_method_type,
                "userId": user_id,
                "frontCallbackUrl": front_callback_url,
                "tokenScope": token_scope,
            }
        )
        if target_org is not UNSET:
            field_dict["targetOrg"] = target_org
        if mit_type is not UNSET:
            field_dict["mitType"] = mit_type
        if card_info is not UNSET:
            field_dict["cardInfo"] = card_info
        if env_info is not UNSET:
            field_dict["envInfo"] = env_info
        if risk_params is not UNSET:
            field_dict["riskParams"] = risk_params

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

            _at = "country"
            country = d.pop("country")

            _at = "paymentMethodType"
            payment_method_type = ApplyPaymentTokenRequestPaymentMethodType(d.pop("paymentMethodType"))

            _at = "userId"
            user_id = d.pop("userId")

            _at = "frontCallbackUrl"
            front_callback_url = d.pop("frontCallbackUrl")

            _at = "tokenScope"
            token_scope = ApplyPaymentTokenRequestTokenScope(d.pop("tokenScope"))

            _at = "targetOrg"
            target_org = d.pop("targetOrg", UNSET)

            _at = "mitType"
            _mit_type = d.pop("mitType", UNSET)
            mit_type: PaymentTokenMitType | Unset
            if isinstance(_mit_type, Unset):
                mit_type = UNSET
            else:
                mit_type = PaymentTokenMitType(_mit_type)

            _at = "cardInfo"
            _card_info = d.pop("cardInfo", UNSET)
            card_info: PaymentTokenCard | Unset
            if isinstance(_card_info, Unset):
                card_info = UNSET
            else:
                card_info = PaymentTokenCard.from_dict(_card_info)

            _at = "envInfo"
            _env_info = d.pop("envInfo", UNSET)
            env_info: EnvInfo | Unset
            if isinstance(_env_info, Unset):
                env_info = UNSET
            else:
                env_info = EnvInfo.from_dict(_env_info)

            _at = "riskParams"
            _risk_params = d.pop("riskParams", UNSET)
            risk_params: RiskParams | Unset
            if isinstance(_risk_params, Unset):
                risk_params = UNSET
            else:
                risk_params = RiskParams.from_dict(_risk_params)

            apply_payment_token_request = cls(
                request_id=request_id,
                country=country,
                payment_method_type=payment_method_type,
                user_id=user_id,
                front_callback_url=front_callback_url,
                token_scope=token_scope,
                target_org=target_org,
                mit_type=mit_type,
                card_info=card_info,
                env_info=env_info,
                risk_params=risk_params,
            )

            apply_payment_token_request.additional_properties = d
        except Exception as exc:
            raise _spec_violation("ApplyPaymentTokenRequest", _at, exc) from exc
        return apply_payment_token_request

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
from ..models.env_info import EnvInfo  # noqa: E402
from ..models.payment_token_card import PaymentTokenCard  # noqa: E402
from ..models.risk_params import RiskParams  # noqa: E402
