from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from payermax_signing.errors import spec_violation as _spec_violation

T = TypeVar("T", bound="SubscriptionTrialConfig")


@_attrs_define
class SubscriptionTrialConfig:
    """A trial before the subscription's first period."""

    trial_amount: SubscriptionAmount
    """ An amount of a subscription, with its currency. """
    trial_days: int | str
    """ Length of the trial in days (PayerMax accepts a string or a number). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        trial_amount = self.trial_amount.to_dict()

        trial_days: int | str
        trial_days = self.trial_days

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "trialAmount": trial_amount,
                "trialDays": trial_days,
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
            _at = "trialAmount"
            trial_amount = SubscriptionAmount.from_dict(d.pop("trialAmount"))

            _at = "trialDays"

            def _parse_trial_days(data: object) -> int | str:
                return cast(int | str, data)

            trial_days = _parse_trial_days(d.pop("trialDays"))

            subscription_trial_config = cls(
                trial_amount=trial_amount,
                trial_days=trial_days,
            )

            subscription_trial_config.additional_properties = d
        except Exception as exc:
            raise _spec_violation("SubscriptionTrialConfig", _at, exc) from exc
        return subscription_trial_config

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
