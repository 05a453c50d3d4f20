from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from payermax_signing.errors import spec_violation as _spec_violation

from ..types import UNSET, Unset

T = TypeVar("T", bound="QuoteQueryResult")


@_attrs_define
class QuoteQueryResult:
    """The quotes, one per pair asked for."""

    rate_list: list[FxQuote] | Unset = UNSET
    """ One quote per pair; null (or absent) when none could be given. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        rate_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.rate_list, Unset):
            rate_list = []
            for rate_list_item_data in self.rate_list:
                rate_list_item = rate_list_item_data.to_dict()
                rate_list.append(rate_list_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if rate_list is not UNSET:
            field_dict["rateList"] = rate_list

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # A message that breaks the spec raises SpecViolationError naming the member (`_at`), never its value.
        _at = ""
        try:
            # PayerMax may write `null` for a member it has no value for: treat it as absent.
            d = {key: value for key, value in src_dict.items() if value is not None}
            _at = "rateList"
            _rate_list = d.pop("rateList", UNSET)
            rate_list: list[FxQuote] | Unset = UNSET
            if _rate_list is not UNSET:
                rate_list = []
                for rate_list_item_data in _rate_list:
                    rate_list_item = FxQuote.from_dict(rate_list_item_data)

                    rate_list.append(rate_list_item)

            quote_query_result = cls(
                rate_list=rate_list,
            )

            quote_query_result.additional_properties = d
        except Exception as exc:
            raise _spec_violation("QuoteQueryResult", _at, exc) from exc
        return quote_query_result

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
from ..models.fx_quote import FxQuote  # noqa: E402
