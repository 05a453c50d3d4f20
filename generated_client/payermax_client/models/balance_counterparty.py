from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from payermax_signing.errors import spec_violation as _spec_violation

T = TypeVar("T", bound="BalanceCounterparty")


@_attrs_define
class BalanceCounterparty:
    """The other side of the movement: the bank account for deposits and withdrawals, the merchant number for
    exchanges and transfers (the merchant itself for an exchange).

    """

    identify_id: str
    """ Bank account number or merchant number of the counterparty. """
    identify_name: str
    """ Name of the counterparty. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        identify_id = self.identify_id

        identify_name = self.identify_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "identifyId": identify_id,
                "identifyName": identify_name,
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
            _at = "identifyId"
            identify_id = d.pop("identifyId")

            _at = "identifyName"
            identify_name = d.pop("identifyName")

            balance_counterparty = cls(
                identify_id=identify_id,
                identify_name=identify_name,
            )

            balance_counterparty.additional_properties = d
        except Exception as exc:
            raise _spec_violation("BalanceCounterparty", _at, exc) from exc
        return balance_counterparty

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
