from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from payermax_signing.errors import spec_violation as _spec_violation

from ..models.client_exchange_product import ClientExchangeProduct
from ..types import UNSET, Unset

T = TypeVar("T", bound="QueryClientExchangeRateRequest")


@_attrs_define
class QueryClientExchangeRateRequest:
    """The product and the pairs to quote."""

    product: ClientExchangeProduct
    """ Which business the rates are for: `PAY_IN` (collections) or `PAY_OUT` (payouts). """
    ccy_pair_list: list[ClientExchangeCurrencyPair]
    """ Up to 80 pairs. """
    valid_time: str | Unset = UNSET
    """ Only for locked-rate collection products: the day (`yyyyMMdd`) whose locked rate is wanted. Empty
    means the current period; the next day's rate can be asked for 15 minutes before it starts; past
    rates cannot. Ignored (the current rate is returned) when rates are not locked.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        product = self.product.value

        ccy_pair_list = []
        for ccy_pair_list_item_data in self.ccy_pair_list:
            ccy_pair_list_item = ccy_pair_list_item_data.to_dict()
            ccy_pair_list.append(ccy_pair_list_item)

        valid_time = self.valid_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "product": product,
                "ccyPairList": ccy_pair_list,
            }
        )
        if valid_time is not UNSET:
            field_dict["validTime"] = valid_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # A message that breaks the spec raises SpecViolationError naming the member (`_at`), never its value.
        _at = ""
        try:
            # PayerMax may write `null` for a member it has no value for: treat it as absent.
            d = {key: value for key, value in src_dict.items() if value is not None}
            _at = "product"
            product = ClientExchangeProduct(d.pop("product"))

            _at = "ccyPairList"
            ccy_pair_list = []
            _ccy_pair_list = d.pop("ccyPairList")
            for ccy_pair_list_item_data in _ccy_pair_list:
                ccy_pair_list_item = ClientExchangeCurrencyPair.from_dict(ccy_pair_list_item_data)

                ccy_pair_list.append(ccy_pair_list_item)

            _at = "validTime"
            valid_time = d.pop("validTime", UNSET)

            query_client_exchange_rate_request = cls(
                product=product,
                ccy_pair_list=ccy_pair_list,
                valid_time=valid_time,
            )

            query_client_exchange_rate_request.additional_properties = d
        except Exception as exc:
            raise _spec_violation("QueryClientExchangeRateRequest", _at, exc) from exc
        return query_client_exchange_rate_request

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
from ..models.client_exchange_currency_pair import ClientExchangeCurrencyPair  # noqa: E402
