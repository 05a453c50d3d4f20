"""Validate request envelopes against the spec and word the first problem the way PayerMax does.

All checking is done against the bundled spec: ``jsonschema_rs`` gives the verdict (fast), ``jsonschema``
walks a refused request again for the most useful error (the failing keyword, the oneOf branches). When the
two disagree (``jsonschema_rs`` follows ECMA-262, so ``$`` does not match before a trailing newline as it does
in Python's ``re``), the message is built from ``jsonschema_rs``'s own error.

Every message, on every path, comes from :func:`refusal`: the field's path, the rule it breaks and facts
taken from the *schema* (the allowed length, the expected type, the allowed values). The value sent is never
part of it - it may be a card number, a CVV or a holder's name.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Mapping
from typing import Any, cast

from jsonschema import ValidationError

from ..openapi import SpecDocument
from .aliases import AliasNormaliser

#: ``jsonschema_rs`` error kinds, as the JSON Schema keyword each one reports.
RS_KINDS = {
    "AdditionalItems": "additionalItems",
    "AdditionalProperties": "additionalProperties",
    "AnyOf": "anyOf",
    "Constant": "const",
    "Contains": "contains",
    "ContentEncoding": "contentEncoding",
    "ContentMediaType": "contentMediaType",
    "Enum": "enum",
    "ExclusiveMaximum": "exclusiveMaximum",
    "ExclusiveMinimum": "exclusiveMinimum",
    "FalseSchema": "false",
    "Format": "format",
    "MaxItems": "maxItems",
    "MaxLength": "maxLength",
    "MaxProperties": "maxProperties",
    "Maximum": "maximum",
    "MinItems": "minItems",
    "MinLength": "minLength",
    "MinProperties": "minProperties",
    "Minimum": "minimum",
    "MultipleOf": "multipleOf",
    "Not": "not",
    "OneOfMultipleValid": "oneOf",
    "OneOfNotValid": "oneOf",
    "Pattern": "pattern",
    "PropertyNames": "propertyNames",
    "Required": "required",
    "Type": "type",
    "UnevaluatedItems": "unevaluatedItems",
    "UnevaluatedProperties": "unevaluatedProperties",
    "UniqueItems": "uniqueItems",
}
#: Facts of a rule that :func:`refusal` may word; each comes from the schema or is the *type* of the input.
FACTS = frozenset({"missing", "expected", "actual", "low", "high", "length", "choices", "limit", "format", "value", "names", "property"})  # fmt: skip


def field_path(path: Iterable[Any]) -> str:
    """``data.goodsDetails[0].price`` for the path ``("data", "goodsDetails", 0, "price")``."""
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text or "body"


def json_type(value: Any) -> str:
    """The JSON type of a decoded value (its kind, never the value)."""
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


def refusal(field: str, rule: str, facts: Mapping[str, Any] | None = None) -> str:
    """The ``PARAMS_INVALID`` message for ``field`` breaking ``rule`` (a JSON Schema keyword).

    ``facts`` are what the schema says (``low``/``high`` lengths, ``expected`` type, ``choices``, ``limit``,
    ``format``, the ``value`` a ``const`` fixes, the ``missing`` member, the ``names`` of alternatives) and the
    input's ``actual`` JSON type or ``length``. Nothing else is worded, so no input value can leak.
    """
    facts = {name: value for name, value in (facts or {}).items() if name in FACTS}
    if rule == "required":
        name = f"{field}.{facts['missing']}" if field != "body" else str(facts.get("missing", field))
        return f"{name} is invalid,because {name} is null."
    if rule == "type":
        expected = facts.get("expected", "another type")
        expected = expected if isinstance(expected, str) else "/".join(map(str, expected))
        return (
            f"{field} must be {expected} , but your input is {facts.get('actual', 'another type')}."
            "Make sure all requests type is correct."
        )
    if rule in ("minLength", "maxLength"):
        length = facts.get("length")
        told = f",but your input value length is {length}" if isinstance(length, int) else ""
        return (
            f"{field} length must be between {facts.get('low', 0)} and {facts.get('high', 'unlimited')}{told}."
            "Make sure all requests length is correct."
        )
    if rule == "enum":
        return f"{field} must be one of {', '.join(map(str, facts.get('choices', ())))}."
    if rule == "const":
        return f"{field} must be {facts['value']}." if "value" in facts else f"{field} has a value the spec fixes."
    if rule == "pattern":
        return f"{field} is invalid, its format is not accepted."
    if rule == "format":
        return f"{field} is invalid, it is not a valid {facts.get('format', 'value')}."
    if rule in ("minimum", "exclusiveMinimum", "maximum", "exclusiveMaximum"):
        return f"{field} is out of range ({rule} {facts.get('limit', '')})."
    if rule == "multipleOf":
        return f"{field} is invalid, it must be a multiple of {facts.get('limit', '')}."
    if rule in ("anyOf", "oneOf") and facts.get("names"):
        return f"{' or '.join(facts['names'])} is required, but all of them are null."
    if rule in ("anyOf", "oneOf") and facts.get("property"):
        return f"{field}.{facts['property']} must be one of {', '.join(map(str, facts.get('choices', ())))}."
    if rule in ("anyOf", "oneOf"):
        return f"{field} is invalid, it matches none of the forms the spec allows."
    if rule == "not":
        return f"{field} is invalid, it has a member or value the spec does not allow here."
    if rule in ("additionalProperties", "unevaluatedProperties", "propertyNames", "false"):
        return f"{field} is invalid, it has a member the spec does not define."
    if rule in ("minItems", "maxItems"):
        return f"{field} must have between {facts.get('low', 0)} and {facts.get('high', 'unlimited')} items."
    if rule == "uniqueItems":
        return f"{field} is invalid, its items must not repeat."
    return f"{field} is invalid ({rule})."


def _bounds(schema: Any, low: str, high: str) -> dict[str, Any]:
    schema = schema if isinstance(schema, dict) else {}
    return {"low": schema.get(low, 0), "high": schema.get(high, "unlimited")}


def _scalar(value: Any) -> bool:
    return isinstance(value, str | int | float | bool) and len(str(value)) <= 64


def _fast_facts(rule: str, error: Any) -> dict[str, Any]:
    details = error.kind.as_dict()
    if rule == "required":
        return {"missing": details.get("property")}
    if rule == "type":
        types = details.get("types") or details.get("type")
        return {"expected": types if types else "another type"}
    if rule in ("maxLength", "maxItems"):
        return {"high": details.get("limit")}
    if rule in ("minLength", "minItems"):
        return {"low": details.get("limit")}
    if rule == "enum":
        return {"choices": details.get("options", ())}
    if rule == "const":
        value = details.get("expected_value")
        return {"value": value} if _scalar(value) else {}
    if rule == "format":
        return {"format": details.get("format")}
    if rule in ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf"):
        return {"limit": details.get("limit", details.get("multiple_of"))}
    if rule in ("anyOf", "oneOf"):
        branches = [inner for branch in details.get("context") or () for inner in branch]
        if branches and all(type(inner.kind).__name__ == "Required" for inner in branches):
            return {
                "names": sorted(
                    field_path([*inner.instance_path, inner.kind.as_dict()["property"]]) for inner in branches
                )
            }
    return {}


def _facts(error: ValidationError) -> dict[str, Any]:
    kind, schema = error.validator, error.schema
    expected: Any = error.validator_value
    instance: Any = error.instance
    if kind == "required":
        return {"missing": next((name for name in expected if name not in instance), "")}
    if kind == "type":
        return {"expected": expected, "actual": json_type(error.instance)}
    if kind in ("minLength", "maxLength"):
        length = len(error.instance) if isinstance(error.instance, str) else None
        return {**_bounds(schema, "minLength", "maxLength"), "length": length}
    if kind in ("minItems", "maxItems"):
        return _bounds(schema, "minItems", "maxItems")
    if kind == "enum":
        return {"choices": expected}
    if kind == "const":
        return {"value": expected} if _scalar(expected) else {}
    if kind == "format":
        return {"format": expected}
    if kind in ("minimum", "exclusiveMinimum", "maximum", "exclusiveMaximum", "multipleOf"):
        return {"limit": expected}
    if kind in ("anyOf", "oneOf") and error.context:
        names = sorted(
            {
                field_path([*error.absolute_path, name])
                for e in error.context
                if e.validator == "required"
                for name in cast(list[str], e.validator_value)
            }
        )
        if names:
            return {"names": names}
        discriminator = schema.get("discriminator", {}) if isinstance(schema, dict) else {}
        if discriminator:
            return {"property": discriminator["propertyName"], "choices": sorted(discriminator.get("mapping", {}))}
    return {}


def message(error: ValidationError) -> str:
    """The refusal for a ``jsonschema`` error."""
    rule = "false" if error.validator is None else str(error.validator)  # a `false` schema has no keyword
    return refusal(field_path(error.absolute_path), rule, _facts(error))


def _closest_branch(error: Any) -> Any:
    """Inside a ``jsonschema_rs`` anyOf/oneOf error: the error of the branch that came closest (fewest errors,
    then the deepest), as ``_specific`` does for ``jsonschema``."""
    while RS_KINDS.get(type(error.kind).__name__) in ("anyOf", "oneOf"):
        branches = [branch for branch in error.kind.as_dict().get("context") or () if branch]
        inner = [e for branch in branches for e in branch]
        if not inner or all(type(e.kind).__name__ == "Required" for e in inner):
            break
        closest = min(branches, key=lambda branch: (len(branch), -max(len(e.instance_path) for e in branch)))
        error = max(closest, key=lambda e: len(e.instance_path))
    return error


def fast_message(error: Any) -> str:
    """The refusal for a ``jsonschema_rs`` error (the fallback when the two validators disagree)."""
    error = _closest_branch(error)
    rule = RS_KINDS.get(type(error.kind).__name__, type(error.kind).__name__)
    facts = _fast_facts(rule, error)
    if rule == "type":
        facts["actual"] = json_type(getattr(error, "instance", None))
    return refusal(field_path(error.instance_path), rule, facts)


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

    def pointer(self, operation: str) -> str:
        """The JSON pointer of the operation's request envelope schema."""
        return self._request_refs[operation]

    def is_valid(self, operation: str, envelope: Any) -> bool:
        """The validator's own verdict on a request envelope."""
        return bool(self.spec.fast_validator(self._request_refs[operation]).is_valid(envelope))

    def problem(self, operation: str, envelope: Any) -> str | None:
        """A PayerMax-style message for the first problem of ``envelope``, or None when it is valid."""
        return self._problem(self._request_refs[operation], envelope)

    def schema_problem(self, component: str, instance: object) -> str | None:
        """The same message for a document checked against a spec component (a merchant's reply), or None."""
        return self._problem(f"#/components/schemas/{component}", instance)

    def _problem(self, pointer: str, envelope: Any) -> str | None:
        if self.spec.fast_validator(pointer).is_valid(envelope):
            return None
        errors = [self._specific(error) for error in self.spec.validator(pointer).iter_errors(envelope)]
        # jsonschema_rs's own error when the two libraries disagree, or when jsonschema's has lost its path
        # (its errors for a `false` schema carry none)
        if not errors or any(error.validator is None for error in errors):
            return self.fast_problem(pointer, envelope)
        error = min(
            errors, key=lambda e: (len(e.absolute_path), field_path(e.absolute_path), e.validator != "required")
        )
        return message(error)

    def fast_problem(self, pointer: str, envelope: Any) -> str | None:
        """The message for ``jsonschema_rs``'s first error (the path the fallback takes)."""
        found = list(self.spec.fast_validator(pointer).iter_errors(envelope))
        if not found:
            return None
        return fast_message(min(found, key=lambda e: (len(e.instance_path), field_path(e.instance_path))))

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
        value = error.instance.get(discriminator["propertyName"])
        if not isinstance(value, str):  # absent, or a list or object (unhashable): no branch is named
            return None
        chosen = discriminator.get("mapping", {}).get(value)
        for index, branch in enumerate(schema.get(error.validator, [])):
            if branch.get("$ref") == chosen:
                return index
        return None
