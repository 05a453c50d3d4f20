from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from payermax_signing.errors import spec_violation as _spec_violation

from ..models.pay_by_link_type import PayByLinkType
from ..money import decimal_from_json, decimal_to_json
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreatePaybylinkRequest")


@_attrs_define
class CreatePaybylinkRequest:
    """The link to create."""

    merchant_link_id: str
    """ The merchant's own number for this link; unique per merchant. Used to query and expire it. """
    link_type: PayByLinkType
    """ Kind of link. Only `ONETIME` (one payment per link) exists today. """
    country: str
    """ Country of the payment, upper case. When it does not match `currency`, the cashier is shown for the
    currency's country.
     """
    currency: str
    """ Currency of `totalAmount`. """
    total_amount: Decimal
    """ Amount to pay, in major units of `currency`. Currency decimals apply, except: BHD, KWD, JOD, OMR and
    TND take at most two decimals; IDR, TWD, KRW, VND, CLP, PKR, COP, JPY, ISK and PYG take none.
     """
    description: str
    """ What is being paid for; shown to the payer on the link page. """
    user_info: PayByLinkUser
    """ The payer the link is meant for (one-time links). """
    goods_details: list[PayByLinkGoods]
    """ The goods sold; one entry per item. """
    merchant_info: PayByLinkMerchantInfo
    """ How the merchant is presented on the link page. """
    notify_url: str
    """ Where to send the link's `PAYBYLINK` notifications; overrides the dashboard setting. """
    expires_time: str | Unset = UNSET
    """ How long the link stays payable, in seconds, as a string: at least 3600 (1 hour), at most 2592000
    (30 days). Without it the link lasts 24 hours.
     """
    language: str | Unset = UNSET
    """ Language of the link page; English when absent. """
    link_description: str | Unset = UNSET
    """ The merchant's own note about the link; never shown to the payer. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        merchant_link_id = self.merchant_link_id

        link_type = self.link_type.value

        country = self.country

        currency = self.currency

        total_amount = decimal_to_json(self.total_amount)

        description = self.description

        user_info = self.user_info.to_dict()

        goods_details = []
        for goods_details_item_data in self.goods_details:
            goods_details_item = goods_details_item_data.to_dict()
            goods_details.append(goods_details_item)

        merchant_info = self.merchant_info.to_dict()

        notify_url = self.notify_url

        expires_time = self.expires_time

        language = self.language

        link_description = self.link_description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "merchantLinkId": merchant_link_id,
                "linkType": link_type,
                "country": country,
                "currency": currency,
                "totalAmount": total_amount,
                "description": description,
                "userInfo": user_info,
                "goodsDetails": goods_details,
                "merchantInfo": merchant_info,
                "notifyUrl": notify_url,
            }
        )
        if expires_time is not UNSET:
            field_dict["expiresTime"] = expires_time
        if language is not UNSET:
            field_dict["language"] = language
        if link_description is not UNSET:
            field_dict["linkDescription"] = link_description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # A message that breaks the spec raises SpecViolationError naming the member (`_at`), never its value.
        _at = ""
        try:
            # PayerMax may write `null` for a member it has no value for: treat it as absent.
            d = {key: value for key, value in src_dict.items() if value is not None}
            _at = "merchantLinkId"
            merchant_link_id = d.pop("merchantLinkId")

            _at = "linkType"
            link_type = PayByLinkType(d.pop("linkType"))

            _at = "country"
            country = d.pop("country")

            _at = "currency"
            currency = d.pop("currency")

            _at = "totalAmount"
            total_amount = decimal_from_json(d.pop("totalAmount"))

            _at = "description"
            description = d.pop("description")

            _at = "userInfo"
            user_info = PayByLinkUser.from_dict(d.pop("userInfo"))

            _at = "goodsDetails"
            goods_details = []
            _goods_details = d.pop("goodsDetails")
            for goods_details_item_data in _goods_details:
                goods_details_item = PayByLinkGoods.from_dict(goods_details_item_data)

                goods_details.append(goods_details_item)

            _at = "merchantInfo"
            merchant_info = PayByLinkMerchantInfo.from_dict(d.pop("merchantInfo"))

            _at = "notifyUrl"
            notify_url = d.pop("notifyUrl")

            _at = "expiresTime"
            expires_time = d.pop("expiresTime", UNSET)

            _at = "language"
            language = d.pop("language", UNSET)

            _at = "linkDescription"
            link_description = d.pop("linkDescription", UNSET)

            create_paybylink_request = cls(
                merchant_link_id=merchant_link_id,
                link_type=link_type,
                country=country,
                currency=currency,
                total_amount=total_amount,
                description=description,
                user_info=user_info,
                goods_details=goods_details,
                merchant_info=merchant_info,
                notify_url=notify_url,
                expires_time=expires_time,
                language=language,
                link_description=link_description,
            )

            create_paybylink_request.additional_properties = d
        except Exception as exc:
            raise _spec_violation("CreatePaybylinkRequest", _at, exc) from exc
        return create_paybylink_request

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
from ..models.pay_by_link_goods import PayByLinkGoods  # noqa: E402
from ..models.pay_by_link_merchant_info import PayByLinkMerchantInfo  # noqa: E402
from ..models.pay_by_link_user import PayByLinkUser  # noqa: E402
