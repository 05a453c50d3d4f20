from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from payermax_signing.errors import spec_violation as _spec_violation

from ..money import decimal_from_json, decimal_to_json
from ..types import UNSET, Unset

T = TypeVar("T", bound="FxQuote")


@_attrs_define
class FxQuote:
    """PayerMax's current quote for one pair. Rates have eight decimals unless stated otherwise. Pass `version`
    to `exchange` as `rateVersion` before `expiryTime` to trade at this quote.

    """

    ccy_pair: str | Unset = UNSET
    """ The pair quoted, USD first. """
    bid_rate: Decimal | Unset = UNSET
    """ The buy price (PayerMax buys the base currency, USD, at this rate). """
    offer_rate: Decimal | Unset = UNSET
    """ The sell price (PayerMax sells the base currency, USD, at this rate). """
    rate_time: str | Unset = UNSET
    """ When the quote was made. """
    version: str | Unset = UNSET
    """ Identifier of this quote; the `rateVersion` of an exchange at this quote. """
    expiry_time: str | Unset = UNSET
    """ When the quote stops being tradable. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ccy_pair = self.ccy_pair

        bid_rate: str | Unset = UNSET
        if not isinstance(self.bid_rate, Unset):
            bid_rate = decimal_to_json(self.bid_rate)

        offer_rate: str | Unset = UNSET
        if not isinstance(self.offer_rate, Unset):
            offer_rate = decimal_to_json(self.offer_rate)

        rate_time = self.rate_time

        version = self.version

        expiry_time = self.expiry_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ccy_pair is not UNSET:
            field_dict["ccyPair"] = ccy_pair
        if bid_rate is not UNSET:
            field_dict["bidRate"] = bid_rate
        if offer_rate is not UNSET:
            field_dict["offerRate"] = offer_rate
        if rate_time is not UNSET:
            field_dict["rateTime"] = rate_time
        if version is not UNSET:
            field_dict["version"] = version
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
            ccy_pair = d.pop("ccyPair", UNSET)

            _at = "bidRate"
            _bid_rate = d.pop("bidRate", UNSET)
            bid_rate: Decimal | Unset
            if isinstance(_bid_rate, Unset):
                bid_rate = UNSET
            else:
                bid_rate = decimal_from_json(_bid_rate)

            _at = "offerRate"
            _offer_rate = d.pop("offerRate", UNSET)
            offer_rate: Decimal | Unset
            if isinstance(_offer_rate, Unset):
                offer_rate = UNSET
            else:
                offer_rate = decimal_from_json(_offer_rate)

            _at = "rateTime"
            rate_time = d.pop("rateTime", UNSET)

            _at = "version"
            version = d.pop("version", UNSET)

            _at = "expiryTime"
            expiry_time = d.pop("expiryTime", UNSET)

            fx_quote = cls(
                ccy_pair=ccy_pair,
                bid_rate=bid_rate,
                offer_rate=offer_rate,
                rate_time=rate_time,
                version=version,
                expiry_time=expiry_time,
            )

            fx_quote.additional_properties = d
        except Exception as exc:
            raise _spec_violation("FxQuote", _at, exc) from exc
        return fx_quote

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
