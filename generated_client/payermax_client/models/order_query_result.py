from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from payermax_signing.errors import spec_violation as _spec_violation

from ..models.authorization_type import AuthorizationType
from ..models.capture_mode import CaptureMode
from ..models.payment_status import PaymentStatus
from ..money import decimal_from_json, decimal_to_json
from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderQueryResult")


@_attrs_define
class OrderQueryResult:
    """The current state of a payment order."""

    total_amount: Decimal
    """ Order amount, in major units of `currency`. """
    currency: str
    """ Currency of the order. """
    country: str
    """ Country of the payment. """
    result_msg: str
    """ Why the payment failed; empty otherwise. """
    reference: str | Unset = UNSET
    """ The merchant's free data given with the order. """
    out_trade_no: str | Unset = UNSET
    """ The merchant's order number. """
    trade_token: str | Unset = UNSET
    """ PayerMax's own number for a payment order. """
    channel_no: str | Unset = UNSET
    """ Number of the order at the payment channel. """
    third_channel_no: str | Unset = UNSET
    """ Number of the order at the third party (wallet, bank, acquirer). """
    payment_code: str | Unset = UNSET
    """ Virtual account or payment code, for methods that use one. """
    status: PaymentStatus | Unset = UNSET
    """ State of a payment order: `PENDING` while waiting for the payer or the payment channel, then
    `SUCCESS` (paid), `FAILED` (payment failed) or `CLOSED` (not paid before the order expired).
     """
    result_code: str | Unset = UNSET
    """ Code of the payment's result, e.g. the failure reason. """
    payment_details: list[PaymentDetailResult] | Unset = UNSET
    """ How the payer paid; only filled once the payment succeeded, empty otherwise. """
    fees: Fees | Unset = UNSET
    """ Fees charged on a successful payment, when there are any. """
    create_time: str | Unset = UNSET
    """ When the order was created. """
    confirm_pay_time: str | Unset = UNSET
    """ When the order was passed on to the payment channel. """
    complete_time: str | Unset = UNSET
    """ When the order reached its final state (UTC). """
    cashier_country: str | Unset = UNSET
    """ For hosted cashier orders, the country chosen on the cashier; only once the payment succeeded. """
    capture_mode: CaptureMode | Unset = UNSET
    """ How the money of a card payment is taken: `MANUAL` makes the order an authorisation that only holds
    the money until `capture` (or `cancel`). Without it the payment is an ordinary sale.
     """
    authorization_type: AuthorizationType | Unset = UNSET
    """ Kind of authorisation: `FINAL_AUTH`, a hold for the final amount (the only documented kind). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_amount = decimal_to_json(self.total_amount)

        currency = self.currency

        country = self.country

        result_msg = self.result_msg

        reference = self.reference

        out_trade_no = self.out_trade_no

        trade_token = self.trade_token

        channel_no = self.channel_no

        third_channel_no = self.third_channel_no

        payment_code = self.payment_code

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        result_code = self.result_code

        payment_details: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.payment_details, Unset):
            payment_details = []
            for payment_details_item_data in self.payment_details:
                payment_details_item = payment_details_item_data.to_dict()
                payment_details.append(payment_details_item)

        fees: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fees, Unset):
            fees = self.fees.to_dict()

        create_time = self.create_time

        confirm_pay_time = self.confirm_pay_time

        complete_time = self.complete_time

        cashier_country = self.cashier_country

        capture_mode: str | Unset = UNSET
        if not isinstance(self.capture_mode, Unset):
            capture_mode = self.capture_mode.value

        authorization_type: str | Unset = UNSET
        if not isinstance(self.authorization_type, Unset):
            authorization_type = self.authorization_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "totalAmount": total_amount,
                "currency": currency,
                "country": country,
                "resultMsg": result_msg,
            }
        )
        if reference is not UNSET:
            field_dict["reference"] = reference
        if out_trade_no is not UNSET:
            field_dict["outTradeNo"] = out_trade_no
        if trade_token is not UNSET:
            field_dict["tradeToken"] = trade_token
        if channel_no is not UNSET:
            field_dict["channelNo"] = channel_no
        if third_channel_no is not UNSET:
            field_dict["thirdChannelNo"] = third_channel_no
        if payment_code is not UNSET:
            field_dict["paymentCode"] = payment_code
        if status is not UNSET:
            field_dict["status"] = status
        if result_code is not UNSET:
            field_dict["resultCode"] = result_code
        if payment_details is not UNSET:
            field_dict["paymentDetails"] = payment_details
        if fees is not UNSET:
            field_dict["fees"] = fees
        if create_time is not UNSET:
            field_dict["createTime"] = create_time
        if confirm_pay_time is not UNSET:
            field_dict["confirmPayTime"] = confirm_pay_time
        if complete_time is not UNSET:
            field_dict["completeTime"] = complete_time
        if cashier_country is not UNSET:
            field_dict["cashierCountry"] = cashier_country
        if capture_mode is not UNSET:
            field_dict["captureMode"] = capture_mode
        if authorization_type is not UNSET:
            field_dict["authorizationType"] = authorization_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # A message that breaks the spec raises SpecViolationError naming the member (`_at`), never its value.
        _at = ""
        try:
            # PayerMax may write `null` for a member it has no value for: treat it as absent.
            d = {key: value for key, value in src_dict.items() if value is not None}
            _at = "totalAmount"
            total_amount = decimal_from_json(d.pop("totalAmount"))

            _at = "currency"
            currency = d.pop("currency")

            _at = "country"
            country = d.pop("country")

            _at = "resultMsg"
            result_msg = d.pop("resultMsg")

            _at = "reference"
            reference = d.pop("reference", UNSET)

            _at = "outTradeNo"
            out_trade_no = d.pop("outTradeNo", UNSET)

            _at = "tradeToken"
            trade_token = d.pop("tradeToken", UNSET)

            _at = "channelNo"
            channel_no = d.pop("channelNo", UNSET)

            _at = "thirdChannelNo"
            third_channel_no = d.pop("thirdChannelNo", UNSET)

            _at = "paymentCode"
            payment_code = d.pop("paymentCode", UNSET)

            _at = "status"
            _status = d.pop("status", UNSET)
            status: PaymentStatus | Unset
            if isinstance(_status, Unset):
                status = UNSET
            else:
                status = PaymentStatus(_status)

            _at = "resultCode"
            result_code = d.pop("resultCode", UNSET)

            _at = "paymentDetails"
            _payment_details = d.pop("paymentDetails", UNSET)
            payment_details: list[PaymentDetailResult] | Unset = UNSET
            if _payment_details is not UNSET:
                payment_details = []
                for payment_details_item_data in _payment_details:
                    payment_details_item = PaymentDetailResult.from_dict(payment_details_item_data)

                    payment_details.append(payment_details_item)

            _at = "fees"
            _fees = d.pop("fees", UNSET)
            fees: Fees | Unset
            if isinstance(_fees, Unset):
                fees = UNSET
            else:
                fees = Fees.from_dict(_fees)

            _at = "createTime"
            create_time = d.pop("createTime", UNSET)

            _at = "confirmPayTime"
            confirm_pay_time = d.pop("confirmPayTime", UNSET)

            _at = "completeTime"
            complete_time = d.pop("completeTime", UNSET)

            _at = "cashierCountry"
            cashier_country = d.pop("cashierCountry", UNSET)

            _at = "captureMode"
            _capture_mode = d.pop("captureMode", UNSET)
            capture_mode: CaptureMode | Unset
            if isinstance(_capture_mode, Unset):
                capture_mode = UNSET
            else:
                capture_mode = CaptureMode(_capture_mode)

            _at = "authorizationType"
            _authorization_type = d.pop("authorizationType", UNSET)
            authorization_type: AuthorizationType | Unset
            if isinstance(_authorization_type, Unset):
                authorization_type = UNSET
            else:
                authorization_type = AuthorizationType(_authorization_type)

            order_query_result = cls(
                total_amount=total_amount,
                currency=currency,
                country=country,
                result_msg=result_msg,
                reference=reference,
                out_trade_no=out_trade_no,
                trade_token=trade_token,
                channel_no=channel_no,
                third_channel_no=third_channel_no,
                payment_code=payment_code,
                status=status,
                result_code=result_code,
                payment_details=payment_details,
                fees=fees,
                create_time=create_time,
                confirm_pay_time=confirm_pay_time,
                complete_time=complete_time,
                cashier_country=cashier_country,
                capture_mode=capture_mode,
                authorization_type=authorization_type,
            )

            order_query_result.additional_properties = d
        except Exception as exc:
            raise _spec_violation("OrderQueryResult", _at, exc) from exc
        return order_query_result

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
from ..models.fees import Fees  # noqa: E402
from ..models.payment_detail_result import PaymentDetailResult  # noqa: E402
