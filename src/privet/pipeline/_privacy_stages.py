"""The budget half of a run: the ledger, the DP model with its baseline, the audit, DP queries.

Every release goes through the run's one ledger. The whole plan is checked against the remaining budget
before anything is spent, so a run that cannot afford its model fails before it starts.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import joblib
import numpy as np
import polars as pl
from sklearn.linear_model import LogisticRegression as BaselineLogisticRegression
from sklearn.metrics import accuracy_score, roc_auc_score
from sklearn.model_selection import train_test_split
from sklearn.pipeline import Pipeline

from privet import query as dp_query  # the callable module: dp_query(table, ...), dp_query.count()
from privet.audit import membership_inference
from privet.dp import Ledger
from privet.errors import BudgetExceededError, ColumnNotFoundError, DataError
from privet.io import write_table
from privet.ml import GaussianNB, LogisticRegression, TableEncoder
from privet.report import AuditFacts, LedgerEvent, LedgerFacts, ModelFacts, QueryFacts, UtilityPoint

if TYPE_CHECKING:
    from privet.pipeline._config import ModelStage, PipelineConfig, QueryStage
    from privet.pipeline._run import RunContext

__all__ = ["audit_stage", "ledger_facts_stage", "ledger_stage", "model_stage", "planned_spend", "query_stage"]

MODEL_FILE = "model.joblib"
QUERY_FILE = "query-{index}.csv"
_NUMERIC = (pl.Float32, pl.Float64, pl.Int8, pl.Int16, pl.Int32, pl.Int64, pl.UInt8, pl.UInt16, pl.UInt32, pl.UInt64)
_MODEL_ACTIONS_KEPT = {"keep", "generalize", "top_bottom_code", "suppress_rare", "noise", "randomized_response"}


def dataset_name(config: PipelineConfig) -> str:
    return config.ledger.dataset or config.input.stem


def planned_spend(config: PipelineConfig) -> tuple[float, float]:
    """(epsilon, delta) the run will charge: the model, each curve point, each query."""
    epsilon = delta = 0.0
    if config.model is not None:
        epsilon += config.model.epsilon + sum(config.model.curve)
        delta += config.model.delta * (1 + len(config.model.curve))
        if _needs_discovery_delta(config.model):
            delta += config.model.discovery_delta
    for stage in config.queries:
        epsilon += stage.epsilon
        delta += stage.delta
    return epsilon, delta


def _needs_discovery_delta(model: ModelStage) -> bool:
    return model.features is None or any(f not in model.categories and f not in model.bounds for f in model.features)


def ledger_stage(context: RunContext) -> None:
    """Open the run's ledger (creating its budget once) and refuse a plan it cannot afford."""
    config = context.config
    ledger = Ledger(config.ledger.path)
    dataset, principal = dataset_name(config), config.ledger.principal
    if not any(b.principal == principal for b in ledger.budgets(dataset=dataset)):
        ledger.set_budget(
            dataset=dataset, principal=principal, epsilon=config.ledger.epsilon, delta=config.ledger.delta
        )
    epsilon, delta = planned_spend(config)
    policy = context.state["policy"]
    rows = context.require_table().height
    for name, rule in policy.columns.items():  # noise / randomized-response columns of the policy
        if (event := rule.privacy_event(name, rows)) is not None:
            epsilon, delta = epsilon + event.epsilon, delta + event.delta
    left_epsilon, left_delta = ledger.remaining(dataset=dataset, principal=principal)
    if epsilon > left_epsilon + 1e-12 or delta > left_delta + 1e-18:
        raise BudgetExceededError(
            f"the run plans to spend epsilon={epsilon:g}, delta={delta:g} but ledger {config.ledger.path.name!r} "
            f"has epsilon={left_epsilon:g}, delta={left_delta:g} left for dataset {dataset!r}, principal "
            f"{principal!r}; lower the model/query epsilons or raise the budget (`privet budget set`)."
        )
    context.state["ledger"] = ledger
    context.state["spend_to"] = {"ledger": ledger, "dataset": dataset, "principal": principal}


# -- model ------------------------------------------------------------------------------------------------


def _default_features(context: RunContext, table: pl.DataFrame, target: str) -> list[str]:
    """Columns the policy kept as analysable values: no identifiers, pseudonyms, ciphertexts or free text."""
    rules = context.state["policy"].columns
    return [c for c in table.columns if c != target and getattr(rules.get(c), "action", "keep") in _MODEL_ACTIONS_KEPT]


def _split_schema(
    model: ModelStage, train: pl.DataFrame, features: list[str], spend_to: dict[str, Any], epsilon: float
) -> tuple[dict[str, dict[str, Any]], list[Any], float]:
    """The encoder schema and class list: public where the pipeline gives them, else selected with DP.

    Privacy: category sets come from DP partition selection (privet.query: Laplace counts with a
    delta-threshold, Korolova et al. 2009) on the training rows, at ``epsilon`` split evenly over the columns
    that need it; numeric bounds come from TableEncoder's DP range estimate. Returns the epsilon left for
    the bounds.
    """
    numeric = [f for f in features if train.schema[f] in _NUMERIC]
    unknown_categories = [c for c in [*features, model.target] if c not in numeric and c not in model.categories]
    if model.target in numeric and model.target not in model.categories:
        unknown_categories.append(model.target)
    unknown_bounds = [c for c in numeric if c not in model.bounds and c != model.target]
    parts = len(unknown_categories) + (1 if unknown_bounds else 0)
    share = epsilon / parts if parts else 0.0
    discovered: dict[str, list[Any]] = {}
    for column in unknown_categories:
        released = (
            dp_query.query(train.select(column), **spend_to)
            .group_by([column])
            .agg(dp_query.count())
            .release(epsilon=share, delta=model.discovery_delta / max(1, len(unknown_categories)))
        )
        discovered[column] = [v for v in released[column].to_list() if v is not None]
    schema: dict[str, dict[str, Any]] = {}
    for column in features:
        if column in numeric:
            schema[column] = {"type": "numeric", "bounds": model.bounds.get(column)}
        else:
            categories = model.categories.get(column) or discovered.get(column, [])
            schema[column] = {"type": "categorical", "categories": [str(c) for c in categories]}
    classes = model.categories.get(model.target) or discovered.get(model.target, [])
    if len(classes) < 2:
        raise DataError(
            f"target '{model.target}': fewer than 2 classes are public or could be selected with DP; list them "
            f"under model.categories.{model.target}."
        )
    return schema, classes, share if unknown_bounds else 0.0


def _labels(series: pl.Series, classes: list[Any]) -> tuple[np.ndarray, list[str]]:
    as_text = [str(c) for c in classes]
    return series.cast(pl.String).to_numpy(), as_text


def _estimator(model: ModelStage, epsilon: float, classes: list[str], spend_to: dict[str, Any] | None) -> Any:
    extra = spend_to or {}
    if model.estimator == "gaussian_nb":
        return GaussianNB(epsilon=epsilon, bounds=(0.0, 1.0), classes=classes, **extra)
    return LogisticRegression(epsilon=epsilon, delta=model.delta, data_norm=1.0, classes=classes, **extra)


def _scores(estimator: Any, X: np.ndarray, y: np.ndarray) -> tuple[float, float | None]:
    predicted = estimator.predict(X)
    accuracy = float(accuracy_score(y, predicted))
    auc = None
    if len(estimator.classes_) == 2 and len(np.unique(y)) == 2:
        auc = float(roc_auc_score(y == estimator.classes_[1], estimator.predict_proba(X)[:, 1]))
    return accuracy, auc


def model_stage(context: RunContext) -> None:
    """Train the DP model on the anonymized table; compare with a non-private model on the same features."""
    config = context.config
    model = config.model
    if model is None:
        return
    table: pl.DataFrame = context.state["anonymized"]
    if model.target not in table.columns:
        raise ColumnNotFoundError(
            f"{config.input.name}: the model target '{model.target}' is not a column of the anonymized table "
            "(missing from the input, or dropped by the policy)."
        )
    features = model.features or _default_features(context, table, model.target)
    missing = [f for f in features if f not in table.columns]
    if missing:
        raise ColumnNotFoundError(f"{config.input.name}: model feature column(s) {missing} are not in the table.")
    table = table.filter(pl.col(model.target).is_not_null())
    train, test = train_test_split(table, test_size=model.test_size, random_state=model.split_seed)
    spend_to = context.state["spend_to"]
    discovery = model.epsilon * model.discovery_share if _needs_discovery_delta(model) else 0.0
    schema, classes, bounds_epsilon = _split_schema(model, train, features, spend_to, discovery)
    encoder = TableEncoder(schema=schema, row_norm=1.0, epsilon=bounds_epsilon or None, **spend_to)
    X_train = encoder.fit_transform(train.select(features))
    X_test = encoder.transform(test.select(features))
    y_train, class_names = _labels(train[model.target], classes)
    y_test, _ = _labels(test[model.target], classes)
    in_train, in_test = np.isin(y_train, class_names), np.isin(y_test, class_names)
    X_train, y_train, X_test, y_test = X_train[in_train], y_train[in_train], X_test[in_test], y_test[in_test]

    train_epsilon = model.epsilon - discovery
    private = _estimator(model, train_epsilon, class_names, spend_to).fit(X_train, y_train)
    baseline = BaselineLogisticRegression(max_iter=2000).fit(X_train, y_train)
    accuracy, auc = _scores(private, X_test, y_test)
    baseline_accuracy, baseline_auc = _scores(baseline, X_test, y_test)
    majority = float(np.max(np.unique(y_test, return_counts=True)[1]) / len(y_test)) if len(y_test) else None

    curve = [UtilityPoint(epsilon=model.epsilon, accuracy=accuracy)]
    for epsilon in model.curve:
        point = _estimator(model, epsilon, class_names, spend_to).fit(X_train, y_train)
        curve.append(UtilityPoint(epsilon=epsilon, accuracy=_scores(point, X_test, y_test)[0]))
    context.facts["model"] = ModelFacts(
        target=model.target,
        estimator=type(private).__name__,
        epsilon=model.epsilon,
        delta=model.delta,
        accuracy=accuracy,
        auc=auc,
        baseline_accuracy=baseline_accuracy,
        baseline_auc=baseline_auc,
        majority_accuracy=majority,
        test_rows=len(y_test),
        curve=sorted(curve, key=lambda p: p.epsilon) if model.curve else [],
    )
    _detach(private)
    # A fitted sklearn Pipeline: joblib.load(path).predict(table[features]) works on raw anonymized rows.
    joblib.dump(Pipeline([("encode", encoder), ("model", private)]), context.staging.path(MODEL_FILE))
    context.outputs["model"] = MODEL_FILE
    context.state["model_data"] = (private, baseline, X_train, y_train, X_test, y_test)


def _detach(estimator: Any) -> None:
    """The saved model carries no handle to the ledger file (a path on this machine)."""
    for name in ("ledger", "dataset", "principal"):
        if hasattr(estimator, name):
            setattr(estimator, name, None)


# -- audit ------------------------------------------------------------------------------------------------


def audit_stage(context: RunContext) -> None:
    """Attack the DP model and, for contrast, the non-private baseline with the same attack."""
    stage = context.config.audit
    if stage is None or "model_data" not in context.state:
        return
    private, baseline, X_train, y_train, X_test, y_test = context.state["model_data"]

    def attack(model: Any) -> Any:
        return membership_inference(
            model,
            members=(X_train, y_train),
            non_members=(X_test, y_test),
            attacks=tuple(stage.attacks),
            shadow_models=stage.shadow_models,
            progress=False,
        )

    result, contrast = attack(private), attack(baseline)
    model_facts = context.facts["model"]
    context.facts["audit"] = AuditFacts(
        attack=result.attack,
        auc=result.auc,
        advantage=result.advantage,
        tpr_at_fpr={f"{level:g}": rate for level, rate in result.tpr_at_fpr.items()},
        epsilon_lower_bound=result.epsilon_lower_bound,
        confidence=result.confidence,
        claimed_epsilon=model_facts.epsilon,
        roc=_thin(result.roc),
        baseline_auc=contrast.auc,
    )


def _thin(roc: Any, points: int = 200) -> list[tuple[float, float]]:
    fpr, tpr = (np.asarray(roc[0], dtype=float), np.asarray(roc[1], dtype=float))
    if len(fpr) > points:
        keep = np.unique(np.linspace(0, len(fpr) - 1, points).astype(int))
        fpr, tpr = fpr[keep], tpr[keep]
    return [(float(a), float(b)) for a, b in zip(fpr, tpr, strict=True)]


# -- queries ----------------------------------------------------------------------------------------------


def _describe(stage: QueryStage) -> str:
    parts = ["count"] if stage.count else []
    parts += [f"sum({c})" for c in stage.sum] + [f"mean({c})" for c in stage.mean]
    by = f" by {', '.join(stage.by)}" if stage.by else ""
    return f"{', '.join(parts)}{by}"


def query_stage(context: RunContext) -> None:
    """Run each DP query on the anonymized table; write its released rows next to the report."""
    spend_to = context.state["spend_to"]
    table: pl.DataFrame = context.state["anonymized"]
    facts = []
    for index, stage in enumerate(context.config.queries, start=1):
        aggregates = [dp_query.count()] if stage.count else []
        aggregates += [dp_query.sum(c, bounds=b) for c, b in stage.sum.items()]
        aggregates += [dp_query.mean(c, bounds=b) for c, b in stage.mean.items()]
        builder = dp_query.query(table, privacy_unit=stage.privacy_unit, **spend_to)
        grouped = builder.group_by(stage.by) if stage.by else builder
        released = grouped.agg(*aggregates).release(epsilon=stage.epsilon, delta=stage.delta)
        name = QUERY_FILE.format(index=index)
        write_table(released, context.staging.path(name))
        context.outputs[f"query {index}"] = name
        facts.append(
            QueryFacts(
                description=_describe(stage),
                epsilon=stage.epsilon,
                delta=stage.delta,
                rows_released=released.height,
                confidence=0.95,
            )
        )
    context.facts["queries"] = facts


# -- ledger -----------------------------------------------------------------------------------------------


def ledger_facts_stage(context: RunContext) -> None:
    spend_to = context.state["spend_to"]
    ledger: Ledger = spend_to["ledger"]
    status = ledger.status(dataset=spend_to["dataset"], principal=spend_to["principal"])
    events = [
        LedgerEvent(
            time=entry.time,
            principal=entry.principal,
            dataset=entry.dataset,
            mechanism=entry.event.mechanism,
            epsilon=entry.event.epsilon,
            delta=entry.event.delta,
            description=entry.event.description,
        )
        for entry in ledger.history(dataset=spend_to["dataset"])
    ]
    context.facts["ledger"] = LedgerFacts(
        dataset=status.dataset,
        epsilon_budget=status.epsilon,
        delta_budget=status.delta,
        epsilon_spent=status.epsilon_spent,
        delta_spent=status.delta_spent,
        events=events,
    )
