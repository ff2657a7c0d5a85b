"""Render ReportFacts as one self-contained HTML page and as JSON; write both atomically."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import jinja2

from privet.io import atomic_output
from privet.report import _charts
from privet.report._facts import ReportFacts, RiskSnapshot
from privet.report._summary import gdpr_items, record_of_processing, verdict

__all__ = ["render_html", "render_json", "write_report"]


def _environment() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.PackageLoader("privet.report", "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def _fmt(attribute: str, pattern: str) -> Callable[[RiskSnapshot, str], str]:
    def format_value(snapshot: RiskSnapshot, _: str) -> str:
        value = getattr(snapshot, attribute)
        return "–" if value is None else pattern.format(value)

    return format_value


def _share(bound: str) -> Callable[[RiskSnapshot, str], str]:
    def format_share(snapshot: RiskSnapshot, _: str) -> str:
        value = snapshot.share_in_classes_below.get(bound)
        return "–" if value is None else f"{value:.1%}"

    return format_share


_RISK_ROWS: list[tuple[str, str, Callable[[RiskSnapshot, str], str]]] = [
    ("k (smallest class)", "k", _fmt("k", "{:,}")),
    ("l-diversity (distinct)", "l", _fmt("l_diversity", "{:g}")),
    ("t-closeness", "t", _fmt("t_closeness", "{:.3f}")),
    ("unique records", "u", _fmt("sample_uniques", "{:,}")),
    ("records in classes < 2", "2", _share("2")),
    ("records in classes < 5", "5", _share("5")),
    ("records in classes < 10", "10", _share("10")),
    ("prosecutor risk (max)", "p", _fmt("prosecutor_risk", "{:.1%}")),
    ("marketer risk (expected share re-identified)", "m", _fmt("marketer_risk", "{:.1%}")),
]


def _charts_for(facts: ReportFacts) -> dict[str, str]:
    charts: dict[str, str] = {}
    if facts.risk is not None:
        charts["risk"] = _charts.class_size_chart(facts.risk.before, facts.risk.after)
    if facts.model is not None and len(facts.model.curve) >= 2:
        charts["utility"] = _charts.utility_chart(facts.model)
    if facts.audit is not None:
        charts["roc"] = _charts.roc_chart(facts.audit)
    if facts.ledger is not None:
        charts["budget"] = _charts.budget_chart(facts.ledger)
    return charts


def render_html(facts: ReportFacts) -> str:
    """The report as one HTML document: inline CSS and SVG, no script, no external resource."""
    template = _environment().get_template("report.html.j2")
    charts: dict[str, Any] = {"risk": "", "utility": "", "roc": "", "budget": "", **_charts_for(facts)}
    return template.render(
        facts=facts,
        verdict=verdict(facts),
        gdpr=gdpr_items(facts),
        record=record_of_processing(facts),
        risk_rows=_RISK_ROWS,
        charts=charts,
    )


def render_json(facts: ReportFacts) -> str:
    """The same facts for machines, with the derived verdict and GDPR statements."""
    document = facts.model_dump(mode="json")
    document["verdict"] = [vars(item) for item in verdict(facts)]
    document["gdpr"] = [vars(item) for item in gdpr_items(facts)]
    document["record_of_processing"] = dict(record_of_processing(facts))
    return json.dumps(document, indent=2, ensure_ascii=False)


def write_report(facts: ReportFacts, directory: str | Path) -> tuple[Path, Path]:
    """Write ``report.html`` and ``report.json`` into ``directory`` atomically; return their paths."""
    folder = Path(directory)
    html, data = render_html(facts), render_json(facts)
    html_path, json_path = folder / "report.html", folder / "report.json"
    with atomic_output(html_path) as tmp:
        tmp.write_text(html, encoding="utf-8")
    with atomic_output(json_path) as tmp:
        tmp.write_text(data, encoding="utf-8")
    return html_path, json_path
