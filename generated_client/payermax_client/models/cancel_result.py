from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from payermax_signing.errors import spec_violation as _spec_violation

from ..models.cancel_status import CancelStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="CancelResult")


@_attrs_define
class CancelResult:
    """A cancellation of an authorisation, as answered and as notified."""

    request_id: str
    """ The merchant's cancel request number, as sent. """
    out_trade_no: str
    """ The merchant's order number of the cancelled order. """
    status: CancelStatus
    """ State of a cancellation - `PENDING` while in progress, then `SUCCESS` (hold released) or `FAILED`. """
    created_time: str
    """ When the cancellation was requested. """
    cancel_no: str | Unset = UNSET
    """ PayerMax's number of this cancellation. """
    succeeded_time: str | Unset = UNSET
    """ When the cancellation succeeded; absent or null otherwise. """
    failed_time: str | Unset = UNSET
    """ When the cancellation failed; absent or null otherwise. """
    error_code: str | Unset = UNSET
    """ Why the cancellation failed; absent or null otherwise. """
    error_msg: str | Unset = UNSET
    """ Explanation of `errorCode`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        request_id = self.request_id

        out_trade_no = self.out_trade_no

        status = self.status.value

        created_time = self.created_time

        cancel_no = self.cancel_no

        succeeded_time = self.succeeded_time

        failed_time = self.failed_time

        error_code = self.error_code

        error_msg = self.error_msg

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "requestId": request_id,
                "outTradeNo": out_trade_no,
                "status": status,
                "createdTime": created_time,
            }
        )
        if cancel_no is not UNSET:
            field_dict["cancelNo"] = cancel_no
        if succeeded_time is not UNSET:
            field_dict["succeededTime"] = succeeded_time
        if failed_time is not UNSET:
            field_dict["failedTime"] = failed_time
        if error_code is not UNSET:
            field_dict["errorCode"] = error_code
        if error_msg is not UNSET:
            field_dict["errorMsg"] = error_msg

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # A message that breaks the spec raises SpecViolationError naming the member (`_at`), never its value.
        _at = ""
        try:
            # PayerMax may write `null` for a member it has no value for: treat it as absent.
            d = {key: value for key, value in src_dict.items() if value is not None}
            _at = "requestId"
            request_id = d.pop("requestId")

            _at = "outTradeNo"
            out_trade_no = d.pop("outTradeNo")

            _at = "status"
            status = CancelStatus(d.pop("status"))

            _at = "createdTime"
            created_time = d.pop("createdTime")

            _at = "cancelNo"
            cancel_no = d.pop("cancelNo", UNSET)

            _at = "succeededTime"
            succeeded_time = d.pop("succeededTime", UNSET)

            _at = "failedTime"
            failed_time = d.pop("failedTime", UNSET)

            _at = "errorCode"
            error_code = d.pop("errorCode", UNSET)

            _at = "errorMsg"
            error_msg = d.pop("errorMsg", UNSET)

            cancel_result = cls(
                request_id=request_id,
                out_trade_no=out_trade_no,
                status=status,
                created_time=created_time,
                cancel_no=cancel_no,
                succeeded_time=succeeded_time,
                failed_time=failed_time,
                error_code=error_code,
                error_msg=error_msg,
            )

            cancel_result.additional_properties = d
        except Exception as exc:
            raise _spec_violation("CancelResult", _at, exc) from exc
        return cancel_result

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
