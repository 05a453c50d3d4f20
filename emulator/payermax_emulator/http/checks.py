"""Checks the spec's patterns cannot make, found through the spec itself: every field whose schema is the
``CurrencyCode`` component must be an ISO 4217 currency (``CURRENCY_INVALID``), every ``CountryCode`` an
ISO 3166-1 country (``COUNTRY_INVALID``), and every notify URL (the ``NotifyUrl`` component and members named
``...NotifyUrl``) an address notifications can be sent to (``PARAMS_INVALID``), when the request is made
rather than when the first notification fails.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from functools import cache
from typing import Any

import httpx

from ..openapi import SpecDocument
from ..store.errors import BusinessError, params_invalid
from ..store.money import is_country, is_currency
from .validation import field_path

CURRENCY, COUNTRY, URL = "currency", "country", "url"
KINDS = {
    "#/components/schemas/CurrencyCode": CURRENCY,
    "#/components/schemas/CountryCode": COUNTRY,
    "#/components/schemas/NotifyUrl": URL,
}
Path = tuple[str, ...]  # member names, "*" for every item of an array


def notify_url_problem(url: Any) -> str | None:
    """Why ``url`` cannot receive notifications (None when it can): an http or https URL with a host, no
    whitespace or control characters, that httpx can send to. Checked when the order is placed."""
    reason = "it must be an http or https URL with a host, without spaces or control characters"
    if not isinstance(url, str) or any(char.isspace() or unicodedata.category(char)[0] == "C" for char in url):
        return reason
    try:
        parsed = httpx.URL(url)
        port = parsed.port
    except Exception:  # httpx raises InvalidURL, IDNA errors and ValueError for bad URLs
        return reason
    if parsed.scheme not in ("http", "https") or not parsed.host or "%" in parsed.host:
        return reason
    if port is not None and not 0 < port < 65536:
        return reason
    return None


def _walk(spec: SpecDocument, node: Any, path: Path, refs: tuple[str, ...], found: set[tuple[Path, str]]) -> None:
    if not isinstance(node, dict):
        return
    ref = node.get("$ref")
    if ref in KINDS:
        found.add((path, KINDS[ref]))
        return
    if isinstance(ref, str) and ref not in refs:
        _walk(spec, spec.pointer(ref), path, (*refs, ref), found)
    for combinator in ("allOf", "anyOf", "oneOf"):
        for branch in node.get(combinator, []):
            _walk(spec, branch, path, refs, found)
    for branch in ("if", "then", "else"):
        _walk(spec, node.get(branch), path, refs, found)
    for name, member in (node.get("properties") or {}).items():
        if name.endswith(("notifyUrl", "NotifyUrl")):
            found.add(((*path, name), URL))
        _walk(spec, member, (*path, name), refs, found)
    _walk(spec, node.get("items"), (*path, "*"), refs, found)


@cache
def checked_fields(spec: SpecDocument, operation: str) -> tuple[tuple[Path, str], ...]:
    """The fields of the operation's ``data`` to check, with what each must be."""
    request = spec.raw["paths"][f"/{operation}"]["post"]["requestBody"]["content"]["application/json"]["schema"]
    envelope = spec.resolve(request)
    found: set[tuple[Path, str]] = set()
    _walk(spec, envelope, (), (), found)
    return tuple(sorted((path[1:], kind) for path, kind in found if path[:1] == ("data",)))


def _values(node: Any, path: Path, where: tuple[Any, ...]) -> Iterator[tuple[tuple[Any, ...], Any]]:
    if not path:
        yield where, node
        return
    head, rest = path[0], path[1:]
    if head == "*" and isinstance(node, list):
        for index, item in enumerate(node):
            yield from _values(item, rest, (*where, index))
    elif isinstance(node, dict) and head in node:
        yield from _values(node[head], rest, (*where, head))


def check_codes_and_urls(spec: SpecDocument, operation: str, data: Any) -> None:
    """Refuse the first currency, country or notify URL of ``data`` that is not one (the value is not echoed)."""
    for path, kind in checked_fields(spec, operation):
        for where, value in _values(data, path, ("data",)):
            if value is None or value == "":
                continue
            field = field_path(where)
            if kind == CURRENCY and not is_currency(value):
                raise BusinessError("CURRENCY_INVALID", f"{field} is not an ISO 4217 currency code.")
            if kind == COUNTRY and not is_country(value):
                raise BusinessError("COUNTRY_INVALID", f"{field} is not an ISO 3166-1 country code.")
            if kind == URL:
                reason = notify_url_problem(value)
                if reason is not None:
                    raise params_invalid(f"{field} is invalid, {reason}.")
