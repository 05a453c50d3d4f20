from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from payermax_signing.errors import spec_violation as _spec_violation

from ..models.authorization_notification_data_status import (
    AuthorizationNotificationDataStatus,
)
from ..models.authorization_type import AuthorizationType
from ..models.capture_mode import CaptureMode
from ..money import decimal_from_json, decimal_to_json
from ..types import UNSET, Unset

T = TypeVar("T", bound="AuthorizationNotificationData")


@_attrs_define
class AuthorizationNotificationData:
    """The authorisation that reached its final state."""

    out_trade_no: str
    """ The merchant's order number. """
    trade_token: str
    """ PayerMax's own number for a payment order. """
    total_amount: Decimal
    """ Order amount given by the merchant, in major units of `currency` (the amount held). """
    currency: str
    """ Currency of the order. """
    status: AuthorizationNotificationDataStatus
    """ Final state of the authorisation: `SUCCESS` (money held), `FAILED`, or `CLOSED` (not paid in time). """
    capture_mode: CaptureMode
    """ How the money of a card payment is taken: `MANUAL` makes the order an authorisation that only holds
    the money until `capture` (or `cancel`). Without it the payment is an ordinary sale.
     """
    authorization_type: AuthorizationType
    """ Kind of authorisation: `FINAL_AUTH`, a hold for the final amount (the only documented kind). """
    country: str | Unset = UNSET
    """ Country of the payment. """
    complete_time: str | Unset = UNSET
    """ When the authorisation reached its final state (UTC). """
    payment_details: list[PaymentDetailResult] | Unset = UNSET
    """ How the payer paid; only filled for a successful authorisation. """
    fees: Fees | Unset = UNSET
    """ Fees charged on a successful payment, when there are any. """
    reference: str | Unset = UNSET
    """ The merchant's free data given with the order. """
    channel_no: str | Unset = UNSET
    """ Number of the order at the payment channel. """
    third_channel_no: str | Unset = UNSET
    """ Number of the order at the third party (acquirer, wallet). """
    payment_code: str | Unset = UNSET
    """ Virtual account or payment code, for methods that use one. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        out_trade_no = self.out_trade_no

        trade_token = self.trade_token

        total_amount = decimal_to_json(self.total_amount)

        currency = self.currency

        status = self.status.value

        capture_mode = self.capture_mode.value

        authorization_type = self.authorization_type.value

        country = self.country

        complete_time = self.complete_time

        payment_details: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.payment_details, Unset):
            payment_details = []
            for payment_details_item_data in self.payment_details:
                payment_details_item = payment_details_item_data.to_dict()
                payment_details.append(payment_details_item)

        fees: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fees, Unset):
            fees = self.fees.to_dict()

        reference = self.reference

        channel_no = self.channel_no

        third_channel_no = self.third_channel_no

        payment_code = self.payment_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "outTradeNo": out_trade_no,
                "tradeToken": trade_token,
                "totalAmount": total_amount,
                "currency": currency,
                "status": status,
                "captureMode": capture_mode,
                "authorizationType": authorization_type,
            }
        )
        if country is not UNSET:
            field_dict["country"] = country
        if complete_time is not UNSET:
            field_dict["completeTime"] = complete_time
        if payment_details is not UNSET:
            field_dict["paymentDetails"] = payment_details
        if fees is not UNSET:
            field_dict["fees"] = fees
        if reference is not UNSET:
            field_dict["reference"] = reference
        if channel_no is not UNSET:
            field_dict["channelNo"] = channel_no
        if third_channel_no is not UNSET:
            field_dict["thirdChannelNo"] = third_channel_no
        if payment_code is not UNSET:
            field_dict["paymentCode"] = payment_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # A message that breaks the spec raises SpecViolationError naming the member (`_at`), never its value.
        _at = ""
        try:
            # PayerMax may write `null` for a member it has no value for: treat it as absent.
            d = {key: value for key, value in src_dict.items() if value is not None}
            _at = "outTradeNo"
            out_trade_no = d.pop("outTradeNo")

            _at = "tradeToken"
            trade_token = d.pop("tradeToken")

            _at = "totalAmount"
            total_amount = decimal_from_json(d.pop("totalAmount"))

            _at = "currency"
            currency = d.pop("currency")

            _at = "status"
            status = AuthorizationNotificationDataStatus(d.pop("status"))

            _at = "captureMode"
            capture_mode = CaptureMode(d.pop("captureMode"))

            _at = "authorizationType"
            authorization_type = AuthorizationType(d.pop("authorizationType"))

            _at = "country"
            country = d.pop("country", UNSET)

            _at = "completeTime"
            complete_time = d.pop("completeTime", UNSET)

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

            _at = "reference"
            reference = d.pop("reference", UNSET)

            _at = "channelNo"
            channel_no = d.pop("channelNo", UNSET)

            _at = "thirdChannelNo"
            third_channel_no = d.pop("thirdChannelNo", UNSET)

            _at = "paymentCode"
            payment_code = d.pop("paymentCode", UNSET)

            authorization_notification_data = cls(
                out_trade_no=out_trade_no,
                trade_token=trade_token,
                total_amount=total_amount,
                currency=currency,
                status=status,
                capture_mode=capture_mode,
                authorization_type=authorization_type,
                country=country,
                complete_time=complete_time,
                payment_details=payment_details,
                fees=fees,
                reference=reference,
                channel_no=channel_no,
                third_channel_no=third_channel_no,
                payment_code=payment_code,
            )

            authorization_notification_data.additional_properties = d
        except Exception as exc:
            raise _spec_violation("AuthorizationNotificationData", _at, exc) from exc
        return authorization_notification_data

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
