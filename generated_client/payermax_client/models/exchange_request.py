from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from payermax_signing.errors import spec_violation as _spec_violation

from ..models.fx_side import FxSide
from ..money import decimal_from_json, decimal_to_json
from ..types import UNSET, Unset

T = TypeVar("T", bound="ExchangeRequest")


@_attrs_define
class ExchangeRequest:
    """The exchange to make."""

    ccy_pair: str
    """ The pair traded, e.g. `USDINR`; one of its currencies must be USD. """
    out_trade_no: str
    """ The merchant's own number for this exchange, unique per merchant. """
    side: FxSide
    """ Direction of the trade, seen from the transaction currency (from the merchant's point of view):
    `BUY` acquires it, `SELL` gives it away.
     """
    transaction_amount: Decimal
    """ Amount of the transaction currency to buy or sell, in major units. """
    transaction_ccy: str
    """ The transaction currency (the one `side` refers to). """
    target_ccy: str
    """ The other currency of the pair. """
    rate_version: str | Unset = UNSET
    """ The `version` of a `quoteQuery` quote to trade at; it must not have expired. Absent: PayerMax's
    latest rate.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ccy_pair = self.ccy_pair

        out_trade_no = self.out_trade_no

        side = self.side.value

        transaction_amount = decimal_to_json(self.transaction_amount)

        transaction_ccy = self.transaction_ccy

        target_ccy = self.target_ccy

        rate_version = self.rate_version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ccyPair": ccy_pair,
                "outTradeNo": out_trade_no,
                "side": side,
                "transactionAmount": transaction_amount,
                "transactionCcy": transaction_ccy,
                "targetCcy": target_ccy,
            }
        )
        if rate_version is not UNSET:
            field_dict["rateVersion"] = rate_version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # A message that breaks the spec raises SpecViolationError naming the member (`_at`), never its value.
        _at = ""
        try:
            # PayerMax may write `null` for a member it has no value for: treat it as absent.
            d = {key: value for key, value in src_dict.items() if value is not None}
            _at = "ccyPair"
            ccy_pair = d.pop("ccyPair")

            _at = "outTradeNo"
            out_trade_no = d.pop("outTradeNo")

            _at = "side"
            side = FxSide(d.pop("side"))

            _at = "transactionAmount"
            transaction_amount = decimal_from_json(d.pop("transactionAmount"))

            _at = "transactionCcy"
            transaction_ccy = d.pop("transactionCcy")

            _at = "targetCcy"
            target_ccy = d.pop("targetCcy")

            _at = "rateVersion"
            rate_version = d.pop("rateVersion", UNSET)

            exchange_request = cls(
                ccy_pair=ccy_pair,
                out_trade_no=out_trade_no,
                side=side,
                transaction_amount=transaction_amount,
                transaction_ccy=transaction_ccy,
                target_ccy=target_ccy,
                rate_version=rate_version,
            )

            exchange_request.additional_properties = d
        except Exception as exc:
            raise _spec_violation("ExchangeRequest", _at, exc) from exc
        return exchange_request

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
