from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from payermax_signing.errors import spec_violation as _spec_violation

from ..models.payment_field_validation_result_validation_code import (
    PaymentFieldValidationResultValidationCode,
)

T = TypeVar("T", bound="PaymentFieldValidationResult")


@_attrs_define
class PaymentFieldValidationResult:
    """The result of the check, field by field."""

    validation_code: PaymentFieldValidationResultValidationCode
    """ `PASS` when no field failed, `PARAMS_INVALID` when at least one did. """
    validation_passed_fields: list[PayoutValidatedField]
    """ Fields that passed. """
    ignored_fields: list[PayoutValidatedField]
    """ Fields that were not checked (no rule for this country and payment method). """
    validation_failed_fields: list[PayoutFieldError]
    """ Fields that failed, with the reason. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        validation_code = self.validation_code.value

        validation_passed_fields = []
        for validation_passed_fields_item_data in self.validation_passed_fields:
            validation_passed_fields_item = validation_passed_fields_item_data.to_dict()
            validation_passed_fields.append(validation_passed_fields_item)

        ignored_fields = []
        for ignored_fields_item_data in self.ignored_fields:
            ignored_fields_item = ignored_fields_item_data.to_dict()
            ignored_fields.append(ignored_fields_item)

        validation_failed_fields = []
        for validation_failed_fields_item_data in self.validation_failed_fields:
            validation_failed_fields_item = validation_failed_fields_item_data.to_dict()
            validation_failed_fields.append(validation_failed_fields_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "validationCode": validation_code,
                "validationPassedFields": validation_passed_fields,
                "ignoredFields": ignored_fields,
                "validationFailedFields": validation_failed_fields,
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
            _at = "validationCode"
            validation_code = PaymentFieldValidationResultValidationCode(d.pop("validationCode"))

            _at = "validationPassedFields"
            validation_passed_fields = []
            _validation_passed_fields = d.pop("validationPassedFields")
            for validation_passed_fields_item_data in _validation_passed_fields:
                validation_passed_fields_item = PayoutValidatedField.from_dict(validation_passed_fields_item_data)

                validation_passed_fields.append(validation_passed_fields_item)

            _at = "ignoredFields"
            ignored_fields = []
            _ignored_fields = d.pop("ignoredFields")
            for ignored_fields_item_data in _ignored_fields:
                ignored_fields_item = PayoutValidatedField.from_dict(ignored_fields_item_data)

                ignored_fields.append(ignored_fields_item)

            _at = "validationFailedFields"
            validation_failed_fields = []
            _validation_failed_fields = d.pop("validationFailedFields")
            for validation_failed_fields_item_data in _validation_failed_fields:
                validation_failed_fields_item = PayoutFieldError.from_dict(validation_failed_fields_item_data)

                validation_failed_fields.append(validation_failed_fields_item)

            payment_field_validation_result = cls(
                validation_code=validation_code,
                validation_passed_fields=validation_passed_fields,
                ignored_fields=ignored_fields,
                validation_failed_fields=validation_failed_fields,
            )

            payment_field_validation_result.additional_properties = d
        except Exception as exc:
            raise _spec_violation("PaymentFieldValidationResult", _at, exc) from exc
        return payment_field_validation_result

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
from ..models.payout_field_error import PayoutFieldError  # noqa: E402
from ..models.payout_validated_field import PayoutValidatedField  # noqa: E402
