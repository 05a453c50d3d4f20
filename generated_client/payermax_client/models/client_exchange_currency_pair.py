from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from payermax_signing.errors import spec_violation as _spec_violation

from ..models.fx_side import FxSide

T = TypeVar("T", bound="ClientExchangeCurrencyPair")


@_attrs_define
class ClientExchangeCurrencyPair:
    """One pair to quote, from the merchant's point of view."""

    side: FxSide
    """ Direction of the trade, seen from the transaction currency (from the merchant's point of view):
    `BUY` acquires it, `SELL` gives it away.
     """
    transaction_currency: str
    """ The transaction currency (the one `side` refers to). """
    target_currency: str
    """ The currency it is converted into. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        side = self.side.value

        transaction_currency = self.transaction_currency

        target_currency = self.target_currency

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "side": side,
                "transactionCurrency": transaction_currency,
                "targetCurrency": target_currency,
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
            _at = "side"
            side = FxSide(d.pop("side"))

            _at = "transactionCurrency"
            transaction_currency = d.pop("transactionCurrency")

            _at = "targetCurrency"
            target_currency = d.pop("targetCurrency")

            client_exchange_currency_pair = cls(
                side=side,
                transaction_currency=transaction_currency,
                target_currency=target_currency,
            )

            client_exchange_currency_pair.additional_properties = d
        except Exception as exc:
            raise _spec_violation("ClientExchangeCurrencyPair", _at, exc) from exc
        return client_exchange_currency_pair

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
