"""``privet audit``: attack a saved model with membership inference and report what it leaks.

How the files become model inputs: each file is read with ``privet.read_table``; the ``--target`` column is
the label; the features are

* the columns the model was fitted on, by name and in that order, when the model records them
  (``feature_names_in_``: any scikit-learn estimator or Pipeline fitted on a DataFrame). The model's own
  encoding (e.g. a ColumnTransformer with a OneHotEncoder) turns raw columns into numbers. Missing columns
  are an error; other columns are ignored and counted on stderr.
* otherwise (a model fitted on a bare array) every column but the target, in file order; they must all be
  numeric and as many as the model expects (``n_features_in_``).
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import numpy as np
import polars as pl
import typer
from rich.table import Table

from privet.cli._console import print_json, stderr, stdout
from privet.errors import DataError, InvalidParameterError
from privet.io import atomic_output, ensure_distinct_output, read_table

__all__ = ["audit"]


def _load_model(path: Path) -> Any:
    if not path.is_file():
        raise DataError(f"{path}: model file not found.")
    import joblib

    try:
        model = joblib.load(path)
    except Exception as exc:
        raise DataError(
            f"{path}: could not load a model with joblib ({type(exc).__name__}); save it with joblib.dump(model, path)."
        ) from exc
    if not hasattr(model, "predict_proba"):
        raise DataError(
            f"{path}: holds a {type(model).__name__}, not a classifier with predict_proba; "
            "membership inference needs predicted class probabilities."
        )
    return model


def _labels(frame: pl.DataFrame, target: str, model: Any, path: Path) -> np.ndarray:
    classes = np.asarray(getattr(model, "classes_", []))
    y = frame.get_column(target).to_numpy()
    if frame.get_column(target).null_count():
        raise DataError(f"{path}: the target column '{target}' has missing values; drop those rows first.")
    if classes.size and classes.dtype.kind in "USO" and y.dtype.kind not in "USO":
        y = y.astype(str)
    elif classes.size and classes.dtype.kind in "iufb" and y.dtype.kind in "USO":
        try:
            y = y.astype(classes.dtype)
        except (TypeError, ValueError) as exc:
            raise DataError(
                f"{path}: the target column '{target}' holds text but the model's classes are numbers."
            ) from exc
    if classes.size:
        unknown = int((~np.isin(y, classes)).sum())
        if unknown:
            raise DataError(
                f"{path}: {unknown} row(s) of the target column '{target}' have a label that is not one of the "
                f"model's {classes.size} classes; is '{target}' the column the model predicts?"
            )
    return y


def _features(frame: pl.DataFrame, target: str, model: Any, path: Path) -> Any:
    names = getattr(model, "feature_names_in_", None)
    if names is not None:
        wanted = [str(n) for n in names]
        missing = [n for n in wanted if n not in frame.columns]
        if missing:
            shown = ", ".join(repr(n) for n in missing[:10]) + (" …" if len(missing) > 10 else "")
            raise DataError(
                f"{path}: the model was fitted on {len(wanted)} named column(s); {len(missing)} are missing from "
                f"this file: {shown}."
            )
        if target in wanted:
            raise DataError(f"{path}: the target column '{target}' is also one of the model's input features.")
        extra = [c for c in frame.columns if c not in wanted and c != target]
        if extra:
            stderr.print(
                f"{path}: ignoring {len(extra)} column(s) the model was not fitted on", markup=False, highlight=False
            )
        selected = frame.select(wanted)
        try:
            return selected.to_pandas()
        except ImportError:  # pandas absent: scikit-learn also reads polars frames
            return selected
    features = frame.drop(target)
    expected = getattr(model, "n_features_in_", None)
    text = [c for c, t in features.schema.items() if not t.is_numeric() and t != pl.Boolean]
    if text:
        shown = ", ".join(repr(c) for c in text[:10]) + (" …" if len(text) > 10 else "")
        raise DataError(
            f"{path}: the model was fitted on a bare numeric array, but {len(text)} column(s) are not numeric: "
            f"{shown}. Save a Pipeline that encodes the raw columns (e.g. ColumnTransformer + OneHotEncoder) "
            "fitted on a DataFrame, so the columns can be matched by name."
        )
    if expected is not None and features.width != int(expected):
        raise DataError(
            f"{path}: the model expects {int(expected)} feature(s) but the file has {features.width} column(s) "
            f"besides '{target}'. Keep exactly the model's input columns (in training order) and the target."
        )
    if any(features.null_count().row(0)):
        raise DataError(f"{path}: feature columns have missing values; the model was fitted on a complete array.")
    return features.to_numpy().astype(float)


def _read(path: Path, target: str, model: Any, max_rows: int | None, rng: np.random.Generator) -> tuple[Any, Any]:
    frame = read_table(path)
    if target not in frame.columns:
        raise DataError(f"{path}: the target column '{target}' is not in the file ({frame.width} columns).")
    if frame.height == 0:
        raise DataError(f"{path}: the file has no rows.")
    if max_rows is not None and frame.height > max_rows:
        frame = frame[np.sort(rng.choice(frame.height, size=max_rows, replace=False))]
    return _features(frame, target, model, path), _labels(frame, target, model, path)


def _render(result: Any, *, model_path: Path) -> None:
    table = Table(title=f"membership inference on {model_path.name} ({result.model})")
    table.add_column("attack")
    table.add_column("AUC", justify="right")
    for level in result.tpr_at_fpr:
        table.add_column(f"TPR @ {level:.1%} FPR", justify="right")
    table.add_column("advantage", justify="right")
    table.add_column("ε lower bound", justify="right")
    for name, r in result.per_attack.items():
        table.add_row(
            name,
            f"{r.auc:.3f}",
            *[f"{v:.2%}" for v in r.tpr_at_fpr.values()],
            f"{r.advantage:.3f}",
            f"{r.epsilon_lower_bound:.2f}",
        )
    stdout.print(table)
    stdout.print(
        f"{result.members:,} members, {result.non_members:,} non-members"
        + (f", {result.shadow_models} shadow models" if result.shadow_models else "")
        + f". Strongest attack: {result.attack}. No (epsilon, delta={result.delta:g})-DP guarantee with epsilon "
        f"below {result.epsilon_lower_bound:.2f} holds for this model ({result.confidence:.0%} confidence). "
        "A blind guess has AUC 0.5 and TPR = FPR.",
        markup=False,
        highlight=False,
    )


def audit(
    model: Annotated[
        Path, typer.Option("--model", help="A fitted classifier saved with joblib (only load files you trust).")
    ],
    members: Annotated[Path, typer.Option("--members", help="Rows the model was trained on.")],
    non_members: Annotated[Path, typer.Option("--non-members", help="Rows from the same population it never saw.")],
    target: Annotated[str, typer.Option("--target", help="The label column.")],
    attacks: Annotated[
        str, typer.Option("--attacks", help="Comma-separated: loss, lira, lira_online, lira_offline.")
    ] = ("loss,lira"),
    shadow_models: Annotated[int, typer.Option("--shadow-models", help="Shadow models for LiRA.")] = 16,
    confidence: Annotated[float, typer.Option("--confidence", help="Confidence of the epsilon lower bound.")] = 0.95,
    delta: Annotated[float, typer.Option("--delta", help="Delta of the (epsilon, delta) bound.")] = 0.0,
    max_rows: Annotated[
        int | None, typer.Option("--max-rows", help="Audit a random sample of at most N rows of each file.")
    ] = None,
    seed: Annotated[int | None, typer.Option("--seed", help="Seed of the attack's own randomness.")] = None,
    n_jobs: Annotated[int, typer.Option("--n-jobs", help="Shadow models trained in parallel.")] = 2,
    format: Annotated[str, typer.Option("--format", "-f", help="Output format: table or json.")] = "table",
    out: Annotated[Path | None, typer.Option("--out", "-o", help="Also write the result as JSON to this file.")] = None,
) -> None:
    """Attack a saved model with membership inference (loss and LiRA) and report what it leaks.

    Features: a model fitted on a DataFrame (e.g. a Pipeline with its own encoder) gets the columns it was
    fitted on, by name; a model fitted on a bare array gets every column but the target, in file order,
    which must then all be numeric. Any mismatch stops with an error naming the file and columns.
    """
    from privet.audit import membership_inference
    from privet.audit._data import generator

    if format not in ("table", "json"):
        raise InvalidParameterError(f"The '--format' option must be 'table' or 'json'. Got {format!r}.")
    if max_rows is not None and max_rows < 10:
        raise InvalidParameterError(f"The '--max-rows' option must be at least 10. Got {max_rows}.")
    if out is not None:
        ensure_distinct_output(out, model, members, non_members)
    fitted = _load_model(model)
    rng = generator(seed, where="privet audit")  # the audit's own randomness: row sample, shadow splits
    X_in, y_in = _read(members, target, fitted, max_rows, rng)
    X_out, y_out = _read(non_members, target, fitted, max_rows, rng)
    result = membership_inference(
        fitted,
        members=(X_in, y_in),
        non_members=(X_out, y_out),
        attacks=[a.strip() for a in attacks.split(",") if a.strip()],
        shadow_models=shadow_models,
        confidence=confidence,
        delta=delta,
        random_state=rng,
        n_jobs=n_jobs,
        progress=True,
    )
    data = result.to_dict()
    if out is not None:
        import json

        with atomic_output(out) as tmp:
            tmp.write_text(json.dumps(data, indent=2), encoding="utf-8")
    if format == "json":
        print_json(data)
    else:
        _render(result, model_path=model)
