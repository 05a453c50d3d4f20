"""The shape of the merchant-facing client (``PayerMax`` / ``AsyncPayerMax``), read from the parsed spec.

One resource class per tag, one method per operation. Each method takes the operation's request model, or -
when the request is a single model - its fields as keywords, and returns the model of the answer's ``data`` (or
its value, for the rare answer whose ``data`` is a single value).
This module turns openapi-python-client's parsed endpoints into plain strings for ``templates/resources.py.jinja``
and ``templates/payermax.py.jinja``; the docs pages (:mod:`generator.docs`) use the same description.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from openapi_python_client import strings
from openapi_python_client.parser.properties import ModelProperty
from openapi_python_client.parser.properties.union import UnionProperty

from .operation_facts import OperationFacts

#: Keyword names the methods use themselves; no request field may take them.
RESERVED_KEYWORDS = frozenset({"self", "request", "fields", "timeout", "retry"})


class FacadeError(Exception):
    """The spec has a shape the merchant-facing client cannot express."""


@dataclass(frozen=True)
class Field:
    python_name: str
    wire_name: str
    annotation: str
    required: bool


@dataclass(frozen=True)
class Method:
    name: str  # order_query
    module: str  # payermax_client.api.collection.order_query, relative: api.collection.order_query
    alias: str  # _order_query
    request_type: str  # OrderQueryRequest, or a union of the models a oneOf allows
    request_model: str | None  # the model keyword fields build; None for a union
    fields: tuple[Field, ...]
    result: str  # OrderQueryResult, or the type of a single-value data (bool)
    summary: str
    description: str
    facts: OperationFacts
    result_is_model: bool = True


@dataclass(frozen=True)
class Resource:
    tag: str  # collection
    class_name: str  # Collection
    description: str
    methods: tuple[Method, ...]


def _code(value: Any) -> str:
    return str(value.as_unembedded_code()) if hasattr(value, "as_unembedded_code") else str(value)


def _text(value: Any) -> str:
    if value is None:
        return ""
    return str(value.get_untrusted_value()) if hasattr(value, "get_untrusted_value") else str(value)


#: Python types of an answer ``data`` that is a single value rather than an object (``putRfiMaterialList``: true).
SCALAR_RESULTS = frozenset({"bool", "str", "int", "float"})


def _result_class(endpoint: Any) -> tuple[str, bool]:
    """The type of the answer's ``data``, and whether it is a model (else a scalar of ``SCALAR_RESULTS``)."""
    answer = endpoint.responses.patterns[0].prop
    data = next((p for p in answer.required_properties + answer.optional_properties if _text(p.name) == "data"), None)
    if isinstance(data, ModelProperty):
        return str(data.class_info.name), True
    scalar = _code(data.get_type_string(no_optional=True)) if data is not None else None
    if scalar not in SCALAR_RESULTS:
        raise FacadeError(f"{_text(endpoint.name)}: the answer's data is neither a model nor a single value")
    return str(scalar), False


def _fields(endpoint: Any, model: ModelProperty) -> tuple[tuple[Field, ...], set[str]]:
    fields, imports = [], set()
    for prop in (model.required_properties or []) + (model.optional_properties or []):
        if prop.python_name in RESERVED_KEYWORDS:
            raise FacadeError(f"{_text(endpoint.name)}: request field {prop.python_name!r} clashes with a keyword")
        annotation = _code(prop.get_type_string(no_optional=prop.required))
        fields.append(Field(str(prop.python_name), _text(prop.name), annotation, bool(prop.required)))
        imports |= set(prop.get_imports(prefix=".")) | set(prop.get_lazy_imports(prefix="."))
    return tuple(fields), imports


def _method(endpoint: Any, facts: OperationFacts, imports: set[str]) -> Method:
    if len(endpoint.bodies) != 1:
        raise FacadeError(f"{_text(endpoint.name)}: expected exactly one request body")
    body = endpoint.bodies[0].prop
    name = strings.PythonIdentifier(_text(endpoint.name), prefix="")
    module = f"api.{facts.tag}.{name}"
    fields: tuple[Field, ...] = ()
    if isinstance(body, ModelProperty):
        request_model: str | None = str(body.class_info.name)
        fields, field_imports = _fields(endpoint, body)
        imports |= field_imports
        imports.add(f"from .models.{body.class_info.module_name} import {request_model}")
    elif isinstance(body, UnionProperty):
        request_model = None
        for inner in body.inner_properties:
            if not isinstance(inner, ModelProperty):
                raise FacadeError(f"{_text(endpoint.name)}: a request variant is not a model")
            imports.add(f"from .models.{inner.class_info.module_name} import {inner.class_info.name}")
    else:
        raise FacadeError(f"{_text(endpoint.name)}: the request body is neither a model nor a union of models")
    result, result_is_model = _result_class(endpoint)
    if result_is_model:
        imports.add(f"from .models.{strings.snake_case(result)} import {result}")
    imports.add(f"from .{module.rsplit('.', 1)[0]} import {name} as _{name}")
    return Method(
        name=str(name),
        module=module,
        alias=f"_{name}",
        request_type=_code(body.get_type_string(no_optional=True)),
        request_model=request_model,
        fields=fields,
        result=result,
        summary=_text(endpoint.summary),
        description=_text(endpoint.description),
        facts=facts,
        result_is_model=result_is_model,
    )


def resources(
    endpoint_collections_by_tag: dict[Any, Any], facts: dict[str, OperationFacts], tags: list[dict[str, Any]]
) -> tuple[list[Resource], set[str]]:
    """The resources in the spec's tag order, and the imports their methods need (relative to the package)."""
    descriptions = {tag["name"]: str(tag.get("description", "")) for tag in tags}
    imports: set[str] = set()
    found = []
    for tag in descriptions:
        collection = endpoint_collections_by_tag.get(strings.PythonIdentifier(tag, prefix=""))
        if collection is None:
            continue
        methods = tuple(_method(endpoint, facts[_text(endpoint.path)], imports) for endpoint in collection.endpoints)
        found.append(Resource(tag, strings.ClassName(tag, ""), descriptions[tag], methods))
    unknown = set(map(str, endpoint_collections_by_tag)) - set(descriptions)
    if unknown:
        raise FacadeError(f"operations tagged with undeclared tags: {sorted(unknown)}")
    return found, imports
