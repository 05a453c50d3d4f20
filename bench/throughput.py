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


def measure(openssl_sign_per_s: float) -> dict[str, Any]:
    cores = os.cpu_count() or 1
    limit = cores * openssl_sign_per_s
    levels = []
    with tempfile.TemporaryDirectory() as data_dir, emulator_process(Path(data_dir), "--settle-after", "-1"):
        env_file = Path(data_dir) / "merchant.env"
        for concurrency, requests in LEVELS.items():
            output = subprocess.run(
                [sys.executable, "-m", "bench.loadgen", "--env", str(env_file), "--concurrency", str(concurrency),
                 "--requests", str(requests)],
                capture_output=True, text=True, check=True,
            ).stdout  # fmt: skip
            result = json.loads(output)
            if result["failures"]:
                raise RuntimeError(f"{result['failures']} bad answers, e.g. {result['first_failure']}")
            result["ratio_to_limit"] = result["per_second"] / limit
            levels.append(result)
    return {"cores": cores, "limit_per_s": limit, "levels": levels}
