"""Validate request envelopes against the spec and word the first problem the way PayerMax does.

All checking is done by ``jsonschema`` against the bundled spec; this module only picks the most useful
error and names the offending field (``data.paymentDetail.cardInfo.cvv``). Input values are never echoed:
they may be card numbers.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable
from typing import Any, cast

from jsonschema import ValidationError

from ..openapi import SpecDocument
from .aliases import AliasNormaliser


def _field(path: Iterable[Any]) -> str:
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text or "body"


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int | float) or type(value).__name__ == "Decimal":
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    return "object"


class RequestValidator:
    def __init__(self, spec: SpecDocument) -> None:
        self.spec = spec
        self._request_refs: dict[str, str] = {}
        for path, item in spec.raw["paths"].items():
            schema = item["post"]["requestBody"]["content"]["application/json"]["schema"]
            self._request_refs[path.lstrip("/")] = schema["$ref"]
        self._aliases = AliasNormaliser(spec)

    @property
    def operations(self) -> set[str]:
        return set(self._request_refs)

    def problem(self, operation: str, envelope: Any) -> str | None:
        """A PayerMax-style message for the first problem of ``envelope``, or None when it is valid.

        The verdict comes from ``jsonschema_rs`` (fast); only a request it refuses is walked again with
        ``jsonschema``, whose errors carry what the message needs (the failing keyword, the oneOf branches).
        """
        return self._problem(self._request_refs[operation], envelope)

    def schema_problem(self, component: str, instance: object) -> str | None:
        """The same message for a document checked against a spec component (a merchant's reply), or None."""
        return self._problem(f"#/components/schemas/{component}", instance)

    def _problem(self, pointer: str, envelope: Any) -> str | None:
        if self.spec.fast_validator(pointer).is_valid(envelope):
            return None
        errors = [self._specific(error) for error in self.spec.validator(pointer).iter_errors(envelope)]
        if not errors:  # the two libraries disagree: report what the fast one saw
            first = next(iter(self.spec.fast_validator(pointer).iter_errors(envelope)))
            return f"{_field(first.instance_path)} is invalid: {first.message}"
        error = min(errors, key=lambda e: (len(e.absolute_path), _field(e.absolute_path), e.validator != "required"))
        return self._message(error)

    def request_ref(self, operation: str) -> str:
        """The pointer of an operation's request envelope schema."""
        return self._request_refs[operation]

    def canonical(self, operation: str, envelope: dict[str, Any]) -> dict[str, Any]:
        """A valid request envelope with the spellings the spec tolerates (``x-payermax-aliases``) made canonical."""
        canonical: dict[str, Any] = self._aliases.canonical(self._request_refs[operation], envelope)
        return canonical

    def _specific(self, error: ValidationError) -> ValidationError:
        """Descend into oneOf/anyOf errors: the branch a discriminator picks, or the closest branch."""
        while error.validator in ("oneOf", "anyOf") and error.context:
            branch = self._discriminated_branch(error)
            candidates = [e for e in error.context if branch is None or e.schema_path[0] == branch]
            if not candidates:
                break
            if all(e.validator == "required" for e in candidates) and branch is None:
                return error  # "give A or B": keep the combined error
            error = max(candidates, key=lambda e: len(deque(e.absolute_path)))
        return error

    def _discriminated_branch(self, error: ValidationError) -> int | None:
        schema = error.schema if isinstance(error.schema, dict) else {}
        discriminator = schema.get("discriminator")
        if not discriminator or not isinstance(error.instance, dict):
            return None
        chosen = discriminator.get("mapping", {}).get(error.instance.get(discriminator["propertyName"]))
        for index, branch in enumerate(schema.get(error.validator, [])):
            if branch.get("$ref") == chosen:
                return index
        return None

    def _message(self, error: ValidationError) -> str:
        field = _field(error.absolute_path)
        kind = error.validator
        expected: Any = error.validator_value
        instance: Any = error.instance
        if kind == "required":
            missing = next((name for name in expected if name not in instance), "")
            name = f"{field}.{missing}" if error.absolute_path else str(missing)
            return f"{name} is invalid,because {name} is null."
        if kind in ("anyOf", "oneOf") and error.context:
            names = sorted(
                {
                    f"{field}.{n}"
                    for e in error.context
                    if e.validator == "required"
                    for n in cast(list[str], e.validator_value)
                }
            )
            if names:
                return f"{' or '.join(names)} is required, but all of them are null."
            discriminator = error.schema.get("discriminator", {}) if isinstance(error.schema, dict) else {}
            if discriminator:
                choices = ", ".join(sorted(discriminator.get("mapping", {})))
                return f"{field}.{discriminator['propertyName']} must be one of {choices}."
        if kind in ("maxLength", "minLength"):
            schema = error.schema if isinstance(error.schema, dict) else {}
            low, high = schema.get("minLength", 0), schema.get("maxLength", "unlimited")
            return (
                f"{field} length must be between {low} and {high},but your input value length is "
                f"{len(instance)}.Make sure all requests length is correct."
            )
        if kind == "type":
            expected = expected if isinstance(expected, str) else "/".join(expected)
            return (
                f"{field} must be {expected} , but your input is {_json_type(instance)}."
                "Make sure all requests type is correct."
            )
        if kind == "enum":
            return f"{field} must be one of {', '.join(map(str, expected))}."
        if kind == "pattern":
            return f"{field} is invalid, its format is not accepted."
        if kind in ("minimum", "exclusiveMinimum", "maximum", "exclusiveMaximum"):
            return f"{field} is out of range ({kind} {expected})."
        return f"{field} is invalid ({kind})."
