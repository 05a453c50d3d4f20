from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from payermax_signing.errors import spec_violation as _spec_violation

from ..models.authorization_type import AuthorizationType
from ..models.capture_mode import CaptureMode
from ..models.dropin_component import DropinComponent
from ..models.mit_type import MitType
from ..money import decimal_from_json, decimal_to_json
from ..types import UNSET, Unset

T = TypeVar("T", bound="ApplyDropinSessionRequest")


@_attrs_define
class ApplyDropinSessionRequest:
    """The checkout the session is for. `totalAmount` is optional; when given it must be above zero, except
    that `0` is allowed together with `mitType` (a session that only stores a card for later charges).

    """

    currency: str
    """ Currency of the payment. """
    country: str
    """ Country of the payment; must match the payment method's country. """
    user_id: str
    """ The merchant's own unique id of the payer; saved payment methods are offered by it. """
    total_amount: Decimal | Unset = UNSET
    """ Amount of the payment, in major units of `currency`. """
    mit_type: MitType | Unset = UNSET
    """ Kind of merchant-initiated payment: `SCHEDULED` (fixed plan) or `UNSCHEDULED`. """
    referral_code: str | Unset = UNSET
    """ A device id or fingerprint that helps PayerMax recommend payment methods. """
    token_for_future_use: bool | Unset = False
    """ `true` to let the payer store the card for later payments (the component shows the agreement); default
    `false`. """
    component_list: list[DropinComponent] | Unset = UNSET
    """ Which components the page will show; every available one when absent. """
    capture_mode: CaptureMode | Unset = UNSET
    """ How the money of a card payment is taken: `MANUAL` makes the order an authorisation that only holds
    the money until `capture` (or `cancel`). Without it the payment is an ordinary sale.
     """
    authorization_type: AuthorizationType | Unset = UNSET
    """ Kind of authorisation: `FINAL_AUTH`, a hold for the final amount (the only documented kind). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        currency = self.currency

        country = self.country

        user_id = self.user_id

        total_amount: str | Unset = UNSET
        if not isinstance(self.total_amount, Unset):
            total_amount = decimal_to_json(self.total_amount)

        mit_type: str | Unset = UNSET
        if not isinstance(self.mit_type, Unset):
            mit_type = self.mit_type.value

        referral_code = self.referral_code

        token_for_future_use = self.token_for_future_use

        component_list: list[str] | Unset = UNSET
        if not isinstance(self.component_list, Unset):
            component_list = []
            for component_list_item_data in self.component_list:
                component_list_item = component_list_item_data.value
                component_list.append(component_list_item)

        capture_mode: str | Unset = UNSET
        if not isinstance(self.capture_mode, Unset):
            capture_mode = self.capture_mode.value

        authorization_type: str | Unset = UNSET
        if not isinstance(self.authorization_type, Unset):
            authorization_type = self.authorization_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "currency": currency,
                "country": country,
                "userId": user_id,
            }
        )
        if total_amount is not UNSET:
            field_dict["totalAmount"] = total_amount
        if mit_type is not UNSET:
            field_dict["mitType"] = mit_type
        if referral_code is not UNSET:
            field_dict["referralCode"] = referral_code
        if token_for_future_use is not UNSET:
            field_dict["tokenForFutureUse"] = token_for_future_use
        if component_list is not UNSET:
            field_dict["componentList"] = component_list
        if capture_mode is not UNSET:
            field_dict["captureMode"] = capture_mode
        if authorization_type is not UNSET:
            field_dict["authorizationType"] = authorization_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # A message that breaks the spec raises SpecViolationError naming the member (`_at`), never its value.
        _at = ""
        try:
            # PayerMax may write `null` for a member it has no value for: treat it as absent.
            d = {key: value for key, value in src_dict.items() if value is not None}
            _at = "currency"
            currency = d.pop("currency")

            _at = "country"
            country = d.pop("country")

            _at = "userId"
            user_id = d.pop("userId")

            _at = "totalAmount"
            _total_amount = d.pop("totalAmount", UNSET)
            total_amount: Decimal | Unset
            if isinstance(_total_amount, Unset):
                total_amount = UNSET
            else:
                total_amount = decimal_from_json(_total_amount)

            _at = "mitType"
            _mit_type = d.pop("mitType", UNSET)
            mit_type: MitType | Unset
            if isinstance(_mit_type, Unset):
                mit_type = UNSET
            else:
                mit_type = MitType(_mit_type)

            _at = "referralCode"
            referral_code = d.pop("referralCode", UNSET)

            _at = "tokenForFutureUse"
            token_for_future_use = d.pop("tokenForFutureUse", UNSET)

            _at = "componentList"
            _component_list = d.pop("componentList", UNSET)
            component_list: list[DropinComponent] | Unset = UNSET
            if _component_list is not UNSET:
                component_list = []
                for component_list_item_data in _component_list:
                    component_list_item = DropinComponent(component_list_item_data)

                    component_list.append(component_list_item)

            _at = "captureMode"
            _capture_mode = d.pop("captureMode", UNSET)
            capture_mode: CaptureMode | Unset
            if isinstance(_capture_mode, Unset):
                capture_mode = UNSET
            else:
                capture_mode = CaptureMode(_capture_mode)

            _at = "authorizationType"
            _authorization_type = d.pop("authorizationType", UNSET)
            authorization_type: AuthorizationType | Unset
            if isinstance(_authorization_type, Unset):
                authorization_type = UNSET
            else:
                authorization_type = AuthorizationType(_authorization_type)

            apply_dropin_session_request = cls(
                currency=currency,
                country=country,
                user_id=user_id,
                total_amount=total_amount,
                mit_type=mit_type,
                referral_code=referral_code,
                token_for_future_use=token_for_future_use,
                component_list=component_list,
                capture_mode=capture_mode,
                authorization_type=authorization_type,
            )

            apply_dropin_session_request.additional_properties = d
        except Exception as exc:
            raise _spec_violation("ApplyDropinSessionRequest", _at, exc) from exc
        return apply_dropin_session_request

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
