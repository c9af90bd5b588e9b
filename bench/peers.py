"""Times SciPy and POT on the inputs that bench/run.ts wrote, and prints JSON.

Usage: python3 bench/peers.py MANIFEST.json
Each task lists its input files (raw little-endian float64) and the number of
repeats. The output contains every run's wall time in ms and the value.
"""
import json
import sys
import time

import numpy as np


def load(path, shape=None):
    data = np.fromfile(path, dtype="<f8")
    return data.reshape(shape) if shape else data


def timed(fn, repeats):
    times = []
    value = None
    for _ in range(repeats):
        start = time.perf_counter()
        value = fn()
        times.append((time.perf_counter() - start) * 1e3)
    return times, float(value)


def main():
    manifest = json.load(open(sys.argv[1]))
    out = {"versions": {}, "tasks": {}}
    import scipy
    from scipy.stats import wasserstein_distance
    import ot

    out["versions"] = {"python": sys.version.split()[0], "numpy": np.__version__, "scipy": scipy.__version__, "pot": ot.__version__}

    for task in manifest["tasks"]:
        name = task["name"]
        repeats = task["repeats"]
        if task["kind"] == "w1d":
            u = load(task["u"])
            v = load(task["v"])
            out["tasks"][name] = timed(lambda: wasserstein_distance(u, v), repeats)
        elif task["kind"] == "emd":
            n, m = task["n"], task["m"]
            a, b = load(task["a"]), load(task["b"])
            cost = load(task["cost"], (n, m))
            out["tasks"][name] = timed(lambda: ot.emd2(a, b, cost, numItermax=10_000_000), repeats)
        elif task["kind"] == "sinkhorn":
            n, m = task["n"], task["m"]
            a, b = load(task["a"]), load(task["b"])
            cost = load(task["cost"], (n, m))
            for method in ("sinkhorn", "sinkhorn_log"):
                key = f"{name} [{method}]"
                runs = repeats if method == "sinkhorn" else 2
                out["tasks"][key] = timed(
                    lambda: ot.sinkhorn2(
                        a, b, cost, task["epsilon"], method=method,
                        numItermax=task["maxIterations"], stopThr=task["tolerance"],
                    ),
                    runs,
                )
    json.dump(out, sys.stdout)


if __name__ == "__main__":
    main()
