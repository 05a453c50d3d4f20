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

T = TypeVar("T", bound="CaptureFields")


@_attrs_define
class CaptureFields:
    """The members of a capture, shared by the `capture` answer (`CaptureResult`) and the capture
    notification (`CaptureNotificationData`), which require different sets of them.

    """

    capture_no: str | Unset = UNSET
    """ PayerMax's number of this capture. """
    request_id: str | Unset = UNSET
    """ The merchant's capture request number. """
    out_trade_no: str | Unset = UNSET
    """ The merchant's order number of the captured order. """
    amount: Decimal | Unset = UNSET
    """ Amount captured, in major units. """
    currency: str | Unset = UNSET
    """ Currency of the capture. """
    status: CaptureStatus | Unset = UNSET
    """ State of a capture - `PENDING` while in progress, then `SUCCESS` (money taken) or `FAILED`. """
    is_final: bool | str | Unset = UNSET
    """ Whether this capture closes the authorisation (always, as only one capture is allowed). PayerMax's
    table types it as a string, its examples send a boolean; both are accepted.
     """
    created_time: str | Unset = UNSET
    """ When the capture was requested. """
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

        amount: str | Unset = UNSET
        if not isinstance(self.amount, Unset):
            amount = decimal_to_json(self.amount)

        currency = self.currency

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        is_final: bool | str | Unset
        if isinstance(self.is_final, Unset):
            is_final = UNSET
        else:
            is_final = self.is_final

        created_time = self.created_time

        succeeded_time = self.succeeded_time

        failed_time = self.failed_time

        error_code = self.error_code

        error_msg = self.error_msg

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if capture_no is not UNSET:
            field_dict["captureNo"] = capture_no
        if request_id is not UNSET:
            field_dict["requestId"] = request_id
        if out_trade_no is not UNSET:
            field_dict["outTradeNo"] = out_trade_no
        if amount is not UNSET:
            field_dict["amount"] = amount
        if currency is not UNSET:
            field_dict["currency"] = currency
        if status is not UNSET:
            field_dict["status"] = status
        if is_final is not UNSET:
            field_dict["isFinal"] = is_final
        if created_time is not UNSET:
            field_dict["createdTime"] = created_time
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
            capture_no = d.pop("captureNo", UNSET)

            _at = "requestId"
            request_id = d.pop("requestId", UNSET)

            _at = "outTradeNo"
            out_trade_no = d.pop("outTradeNo", UNSET)

            _at = "amount"
            _amount = d.pop("amount", UNSET)
            amount: Decimal | Unset
            if isinstance(_amount, Unset):
                amount = UNSET
            else:
                amount = decimal_from_json(_amount)

            _at = "currency"
            currency = d.pop("currency", UNSET)

            _at = "status"
            _status = d.pop("status", UNSET)
            status: CaptureStatus | Unset
            if isinstance(_status, Unset):
                status = UNSET
            else:
                status = CaptureStatus(_status)

            _at = "isFinal"

            def _parse_is_final(data: object) -> bool | str | Unset:
                if isinstance(data, Unset):
                    return data
                return cast(bool | str | Unset, data)

            is_final = _parse_is_final(d.pop("isFinal", UNSET))

            _at = "createdTime"
            created_time = d.pop("createdTime", UNSET)

            _at = "succeededTime"
            succeeded_time = d.pop("succeededTime", UNSET)

            _at = "failedTime"
            failed_time = d.pop("failedTime", UNSET)

            _at = "errorCode"
            error_code = d.pop("errorCode", UNSET)

            _at = "errorMsg"
            error_msg = d.pop("errorMsg", UNSET)

            capture_fields = cls(
                capture_no=capture_no,
                request_id=request_id,
                out_trade_no=out_trade_no,
                amount=amount,
                currency=currency,
                status=status,
                is_final=is_final,
                created_time=created_time,
                succeeded_time=succeeded_time,
                failed_time=failed_time,
                error_code=error_code,
                error_msg=error_msg,
            )

            capture_fields.additional_properties = d
        except Exception as exc:
            raise _spec_violation("CaptureFields", _at, exc) from exc
        return capture_fields

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
