from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from payermax_signing.errors import spec_violation as _spec_violation

from ..models.subscription_payment_status import SubscriptionPaymentStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="SubscriptionPeriodPaymentReport")


@_attrs_define
class SubscriptionPeriodPaymentReport:
    """The payment of one period as notified; the same object as in the query, with more members always set."""

    subscription_index: int
    """ Number of the period, counted from 0 (one older guide counts from 1). """
    payment_status: SubscriptionPaymentStatus
    """ State of a period's payment, or of one attempt at it - `PENDING`, `SUCCESS` or `FAILED`. """
    period_start_time: str
    """ Start of the period. """
    period_end_time: str
    """ End of the period. """
    pay_amount: SubscriptionAmount
    """ An amount of a subscription, with its currency. """
    payment_method_type: str
    """ Payment method charged, e.g. `CARD`. """
    card_org: str
    """ Card scheme charged, e.g. `VISA`. """
    last_payment_info: SubscriptionPaymentAttempt
    """ The latest attempt at charging a period. """
    card_info: CardResult | Unset = UNSET
    """ The card used for a payment, as PayerMax reports it (numbers and names masked). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        subscription_index = self.subscription_index

        payment_status = self.payment_status.value

        period_start_time = self.period_start_time

        period_end_time = self.period_end_time

        pay_amount = self.pay_amount.to_dict()

        payment_method_type = self.payment_method_type

        card_org = self.card_org

        last_payment_info = self.last_payment_info.to_dict()

        card_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.card_info, Unset):
            card_info = self.card_info.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "subscriptionIndex": subscription_index,
                "paymentStatus": payment_status,
                "periodStartTime": period_start_time,
                "periodEndTime": period_end_time,
                "payAmount": pay_amount,
                "paymentMethodType": payment_method_type,
                "cardOrg": card_org,
                "lastPaymentInfo": last_payment_info,
            }
        )
        if card_info is not UNSET:
            field_dict["cardInfo"] = card_info

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # A message that breaks the spec raises SpecViolationError naming the member (`_at`), never its value.
        _at = ""
        try:
            # PayerMax may write `null` for a member it has no value for: treat it as absent.
            d = {key: value for key, value in src_dict.items() if value is not None}
            _at = "subscriptionIndex"
            subscription_index = d.pop("subscriptionIndex")

            _at = "paymentStatus"
            payment_status = SubscriptionPaymentStatus(d.pop("paymentStatus"))

            _at = "periodStartTime"
            period_start_time = d.pop("periodStartTime")

            _at = "periodEndTime"
            period_end_time = d.pop("periodEndTime")

            _at = "payAmount"
            pay_amount = SubscriptionAmount.from_dict(d.pop("payAmount"))

            _at = "paymentMethodType"
            payment_method_type = d.pop("paymentMethodType")

            _at = "cardOrg"
            card_org = d.pop("cardOrg")

            _at = "lastPaymentInfo"
            last_payment_info = SubscriptionPaymentAttempt.from_dict(d.pop("lastPaymentInfo"))

            _at = "cardInfo"
            _card_info = d.pop("cardInfo", UNSET)
            card_info: CardResult | Unset
            if isinstance(_card_info, Unset):
                card_info = UNSET
            else:
                card_info = CardResult.from_dict(_card_info)

            subscription_period_payment_report = cls(
                subscription_index=subscription_index,
                payment_status=payment_status,
                period_start_time=period_start_time,
                period_end_time=period_end_time,
                pay_amount=pay_amount,
                payment_method_type=payment_method_type,
                card_org=card_org,
                last_payment_info=last_payment_info,
                card_info=card_info,
            )

            subscription_period_payment_report.additional_properties = d
        except Exception as exc:
            raise _spec_violation("SubscriptionPeriodPaymentReport", _at, exc) from exc
        return subscription_period_payment_report

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
from ..models.subscription_amount import SubscriptionAmount  # noqa: E402
from ..models.subscription_payment_attempt import SubscriptionPaymentAttempt  # noqa: E402
