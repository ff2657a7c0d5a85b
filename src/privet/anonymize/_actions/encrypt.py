"""``encrypt``: deterministic authenticated encryption (AES-256-SIV, RFC 5297), reversible with the key.

Equal values give equal ciphertexts (so the column stays joinable and countable, and equality is visible);
nothing else about a value can be learnt without the key, and a changed ciphertext fails to decrypt.
The cell becomes ``v1.`` + base64url text (the prefix keeps a spreadsheet from reading a leading '-' as a
formula and marks the format version); the value's type (text, integer, float, boolean, date, datetime) is kept
inside the ciphertext so ``privet reveal`` restores it.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
from typing import Any, Literal

import polars as pl
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESSIV
from pydantic import Field

from privet.anonymize._actions._base import ActionContext, Rule, map_unique, require_key
from privet.anonymize._keys import SecretKey
from privet.errors import DataError, KeyManagementError

__all__ = ["EncryptRule", "apply", "decrypt_series"]

_AD = [b"privet/encrypt/v1"]
_PREFIX = "v1."


class EncryptRule(Rule):
    """Encrypt each value with AES-256-SIV under a sub-key of the secret key for ``namespace``."""

    action: Literal["encrypt"] = "encrypt"
    namespace: str = Field(default="default", min_length=1)

    keyed = True
    reversible = True


def _cipher(key: SecretKey, namespace: str) -> AESSIV:
    return AESSIV(key.derive(f"privet/encrypt/{namespace}", length=64))


def _encode(value: Any) -> bytes:
    if isinstance(value, bool):
        return b"b" + (b"1" if value else b"0")
    if isinstance(value, int):
        return b"i" + str(value).encode()
    if isinstance(value, float):
        return b"f" + repr(value).encode()
    if isinstance(value, dt.datetime):
        return b"t" + value.isoformat().encode()
    if isinstance(value, dt.date):
        return b"d" + value.isoformat().encode()
    return b"s" + str(value).encode("utf-8")


def _decode(payload: bytes) -> tuple[str, Any]:
    tag, body = payload[:1], payload[1:].decode("utf-8")
    if tag == b"b":
        return "b", body == "1"
    if tag == b"i":
        return "i", int(body)
    if tag == b"f":
        return "f", float(body)
    if tag == b"t":
        return "t", dt.datetime.fromisoformat(body)
    if tag == b"d":
        return "d", dt.date.fromisoformat(body)
    return "s", body


_DTYPES: dict[str, pl.DataType] = {
    "b": pl.Boolean(),
    "i": pl.Int64(),
    "f": pl.Float64(),
    "t": pl.Datetime("us"),
    "d": pl.Date(),
    "s": pl.String(),
}


def apply(series: pl.Series, rule: EncryptRule, ctx: ActionContext) -> pl.Series:
    cipher = _cipher(require_key(ctx, rule.action), rule.namespace)
    if series.dtype.is_nested() or series.dtype == pl.Object:
        raise DataError(f"{ctx.where()}: type {series.dtype} cannot be encrypted; only scalar columns can.")

    def encrypt(value: Any) -> str:
        token = cipher.encrypt(_encode(value), _AD)
        return _PREFIX + base64.urlsafe_b64encode(token).decode("ascii").rstrip("=")

    return map_unique(series, encrypt, pl.String())


def decrypt_series(series: pl.Series, *, key: SecretKey, namespace: str, where: str) -> pl.Series:
    """Undo :func:`apply`; raises KeyManagementError when the key is wrong or a cell was altered."""
    cipher = _cipher(key, namespace)
    if series.dtype != pl.String:
        raise DataError(f"{where}: expected encrypted text, found type {series.dtype}.")
    failures = 0
    tags: set[str] = set()

    def decrypt(token: str) -> Any:
        nonlocal failures
        try:
            if not token.startswith(_PREFIX):
                raise ValueError("not a privet ciphertext")
            body = token[len(_PREFIX) :]
            raw = base64.urlsafe_b64decode(body + "=" * (-len(body) % 4))
            tag, value = _decode(cipher.decrypt(raw, _AD))
        except (InvalidTag, binascii.Error, ValueError, UnicodeDecodeError):
            failures += 1
            return None
        tags.add(tag)
        return value

    uniques = series.drop_nulls().unique().to_list()
    mapping = {token: decrypt(token) for token in uniques}
    if failures:
        raise KeyManagementError(
            f"{where}: {failures} distinct value(s) do not decrypt: wrong key or namespace, or the cells were altered."
        )
    dtype: pl.DataType = _DTYPES[tags.pop()] if len(tags) == 1 else pl.String()
    if dtype == pl.String():
        mapping = {k: None if v is None else str(v) for k, v in mapping.items()}
    if not mapping:
        return pl.Series(series.name, [None] * len(series), dtype=dtype)
    return series.replace_strict(list(mapping), list(mapping.values()), default=None, return_dtype=dtype)
