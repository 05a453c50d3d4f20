from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from payermax_signing.errors import spec_violation as _spec_violation

from ..models.balance_movement_direction import BalanceMovementDirection
from ..types import UNSET, Unset

T = TypeVar("T", bound="BalanceMovement")


@_attrs_define
class BalanceMovement:
    """One movement of one balance."""

    amount: FundsAmount
    """ An amount of money and its currency, as the funds notifications write it. """
    direction: BalanceMovementDirection
    """ `INCREASE` money came into the balance, `DECREASE` money left it. """
    counterparty: BalanceCounterparty
    """ The other side of the movement: the bank account for deposits and withdrawals, the merchant number for
    exchanges and transfers (the merchant itself for an exchange).
     """
    related_trade_no: str
    """ PayerMax's number of the operation that moved the balance (for an exchange, its `tradeNo`). """
    exchange: BalanceMovementExchange | Unset = UNSET
    """ The rate of an exchange movement. """
    fee: FundsAmount | Unset = UNSET
    """ An amount of money and its currency, as the funds notifications write it. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount = self.amount.to_dict()

        direction = self.direction.value

        counterparty = self.counterparty.to_dict()

        related_trade_no = self.related_trade_no

        exchange: dict[str, Any] | Unset = UNSET
        if not isinstance(self.exchange, Unset):
            exchange = self.exchange.to_dict()

        fee: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fee, Unset):
            fee = self.fee.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amount": amount,
                "direction": direction,
                "counterparty": counterparty,
                "relatedTradeNo": related_trade_no,
            }
        )
        if exchange is not UNSET:
            field_dict["exchange"] = exchange
        if fee is not UNSET:
            field_dict["fee"] = fee

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # A message that breaks the spec raises SpecViolationError naming the member (`_at`), never its value.
        _at = ""
        try:
            # PayerMax may write `null` for a member it has no value for: treat it as absent.
            d = {key: value for key, value in src_dict.items() if value is not None}
            _at = "amount"
            amount = FundsAmount.from_dict(d.pop("amount"))

            _at = "direction"
            direction = BalanceMovementDirection(d.pop("direction"))

            _at = "counterparty"
            counterparty = BalanceCounterparty.from_dict(d.pop("counterparty"))

            _at = "relatedTradeNo"
            related_trade_no = d.pop("relatedTradeNo")

            _at = "exchange"
            _exchange = d.pop("exchange", UNSET)
            exchange: BalanceMovementExchange | Unset
            if isinstance(_exchange, Unset):
                exchange = UNSET
            else:
                exchange = BalanceMovementExchange.from_dict(_exchange)

            _at = "fee"
            _fee = d.pop("fee", UNSET)
            fee: FundsAmount | Unset
            if isinstance(_fee, Unset):
                fee = UNSET
            else:
                fee = FundsAmount.from_dict(_fee)

            balance_movement = cls(
                amount=amount,
                direction=direction,
                counterparty=counterparty,
                related_trade_no=related_trade_no,
                exchange=exchange,
                fee=fee,
            )

            balance_movement.additional_properties = d
        except Exception as exc:
            raise _spec_violation("BalanceMovement", _at, exc) from exc
        return balance_movement

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
from ..models.balance_counterparty import BalanceCounterparty  # noqa: E402
from ..models.balance_movement_exchange import BalanceMovementExchange  # noqa: E402
from ..models.funds_amount import FundsAmount  # noqa: E402
