"""Keys: 0600 files, env vars, KeyManagementError on missing/short/malformed keys, never shown."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from privet import KeyManagementError
from privet.anonymize import SecretKey, load_key, new_key, save_key


def test_new_key_round_trips_through_a_0600_file(tmp_path: Path) -> None:
    key = new_key()
    path = save_key(key, tmp_path / "k.key")
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    assert load_key(path) == key
    assert load_key(path) != new_key()


def test_save_key_never_overwrites(tmp_path: Path) -> None:
    path = tmp_path / "k.key"
    path.write_text("precious")
    with pytest.raises(KeyManagementError, match="never overwritten"):
        save_key(new_key(), path)
    assert path.read_text() == "precious"


def test_key_from_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    key = new_key()
    monkeypatch.setenv("MY_KEY", key.serialize())
    assert load_key(env="MY_KEY") == key
    monkeypatch.setenv("PRIVET_KEY", key.serialize())
    assert load_key() == key


def test_missing_key_file_and_unset_variable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(KeyManagementError, match="no such key file"):
        load_key(tmp_path / "absent.key")
    monkeypatch.delenv("PRIVET_KEY", raising=False)
    with pytest.raises(KeyManagementError, match="PRIVET_KEY"):
        load_key()


@pytest.mark.parametrize(
    "text",
    ["", "privet-key-v1:", "privet-key-v1:c2hvcnQ", "not a key at all!!", "privet-key-v1:" + "QUFB" * 5],
)
def test_short_or_malformed_keys_are_refused(tmp_path: Path, text: str) -> None:
    path = tmp_path / "bad.key"
    path.write_text(text)
    with pytest.raises(KeyManagementError) as info:
        load_key(path)
    body = text.split(":")[-1]
    assert not body or body not in str(info.value)


def test_unreadable_key_file(tmp_path: Path) -> None:
    if os.geteuid() == 0:
        path = tmp_path / "dir.key"
        path.mkdir()  # root can read any file; a directory cannot be read as text
    else:
        path = tmp_path / "locked.key"
        save_key(new_key(), path)
        path.chmod(0)
    with pytest.raises(KeyManagementError, match="cannot read"):
        load_key(path)


def test_key_is_never_shown() -> None:
    key = new_key()
    secret = key.serialize().split(":", 1)[1]
    for shown in (repr(key), str(key), f"{key}", key.fingerprint):
        assert secret not in shown
        assert secret[:12] not in shown
    with pytest.raises(TypeError):
        import pickle

        pickle.dumps(key)


def test_subkeys_are_independent_per_purpose() -> None:
    key = new_key()
    a, b = key.derive("privet/pseudonymize/default"), key.derive("privet/encrypt/default")
    assert a != b and len(a) == len(b) == 32
    assert key.derive("privet/pseudonymize/default") == a
    assert new_key().derive("privet/pseudonymize/default") != a


def test_too_short_material_is_refused() -> None:
    with pytest.raises(KeyManagementError, match="too short"):
        SecretKey(b"x" * 16)
