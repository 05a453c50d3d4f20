from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from payermax_signing.errors import spec_violation as _spec_violation

from ..types import UNSET, Unset

T = TypeVar("T", bound="SubscriptionPlan")


@_attrs_define
class SubscriptionPlan:
    """Recurring-payment plan started by this order. When PayerMax manages the plan, give only
    `subscriptionNo` (from `subscriptionCreate`): this first payment activates the plan, and must use the
    plan's `userId`, `subject` and currency, `paymentDetail.tokenForFutureUse` `true` and `mitType`
    `SCHEDULED`. When the merchant manages the plan, give everything but `subscriptionNo`.

    """

    subscription_no: str | Unset = UNSET
    """ PayerMax's subscription number; only when PayerMax manages the plan. """
    subject: str | Unset = UNSET
    """ Title of the subscription. """
    description: str | Unset = UNSET
    """ Description of the subscription. """
    total_periods: int | str | Unset = UNSET
    """ Number of billing periods (PayerMax accepts a string or a number). """
    first_period_start_date: str | Unset = UNSET
    """ When the first period is charged. """
    period_rule: SubscriptionPeriodRule | Unset = UNSET
    """ How often a subscription is charged, e.g. every 1 `M` (month). """
    period_amount: SubscriptionAmount | Unset = UNSET
    """ An amount of a subscription, with its currency. """
    trial_period_config: SubscriptionTrialPeriodConfig | Unset = UNSET
    """ A number of first periods charged at a discounted amount. """
    trial_config: SubscriptionTrialConfig | Unset = UNSET
    """ A trial before the subscription's first period. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        subscription_no = self.subscription_no

        subject = self.subject

        description = self.description

        total_periods: int | str | Unset
        if isinstance(self.total_periods, Unset):
            total_periods = UNSET
        else:
            total_periods = self.total_periods

        first_period_start_date = self.first_period_start_date

        period_rule: dict[str, Any] | Unset = UNSET
        if not isinstance(self.period_rule, Unset):
            period_rule = self.period_rule.to_dict()

        period_amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.period_amount, Unset):
            period_amount = self.period_amount.to_dict()

        trial_period_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.trial_period_config, Unset):
            trial_period_config = self.trial_period_config.to_dict()

        trial_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.trial_config, Unset):
            trial_config = self.trial_config.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if subscription_no is not UNSET:
            field_dict["subscriptionNo"] = subscription_no
        if subject is not UNSET:
            field_dict["subject"] = subject
        if description is not UNSET:
            field_dict["description"] = description
        if total_periods is not UNSET:
            field_dict["totalPeriods"] = total_periods
        if first_period_start_date is not UNSET:
            field_dict["firstPeriodStartDate"] = first_period_start_date
        if period_rule is not UNSET:
            field_dict["periodRule"] = period_rule
        if period_amount is not UNSET:
            field_dict["periodAmount"] = period_amount
        if trial_period_config is not UNSET:
            field_dict["trialPeriodConfig"] = trial_period_config
        if trial_config is not UNSET:
            field_dict["trialConfig"] = trial_config

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # A message that breaks the spec raises SpecViolationError naming the member (`_at`), never its value.
        _at = ""
        try:
            # PayerMax may write `null` for a member it has no value for: treat it as absent.
            d = {key: value for key, value in src_dict.items() if value is not None}
            _at = "subscriptionNo"
            subscription_no = d.pop("subscriptionNo", UNSET)

            _at = "subject"
            subject = d.pop("subject", UNSET)

            _at = "description"
            description = d.pop("description", UNSET)

            _at = "totalPeriods"

            def _parse_total_periods(data: object) -> int | str | Unset:
                if isinstance(data, Unset):
                    return data
                return cast(int | str | Unset, data)

            total_periods = _parse_total_periods(d.pop("totalPeriods", UNSET))

            _at = "firstPeriodStartDate"
            first_period_start_date = d.pop("firstPeriodStartDate", UNSET)

            _at = "periodRule"
            _period_rule = d.pop("periodRule", UNSET)
            period_rule: SubscriptionPeriodRule | Unset
            if isinstance(_period_rule, Unset):
                period_rule = UNSET
            else:
                period_rule = SubscriptionPeriodRule.from_dict(_period_rule)

            _at = "periodAmount"
            _period_amount = d.pop("periodAmount", UNSET)
            period_amount: SubscriptionAmount | Unset
            if isinstance(_period_amount, Unset):
                period_amount = UNSET
            else:
                period_amount = SubscriptionAmount.from_dict(_period_amount)

            _at = "trialPeriodConfig"
            _trial_period_config = d.pop("trialPeriodConfig", UNSET)
            trial_period_config: SubscriptionTrialPeriodConfig | Unset
            if isinstance(_trial_period_config, Unset):
                trial_period_config = UNSET
            else:
                trial_period_config = SubscriptionTrialPeriodConfig.from_dict(_trial_period_config)

            _at = "trialConfig"
            _trial_config = d.pop("trialConfig", UNSET)
            trial_config: SubscriptionTrialConfig | Unset
            if isinstance(_trial_config, Unset):
                trial_config = UNSET
            else:
                trial_config = SubscriptionTrialConfig.from_dict(_trial_config)

            subscription_plan = cls(
                subscription_no=subscription_no,
                subject=subject,
                description=description,
                total_periods=total_periods,
                first_period_start_date=first_period_start_date,
                period_rule=period_rule,
                period_amount=period_amount,
                trial_period_config=trial_period_config,
                trial_config=trial_config,
            )

            subscription_plan.additional_properties = d
        except Exception as exc:
            raise _spec_violation("SubscriptionPlan", _at, exc) from exc
        return subscription_plan

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
from ..models.subscription_amount import SubscriptionAmount  # noqa: E402
from ..models.subscription_period_rule import SubscriptionPeriodRule  # noqa: E402
from ..models.subscription_trial_config import SubscriptionTrialConfig  # noqa: E402
from ..models.subscription_trial_period_config import SubscriptionTrialPeriodConfig  # noqa: E402
