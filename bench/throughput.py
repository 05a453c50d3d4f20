"""Part 3: the emulator in its default configuration under signed orderAndPay + orderQuery load.

The emulator runs as ``payermax-emulator serve`` (a data directory, one worker process per CPU); the load
comes from another process (``bench.loadgen``) with pre-signed requests. The limit is what the machine can
sign: cores x OpenSSL RSA-2048 signatures per second (every answer is signed).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from tests.contract.emulator_process import emulator_process

LEVELS = {1: 1500, 8: 5000, 32: 6000}  # concurrency -> requests (half orderAndPay, half orderQuery)
ROUNDS = 3  # each level is reported by its median round


def measure(openssl_sign_per_s: float) -> dict[str, Any]:
    cores = os.cpu_count() or 1
    limit = cores * openssl_sign_per_s
    levels = []
    with tempfile.TemporaryDirectory() as data_dir, emulator_process(Path(data_dir), "--settle-after", "-1"):
        env_file = Path(data_dir) / "merchant.env"
        runs: dict[int, list[dict[str, Any]]] = {concurrency: [] for concurrency in LEVELS}
        for _ in range(ROUNDS):  # the levels in turn, round after round: a noisy minute weighs on each alike
            for concurrency, requests in LEVELS.items():
                runs[concurrency].append(_load(env_file, concurrency, requests))
        for results in runs.values():
            middle = sorted(results, key=lambda result: result["per_second"])[len(results) // 2]
            middle["rounds_per_second"] = [round(result["per_second"]) for result in results]
            middle["ratio_to_limit"] = middle["per_second"] / limit
            levels.append(middle)
    return {"cores": cores, "limit_per_s": limit, "levels": levels}


def _load(env_file: Path, concurrency: int, requests: int) -> dict[str, Any]:
    """One run of the load generator; any bad answer fails the benchmark."""
    output = subprocess.run(
        [sys.executable, "-m", "bench.loadgen", "--env", str(env_file), "--concurrency", str(concurrency),
         "--requests", str(requests)],
        capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip
    result: dict[str, Any] = json.loads(output)
    if result["failures"]:
        raise RuntimeError(f"{result['failures']} bad answers, e.g. {result['first_failure']}")
    return result
