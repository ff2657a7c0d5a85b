"""``fpe``: format-preserving encryption (NIST SP 800-38G Rev. 1 FF3-1, via the ``ff3`` package).

Only characters of the chosen alphabet are encrypted; everything else (dashes, spaces) stays where it is,
so a card number stays a 16-digit card number and an id keeps its length. With ``luhn: true`` the last digit
is recomputed so card numbers stay Luhn-valid. Deterministic per key and namespace, reversible with
``privet reveal``. FF3-1 needs at least 1,000,000 possible values: 6 digits or 4 alphanumerics.
"""

from __future__ import annotations

import math
from typing import Literal

import polars as pl
from pydantic import Field

from privet.anonymize._actions._base import ActionContext, Rule, map_unique, require_key, to_text
from privet.anonymize._keys import SecretKey
from privet.errors import DataError, MissingDependencyError

__all__ = ["FpeRule", "apply", "decrypt_series", "luhn_valid"]

_ALPHABETS = {
    "digits": "0123456789",
    "lower": "0123456789abcdefghijklmnopqrstuvwxyz",
    "upper": "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
    "alphanumeric": "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz",
}


class FpeRule(Rule):
    """Encrypt the alphabet characters of each value with FF3-1, keeping the format."""

    action: Literal["fpe"] = "fpe"
    alphabet: Literal["digits", "lower", "upper", "alphanumeric"] = "digits"
    namespace: str = Field(default="default", min_length=1)
    luhn: bool = Field(default=False, description="Keep a valid Luhn check digit (card numbers); digits only.")

    keyed = True
    reversible = True


def luhn_valid(digits: str) -> bool:
    return _luhn_digit(digits[:-1]) == digits[-1]


def _luhn_digit(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


class _Codec:
    def __init__(self, key: SecretKey, rule: FpeRule) -> None:
        try:
            from ff3 import FF3Cipher
        except ImportError as exc:  # pragma: no cover - ff3 is a core dependency
            raise MissingDependencyError("Format-preserving encryption needs the package 'ff3'.") from exc
        if rule.luhn and rule.alphabet != "digits":
            raise DataError("fpe: 'luhn' needs alphabet 'digits'.")
        self.alphabet = _ALPHABETS[rule.alphabet]
        material = key.derive(f"privet/fpe/{rule.namespace}", length=32 + 7)
        self.cipher = FF3Cipher.withCustomAlphabet(material[:32].hex(), material[32:].hex(), self.alphabet)
        radix = len(self.alphabet)
        self.min_len = math.ceil(math.log(1_000_000) / math.log(radix))
        self.max_len = 2 * math.floor(96 / math.log2(radix))
        self.luhn = rule.luhn
        self.name = rule.alphabet

    def _transform(self, text: str, decrypt: bool) -> str | None:
        chars = set(self.alphabet)
        positions = [i for i, ch in enumerate(text) if ch in chars]
        body = "".join(text[i] for i in positions)
        if self.luhn:
            body = body[:-1]
        if not self.min_len <= len(body) <= self.max_len:
            return None
        out = self.cipher.decrypt(body) if decrypt else self.cipher.encrypt(body)
        if self.luhn:
            out += _luhn_digit(out)
        result = list(text)
        for i, ch in zip(positions, out, strict=True):
            result[i] = ch
        return "".join(result)

    def run(self, series: pl.Series, *, decrypt: bool, where: str) -> pl.Series:
        bad = 0

        def one(value: str) -> str | None:
            nonlocal bad
            out = self._transform(value, decrypt)
            if out is None:
                bad += 1
            return out

        result = map_unique(to_text(series), one, pl.String())
        if bad:
            extra = " (plus the check digit)" if self.luhn else ""
            raise DataError(
                f"{where}: {bad} distinct value(s) have fewer than {self.min_len}{extra} or more than "
                f"{self.max_len} characters of the '{self.name}' alphabet; "
                "FF3-1 needs at least 1,000,000 possible values. Use 'pseudonymize' or 'encrypt' for this column."
            )
        return result


def apply(series: pl.Series, rule: FpeRule, ctx: ActionContext) -> pl.Series:
    return _Codec(require_key(ctx, rule.action), rule).run(series, decrypt=False, where=ctx.where())


def decrypt_series(series: pl.Series, *, key: SecretKey, rule: FpeRule, where: str) -> pl.Series:
    """Undo :func:`apply` with the same key and rule."""
    return _Codec(key, rule).run(series, decrypt=True, where=where)
