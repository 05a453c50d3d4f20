from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from payermax_signing.errors import spec_violation as _spec_violation

T = TypeVar("T", bound="SubscriptionCancelResult")


@_attrs_define
class SubscriptionCancelResult:
    """The plan after cancellation."""

    subscription_request_id: str
    """ The merchant's plan number. """
    user_id: str
    """ The merchant's id of the subscriber. """
    subscription_plan: SubscriptionPlanState
    """ A plan's number and state. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        subscription_request_id = self.subscription_request_id

        user_id = self.user_id

        subscription_plan = self.subscription_plan.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "subscriptionRequestId": subscription_request_id,
                "userId": user_id,
                "subscriptionPlan": subscription_plan,
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
            _at = "subscriptionRequestId"
            subscription_request_id = d.pop("subscriptionRequestId")

            _at = "userId"
            user_id = d.pop("userId")

            _at = "subscriptionPlan"
            subscription_plan = SubscriptionPlanState.from_dict(d.pop("subscriptionPlan"))

            subscription_cancel_result = cls(
                subscription_request_id=subscription_request_id,
                user_id=user_id,
                subscription_plan=subscription_plan,
            )

            subscription_cancel_result.additional_properties = d
        except Exception as exc:
            raise _spec_violation("SubscriptionCancelResult", _at, exc) from exc
        return subscription_cancel_result

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
from ..models.subscription_plan_state import SubscriptionPlanState  # noqa: E402
