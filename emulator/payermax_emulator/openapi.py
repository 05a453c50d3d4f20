"""The bundled OpenAPI document, and JSON Schema validators built from it.

The emulator validates every request against this very file (never against hand-written checks), and the
tests validate PayerMax's published examples with the same validators.
"""

from __future__ import annotations

import os
from decimal import Decimal
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import jsonschema_rs
import yaml
from jsonschema import Draft202012Validator, TypeChecker, validators
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

SPEC_ENV = "PAYERMAX_SPEC"
SPEC_URI = "urn:payermax:openapi"


def spec_path() -> Path:
    """Where the bundled spec is: ``$PAYERMAX_SPEC``, the copy inside the wheel, or the repository's."""
    override = os.environ.get(SPEC_ENV)
    if override:
        return Path(override)
    packaged = resources.files(__package__).joinpath("openapi.yaml")
    if packaged.is_file():
        return Path(str(packaged))
    return Path(__file__).resolve().parents[2] / "spec" / "openapi.yaml"


def _is_integer(checker: TypeChecker, instance: object) -> bool:
    """JSON Schema integers, counting JSON numbers read as ``Decimal`` with no fraction (``96.0``)."""
    if isinstance(instance, Decimal):
        return instance.is_finite() and instance == instance.to_integral_value()
    return bool(Draft202012Validator.TYPE_CHECKER.is_type(instance, "integer"))


#: Draft 2020-12 validation of documents decoded with ``parse_float=Decimal``.
DecimalAwareValidator = validators.extend(  # type: ignore[no-untyped-call]
    Draft202012Validator, type_checker=Draft202012Validator.TYPE_CHECKER.redefine("integer", _is_integer)
)


class SpecDocument:
    """One loaded OpenAPI document with cached schema validators."""

    def __init__(self, raw: dict[str, Any]) -> None:
        self.raw = raw
        resource = Resource.from_contents(raw, default_specification=DRAFT202012)
        self._registry: Registry[Any] = Registry().with_resource(SPEC_URI, resource)
        self._validators: dict[str, Any] = {}
        self._fast_validators: dict[str, Any] = {}

    @classmethod
    def load(cls, path: Path | None = None) -> SpecDocument:
        with (path or spec_path()).open(encoding="utf-8") as handle:
            return cls(yaml.safe_load(handle))

    def validator(self, pointer: str) -> Any:
        """A validator for the schema at a JSON pointer such as ``#/components/schemas/RefundRequest``."""
        found = self._validators.get(pointer)
        if found is None:
            found = DecimalAwareValidator({"$ref": SPEC_URI + pointer}, registry=self._registry)
            self._validators[pointer] = found
        return found

    def fast_validator(self, pointer: str) -> Any:
        """A ``jsonschema_rs`` validator for the same schema: the same verdicts, much faster, terser errors."""
        found = self._fast_validators.get(pointer)
        if found is None:
            registry = jsonschema_rs.Registry([(SPEC_URI, self.raw)])
            found = jsonschema_rs.Draft202012Validator({"$ref": SPEC_URI + pointer}, registry=registry)
            self._fast_validators[pointer] = found
        return found

    def schema_validator(self, name: str) -> Any:
        return self.validator(f"#/components/schemas/{name}")

    def resolve(self, node: Any) -> Any:
        """Follow a local ``$ref`` (repeatedly) to the node it names."""
        while isinstance(node, dict) and "$ref" in node:
            node = self.pointer(node["$ref"])
        return node

    def pointer(self, ref: str) -> Any:
        if not ref.startswith("#/"):
            raise ValueError(f"only local references are supported, got {ref!r}")
        node: Any = self.raw
        for token in ref[2:].split("/"):
            name = token.replace("~1", "/").replace("~0", "~")
            node = node[int(name)] if isinstance(node, list) else node[name]
        return node


@cache
def bundled_spec() -> SpecDocument:
    return SpecDocument.load()
