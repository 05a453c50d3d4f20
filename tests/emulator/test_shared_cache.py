"""What the processes of one data directory cache (merchants, the clock's offset) follows every change made by
another process: two emulators on one directory in this process stand for two worker processes."""

from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path

from payermax_emulator.core import Emulator
from payermax_emulator.settings import Settings
from payermax_emulator.store.db import Database
from payermax_signing.keys import generate_key_pair


def _pair(tmp_path: Path) -> tuple[Emulator, Emulator]:
    settings = Settings(data_dir=tmp_path / "data", settle_after=None)
    return Emulator(settings), Emulator(settings)


def test_a_merchant_registered_or_rekeyed_elsewhere_is_seen_at_once(tmp_path: Path) -> None:
    first, second = _pair(tmp_path)
    key = generate_key_pair().verifying_key
    assert second.merchants.get("app-1") is None
    first.merchants.register(key, app_id="app-1")
    seen = second.merchants.get("app-1")
    assert seen is not None and seen.public_key.to_base64() == key.to_base64()

    other = generate_key_pair().verifying_key
    first.merchants.register(other, app_id="app-1", notify_url="https://shop.example.com/n")
    seen = second.merchants.get("app-1")
    assert seen is not None and seen.public_key.to_base64() == other.to_base64()
    assert seen.notify_url == "https://shop.example.com/n"


def test_the_clock_moved_or_reset_elsewhere_is_seen_at_once(tmp_path: Path) -> None:
    first, second = _pair(tmp_path)
    before = second.clock.now()
    first.clock.advance(3600)
    assert (second.clock.now() - before).total_seconds() >= 3600
    first.reset()
    assert (second.clock.now() - before).total_seconds() < 3600


def test_opening_the_database_tells_the_others_to_read_again(tmp_path: Path) -> None:
    """A process killed between its COMMIT and telling the others: the next process to start tells them."""
    path = str(tmp_path / "db.sqlite3")
    first = Database(path)
    stamp = first.generation.current()
    Database(path).close()
    assert first.generation.current() != stamp


def test_a_write_that_changes_nothing_cached_keeps_the_caches(tmp_path: Path) -> None:
    first, second = _pair(tmp_path)
    stamp = second.db.generation.current()
    with first.db.transaction() as tx:
        tx.execute("INSERT INTO meta (key, value) VALUES ('unrelated', '1')")
    assert second.db.generation.current() == stamp


def test_one_process_sweeps_until_it_goes(tmp_path: Path) -> None:
    """The background sweep and checkpoints are one process's at a time; when it closes, another takes them."""
    path = str(tmp_path / "db.sqlite3")
    first, second = Database(path), Database(path)
    assert first.sweeps() and first.sweeps()
    assert not second.sweeps()
    first.close()
    assert second.sweeps()
    second.close()
    assert Database(":memory:").sweeps()  # nobody else shares it


def test_a_killed_sweeper_leaves_the_sweep_to_another(tmp_path: Path) -> None:
    path = str(tmp_path / "db.sqlite3")
    Database(path).close()
    holder = subprocess.Popen([sys.executable, "-c", HOLD_THE_SWEEP, path], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "sweeping"
        survivor = Database(path)
        assert not survivor.sweeps()
        holder.send_signal(signal.SIGKILL)
        holder.wait(timeout=10)
        assert survivor.sweeps()
        survivor.close()
    finally:
        holder.kill()
        holder.wait()


HOLD_THE_SWEEP = """
import sys, time
from payermax_emulator.store.db import Database
db = Database(sys.argv[1])
assert db.sweeps()
print("sweeping", flush=True)
time.sleep(60)
"""
