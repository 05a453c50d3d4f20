from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from payermax_signing.errors import spec_violation as _spec_violation

from ..models.subscription_period_rule_period_unit import (
    SubscriptionPeriodRulePeriodUnit,
)

T = TypeVar("T", bound="SubscriptionPeriodRule")


@_attrs_define
class SubscriptionPeriodRule:
    """How often a subscription is charged, e.g. every 1 `M` (month)."""

    period_unit: SubscriptionPeriodRulePeriodUnit
    """ Unit of the period: `D` day, `W` week, `M` month, `Y` year. """
    period_count: int | str
    """ Number of units per period (PayerMax accepts a string or a number). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        period_unit = self.period_unit.value

        period_count: int | str
        period_count = self.period_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "periodUnit": period_unit,
                "periodCount": period_count,
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
            _at = "periodUnit"
            period_unit = SubscriptionPeriodRulePeriodUnit(d.pop("periodUnit"))

            _at = "periodCount"

            def _parse_period_count(data: object) -> int | str:
                return cast(int | str, data)

            period_count = _parse_period_count(d.pop("periodCount"))

            subscription_period_rule = cls(
                period_unit=period_unit,
                period_count=period_count,
            )

            subscription_period_rule.additional_properties = d
        except Exception as exc:
            raise _spec_violation("SubscriptionPeriodRule", _at, exc) from exc
        return subscription_period_rule

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
