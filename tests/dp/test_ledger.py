"""Ledger: budgets, atomic spend, refusal of seam events, handle semantics, schema, errors."""

from __future__ import annotations

import copy
import pickle
import sqlite3
from pathlib import Path

import pytest

import privet
from privet.dp import Ledger, PrivacyEvent
from privet.dp._ledger import SCHEMA_VERSION
from privet.dp._noise import fixed_noise
from privet.errors import BudgetError, BudgetExceededError, InvalidParameterError


def _event(epsilon: float, delta: float = 0.0) -> PrivacyEvent:
    return PrivacyEvent("laplace", epsilon, delta, sensitivity=1.0, scale=1.0 / epsilon, description="test")


@pytest.fixture
def ledger(tmp_path: Path) -> Ledger:
    led = Ledger(tmp_path / "budget.db")
    led.set_budget(dataset="adult", principal="alice", epsilon=1.0, delta=1e-5)
    return led


def test_public_names() -> None:
    assert privet.Ledger is Ledger
    assert privet.PrivacyEvent is PrivacyEvent


def test_spend_until_exhausted(ledger: Ledger) -> None:
    for _ in range(3):
        ledger.spend(_event(0.3), dataset="adult", principal="alice")
    assert ledger.spent(dataset="adult", principal="alice") == pytest.approx((0.9, 0.0))
    assert ledger.remaining(dataset="adult", principal="alice") == pytest.approx((0.1, 1e-5))
    with pytest.raises(BudgetExceededError) as info:
        ledger.spend(_event(0.2), dataset="adult", principal="alice")
    message = str(info.value)
    assert "requested epsilon=0.2" in message and "remaining epsilon=0.1" in message
    assert "'adult'" in message and "'alice'" in message
    assert info.value.requested == (0.2, 0.0)  # type: ignore[attr-defined]
    assert info.value.remaining == pytest.approx((0.1, 1e-5))  # type: ignore[attr-defined]
    assert (info.value.dataset, info.value.principal) == ("adult", "alice")  # type: ignore[attr-defined]
    assert len(ledger.history()) == 3  # nothing spent by the refused request
    ledger.spend(_event(0.1), dataset="adult", principal="alice")  # exactly the rest fits
    assert ledger.remaining(dataset="adult", principal="alice")[0] == pytest.approx(0.0, abs=1e-12)


def test_decimal_split_fits(ledger: Ledger) -> None:
    ledger.set_budget(dataset="d", principal="p", epsilon=0.3)
    ledger.spend(_event(0.1), dataset="d", principal="p")
    ledger.spend(_event(0.2), dataset="d", principal="p")
    with pytest.raises(BudgetExceededError):
        ledger.spend(_event(1e-9), dataset="d", principal="p")


def test_delta_cap(ledger: Ledger) -> None:
    ledger.spend(_event(0.1, 6e-6), dataset="adult", principal="alice")
    with pytest.raises(BudgetExceededError):
        ledger.spend(_event(0.1, 6e-6), dataset="adult", principal="alice")
    ledger.set_budget(dataset="pure", principal="p", epsilon=5.0)
    with pytest.raises(BudgetExceededError):
        ledger.spend(_event(0.1, 1e-9), dataset="pure", principal="p")


def test_check_spends_nothing(ledger: Ledger) -> None:
    ledger.check(_event(0.5), dataset="adult", principal="alice")
    with pytest.raises(BudgetExceededError):
        ledger.check(_event(1.5), dataset="adult", principal="alice")
    assert ledger.history() == []


def test_budgets_are_separate(ledger: Ledger) -> None:
    ledger.set_budget(dataset="adult", principal="bob", epsilon=2.0)
    ledger.spend(_event(1.0), dataset="adult", principal="alice")
    ledger.spend(_event(1.5), dataset="adult", principal="bob")
    assert ledger.remaining(dataset="adult", principal="bob")[0] == pytest.approx(0.5)
    assert [e.principal for e in ledger.history(principal="bob")] == ["bob"]
    assert len(ledger.history(dataset="adult")) == 2
    assert [s.principal for s in ledger.budgets()] == ["alice", "bob"]


def test_no_budget_is_an_error(ledger: Ledger) -> None:
    with pytest.raises(BudgetError, match="no budget for dataset 'other'"):
        ledger.spend(_event(0.1), dataset="other", principal="alice")


def test_history_round_trips_events(ledger: Ledger) -> None:
    event = PrivacyEvent(
        "subsampled_gaussian",
        0.7,
        1e-6,
        sensitivity=1.0,
        scale=1.1,
        sampling_rate=0.01,
        steps=100,
        neighbouring="add_remove_unit",
        description="LogisticRegression.fit on adult (n=30162)",
    )
    entry = ledger.spend(event, dataset="adult", principal="alice")
    (stored,) = ledger.history()
    assert stored.event == event
    assert stored.id == entry.id and stored.time == entry.time and stored.time.tzinfo is not None
    assert stored.to_dict()["event"]["steps"] == 100


def test_seam_events_are_refused(ledger: Ledger) -> None:
    with fixed_noise(0.0):
        event = _event(0.1)
        with pytest.raises(BudgetError, match="test-only noise seam"):
            ledger.spend(_event(0.1), dataset="adult", principal="alice")
    assert event.private is False
    with pytest.raises(BudgetError, match="test-only noise seam"):
        ledger.spend(event, dataset="adult", principal="alice")
    assert ledger.history() == []
    assert _event(0.1).private is True


def test_pickle_copy_clone_are_handles(ledger: Ledger) -> None:
    for other in (pickle.loads(pickle.dumps(ledger)), copy.copy(ledger), copy.deepcopy(ledger), ledger.clone()):
        assert other == ledger and other is not ledger
        other.spend(_event(0.1), dataset="adult", principal="alice")
    assert len(ledger.history()) == 4
    assert ledger.spent(dataset="adult", principal="alice")[0] == pytest.approx(0.4)


def test_sklearn_clone_keeps_the_store(ledger: Ledger) -> None:
    from sklearn.base import BaseEstimator, clone

    class Holder(BaseEstimator):  # type: ignore[misc]
        def __init__(self, ledger: Ledger | None = None) -> None:
            self.ledger = ledger

    cloned = clone(Holder(ledger=ledger))
    cloned.ledger.spend(_event(0.25), dataset="adult", principal="alice")
    assert ledger.spent(dataset="adult", principal="alice")[0] == pytest.approx(0.25)


def test_store_settings(ledger: Ledger) -> None:
    conn = sqlite3.connect(ledger.path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("SELECT max(version) FROM schema_version").fetchone()[0] == SCHEMA_VERSION
    conn.close()
    assert ledger.schema_version() == SCHEMA_VERSION
    ledger.verify()


def test_migrates_a_version_one_store(tmp_path: Path) -> None:
    from privet.dp._ledger import _MIGRATIONS

    path = tmp_path / "old.db"
    conn = sqlite3.connect(path)
    conn.executescript(
        "CREATE TABLE schema_version (version INTEGER NOT NULL);"
        + _MIGRATIONS[1]
        + ";INSERT INTO schema_version VALUES (1);"
    )
    conn.execute(
        "INSERT INTO budgets VALUES ('d', 'p', 1.0, 0.0, '2026-01-01T00:00:00+00:00', '2026-01-01T00:00:00+00:00')"
    )
    conn.commit()
    conn.close()
    led = Ledger(path)
    assert led.schema_version() == SCHEMA_VERSION
    assert led.remaining(dataset="d", principal="p") == (1.0, 0.0)
    names = {r[0] for r in sqlite3.connect(path).execute("SELECT name FROM sqlite_master WHERE type='index'")}
    assert "spends_by_budget" in names


def test_newer_schema_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "new.db"
    Ledger(path).close()
    conn = sqlite3.connect(path)
    conn.execute("INSERT INTO schema_version VALUES (?)", (SCHEMA_VERSION + 1,))
    conn.commit()
    conn.close()
    with pytest.raises(BudgetError, match="newer than this privet"):
        Ledger(path)


def test_not_a_database(tmp_path: Path) -> None:
    path = tmp_path / "junk.db"
    path.write_bytes(b"this is not sqlite at all" * 100)
    with pytest.raises(BudgetError, match="not a usable privet ledger"):
        Ledger(path)
    with pytest.raises(BudgetError, match="does not exist"):
        Ledger(tmp_path / "missing" / "x.db")


@pytest.mark.parametrize(
    ("kwargs", "match"),
    [
        ({"dataset": "", "principal": "p", "epsilon": 1.0}, "'dataset'"),
        ({"dataset": "d", "principal": "p", "epsilon": -1.0}, "'epsilon'"),
        ({"dataset": "d", "principal": "p", "epsilon": float("nan")}, "'epsilon'"),
        ({"dataset": "d", "principal": "p", "epsilon": 1.0, "delta": 1.0}, "'delta'"),
    ],
)
def test_set_budget_validates(ledger: Ledger, kwargs: dict[str, object], match: str) -> None:
    with pytest.raises(InvalidParameterError, match=match):
        ledger.set_budget(**kwargs)  # type: ignore[arg-type]


def test_event_validation_and_round_trip() -> None:
    event = _event(0.5)
    assert PrivacyEvent.from_dict(event.to_dict()) == event
    with pytest.raises(InvalidParameterError, match="'epsilon'"):
        PrivacyEvent("laplace", -1.0)
    with pytest.raises(InvalidParameterError, match="'delta'"):
        PrivacyEvent("laplace", 1.0, 1.5)
    with pytest.raises(InvalidParameterError, match="'neighbouring'"):
        PrivacyEvent("laplace", 1.0, neighbouring="nearby")
    with pytest.raises(InvalidParameterError, match="unknown keys"):
        PrivacyEvent.from_dict({"mechanism": "laplace", "epsilon": 1.0, "colour": "red"})


def test_reaccount_is_tighter_than_the_basic_sum(ledger: Ledger) -> None:
    ledger.set_budget(dataset="many", principal="p", epsilon=100.0, delta=1e-5)
    for _ in range(50):
        ledger.spend(_event(0.1), dataset="many", principal="p")
    assert ledger.spent(dataset="many", principal="p")[0] == pytest.approx(5.0)
    eps, delta = ledger.reaccount(dataset="many", principal="p", delta=1e-6)
    assert delta == 1e-6 and eps < 4.0


def test_threads_sharing_one_handle_never_overspend(ledger: Ledger) -> None:
    from concurrent.futures import ThreadPoolExecutor

    ledger.set_budget(dataset="threads", principal="p", epsilon=1.0)

    def attempt(_: int) -> bool:
        try:
            ledger.spend(_event(0.05), dataset="threads", principal="p")
            return True
        except BudgetExceededError:
            return False

    with ThreadPoolExecutor(max_workers=6) as pool:
        granted = sum(pool.map(attempt, range(60)))
    assert granted in (19, 20)  # 20 fit exactly; float rounding may leave the last one out
    assert len(ledger.history(dataset="threads")) == granted
    assert ledger.spent(dataset="threads", principal="p")[0] <= 1.0 + 1e-12


def test_a_locked_store_fails_cleanly_and_spends_nothing(ledger: Ledger) -> None:
    impatient = Ledger(ledger.path, timeout=0.2)
    blocker = sqlite3.connect(ledger.path, isolation_level=None)
    blocker.execute("BEGIN IMMEDIATE")  # another process holds the write lock
    try:
        with pytest.raises(BudgetError, match="could not complete"):
            impatient.spend(_event(0.1), dataset="adult", principal="alice")
    finally:
        blocker.execute("ROLLBACK")
        blocker.close()
    assert ledger.history() == []
    impatient.spend(_event(0.1), dataset="adult", principal="alice")  # works once the lock is gone
    assert pickle.loads(pickle.dumps(impatient)).timeout == 0.2


def test_spend_many_is_all_or_nothing(ledger: Ledger) -> None:
    entries = ledger.spend_many([_event(0.3), _event(0.2, 1e-6)], dataset="adult", principal="alice")
    assert [e.event.epsilon for e in entries] == [0.3, 0.2]
    assert ledger.spent(dataset="adult", principal="alice") == pytest.approx((0.5, 1e-6))
    with pytest.raises(BudgetExceededError, match=r"requested epsilon=0\.6"):
        ledger.spend_many([_event(0.3), _event(0.3)], dataset="adult", principal="alice")
    assert len(ledger.history()) == 2  # neither of the refused pair was recorded
    assert ledger.spend_many([], dataset="adult", principal="alice") == []
    with fixed_noise(), pytest.raises(BudgetError, match="seam"):
        ledger.spend_many([_event(0.1)], dataset="adult", principal="alice")


def test_check_many_refuses_the_composition_and_spends_nothing(ledger: Ledger) -> None:
    ledger.spend(_event(0.5), dataset="adult", principal="alice")
    ledger.check_many([_event(0.2), _event(0.2)], dataset="adult", principal="alice")  # 0.4 of the 0.5 left
    with pytest.raises(BudgetExceededError, match=r"requested epsilon=0\.6"):
        ledger.check_many([_event(0.3), _event(0.3)], dataset="adult", principal="alice")  # each alone fits
    ledger.check_many([], dataset="adult", principal="alice")
    assert len(ledger.history()) == 1
    assert ledger.spent(dataset="adult", principal="alice") == pytest.approx((0.5, 0.0))
