"""The anonymization policy: what happens to each column, and an optional privacy model for the
quasi-identifiers. YAML on disk, validated by pydantic; the JSON schema is published beside this module
(``privet/anonymize/policy.schema.json``, also ``privet policy schema``).

```yaml
version: 1
unlisted: error          # a column the policy does not name: error (default), keep or drop
columns:
  email: {action: pseudonymize, reason: direct identifier (EMAIL), joinable pseudonym}
  name: drop             # short form: just the action
  age: {action: generalize, width: 10}
privacy_model: {quasi_identifiers: [age, zip, sex], k: 5, l: 2, sensitive: diagnosis, max_suppression: 0.02}
```
Every problem is a PolicyError naming the file and the key path (``columns.email.action``), raised before
any data is read or written.
"""

from __future__ import annotations

import difflib
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, ValidationError, field_validator, model_validator

from privet.anonymize._actions import ACTIONS, ColumnRule
from privet.anonymize._hierarchy import parse_hierarchy
from privet.errors import PolicyError

__all__ = [
    "Policy",
    "PrivacyModel",
    "load_policy",
    "parse_policy",
    "policy_schema",
    "save_policy",
    "validate_for_columns",
]

SCHEMA_PATH = Path(__file__).with_name("policy.schema.json")


class PrivacyModel(BaseModel):
    """k-anonymity (Mondrian) over the quasi-identifiers, optionally with l-diversity / t-closeness."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    quasi_identifiers: list[str] = Field(min_length=1)
    k: int = Field(default=5, ge=2)
    l: int | None = Field(default=None, ge=2, description="Distinct l-diversity of 'sensitive' in every class.")  # noqa: E741
    t: float | None = Field(default=None, gt=0, le=1, description="t-closeness (EMD) of 'sensitive'.")
    sensitive: str | None = None
    max_suppression: float = Field(default=0.0, ge=0, lt=1, description="Share of rows that may be removed.")
    hierarchies: dict[str, dict[str, Any]] = Field(
        default_factory=dict, description="Categorical hierarchies for quasi-identifiers (YAML trees)."
    )

    @model_validator(mode="after")
    def _check(self) -> PrivacyModel:
        if len(set(self.quasi_identifiers)) != len(self.quasi_identifiers):
            raise ValueError("quasi_identifiers lists a column twice")
        if (self.l is not None or self.t is not None) and self.sensitive is None:
            raise ValueError("'l' and 't' need the 'sensitive' column")
        if self.sensitive is not None and self.sensitive in self.quasi_identifiers:
            raise ValueError("the sensitive column cannot also be a quasi-identifier")
        for name, tree in self.hierarchies.items():
            if name not in self.quasi_identifiers:
                raise ValueError(f"hierarchy for {name!r}, which is not a quasi-identifier")
            parse_hierarchy(tree, where=f"hierarchies.{name}")
        return self


class Policy(BaseModel):
    """Per-column actions and an optional privacy model."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    version: Literal[1] = 1
    unlisted: Literal["error", "keep", "drop"] = Field(
        default="error", description="What happens to a table column the policy does not name."
    )
    columns: dict[str, ColumnRule] = Field(default_factory=dict)
    privacy_model: PrivacyModel | None = None
    _base: Path | None = PrivateAttr(default=None)  # folder of the policy file, for relative hierarchy files

    @field_validator("columns", mode="before")
    @classmethod
    def _short_form(cls, value: Any) -> Any:
        if isinstance(value, dict):
            return {k: ({"action": v} if isinstance(v, str) else v) for k, v in value.items()}
        return value

    def __eq__(self, other: object) -> bool:  # the policy file's folder is not part of the policy
        return isinstance(other, Policy) and self.model_dump() == other.model_dump()

    __hash__ = None  # type: ignore[assignment]

    @property
    def needs_key(self) -> bool:
        return any(rule.needs_key for rule in self.columns.values())


def _key_path(location: Sequence[int | str], data: Any) -> str:
    parts = [str(p) for p in location]
    # a discriminated union puts the tag in the location: columns.<name>.<action>.<param> -> drop the tag
    if len(parts) >= 3 and parts[0] == "columns" and parts[2] in ACTIONS:
        parts = parts[:2] + parts[3:]
    if len(parts) >= 3 and parts[0] == "columns" and parts[2].startswith("function-"):
        parts = parts[:2] + parts[3:]
    return ".".join(parts) or "(top level)"


def _message(error: dict[str, Any]) -> str:
    kind = error.get("type", "")
    if kind == "union_tag_invalid":
        tag = error.get("ctx", {}).get("tag")
        return f"unknown action {tag!r}; expected one of: {', '.join(ACTIONS)}"
    if kind == "union_tag_not_found":
        return f"no 'action' given; expected one of: {', '.join(ACTIONS)}"
    if kind == "extra_forbidden":
        return "unknown key (check the spelling; see `privet policy schema`)"
    msg = str(error.get("msg", "invalid value"))
    return msg.removeprefix("Value error, ")


def parse_policy(data: Any, *, source: str = "policy") -> Policy:
    """Validate a policy given as a mapping; PolicyError names ``source`` and the key path."""
    if not isinstance(data, dict):
        raise PolicyError(f"{source}: expected a mapping with 'columns' (and optionally 'privacy_model').")
    try:
        return Policy.model_validate(data)
    except ValidationError as exc:
        errors = exc.errors()
        first = errors[0]
        loc = first["loc"]
        if first.get("type") in ("union_tag_invalid", "union_tag_not_found"):
            loc = (*loc, "action")
        more = f" (and {len(errors) - 1} more problem(s))" if len(errors) > 1 else ""
        raise PolicyError(f"{source}: {_key_path(loc, data)}: {_message(dict(first))}{more}.") from None


def load_policy(path: str | Path) -> Policy:
    """Read and validate a policy YAML file; PolicyError names the file and the key path."""
    file = Path(path)
    try:
        text = file.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise PolicyError(f"{file}: no such policy file.") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise PolicyError(f"{file}: cannot read the policy file ({type(exc).__name__}).") from None
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}, column {mark.column + 1}" if mark else ""
        raise PolicyError(f"{file}: invalid YAML{where}.") from None
    if isinstance(data, dict):
        _reasons_from_comments(text, data)
    policy = parse_policy(data, source=str(file))
    policy._base = file.resolve().parent
    _resolve_hierarchy_files(policy, file)
    return policy


def _reasons_from_comments(text: str, data: dict[str, Any]) -> None:
    """A comment right above a column's key is that column's reason (unless it has a 'reason' key)."""
    columns = data.get("columns")
    if not isinstance(columns, dict):
        return
    try:
        root = yaml.compose(text)
    except yaml.YAMLError:
        return
    if not isinstance(root, yaml.MappingNode):
        return
    lines = text.splitlines()
    for key_node, value_node in root.value:
        if key_node.value != "columns" or not isinstance(value_node, yaml.MappingNode):
            continue
        for col_key, _ in value_node.value:
            rule = columns.get(col_key.value)
            comment: list[str] = []
            line = col_key.start_mark.line - 1
            while line >= 0 and lines[line].strip().startswith("#"):
                comment.insert(0, lines[line].strip()[1:].strip())
                line -= 1
            if not comment:
                continue
            if isinstance(rule, str):
                columns[col_key.value] = {"action": rule, "reason": "\n".join(comment)}
            elif isinstance(rule, dict) and "reason" not in rule:
                rule["reason"] = "\n".join(comment)


def _resolve_hierarchy_files(policy: Policy, file: Path) -> None:
    for name, rule in policy.columns.items():
        if getattr(rule, "hierarchy_file", None) is not None:
            try:
                rule.load_hierarchy(file.resolve().parent)  # type: ignore[union-attr]
            except ValueError as exc:
                raise PolicyError(f"{file}: columns.{name}.hierarchy_file: {exc}.") from None


def _dump(policy: Policy) -> dict[str, Any]:
    data = policy.model_dump(mode="json", exclude_defaults=True)
    columns = {}
    for name, rule in policy.columns.items():
        entry = rule.model_dump(mode="json", exclude_defaults=True, exclude={"reason"})
        entry = {"action": rule.action, **entry}
        columns[name] = entry
    data["columns"] = columns
    data["version"] = 1
    return data


def _yaml(data: dict[str, Any]) -> str:
    """YAML text of ``data``, readable where possible, escaped where a character would not survive."""
    text = yaml.safe_dump(data, default_flow_style=None, sort_keys=False, allow_unicode=True, width=1000)
    if yaml.safe_load(text) != data:
        text = yaml.safe_dump(data, default_flow_style=None, sort_keys=False, allow_unicode=False, width=1000)
    return text


def save_policy(policy: Policy, path: str | Path) -> Path:
    """Write ``policy`` as YAML, each column's reason as a comment above it; atomic, never half-written."""
    from privet.io import atomic_output

    data = _dump(policy)
    lines = [
        "# privet anonymization policy (schema: `privet policy schema`); the comment above a column is its reason",
        "version: 1",
        f"unlisted: {policy.unlisted}",
        "columns:" if data["columns"] else "columns: {}",
    ]
    for name, entry in data["columns"].items():
        reason = policy.columns[name].reason
        if reason is not None:
            parts = reason.split("\n")
            if all(p and p == p.strip() and p.isprintable() for p in parts):
                lines.extend(f"  # {part}" for part in parts)
            else:  # a comment cannot carry it exactly: keep it as a key
                entry = {**entry, "reason": reason}
        body = _yaml({name: entry})
        lines.extend("  " + line for line in body.rstrip("\n").splitlines())
    if policy.privacy_model is not None:
        model = policy.privacy_model.model_dump(mode="json", exclude_none=True)
        if not model.get("hierarchies"):
            model.pop("hierarchies", None)
        body = _yaml({"privacy_model": model})
        lines.extend(body.rstrip("\n").splitlines())
    text = "\n".join(lines) + "\n"
    target = Path(path)
    with atomic_output(target) as tmp:
        tmp.write_text(text, encoding="utf-8")
    return target


def policy_schema() -> dict[str, Any]:
    """The JSON schema of the policy file."""
    schema = Policy.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "privet anonymization policy"
    return schema


def validate_for_columns(policy: Policy, columns: Sequence[str], *, source: str = "policy") -> None:
    """PolicyError when the policy names a column the table lacks (or misses one, with ``unlisted: error``)."""
    present = list(columns)
    have = set(present)

    def missing(path: str, name: str) -> PolicyError:
        close = difflib.get_close_matches(name, present, n=1)
        hint = f" (did you mean {close[0]!r}?)" if close else ""
        return PolicyError(
            f"{source}: {path}: the table has no column {name!r}{hint}; it has {len(present)} column(s)."
        )

    for name, rule in policy.columns.items():
        if name not in have:
            raise missing(f"columns.{name}", name)
        for param, other in rule.referenced_columns().items():
            if other not in have:
                raise missing(f"columns.{name}.{param}", other)
    if policy.unlisted == "error":
        unlisted = [c for c in present if c not in policy.columns]
        if unlisted:
            raise PolicyError(
                f"{source}: columns: the table's column(s) {', '.join(repr(c) for c in unlisted[:10])} are not in "
                "the policy; add a rule for each, or set 'unlisted: keep' (or drop)."
            )
    model = policy.privacy_model
    if model is not None:
        for i, qi in enumerate(model.quasi_identifiers):
            if qi not in have:
                raise missing(f"privacy_model.quasi_identifiers.{i}", qi)
            qi_rule = policy.columns.get(qi)
            action = qi_rule.action if qi_rule is not None else policy.unlisted
            if action == "drop":
                raise PolicyError(
                    f"{source}: privacy_model.quasi_identifiers.{i}: column {qi!r} is dropped by the policy; "
                    "remove it from the quasi-identifiers."
                )
        if model.sensitive is not None:
            if model.sensitive not in have:
                raise missing("privacy_model.sensitive", model.sensitive)
            sens_rule = policy.columns.get(model.sensitive)
            if sens_rule is not None and sens_rule.action == "drop":
                raise PolicyError(
                    f"{source}: privacy_model.sensitive: column {model.sensitive!r} is dropped by the policy."
                )
