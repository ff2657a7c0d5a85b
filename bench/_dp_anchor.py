"""Anchor side of bench/dp_core.py, run inside bench/.venv-dp: time diffprivlib's and numpy's samplers.

Prints one JSON object: {"diffprivlib_laplace": [seconds per repeat], ...}. Not imported by privet.
"""

from __future__ import annotations

import json
import sys
import time
import warnings


def main() -> None:
    n, repeats = int(sys.argv[1]), int(sys.argv[2])
    import numpy as np
    from diffprivlib.mechanisms import GaussianAnalytic, Laplace

    warnings.simplefilter("ignore")
    out: dict[str, list[float]] = {"diffprivlib_laplace": [], "diffprivlib_gaussian": []}
    values = [0.0] * n
    for _ in range(repeats):
        mech = Laplace(epsilon=1.0, sensitivity=1.0)
        start = time.perf_counter()
        [mech.randomise(v) for v in values]
        out["diffprivlib_laplace"].append(time.perf_counter() - start)
        mech_g = GaussianAnalytic(epsilon=1.0, delta=1e-5, sensitivity=1.0)
        start = time.perf_counter()
        [mech_g.randomise(v) for v in values]
        out["diffprivlib_gaussian"].append(time.perf_counter() - start)
    out["numpy_version"] = [float(np.__version__.split(".")[0])]
    print(json.dumps(out))


if __name__ == "__main__":
    main()
