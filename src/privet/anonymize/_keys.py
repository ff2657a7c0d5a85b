"""Secret keys for pseudonymization, encryption, format-preserving encryption and date shifting.

A key is 32 random bytes from the operating system's CSPRNG, stored as one line ``privet-key-v1:<base64url>``
in a file created with mode 0600, or given in an environment variable in the same form. Each use derives
its own sub-key with HKDF-SHA256 (RFC 5869) from the master key and a purpose string, so a pseudonym
never reveals anything about the encryption key and two purposes never share key material.

A key is never printed, logged or written into an output: ``repr`` and ``str`` show only a fingerprint.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import os
import stat
from pathlib import Path

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from privet.errors import KeyManagementError

__all__ = ["DEFAULT_KEY_ENV", "KEY_BYTES", "SecretKey", "load_key", "new_key", "save_key"]

#: Environment variable read by :func:`load_key` when neither a path nor a variable name is given.
DEFAULT_KEY_ENV = "PRIVET_KEY"
#: Length of a new key and the minimum accepted length of a loaded one (256 bits).
KEY_BYTES = 32
_PREFIX = "privet-key-v1:"
_SALT = b"privet/hkdf/v1"


class SecretKey:
    """A master secret key. Derive per-purpose sub-keys with :meth:`derive`; the bytes are never shown."""

    __slots__ = ("_material",)

    def __init__(self, material: bytes) -> None:
        if not isinstance(material, bytes | bytearray):
            raise KeyManagementError("A secret key must be bytes.")
        if len(material) < KEY_BYTES:
            raise KeyManagementError(
                f"The secret key is too short: {len(material)} bytes, at least {KEY_BYTES} are needed. "
                "Create one with: privet keys new --out FILE"
            )
        self._material = bytes(material)

    def derive(self, purpose: str, *, length: int = 32) -> bytes:
        """A sub-key for ``purpose`` (HKDF-SHA256, RFC 5869); distinct purposes give independent keys."""
        hkdf = HKDF(algorithm=hashes.SHA256(), length=length, salt=_SALT, info=purpose.encode("utf-8"))
        return hkdf.derive(self._material)

    @property
    def fingerprint(self) -> str:
        """A short public identifier of the key (16 hex digits of an HMAC), safe to show and log."""
        return hmac.new(self._material, b"privet/fingerprint/v1", hashlib.sha256).hexdigest()[:16]

    def serialize(self) -> str:
        """The key in its file form ``privet-key-v1:<base64url>``. Handle the result as a secret."""
        return _PREFIX + base64.urlsafe_b64encode(self._material).decode("ascii").rstrip("=")

    def __repr__(self) -> str:
        return f"SecretKey(fingerprint={self.fingerprint})"

    __str__ = __repr__

    def __eq__(self, other: object) -> bool:
        return isinstance(other, SecretKey) and hmac.compare_digest(self._material, other._material)

    def __hash__(self) -> int:
        return hash(self.fingerprint)

    def __reduce__(self) -> tuple[object, ...]:
        raise TypeError("SecretKey cannot be pickled; load it from its file or environment variable instead.")


def new_key() -> SecretKey:
    """A fresh random 256-bit key from the operating system's CSPRNG."""
    return SecretKey(os.urandom(KEY_BYTES))


def _parse(text: str, where: str) -> SecretKey:
    text = text.strip()
    if not text:
        raise KeyManagementError(f"{where}: the key is empty. Create one with: privet keys new --out FILE")
    body = text[len(_PREFIX) :] if text.startswith(_PREFIX) else text
    try:
        material = base64.urlsafe_b64decode(body + "=" * (-len(body) % 4))
    except (binascii.Error, ValueError):
        material = b""
    if not material or len(body) < 8:
        raise KeyManagementError(
            f"{where}: the key is not in the form privet-key-v1:<base64url>. "
            "Create one with: privet keys new --out FILE"
        )
    if len(material) < KEY_BYTES:
        raise KeyManagementError(
            f"{where}: the key is too short ({len(material)} bytes; at least {KEY_BYTES} are needed). "
            "Create one with: privet keys new --out FILE"
        )
    return SecretKey(material)


def load_key(path: str | os.PathLike[str] | None = None, *, env: str | None = None) -> SecretKey:
    """Load a key from ``path``, else from the environment variable ``env`` (default ``PRIVET_KEY``).

    Raises KeyManagementError when the file is missing or unreadable, the variable is unset, or the key is
    malformed or shorter than 256 bits. Messages name the file or variable, never the key.
    """
    if path is not None:
        file = Path(path)
        try:
            text = file.read_text(encoding="ascii")
        except FileNotFoundError as exc:
            raise KeyManagementError(
                f"{file}: no such key file. Create one with: privet keys new --out {file}"
            ) from exc
        except (OSError, UnicodeDecodeError) as exc:
            raise KeyManagementError(f"{file}: cannot read the key file ({type(exc).__name__}).") from exc
        return _parse(text, str(file))
    name = env or DEFAULT_KEY_ENV
    value = os.environ.get(name)
    if value is None:
        raise KeyManagementError(
            f"No key given: pass a key file, or set the environment variable {name} "
            "(create a key with: privet keys new --out FILE)."
        )
    return _parse(value, f"environment variable {name}")


def save_key(key: SecretKey, path: str | os.PathLike[str]) -> Path:
    """Write ``key`` to a new file with mode 0600; an existing file is never overwritten."""
    file = Path(path)
    if not file.parent.is_dir() and str(file.parent):
        raise KeyManagementError(f"{file}: the folder {file.parent} does not exist.")
    try:
        fd = os.open(file, os.O_WRONLY | os.O_CREAT | os.O_EXCL, stat.S_IRUSR | stat.S_IWUSR)
    except FileExistsError as exc:
        raise KeyManagementError(
            f"{file}: a file already exists there; a key is never overwritten. Choose another path."
        ) from exc
    except OSError as exc:
        raise KeyManagementError(f"{file}: cannot create the key file ({type(exc).__name__}).") from exc
    try:
        os.fchmod(fd, stat.S_IRUSR | stat.S_IWUSR)  # umask cannot widen it, but be explicit
        os.write(fd, (key.serialize() + "\n").encode("ascii"))
        os.fsync(fd)
    except BaseException:
        os.close(fd)
        file.unlink(missing_ok=True)
        raise
    os.close(fd)
    return file
