"""Masking of evidence examples: a shape hint, never the value."""

from __future__ import annotations

import re

__all__ = ["mask", "masked_examples"]

_RUN = re.compile(r"[^\W_]+", re.UNICODE)


def _mask_run(match: re.Match[str]) -> str:
    run = match.group(0)
    return run[0] + "***" if len(run) > 1 else "*"


def mask(value: str) -> str:
    """Keep the first character of each letter/digit run and the separators; hide the rest.

    E-mail domains keep their top-level domain (``j***@e***.com``). At most 40 characters are returned.
    """
    value = value.strip()
    if "@" in value:
        local, _, domain = value.rpartition("@")
        host, dot, tld = domain.rpartition(".")
        masked_host = _RUN.sub(_mask_run, host) if host else ""
        return (_RUN.sub(_mask_run, local) + "@" + masked_host + dot + (tld if len(tld) <= 6 else "***"))[:40]
    return _RUN.sub(_mask_run, value)[:40]


def masked_examples(values: list[str], *, limit: int = 3) -> list[str]:
    """Up to ``limit`` distinct masked examples."""
    out: list[str] = []
    for value in values:
        masked = mask(value)
        if masked not in out:
            out.append(masked)
        if len(out) >= limit:
            break
    return out
