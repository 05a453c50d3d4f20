from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from payermax_signing.errors import spec_violation as _spec_violation

from ..types import UNSET, Unset

T = TypeVar("T", bound="SubscriptionPlanTerms")


@_attrs_define
class SubscriptionPlanTerms:
    """What the plan charges and when: `totalPeriods` periods of `periodRule` length at `periodAmount`,
    optionally after a trial (`trialConfig`) and with discounted first periods (`trialPeriodConfig`).

    """

    subject: str
    """ Title of the plan; the activating order must have the same `subject`. """
    total_periods: int
    """ Number of periods charged. """
    period_rule: SubscriptionPeriodRule
    """ How often a subscription is charged, e.g. every 1 `M` (month). """
    period_amount: SubscriptionAmount
    """ An amount of a subscription, with its currency. """
    description: str | Unset = UNSET
    """ Description of the plan. """
    first_period_start_date: str | Unset = UNSET
    """ When the first period starts, e.g. `2025-02-26T12:00:00+00:00`. """
    advance_days: int | Unset = UNSET
    """ Charge each later period this many days before it starts (within limits set by the period length). """
    trial_period_config: SubscriptionTrialPeriodConfig | Unset = UNSET
    """ A number of first periods charged at a discounted amount. """
    trial_config: SubscriptionTrialConfig | Unset = UNSET
    """ A trial before the subscription's first period. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        subject = self.subject

        total_periods = self.total_periods

        period_rule = self.period_rule.to_dict()

        period_amount = self.period_amount.to_dict()

        description = self.description

        first_period_start_date = self.first_period_start_date

        advance_days = self.advance_days

        trial_period_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.trial_period_config, Unset):
            trial_period_config = self.trial_period_config.to_dict()

        trial_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.trial_config, Unset):
            trial_config = self.trial_config.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "subject": subject,
                "totalPeriods": total_periods,
                "periodRule": period_rule,
                "periodAmount": period_amount,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if first_period_start_date is not UNSET:
            field_dict["firstPeriodStartDate"] = first_period_start_date
        if advance_days is not UNSET:
            field_dict["advanceDays"] = advance_days
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
            _at = "subject"
            subject = d.pop("subject")

            _at = "totalPeriods"
            total_periods = d.pop("totalPeriods")

            _at = "periodRule"
            period_rule = SubscriptionPeriodRule.from_dict(d.pop("periodRule"))

            _at = "periodAmount"
            period_amount = SubscriptionAmount.from_dict(d.pop("periodAmount"))

            _at = "description"
            description = d.pop("description", UNSET)

            _at = "firstPeriodStartDate"
            first_period_start_date = d.pop("firstPeriodStartDate", UNSET)

            _at = "advanceDays"
            advance_days = d.pop("advanceDays", UNSET)

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

            subscription_plan_terms = cls(
                subject=subject,
                total_periods=total_periods,
                period_rule=period_rule,
                period_amount=period_amount,
                description=description,
                first_period_start_date=first_period_start_date,
                advance_days=advance_days,
                trial_period_config=trial_period_config,
                trial_config=trial_config,
            )

            subscription_plan_terms.additional_properties = d
        except Exception as exc:
            raise _spec_violation("SubscriptionPlanTerms", _at, exc) from exc
        return subscription_plan_terms

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
