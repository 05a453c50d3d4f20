from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from payermax_signing.errors import spec_violation as _spec_violation

from ..models.pay_by_link_status import PayByLinkStatus
from ..money import decimal_from_json, decimal_to_json
from ..types import UNSET, Unset

T = TypeVar("T", bound="PayByLinkNotificationData")


@_attrs_define
class PayByLinkNotificationData:
    """The paid link, with its successful payment."""

    link_id: str
    """ PayerMax's number of the link. """
    merchant_link_id: str
    """ The merchant's link number. """
    link_url: str
    """ The link. """
    qr_code_url: str
    """ Address of a QR code image of the link. """
    link_status: PayByLinkStatus
    """ State of a link - `ACTIVE` while it can be paid, `EXPIRED` once its time ran out or it was expired.
    PayerMax has been seen writing it in lower case (`active`); the SDK reads that as the upper-case value.
     """
    total_amount: Decimal
    """ Amount of the link, in major units of `currency`. """
    country: str
    """ Country of the link. """
    currency: str
    """ Currency of `totalAmount`. """
    expires_at: str
    """ When the link stops (or stopped) being payable. """
    pay_by_link_info: list[PayByLinkPayment]
    """ The link's payments; only successful ones are reported. """
    link_description: str | Unset = UNSET
    """ The merchant's own note about the link, when one was given. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        link_id = self.link_id

        merchant_link_id = self.merchant_link_id

        link_url = self.link_url

        qr_code_url = self.qr_code_url

        link_status = self.link_status.value

        total_amount = decimal_to_json(self.total_amount)

        country = self.country

        currency = self.currency

        expires_at = self.expires_at

        pay_by_link_info = []
        for pay_by_link_info_item_data in self.pay_by_link_info:
            pay_by_link_info_item = pay_by_link_info_item_data.to_dict()
            pay_by_link_info.append(pay_by_link_info_item)

        link_description = self.link_description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "linkId": link_id,
                "merchantLinkId": merchant_link_id,
                "linkUrl": link_url,
                "qrCodeUrl": qr_code_url,
                "linkStatus": link_status,
                "totalAmount": total_amount,
                "country": country,
                "currency": currency,
                "expiresAt": expires_at,
                "payByLinkInfo": pay_by_link_info,
            }
        )
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
            _at = "linkId"
            link_id = d.pop("linkId")

            _at = "merchantLinkId"
            merchant_link_id = d.pop("merchantLinkId")

            _at = "linkUrl"
            link_url = d.pop("linkUrl")

            _at = "qrCodeUrl"
            qr_code_url = d.pop("qrCodeUrl")

            _at = "linkStatus"
            link_status = PayByLinkStatus(d.pop("linkStatus"))

            _at = "totalAmount"
            total_amount = decimal_from_json(d.pop("totalAmount"))

            _at = "country"
            country = d.pop("country")

            _at = "currency"
            currency = d.pop("currency")

            _at = "expiresAt"
            expires_at = d.pop("expiresAt")

            _at = "payByLinkInfo"
            pay_by_link_info = []
            _pay_by_link_info = d.pop("payByLinkInfo")
            for pay_by_link_info_item_data in _pay_by_link_info:
                pay_by_link_info_item = PayByLinkPayment.from_dict(pay_by_link_info_item_data)

                pay_by_link_info.append(pay_by_link_info_item)

            _at = "linkDescription"
            link_description = d.pop("linkDescription", UNSET)

            pay_by_link_notification_data = cls(
                link_id=link_id,
                merchant_link_id=merchant_link_id,
                link_url=link_url,
                qr_code_url=qr_code_url,
                link_status=link_status,
                total_amount=total_amount,
                country=country,
                currency=currency,
                expires_at=expires_at,
                pay_by_link_info=pay_by_link_info,
                link_description=link_description,
            )

            pay_by_link_notification_data.additional_properties = d
        except Exception as exc:
            raise _spec_violation("PayByLinkNotificationData", _at, exc) from exc
        return pay_by_link_notification_data

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
from ..models.pay_by_link_payment import PayByLinkPayment  # noqa: E402
