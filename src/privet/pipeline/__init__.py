"""The end-to-end run: scan, policy, anonymize, risk, DP model, audit, DP queries, report, one ledger."""

from __future__ import annotations

from privet.pipeline._config import PipelineConfig, load_pipeline, pipeline_schema
from privet.pipeline._run import RunResult, run_pipeline

__all__ = ["PipelineConfig", "RunResult", "load_pipeline", "pipeline_schema", "run_pipeline"]
