from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from payermax_signing.errors import spec_violation as _spec_violation

from ..models.virtual_account_receipt_status import VirtualAccountReceiptStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="VirtualAccountReceipt")


@_attrs_define
class VirtualAccountReceipt:
    """One bank transfer received into a virtual account."""

    request_no: str
    """ PayerMax's number of the receipt. """
    channel_trade_no: str
    """ The bank's (or other external) reference of the transfer. """
    status: VirtualAccountReceiptStatus
    """ State of a receipt: `SETTLED` credited to the merchant's balance; `TO_BE_PROVED` held until the merchant
    supplies supporting documents; `REJECTED` refused and returned to the sender.
     """
    transaction_utc_time: str
    """ When the receipt was created. """
    complete_time: str
    """ When the receipt reached its current state. """
    payment_detail: VirtualAccountPaymentDetail
    """ The transfer in detail. """
    error_code: str | Unset = UNSET
    """ Why the receipt was rejected; only on failure. """
    error_msg: str | Unset = UNSET
    """ Explanation of `errorCode`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        request_no = self.request_no

        channel_trade_no = self.channel_trade_no

        status = self.status.value

        transaction_utc_time = self.transaction_utc_time

        complete_time = self.complete_time

        payment_detail = self.payment_detail.to_dict()

        error_code = self.error_code

        error_msg = self.error_msg

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "requestNo": request_no,
                "channelTradeNo": channel_trade_no,
                "status": status,
                "transactionUtcTime": transaction_utc_time,
                "completeTime": complete_time,
                "paymentDetail": payment_detail,
            }
        )
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
            _at = "requestNo"
            request_no = d.pop("requestNo")

            _at = "channelTradeNo"
            channel_trade_no = d.pop("channelTradeNo")

            _at = "status"
            status = VirtualAccountReceiptStatus(d.pop("status"))

            _at = "transactionUtcTime"
            transaction_utc_time = d.pop("transactionUtcTime")

            _at = "completeTime"
            complete_time = d.pop("completeTime")

            _at = "paymentDetail"
            payment_detail = VirtualAccountPaymentDetail.from_dict(d.pop("paymentDetail"))

            _at = "errorCode"
            error_code = d.pop("errorCode", UNSET)

            _at = "errorMsg"
            error_msg = d.pop("errorMsg", UNSET)

            virtual_account_receipt = cls(
                request_no=request_no,
                channel_trade_no=channel_trade_no,
                status=status,
                transaction_utc_time=transaction_utc_time,
                complete_time=complete_time,
                payment_detail=payment_detail,
                error_code=error_code,
                error_msg=error_msg,
            )

            virtual_account_receipt.additional_properties = d
        except Exception as exc:
            raise _spec_violation("VirtualAccountReceipt", _at, exc) from exc
        return virtual_account_receipt

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
from ..models.virtual_account_payment_detail import VirtualAccountPaymentDetail  # noqa: E402
