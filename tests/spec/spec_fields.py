"""What our OpenAPI document says about a field named by a dotted path like ``data.goodsDetails[].price``.

Follows ``$ref``, merges ``allOf``, treats ``anyOf``/``oneOf`` branches that only list ``required`` names as
validation rules (not shapes), picks the branch of a discriminated ``oneOf`` by a variant value (e.g.
``integrate: Direct_Payment``) and, among several object shapes (``oneOf``, ``anyOf``, or an ``if`` choosing
between a ``then`` and an ``else`` reference), the preferred components (e.g. the Drop-in payment detail), and
reads ``{type: "null"}`` branches as nullability. Tolerated spellings
(``x-payermax-aliases``) are not facts of the field: an alias value is not part of its enum, and a member
required as "it or its alias" is required.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from payermax_emulator.openapi import SpecDocument


@dataclass
class View:
    """The flattened facts of one schema node."""

    types: set[str] = field(default_factory=set)
    properties: dict[str, Any] = field(default_factory=dict)
    required: set[str] = field(default_factory=set)
    max_length: int | None = None
    enum: tuple[Any, ...] | None = None
    items: Any = None
    formats: set[str] = field(default_factory=set)

    def merge(self, other: View) -> None:
        self.types |= other.types
        self.formats |= other.formats
        for name, node in other.properties.items():
            mine = self.properties.get(name)
            self.properties[name] = node if mine is None else {"allOf": [mine, node]}
        self.required |= other.required
        if other.max_length is not None:
            self.max_length = other.max_length
        if other.enum is not None:
            self.enum = other.enum
        if other.items is not None:
            self.items = other.items


@dataclass(frozen=True)
class FieldFacts:
    present: bool
    required: bool = False
    types: frozenset[str] = frozenset()
    item_types: frozenset[str] = frozenset()
    max_length: int | None = None
    enum: tuple[Any, ...] | None = None


ALIASES = "x-payermax-aliases"


def _is_required_only(branch: Any) -> bool:
    return isinstance(branch, dict) and set(branch) <= {"required", "description"}


def _required_through_aliases(node: dict[str, Any]) -> set[str]:
    """A member required as "give it or one of its aliases" (``anyOf`` of ``required`` + ``x-payermax-aliases``)."""
    aliases = node.get(ALIASES) or {}
    branches = node.get("anyOf", [])
    if not aliases or not branches or not all(_is_required_only(b) and len(b["required"]) == 1 for b in branches):
        return set()
    canonical = {aliases.get(b["required"][0], b["required"][0]) for b in branches}
    return canonical if len(canonical) == 1 else set()


class SpecWalker:
    def __init__(self, spec: SpecDocument, prefer: tuple[str, ...] = ()) -> None:
        self.spec = spec
        self.prefer = prefer  # component names to pick among the object shapes of a oneOf/anyOf

    # -- flattening ----------------------------------------------------------------------------
    def flatten(self, node: Any, variant: str | None = None) -> View:
        view = View()
        if not isinstance(node, dict):
            return view
        if "$ref" in node:
            view.merge(self.flatten(self.spec.pointer(node["$ref"]), variant))
        for member in node.get("allOf", []):
            view.merge(self.flatten(member, variant))
        choice = [node.get("then"), node.get("else")]
        choices = choice if all(isinstance(b, dict) and "$ref" in b for b in choice) else []
        for keyword in ("oneOf", "anyOf", "then/else"):
            branches = choices if keyword == "then/else" else node.get(keyword, [])
            if not branches or all(_is_required_only(b) for b in branches):
                continue
            preferred = [
                b for b in branches if isinstance(b, dict) and b.get("$ref", "").rsplit("/", 1)[-1] in self.prefer
            ]
            shapes = []
            for branch in branches:
                if isinstance(branch, dict) and branch.get("type") == "null":
                    view.types.add("null")
                elif not _is_required_only(branch) and (not preferred or branch in preferred):
                    shapes.append(self.flatten(branch, variant))
            chosen = [s for s in shapes if variant is not None and self._has_discriminator(s, variant)]
            for shape in chosen or shapes:
                view.merge(shape)
        own = View()
        declared = node.get("type")
        if isinstance(declared, str):
            own.types = {declared}
        elif isinstance(declared, list):
            own.types = set(declared)
        if "format" in node:
            own.formats = {node["format"]}
        own.properties = dict(node.get("properties", {}))
        own.required = set(node.get("required", [])) | _required_through_aliases(node)
        own.max_length = node.get("maxLength")
        if "enum" in node:
            own.enum = tuple(value for value in node["enum"] if value not in (node.get(ALIASES) or {}))
        elif "const" in node:
            own.enum = (node["const"],)
        own.items = node.get("items")
        view.merge(own)
        if not view.types and view.properties:
            view.types = {"object"}
        return view

    def _has_discriminator(self, shape: View, variant: str) -> bool:
        return any(self.flatten(node).enum == (variant,) for node in shape.properties.values())

    # -- roots ---------------------------------------------------------------------------------
    def root(
        self, *, operation: str | None = None, webhook: str | None = None, schema: str | None = None, section: str
    ) -> Any:
        if schema is not None:  # a page about no API call: every section is the component that documents it
            return {"$ref": f"#/components/schemas/{schema}"}
        if operation is not None:
            item = self.spec.raw["paths"][f"/{operation}"]["post"]
        elif webhook is not None:
            item = self.spec.raw["webhooks"][webhook]["post"]
        else:
            raise ValueError("name an operation, a webhook or a schema")
        if section in ("request", "notification"):
            return item["requestBody"]["content"]["application/json"]["schema"]
        return item["responses"]["200"]["content"]["application/json"]["schema"]

    # -- fields --------------------------------------------------------------------------------
    def field(self, root: Any, path: str, variant: str | None = None) -> FieldFacts:
        node = root
        required = False
        for segment in path.split("."):
            is_array = segment.endswith("[]")
            name = segment[:-2] if is_array else segment
            view = self.flatten(node, variant)
            if name not in view.properties:
                return FieldFacts(present=False)
            required = name in view.required
            node = view.properties[name]
            if is_array:
                node = self.flatten(node, variant).items
                if node is None:
                    return FieldFacts(present=False)
        # Array rows describe the array itself; "[]" in the last segment never happens in the tables.
        view = self.flatten(node, variant)
        item_types: frozenset[str] = frozenset()
        if view.items is not None:
            item_types = frozenset(self.flatten(view.items, variant).types)
        return FieldFacts(
            present=True,
            required=required,
            types=frozenset(view.types),
            item_types=item_types,
            max_length=view.max_length,
            enum=view.enum,
        )
