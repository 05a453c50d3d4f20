"""Tolerated spellings, made canonical before any product sees a request - driven by the spec alone.

The spec marks the spellings PayerMax accepts besides the canonical one with ``x-payermax-aliases``
(``{alias: canonical}``): on an object, member names (``frontCallbackURL`` for ``frontCallbackUrl``); on an
enumeration, values (``app`` for ``APP``). Validators accept both; products only ever see the canonical form,
because the gateway passes every accepted request through :class:`AliasNormaliser`, which walks the request's
schema alongside the data (``$ref``, ``allOf``, the ``oneOf``/``anyOf`` branches and ``if``/``then``/``else``
arms the data matches, ``properties``, ``items``) and rewrites every alias it meets. Nothing is listed by hand: a
new alias in the spec is normalised as soon as the spec says so. An alias member next to its canonical member is
dropped (the canonical one wins). Data in which no alias spelling of its schema appears at all - neither as a
member name nor as a string - is left as it is without the walk (most requests).
"""

from __future__ import annotations

from collections.abc import Set
from typing import Any

from ..openapi import SpecDocument

ALIASES = "x-payermax-aliases"
#: Keywords whose subschemas apply to the same instance, and how many of their branches may apply.
_BRANCHES = (("allOf", "every"), ("anyOf", "matching"), ("oneOf", "matching"))


def _escape(name: str) -> str:
    return name.replace("~", "~0").replace("/", "~1")


class AliasNormaliser:
    """Rewrites the aliases of data that validated against a schema of ``spec`` into their canonical form."""

    def __init__(self, spec: SpecDocument) -> None:
        self.spec = spec
        self._reaches: dict[str, bool] = {}
        self._spellings: dict[str, frozenset[str]] = {}

    def canonical(self, pointer: str, instance: Any) -> Any:
        """``instance`` (valid against the schema at ``pointer``) with every alias made canonical, in place."""
        if not self.reaches_alias(pointer) or not _mentions(instance, self.spellings(pointer)):
            return instance
        return self._walk(pointer, instance)

    def spellings(self, pointer: str) -> frozenset[str]:
        """Every alias (member name or enumeration value) declared by a schema reachable from ``pointer``."""
        if pointer not in self._spellings:
            nodes = (self.spec.pointer(reached) for reached in self.reachable(pointer))
            self._spellings[pointer] = frozenset(
                alias for node in nodes if isinstance(node, dict) for alias in node.get(ALIASES) or {}
            )
        return self._spellings[pointer]

    def reachable(self, pointer: str) -> set[str]:
        """The pointers of every schema reachable from ``pointer`` (itself included)."""
        visited: set[str] = set()
        pending = [pointer]
        while pending:
            current = pending.pop()
            if current in visited:
                continue
            visited.add(current)
            node = self.spec.pointer(current)
            if isinstance(node, dict):
                pending += self._children(current, node)
        return visited

    def reaches_alias(self, pointer: str) -> bool:
        """Whether any schema reachable from ``pointer`` declares aliases (so most requests skip the walk)."""
        if pointer not in self._reaches:
            self._reaches[pointer] = any(
                ALIASES in node for node in map(self.spec.pointer, self.reachable(pointer)) if isinstance(node, dict)
            )
        return self._reaches[pointer]

    def _children(self, pointer: str, node: dict[str, Any]) -> list[str]:
        children = [node["$ref"]] if isinstance(node.get("$ref"), str) else []
        for keyword in ("allOf", "anyOf", "oneOf"):
            children += [f"{pointer}/{keyword}/{i}" for i in range(len(node.get(keyword, [])))]
        children += [f"{pointer}/{keyword}" for keyword in ("if", "then", "else", "items") if keyword in node]
        children += [f"{pointer}/properties/{_escape(name)}" for name in node.get("properties", {})]
        return children

    def _valid(self, pointer: str, instance: Any) -> bool:
        return bool(self.spec.fast_validator(pointer).is_valid(instance))

    def _walk(self, pointer: str, instance: Any) -> Any:
        node = self.spec.pointer(pointer)
        if not isinstance(node, dict) or not self.reaches_alias(pointer):
            return instance
        aliases: dict[str, str] = node.get(ALIASES) or {}
        if isinstance(instance, dict):
            for alias, canonical in aliases.items():
                if alias in instance:
                    value = instance.pop(alias)
                    instance.setdefault(canonical, value)
        elif isinstance(instance, str) and instance in aliases:
            instance = aliases[instance]
        if isinstance(node.get("$ref"), str):
            instance = self._walk(node["$ref"], instance)
        for keyword, which in _BRANCHES:
            for index in range(len(node.get(keyword, []))):
                branch = f"{pointer}/{keyword}/{index}"
                if which == "every" or self._valid(branch, instance):
                    instance = self._walk(branch, instance)
        if "if" in node:
            arm = "then" if self._valid(f"{pointer}/if", instance) else "else"
            if arm in node:
                instance = self._walk(f"{pointer}/{arm}", instance)
        if isinstance(instance, dict):
            for name in list(instance):
                if name in node.get("properties", {}):
                    instance[name] = self._walk(f"{pointer}/properties/{_escape(name)}", instance[name])
        if isinstance(instance, list) and "items" in node:
            instance = [self._walk(f"{pointer}/items", item) for item in instance]
        return instance


def _mentions(instance: Any, spellings: Set[str]) -> bool:
    """Whether one of ``spellings`` is a member name or a string anywhere in ``instance``."""
    pending = [instance]
    while pending:
        value = pending.pop()
        if isinstance(value, dict):
            if not spellings.isdisjoint(value):
                return True
            pending.extend(value.values())
        elif isinstance(value, list):
            pending.extend(value)
        elif isinstance(value, str) and value in spellings:
            return True
    return False
