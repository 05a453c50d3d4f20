from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from payermax_signing.errors import spec_violation as _spec_violation

from ..types import UNSET, Unset

T = TypeVar("T", bound="InquireApplyRequestResponse")


@_attrs_define
class InquireApplyRequestResponse:
    """The answer carries the same token application state as the `applyPaymentToken` answer."""

    code: str
    """ Outcome of the request. `APPLY_SUCCESS` means accepted; anything else is a refusal, for example
    `PARAMS_INVALID`, `SIGN_VERIFY_FAILED`, `MERCHANT_APP_INVALID`, `REQ_TIME_OVER_TIME`, `ORDER_REPEAT`,
    `ORDER_NOT_EXIST`, `ORDER_CLOSED`, `BALANCE_INSUFFICIENT`, `TOO_MANY_REQUEST` or `SYSTEM_ERROR`.
    The set grows over time, so it is an open string rather than an enumeration.
     """
    msg: str
    """ Human-readable explanation of `code`; may be empty on success. """
    data: ApplyPaymentTokenResult | Unset = UNSET
    """ The state of the token application. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        msg = self.msg

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "msg": msg,
            }
        )
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # A message that breaks the spec raises SpecViolationError naming the member (`_at`), never its value.
        _at = ""
        try:
            # PayerMax may write `null` for a member it has no value for: treat it as absent.
            d = {key: value for key, value in src_dict.items() if value is not None}
            _at = "code"
            code = d.pop("code")

            _at = "msg"
            msg = d.pop("msg")

            _at = "data"
            _data = d.pop("data", UNSET)
            data: ApplyPaymentTokenResult | Unset
            if isinstance(_data, Unset):
                data = UNSET
            else:
                data = ApplyPaymentTokenResult.from_dict(_data)

            inquire_apply_request_response = cls(
                code=code,
                msg=msg,
                data=data,
            )

            inquire_apply_request_response.additional_properties = d
        except Exception as exc:
            raise _spec_violation("InquireApplyRequestResponse", _at, exc) from exc
        return inquire_apply_request_response

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
from ..models.apply_payment_token_result import ApplyPaymentTokenResult  # noqa: E402
