from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from payermax_signing.errors import spec_violation as _spec_violation

from ..models.client_exchange_rate_type import ClientExchangeRateType
from ..models.fx_side import FxSide
from ..money import decimal_from_json, decimal_to_json
from ..types import UNSET, Unset

T = TypeVar("T", bound="ClientExchangeRate")


@_attrs_define
class ClientExchangeRate:
    """The rate of one pair: one unit of the transaction currency is worth `rate` units of the target currency.
    `effectTime`, `validTime` and `expiryTime` belong to `Tradable` rates.

    """

    ccy_pair: str
    """ Transaction currency then target currency, e.g. `USDAED`. """
    rate: Decimal
    """ Units of the target currency for one unit of the transaction currency. """
    rate_type: ClientExchangeRateType
    """ `Reference`: indicative only (the only kind for products without locked rates). `Tradable`: a locked
    rate of a locked-rate collection product, usable between `effectTime` and `validTime`.
     """
    side: FxSide
    """ Direction of the trade, seen from the transaction currency (from the merchant's point of view):
    `BUY` acquires it, `SELL` gives it away.
     """
    transaction_currency: str
    """ The transaction currency. """
    target_currency: str
    """ The target currency. """
    rate_reference_id: str | Unset = UNSET
    """ Identifier of this rate. """
    effect_time: str | Unset = UNSET
    """ Earliest time the rate may be used (`Tradable` rates). """
    valid_time: str | Unset = UNSET
    """ After this time trades at this rate are refused (`Tradable` rates). """
    expiry_time: str | Unset = UNSET
    """ When the rate is out of date and should no longer be used (`Tradable` rates). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ccy_pair = self.ccy_pair

        rate = decimal_to_json(self.rate)

        rate_type = self.rate_type.value

        side = self.side.value

        transaction_currency = self.transaction_currency

        target_currency = self.target_currency

        rate_reference_id = self.rate_reference_id

        effect_time = self.effect_time

        valid_time = self.valid_time

        expiry_time = self.expiry_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ccyPair": ccy_pair,
                "rate": rate,
                "rateType": rate_type,
                "side": side,
                "transactionCurrency": transaction_currency,
                "targetCurrency": target_currency,
            }
        )
        if rate_reference_id is not UNSET:
            field_dict["rateReferenceId"] = rate_reference_id
        if effect_time is not UNSET:
            field_dict["effectTime"] = effect_time
        if valid_time is not UNSET:
            field_dict["validTime"] = valid_time
        if expiry_time is not UNSET:
            field_dict["expiryTime"] = expiry_time

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

            _at = "rate"
            rate = decimal_from_json(d.pop("rate"))

            _at = "rateType"
            rate_type = ClientExchangeRateType(d.pop("rateType"))

            _at = "side"
            side = FxSide(d.pop("side"))

            _at = "transactionCurrency"
            transaction_currency = d.pop("transactionCurrency")

            _at = "targetCurrency"
            target_currency = d.pop("targetCurrency")

            _at = "rateReferenceId"
            rate_reference_id = d.pop("rateReferenceId", UNSET)

            _at = "effectTime"
            effect_time = d.pop("effectTime", UNSET)

            _at = "validTime"
            valid_time = d.pop("validTime", UNSET)

            _at = "expiryTime"
            expiry_time = d.pop("expiryTime", UNSET)

            client_exchange_rate = cls(
                ccy_pair=ccy_pair,
                rate=rate,
                rate_type=rate_type,
                side=side,
                transaction_currency=transaction_currency,
                target_currency=target_currency,
                rate_reference_id=rate_reference_id,
                effect_time=effect_time,
                valid_time=valid_time,
                expiry_time=expiry_time,
            )

            client_exchange_rate.additional_properties = d
        except Exception as exc:
            raise _spec_violation("ClientExchangeRate", _at, exc) from exc
        return client_exchange_rate

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
