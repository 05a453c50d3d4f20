"""The Python examples of the README, as written."""

from __future__ import annotations

import re
from pathlib import Path

README = Path(__file__).resolve().parents[2] / "README.md"


def python_blocks() -> list[str]:
    """Every fenced ``python`` block of the README, in order."""
    return re.findall(r"^```python\n(.*?)^```", README.read_text(encoding="utf-8"), flags=re.DOTALL | re.MULTILINE)


#: Top-level modules that only an optional extra installs (web frameworks, Redis).
OPTIONAL_EXTRA_MODULES = ("fastapi", "starlette", "flask", "django", "redis")


def needs_optional_extra(block: str) -> bool:
    """Whether a block imports a module that only one of the optional extras installs."""
    imported = re.findall(r"^(?:from|import) (\w+)", block, flags=re.MULTILINE)
    return any(name in OPTIONAL_EXTRA_MODULES for name in imported) or "redis_store" in block
