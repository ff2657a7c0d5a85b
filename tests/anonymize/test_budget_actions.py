"""Actions that spend privacy budget (noise, randomized response) and free-text redaction.

Randomized output is tested with real noise at a stated false-alarm rate (1e-6), never by seeding it.
"""

from __future__ import annotations

import math
from pathlib import Path

import polars as pl
import pytest
from scipy import stats

from privet.anonymize import anonymize, anonymize_with_summary, new_key

ALPHA = 1e-6
KEY = new_key()


@pytest.mark.statistical
def test_laplace_noise_has_the_stated_scale() -> None:
    n = 1500
    frame = pl.DataFrame({"age": [50.0] * n})
    rule = {"action": "noise", "epsilon": 1.0, "bounds": [0, 100], "round": False}
    result = anonymize_with_summary(frame, {"columns": {"age": rule}})
    residual = result.table["age"].to_numpy() - 50.0
    # Laplace(0, b) with b = (100 - 0) / 1.0 = 100: Kolmogorov-Smirnov at false-alarm rate 1e-6
    assert stats.kstest(residual, stats.laplace(scale=100.0).cdf).pvalue > ALPHA
    assert result.epsilon_spent == 1.0
    event = result.privacy_events[0]
    assert (event.mechanism, event.epsilon, event.sensitivity) == ("laplace", 1.0, 100.0)


@pytest.mark.statistical
def test_noise_clamps_to_bounds_keeps_nulls_and_rounds_integers() -> None:
    n = 1000
    frame = pl.DataFrame({"pay": [10**9] * n + [None]}, schema={"pay": pl.Int64})
    out = anonymize(frame, {"columns": {"pay": {"action": "noise", "epsilon": 2.0, "bounds": [0, 10]}}})
    values = out["pay"]
    assert values.dtype == pl.Int64 and values[-1] is None
    noisy = values.drop_nulls().to_numpy().astype(float)
    # clamped to 10 first: the mean is within 10 standard errors of 10 (Laplace scale 5 -> sd 5*sqrt(2))
    assert abs(noisy.mean() - 10.0) < 10 * 5 * math.sqrt(2) / math.sqrt(n)


def test_noise_charges_the_ledger_first(tmp_path: Path) -> None:
    from privet import BudgetExceededError
    from privet.dp import Ledger

    ledger = Ledger(tmp_path / "ledger.db")
    ledger.set_budget(dataset="people", principal="me", epsilon=1.5)
    frame = pl.DataFrame({"age": [30.0, 40.0]})
    policy = {"columns": {"age": {"action": "noise", "epsilon": 1.0, "bounds": [0, 100]}}}
    anonymize(frame, policy, ledger=ledger, dataset="people", principal="me")
    assert ledger.spent(dataset="people", principal="me")[0] == pytest.approx(1.0)
    with pytest.raises(BudgetExceededError):
        anonymize(frame, policy, ledger=ledger, dataset="people", principal="me")
    assert ledger.spent(dataset="people", principal="me")[0] == pytest.approx(1.0)


@pytest.mark.statistical
def test_randomized_response_keeps_with_the_stated_probability() -> None:
    n, eps, cats = 6000, 1.0, ["a", "b", "c"]
    frame = pl.DataFrame({"c": ["a"] * n})
    result = anonymize_with_summary(
        frame, {"columns": {"c": {"action": "randomized_response", "categories": cats, "epsilon": eps}}}
    )
    kept = int((result.table["c"] == "a").sum())
    p = math.exp(eps) / (math.exp(eps) + len(cats) - 1)
    assert stats.binomtest(kept, n, p).pvalue > ALPHA
    assert set(result.table["c"].to_list()) <= set(cats)
    assert result.privacy_events[0].mechanism == "randomized_response"


def test_randomized_response_refuses_values_outside_the_categories() -> None:
    from privet import DataError

    with pytest.raises(DataError, match="not among") as info:
        anonymize(
            pl.DataFrame({"c": ["a", "secret-x"]}),
            {"columns": {"c": {"action": "randomized_response", "categories": ["a", "b"], "epsilon": 1}}},
        )
    assert "secret-x" not in str(info.value)


def test_redact_text_with_tags_and_pseudonyms() -> None:
    pytest.importorskip("privet.scan")
    notes = [
        "Please call Maria Gonzalez at maria.gonzalez@example.com about the refund.",
        None,
        "Nothing personal here.",
    ]
    frame = pl.DataFrame({"note": notes})
    tagged = anonymize(frame, {"columns": {"note": "redact_text"}})["note"].to_list()
    assert "maria.gonzalez@example.com" not in tagged[0] and "[EMAIL]" in tagged[0]
    assert tagged[1] is None and tagged[2] == notes[2]
    rule = {"action": "redact_text", "replace_with": "pseudonym"}
    first = anonymize(frame, {"columns": {"note": rule}}, key=KEY)["note"][0]
    again = anonymize(frame, {"columns": {"note": rule}}, key=KEY)["note"][0]
    assert first == again and "<EMAIL:" in first and "maria.gonzalez@example.com" not in first
