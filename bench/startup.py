"""Part 4: `make generate` wall time, and the import time of payermax_client against httpx."""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
IMPORTS = {
    "baseline": "pass",
    "httpx": "import httpx",
    "payermax_client": "import payermax_client",
    "payermax_client.models": "import payermax_client.models",
    "all_models": "from payermax_client.models import *",
    # What a merchant's first call needs imported: the client, its resources and the models of one operation.
    "first_call": (
        "from payermax_client import PayerMax\n"
        "from payermax_client.models import OrderQueryRequest, OrderQueryResult\n"
        "from payermax_client.api.collection import order_query"
    ),
}
RUNS = 9


def generate_seconds() -> float:
    """A full generation (bundle, client view, openapi-python-client, ruff) into a scratch directory."""
    with tempfile.TemporaryDirectory() as scratch:
        started = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "generator.generate", "--output", str(Path(scratch) / "payermax_client")],
            cwd=REPO, check=True, capture_output=True,
        )  # fmt: skip
        return time.perf_counter() - started


def import_milliseconds() -> dict[str, float]:
    """Median wall time of a fresh interpreter running each import, minus an interpreter doing nothing."""
    samples: dict[str, list[float]] = {name: [] for name in IMPORTS}
    for _ in range(RUNS):
        for name, code in IMPORTS.items():  # interleaved, so drift hits every import alike
            started = time.perf_counter()
            subprocess.run([sys.executable, "-c", code], check=True)
            samples[name].append(time.perf_counter() - started)
    baseline = statistics.median(samples.pop("baseline"))
    return {name: (statistics.median(times) - baseline) * 1000 for name, times in samples.items()}


def measure() -> dict[str, float]:
    imports = import_milliseconds()
    return {
        "generate_s": generate_seconds(),
        **{f"import_{name}_ms": value for name, value in imports.items()},
        "import_ratio": imports["payermax_client"] / imports["httpx"],
    }
