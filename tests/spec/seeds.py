"""The JSON examples in the project's seed documents (``../shared/seeds``), and what each one is.

The seeds are PayerMax guide pages saved as text. Their examples are curl bodies and answers written as
JSON with comments (``// ...`` and ``# ...``) and placeholders. :func:`extract` finds every one: a block
starts on a line that is just ``{`` or ends in ``'{`` (``--data '{``) and runs to its matching brace;
comments outside strings are dropped. ``SEED_EXAMPLES`` says which message each block is, so a block that
appears in a seed without an entry here fails the suite instead of going unchecked.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from .reference_docs import docs_dir


def seeds_dir() -> Path:
    return docs_dir().parent / "seeds"


@dataclass(frozen=True)
class SeedBlock:
    seed: str  # file name
    index: int  # 0-based position of the block in its seed
    line: int  # 1-based line where it starts
    end_line: int  # 1-based line where it ends
    text: str  # the JSON, comments removed

    @property
    def label(self) -> str:
        return f"#{self.index}"


@dataclass(frozen=True)
class SeedTarget:
    """What a seed example is: a section of an operation or webhook, or a bare component."""

    what: str  # e.g. "createPaybylink request" - for reading the table and failure messages
    operation: str | None = None
    webhook: str | None = None
    section: str | None = None  # request | response | notification | reply
    schema: str | None = None  # a component, for examples that belong to no single operation
    data_only: bool = False  # the example shows only the business payload (`data`) without the envelope


def _skip_comment(text: str, index: int) -> int:
    while index < len(text) and text[index] != "\n":
        index += 1
    return index


def _is_comment(text: str, index: int) -> bool:
    return text[index] == "#" or text.startswith("//", index)


def strip_comments(text: str) -> str:
    """``text`` without ``//`` and ``#`` comments outside JSON strings (``#`` in URLs is kept)."""
    kept: list[str] = []
    index, in_string = 0, False
    while index < len(text):
        char = text[index]
        if in_string:
            kept.append(char)
            if char == "\\":
                kept.append(text[index + 1])
                index += 2
                continue
            in_string = char != '"'
        elif char == '"':
            in_string = True
            kept.append(char)
        elif _is_comment(text, index):
            index = _skip_comment(text, index)
            continue
        else:
            kept.append(char)
        index += 1
    return "".join(kept)


def _block_end(text: str, start: int) -> int:
    depth, index, in_string = 0, start, False
    while index < len(text):
        char = text[index]
        if in_string:
            if char == "\\":
                index += 2
                continue
            in_string = char != '"'
        elif char == '"':
            in_string = True
        elif _is_comment(text, index):
            index = _skip_comment(text, index)
            continue
        elif char == "{":
            depth += 1
        elif char == "}":
            depth -= 1
            if depth == 0:
                return index
        index += 1
    raise ValueError(f"unbalanced JSON block starting at offset {start}")


def extract(path: Path) -> list[SeedBlock]:
    text = path.read_text(encoding="utf-8")
    lines = text.splitlines(keepends=True)
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line))
    blocks: list[SeedBlock] = []
    number = 0
    while number < len(lines):
        stripped = lines[number].strip()
        if stripped == "{" or stripped.endswith("'{"):
            begin = starts[number] + lines[number].index("{")
            end = _block_end(text, begin)
            end_line = text.count("\n", 0, end) + 1
            body = strip_comments(text[begin : end + 1])
            blocks.append(SeedBlock(path.name, len(blocks), number + 1, end_line, body))
            number = end_line
            continue
        number += 1
    return blocks


#: A line that looks like a JSON member (`"name": ...`): every such line of a seed must be inside a block.
JSON_MEMBER_LINE = re.compile(r'^\s*"[A-Za-z0-9_]+"\s*:')


def stray_json_lines(path: Path) -> list[int]:
    """Lines of ``path`` that look like JSON members but lie outside every extracted block (1-based)."""
    covered = {n for block in extract(path) for n in range(block.line, block.end_line + 1)}
    lines = path.read_text(encoding="utf-8").splitlines()
    return [n for n, line in enumerate(lines, 1) if JSON_MEMBER_LINE.match(line) and n not in covered]


SEED_EXAMPLES: dict[tuple[str, int], SeedTarget] = {
    # 000: API description - the envelope every request shares
    ("000_f3f5a432e809769d.txt", 0): SeedTarget("request envelope", schema="RequestEnvelope"),
    # 001: pay by link integration guide
    ("001_c020d46337011c9a.txt", 0): SeedTarget("createPaybylink request", "createPaybylink", section="request"),
    ("001_c020d46337011c9a.txt", 1): SeedTarget("createPaybylink answer", "createPaybylink", section="response"),
    ("001_c020d46337011c9a.txt", 2): SeedTarget("expirePaybylink request", "expirePaybylink", section="request"),
    ("001_c020d46337011c9a.txt", 3): SeedTarget("expirePaybylink answer", "expirePaybylink", section="response"),
    ("001_c020d46337011c9a.txt", 4): SeedTarget("queryPaybylink request", "queryPaybylink", section="request"),
    ("001_c020d46337011c9a.txt", 5): SeedTarget("queryPaybylink answer", "queryPaybylink", section="response"),
    # 002: payout guide - diagrams and an interface list, no JSON
    # 003: applyPaymentToken (English API page)
    ("003_5bc4cb95680f1334.txt", 0): SeedTarget(
        "applyPaymentToken request (data only)", "applyPaymentToken", section="request", data_only=True
    ),
    ("003_5bc4cb95680f1334.txt", 1): SeedTarget("applyPaymentToken answer", "applyPaymentToken", section="response"),
    # 004: token payments by direct API (Chinese guide)
    ("004_68a6a45eb6a8bf28.txt", 0): SeedTarget(
        "orderAndPay request, first card payment", "orderAndPay", section="request"
    ),
    ("004_68a6a45eb6a8bf28.txt", 1): SeedTarget(
        "orderAndPay answer without 3-D Secure", "orderAndPay", section="response"
    ),
    ("004_68a6a45eb6a8bf28.txt", 2): SeedTarget(
        "orderAndPay answer with 3-D Secure", "orderAndPay", section="response"
    ),
    ("004_68a6a45eb6a8bf28.txt", 3): SeedTarget(
        "payment notification", webhook="paymentResult", section="notification"
    ),
    ("004_68a6a45eb6a8bf28.txt", 4): SeedTarget("merchant's reply", webhook="paymentResult", section="reply"),
    ("004_68a6a45eb6a8bf28.txt", 5): SeedTarget("orderQuery request", "orderQuery", section="request"),
    ("004_68a6a45eb6a8bf28.txt", 6): SeedTarget("orderQuery answer", "orderQuery", section="response"),
    ("004_68a6a45eb6a8bf28.txt", 7): SeedTarget("orderAndPay request with a token", "orderAndPay", section="request"),
    ("004_68a6a45eb6a8bf28.txt", 8): SeedTarget(
        "orderAndPay answer without 3-D Secure", "orderAndPay", section="response"
    ),
    ("004_68a6a45eb6a8bf28.txt", 9): SeedTarget(
        "orderAndPay answer with 3-D Secure", "orderAndPay", section="response"
    ),
    ("004_68a6a45eb6a8bf28.txt", 10): SeedTarget(
        "inquirePaymentToken request", "inquirePaymentToken", section="request"
    ),
    ("004_68a6a45eb6a8bf28.txt", 11): SeedTarget(
        "inquirePaymentToken answer", "inquirePaymentToken", section="response"
    ),
    ("004_68a6a45eb6a8bf28.txt", 12): SeedTarget("removePaymentToken request", "removePaymentToken", section="request"),
    ("004_68a6a45eb6a8bf28.txt", 13): SeedTarget("removePaymentToken answer", "removePaymentToken", section="response"),
}
