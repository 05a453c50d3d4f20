from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from payermax_signing.errors import spec_violation as _spec_violation

from ..models.capture_status import CaptureStatus
from ..money import decimal_from_json, decimal_to_json
from ..types import UNSET, Unset

T = TypeVar("T", bound="CaptureNotificationData")


@_attrs_define
class CaptureNotificationData:
    """The capture that reached its final state - the capture object of the `capture` answer, except that
    PayerMax's own notification example leaves out `amount` and `currency`, so they may be absent here.

    """

    capture_no: str
    """ PayerMax's number of this capture. """
    request_id: str
    """ The merchant's capture request number. """
    out_trade_no: str
    """ The merchant's order number of the captured order. """
    status: CaptureStatus
    """ State of a capture - `PENDING` while in progress, then `SUCCESS` (money taken) or `FAILED`. """
    is_final: bool | str
    """ Whether this capture closes the authorisation (always, as only one capture is allowed). PayerMax's
    table types it as a string, its examples send a boolean; both are accepted.
     """
    created_time: str
    """ When the capture was requested. """
    amount: Decimal | Unset = UNSET
    """ Amount captured, in major units. """
    currency: str | Unset = UNSET
    """ Currency of the capture. """
    succeeded_time: str | Unset = UNSET
    """ When the capture succeeded; absent or null otherwise. """
    failed_time: str | Unset = UNSET
    """ When the capture failed; absent or null otherwise. """
    error_code: str | Unset = UNSET
    """ Why the capture failed; absent or null otherwise. """
    error_msg: str | Unset = UNSET
    """ Explanation of `errorCode`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        capture_no = self.capture_no

        request_id = self.request_id

        out_trade_no = self.out_trade_no

        status = self.status.value

        is_final: bool | str
        is_final = self.is_final

        created_time = self.created_time

        amount: str | Unset = UNSET
        if not isinstance(self.amount, Unset):
            amount = decimal_to_json(self.amount)

        currency = self.currency

        succeeded_time = self.succeeded_time

        failed_time = self.failed_time

        error_code = self.error_code

        error_msg = self.error_msg

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "captureNo": capture_no,
                "requestId": request_id,
                "outTradeNo": out_trade_no,
                "status": status,
                "isFinal": is_final,
                "createdTime": created_time,
            }
        )
        if amount is not UNSET:
            field_dict["amount"] = amount
        if currency is not UNSET:
            field_dict["currency"] = currency
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
            _at = "captureNo"
            capture_no = d.pop("captureNo")

            _at = "requestId"
            request_id = d.pop("requestId")

            _at = "outTradeNo"
            out_trade_no = d.pop("outTradeNo")

            _at = "status"
            status = CaptureStatus(d.pop("status"))

            _at = "isFinal"

            def _parse_is_final(data: object) -> bool | str:
                return cast(bool | str, data)

            is_final = _parse_is_final(d.pop("isFinal"))

            _at = "createdTime"
            created_time = d.pop("createdTime")

            _at = "amount"
            _amount = d.pop("amount", UNSET)
            amount: Decimal | Unset
            if isinstance(_amount, Unset):
                amount = UNSET
            else:
                amount = decimal_from_json(_amount)

            _at = "currency"
            currency = d.pop("currency", UNSET)

            _at = "succeededTime"
            succeeded_time = d.pop("succeededTime", UNSET)

            _at = "failedTime"
            failed_time = d.pop("failedTime", UNSET)

            _at = "errorCode"
            error_code = d.pop("errorCode", UNSET)

            _at = "errorMsg"
            error_msg = d.pop("errorMsg", UNSET)

            capture_notification_data = cls(
                capture_no=capture_no,
                request_id=request_id,
                out_trade_no=out_trade_no,
                status=status,
                is_final=is_final,
                created_time=created_time,
                amount=amount,
                currency=currency,
                succeeded_time=succeeded_time,
                failed_time=failed_time,
                error_code=error_code,
                error_msg=error_msg,
            )

            capture_notification_data.additional_properties = d
        except Exception as exc:
            raise _spec_violation("CaptureNotificationData", _at, exc) from exc
        return capture_notification_data

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
