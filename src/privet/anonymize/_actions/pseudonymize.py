"""``pseudonymize``: a keyed, deterministic pseudonym per value (HMAC-SHA256).

The same value gives the same pseudonym under the same key and ``namespace``, in every table and every
run, so pseudonymized columns stay joinable; under another key the pseudonyms are unrelated. Without the
key a pseudonym cannot be recomputed from a guessed value (unlike a plain or salted hash, which can be
brute-forced over a small identifier space such as phone numbers). Not reversible: use ``encrypt`` to be
able to reveal values.
"""

from __future__ import annotations

import hashlib
import hmac
from typing import Literal

import polars as pl
from pydantic import Field

from privet.anonymize._actions._base import ActionContext, Rule, map_unique, require_key, to_text
from privet.anonymize._keys import SecretKey

__all__ = ["PseudonymizeRule", "apply", "pseudonym"]


class PseudonymizeRule(Rule):
    """Replace each value by ``prefix`` + the first ``length`` hex digits of HMAC-SHA256(sub-key, value)."""

    action: Literal["pseudonymize"] = "pseudonymize"
    namespace: str = Field(default="default", min_length=1, description="Same key + namespace = joinable.")
    length: int = Field(default=20, ge=16, le=64, description="Hex digits kept (>= 16, i.e. 64 bits).")
    prefix: str = ""
    normalize: bool = Field(default=False, description="Trim and case-fold before hashing (e-mail addresses).")

    keyed = True


def subkey(key: SecretKey, namespace: str) -> bytes:
    return key.derive(f"privet/pseudonymize/{namespace}")


def pseudonym(value: str, *, key_bytes: bytes, length: int = 20, prefix: str = "", normalize: bool = False) -> str:
    if normalize:
        value = value.strip().casefold()
    return prefix + hmac.new(key_bytes, value.encode("utf-8"), hashlib.sha256).hexdigest()[:length]


def apply(series: pl.Series, rule: PseudonymizeRule, ctx: ActionContext) -> pl.Series:
    key_bytes = subkey(require_key(ctx, rule.action), rule.namespace)
    return map_unique(
        to_text(series),
        lambda v: pseudonym(v, key_bytes=key_bytes, length=rule.length, prefix=rule.prefix, normalize=rule.normalize),
        pl.String(),
    )
