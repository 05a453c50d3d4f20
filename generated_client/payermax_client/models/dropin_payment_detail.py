from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from payermax_signing.errors import spec_violation as _spec_violation

from ..models.mit_type import MitType
from ..types import UNSET, Unset

T = TypeVar("T", bound="DropinPaymentDetail")


@_attrs_define
class DropinPaymentDetail:
    """How the payer pays with the Drop-in component: the one-time `paymentToken` the component produced and
    the `sessionKey` of its session. The token serves this one payment; to charge the card again later
    use the `paymentTokenID` that a stored card gets (`DirectPaymentDetail`).

    """

    payment_token: str
    """ One-time token the component returned for the payer's card, Apple Pay or Google Pay. """
    session_key: str
    """ `sessionKey` of the `applyDropinSession` the component was created with. """
    buyer_info: BuyerInfo
    """ The payer, as the merchant knows them. `clientIp` and `userAgent` are always required. """
    token_for_future_use: bool | Unset = UNSET
    """ `true` to store the card when the payer accepted the agreement in the component (the session must
    have been opened with `tokenForFutureUse`); the result then carries a `paymentTokenID`. Default `false`.
     """
    merchant_initiated: bool | Unset = UNSET
    """ `true` for a merchant-initiated transaction (MIT); default `false`. """
    mit_type: MitType | Unset = UNSET
    """ Kind of merchant-initiated payment: `SCHEDULED` (fixed plan) or `UNSCHEDULED`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        payment_token = self.payment_token

        session_key = self.session_key

        buyer_info = self.buyer_info.to_dict()

        token_for_future_use = self.token_for_future_use

        merchant_initiated = self.merchant_initiated

        mit_type: str | Unset = UNSET
        if not isinstance(self.mit_type, Unset):
            mit_type = self.mit_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "paymentToken": payment_token,
                "sessionKey": session_key,
                "buyerInfo": buyer_info,
            }
        )
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
            _at = "paymentToken"
            payment_token = d.pop("paymentToken")

            _at = "sessionKey"
            session_key = d.pop("sessionKey")

            _at = "buyerInfo"
            buyer_info = BuyerInfo.from_dict(d.pop("buyerInfo"))

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

            dropin_payment_detail = cls(
                payment_token=payment_token,
                session_key=session_key,
                buyer_info=buyer_info,
                token_for_future_use=token_for_future_use,
                merchant_initiated=merchant_initiated,
                mit_type=mit_type,
            )

            dropin_payment_detail.additional_properties = d
        except Exception as exc:
            raise _spec_violation("DropinPaymentDetail", _at, exc) from exc
        return dropin_payment_detail

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
from ..models.buyer_info import BuyerInfo  # noqa: E402
