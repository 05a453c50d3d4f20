"""What the SDK needs to know about each operation at run time, read once from the bundled spec.

For every operation: its tag, interface version, what its envelope calls the merchant application (``appId``,
or ``merchantAppId`` for the operations built on ``MerchantAppRequestEnvelope``), whether it is safe to repeat
(``x-payermax-idempotent``), which request members its answer echoes (``x-payermax-echo``), the names of the
members marked ``x-sensitive`` anywhere in its request or answer (for log redaction), and - for operations that
are not safe to repeat - the query that tells what became of them (the first ``links`` target that is
idempotent).
The generator writes these facts into each operation's ``OPERATION`` tag; the docs pages show them too.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

IDEMPOTENT = "x-payermax-idempotent"
ECHO = "x-payermax-echo"
SENSITIVE = "x-sensitive"
LIST_MARK = "[]"


class OperationFactsError(Exception):
    """An operation's extensions are missing or name members its schemas do not have."""


@dataclass(frozen=True)
class OperationFacts:
    name: str
    tag: str
    version: str
    summary: str
    idempotent: bool
    echo: tuple[tuple[str, str], ...]  # (request member, answer path)
    sensitive: tuple[str, ...]  # wire names, sorted
    request_schema: str  # component name of the request ``data``
    result_schema: str  # component name of the answer ``data``
    follow_up: str | None  # the query to call when the outcome of a non-idempotent call is unknown
    app_id_member: str = "appId"  # what the request envelope calls the merchant application

    def tag_value(self) -> dict[str, Any]:
        """The ``OPERATION`` mapping the generated code attaches to each request."""
        return {
            "operation": self.name,
            "version": self.version,
            "idempotent": self.idempotent,
            "echo": dict(self.echo),
            "sensitive": list(self.sensitive),
            "follow_up": self.follow_up,
            "app_id_member": self.app_id_member,
        }


def _ref_name(node: Any) -> str | None:
    if isinstance(node, dict) and isinstance(node.get("$ref"), str):
        return str(node["$ref"]).rsplit("/", 1)[-1]
    return None


class _Schemas:
    def __init__(self, document: dict[str, Any]) -> None:
        self.schemas: dict[str, Any] = document["components"]["schemas"]

    def get(self, name: str) -> Any:
        return self.schemas[name]

    def children(self, node: Any) -> Iterator[Any]:
        """Every schema directly below ``node`` (references are followed by the caller)."""
        if not isinstance(node, dict):
            return
        for keyword in ("allOf", "anyOf", "oneOf"):
            yield from node.get(keyword, [])
        for keyword in ("items", "additionalProperties", "if", "then", "else", "not"):
            if isinstance(node.get(keyword), dict):
                yield node[keyword]
        yield from (node.get("properties") or {}).values()

    def sensitive_names(self, root: Any) -> set[str]:
        """Names of ``x-sensitive`` members reachable from ``root``."""
        found: set[str] = set()
        seen: set[str] = set()
        stack = [root]
        while stack:
            node = stack.pop()
            name = _ref_name(node)
            if name is not None:
                if name in seen:
                    continue
                seen.add(name)
                node = self.schemas[name]
            if not isinstance(node, dict):
                continue
            for member, schema in (node.get("properties") or {}).items():
                if isinstance(schema, dict) and schema.get(SENSITIVE):
                    found.add(member)
            stack.extend(self.children(node))
        return found

    def member(self, node: Any, name: str) -> Any | None:
        """The schema of member ``name`` of an object schema (looking through references and combinators)."""
        stack = [node]
        seen: set[int] = set()
        while stack:
            current = stack.pop()
            ref = _ref_name(current)
            if ref is not None:
                current = self.schemas[ref]
            if not isinstance(current, dict) or id(current) in seen:
                continue
            seen.add(id(current))
            properties = current.get("properties") or {}
            if name in properties:
                return properties[name]
            for keyword in ("allOf", "anyOf", "oneOf"):
                stack.extend(current.get(keyword, []))
        return None

    def items(self, node: Any) -> Any | None:
        stack = [node]
        while stack:
            current = stack.pop()
            ref = _ref_name(current)
            if ref is not None:
                current = self.schemas[ref]
            if not isinstance(current, dict):
                continue
            if "items" in current:
                return current["items"]
            for keyword in ("allOf", "anyOf", "oneOf"):
                stack.extend(current.get(keyword, []))
        return None

    def has_path(self, root: Any, path: str) -> bool:
        node: Any = root
        for segment in path.split("."):
            is_list = segment.endswith(LIST_MARK)
            node = self.member(node, segment.removesuffix(LIST_MARK))
            if node is not None and is_list:
                node = self.items(node)
            if node is None:
                return False
        return True


def _data_schema(schemas: _Schemas, envelope: str) -> str:
    """The component named by ``data`` in an envelope (``allOf: [Envelope, {properties: {data: ...}}]``)."""
    for member in schemas.get(envelope).get("allOf", []):
        data = (member.get("properties") or {}).get("data")
        if data is None:
            continue
        name = _ref_name(data)
        for branch in data.get("anyOf", []):
            name = name or _ref_name(branch)
        if name is not None:
            return name
    raise OperationFactsError(f"{envelope}: no data schema")


def _app_id_member(schemas: _Schemas, envelope: str) -> str:
    """``merchantAppId`` when the envelope's frame (its first ``allOf`` member) requires it, else ``appId``."""
    frames = [_ref_name(member) for member in schemas.get(envelope).get("allOf", [])]
    frame = frames[0] if frames else None
    required = schemas.get(frame).get("required", []) if frame is not None else []
    return "merchantAppId" if "merchantAppId" in required else "appId"


def _echo(operation: dict[str, Any], schemas: _Schemas, request: str, result: str) -> tuple[tuple[str, str], ...]:
    declared = operation.get(ECHO) or {}
    if not isinstance(declared, dict):
        raise OperationFactsError(f"{operation['operationId']}: {ECHO} must map request members to answer paths")
    pairs = []
    for member, path in declared.items():
        if schemas.member(schemas.get(request), member) is None:
            raise OperationFactsError(f"{operation['operationId']}: {ECHO} names {member!r}, not in {request}")
        if not schemas.has_path(schemas.get(result), str(path)):
            raise OperationFactsError(f"{operation['operationId']}: {ECHO} names {path!r}, not in {result}")
        pairs.append((str(member), str(path)))
    return tuple(pairs)


def operation_facts(document: dict[str, Any]) -> dict[str, OperationFacts]:
    """The facts of every operation of the bundled spec, by path (``/orderQuery``)."""
    schemas = _Schemas(document)
    idempotent_by_name = {
        item["post"]["operationId"]: item["post"].get(IDEMPOTENT) for item in document["paths"].values()
    }
    facts = {}
    for path, item in document["paths"].items():
        operation = item["post"]
        name = operation["operationId"]
        idempotent = operation.get(IDEMPOTENT)
        if not isinstance(idempotent, bool):
            raise OperationFactsError(f"{name}: {IDEMPOTENT} must be true or false")
        envelope = _ref_name(operation["requestBody"]["content"]["application/json"]["schema"])
        response = operation["responses"]["200"]
        answer = _ref_name(response["content"]["application/json"]["schema"])
        if envelope is None or answer is None:
            raise OperationFactsError(f"{name}: request and answer must be named components")
        request, result = _data_schema(schemas, envelope), _data_schema(schemas, answer)
        sensitive = schemas.sensitive_names(schemas.get(request)) | schemas.sensitive_names(schemas.get(answer))
        follow_up = None
        if not idempotent:
            linked = [link.get("operationId") for link in (response.get("links") or {}).values()]
            follow_up = next((target for target in linked if idempotent_by_name.get(target) is True), None)
        facts[path] = OperationFacts(
            name=name,
            tag=operation["tags"][0],
            version=str(operation["x-payermax-version"]),
            summary=str(operation.get("summary", "")),
            idempotent=idempotent,
            echo=_echo(operation, schemas, request, result),
            sensitive=tuple(sorted(sensitive)),
            request_schema=request,
            result_schema=result,
            follow_up=follow_up,
            app_id_member=_app_id_member(schemas, envelope),
        )
    return facts
