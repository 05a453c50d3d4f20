from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from payermax_signing.errors import spec_violation as _spec_violation

from ..models.three_ds_result_authentication_status import (
    ThreeDSResultAuthenticationStatus,
)
from ..models.three_ds_result_enrolled import ThreeDSResultEnrolled
from ..types import UNSET, Unset

T = TypeVar("T", bound="ThreeDSResult")


@_attrs_define
class ThreeDSResult:
    """Outcome of 3-D Secure authentication of a card payment."""

    eci: str
    """ Electronic Commerce Indicator, e.g. `05` (Visa, fully authenticated) or `02` (Mastercard). """
    three_ds_version: str | Unset = UNSET
    """ 3DS protocol version, e.g. `2.2.0`. """
    enrolled: ThreeDSResultEnrolled | Unset = UNSET
    """ Whether the card can be authenticated: `Y` the issuer takes part, `N` it does not, `U` the directory
    or access server was unavailable, `B` authentication was bypassed by a merchant rule.
     """
    authentication_status: ThreeDSResultAuthenticationStatus | Unset = UNSET
    """ Result of authentication: `Y` authenticated, `N` failed, `U` could not complete, `A` attempted,
    `R` rejected (must not be submitted for authorisation).
     """
    ds_transaction_id: str | Unset = UNSET
    """ Transaction id assigned by the 3DS directory server. """
    cavv: str | Unset = UNSET
    """ Cardholder authentication verification value (CAVV / AAV / UCAF). """
    xid: str | Unset = UNSET
    """ Identifier of the authentication. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        eci = self.eci

        three_ds_version = self.three_ds_version

        enrolled: str | Unset = UNSET
        if not isinstance(self.enrolled, Unset):
            enrolled = self.enrolled.value

        authentication_status: str | Unset = UNSET
        if not isinstance(self.authentication_status, Unset):
            authentication_status = self.authentication_status.value

        ds_transaction_id = self.ds_transaction_id

        cavv = self.cavv

        xid = self.xid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "eci": eci,
            }
        )
        if three_ds_version is not UNSET:
            field_dict["threeDSVersion"] = three_ds_version
        if enrolled is not UNSET:
            field_dict["enrolled"] = enrolled
        if authentication_status is not UNSET:
            field_dict["authenticationStatus"] = authentication_status
        if ds_transaction_id is not UNSET:
            field_dict["dsTransactionId"] = ds_transaction_id
        if cavv is not UNSET:
            field_dict["cavv"] = cavv
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
            _at = "eci"
            eci = d.pop("eci")

            _at = "threeDSVersion"
            three_ds_version = d.pop("threeDSVersion", UNSET)

            _at = "enrolled"
            _enrolled = d.pop("enrolled", UNSET)
            enrolled: ThreeDSResultEnrolled | Unset
            if isinstance(_enrolled, Unset):
                enrolled = UNSET
            else:
                enrolled = ThreeDSResultEnrolled(_enrolled)

            _at = "authenticationStatus"
            _authentication_status = d.pop("authenticationStatus", UNSET)
            authentication_status: ThreeDSResultAuthenticationStatus | Unset
            if isinstance(_authentication_status, Unset):
                authentication_status = UNSET
            else:
                authentication_status = ThreeDSResultAuthenticationStatus(_authentication_status)

            _at = "dsTransactionId"
            ds_transaction_id = d.pop("dsTransactionId", UNSET)

            _at = "cavv"
            cavv = d.pop("cavv", UNSET)

            _at = "xid"
            xid = d.pop("xid", UNSET)

            three_ds_result = cls(
                eci=eci,
                three_ds_version=three_ds_version,
                enrolled=enrolled,
                authentication_status=authentication_status,
                ds_transaction_id=ds_transaction_id,
                cavv=cavv,
                xid=xid,
            )

            three_ds_result.additional_properties = d
        except Exception as exc:
            raise _spec_violation("ThreeDSResult", _at, exc) from exc
        return three_ds_result

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
