"""Meta-test: privacy randomness comes only from privet/dp/_noise.py (DESIGN.md §5).

Scans the AST of every module under src/privet and fails on any use of ``numpy.random``, the ``random``
or ``secrets`` modules, or scipy ``.rvs(...)`` outside dp/_noise.py. Type annotations such as
``np.random.Generator`` are fine (they draw nothing); only imports of and calls into those modules count.
Exceptions must be listed below with the reason the randomness is not privacy noise.
"""

from __future__ import annotations

import ast
import inspect
from pathlib import Path

import pytest

import privet
import privet.dp

SRC = Path(privet.__file__).parent
NOISE_MODULE = "dp/_noise.py"

# path prefix (relative to src/privet) -> why its randomness is not privacy noise
ALLOWED: dict[str, str] = {
    "audit/": "membership-inference attacks, shadow-model splits and canary choice are the adversary's "
    "randomness, seedable for reproducible audits; they release nothing about the data",
    "cli/_audit.py": "`privet audit --seed` subsamples the member / non-member files the attacker evaluates on; "
    "adversary-side randomness, not privacy noise",
    "scan/_freetext.py": "the order in which a free-text column's cells are examined for the sequential early "
    "stop, seeded by a checksum of the cells (a scan is deterministic); it releases nothing and is not privacy noise",
}

_RANDOM_MODULES = {"random", "secrets"}


def _violations(tree: ast.AST) -> list[str]:
    found: list[str] = []
    aliases: dict[str, str] = {}  # local name -> module it stands for
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                root = alias.name
                if root in _RANDOM_MODULES or root.startswith("numpy.random"):
                    found.append(f"line {node.lineno}: import {root}")
                aliases[alias.asname or root.split(".")[0]] = root
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            mod = node.module
            if mod in _RANDOM_MODULES or mod.startswith("numpy.random"):
                found.append(f"line {node.lineno}: from {mod} import ...")
            if mod == "numpy" and any(a.name == "random" for a in node.names):
                found.append(f"line {node.lineno}: from numpy import random")
            for alias in node.names:
                aliases[alias.asname or alias.name] = f"{mod}.{alias.name}"
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        chain: list[str] = []
        while isinstance(func, ast.Attribute):
            chain.append(func.attr)
            func = func.value
        if isinstance(func, ast.Name):
            chain.append(func.id)
        chain.reverse()
        if not chain:
            continue
        dotted = ".".join([aliases.get(chain[0], chain[0]), *chain[1:]])
        if dotted.startswith("numpy.random") or dotted.split(".")[0] in _RANDOM_MODULES or chain[-1] == "rvs":
            found.append(f"line {node.lineno}: call {'.'.join(chain)}(...)")
    return found


def _sources() -> list[Path]:
    return sorted(SRC.rglob("*.py"))


@pytest.mark.parametrize("path", _sources(), ids=lambda p: str(p.relative_to(SRC)))
def test_privacy_randomness_only_in_noise_module(path: Path) -> None:
    rel = path.relative_to(SRC).as_posix()
    if rel == NOISE_MODULE or any(rel.startswith(prefix) for prefix in ALLOWED):
        return
    bad = _violations(ast.parse(path.read_text(encoding="utf-8")))
    assert not bad, (
        f"{rel} draws randomness outside privet/dp/_noise.py: {bad}. Use privet.dp (laplace_noise, "
        "gaussian_noise, subsample_mask, shuffle_indices, ...) or document an exception in this test."
    )


def test_the_scanner_catches_each_form() -> None:
    code = """
import numpy as np
import random
from secrets import token_bytes
from numpy.random import default_rng
from numpy import random as npr
import scipy.stats as st
x = np.random.laplace(size=3)
y = random.random()
z = st.norm.rvs(size=2)
w = npr.normal()
"""
    bad = _violations(ast.parse(code))
    for needle in (
        "import random",
        "from secrets",
        "from numpy.random",
        "from numpy import random",
        "np.random.laplace",
        "random.random",
        "norm.rvs",
        "npr.normal",
    ):
        assert any(needle in b for b in bad), needle
    ok = "import numpy as np\ndef f(rng: np.random.Generator) -> None: ...\nnp.zeros(3)\n"
    assert _violations(ast.parse(ok)) == []


def test_noise_module_uses_opendp_only() -> None:
    source = (SRC / NOISE_MODULE).read_text(encoding="utf-8")
    assert _violations(ast.parse(source)) == []
    assert "opendp" in source


def test_no_public_dp_function_takes_a_seed() -> None:
    for name in privet.dp.__all__:
        obj = getattr(privet.dp, name)
        if callable(obj):
            params = set(inspect.signature(obj).parameters)
            assert not params & {"seed", "random_state", "rng", "generator"}, name


SPENDING = [
    "laplace", "gaussian", "geometric", "discrete_gaussian", "add_laplace_noise", "add_gaussian_noise",
    "laplace_noise", "gaussian_noise", "exponential", "report_noisy_max", "randomized_response", "quantile",
    "private_bounds", "private_norm_bound", "subsample_mask",
]  # fmt: skip


@pytest.mark.parametrize("name", SPENDING)
def test_every_mechanism_documents_its_privacy(name: str) -> None:
    doc = inspect.getdoc(getattr(privet.dp, name)) or ""
    assert "Privacy:" in doc, f"privet.dp.{name} needs a 'Privacy:' paragraph (relation, sensitivity, measure, source)"
    assert any(ch.isdigit() for ch in doc.split("Privacy:", 1)[1]), f"privet.dp.{name}: cite the source (year)"
