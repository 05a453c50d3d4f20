from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from payermax_signing.errors import spec_violation as _spec_violation

from ..types import UNSET, Unset

T = TypeVar("T", bound="ConsultPaymentMethodResult")


@_attrs_define
class ConsultPaymentMethodResult:
    """The merchant's payment methods matching the filters. (Inferred.)"""

    payment_methods: list[AvailablePaymentMethod] | Unset = UNSET
    """ One entry per payment method (type, institution, country and currency). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        payment_methods: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.payment_methods, Unset):
            payment_methods = []
            for payment_methods_item_data in self.payment_methods:
                payment_methods_item = payment_methods_item_data.to_dict()
                payment_methods.append(payment_methods_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if payment_methods is not UNSET:
            field_dict["paymentMethods"] = payment_methods

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # A message that breaks the spec raises SpecViolationError naming the member (`_at`), never its value.
        _at = ""
        try:
            # PayerMax may write `null` for a member it has no value for: treat it as absent.
            d = {key: value for key, value in src_dict.items() if value is not None}
            _at = "paymentMethods"
            _payment_methods = d.pop("paymentMethods", UNSET)
            payment_methods: list[AvailablePaymentMethod] | Unset = UNSET
            if _payment_methods is not UNSET:
                payment_methods = []
                for payment_methods_item_data in _payment_methods:
                    payment_methods_item = AvailablePaymentMethod.from_dict(payment_methods_item_data)

                    payment_methods.append(payment_methods_item)

            consult_payment_method_result = cls(
                payment_methods=payment_methods,
            )

            consult_payment_method_result.additional_properties = d
        except Exception as exc:
            raise _spec_violation("ConsultPaymentMethodResult", _at, exc) from exc
        return consult_payment_method_result

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
from ..models.available_payment_method import AvailablePaymentMethod  # noqa: E402
