"""Read the machine-checked tables of ``spec/DEVIATIONS.md`` and compare published fields with the spec."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .reference_docs import FieldRow
from .spec_fields import FieldFacts

DEVIATIONS_PATH = Path(__file__).resolve().parents[2] / "spec" / "DEVIATIONS.md"
FIELD_TABLE = "## Field deviations"
EXAMPLE_TABLE = "## Examples that do not validate"
SEED_TABLE = "## Seed examples that do not validate"


@dataclass(frozen=True)
class Mismatch:
    page: str
    section: str
    field: str
    aspect: str  # missing | required | type | maxLength | enum
    published: str
    ours: str

    @property
    def key(self) -> tuple[str, str, str, str]:
        return (self.page, self.section, self.field, self.aspect)

    def as_row(self) -> str:
        cells = [self.page, self.section, self.field, self.aspect, self.published, self.ours, "<why>"]
        return "| " + " | ".join(cell.replace("|", "\\|") for cell in cells) + " |"


def _table_rows(heading: str) -> list[list[str]]:
    rows: list[list[str]] = []
    inside = False
    for line in DEVIATIONS_PATH.read_text(encoding="utf-8").splitlines():
        if line.startswith("## "):
            inside = line.strip() == heading
            continue
        if inside and line.startswith("|") and not line.startswith("|---"):
            # A bar inside a cell (a type such as `integer|string`) is written `\|`, as in Markdown.
            cells = [cell.strip().replace("\\|", "|") for cell in re.split(r"(?<!\\)\|", line.strip()[1:-1])]
            if cells[0] not in ("page", "seed"):  # header row
                rows.append(cells)
    return rows


def field_deviations() -> dict[tuple[str, str, str, str], tuple[str, str, str]]:
    """(page, section, field, aspect) -> (published, ours, reason)."""
    listed = {}
    for cells in _table_rows(FIELD_TABLE):
        page, section, field_path, aspect, published, ours, reason = cells[:7]
        listed[(page, section, field_path.strip("`"), aspect)] = (published, ours, reason)
    return listed


def example_exemptions() -> dict[tuple[str, str], str]:
    """(page, example label) -> reason."""
    return {(cells[0], cells[1]): cells[2] for cells in _table_rows(EXAMPLE_TABLE)}


def seed_exemptions() -> dict[tuple[str, str], str]:
    """(seed file, example label such as ``#10``) -> reason."""
    return {(cells[0], cells[1]): cells[3] for cells in _table_rows(SEED_TABLE)}


def render_enum(values: tuple[Any, ...] | None) -> str:
    return "none" if values is None else json.dumps(list(values), ensure_ascii=False)


def render_types(facts: FieldFacts) -> str:
    names = sorted(facts.types)
    text = "|".join(names) or "any"
    if "array" in facts.types:
        text = text.replace("array", f"array<{'|'.join(sorted(facts.item_types)) or 'any'}>")
    return text


def type_matches(published: str, facts: FieldFacts) -> bool:
    if not published:
        return True
    nullable = published.endswith("|null")
    base = published.removesuffix("|null")
    if nullable and "null" not in facts.types:
        return False
    if base.startswith("array<"):
        inner = base[len("array<") : -1]
        return "array" in facts.types and inner in facts.item_types
    return base in facts.types


def compare(page: str, row: FieldRow, facts: FieldFacts) -> list[Mismatch]:
    def mismatch(aspect: str, published: str, ours: str) -> Mismatch:
        return Mismatch(page, row.section, row.path, aspect, published, ours)

    if not facts.present:
        return [mismatch("missing", "present", "absent")]
    found = []
    if row.required != facts.required:
        found.append(mismatch("required", "yes" if row.required else "no", "yes" if facts.required else "no"))
    if not type_matches(row.type, facts):
        found.append(mismatch("type", row.type, render_types(facts)))
    if row.max_length != facts.max_length:
        found.append(mismatch("maxLength", str(row.max_length or "none"), str(facts.max_length or "none")))
    if row.enum and set(row.enum) != set(facts.enum or ()):
        found.append(mismatch("enum", render_enum(row.enum), render_enum(facts.enum)))
    return found
