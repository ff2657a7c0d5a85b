"""The bundled sample: shape, types, valid identifiers, learnable target, byte-for-byte regeneration."""

from __future__ import annotations

import re
import subprocess
import sys
from datetime import date
from pathlib import Path

import numpy as np
import pandas as pd
import phonenumbers
import polars as pl
import pyarrow as pa
import pytest

import privet
from privet.datasets import customers, customers_path

REPO = Path(__file__).resolve().parents[1]
SCRIPT = REPO / "scripts" / "make_sample_data.py"

COLUMNS = [
    "customer_id",
    "first_name",
    "last_name",
    "email",
    "phone",
    "street_address",
    "postal_code",
    "city",
    "country",
    "date_of_birth",
    "age",
    "gender",
    "national_id",
    "card_number",
    "iban",
    "ip_address",
    "occupation",
    "marital_status",
    "education",
    "religion",
    "diagnosis",
    "income",
    "plan",
    "tenure_months",
    "support_calls",
    "notes",
    "churned",
]
INTEGER_COLUMNS = {"customer_id", "age", "income", "tenure_months", "support_calls", "churned"}
COUNTRIES = {"US", "GB", "DE", "FR", "ES", "IT", "NL", "BR"}
LANGUAGE_OF = {"US": "en", "GB": "en", "DE": "de", "FR": "fr", "ES": "es", "IT": "it", "NL": "nl", "BR": "pt"}
POSTAL_CODE = {
    "US": r"\d{5}",
    "GB": r"[A-Z]{1,2}\d{1,2} \d[A-Z]{2}",
    "DE": r"\d{5}",
    "FR": r"\d{5}",
    "ES": r"\d{5}",
    "IT": r"\d{5}",
    "NL": r"[1-9]\d{3} [A-Z]{2}",
    "BR": r"\d{5}-\d{3}",
}
REFERENCE_DATE = date(2026, 1, 1)


@pytest.fixture(scope="module")
def df() -> pl.DataFrame:
    frame = customers()
    assert isinstance(frame, pl.DataFrame)
    return frame


def test_shape_and_columns(df: pl.DataFrame) -> None:
    assert df.shape == (5000, len(COLUMNS))
    assert df.columns == COLUMNS
    assert customers_path().is_file()
    assert customers_path().stat().st_size < 2_000_000


def test_dtypes_after_read_table(df: pl.DataFrame) -> None:
    for name, dtype in df.schema.items():
        if name in INTEGER_COLUMNS:
            assert dtype == pl.Int64, name
        elif name == "date_of_birth":
            assert dtype in (pl.String, pl.Date), name
        else:
            assert dtype == pl.String, name
    # only US residents lack an IBAN; nothing else is missing
    nulls = {name: count for name, count in df.null_count().row(0, named=True).items() if count}
    assert nulls == {"iban": df.filter(pl.col("country") == "US").height}


def test_other_backends() -> None:
    assert isinstance(customers(backend="pandas"), pd.DataFrame)
    table = customers(backend="pyarrow")
    assert isinstance(table, pa.Table)
    assert table.num_rows == 5000


def test_keys_and_categories(df: pl.DataFrame) -> None:
    assert df["customer_id"].n_unique() == df.height
    assert df["email"].n_unique() == df.height
    assert set(df["country"].unique()) == COUNTRIES
    assert set(df["gender"].unique()) == {"female", "male", "other"}
    assert set(df["churned"].unique()) == {0, 1}
    assert set(df["education"].unique()) == {"secondary", "vocational", "bachelor", "master", "doctorate"}
    assert set(df["marital_status"].unique()) == {"single", "married", "divorced", "widowed"}
    assert 10 <= df["occupation"].n_unique() <= 25
    assert df["diagnosis"].n_unique() >= 8
    assert df["religion"].n_unique() >= 5
    assert df["income"].min() > 0
    # every country is a sizeable group, so per-locale checks below mean something
    assert df["country"].value_counts()["count"].min() >= 200


def test_age_matches_date_of_birth(df: pl.DataFrame) -> None:
    births = df["date_of_birth"].cast(pl.String).str.to_date("%Y-%m-%d")
    for birth, age in zip(births.to_list(), df["age"].to_list(), strict=True):
        expected = REFERENCE_DATE.year - birth.year - ((birth.month, birth.day) > (1, 1))
        assert age == expected
    assert df["age"].min() >= 18 and df["age"].max() <= 90


def test_card_numbers_pass_luhn(df: pl.DataFrame) -> None:
    from stdnum import luhn

    for card in df["card_number"]:
        digits = card.replace(" ", "")
        assert digits.isdigit() and 15 <= len(digits) <= 16
        assert luhn.is_valid(digits)
    assert df["card_number"].str.contains(" ").any()  # formatted and compact numbers both occur


def test_ibans_pass_mod97(df: pl.DataFrame) -> None:
    from stdnum import iban

    for country, value in df.filter(pl.col("iban").is_not_null()).select("country", "iban").iter_rows():
        assert iban.is_valid(value)
        assert value.startswith(country)


def test_national_ids_have_valid_check_digits(df: pl.DataFrame) -> None:
    from stdnum.br import cpf
    from stdnum.de import idnr
    from stdnum.es import dni
    from stdnum.fr import nir
    from stdnum.gb import nhs
    from stdnum.it import codicefiscale
    from stdnum.nl import bsn
    from stdnum.us import ssn

    validators = {
        "US": ssn,
        "GB": nhs,
        "DE": idnr,
        "FR": nir,
        "ES": dni,
        "IT": codicefiscale,
        "NL": bsn,
        "BR": cpf,
    }
    for country, value in df.select("country", "national_id").iter_rows():
        assert validators[country].is_valid(value), country
    # a checker that accepted anything would pass the loop above: a corrupted id must fail
    assert not idnr.is_valid(_bump_last_digit(df.filter(pl.col("country") == "DE")["national_id"][0]))


def test_french_nir_encodes_sex_birth_and_department(df: pl.DataFrame) -> None:
    french = df.filter((pl.col("country") == "FR") & (pl.col("gender") != "other"))
    for gender, birth, postal, value in french.select(
        "gender", "date_of_birth", "postal_code", "national_id"
    ).iter_rows():
        assert value[0] == ("2" if gender == "female" else "1")
        assert value[1:5] == f"{birth[2:4]}{birth[5:7]}"
        assert value[5:7] == postal[:2]


def _bump_last_digit(value: str) -> str:
    return value[:-1] + str((int(value[-1]) + 1) % 10)


def test_phones_are_valid_for_their_country(df: pl.DataFrame) -> None:
    formats = {"international": 0, "national": 0}
    for country, phone in df.select("country", "phone").iter_rows():
        parsed = phonenumbers.parse(phone, country)
        assert phonenumbers.is_valid_number(parsed), country
        assert phonenumbers.region_code_for_number(parsed) == country
        formats["international" if phone.startswith("+") else "national"] += 1
    assert min(formats.values()) > 1000


def test_postal_codes_and_cities(df: pl.DataFrame) -> None:
    for country, postal in df.select("country", "postal_code").iter_rows():
        assert re.fullmatch(POSTAL_CODE[country], postal), country
    # a city belongs to one country: the sample is locale-consistent
    assert df.group_by("city").agg(pl.col("country").n_unique().alias("n"))["n"].max() == 1


def test_ip_addresses_parse(df: pl.DataFrame) -> None:
    import ipaddress

    versions = [ipaddress.ip_address(value).version for value in df["ip_address"]]
    assert 0.03 < versions.count(6) / len(versions) < 0.2


_PII_IN_TEXT = re.compile(r"@|\+?\d[\d ./()-]{6,}\d|[A-Z]{2}\d{2}[ A-Z0-9]{10,}")


def _note_has_pii(row: dict[str, object]) -> bool:
    note = str(row["notes"])
    full_name = f"{row['first_name']} {row['last_name']}"
    return bool(_PII_IN_TEXT.search(note)) or full_name in note or str(row["city"]) in note


def test_notes_embed_pii_in_about_half_the_rows(df: pl.DataFrame) -> None:
    rows = df.select("first_name", "last_name", "city", "country", "notes").to_dicts()
    flags = [_note_has_pii(row) for row in rows]
    assert 0.4 < sum(flags) / len(flags) < 0.6
    # harmless notes are written in the person's language: no sentence is shared between languages
    by_language: dict[str, set[str]] = {}
    for row, flagged in zip(rows, flags, strict=True):
        if not flagged:
            by_language.setdefault(LANGUAGE_OF[str(row["country"])], set()).add(str(row["notes"]))
    assert set(by_language) == set(LANGUAGE_OF.values())
    languages = sorted(by_language)
    for i, a in enumerate(languages):
        assert len(by_language[a]) >= 5
        for b in languages[i + 1 :]:
            assert not by_language[a] & by_language[b], (a, b)


@pytest.mark.slow
def test_target_is_learnable_from_non_identifying_features(df: pl.DataFrame) -> None:
    from sklearn.compose import ColumnTransformer
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import StratifiedKFold, cross_val_score
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import OneHotEncoder, StandardScaler

    frame = df.to_pandas()
    frame["log_income"] = np.log(frame["income"])
    numeric = ["age", "log_income", "tenure_months", "support_calls"]
    categorical = ["education", "occupation", "plan"]
    model = make_pipeline(
        ColumnTransformer(
            [("num", StandardScaler(), numeric), ("cat", OneHotEncoder(handle_unknown="ignore"), categorical)]
        ),
        LogisticRegression(max_iter=1000),
    )
    folds = StratifiedKFold(n_splits=5, shuffle=True, random_state=0)
    accuracy = cross_val_score(model, frame[numeric + categorical], frame["churned"], cv=folds).mean()
    majority = max(frame["churned"].mean(), 1 - frame["churned"].mean())
    assert majority <= 0.65
    assert accuracy > majority + 0.05
    assert accuracy < 0.9  # noisy on purpose: a near-perfect score would mean a leak


@pytest.mark.slow
def test_script_reproduces_the_committed_csv(tmp_path: Path) -> None:
    import faker

    source = SCRIPT.read_text(encoding="utf-8")
    pinned = re.search(r'^FAKER_VERSION = "([^"]+)"', source, re.MULTILINE)
    assert pinned is not None
    if pinned.group(1) != faker.VERSION:
        pytest.skip(f"Faker {faker.VERSION} installed; the sample was generated with {pinned.group(1)}")
    out = tmp_path / "customers.csv"
    done = subprocess.run(
        [sys.executable, str(SCRIPT), "--out", str(out)], capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr
    assert out.read_bytes() == customers_path().read_bytes()


def test_read_table_is_what_customers_returns(df: pl.DataFrame) -> None:
    assert privet.read_table(customers_path()).equals(df)


def test_csv_ships_inside_the_wheel() -> None:
    import tomllib

    # hatch packs every file under the listed package folders that git does not ignore
    config = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    packages = config["tool"]["hatch"]["build"]["targets"]["wheel"]["packages"]
    relative = customers_path().resolve().relative_to(REPO)
    assert any(relative.is_relative_to(package) for package in packages)
    ignored = subprocess.run(
        ["git", "check-ignore", "-q", str(relative)], cwd=REPO, capture_output=True, check=False
    ).returncode
    if ignored == 128:
        pytest.skip("not a git checkout")
    assert ignored == 1, "customers.csv is git-ignored, so hatch would leave it out of the wheel"
