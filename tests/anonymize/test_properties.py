"""Hypothesis properties of the actions: rows kept, no planted identifier survives, keyed determinism,
reversibility of encryption and FPE, format preservation, date-shift intervals."""

from __future__ import annotations

import datetime as dt

import polars as pl
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from privet.anonymize import anonymize, anonymize_with_summary, new_key, reveal
from privet.anonymize._actions.fpe import luhn_valid

KEY = new_key()
OTHER = new_key()
SETTINGS = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Planted identifiers: 10-16 characters from an alphabet that contains no hex digit and no '*', so a
# pseudonym, a mask or base64 text cannot contain one by construction or (for base64) with any real chance.
PLANT = st.text(alphabet="ghijklmnopqrstuvwxyzGHIJKLMNOPQRSTUVWXYZ_.@", min_size=10, max_size=16)
HIDING = [
    {"action": "drop"},
    {"action": "mask", "keep_first": 2, "keep_last": 2},
    {"action": "mask", "email": True, "keep_first": 1},
    {"action": "pseudonymize"},
    {"action": "pseudonymize", "namespace": "crm", "prefix": "p_", "normalize": True},
    {"action": "encrypt"},
    {"action": "redact"},
    {"action": "redact", "entity": "EMAIL"},
]


def _cells(frame: pl.DataFrame) -> list[str]:
    return [str(v) for col in frame.columns for v in frame.get_column(col).to_list() if v is not None]


@SETTINGS
@given(
    planted=st.lists(PLANT, min_size=1, max_size=30, unique=True),
    rule=st.sampled_from(HIDING),
    filler=st.integers(0, 10**6),
)
def test_no_planted_identifier_survives_anywhere(planted: list[str], rule: dict, filler: int) -> None:
    if rule.get("email"):
        planted = [p.replace("@", "") + "@example.org" for p in planted]
        planted = [p for p in planted if len(p.split("@")[0]) >= 4]
        assume(planted)
    frame = pl.DataFrame(
        {"ident": planted, "n": [filler + i for i in range(len(planted))], "note": ["x"] * len(planted)}
    )
    out = anonymize(frame, {"unlisted": "keep", "columns": {"ident": rule}}, key=KEY)
    assert out.height == frame.height
    cells = _cells(out)
    for value in planted:
        secret = value.split("@")[0] if rule.get("email") else value
        assert not any(secret in cell for cell in cells), rule


@SETTINGS
@given(values=st.lists(st.one_of(st.text(max_size=20), st.none()), min_size=1, max_size=40))
def test_pseudonyms_are_stable_per_key_and_differ_across_keys(values: list[str | None]) -> None:
    frame = pl.DataFrame({"v": values}, schema={"v": pl.String})
    policy = {"columns": {"v": {"action": "pseudonymize"}}}
    first = anonymize(frame, policy, key=KEY).get_column("v").to_list()
    again = anonymize(frame, policy, key=KEY).get_column("v").to_list()
    other = anonymize(frame, policy, key=OTHER).get_column("v").to_list()
    assert first == again
    for v, a, b in zip(values, first, other, strict=True):
        assert (a is None) == (v is None) == (b is None)
        if v is not None:
            assert a != b and len(a) == 20
    # equal inputs <-> equal pseudonyms (joinable, and no collisions on these inputs)
    pairs = {(v, p) for v, p in zip(values, first, strict=True) if v is not None}
    assert len({v for v, _ in pairs}) == len({p for _, p in pairs}) == len(pairs)


def test_pseudonyms_join_across_tables_and_types() -> None:
    policy = {"columns": {"id": {"action": "pseudonymize", "namespace": "customer"}}}
    a = anonymize(pl.DataFrame({"id": [101, 202, 303]}), policy, key=KEY)
    b = anonymize(pl.DataFrame({"id": ["303", "101"]}), policy, key=KEY)
    assert b.get_column("id").to_list() == [a["id"][2], a["id"][0]]
    c = anonymize(pl.DataFrame({"id": ["303"]}), {"columns": {"id": {"action": "pseudonymize"}}}, key=KEY)
    assert c["id"][0] != a["id"][2]  # another namespace is another pseudonym space


@SETTINGS
@given(
    data=st.one_of(
        st.lists(st.one_of(st.text(max_size=30), st.none()), min_size=1, max_size=20).map(
            lambda v: pl.Series("c", v, dtype=pl.String)
        ),
        st.lists(st.one_of(st.integers(-(2**62), 2**62), st.none()), min_size=1, max_size=20).map(
            lambda v: pl.Series("c", v, dtype=pl.Int64)
        ),
        st.lists(st.floats(allow_nan=False, allow_infinity=False), min_size=1, max_size=20).map(
            lambda v: pl.Series("c", v, dtype=pl.Float64)
        ),
        st.lists(st.dates(), min_size=1, max_size=20).map(lambda v: pl.Series("c", v, dtype=pl.Date)),
        st.lists(st.booleans(), min_size=1, max_size=20).map(lambda v: pl.Series("c", v, dtype=pl.Boolean)),
    )
)
def test_decrypt_of_encrypt_is_identity(data: pl.Series) -> None:
    frame = data.to_frame()
    policy = {"columns": {"c": {"action": "encrypt"}}}
    encrypted = anonymize(frame, policy, key=KEY)
    assert encrypted.get_column("c").dtype == pl.String
    revealed = reveal(encrypted, policy, key=KEY)
    if data.null_count() == len(data):
        assert revealed.get_column("c").null_count() == len(data)
    else:
        assert revealed.get_column("c").to_list() == data.to_list()


def test_reveal_with_the_wrong_key_fails_without_output() -> None:
    from privet import KeyManagementError

    policy = {"columns": {"c": {"action": "encrypt"}}}
    encrypted = anonymize(pl.DataFrame({"c": ["secret-value"]}), policy, key=KEY)
    with pytest.raises(KeyManagementError, match="do not decrypt") as info:
        reveal(encrypted, policy, key=OTHER)
    assert "secret-value" not in str(info.value)


CARD_DIGITS = st.text(alphabet="0123456789", min_size=12, max_size=19)


@SETTINGS
@given(
    bodies=st.lists(CARD_DIGITS, min_size=1, max_size=20, unique=True),
    sep=st.sampled_from(["", " ", "-"]),
    luhn=st.booleans(),
)
def test_fpe_keeps_the_format_and_reverses(bodies: list[str], sep: str, luhn: bool) -> None:
    from privet.anonymize._actions.fpe import _luhn_digit

    if luhn:
        bodies = [b[:-1] + _luhn_digit(b[:-1]) for b in bodies]
        assume(len(set(bodies)) == len(bodies))
    values = [sep.join(b[i : i + 4] for i in range(0, len(b), 4)) for b in bodies]
    policy = {"columns": {"card": {"action": "fpe", "luhn": luhn}}}
    out = anonymize(pl.DataFrame({"card": values}), policy, key=KEY).get_column("card").to_list()
    for before, after in zip(values, out, strict=True):
        assert len(after) == len(before)
        assert [c.isdigit() for c in after] == [c.isdigit() for c in before]
        assert [c for c in after if not c.isdigit()] == [c for c in before if not c.isdigit()]
        if luhn:
            assert luhn_valid("".join(c for c in after if c.isdigit()))
    assert len(set(out)) == len(out)  # a permutation: distinct stay distinct
    back = reveal(pl.DataFrame({"card": out}), policy, key=KEY).get_column("card").to_list()
    assert back == values


def test_fpe_refuses_too_short_values_without_showing_them() -> None:
    from privet import DataError

    with pytest.raises(DataError, match="fewer than 6") as info:
        anonymize(pl.DataFrame({"id": ["12345"]}), {"columns": {"id": {"action": "fpe"}}}, key=KEY)
    assert "12345" not in str(info.value)


@SETTINGS
@given(
    visits=st.lists(
        st.tuples(st.integers(1, 8), st.dates(dt.date(1950, 1, 1), dt.date(2090, 1, 1))), min_size=1, max_size=60
    ),
    max_days=st.integers(1, 400),
)
def test_date_shift_keeps_intervals_within_a_person(visits: list[tuple[int, dt.date]], max_days: int) -> None:
    frame = pl.DataFrame({"pid": [p for p, _ in visits], "day": [d for _, d in visits]})
    policy = {"columns": {"pid": "keep", "day": {"action": "date_shift", "person": "pid", "max_days": max_days}}}
    out = anonymize(frame, policy, key=KEY)
    shift = {}
    for (pid, before), after in zip(visits, out.get_column("day").to_list(), strict=True):
        delta = (after - before).days
        assert 1 <= abs(delta) <= max_days
        assert shift.setdefault(pid, delta) == delta  # one offset per person -> intervals kept exactly
    again = anonymize(frame, policy, key=KEY)
    assert again.equals(out)


def test_date_shift_is_consistent_across_columns_and_text_dates() -> None:
    frame = pl.DataFrame(
        {
            "pid": ["a", "a", "b"],
            "admit": ["2020-01-01", "2020-02-01", "2021-05-05"],
            "leave": ["2020-01-09", None, None],
        }
    )
    rule = {"action": "date_shift", "person": "pid"}
    out = anonymize(frame, {"columns": {"pid": "drop", "admit": rule, "leave": rule}}, key=KEY)
    admit = dt.date.fromisoformat(out["admit"][0])
    leave = dt.date.fromisoformat(out["leave"][0])
    assert (leave - admit).days == 8
    assert out["leave"][1] is None


@SETTINGS
@given(
    frame=st.integers(1, 50).flatmap(
        lambda n: st.fixed_dictionaries(
            {
                "age": st.lists(st.integers(0, 110), min_size=n, max_size=n),
                "zip": st.lists(st.text("0123456789", min_size=5, max_size=5), min_size=n, max_size=n),
                "city": st.lists(st.sampled_from(["Lyon", "Paris", "Nice", "Metz"]), min_size=n, max_size=n),
                "income": st.lists(st.integers(0, 10**6), min_size=n, max_size=n),
            }
        )
    ),
    rules=st.fixed_dictionaries(
        {
            "age": st.sampled_from([{"action": "generalize", "width": 10}, {"action": "generalize", "bins": [18, 65]}]),
            "zip": st.sampled_from([{"action": "generalize", "keep_chars": 2}, {"action": "suppress_rare"}]),
            "city": st.sampled_from([{"action": "keep"}, {"action": "mask", "keep_first": 1}]),
            "income": st.sampled_from([{"action": "top_bottom_code", "upper": 200000}, {"action": "drop"}]),
        }
    ),
)
def test_row_count_is_kept_without_suppression(frame: dict, rules: dict) -> None:
    table = pl.DataFrame(frame)
    result = anonymize_with_summary(table, {"columns": rules}, key=KEY)
    assert result.rows_out == result.rows_in == table.height == result.table.height
    assert [c.column for c in result.columns] == table.columns
    for summary in result.columns:
        assert 0 <= summary.cells_changed <= table.height


def test_mask_and_generalize_examples() -> None:
    frame = pl.DataFrame(
        {
            "email": ["jane.doe@example.org", "ab@x.io"],
            "phone": ["+33612345678", "123"],
            "age": [37, 90],
            "dob": [dt.date(1990, 6, 15), dt.date(2000, 1, 1)],
            "zip": ["75011", "1300"],
            "seen": [dt.date(2021, 5, 17), dt.date(2020, 12, 31)],
            "job": ["nurse", "pilot"],
        }
    )
    hierarchy = {"Any": {"Health": ["nurse", "doctor"], "Transport": ["pilot", "driver"]}}
    policy = {
        "columns": {
            "email": {"action": "mask", "email": True, "keep_first": 1},
            "phone": {"action": "mask", "keep_last": 2},
            "age": {"action": "generalize", "bins": [18, 30, 50, 70]},
            "dob": {"action": "generalize", "age_band": 10, "reference_date": "2025-06-15"},
            "zip": {"action": "generalize", "keep_chars": 2},
            "seen": {"action": "generalize", "date": "quarter"},
            "job": {"action": "generalize", "hierarchy": hierarchy},
        }
    }
    out = anonymize(frame, policy, key=None).to_dicts()
    assert out[0] == {
        "email": "j*******@example.org",
        "phone": "**********78",
        "age": "30-49",
        "dob": "30-39",
        "zip": "75***",
        "seen": "2021-Q2",
        "job": "Health",
    }
    assert out[1] == {
        "email": "a*@x.io",
        "phone": "*23",
        "age": ">=70",
        "dob": "20-29",
        "zip": "13**",
        "seen": "2020-Q4",
        "job": "Transport",
    }


def test_suppress_rare_and_top_coding() -> None:
    frame = pl.DataFrame({"city": ["A"] * 5 + ["B"] * 2 + [None], "pay": [1, 5, 10, 50, 100, 7, 8, 9]})
    policy = {
        "columns": {
            "city": {"action": "suppress_rare", "min_count": 3, "replacement": "other"},
            "pay": {"action": "top_bottom_code", "lower": 5, "upper": 50},
        }
    }
    result = anonymize_with_summary(frame, policy)
    assert result.table["city"].to_list() == ["A"] * 5 + ["other", "other", None]
    assert result.table["pay"].to_list() == [5, 5, 10, 50, 50, 7, 8, 9]
    assert {c.column: c.cells_changed for c in result.columns} == {"city": 2, "pay": 2}


def test_keyed_policy_without_key_fails_before_work() -> None:
    from privet import KeyManagementError

    with pytest.raises(KeyManagementError, match="needs a secret key"):
        anonymize(pl.DataFrame({"a": ["x"]}), {"columns": {"a": "pseudonymize"}})


@pytest.mark.parametrize("kind", ["pandas", "pyarrow", "polars"])
def test_caller_type_comes_back(kind: str) -> None:
    frame = pl.DataFrame({"a": ["x", "y"], "b": [1, 2]})
    table = frame.to_pandas() if kind == "pandas" else frame.to_arrow() if kind == "pyarrow" else frame
    out = anonymize(table, {"columns": {"a": "pseudonymize", "b": "keep"}}, key=KEY)
    assert type(out).__module__.split(".")[0] == type(table).__module__.split(".")[0]
