from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from payermax_signing.errors import spec_violation as _spec_violation

T = TypeVar("T", bound="QueryClientExchangeRateResult")


@_attrs_define
class QueryClientExchangeRateResult:
    """The rates asked for."""

    currency_list: list[ClientExchangeRate]
    """ One rate per pair. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        currency_list = []
        for currency_list_item_data in self.currency_list:
            currency_list_item = currency_list_item_data.to_dict()
            currency_list.append(currency_list_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "currencyList": currency_list,
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
            _at = "currencyList"
            currency_list = []
            _currency_list = d.pop("currencyList")
            for currency_list_item_data in _currency_list:
                currency_list_item = ClientExchangeRate.from_dict(currency_list_item_data)

                currency_list.append(currency_list_item)

            query_client_exchange_rate_result = cls(
                currency_list=currency_list,
            )

            query_client_exchange_rate_result.additional_properties = d
        except Exception as exc:
            raise _spec_violation("QueryClientExchangeRateResult", _at, exc) from exc
        return query_client_exchange_rate_result

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
from ..models.client_exchange_rate import ClientExchangeRate  # noqa: E402
