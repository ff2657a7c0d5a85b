"""Meta-tests: sorted ``__all__``, one-way imports (DESIGN.md §2), ``--help`` on every CLI command."""

from __future__ import annotations

import ast
import importlib
import pkgutil
from pathlib import Path

import pytest

import privet
from tests.conftest import run_cli

SRC = Path(privet.__file__).parent

# Lower layers never import higher ones. Modules in one layer may import each other.
LAYERS: dict[str, int] = {
    "errors": 0,
    "_frame": 0,
    "_sniff": 0,
    "io": 0,
    "entities": 0,
    "datasets": 0,
    "scan": 1,
    "dp": 1,
    "anonymize": 2,
    "risk": 2,
    "ml": 2,
    "query": 2,
    "audit": 3,
    "report": 4,
    "pipeline": 4,
    "cli": 5,
}
FACADES = {"__init__", "__main__"}


def _modules() -> list[Path]:
    return sorted(p for p in SRC.rglob("*.py") if "data" not in p.relative_to(SRC).parts[:1])


def _top(path: Path) -> str:
    rel = path.relative_to(SRC)
    return rel.parts[0].removesuffix(".py")


def _privet_imports(tree: ast.AST) -> set[str]:
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            parts = node.module.split(".")
            if parts[0] == "privet":
                if len(parts) > 1:
                    found.add(parts[1])
                else:
                    found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.Import):
            for alias in node.names:
                parts = alias.name.split(".")
                if parts[0] == "privet" and len(parts) > 1:
                    found.add(parts[1])
    return found


def test_every_top_level_module_has_a_layer() -> None:
    tops = {_top(p) for p in _modules()} - FACADES
    assert tops <= set(LAYERS), f"add these to LAYERS (and DESIGN's layering): {sorted(tops - set(LAYERS))}"


@pytest.mark.parametrize("path", _modules(), ids=lambda p: str(p.relative_to(SRC)))
def test_no_upward_import(path: Path) -> None:
    top = _top(path)
    if top in FACADES:
        return
    imported = _privet_imports(ast.parse(path.read_text(encoding="utf-8")))
    upward = {name for name in imported if name in LAYERS and LAYERS[name] > LAYERS[top]}
    assert not upward, f"{path.relative_to(SRC)} (layer {LAYERS[top]}) imports higher layer(s) {sorted(upward)}"


def _all_modules() -> list[str]:
    names = ["privet"]
    for info in pkgutil.walk_packages(privet.__path__, prefix="privet."):
        if not info.name.endswith("__main__"):
            names.append(info.name)
    return names


@pytest.mark.parametrize("name", _all_modules())
def test_dunder_all_is_sorted_and_resolves(name: str) -> None:
    module = importlib.import_module(name)
    exported = getattr(module, "__all__", None)
    if exported is None:
        return
    assert list(exported) == sorted(exported), f"{name}.__all__ is not sorted"
    missing = [item for item in exported if not hasattr(module, item)]
    assert not missing, f"{name}.__all__ names missing attributes {missing}"


def _commands() -> list[list[str]]:
    import typer.main

    from privet.cli._app import app

    root = typer.main.get_command(app)
    paths: list[list[str]] = [[]]

    def walk(command: object, prefix: list[str]) -> None:
        for name, sub in getattr(command, "commands", {}).items():
            paths.append([*prefix, name])
            walk(sub, [*prefix, name])

    walk(root, [])
    return paths


@pytest.mark.parametrize("command", _commands(), ids=lambda c: " ".join(c) or "privet")
def test_every_cli_command_has_help(command: list[str]) -> None:
    result = run_cli([*command, "--help"])
    assert result.returncode == 0, result.stderr
    assert "Usage" in result.stdout
    assert "Traceback" not in result.stdout + result.stderr


def test_version() -> None:
    result = run_cli(["--version"])
    assert result.returncode == 0
    assert result.stdout.strip() == f"privet {privet.__version__}"


def test_cli_start_up_does_not_import_the_heavy_libraries() -> None:
    """Every CLI call (and every CLI test) pays for what ``privet.cli`` imports: keep model code lazy."""
    import subprocess
    import sys

    heavy = ("sklearn", "scipy", "matplotlib", "dp_accounting", "pyspark", "joblib", "jinja2", "faker", "opendp")
    probe = f"import sys, privet.cli._app; print([m for m in {heavy!r} if m in sys.modules])"
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"


def test_the_public_api_type_checks_for_users(tmp_path: Path) -> None:
    """privet ships py.typed, and its entry points (``privet.query`` included) have signatures mypy sees."""
    import subprocess
    import sys

    snippet = tmp_path / "user_code.py"
    snippet.write_text(
        "import polars as pl\n"
        "import privet\n"
        "frame = pl.DataFrame({'a': [1, 2]})\n"
        "report: privet.ScanReport = privet.scan(frame)\n"
        "released: pl.DataFrame = (\n"
        "    privet.query(frame).group_by('a', public_keys=[1, 2]).agg(privet.query.count()).release(epsilon=1.0)\n"
        ")\n"
        "privet.query(frame, privacy_unit=3)  # wrong type: must be reported\n"
    )
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(tmp_path / "cache"), str(snippet)],
        capture_output=True,
        text=True,
    )
    lines = [line for line in result.stdout.splitlines() if ": error:" in line]
    assert len(lines) == 1 and "user_code.py:8:" in lines[0] and "privacy_unit" in lines[0], result.stdout
