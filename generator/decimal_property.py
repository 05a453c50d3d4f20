"""Teach openapi-python-client a ``decimal`` string format that becomes :class:`decimal.Decimal`.

openapi-python-client maps ``type: number`` to ``float``, which cannot hold money exactly. Our client
view of the spec turns every money schema into ``{type: string, format: decimal}``; this module makes
that format a property of Python type ``Decimal`` (rendered by ``templates/property_templates/
decimal_property.py.jinja``). :func:`install` hooks it into the parser by wrapping one private function of
openapi-python-client, which is only safe on the version it was written against: on any other version
:func:`install` refuses with :class:`GeneratorVersionError` instead of patching blindly.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from importlib import metadata
from typing import Any, ClassVar

from attrs import define, field
from openapi_python_client import schema as oai
from openapi_python_client.parser import properties as parser_properties
from openapi_python_client.parser.errors import PropertyError
from openapi_python_client.parser.properties.protocol import PropertyProtocol, Value, convert_example
from openapi_python_client.strings import PythonCode, PythonIdentifier

DECIMAL_FORMAT = "decimal"
#: The only openapi-python-client version whose private ``_string_based_property`` this module wraps.
PINNED_GENERATOR_VERSION = "0.29.1"


class GeneratorVersionError(RuntimeError):
    """The installed openapi-python-client is not the version the ``Decimal`` patch was written for."""


def installed_generator_version() -> str:
    return metadata.version("openapi-python-client")


def check_generator_version() -> None:
    """Fail loudly unless the installed openapi-python-client is the pinned version."""
    installed = installed_generator_version()
    if installed != PINNED_GENERATOR_VERSION:
        raise GeneratorVersionError(
            f"generator/decimal_property.py patches a private function of openapi-python-client "
            f"{PINNED_GENERATOR_VERSION}, but {installed} is installed: check "
            "openapi_python_client.parser.properties._string_based_property in the new version, adapt the "
            "patch, then raise PINNED_GENERATOR_VERSION (and the pin in pyproject.toml)"
        )


@define
class DecimalProperty(PropertyProtocol):
    """A property holding an exact decimal (money), sent as a decimal string."""

    name: oai.UntrustedString
    required: bool
    default: Value | None
    python_name: PythonIdentifier
    description: oai.UntrustedString | None
    example: oai.UntrustedString | None = field(converter=convert_example)

    _type_string: ClassVar[str] = "Decimal"
    _json_type_string: ClassVar[str] = "str"
    _allowed_locations: ClassVar[set[oai.ParameterLocation]] = {
        oai.ParameterLocation.QUERY,
        oai.ParameterLocation.PATH,
        oai.ParameterLocation.COOKIE,
        oai.ParameterLocation.HEADER,
    }
    template: ClassVar[str] = "decimal_property.py.jinja"

    @classmethod
    def convert_value(cls, value: Any) -> Value | PropertyError | None:
        if value is None or isinstance(value, Value):
            return value
        if isinstance(value, str | int) and not isinstance(value, bool):
            try:
                Decimal(value)
            except InvalidOperation:
                return PropertyError(f"Invalid decimal value: {value}")
            return Value(python_code=PythonCode(f"Decimal({str(value)!r})"), raw_value=value)
        return PropertyError(f"Invalid decimal value: {value}")

    def get_imports(self, *, prefix: str) -> set[str]:
        imports = super().get_imports(prefix=prefix)
        imports.update({"from decimal import Decimal", f"from {prefix}money import decimal_from_json, decimal_to_json"})
        return imports


def install() -> None:
    """Route ``{type: string, format: decimal}`` schemas to :class:`DecimalProperty`."""
    check_generator_version()
    original = parser_properties._string_based_property
    if getattr(original, "_payermax_decimal", False):
        return

    def string_based_property(
        name: oai.UntrustedString, required: bool, data: oai.Schema, config: Any
    ) -> PropertyProtocol | PropertyError:
        if data.schema_format == DECIMAL_FORMAT:
            default = DecimalProperty.convert_value(data.default)
            if isinstance(default, PropertyError):
                return default
            return DecimalProperty(
                name=name,
                required=required,
                default=default,
                python_name=PythonIdentifier(value=name, prefix=config.field_prefix),
                description=data.description,
                example=data.example,
            )
        result: PropertyProtocol | PropertyError = original(name=name, required=required, data=data, config=config)
        return result

    string_based_property._payermax_decimal = True  # type: ignore[attr-defined]
    parser_properties._string_based_property = string_based_property  # type: ignore[assignment]
