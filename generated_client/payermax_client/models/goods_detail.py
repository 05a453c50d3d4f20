from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from payermax_signing.errors import spec_violation as _spec_violation

from ..types import UNSET, Unset

T = TypeVar("T", bound="GoodsDetail")


@_attrs_define
class GoodsDetail:
    """One line of the goods being paid for. Required for e-commerce merchants."""

    goods_id: str
    """ The merchant's id of the item. """
    goods_name: str
    """ Name of the item. """
    quantity: str
    """ How many of the item, as a string of digits. """
    price: str
    """ Unit price quoted by the merchant, in major units. """
    goods_currency: str | Unset = UNSET
    """ ISO 4217 currency code, upper case. """
    show_url: str | Unset = UNSET
    """ Link to the item on the merchant's site. """
    goods_category: str | Unset = UNSET
    """ Category of the item. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        goods_id = self.goods_id

        goods_name = self.goods_name

        quantity = self.quantity

        price = self.price

        goods_currency = self.goods_currency

        show_url = self.show_url

        goods_category = self.goods_category

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "goodsId": goods_id,
                "goodsName": goods_name,
                "quantity": quantity,
                "price": price,
            }
        )
        if goods_currency is not UNSET:
            field_dict["goodsCurrency"] = goods_currency
        if show_url is not UNSET:
            field_dict["showUrl"] = show_url
        if goods_category is not UNSET:
            field_dict["goodsCategory"] = goods_category

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # A message that breaks the spec raises SpecViolationError naming the member (`_at`), never its value.
        _at = ""
        try:
            # PayerMax may write `null` for a member it has no value for: treat it as absent.
            d = {key: value for key, value in src_dict.items() if value is not None}
            _at = "goodsId"
            goods_id = d.pop("goodsId")

            _at = "goodsName"
            goods_name = d.pop("goodsName")

            _at = "quantity"
            quantity = d.pop("quantity")

            _at = "price"
            price = d.pop("price")

            _at = "goodsCurrency"
            goods_currency = d.pop("goodsCurrency", UNSET)

            _at = "showUrl"
            show_url = d.pop("showUrl", UNSET)

            _at = "goodsCategory"
            goods_category = d.pop("goodsCategory", UNSET)

            goods_detail = cls(
                goods_id=goods_id,
                goods_name=goods_name,
                quantity=quantity,
                price=price,
                goods_currency=goods_currency,
                show_url=show_url,
                goods_category=goods_category,
            )

            goods_detail.additional_properties = d
        except Exception as exc:
            raise _spec_violation("GoodsDetail", _at, exc) from exc
        return goods_detail

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
