"""Run a policy on a table: check everything first, spend privacy budget, apply each column's action,
then the privacy model (Mondrian k-anonymity), and summarize what changed."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import polars as pl

from privet._frame import to_polars
from privet.anonymize._actions import ActionContext, apply_rule
from privet.anonymize._actions._base import to_text
from privet.anonymize._actions.encrypt import EncryptRule
from privet.anonymize._actions.encrypt import decrypt_series as decrypt_siv
from privet.anonymize._actions.fpe import FpeRule
from privet.anonymize._actions.fpe import decrypt_series as decrypt_fpe
from privet.anonymize._actions.keep import KeepRule
from privet.anonymize._keys import SecretKey
from privet.anonymize._policy import Policy, load_policy, parse_policy, validate_for_columns
from privet.errors import InvalidParameterError, KeyManagementError, PolicyError

__all__ = ["AnonymizationResult", "ColumnSummary", "anonymize", "anonymize_with_summary", "reveal"]


@dataclass(frozen=True)
class ColumnSummary:
    """What the policy did to one column."""

    column: str
    action: str
    reason: str | None
    cells_changed: int
    note: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "column": self.column,
            "action": self.action,
            "reason": self.reason,
            "cells_changed": self.cells_changed,
            "note": self.note,
        }


@dataclass(frozen=True)
class AnonymizationResult:
    """The anonymized table, a summary per input column, and the privacy events charged."""

    table: Any
    columns: list[ColumnSummary]
    rows_in: int
    rows_out: int
    suppressed_rows: int = 0
    privacy_events: list[Any] = field(default_factory=list)
    key_fingerprint: str | None = None
    k: int | None = None

    @property
    def epsilon_spent(self) -> float:
        """Sum of the epsilons of the privacy events (basic sequential composition)."""
        return float(sum(e.epsilon for e in self.privacy_events))

    def to_dict(self) -> dict[str, Any]:
        return {
            "rows_in": self.rows_in,
            "rows_out": self.rows_out,
            "suppressed_rows": self.suppressed_rows,
            "k": self.k,
            "key_fingerprint": self.key_fingerprint,
            "epsilon_spent": self.epsilon_spent,
            "privacy_events": [e.to_dict() for e in self.privacy_events],
            "columns": [c.to_dict() for c in self.columns],
        }


def _as_policy(policy: Policy | str | os.PathLike[str] | dict[str, Any]) -> Policy:
    if isinstance(policy, Policy):
        return policy
    if isinstance(policy, dict):
        return parse_policy(policy)
    if isinstance(policy, str | os.PathLike):
        return load_policy(Path(policy))
    raise InvalidParameterError(
        f"The 'policy' parameter must be a Policy, a policy file path or a mapping. Got {type(policy).__name__}."
    )


def _policy_source(policy: Any) -> str:
    return str(policy) if isinstance(policy, str | os.PathLike) else "policy"


def _changed(before: pl.Series, after: pl.Series | None) -> int:
    if after is None:
        return int(before.len() - before.null_count()) if before.len() else 0
    if before.dtype.is_nested() or after.dtype.is_nested():
        return int((before != after).fill_null(True).sum())
    return int(to_text(before).ne_missing(to_text(after)).sum())


def anonymize_with_summary(
    table: Any,
    policy: Policy | str | os.PathLike[str] | dict[str, Any],
    *,
    key: SecretKey | None = None,
    ledger: Any = None,
    dataset: str | None = None,
    principal: str | None = None,
    source: str | None = None,
) -> AnonymizationResult:
    """Apply ``policy`` to ``table`` and say, per column, what was done and how many cells changed.

    Checks come first: the policy against the table's columns (PolicyError), the key (KeyManagementError),
    the privacy budget (BudgetExceededError); only then is any cell transformed.

    Privacy: ``noise`` and ``randomized_response`` columns are per-record local DP (see their modules);
    each is one PrivacyEvent, listed in ``privacy_events``. All of a run's events are charged to ``ledger``
    under ``dataset``/``principal`` in ONE atomic spend after every step has succeeded and before the
    result is returned: either they all fit the remaining budget together, or BudgetExceededError is raised
    and nothing is spent or returned (a failing step spends nothing). The
    k-anonymity of the privacy model is not a DP guarantee.
    """
    resolved = _as_policy(policy)
    frame, back = to_polars(table)
    src = source or _policy_source(policy)
    validate_for_columns(resolved, frame.columns, source=src)
    if resolved.needs_key:
        if key is None:
            raise KeyManagementError(
                "The policy pseudonymizes, encrypts or shifts dates and needs a secret key: pass --key-file FILE "
                "or set PRIVET_KEY (create one with: privet keys new --out FILE)."
            )
        if not isinstance(key, SecretKey):
            raise KeyManagementError("The 'key' parameter must be a privet SecretKey (see privet.load_key).")
    events = [
        event
        for name, rule in resolved.columns.items()
        if (event := rule.privacy_event(name, frame.height)) is not None
    ]
    if events and ledger is not None:
        if not dataset or not principal:
            raise InvalidParameterError("anonymize: a ledger needs the 'dataset' and 'principal' parameters.")
        ledger.check_many(events, dataset=dataset, principal=principal)  # refuse early, before any work
    base: Path | None = resolved._base
    outputs: list[pl.Series] = []
    summaries: list[ColumnSummary] = []
    for name in frame.columns:
        rule = resolved.columns.get(name)
        if rule is None:
            rule = KeepRule(reason="not in the policy (unlisted: keep)") if resolved.unlisted == "keep" else None
            if rule is None:  # unlisted: drop
                summaries.append(
                    ColumnSummary(name, "drop", "not in the policy (unlisted: drop)", _changed(frame[name], None))
                )
                continue
        ctx = ActionContext(column=name, frame=frame, key=key, source=source, extras={"policy_dir": base})
        before = frame.get_column(name)
        after = apply_rule(before, rule, ctx)
        action = rule.action
        note = "sensitive" if isinstance(rule, KeepRule) and rule.sensitive else ""
        summaries.append(ColumnSummary(name, action, rule.reason, _changed(before, after), note))
        if after is not None:
            outputs.append(after.rename(name))
    out = pl.DataFrame(outputs) if outputs else pl.DataFrame()
    suppressed, k_achieved = 0, None
    model = resolved.privacy_model
    if model is not None:
        from privet.anonymize._kanon import k_anonymize_with_summary

        result = k_anonymize_with_summary(
            out,
            quasi_identifiers=model.quasi_identifiers,
            k=model.k,
            l=model.l,
            t=model.t,
            sensitive=model.sensitive,
            max_suppression=model.max_suppression,
            hierarchies=model.hierarchies,
        )
        kept = pl.Series(result.kept)
        recoded: pl.DataFrame = result.table
        for i, summary in enumerate(summaries):
            if summary.column in model.quasi_identifiers:
                extra = _changed(out.get_column(summary.column).filter(kept), recoded.get_column(summary.column))
                # A cell changed by the column's action and again by k-anonymity counts once: compare the
                # published cell with the input cell.
                total = _changed(frame.get_column(summary.column).filter(kept), recoded.get_column(summary.column))
                summaries[i] = ColumnSummary(
                    summary.column,
                    summary.action,
                    summary.reason,
                    total,
                    f"k-anonymity (k={model.k}): {extra} cell(s) generalized",
                )
        out, suppressed, k_achieved = recoded, result.suppressed_rows, result.k
    if events and ledger is not None:
        # Spent only once every step has succeeded (a DataError above wastes no budget) and before anything is
        # returned: ONE atomic transaction, all events fit together (basic composition) and are recorded, or
        # BudgetExceededError and nothing is spent nor released; a concurrent spender cannot slip in between.
        ledger.spend_many(events, dataset=dataset, principal=principal)
    return AnonymizationResult(
        table=back(out),
        columns=summaries,
        rows_in=frame.height,
        rows_out=out.height,
        suppressed_rows=suppressed,
        privacy_events=events,
        key_fingerprint=key.fingerprint if key is not None and resolved.needs_key else None,
        k=k_achieved,
    )


def anonymize(
    table: Any,
    policy: Policy | str | os.PathLike[str] | dict[str, Any],
    *,
    key: SecretKey | None = None,
    ledger: Any = None,
    dataset: str | None = None,
    principal: str | None = None,
) -> Any:
    """Apply ``policy`` to ``table`` and return the anonymized table (the caller's type).

    Privacy: see :func:`anonymize_with_summary`.
    """
    return anonymize_with_summary(table, policy, key=key, ledger=ledger, dataset=dataset, principal=principal).table


def reveal(
    table: Any,
    policy: Policy | str | os.PathLike[str] | dict[str, Any],
    *,
    key: SecretKey,
    columns: list[str] | None = None,
) -> Any:
    """Decrypt the ``encrypt`` and ``fpe`` columns of an anonymized table with the key that made them."""
    resolved = _as_policy(policy)
    frame, back = to_polars(table)
    src = _policy_source(policy)
    reversible = {n: r for n, r in resolved.columns.items() if isinstance(r, EncryptRule | FpeRule)}
    if not isinstance(key, SecretKey):
        raise KeyManagementError("reveal needs the secret key that encrypted the table (see privet.load_key).")
    wanted = list(reversible) if columns is None else list(columns)
    for name in wanted:
        if name not in reversible:
            raise PolicyError(f"{src}: columns.{name}: the policy does not encrypt this column, nothing to reveal.")
    if not wanted:
        raise PolicyError(f"{src}: the policy has no 'encrypt' or 'fpe' column; nothing can be revealed.")
    from privet._frame import require_columns

    require_columns(frame, wanted, where="reveal")
    updates = []
    for name in wanted:
        rule = reversible[name]
        where = f"column {name!r}"
        series = frame.get_column(name)
        if isinstance(rule, EncryptRule):
            updates.append(decrypt_siv(series, key=key, namespace=rule.namespace, where=where))
        else:
            updates.append(decrypt_fpe(series, key=key, rule=rule, where=where))
    return back(frame.with_columns(updates))
