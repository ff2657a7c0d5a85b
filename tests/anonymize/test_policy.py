"""Policy: YAML round trip, published schema, PolicyError with file and key path before data is touched."""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl
import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from privet import PolicyError
from privet.anonymize import Policy, anonymize, load_policy, parse_policy, policy_schema, save_policy
from privet.anonymize._policy import SCHEMA_PATH

TABLE = pl.DataFrame({"email": ["a@x.org"], "age": [30], "zip": ["75011"], "pid": [1]})


def _write(tmp_path: Path, data: object) -> Path:
    path = tmp_path / "policy.yaml"
    path.write_text(yaml.safe_dump(data) if not isinstance(data, str) else data)
    return path


def test_published_schema_is_current() -> None:
    assert json.loads(SCHEMA_PATH.read_text(encoding="utf-8")) == policy_schema(), (
        "regenerate: python -c 'import json; from privet.anonymize._policy import policy_schema, SCHEMA_PATH; "
        'SCHEMA_PATH.write_text(json.dumps(policy_schema(), indent=2) + "\\n")\''
    )


@pytest.mark.parametrize(
    ("data", "path", "words"),
    [
        ({"columns": {"email": {"action": "scramble"}}}, "columns.email.action", "unknown action 'scramble'"),
        ({"columns": {"email": {}}}, "columns.email.action", "no 'action'"),
        ({"columns": {"email": {"action": "mask", "keep_frist": 2}}}, "columns.email.keep_frist", "unknown key"),
        ({"columns": {"email": {"action": "mask", "keep_last": -1}}}, "columns.email.keep_last", "greater than"),
        ({"columns": {"age": {"action": "generalize"}}}, "columns.age", "exactly one of"),
        ({"columns": {"age": {"action": "generalize", "bins": [50, 10]}}}, "columns.age", "ascending"),
        ({"columns": {"age": {"action": "noise", "epsilon": 1, "bounds": [9, 1]}}}, "columns.age", "lower < upper"),
        ({"columns": {"age": {"action": "noise", "epsilon": -1, "bounds": [0, 1]}}}, "columns.age.epsilon", "greater"),
        ({"columns": {"age": {"action": "pseudonymize", "length": 4}}}, "columns.age.length", "greater"),
        ({"columns": {"e": {"action": "redact", "entity": "SHOE_SIZE"}}}, "columns.e.entity", "unknown entity"),
        ({"columns": {}, "privacy_model": {"quasi_identifiers": ["age"], "k": 1}}, "privacy_model.k", "greater"),
        ({"columns": {}, "privacy_model": {"quasi_identifiers": ["age"], "l": 2}}, "privacy_model", "sensitive"),
        ({"columns": {}, "colums": {}}, "colums", "unknown key"),
        ({"version": 2, "columns": {}}, "version", "1"),
    ],
)
def test_bad_policy_names_file_and_key_path(tmp_path: Path, data: object, path: str, words: str) -> None:
    file = _write(tmp_path, data)
    with pytest.raises(PolicyError) as info:
        load_policy(file)
    message = str(info.value)
    assert message.startswith(f"{file}: {path}:"), message
    assert words in message


@pytest.mark.parametrize(
    ("text", "words"), [("columns: [a, b", "invalid YAML at line"), ("- just a list", "expected a mapping")]
)
def test_unparseable_policy_file(tmp_path: Path, text: str, words: str) -> None:
    with pytest.raises(PolicyError, match=words):
        load_policy(_write(tmp_path, text))


def test_missing_policy_file(tmp_path: Path) -> None:
    with pytest.raises(PolicyError, match="no such policy file"):
        load_policy(tmp_path / "absent.yaml")


@pytest.mark.parametrize(
    ("data", "path"),
    [
        ({"unlisted": "keep", "columns": {"emial": "drop"}}, "columns.emial"),
        ({"unlisted": "keep", "columns": {"age": {"action": "date_shift", "person": "who"}}}, "columns.age.person"),
        (
            {"unlisted": "keep", "privacy_model": {"quasi_identifiers": ["age", "sex"]}},
            "privacy_model.quasi_identifiers.1",
        ),
        (
            {"unlisted": "keep", "columns": {"age": "drop"}, "privacy_model": {"quasi_identifiers": ["age"]}},
            "privacy_model.quasi_identifiers.0",
        ),
        ({"columns": {"email": "drop"}}, "columns"),
    ],
)
def test_policy_that_does_not_fit_the_table_fails_before_any_work(tmp_path: Path, data: object, path: str) -> None:
    file = _write(tmp_path, data)
    with pytest.raises(PolicyError) as info:
        anonymize(TABLE, file)
    assert str(info.value).startswith(f"{file}: {path}:"), str(info.value)
    if "emial" in str(info.value):
        assert "did you mean 'email'" in str(info.value)


def test_short_form_and_reasons_round_trip(tmp_path: Path) -> None:
    policy = parse_policy(
        {
            "unlisted": "keep",
            "columns": {
                "email": {"action": "pseudonymize", "reason": "direct identifier: joinable pseudonym"},
                "zip": {"action": "generalize", "keep_chars": 3},
                "pid": "drop",
            },
            "privacy_model": {"quasi_identifiers": ["age", "zip"], "k": 3},
        }
    )
    path = save_policy(policy, tmp_path / "p.yaml")
    text = path.read_text()
    assert "# direct identifier: joinable pseudonym" in text
    assert load_policy(path) == policy


_RULES = st.one_of(
    st.just({"action": "keep"}),
    st.just({"action": "drop"}),
    st.builds(lambda n, m: {"action": "mask", "keep_first": n, "keep_last": m}, st.integers(0, 5), st.integers(0, 5)),
    st.builds(
        lambda ns, n: {"action": "pseudonymize", "namespace": ns, "length": n},
        st.text("abcxyz", min_size=1, max_size=5),
        st.integers(16, 64),
    ),
    st.builds(lambda w: {"action": "generalize", "width": w}, st.integers(1, 100)),
    st.builds(lambda e: {"action": "generalize", "bins": sorted(set(e))}, st.lists(st.integers(-99, 99), min_size=1)),
    st.builds(lambda d: {"action": "generalize", "date": d}, st.sampled_from(["year", "quarter", "month"])),
    st.builds(
        lambda lo, span: {"action": "top_bottom_code", "lower": lo, "upper": lo + span},
        st.integers(-50, 50),
        st.integers(1, 50),
    ),
    st.builds(
        lambda e: {"action": "randomized_response", "categories": ["a", "b", "c"], "epsilon": e}, st.floats(0.1, 10)
    ),
    st.builds(lambda e: {"action": "noise", "epsilon": e, "bounds": [0, 100]}, st.floats(0.1, 10)),
    st.builds(lambda r: {"action": "redact", "replacement": r}, st.text(min_size=1, max_size=10)),
)


@settings(max_examples=60, deadline=None)
@given(
    columns=st.dictionaries(st.text(min_size=1, max_size=12), _RULES, max_size=6),
    reason=st.one_of(st.none(), st.text(max_size=40)),
)
def test_policy_round_trips_through_yaml(
    tmp_path_factory: pytest.TempPathFactory, columns: dict, reason: str | None
) -> None:
    if reason is not None:
        columns = {name: {**rule, "reason": reason} for name, rule in columns.items()}
    policy = parse_policy({"columns": columns})
    path = save_policy(policy, tmp_path_factory.mktemp("p") / "policy.yaml")
    again = load_policy(path)
    assert again == policy
    assert isinstance(again, Policy)


def test_hierarchy_file_relative_to_the_policy(tmp_path: Path) -> None:
    (tmp_path / "jobs.yaml").write_text("Any:\n  Health: [nurse, doctor]\n  Transport: [pilot]\n")
    file = _write(tmp_path, {"columns": {"job": {"action": "generalize", "hierarchy_file": "jobs.yaml"}}})
    out = anonymize(pl.DataFrame({"job": ["nurse", "pilot", "chef"]}), load_policy(file))
    assert out["job"].to_list() == ["Health", "Transport", "*"]
    broken = _write(tmp_path, {"columns": {"job": {"action": "generalize", "hierarchy_file": "absent.yaml"}}})
    with pytest.raises(PolicyError, match=r"columns\.job\.hierarchy_file"):
        load_policy(broken)
    twice = {"columns": {"job": {"action": "generalize", "hierarchy": {"A": ["x"], "B": ["x"]}}}}
    with pytest.raises(PolicyError, match="appears twice"):
        load_policy(_write(tmp_path, twice))
