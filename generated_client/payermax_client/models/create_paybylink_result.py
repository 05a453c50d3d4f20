from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from payermax_signing.errors import spec_violation as _spec_violation

from ..models.pay_by_link_status import PayByLinkStatus

T = TypeVar("T", bound="CreatePaybylinkResult")


@_attrs_define
class CreatePaybylinkResult:
    """The link created."""

    link_id: str
    """ PayerMax's number of the link. """
    merchant_link_id: str
    """ The merchant's link number. """
    link_url: str
    """ The link to hand to the payer. """
    link_status: PayByLinkStatus
    """ State of a link - `ACTIVE` while it can be paid, `EXPIRED` once its time ran out or it was expired.
    PayerMax has been seen writing it in lower case (`active`); the SDK reads that as the upper-case value.
     """
    qr_code_url: str
    """ Address of a QR code image of the link. """
    expires_at: str
    """ When the link stops being payable. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        link_id = self.link_id

        merchant_link_id = self.merchant_link_id

        link_url = self.link_url

        link_status = self.link_status.value

        qr_code_url = self.qr_code_url

        expires_at = self.expires_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "linkId": link_id,
                "merchantLinkId": merchant_link_id,
                "linkUrl": link_url,
                "linkStatus": link_status,
                "qrCodeUrl": qr_code_url,
                "expiresAt": expires_at,
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
            _at = "linkId"
            link_id = d.pop("linkId")

            _at = "merchantLinkId"
            merchant_link_id = d.pop("merchantLinkId")

            _at = "linkUrl"
            link_url = d.pop("linkUrl")

            _at = "linkStatus"
            link_status = PayByLinkStatus(d.pop("linkStatus"))

            _at = "qrCodeUrl"
            qr_code_url = d.pop("qrCodeUrl")

            _at = "expiresAt"
            expires_at = d.pop("expiresAt")

            create_paybylink_result = cls(
                link_id=link_id,
                merchant_link_id=merchant_link_id,
                link_url=link_url,
                link_status=link_status,
                qr_code_url=qr_code_url,
                expires_at=expires_at,
            )

            create_paybylink_result.additional_properties = d
        except Exception as exc:
            raise _spec_violation("CreatePaybylinkResult", _at, exc) from exc
        return create_paybylink_result

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
