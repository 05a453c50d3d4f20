from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from payermax_signing.errors import spec_violation as _spec_violation

from ..models.payment_notification_data_status import PaymentNotificationDataStatus
from ..money import decimal_from_json, decimal_to_json
from ..types import UNSET, Unset

T = TypeVar("T", bound="PaymentNotificationData")


@_attrs_define
class PaymentNotificationData:
    """The payment order that reached its final state."""

    out_trade_no: str
    """ The merchant's order number. """
    trade_token: str
    """ PayerMax's own number for a payment order. """
    total_amount: Decimal
    """ Order amount given by the merchant, in major units of `currency`. """
    currency: str
    """ Currency of the order. """
    status: PaymentNotificationDataStatus
    """ Final state of the payment. """
    country: str | Unset = UNSET
    """ Country of the payment (`UN` when unknown). """
    complete_time: str | Unset = UNSET
    """ When the payment reached its final state (UTC); absent from notifications of orders closed unpaid. """
    payment_details: list[PaymentDetailResult] | Unset = UNSET
    """ How the payer paid; only filled for a successful payment. """
    fees: Fees | Unset = UNSET
    """ Fees charged on a successful payment, when there are any. """
    reference: str | Unset = UNSET
    """ The merchant's free data given with the order. """
    channel_no: str | Unset = UNSET
    """ Number of the order at the payment channel. """
    third_channel_no: str | Unset = UNSET
    """ Number of the order at the third party (wallet, bank, acquirer). """
    payment_code: str | Unset = UNSET
    """ Virtual account or payment code, for methods that use one. """
    cashier_country: str | Unset = UNSET
    """ For hosted cashier orders, the country chosen on the cashier; only once the payment succeeded. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        out_trade_no = self.out_trade_no

        trade_token = self.trade_token

        total_amount = decimal_to_json(self.total_amount)

        currency = self.currency

        status = self.status.value

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

        cashier_country = self.cashier_country

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "outTradeNo": out_trade_no,
                "tradeToken": trade_token,
                "totalAmount": total_amount,
                "currency": currency,
                "status": status,
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
        if cashier_country is not UNSET:
            field_dict["cashierCountry"] = cashier_country

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
            status = PaymentNotificationDataStatus(d.pop("status"))

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

            _at = "cashierCountry"
            cashier_country = d.pop("cashierCountry", UNSET)

            payment_notification_data = cls(
                out_trade_no=out_trade_no,
                trade_token=trade_token,
                total_amount=total_amount,
                currency=currency,
                status=status,
                country=country,
                complete_time=complete_time,
                payment_details=payment_details,
                fees=fees,
                reference=reference,
                channel_no=channel_no,
                third_channel_no=third_channel_no,
                payment_code=payment_code,
                cashier_country=cashier_country,
            )

            payment_notification_data.additional_properties = d
        except Exception as exc:
            raise _spec_violation("PaymentNotificationData", _at, exc) from exc
        return payment_notification_data

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
