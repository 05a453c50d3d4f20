from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from payermax_signing.errors import spec_violation as _spec_violation

from ..models.exchange_status import ExchangeStatus
from ..models.fx_side import FxSide
from ..money import decimal_from_json, decimal_to_json

T = TypeVar("T", bound="ExchangeResult")


@_attrs_define
class ExchangeResult:
    """An exchange and where it stands. `errorCode` and `errorMsg` are empty unless it failed; `completeTime`
    is empty while it is `PENDING`.

    """

    out_trade_no: str
    """ The merchant's number of the exchange. """
    trade_no: str
    """ PayerMax's number of the exchange. """
    status: ExchangeStatus
    """ State of an exchange: `PENDING` while it runs, then `SUCCESS` or `FAILED` (both final). """
    ccy_pair: str
    """ The pair traded. """
    side: FxSide
    """ Direction of the trade, seen from the transaction currency (from the merchant's point of view):
    `BUY` acquires it, `SELL` gives it away.
     """
    transaction_ccy: str
    """ The transaction currency. """
    transaction_amount: Decimal
    """ Amount of the transaction currency bought or sold. """
    target_ccy: str
    """ The other currency. """
    target_amount: Decimal
    """ The matching amount of the target currency, converted at `rate`. """
    rate: Decimal
    """ The rate applied, in the pair's direction (target units per USD for `USDxxx`). """
    rate_version: str
    """ The quote the exchange was made at. """
    rate_time: str
    """ When the rate applied was set. """
    complete_time: str
    """ When the exchange finished; empty while it is `PENDING`. """
    error_code: str
    """ Why the exchange failed; empty otherwise. """
    error_msg: str
    """ Explanation of `errorCode`; empty otherwise. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        out_trade_no = self.out_trade_no

        trade_no = self.trade_no

        status = self.status.value

        ccy_pair = self.ccy_pair

        side = self.side.value

        transaction_ccy = self.transaction_ccy

        transaction_amount = decimal_to_json(self.transaction_amount)

        target_ccy = self.target_ccy

        target_amount = decimal_to_json(self.target_amount)

        rate = decimal_to_json(self.rate)

        rate_version = self.rate_version

        rate_time = self.rate_time

        complete_time = self.complete_time

        error_code = self.error_code

        error_msg = self.error_msg

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "outTradeNo": out_trade_no,
                "tradeNo": trade_no,
                "status": status,
                "ccyPair": ccy_pair,
                "side": side,
                "transactionCcy": transaction_ccy,
                "transactionAmount": transaction_amount,
                "targetCcy": target_ccy,
                "targetAmount": target_amount,
                "rate": rate,
                "rateVersion": rate_version,
                "rateTime": rate_time,
                "completeTime": complete_time,
                "errorCode": error_code,
                "errorMsg": error_msg,
            }
        )

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

            _at = "tradeNo"
            trade_no = d.pop("tradeNo")

            _at = "status"
            status = ExchangeStatus(d.pop("status"))

            _at = "ccyPair"
            ccy_pair = d.pop("ccyPair")

            _at = "side"
            side = FxSide(d.pop("side"))

            _at = "transactionCcy"
            transaction_ccy = d.pop("transactionCcy")

            _at = "transactionAmount"
            transaction_amount = decimal_from_json(d.pop("transactionAmount"))

            _at = "targetCcy"
            target_ccy = d.pop("targetCcy")

            _at = "targetAmount"
            target_amount = decimal_from_json(d.pop("targetAmount"))

            _at = "rate"
            rate = decimal_from_json(d.pop("rate"))

            _at = "rateVersion"
            rate_version = d.pop("rateVersion")

            _at = "rateTime"
            rate_time = d.pop("rateTime")

            _at = "completeTime"
            complete_time = d.pop("completeTime")

            _at = "errorCode"
            error_code = d.pop("errorCode")

            _at = "errorMsg"
            error_msg = d.pop("errorMsg")

            exchange_result = cls(
                out_trade_no=out_trade_no,
                trade_no=trade_no,
                status=status,
                ccy_pair=ccy_pair,
                side=side,
                transaction_ccy=transaction_ccy,
                transaction_amount=transaction_amount,
                target_ccy=target_ccy,
                target_amount=target_amount,
                rate=rate,
                rate_version=rate_version,
                rate_time=rate_time,
                complete_time=complete_time,
                error_code=error_code,
                error_msg=error_msg,
            )

            exchange_result.additional_properties = d
        except Exception as exc:
            raise _spec_violation("ExchangeResult", _at, exc) from exc
        return exchange_result

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
