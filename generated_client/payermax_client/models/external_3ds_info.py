from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from payermax_signing.errors import spec_violation as _spec_violation

from ..types import UNSET, Unset

T = TypeVar("T", bound="External3DSInfo")


@_attrs_define
class External3DSInfo:
    """Result of a 3-D Secure authentication the merchant ran with another provider; sent with
    `cardInfo.dynamic3DS` `ext3DS`. Must be enabled by PayerMax support first.

    """

    three_ds_version: str | Unset = UNSET
    """ 3DS protocol version, e.g. `2.2.0`. """
    eci: str | Unset = UNSET
    """ Electronic Commerce Indicator. """
    cavv: str | Unset = _attrs_field(default=UNSET, repr=False)
    """ Cardholder authentication verification value. """
    ds_transaction_id: str | Unset = UNSET
    """ Transaction id of the 3DS directory server. """
    xid: str | Unset = UNSET
    """ Identifier of the authentication. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        three_ds_version = self.three_ds_version

        eci = self.eci

        cavv = self.cavv

        ds_transaction_id = self.ds_transaction_id

        xid = self.xid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if three_ds_version is not UNSET:
            field_dict["threeDSVersion"] = three_ds_version
        if eci is not UNSET:
            field_dict["eci"] = eci
        if cavv is not UNSET:
            field_dict["cavv"] = cavv
        if ds_transaction_id is not UNSET:
            field_dict["dsTransactionId"] = ds_transaction_id
        if xid is not UNSET:
            field_dict["xid"] = xid

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # A message that breaks the spec raises SpecViolationError naming the member (`_at`), never its value.
        _at = ""
        try:
            # PayerMax may write `null` for a member it has no value for: treat it as absent.
            d = {key: value for key, value in src_dict.items() if value is not None}
            _at = "threeDSVersion"
            three_ds_version = d.pop("threeDSVersion", UNSET)

            _at = "eci"
            eci = d.pop("eci", UNSET)

            _at = "cavv"
            cavv = d.pop("cavv", UNSET)

            _at = "dsTransactionId"
            ds_transaction_id = d.pop("dsTransactionId", UNSET)

            _at = "xid"
            xid = d.pop("xid", UNSET)

            external_3ds_info = cls(
                three_ds_version=three_ds_version,
                eci=eci,
                cavv=cavv,
                ds_transaction_id=ds_transaction_id,
                xid=xid,
            )

            external_3ds_info.additional_properties = d
        except Exception as exc:
            raise _spec_violation("External3DSInfo", _at, exc) from exc
        return external_3ds_info

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
