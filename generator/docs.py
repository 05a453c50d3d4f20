"""The reference pages under ``docs/reference``: one Markdown page per tag of the spec, and an index.

Each page lists the tag's methods on ``PayerMax``/``AsyncPayerMax`` with their PayerMax operation, whether a
failed call is retried, the identifiers the answer must echo, and the top-level members of the request and of
the answer's ``data`` (wire name, Python name, type, requiredness, description). Written by ``make generate``
and compared by ``make check-generated`` like the client.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from jinja2 import Environment
from openapi_python_client import strings

from .facade import Resource

FIELD_PREFIX = "field_"


class DocsError(Exception):
    """The spec has a shape the reference pages cannot describe."""


@dataclass(frozen=True)
class Member:
    wire_name: str
    python_name: str
    type: str
    required: bool
    description: str


@dataclass(frozen=True)
class Shape:
    name: str
    members: tuple[Member, ...]


def _one_line(text: Any) -> str:
    words = " ".join(str(text or "").split())
    return words.replace("|", "\\|")


class _Schemas:
    def __init__(self, spec: dict[str, Any]) -> None:
        self.schemas: dict[str, Any] = spec["components"]["schemas"]

    def resolve(self, node: Any) -> tuple[str | None, Any]:
        name = None
        while isinstance(node, dict) and "$ref" in node:
            name = str(node["$ref"]).rsplit("/", 1)[-1]
            node = self.schemas[name]
        return name, node

    def type_label(self, node: Any) -> str:
        name, target = self.resolve(node)
        if isinstance(target, dict) and target.get("format") == "decimal":
            return "Decimal"
        if name is not None and isinstance(target, dict) and ("properties" in target or "oneOf" in target):
            return f"`{name}`"
        if not isinstance(target, dict):
            return "any"
        if "enum" in target:
            return "enum: " + ", ".join(f"`{value}`" for value in target["enum"] if value is not None)
        for keyword in ("anyOf", "oneOf"):
            branches = [b for b in target.get(keyword, []) if not (isinstance(b, dict) and b.get("type") == "null")]
            if branches and all(isinstance(b, dict) and set(b) - {"required", "description"} for b in branches):
                return " or ".join(self.type_label(b) for b in branches)
        declared = target.get("type")
        kinds = [declared] if isinstance(declared, str) else [k for k in declared or [] if k != "null"]
        if kinds == ["array"]:
            return f"list of {self.type_label(target.get('items'))}"
        return " or ".join(kinds) or (f"`{name}`" if name else "object")

    def members(self, name: str) -> Shape:
        properties: dict[str, Any] = {}
        required: set[str] = set()
        stack = [self.schemas[name]]
        while stack:
            node = self.resolve(stack.pop())[1]
            if not isinstance(node, dict):
                continue
            for member, schema in (node.get("properties") or {}).items():
                properties.setdefault(member, schema)
            required |= set(node.get("required", []))
            stack.extend(node.get("allOf", []))
        members = tuple(
            Member(
                wire_name=member,
                python_name=str(strings.PythonIdentifier(member, FIELD_PREFIX)),
                type=self.type_label(schema),
                required=member in required,
                description=_one_line(
                    (schema.get("description") if isinstance(schema, dict) else None)
                    or (self.resolve(schema)[1] or {}).get("description")
                ),
            )
            for member, schema in properties.items()
        )
        return Shape(name, members)

    def request_shapes(self, name: str) -> list[Shape]:
        schema = self.schemas[name]
        if "oneOf" in schema:
            return [self.members(str(branch["$ref"]).rsplit("/", 1)[-1]) for branch in schema["oneOf"]]
        return [self.members(name)]


def write_pages(env: Environment, spec: dict[str, Any], resources: list[Resource], output: Path) -> None:
    """Write one page per resource and the index into ``output`` (replacing what was there)."""
    schemas = _Schemas(spec)
    operations = {item["post"]["operationId"]: item["post"] for item in spec["paths"].values()}
    output.mkdir(parents=True, exist_ok=True)
    for stale in output.glob("*.md"):
        stale.unlink()
    page = env.get_template("docs/tag.md.jinja")
    for resource in resources:
        methods = []
        for method in resource.methods:
            operation = operations.get(method.facts.name)
            if operation is None:
                raise DocsError(f"{method.facts.name} is not an operation of the spec")
            methods.append(
                {
                    "method": method,
                    "docs_url": (operation.get("externalDocs") or {}).get("url", ""),
                    "description": str(operation.get("description", "")).strip(),
                    "requests": schemas.request_shapes(method.facts.request_schema),
                    "result": schemas.members(method.facts.result_schema),
                    "result_description": _one_line(schemas.schemas[method.facts.result_schema].get("description")),
                }
            )
        text = page.render(resource=resource, methods=methods)
        (output / f"{resource.tag}.md").write_text(text.rstrip() + "\n", encoding="utf-8")
    index = env.get_template("docs/index.md.jinja").render(resources=resources, info=spec.get("info", {}))
    (output / "README.md").write_text(index.rstrip() + "\n", encoding="utf-8")
