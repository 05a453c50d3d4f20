from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from payermax_signing.errors import spec_violation as _spec_violation

from ..models.fx_quote_price_type import FxQuotePriceType

T = TypeVar("T", bound="QuoteQueryRequest")


@_attrs_define
class QuoteQueryRequest:
    """Which pairs to quote, and which prices."""

    ccy_pair_list: list[str]
    """ One to 24 pairs, each quoted against USD with USD first, e.g. `USDIDR`. """
    price_type_list: list[FxQuotePriceType]
    """ Prices to return (`BID`, `OFFER`); null or empty returns both. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ccy_pair_list = self.ccy_pair_list

        price_type_list = []
        for price_type_list_item_data in self.price_type_list:
            price_type_list_item = price_type_list_item_data.value
            price_type_list.append(price_type_list_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ccyPairList": ccy_pair_list,
                "priceTypeList": price_type_list,
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
            _at = "ccyPairList"
            ccy_pair_list = cast(list[str], d.pop("ccyPairList"))

            _at = "priceTypeList"
            price_type_list = []
            _price_type_list = d.pop("priceTypeList")
            for price_type_list_item_data in _price_type_list:
                price_type_list_item = FxQuotePriceType(price_type_list_item_data)

                price_type_list.append(price_type_list_item)

            quote_query_request = cls(
                ccy_pair_list=ccy_pair_list,
                price_type_list=price_type_list,
            )

            quote_query_request.additional_properties = d
        except Exception as exc:
            raise _spec_violation("QuoteQueryRequest", _at, exc) from exc
        return quote_query_request

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
