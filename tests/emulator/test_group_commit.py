"""Group commit (``store/db.py``, ``store/group_commit.py``): the writes of the requests of one turn of the
event loop commit together, each request's failure is undone alone, a failed commit fails them all, and a
writers' lock held by another process is waited for in a helper thread, never in the event loop."""

from __future__ import annotations

import asyncio
import contextlib
import functools
import sqlite3
import subprocess
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from payermax_client import AsyncPayerMax
from payermax_emulator.local_server import free_port
from payermax_emulator.services.credentials import read_env_file
from payermax_emulator.store.db import Database, WritersBusyError
from payermax_emulator.store.group_commit import GroupCommit
from payermax_signing import ApiError, MerchantCredentials, PayerMaxError, RetryPolicy
from tests.support.builders import hosted_order
from tests.support.processes import start_emulator, stop

SCHEMA = """
CREATE TABLE IF NOT EXISTS parent (id INTEGER PRIMARY KEY);
CREATE TABLE IF NOT EXISTS child (id INTEGER PRIMARY KEY, parent_id INTEGER REFERENCES parent (id));
"""


@pytest.fixture
def path(tmp_path: Path) -> str:
    return str(tmp_path / "group.sqlite3")


@pytest.fixture
def db(path: str) -> Iterator[Database]:
    database = Database(path, [SCHEMA])
    yield database
    database.close()


def committed_parents(path: str) -> list[int]:
    """What another connection sees: committed rows only."""
    with sqlite3.connect(path) as other:
        return [row[0] for row in other.execute("SELECT id FROM parent ORDER BY id")]


def insert(db: Database, parent: int) -> None:
    with db.transaction() as tx:
        tx.execute("INSERT INTO parent (id) VALUES (?)", (parent,))


def dangling_child(db: Database) -> None:
    """A write that only the commit refuses: a deferred foreign key to no parent."""
    with db.transaction() as tx:
        tx.execute("PRAGMA defer_foreign_keys = ON")
        tx.execute("INSERT INTO child (parent_id) VALUES (999)")


@contextmanager
def writer_elsewhere(path: str) -> Iterator[threading.Event]:
    """Another process's writer (another open file: its flock excludes ours) in the middle of a transaction,
    until the yielded event is set."""
    other = Database(path, [SCHEMA])
    release, holding = threading.Event(), threading.Event()

    def hold() -> None:
        with other.transaction() as tx:
            tx.execute("INSERT INTO parent (id) VALUES (100)")
            holding.set()
            release.wait(10)

    thread = threading.Thread(target=hold)
    thread.start()
    assert holding.wait(10)
    try:
        yield release
    finally:
        release.set()
        thread.join(10)
        other.close()


def finishes(action: Callable[[], object], within: float = 5.0) -> bool:
    """Whether ``action`` returns (or raises) within ``within`` seconds, run in a thread."""

    def run() -> None:
        with contextlib.suppress(Exception):  # only whether it returned matters here
            action()

    thread = threading.Thread(target=run)
    thread.start()
    thread.join(within)
    return not thread.is_alive()


def inserted(db: Database, parent: int) -> int:
    insert(db, parent)
    return parent


def failing_insert(db: Database, parent: int) -> None:
    with db.transaction() as tx:
        tx.execute("INSERT INTO parent (id) VALUES (?)", (parent,))
        raise ZeroDivisionError


def test_the_transactions_of_a_group_commit_together(db: Database, path: str) -> None:
    with db.group_writes():
        insert(db, 1)
        insert(db, 2)
    assert committed_parents(path) == []
    with db.snapshot() as tx:  # the group's own reads see its writes
        assert [row[0] for row in tx.execute("SELECT id FROM parent")] == [1, 2]
    db.commit_group()
    assert committed_parents(path) == [1, 2]


def test_a_transaction_that_raises_is_undone_alone(db: Database, path: str) -> None:
    with db.group_writes():
        insert(db, 1)
        with pytest.raises(ZeroDivisionError):
            failing_insert(db, 2)
        insert(db, 3)
    db.commit_group()
    assert committed_parents(path) == [1, 3]


def test_a_nested_transaction_that_raises_is_undone_alone_inside_its_outer_one(db: Database, path: str) -> None:
    with db.group_writes():
        with db.transaction() as tx:
            tx.execute("INSERT INTO parent (id) VALUES (1)")
            with pytest.raises(ZeroDivisionError):
                failing_insert(db, 2)
            tx.execute("INSERT INTO parent (id) VALUES (3)")
        insert(db, 4)
    db.commit_group()
    assert committed_parents(path) == [1, 3, 4]


def test_a_failed_commit_undoes_the_whole_group_and_frees_the_lock(db: Database, path: str) -> None:
    with db.group_writes():
        insert(db, 1)
        dangling_child(db)
    with pytest.raises(sqlite3.IntegrityError):
        db.commit_group()
    assert committed_parents(path) == []
    other = Database(path, [SCHEMA])
    try:
        assert finishes(lambda: insert(other, 7))  # the writers' lock was given back
    finally:
        other.close()
    insert(db, 8)  # and this connection writes on normally
    assert committed_parents(path) == [7, 8]


def test_a_transaction_whose_commit_fails_is_rolled_back_and_the_connection_writes_on(db: Database, path: str) -> None:
    """Outside a group too: a COMMIT refused by a deferred foreign key once left the connection inside its
    transaction, and every later write of the process failed ("cannot start a transaction within a
    transaction")."""
    with pytest.raises(sqlite3.IntegrityError):
        dangling_child(db)
    insert(db, 4)
    assert committed_parents(path) == [4]


def test_a_group_never_waits_for_another_processs_writer(db: Database, path: str) -> None:
    with writer_elsewhere(path) as release:
        outcome: list[BaseException] = []

        def first_write_of_a_group() -> None:
            with db.group_writes():
                try:
                    insert(db, 1)
                except WritersBusyError as busy:
                    outcome.append(busy)

        assert finishes(first_write_of_a_group, within=2), "the group waited for the writers' lock"
        assert len(outcome) == 1
        db.commit_group()  # nothing began: nothing to commit

        waiter = threading.Thread(target=db.wait_for_writers)
        waiter.start()
        waiter.join(0.3)
        assert waiter.is_alive(), "the lock is taken: waiting for it must wait"
        release.set()
        waiter.join(10)
        assert db.writers_reserved
    with db.group_writes():
        insert(db, 1)  # takes over the reserved lock
    assert not db.writers_reserved
    db.commit_group()
    assert committed_parents(path) == [1, 100]


def test_a_reservation_nobody_takes_over_is_given_back(db: Database, path: str) -> None:
    db.wait_for_writers()
    other = Database(path, [SCHEMA])
    try:
        assert not finishes(lambda: insert(other, 5), within=0.3)
        db.drop_writers_reservation()
        assert finishes(lambda: insert(other, 6))
    finally:
        other.close()
    assert 6 in committed_parents(path)


def test_requests_of_one_turn_share_one_commit(db: Database, path: str) -> None:
    statements: list[str] = []
    db._connection.set_trace_callback(statements.append)
    group = GroupCommit(db)

    async def main() -> list[tuple[int, bool]]:
        return list(await asyncio.gather(*(group.run(functools.partial(inserted, db, parent)) for parent in (1, 2, 3))))

    assert asyncio.run(main()) == [(1, True), (2, True), (3, True)]
    assert statements.count("COMMIT") == 1
    assert statements.count("BEGIN IMMEDIATE") == 1
    assert committed_parents(path) == [1, 2, 3]


def test_a_failed_group_commit_fails_every_request_in_it(db: Database, path: str) -> None:
    group = GroupCommit(db)

    async def main() -> list[tuple[int | None, bool]]:
        return list(
            await asyncio.gather(
                group.run(functools.partial(inserted, db, 1)), group.run(functools.partial(dangling_child, db))
            )
        )

    assert asyncio.run(main()) == [(1, False), (None, False)]
    assert committed_parents(path) == []


def test_a_busy_writers_lock_is_waited_for_while_the_loop_goes_on(db: Database, path: str) -> None:
    group = GroupCommit(db)

    async def main(release: threading.Event) -> tuple[tuple[int, bool], int]:
        ticks = 0

        async def ticking() -> None:
            nonlocal ticks
            while True:
                await asyncio.sleep(0.01)
                ticks += 1

        ticker = asyncio.create_task(ticking())
        loop = asyncio.get_running_loop()
        loop.call_later(0.3, release.set)  # the other process's writer finishes after 0.3 s
        result = await group.run(functools.partial(inserted, db, 1))
        ticker.cancel()
        return result, ticks

    with writer_elsewhere(path) as release:
        result, ticks = asyncio.run(main(release))
    assert result == (1, True)
    assert ticks >= 10, "the event loop stood still while the lock was busy"
    assert not db.writers_reserved
    assert committed_parents(path) == [1, 100]
    other = Database(path, [SCHEMA])
    try:
        assert finishes(lambda: insert(other, 2))  # the lock was given back after the group
    finally:
        other.close()


# ----------------------------------------------------------------------------- over real sockets, 2 workers
def _start(data_dir: Path) -> tuple[subprocess.Popen[bytes], MerchantCredentials, str]:
    port = free_port()
    process = start_emulator(
        port, data_dir.parent / "emulator.log", "--data-dir", str(data_dir), "--settle-after", "-1", "--workers", "2"
    )
    env = read_env_file(data_dir / "merchant.env")
    return process, MerchantCredentials.from_env(env), env["PAYERMAX_BASE_URL"]


async def _place(payermax: AsyncPayerMax, out_trade_no: str) -> str:
    """``APPLY_SUCCESS`` or the refusal's code."""
    try:
        await payermax.collection.order_and_pay(hosted_order(out_trade_no))
    except ApiError as refusal:
        return refusal.code
    return "APPLY_SUCCESS"


def test_concurrent_orders_with_the_same_number_are_placed_once(tmp_path: Path) -> None:
    process, credentials, base_url = _start(tmp_path / "data")
    try:

        async def main() -> dict[str, list[str]]:
            async with AsyncPayerMax(credentials, base_url=base_url) as payermax:
                numbers = [f"TWICE_{index % 20}" for index in range(60)]  # each number three times, all at once
                codes = await asyncio.gather(*(_place(payermax, number) for number in numbers))
                found = await asyncio.gather(
                    *(payermax.collection.order_query(out_trade_no=f"TWICE_{index}") for index in range(20))
                )
            by_number: dict[str, list[str]] = {}
            for number, code in zip(numbers, codes, strict=True):
                by_number.setdefault(number, []).append(code)
            assert [answer.out_trade_no for answer in found] == [f"TWICE_{index}" for index in range(20)]
            return by_number

        for codes in asyncio.run(main()).values():
            assert sorted(codes) == ["APPLY_SUCCESS", "ORDER_REPEAT", "ORDER_REPEAT"]
    finally:
        stop(process)


def test_every_order_answered_under_concurrent_load_survives_a_kill(tmp_path: Path) -> None:
    """Answers leave only after their group's commit: killing the emulator (SIGKILL, every process) in the
    middle of concurrent load loses no order that was answered."""
    data_dir = tmp_path / "data"
    process, credentials, base_url = _start(data_dir)
    answered: list[str] = []
    try:

        async def load() -> None:
            async with AsyncPayerMax(credentials, base_url=base_url, retry=RetryPolicy(attempts=1)) as payermax:

                async def connection(lane: int) -> None:
                    for index in range(1000):
                        number = f"LOAD_{lane}_{index}"
                        try:
                            if await _place(payermax, number) == "APPLY_SUCCESS":
                                answered.append(number)
                        except PayerMaxError:  # the emulator was killed
                            return
                        if len(answered) == 120:
                            stop(process, kill=True)

                await asyncio.gather(*(connection(lane) for lane in range(16)))

        asyncio.run(load())
    finally:
        stop(process, kill=True)
    assert len(answered) >= 120
    process, credentials, base_url = _start(data_dir)
    try:

        async def missing() -> list[str]:
            async with AsyncPayerMax(credentials, base_url=base_url) as payermax:
                lost = []
                for number in answered:
                    try:
                        await payermax.collection.order_query(out_trade_no=number)
                    except ApiError as refusal:
                        lost.append(f"{number}: {refusal.code}")
                return lost

        assert asyncio.run(missing()) == []
    finally:
        stop(process)
