from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from payermax_signing.errors import spec_violation as _spec_violation

from ..money import decimal_from_json, decimal_to_json
from ..types import UNSET, Unset

T = TypeVar("T", bound="PayByLinkGoodsResult")


@_attrs_define
class PayByLinkGoodsResult:
    """One line of the goods sold through the link, as PayerMax returns it."""

    goods_name: str
    """ Name of the item. """
    goods_description: str
    """ Description of the item. """
    quantity: str
    """ How many of the item. """
    price: Decimal
    """ Unit price quoted by the merchant, in major units of `goodsCurrency`. """
    goods_currency: str | Unset = UNSET
    """ Currency of `price`. """
    show_url: str | Unset = UNSET
    """ Link to the item. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        goods_name = self.goods_name

        goods_description = self.goods_description

        quantity = self.quantity

        price = decimal_to_json(self.price)

        goods_currency = self.goods_currency

        show_url = self.show_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "goodsName": goods_name,
                "goodsDescription": goods_description,
                "quantity": quantity,
                "price": price,
            }
        )
        if goods_currency is not UNSET:
            field_dict["goodsCurrency"] = goods_currency
        if show_url is not UNSET:
            field_dict["showUrl"] = show_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # A message that breaks the spec raises SpecViolationError naming the member (`_at`), never its value.
        _at = ""
        try:
            # PayerMax may write `null` for a member it has no value for: treat it as absent.
            d = {key: value for key, value in src_dict.items() if value is not None}
            _at = "goodsName"
            goods_name = d.pop("goodsName")

            _at = "goodsDescription"
            goods_description = d.pop("goodsDescription")

            _at = "quantity"
            quantity = d.pop("quantity")

            _at = "price"
            price = decimal_from_json(d.pop("price"))

            _at = "goodsCurrency"
            goods_currency = d.pop("goodsCurrency", UNSET)

            _at = "showUrl"
            show_url = d.pop("showUrl", UNSET)

            pay_by_link_goods_result = cls(
                goods_name=goods_name,
                goods_description=goods_description,
                quantity=quantity,
                price=price,
                goods_currency=goods_currency,
                show_url=show_url,
            )

            pay_by_link_goods_result.additional_properties = d
        except Exception as exc:
            raise _spec_violation("PayByLinkGoodsResult", _at, exc) from exc
        return pay_by_link_goods_result

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
