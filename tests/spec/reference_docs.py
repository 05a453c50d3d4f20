"""Read PayerMax's published reference pages (``../shared/payermax-docs/reference``).

Each page holds field tables (one row per field path, e.g. ``data.paymentDetail.cardInfo.cvv``) and JSON
examples under ``### Request example: ...`` / ``### Response example: ...`` headings.
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

DOCS_ENV = "PAYERMAX_DOCS"


def docs_dir() -> Path:
    override = os.environ.get(DOCS_ENV)
    if override:
        return Path(override)
    return Path(__file__).resolve().parents[3] / "shared" / "payermax-docs"


def reference_dir() -> Path:
    return docs_dir() / "reference"


SECTION_KINDS = {
    "Request body": "request",
    "Response body": "response",
    "Notification body (sent to the merchant)": "notification",
    "Merchant's reply": "reply",
}


@dataclass(frozen=True)
class FieldRow:
    section: str  # request | response | notification | reply
    path: str  # dotted, arrays as "[]": data.goodsDetails[].goodsId
    type: str
    required: bool
    constraints: dict[str, str]
    enum: tuple[str, ...]

    @property
    def max_length(self) -> int | None:
        value = self.constraints.get("maxLength")
        return int(value) if value is not None else None


@dataclass(frozen=True)
class Example:
    kind: str  # "Request example" | "Response example"
    title: str
    text: str

    @property
    def label(self) -> str:
        return f"{self.kind}: {self.title}"

    def load(self) -> object:
        return json.loads(self.text)


@dataclass
class ReferencePage:
    name: str
    fields: list[FieldRow] = field(default_factory=list)
    examples: list[Example] = field(default_factory=list)


# The type cell may itself contain a bar ("object|null"), but never a space.
_ROW = re.compile(r"^\| `(?P<path>[^`]+)` \| (?P<type>[^ ]*) \| (?P<req>yes|no) \| (?P<cons>[^|]*)\| (?P<enum>[^|]*)\|")
_EXAMPLE = re.compile(r"^### (?P<kind>Request example|Response example): (?P<title>.*)$")


def _parse_constraints(text: str) -> dict[str, str]:
    found: dict[str, str] = {}
    for item in text.split(";"):
        if ":" in item:
            key, value = item.split(":", 1)
            found[key.strip()] = value.strip()
    return found


def _parse_enum(text: str) -> tuple[str, ...]:
    text = text.strip()
    if not text:
        return ()
    values = []
    for item in text.split(", "):
        item = item.strip()
        if len(item) >= 2 and item[0] == item[-1] == "'":
            item = item[1:-1]
        if "\\" in item:
            item = item.encode("ascii").decode("unicode_escape")
        values.append(item)
    return tuple(values)


def parse_page(path: Path) -> ReferencePage:
    page = ReferencePage(name=path.name)
    section: str | None = None
    lines = path.read_text(encoding="utf-8").splitlines()
    index = 0
    while index < len(lines):
        line = lines[index]
        if line.startswith("## "):
            section = SECTION_KINDS.get(line[3:].strip())
        elif (match := _ROW.match(line)) and section is not None:
            page.fields.append(
                FieldRow(
                    section=section,
                    path=match["path"].replace(" ", ""),
                    type=match["type"].strip(),
                    required=match["req"] == "yes",
                    constraints=_parse_constraints(match["cons"]),
                    enum=_parse_enum(match["enum"]),
                )
            )
        elif match := _EXAMPLE.match(line):
            index += 1
            while index < len(lines) and not lines[index].startswith("```"):
                index += 1
            body: list[str] = []
            index += 1
            while index < len(lines) and not lines[index].startswith("```"):
                body.append(lines[index])
                index += 1
            page.examples.append(Example(kind=match["kind"], title=match["title"].strip(), text="\n".join(body)))
        index += 1
    return page


def load_page(name: str) -> ReferencePage:
    return parse_page(reference_dir() / name)
