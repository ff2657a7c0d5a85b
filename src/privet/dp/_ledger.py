"""The persistent privacy-budget Ledger: SQLite in WAL mode, one fsync'd transaction per spend.

Safety argument, in brief:

* Every ``spend`` runs inside ``BEGIN IMMEDIATE``: SQLite takes the database's single write lock before
  reading the running totals, so check-and-record is atomic across threads and processes sharing the
  file; a concurrent spender waits (``busy_timeout``) and then sees the committed total.
* ``journal_mode=WAL`` with ``synchronous=FULL`` fsyncs the write-ahead log on every commit, so a spend
  that returned survives a crash of the process or the machine; a spend interrupted before its commit
  leaves no trace (and its result was never returned, since callers spend FIRST).
* The handle holds only the path: pickling, ``copy``, ``deepcopy`` and scikit-learn's ``clone`` give a
  handle to the same file, never a copy of the budget. Connections are opened per process.
"""

from __future__ import annotations

import contextlib
import json
import math
import os
import sqlite3
import threading
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from privet.dp._event import PrivacyEvent
from privet.dp._noise import is_private
from privet.errors import BudgetError, BudgetExceededError, InvalidParameterError

__all__ = ["BudgetStatus", "Ledger", "LedgerEntry", "SCHEMA_VERSION"]

# Caps are compared with this relative slack so that a budget split in decimal (0.1 + 0.2 of 0.3) fits;
# the overshoot it allows is below 1e-12 of the cap.
_REL_TOL = 1e-12
_BUSY_TIMEOUT_MS = 120_000

# Migrations: version -> SQL run to go from version-1 to version. Never edit a released entry; append.
_MIGRATIONS: dict[int, str] = {
    1: """
        CREATE TABLE budgets (
            dataset   TEXT NOT NULL,
            principal TEXT NOT NULL,
            epsilon   REAL NOT NULL CHECK (epsilon >= 0),
            delta     REAL NOT NULL CHECK (delta >= 0 AND delta < 1),
            created   TEXT NOT NULL,
            updated   TEXT NOT NULL,
            PRIMARY KEY (dataset, principal)
        );
        CREATE TABLE spends (
            id        INTEGER PRIMARY KEY AUTOINCREMENT,
            time      TEXT NOT NULL,
            dataset   TEXT NOT NULL,
            principal TEXT NOT NULL,
            mechanism TEXT NOT NULL,
            epsilon   REAL NOT NULL CHECK (epsilon >= 0),
            delta     REAL NOT NULL CHECK (delta >= 0),
            event     TEXT NOT NULL
        );
    """,
    2: """
        CREATE INDEX spends_by_budget ON spends (dataset, principal);
    """,
}
SCHEMA_VERSION = max(_MIGRATIONS)


@dataclass(frozen=True)
class LedgerEntry:
    """One recorded spend."""

    id: int
    time: datetime
    dataset: str
    principal: str
    event: PrivacyEvent

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "time": self.time.isoformat(),
            "dataset": self.dataset,
            "principal": self.principal,
            "event": self.event.to_dict(),
        }


@dataclass(frozen=True)
class BudgetStatus:
    """A budget's cap, what is spent and what remains (basic sequential composition)."""

    dataset: str
    principal: str
    epsilon: float
    delta: float
    epsilon_spent: float
    delta_spent: float
    spends: int

    @property
    def epsilon_remaining(self) -> float:
        return max(0.0, self.epsilon - self.epsilon_spent)

    @property
    def delta_remaining(self) -> float:
        return max(0.0, self.delta - self.delta_spent)

    def to_dict(self) -> dict[str, Any]:
        return {
            "dataset": self.dataset,
            "principal": self.principal,
            "epsilon": self.epsilon,
            "delta": self.delta,
            "epsilon_spent": self.epsilon_spent,
            "epsilon_remaining": self.epsilon_remaining,
            "delta_spent": self.delta_spent,
            "delta_remaining": self.delta_remaining,
            "spends": self.spends,
        }


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds")


def _name(owner: str, param: str, value: Any) -> str:
    if not isinstance(value, str) or not value.strip():
        raise InvalidParameterError(f"The '{param}' parameter of {owner} must be a non-empty string.")
    return value


def _fits(spent: float, request: float, cap: float) -> bool:
    return spent + request <= cap + _REL_TOL * max(cap, 1e-300) if request > 0 else True


def _composition(events: Sequence[PrivacyEvent]) -> PrivacyEvent:
    """The basic composition of ``events`` as one event (delta capped just below 1)."""
    return PrivacyEvent(
        "composition",
        math.fsum(e.epsilon for e in events),
        min(math.fsum(e.delta for e in events), math.nextafter(1.0, 0.0)),
        description=f"{len(events)} events",
    )


class Ledger:
    """A privacy budget on disk, shared by every process that opens the same file.

    ``Ledger(path)`` creates the SQLite store if absent (and migrates an older schema); ``timeout`` is how
    long a spend waits for another process's transaction before failing (nothing is spent then). The file
    must be on a local disk: SQLite's WAL mode does not work over network file systems. Budgets are per
    (dataset, principal) with an epsilon cap and a delta cap; spends compose sequentially (epsilons add,
    deltas add). ``spend`` checks and records atomically before the caller computes anything, and refuses
    events made under the test-only noise seam.
    """

    def __init__(self, path: str | os.PathLike[str], *, timeout: float = _BUSY_TIMEOUT_MS / 1000) -> None:
        if not isinstance(path, str | os.PathLike):
            raise InvalidParameterError(f"The 'path' parameter of Ledger must be a path. Got {type(path).__name__}.")
        if isinstance(timeout, bool) or not isinstance(timeout, int | float) or not timeout >= 0:
            raise InvalidParameterError(f"The 'timeout' parameter of Ledger must be seconds >= 0. Got {timeout!r}.")
        self.path = Path(path)
        self.timeout = float(timeout)
        self._lock = threading.RLock()
        self._conn: sqlite3.Connection | None = None
        self._pid = -1
        self._connect()

    # -- handle semantics -----------------------------------------------------------------------------
    def __repr__(self) -> str:
        return f"Ledger({str(self.path)!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Ledger) and self._key() == other._key()

    def __hash__(self) -> int:
        return hash(self._key())

    def _key(self) -> str:
        return os.path.realpath(self.path)

    def __getstate__(self) -> dict[str, Any]:
        return {"path": str(self.path), "timeout": self.timeout}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__init__(state["path"], timeout=state.get("timeout", _BUSY_TIMEOUT_MS / 1000))  # type: ignore[misc]

    def __copy__(self) -> Ledger:
        return self.clone()

    def __deepcopy__(self, memo: dict[int, Any]) -> Ledger:
        return self.clone()

    def clone(self) -> Ledger:
        """A new handle to the same store (never a copy of the budget)."""
        return Ledger(self.path, timeout=self.timeout)

    def close(self) -> None:
        """Close this process's connection (reopened on next use)."""
        with self._lock:
            if self._conn is not None and self._pid == os.getpid():
                self._conn.close()
            self._conn = None

    def __enter__(self) -> Ledger:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- connection and schema ------------------------------------------------------------------------
    def _connect(self) -> sqlite3.Connection:
        if self._conn is not None and self._pid == os.getpid():
            return self._conn
        # After fork the parent's connection must not be touched; just drop the reference.
        self._conn = None
        if self.path.exists() and self.path.is_dir():
            raise BudgetError(f"Ledger path {self.path.name!r} is a directory; give a file path.")
        if not self.path.parent.exists():
            raise BudgetError(f"Ledger folder for {self.path.name!r} does not exist; create it first.")
        try:
            conn = sqlite3.connect(self.path, timeout=self.timeout, isolation_level=None, check_same_thread=False)
            conn.execute(f"PRAGMA busy_timeout = {int(self.timeout * 1000)}")
            mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
            if str(mode).lower() != "wal":
                raise BudgetError(f"Ledger {self.path.name!r} could not switch to WAL mode (got {mode}).")
            conn.execute("PRAGMA synchronous = FULL")
            conn.execute("PRAGMA foreign_keys = ON")
            self._migrate(conn)
        except sqlite3.DatabaseError as exc:
            raise BudgetError(
                f"Ledger {self.path.name!r} is not a usable privet ledger ({exc}); check the path."
            ) from exc
        self._conn = conn
        self._pid = os.getpid()
        return conn

    def _migrate(self, conn: sqlite3.Connection) -> None:
        conn.execute("BEGIN IMMEDIATE")
        try:
            conn.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")
            row = conn.execute("SELECT max(version) FROM schema_version").fetchone()
            current = int(row[0]) if row and row[0] is not None else 0
            if current > SCHEMA_VERSION:
                raise BudgetError(
                    f"Ledger {self.path.name!r} has schema version {current}, newer than this privet "
                    f"({SCHEMA_VERSION}); upgrade privet."
                )
            for version in range(current + 1, SCHEMA_VERSION + 1):
                for statement in _MIGRATIONS[version].split(";"):
                    if statement.strip():
                        conn.execute(statement)
                conn.execute("INSERT INTO schema_version (version) VALUES (?)", (version,))
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise

    def schema_version(self) -> int:
        """The schema version of the store."""
        with self._transaction(write=False) as conn:
            row = conn.execute("SELECT max(version) FROM schema_version").fetchone()
        return int(row[0])

    @contextlib.contextmanager
    def _transaction(self, *, write: bool) -> Iterator[sqlite3.Connection]:
        """One SQLite transaction (``BEGIN IMMEDIATE`` when writing: the write lock is held from the first
        read to the commit). Rolls back on any error; SQLite failures become BudgetError."""
        with self._lock:
            conn = self._connect()
            try:
                conn.execute("BEGIN IMMEDIATE" if write else "BEGIN")
                try:
                    yield conn
                    conn.execute("COMMIT")
                except BaseException:
                    if conn.in_transaction:
                        conn.execute("ROLLBACK")
                    raise
            except sqlite3.DatabaseError as exc:
                raise BudgetError(
                    f"Ledger {self.path.name!r} could not complete the operation ({exc}); nothing was recorded. "
                    "Check the file is on a local disk, writable, and not locked by a stuck process."
                ) from exc

    # -- budgets --------------------------------------------------------------------------------------
    def set_budget(self, *, dataset: str, principal: str = "default", epsilon: float, delta: float = 0.0) -> None:
        """Create or change the caps for (dataset, principal). Spends already recorded stay recorded."""
        owner = "Ledger.set_budget"
        dataset = _name(owner, "dataset", dataset)
        principal = _name(owner, "principal", principal)
        for param, value in (("epsilon", epsilon), ("delta", delta)):
            if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value) or value < 0:
                raise InvalidParameterError(
                    f"The '{param}' parameter of {owner} must be a finite number >= 0. Got {value!r}."
                )
        if delta >= 1:
            raise InvalidParameterError(f"The 'delta' parameter of {owner} must be < 1. Got {delta!r}.")
        now = _now()
        with self._transaction(write=True) as conn:
            conn.execute(
                "INSERT INTO budgets (dataset, principal, epsilon, delta, created, updated) "
                "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (dataset, principal) DO UPDATE SET "
                "epsilon = excluded.epsilon, delta = excluded.delta, updated = excluded.updated",
                (dataset, principal, float(epsilon), float(delta), now, now),
            )

    def _status(self, conn: sqlite3.Connection, dataset: str, principal: str) -> BudgetStatus:
        row = conn.execute(
            "SELECT epsilon, delta FROM budgets WHERE dataset = ? AND principal = ?", (dataset, principal)
        ).fetchone()
        if row is None:
            raise BudgetError(
                f"Ledger {self.path.name!r} has no budget for dataset {dataset!r}, principal {principal!r}; "
                f"set one with `privet budget set --ledger {self.path.name} --dataset {dataset} "
                f"--principal {principal} --epsilon E`."
            )
        spent = conn.execute(
            "SELECT total(epsilon), total(delta), count(*) FROM spends WHERE dataset = ? AND principal = ?",
            (dataset, principal),
        ).fetchone()
        return BudgetStatus(
            dataset, principal, float(row[0]), float(row[1]), float(spent[0]), float(spent[1]), int(spent[2])
        )

    def status(self, *, dataset: str, principal: str = "default") -> BudgetStatus:
        """Cap, spent and remaining for one budget."""
        with self._transaction(write=False) as conn:
            return self._status(conn, dataset, principal)

    def budgets(self, *, dataset: str | None = None) -> list[BudgetStatus]:
        """Every budget in the store (optionally of one dataset), sorted by dataset then principal."""
        query = "SELECT dataset, principal FROM budgets"
        args: tuple[str, ...] = ()
        if dataset is not None:
            query += " WHERE dataset = ?"
            args = (dataset,)
        with self._transaction(write=False) as conn:
            keys = conn.execute(query + " ORDER BY dataset, principal", args).fetchall()
            return [self._status(conn, d, p) for d, p in keys]

    def remaining(self, *, dataset: str, principal: str = "default") -> tuple[float, float]:
        """(epsilon, delta) still available under basic composition."""
        status = self.status(dataset=dataset, principal=principal)
        return status.epsilon_remaining, status.delta_remaining

    def spent(self, *, dataset: str, principal: str = "default") -> tuple[float, float]:
        """(epsilon, delta) recorded so far."""
        status = self.status(dataset=dataset, principal=principal)
        return status.epsilon_spent, status.delta_spent

    # -- spending -------------------------------------------------------------------------------------
    def _refuse_unprivate(self, event: PrivacyEvent) -> None:
        if not isinstance(event, PrivacyEvent):
            raise InvalidParameterError(
                f"The 'event' parameter of Ledger.spend must be a PrivacyEvent. Got {type(event).__name__}."
            )
        if not event.private or not is_private():
            raise BudgetError(
                "Refusing to record a release made under the test-only noise seam (fixed_noise): it is not "
                "differentially private. Remove fixed_noise outside tests."
            )

    def _exceeded(self, status: BudgetStatus, event: PrivacyEvent) -> BudgetExceededError:
        error = BudgetExceededError(
            f"Privacy budget exceeded for dataset {status.dataset!r}, principal {status.principal!r} in ledger "
            f"{self.path.name!r}: requested epsilon={event.epsilon:.6g}, delta={event.delta:.3g}; remaining "
            f"epsilon={status.epsilon_remaining:.6g}, delta={status.delta_remaining:.3g}. Nothing was spent; "
            f"lower epsilon/delta or raise the budget with `privet budget set`."
        )
        # machine-readable copies for callers and reports
        error.requested = (event.epsilon, event.delta)  # type: ignore[attr-defined]
        error.remaining = (status.epsilon_remaining, status.delta_remaining)  # type: ignore[attr-defined]
        error.dataset = status.dataset  # type: ignore[attr-defined]
        error.principal = status.principal  # type: ignore[attr-defined]
        error.ledger = str(self.path)  # type: ignore[attr-defined]
        return error

    def _allowed(self, status: BudgetStatus, event: PrivacyEvent) -> bool:
        return _fits(status.epsilon_spent, event.epsilon, status.epsilon) and _fits(
            status.delta_spent, event.delta, status.delta
        )

    def check(self, event: PrivacyEvent, *, dataset: str, principal: str = "default") -> None:
        """Raise BudgetExceededError if ``event`` would not fit now; spend nothing."""
        self._refuse_unprivate(event)
        status = self.status(dataset=dataset, principal=principal)
        if not self._allowed(status, event):
            raise self._exceeded(status, event)

    def check_many(self, events: Sequence[PrivacyEvent], *, dataset: str, principal: str = "default") -> None:
        """Raise BudgetExceededError if ``events`` together (basic composition) would not fit now; spend nothing.

        A cheap early refusal before an expensive computation; :meth:`spend_many` checks again atomically.
        """
        events = list(events)
        if events:
            self.check(_composition(events), dataset=dataset, principal=principal)

    def spend(self, event: PrivacyEvent, *, dataset: str, principal: str = "default") -> LedgerEntry:
        """Atomically check the budget and record ``event``; raise BudgetExceededError (nothing spent) if over.

        Call it BEFORE computing the release. When it returns, the record is committed and fsync'd.
        """
        self._refuse_unprivate(event)
        owner = "Ledger.spend"
        dataset = _name(owner, "dataset", dataset)
        principal = _name(owner, "principal", principal)
        payload = json.dumps(event.to_dict(), sort_keys=True)
        now = _now()
        with self._transaction(write=True) as conn:
            status = self._status(conn, dataset, principal)
            if not self._allowed(status, event):
                raise self._exceeded(status, event)
            cursor = conn.execute(
                "INSERT INTO spends (time, dataset, principal, mechanism, epsilon, delta, event) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                (now, dataset, principal, event.mechanism, event.epsilon, event.delta, payload),
            )
        return LedgerEntry(int(cursor.lastrowid or 0), datetime.fromisoformat(now), dataset, principal, event)

    def spend_many(
        self, events: Sequence[PrivacyEvent], *, dataset: str, principal: str = "default"
    ) -> list[LedgerEntry]:
        """Record several events as ONE atomic spend: all fit together (basic composition) or none is recorded.

        Use it when one release is made of several events (e.g. one per column): a concurrent spender can
        never slip in between the check and the records.
        """
        events = list(events)
        for event in events:
            self._refuse_unprivate(event)
        owner = "Ledger.spend_many"
        dataset = _name(owner, "dataset", dataset)
        principal = _name(owner, "principal", principal)
        if not events:
            return []
        total = _composition(events)
        now = _now()
        ids: list[int] = []
        with self._transaction(write=True) as conn:
            status = self._status(conn, dataset, principal)
            if not self._allowed(status, total):
                raise self._exceeded(status, total)
            for event in events:
                cursor = conn.execute(
                    "INSERT INTO spends (time, dataset, principal, mechanism, epsilon, delta, event) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (now, dataset, principal, event.mechanism, event.epsilon, event.delta,
                     json.dumps(event.to_dict(), sort_keys=True)),
                )  # fmt: skip
                ids.append(int(cursor.lastrowid or 0))
        when = datetime.fromisoformat(now)
        return [LedgerEntry(i, when, dataset, principal, e) for i, e in zip(ids, events, strict=True)]

    def history(self, *, dataset: str | None = None, principal: str | None = None) -> list[LedgerEntry]:
        """Recorded spends in order, optionally of one dataset and/or principal."""
        query = "SELECT id, time, dataset, principal, event FROM spends"
        clauses, args = [], []
        if dataset is not None:
            clauses.append("dataset = ?")
            args.append(dataset)
        if principal is not None:
            clauses.append("principal = ?")
            args.append(principal)
        if clauses:
            query += " WHERE " + " AND ".join(clauses)
        with self._transaction(write=False) as conn:
            rows = conn.execute(query + " ORDER BY id", args).fetchall()
        return [
            LedgerEntry(int(i), datetime.fromisoformat(t), d, p, PrivacyEvent.from_dict(json.loads(e)))
            for i, t, d, p, e in rows
        ]

    def reaccount(self, *, dataset: str, principal: str = "default", delta: float | None = None) -> tuple[float, float]:
        """Re-account the recorded spends with the tightest accountant (:func:`privet.dp.compose`).

        The budget check itself uses basic composition (epsilons and deltas add), which is always valid;
        this gives the (usually smaller) epsilon at ``delta`` that PLD / zCDP / advanced composition prove
        for the same events, e.g. for a report.
        """
        from privet.dp._accounting import compose

        events = [entry.event for entry in self.history(dataset=dataset, principal=principal)]
        return compose(events, delta=delta)

    def verify(self) -> None:
        """Check the store: SQLite integrity, schema version, every budget within its caps. Raises BudgetError."""
        with self._lock:
            conn = self._connect()
            result = conn.execute("PRAGMA integrity_check").fetchone()[0]
            if result != "ok":
                raise BudgetError(f"Ledger {self.path.name!r} failed the SQLite integrity check: {result}.")
            if self.schema_version() != SCHEMA_VERSION:
                raise BudgetError(f"Ledger {self.path.name!r} has an unexpected schema version.")
            orphans = conn.execute(
                "SELECT count(*) FROM spends s LEFT JOIN budgets b USING (dataset, principal) WHERE b.dataset IS NULL"
            ).fetchone()[0]
            if orphans:
                raise BudgetError(f"Ledger {self.path.name!r} holds {orphans} spend(s) without a budget.")
        for status in self.budgets():
            over_eps = status.epsilon_spent > status.epsilon * (1 + 2 * _REL_TOL) + 1e-300
            over_delta = status.delta_spent > status.delta * (1 + 2 * _REL_TOL) + 1e-300
            if over_eps or over_delta:
                raise BudgetError(
                    f"Ledger {self.path.name!r}: dataset {status.dataset!r}, principal {status.principal!r} "
                    "has spent more than its cap (the cap may have been lowered after the spends)."
                )
