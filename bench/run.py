"""`make bench`: every figure measured side by side in one run, printed and written to bench/results.json."""

from __future__ import annotations

import json
import os
import platform
import shutil
import statistics
import subprocess
import time
from pathlib import Path
from typing import Any

from cryptography.hazmat.backends.openssl import backend

from . import overhead, receiver, signing, startup, throughput

RESULTS = Path(__file__).resolve().parent / "results.json"
TARGETS = {"sign_ratio": (">=", 0.95), "verify_ratio": (">=", 0.95), "sync_ratio": ("<=", 1.10),
           "async_ratio": ("<=", 1.10), "async50_ratio": ("<=", 1.10), "sync_facade_ratio": ("<=", 1.10),
           "async_facade_ratio": ("<=", 1.10), "throughput_ratio": (">=", 0.5)}  # fmt: skip


def machine() -> dict[str, Any]:
    model = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                  if line.startswith("model name")), platform.processor())  # fmt: skip
    openssl = subprocess.run(
        [shutil.which("openssl") or "openssl", "version"], capture_output=True, text=True
    ).stdout.strip()
    return {"cpu": model, "cores": os.cpu_count(), "python": platform.python_version(),
            "system_openssl": openssl, "cryptography_openssl": backend.openssl_version_text()}  # fmt: skip


def signing_rounds(rounds: int = 7, seconds: int = 1) -> dict[str, float]:
    """OpenSSL and the plugin alternately, one second each per round: medians of each figure, and each ratio as
    the median of the rounds' own ratios (both halves of a round ran within seconds of each other, so a noisy
    neighbour on the machine weighs on both alike)."""
    runs = [signing.measure(seconds) for _ in range(rounds)]
    merged = {key: statistics.median(run[key] for run in runs) for key in runs[0]}
    merged["sign_ratio"] = statistics.median(run["sign_ratio"] for run in runs)
    merged["verify_ratio"] = statistics.median(run["verify_ratio"] for run in runs)
    merged["sign_ratio_min"] = min(run["sign_ratio"] for run in runs)
    merged["sign_ratio_max"] = max(run["sign_ratio"] for run in runs)
    merged["verify_ratio_min"] = min(run["verify_ratio"] for run in runs)
    merged["verify_ratio_max"] = max(run["verify_ratio"] for run in runs)
    return merged


def verdict(name: str, value: float) -> str:
    operator, target = TARGETS[name]
    met = value >= target if operator == ">=" else value <= target
    return f"{'meets' if met else 'MISSES'} {operator} {target}"


def main() -> None:
    started = time.perf_counter()
    print("1/5 signing against `openssl speed rsa2048`...", flush=True)
    sign = signing_rounds()
    print("2/5 per-call overhead against hand-written httpx...", flush=True)
    calls = overhead.measure()
    print("3/5 notification receiver against a bare verification...", flush=True)
    notified = receiver.measure()
    print("4/5 emulator throughput...", flush=True)
    load = throughput.measure(sign["openssl_sign_per_s"])
    print("5/5 generation and import times...", flush=True)
    boot = startup.measure()
    best = max(load["levels"], key=lambda level: level["per_second"])
    results: dict[str, Any] = {
        "machine": machine(),
        "signing": sign,
        "per_call": calls,
        "receiver": notified,
        "throughput": load,
        "startup": boot,
        "summary": {
            "sign_ratio": sign["sign_ratio"],
            "verify_ratio": sign["verify_ratio"],
            "sync_ratio": calls["sync_ratio"],
            "async_ratio": calls["async_ratio"],
            "async50_ratio": calls["async50_ratio"],
            "sync_facade_ratio": calls["sync_facade_ratio"],
            "async_facade_ratio": calls["async_facade_ratio"],
            "receive_ratio": notified["receive_ratio"],
            "throughput_ratio": best["ratio_to_limit"],
        },
        "seconds": time.perf_counter() - started,
    }
    RESULTS.write_text(json.dumps(results, indent=2) + "\n")

    print(
        f"\nmachine: {results['machine']['cpu']}, {results['machine']['cores']} cores, Python {results['machine']['python']}"
    )
    print(f"{'figure':<44} {'ours':>12} {'reference':>12} {'ratio':>7}  target")
    rows = [
        ("1 RSA-2048 signatures/s (plugin vs openssl)", sign["plugin_sign_per_s"], sign["openssl_sign_per_s"], "sign_ratio"),
        ("1 verifications/s (plugin vs openssl)", sign["plugin_verify_per_s"], sign["openssl_verify_per_s"], "verify_ratio"),
        ("2 ms per call, sync (SDK vs raw httpx)", calls["sync_sdk_ms"], calls["sync_raw_ms"], "sync_ratio"),
        ("2 ms per call, async (SDK vs raw httpx)", calls["async_sdk_ms"], calls["async_raw_ms"], "async_ratio"),
        (f"2 ms per call, async x{overhead.CONCURRENCY} in flight", calls["async50_sdk_ms"], calls["async50_raw_ms"], "async50_ratio"),
        ("2 ms per call, sync PayerMax vs raw httpx", calls["sync_facade_ms"], calls["sync_raw_ms"], "sync_facade_ratio"),
        ("2 ms per call, AsyncPayerMax vs raw httpx", calls["async_facade_ms"], calls["async_raw_ms"], "async_facade_ratio"),
    ]  # fmt: skip
    for label, ours, reference, key in rows:
        print(
            f"{label:<44} {ours:>12.2f} {reference:>12.2f} {results['summary'][key]:>7.3f}  {verdict(key, results['summary'][key])}"
        )
    print(f"{'  signing ratio, range over the rounds':<44} {'':>12} {'':>12} "
          f"{sign['sign_ratio_min']:.2f}-{sign['sign_ratio_max']:.2f}")  # fmt: skip
    print(f"{'  verification ratio, range over the rounds':<44} {'':>12} {'':>12} "
          f"{sign['verify_ratio_min']:.2f}-{sign['verify_ratio_max']:.2f}")  # fmt: skip
    print(f"{'2 notification, us (receive vs bare verify)':<44} {notified['receive_us']:>12.1f} "
          f"{notified['bare_verify_us']:>12.1f} {notified['receive_ratio']:>7.3f}  reported, no target")  # fmt: skip
    for level in load["levels"]:
        label = f"3 emulator req/s, concurrency {level['concurrency']}"
        print(f"{label:<44} {level['per_second']:>12.0f} {load['limit_per_s']:>12.0f} {level['ratio_to_limit']:>7.3f}"
              f"  p50 {level['p50_ms']:.1f} ms, p99 {level['p99_ms']:.1f} ms; rounds {level['rounds_per_second']}")  # fmt: skip
    print(
        f"{'  best of the three':<44} {'':>12} {'':>12} {best['ratio_to_limit']:>7.3f}  {verdict('throughput_ratio', best['ratio_to_limit'])}"
    )
    print(f"{'4 make generate (s)':<44} {boot['generate_s']:>12.2f}")
    print(f"{'4 import time, ms (payermax_client vs httpx)':<44} {boot['import_payermax_client_ms']:>12.1f} "
          f"{boot['import_httpx_ms']:>12.1f} {boot['import_ratio']:>7.3f}")  # fmt: skip
    print(f"{'4 import payermax_client.models (ms)':<44} {boot['import_payermax_client.models_ms']:>12.1f}")
    print(f"{'4 import every model (ms)':<44} {boot['import_all_models_ms']:>12.1f}")
    print(f"{'4 import what one call needs (ms)':<44} {boot['import_first_call_ms']:>12.1f}")
    print(f"\nwritten to {RESULTS.relative_to(Path.cwd()) if RESULTS.is_relative_to(Path.cwd()) else RESULTS}"
          f" in {results['seconds']:.0f} s")  # fmt: skip


if __name__ == "__main__":
    main()
