"""The end-to-end run: scan, policy, anonymize, risk, DP model, audit, DP queries, report, one ledger."""

from __future__ import annotations

from privet.pipeline._config import PipelineConfig, load_pipeline, pipeline_schema

__all__ = ["PipelineConfig", "load_pipeline", "pipeline_schema"]
