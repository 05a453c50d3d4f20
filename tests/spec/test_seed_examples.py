"""Every JSON example in the project's seed documents validates against the spec - or spec/DEVIATIONS.md
("Seed examples that do not validate") says why it cannot."""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

import pytest

from payermax_emulator.openapi import SpecDocument

from .deviations import seed_exemptions
from .seeds import SEED_EXAMPLES, SeedBlock, SeedTarget, extract, seeds_dir, stray_json_lines
from .spec_fields import SpecWalker


def _blocks() -> list[SeedBlock]:
    return [block for path in sorted(seeds_dir().glob("*.txt")) for block in extract(path)]


def _pointer_and_value(spec: SpecDocument, target: SeedTarget, value: Any) -> tuple[str, Any]:
    if target.schema is not None:
        return f"#/components/schemas/{target.schema}", value
    section = target.section or ""
    root = SpecWalker(spec).root(operation=target.operation, webhook=target.webhook, section=section)
    pointer = str(root["$ref"])
    if target.data_only:
        envelope = spec.pointer(pointer)
        return str(envelope["allOf"][1]["properties"]["data"]["$ref"]), value["data"]
    return pointer, value


def test_every_seed_example_is_mapped() -> None:
    found = {(block.seed, block.index) for block in _blocks()}
    assert found == set(SEED_EXAMPLES), (
        f"JSON blocks without an entry in tests/spec/seeds.py: {sorted(found - set(SEED_EXAMPLES))}; "
        f"entries without a block: {sorted(set(SEED_EXAMPLES) - found)}"
    )


def test_no_json_is_left_outside_the_extracted_blocks() -> None:
    stray = {path.name: lines for path in sorted(seeds_dir().glob("*.txt")) if (lines := stray_json_lines(path))}
    assert not stray, f"JSON-looking lines the extractor missed (seed: line numbers): {stray}"


@pytest.mark.parametrize("block", _blocks(), ids=lambda block: f"{block.seed[:3]}{block.label}")
def test_seed_example_validates(spec: SpecDocument, block: SeedBlock) -> None:
    target = SEED_EXAMPLES[(block.seed, block.index)]
    pointer, value = _pointer_and_value(spec, target, json.loads(block.text, parse_float=Decimal))
    errors = sorted(spec.validator(pointer).iter_errors(value), key=str)
    exempt = seed_exemptions().get((block.seed, block.label))
    if exempt is not None:
        assert errors, f"{block.seed} {block.label} ({target.what}) now validates: remove its row from DEVIATIONS.md"
        return
    details = "\n".join(f"  at {'/'.join(map(str, e.absolute_path)) or '<root>'}: {e.message}" for e in errors)
    assert not errors, f"{block.seed} {block.label} (line {block.line}, {target.what}) against {pointer}:\n{details}"


def test_seed_exemptions_name_existing_examples() -> None:
    known = {(block.seed, block.label) for block in _blocks()}
    unknown = sorted(set(seed_exemptions()) - known)
    assert not unknown, f"DEVIATIONS.md exempts seed examples that do not exist: {unknown}"
