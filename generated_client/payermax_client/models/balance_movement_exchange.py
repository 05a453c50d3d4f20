from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from payermax_signing.errors import spec_violation as _spec_violation

from ..money import decimal_from_json, decimal_to_json

T = TypeVar("T", bound="BalanceMovementExchange")


@_attrs_define
class BalanceMovementExchange:
    """The rate of an exchange movement."""

    ccy_pair: str
    """ The pair exchanged, e.g. `USDMYR`. """
    rate: Decimal
    """ The rate applied. """
    rate_time: str
    """ When the rate applied was set. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ccy_pair = self.ccy_pair

        rate = decimal_to_json(self.rate)

        rate_time = self.rate_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ccyPair": ccy_pair,
                "rate": rate,
                "rateTime": rate_time,
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
            _at = "ccyPair"
            ccy_pair = d.pop("ccyPair")

            _at = "rate"
            rate = decimal_from_json(d.pop("rate"))

            _at = "rateTime"
            rate_time = d.pop("rateTime")

            balance_movement_exchange = cls(
                ccy_pair=ccy_pair,
                rate=rate,
                rate_time=rate_time,
            )

            balance_movement_exchange.additional_properties = d
        except Exception as exc:
            raise _spec_violation("BalanceMovementExchange", _at, exc) from exc
        return balance_movement_exchange

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
