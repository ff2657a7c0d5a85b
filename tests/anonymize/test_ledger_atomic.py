"""anonymize charges all of a run's privacy events to the ledger in ONE atomic spend, once every step worked.

Regression tests for the check-then-spend-one-by-one defect: a policy whose events fit one at a time but
not together (or a concurrent spender between the check and the spends) must leave nothing spent; and for
the spend-first defect: a step that fails after the budget check (here k-anonymity on a null
quasi-identifier) must waste no budget. An over-budget run is refused before any noise is drawn.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import polars as pl
import pytest

import privet.dp
from privet import BudgetExceededError, DataError
from privet.anonymize import anonymize_with_summary
from privet.dp import Ledger, LedgerEntry, PrivacyEvent

DATASET, PRINCIPAL = "people", "me"
FRAME = pl.DataFrame({"age": [30.0, 41.0, 52.0], "pay": [1000.0, 2000.0, 3000.0], "smoker": ["y", "n", "y"]})
TWO_NOISE = {
    "columns": {
        "age": {"action": "noise", "epsilon": 1.0, "bounds": [0, 100]},
        "pay": {"action": "noise", "epsilon": 1.0, "bounds": [0, 10_000]},
        "smoker": {"action": "keep"},
    }
}
NOISE_AND_RR = {
    "columns": {
        "age": {"action": "noise", "epsilon": 1.0, "bounds": [0, 100]},
        "pay": {"action": "drop"},
        "smoker": {"action": "randomized_response", "categories": ["y", "n"], "epsilon": 0.5},
    }
}


class RecordingLedger(Ledger):
    """A real Ledger that logs which spending methods the engine calls, and whether any noise was drawn by then.

    ``before_first_spend`` runs once, just before the engine's first spend/spend_many reaches the store:
    it stands in for another process spending from the same file at the worst moment.
    """

    def __init__(self, path: Path, draws: list[str], before_first_spend: Any = None) -> None:
        super().__init__(path)
        self.calls: list[tuple[str, int, int]] = []  # (method, number of events, noise draws so far)
        self._draws = draws
        self._hook = before_first_spend

    def _interfere(self) -> None:
        hook, self._hook = self._hook, None
        if hook is not None:
            hook()

    def check_many(self, events: Sequence[PrivacyEvent], *, dataset: str, principal: str = "default") -> None:
        self.calls.append(("check_many", len(events), len(self._draws)))
        super().check_many(events, dataset=dataset, principal=principal)

    def spend(self, event: PrivacyEvent, *, dataset: str, principal: str = "default") -> LedgerEntry:
        self.calls.append(("spend", 1, len(self._draws)))
        self._interfere()
        return super().spend(event, dataset=dataset, principal=principal)

    def spend_many(
        self, events: Sequence[PrivacyEvent], *, dataset: str, principal: str = "default"
    ) -> list[LedgerEntry]:
        self.calls.append(("spend_many", len(events), len(self._draws)))
        self._interfere()
        return super().spend_many(events, dataset=dataset, principal=principal)


@pytest.fixture
def draws(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Names of the DP mechanisms called so far (the real mechanisms still run: the noise is not fixed)."""
    log: list[str] = []
    for name in ("laplace", "gaussian", "randomized_response"):
        real = getattr(privet.dp, name)

        def spy(*args: Any, _real: Any = real, _name: str = name, **kwargs: Any) -> Any:
            log.append(_name)
            return _real(*args, **kwargs)

        monkeypatch.setattr(privet.dp, name, spy)
    return log


def _ledger(tmp_path: Path, draws: list[str], epsilon: float, hook: Any = None) -> RecordingLedger:
    ledger = RecordingLedger(tmp_path / "ledger.db", draws, hook)
    ledger.set_budget(dataset=DATASET, principal=PRINCIPAL, epsilon=epsilon)
    return ledger


def _run(policy: dict[str, Any], ledger: Ledger) -> Any:
    return anonymize_with_summary(FRAME, policy, ledger=ledger, dataset=DATASET, principal=PRINCIPAL)


def test_events_that_fit_one_at_a_time_but_not_together_spend_nothing(tmp_path: Path, draws: list[str]) -> None:
    # each noise column costs 1.0 and 1.5 remains: either alone fits, both together do not
    ledger = _ledger(tmp_path, draws, epsilon=1.5)
    with pytest.raises(BudgetExceededError) as info:
        _run(TWO_NOISE, ledger)
    assert info.value.requested == (2.0, 0.0)  # type: ignore[attr-defined]
    assert ledger.spent(dataset=DATASET, principal=PRINCIPAL) == (0.0, 0.0)
    assert len(ledger.history()) == 0
    assert draws == []  # refused before any noise was drawn
    assert ledger.calls == [("check_many", 2, 0)]


def test_a_run_is_one_ledger_transaction_made_after_every_step(tmp_path: Path, draws: list[str]) -> None:
    ledger = _ledger(tmp_path, draws, epsilon=2.0)
    result = _run(NOISE_AND_RR, ledger)
    # an early check, then one spend_many carrying both events once both mechanisms ran; nothing else spent
    assert ledger.calls == [("check_many", 2, 0), ("spend_many", 2, 2)]
    assert sorted(draws) == ["laplace", "randomized_response"]
    history = ledger.history(dataset=DATASET, principal=PRINCIPAL)
    assert [entry.event for entry in history] == result.privacy_events
    assert [entry.event.mechanism for entry in history] == ["laplace", "randomized_response"]
    # spend_many stamps every row of its transaction with the same time and consecutive ids
    assert len({entry.time for entry in history}) == 1
    assert [entry.id for entry in history] == list(range(history[0].id, history[0].id + 2))
    assert ledger.spent(dataset=DATASET, principal=PRINCIPAL) == pytest.approx((1.5, 0.0))


def test_a_concurrent_spender_cannot_make_a_run_spend_part_of_its_events(tmp_path: Path, draws: list[str]) -> None:
    other = tmp_path / "ledger.db"

    def someone_else_spends() -> None:  # another handle (as another process would) to the same file
        Ledger(other).spend(PrivacyEvent("laplace", 0.5, description="other"), dataset=DATASET, principal=PRINCIPAL)

    # 2.0 covers the run (2 x 1.0) when it starts, but not after the other spender takes 0.5
    ledger = _ledger(tmp_path, draws, epsilon=2.0, hook=someone_else_spends)
    with pytest.raises(BudgetExceededError):
        _run(TWO_NOISE, ledger)
    history = ledger.history(dataset=DATASET, principal=PRINCIPAL)
    assert [entry.event.description for entry in history] == ["other"]  # none of the run's events
    assert ledger.spent(dataset=DATASET, principal=PRINCIPAL) == pytest.approx((0.5, 0.0))
    assert [c[0] for c in ledger.calls] == ["check_many", "spend_many"]  # refused at the atomic spend


def test_a_step_that_fails_after_the_budget_check_spends_nothing(tmp_path: Path, draws: list[str]) -> None:
    frame = FRAME.with_columns(pl.Series("zip", ["101", None, "103"]))
    policy = {
        "columns": {**NOISE_AND_RR["columns"], "zip": {"action": "keep"}},
        "privacy_model": {"k": 2, "quasi_identifiers": ["zip"]},
    }
    ledger = _ledger(tmp_path, draws, epsilon=2.0)
    with pytest.raises(DataError, match="zip"):
        anonymize_with_summary(frame, policy, ledger=ledger, dataset=DATASET, principal=PRINCIPAL)
    assert ledger.spent(dataset=DATASET, principal=PRINCIPAL) == (0.0, 0.0)
    assert [c[0] for c in ledger.calls] == ["check_many"]
