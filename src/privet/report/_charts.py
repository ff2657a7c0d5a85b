"""Charts as inline SVG (matplotlib, text kept as text), so the report needs no network and no script."""

from __future__ import annotations

import io
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from privet.report._facts import AuditFacts, LedgerFacts, ModelFacts, RiskSnapshot

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

__all__ = ["budget_chart", "class_size_chart", "roc_chart", "utility_chart"]

_BLUE, _ORANGE, _GREY, _GREEN = "#3563c9", "#e07b24", "#9aa3ad", "#2f9e6a"
_BUCKETS = ((1, 1, "1"), (2, 4, "2–4"), (5, 9, "5–9"), (10, 24, "10–24"), (25, 10**12, "25+"))


def _svg(figure: Figure, salt: str) -> str:
    import matplotlib as mpl
    import matplotlib.pyplot as plt

    buffer = io.StringIO()
    with mpl.rc_context({"svg.fonttype": "none", "svg.hashsalt": salt}):
        figure.savefig(buffer, format="svg", bbox_inches="tight")
    plt.close(figure)
    text = re.sub(r"<metadata>.*?</metadata>", "", buffer.getvalue(), flags=re.DOTALL)  # drops the date
    start = text.find("<svg")
    # matplotlib's element ids repeat across figures; prefix them so several charts share one page.
    return text[start:].replace('id="', f'id="{salt}-').replace("url(#", f"url(#{salt}-")


def _figure(width: float = 5.2, height: float = 2.8) -> tuple[Figure, Axes]:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(width, height), dpi=100)
    ax.spines[["top", "right"]].set_visible(False)
    ax.tick_params(labelsize=9)
    return fig, ax


def _bucket_shares(sizes: Sequence[int]) -> list[float]:
    total = sum(sizes) or 1
    return [sum(s for s in sizes if lo <= s <= hi) / total for lo, hi, _ in _BUCKETS]


def class_size_chart(before: RiskSnapshot, after: RiskSnapshot | None) -> str:
    """Share of records by equivalence-class size, before and after anonymization."""
    fig, ax = _figure()
    xs = range(len(_BUCKETS))
    width = 0.38 if after else 0.6
    ax.bar(
        [x - (width / 2 if after else 0) for x in xs],
        _bucket_shares(before.class_sizes),
        width,
        color=_ORANGE,
        label="before",
    )
    if after:
        ax.bar([x + width / 2 for x in xs], _bucket_shares(after.class_sizes), width, color=_BLUE, label="after")
    ax.set_xticks(list(xs), [label for *_, label in _BUCKETS])
    ax.set_xlabel("records sharing the same quasi-identifiers (class size)", fontsize=9)
    ax.set_ylabel("share of records", fontsize=9)
    ax.yaxis.set_major_formatter(lambda v, _: f"{v:.0%}")
    ax.legend(frameon=False, fontsize=9)
    return _svg(fig, "risk")


def roc_chart(audit: AuditFacts) -> str:
    """ROC curve of the membership-inference attack against the chance diagonal."""
    fig, ax = _figure(4.2, 3.4)
    ax.plot([0, 1], [0, 1], color=_GREY, linestyle="--", linewidth=1, label="chance")
    if audit.roc:
        fpr, tpr = zip(*audit.roc, strict=True)
        ax.plot(fpr, tpr, color=_BLUE, linewidth=2, label=f"attack on the model (AUC {audit.auc:.3f})")
    ax.set_xlabel("false-positive rate", fontsize=9)
    ax.set_ylabel("true-positive rate", fontsize=9)
    ax.set_xlim(0, 1)
    ax.set_ylim(0, 1)
    ax.legend(frameon=False, fontsize=8, loc="lower right")
    return _svg(fig, "roc")


def utility_chart(model: ModelFacts) -> str:
    """Accuracy of the private model over epsilon, with the non-private baseline and the majority class."""
    fig, ax = _figure()
    points = sorted(model.curve, key=lambda p: p.epsilon)
    eps = [p.epsilon for p in points]
    acc = [p.accuracy for p in points]
    err = [p.accuracy_std or 0.0 for p in points]
    ax.errorbar(eps, acc, yerr=err, color=_BLUE, marker="o", linewidth=2, capsize=3, label="privet, DP")
    ax.axhline(model.baseline_accuracy, color=_GREEN, linestyle="--", linewidth=1, label="non-private")
    if model.majority_accuracy is not None:
        ax.axhline(model.majority_accuracy, color=_GREY, linestyle=":", linewidth=1, label="majority class")
    ax.set_xscale("log")
    ax.set_xlabel("epsilon (privacy loss, log scale)", fontsize=9)
    ax.set_ylabel("test accuracy", fontsize=9)
    ax.legend(frameon=False, fontsize=8)
    return _svg(fig, "utility")


def budget_chart(ledger: LedgerFacts) -> str:
    """Epsilon spent per event, stacked against the budget."""
    fig, ax = _figure(5.2, 1.4 + 0.0)
    left = 0.0
    palette = [_BLUE, _ORANGE, _GREEN, "#8e5bd0", "#c9354a"]
    for i, event in enumerate(ledger.events):
        ax.barh(
            [0],
            [event.epsilon],
            left=left,
            color=palette[i % len(palette)],
            height=0.5,
            label=f"{event.mechanism} ({event.epsilon:g})",
        )
        left += event.epsilon
    remaining = max(ledger.epsilon_budget - left, 0.0)
    ax.barh([0], [remaining], left=left, color="#e6e9ee", height=0.5, label=f"remaining ({remaining:g})")
    ax.set_xlim(0, max(ledger.epsilon_budget, left))
    ax.set_yticks([])
    ax.set_xlabel("epsilon", fontsize=9)
    ax.legend(frameon=False, fontsize=8, ncol=3, loc="upper center", bbox_to_anchor=(0.5, -0.6))
    return _svg(fig, "budget")
