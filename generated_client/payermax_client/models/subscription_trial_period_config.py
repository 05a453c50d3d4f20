from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from payermax_signing.errors import spec_violation as _spec_violation

T = TypeVar("T", bound="SubscriptionTrialPeriodConfig")


@_attrs_define
class SubscriptionTrialPeriodConfig:
    """A number of first periods charged at a discounted amount."""

    trial_period_count: int | str
    """ Number of discounted periods (PayerMax accepts a string or a number). """
    trial_period_amount: SubscriptionAmount
    """ An amount of a subscription, with its currency. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        trial_period_count: int | str
        trial_period_count = self.trial_period_count

        trial_period_amount = self.trial_period_amount.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "trialPeriodCount": trial_period_count,
                "trialPeriodAmount": trial_period_amount,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # A message that breaks the spec raises SpecViolationError naming the member (`_at`), never its value.
        _at = ""
        try:
            # PayerMax may write `null` for a member it has no value for: treat it as absent.
            d = {key: value for key, value in src_dict.items() if value is not None}
            _at = "trialPeriodCount"

            def _parse_trial_period_count(data: object) -> int | str:
                return cast(int | str, data)

            trial_period_count = _parse_trial_period_count(d.pop("trialPeriodCount"))

            _at = "trialPeriodAmount"
            trial_period_amount = SubscriptionAmount.from_dict(d.pop("trialPeriodAmount"))

            subscription_trial_period_config = cls(
                trial_period_count=trial_period_count,
                trial_period_amount=trial_period_amount,
            )

            subscription_trial_period_config.additional_properties = d
        except Exception as exc:
            raise _spec_violation("SubscriptionTrialPeriodConfig", _at, exc) from exc
        return subscription_trial_period_config

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
