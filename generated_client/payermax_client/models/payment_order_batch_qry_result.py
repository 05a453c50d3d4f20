from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from payermax_signing.errors import spec_violation as _spec_violation

from ..types import UNSET, Unset

T = TypeVar("T", bound="PaymentOrderBatchQryResult")


@_attrs_define
class PaymentOrderBatchQryResult:
    """One page of payout orders. The shape is inferred; PayerMax does not publish it."""

    total_count: int | Unset = UNSET
    """ Number of payouts matching the query, over all pages. """
    current_page_index: int | Unset = UNSET
    """ Number of this page, starting at 1. """
    page_size: int | Unset = UNSET
    """ Rows per page used. """
    orders: list[PaymentOrderQryResult] | Unset = UNSET
    """ The payouts of this page, each as `paymentOrderQry` returns it. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_count = self.total_count

        current_page_index = self.current_page_index

        page_size = self.page_size

        orders: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.orders, Unset):
            orders = []
            for orders_item_data in self.orders:
                orders_item = orders_item_data.to_dict()
                orders.append(orders_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total_count is not UNSET:
            field_dict["totalCount"] = total_count
        if current_page_index is not UNSET:
            field_dict["currentPageIndex"] = current_page_index
        if page_size is not UNSET:
            field_dict["pageSize"] = page_size
        if orders is not UNSET:
            field_dict["orders"] = orders

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # A message that breaks the spec raises SpecViolationError naming the member (`_at`), never its value.
        _at = ""
        try:
            # PayerMax may write `null` for a member it has no value for: treat it as absent.
            d = {key: value for key, value in src_dict.items() if value is not None}
            _at = "totalCount"
            total_count = d.pop("totalCount", UNSET)

            _at = "currentPageIndex"
            current_page_index = d.pop("currentPageIndex", UNSET)

            _at = "pageSize"
            page_size = d.pop("pageSize", UNSET)

            _at = "orders"
            _orders = d.pop("orders", UNSET)
            orders: list[PaymentOrderQryResult] | Unset = UNSET
            if _orders is not UNSET:
                orders = []
                for orders_item_data in _orders:
                    orders_item = PaymentOrderQryResult.from_dict(orders_item_data)

                    orders.append(orders_item)

            payment_order_batch_qry_result = cls(
                total_count=total_count,
                current_page_index=current_page_index,
                page_size=page_size,
                orders=orders,
            )

            payment_order_batch_qry_result.additional_properties = d
        except Exception as exc:
            raise _spec_violation("PaymentOrderBatchQryResult", _at, exc) from exc
        return payment_order_batch_qry_result

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
from ..models.payment_order_qry_result import PaymentOrderQryResult  # noqa: E402
