from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from payermax_signing.errors import spec_violation as _spec_violation

from ..money import decimal_from_json, decimal_to_json
from ..types import UNSET, Unset

T = TypeVar("T", bound="FraudNotificationData")


@_attrs_define
class FraudNotificationData:
    """The payment reported as fraudulent."""

    merchant_no: str
    """ The merchant number. """
    trade_amount: Decimal
    """ Amount of the payment, in major units of `tradeCurrency`. """
    trade_currency: str
    """ Currency of the payment. """
    trade_create_time: str
    """ When the payment order was created. """
    out_user_id: str
    """ The merchant's id of the user who paid. """
    out_trade_no: str | Unset = UNSET
    """ The merchant's order number of the payment. """
    receive_date: str | Unset = UNSET
    """ When PayerMax received the fraud report. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        merchant_no = self.merchant_no

        trade_amount = decimal_to_json(self.trade_amount)

        trade_currency = self.trade_currency

        trade_create_time = self.trade_create_time

        out_user_id = self.out_user_id

        out_trade_no = self.out_trade_no

        receive_date = self.receive_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "merchantNo": merchant_no,
                "tradeAmount": trade_amount,
                "tradeCurrency": trade_currency,
                "tradeCreateTime": trade_create_time,
                "outUserId": out_user_id,
            }
        )
        if out_trade_no is not UNSET:
            field_dict["outTradeNo"] = out_trade_no
        if receive_date is not UNSET:
            field_dict["receiveDate"] = receive_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # A message that breaks the spec raises SpecViolationError naming the member (`_at`), never its value.
        _at = ""
        try:
            # PayerMax may write `null` for a member it has no value for: treat it as absent.
            d = {key: value for key, value in src_dict.items() if value is not None}
            _at = "merchantNo"
            merchant_no = d.pop("merchantNo")

            _at = "tradeAmount"
            trade_amount = decimal_from_json(d.pop("tradeAmount"))

            _at = "tradeCurrency"
            trade_currency = d.pop("tradeCurrency")

            _at = "tradeCreateTime"
            trade_create_time = d.pop("tradeCreateTime")

            _at = "outUserId"
            out_user_id = d.pop("outUserId")

            _at = "outTradeNo"
            out_trade_no = d.pop("outTradeNo", UNSET)

            _at = "receiveDate"
            receive_date = d.pop("receiveDate", UNSET)

            fraud_notification_data = cls(
                merchant_no=merchant_no,
                trade_amount=trade_amount,
                trade_currency=trade_currency,
                trade_create_time=trade_create_time,
                out_user_id=out_user_id,
                out_trade_no=out_trade_no,
                receive_date=receive_date,
            )

            fraud_notification_data.additional_properties = d
        except Exception as exc:
            raise _spec_violation("FraudNotificationData", _at, exc) from exc
        return fraud_notification_data

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
