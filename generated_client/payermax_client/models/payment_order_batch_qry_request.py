from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from payermax_signing.errors import spec_violation as _spec_violation

from ..models.payout_status import PayoutStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="PaymentOrderBatchQryRequest")


@_attrs_define
class PaymentOrderBatchQryRequest:
    """The time window, filters and page to list."""

    query_begin_time: str
    """ Start of the window, UTC, `yyyy-MM-dd HH:mm:ss`; at most one day before `queryEndTime`. """
    query_end_time: str
    """ End of the window, UTC, `yyyy-MM-dd HH:mm:ss`; at most one day after `queryBeginTime`. """
    page_size: int | Unset = 20
    """ Rows per page, at most 100; orders are sorted by creation time, oldest first. """
    current_page_index: int | Unset = 1
    """ Page to return, starting at 1. """
    status: PayoutStatus | Unset = UNSET
    """ State of a payout: `PENDING` in progress (see `subStatus`); `SUCCESS` paid out by the receiving bank or
    wallet; `FAILED` failed (see `responseCode` and `responseMsg`); `BOUNCEBACK` reported successful but
    then returned by the receiving side (frozen or wrong account, missing payee documents, clearing
    problems) - the money goes back to the merchant's balance. In some countries a `SUCCESS` can still
    turn into `BOUNCEBACK`.
     """
    country: str | Unset = UNSET
    """ Only payouts to this country. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        query_begin_time = self.query_begin_time

        query_end_time = self.query_end_time

        page_size = self.page_size

        current_page_index = self.current_page_index

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        country = self.country

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "queryBeginTime": query_begin_time,
                "queryEndTime": query_end_time,
            }
        )
        if page_size is not UNSET:
            field_dict["pageSize"] = page_size
        if current_page_index is not UNSET:
            field_dict["currentPageIndex"] = current_page_index
        if status is not UNSET:
            field_dict["status"] = status
        if country is not UNSET:
            field_dict["country"] = country

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # A message that breaks the spec raises SpecViolationError naming the member (`_at`), never its value.
        _at = ""
        try:
            # PayerMax may write `null` for a member it has no value for: treat it as absent.
            d = {key: value for key, value in src_dict.items() if value is not None}
            _at = "queryBeginTime"
            query_begin_time = d.pop("queryBeginTime")

            _at = "queryEndTime"
            query_end_time = d.pop("queryEndTime")

            _at = "pageSize"
            page_size = d.pop("pageSize", UNSET)

            _at = "currentPageIndex"
            current_page_index = d.pop("currentPageIndex", UNSET)

            _at = "status"
            _status = d.pop("status", UNSET)
            status: PayoutStatus | Unset
            if isinstance(_status, Unset):
                status = UNSET
            else:
                status = PayoutStatus(_status)

            _at = "country"
            country = d.pop("country", UNSET)

            payment_order_batch_qry_request = cls(
                query_begin_time=query_begin_time,
                query_end_time=query_end_time,
                page_size=page_size,
                current_page_index=current_page_index,
                status=status,
                country=country,
            )

            payment_order_batch_qry_request.additional_properties = d
        except Exception as exc:
            raise _spec_violation("PaymentOrderBatchQryRequest", _at, exc) from exc
        return payment_order_batch_qry_request

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
