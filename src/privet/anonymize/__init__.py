"""Anonymize tables by policy: per-column actions, keys, k-anonymity (Mondrian), reveal."""

from __future__ import annotations

from privet.anonymize._draft import draft_policy
from privet.anonymize._engine import (
    AnonymizationResult,
    ColumnSummary,
    anonymize,
    anonymize_with_summary,
    reveal,
)
from privet.anonymize._kanon import KAnonymityResult, k_anonymize, k_anonymize_with_summary
from privet.anonymize._keys import DEFAULT_KEY_ENV, SecretKey, load_key, new_key, save_key
from privet.anonymize._policy import Policy, PrivacyModel, load_policy, parse_policy, policy_schema, save_policy

__all__ = [
    "AnonymizationResult",
    "ColumnSummary",
    "DEFAULT_KEY_ENV",
    "KAnonymityResult",
    "Policy",
    "PrivacyModel",
    "SecretKey",
    "anonymize",
    "anonymize_with_summary",
    "draft_policy",
    "k_anonymize",
    "k_anonymize_with_summary",
    "load_key",
    "load_policy",
    "new_key",
    "parse_policy",
    "policy_schema",
    "reveal",
    "save_key",
    "save_policy",
]
