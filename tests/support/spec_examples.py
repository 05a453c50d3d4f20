"""The request and answer examples of the spec, decoded exactly (amounts as ``Decimal``)."""

from __future__ import annotations

import json
from typing import Any

from payermax_emulator.openapi import bundled_spec
from payermax_signing.protocol import loads


def operations() -> dict[str, dict[str, Any]]:
    """Every operation of the spec by operationId."""
    return {item["post"]["operationId"]: item["post"] for item in bundled_spec().raw["paths"].values()}


def _exact(value: Any) -> Any:
    return loads(json.dumps(value))


def request_examples(operation: str) -> dict[str, dict[str, Any]]:
    """The ``data`` of each request example, by example name."""
    media = operations()[operation]["requestBody"]["content"]["application/json"]
    return {name: _exact(example["value"]["data"]) for name, example in media["examples"].items()}


def successful_answers(operation: str) -> dict[str, dict[str, Any]]:
    """Each example answer with ``APPLY_SUCCESS`` and ``data``, by example name."""
    media = operations()[operation]["responses"]["200"]["content"]["application/json"]
    found = {name: _exact(example["value"]) for name, example in media["examples"].items()}
    return {
        name: answer for name, answer in found.items() if answer.get("code") == "APPLY_SUCCESS" and answer.get("data")
    }
