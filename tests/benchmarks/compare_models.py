#!/usr/bin/python3
"""Runs bench_models (our core) and the same work in scikit-learn, in one run,
and prints a Markdown table of times and ratios for the README.

Run:  /usr/bin/python3 tests/benchmarks/compare_models.py [build/bin/bench_models]

Workload (issue 3): fit on 1,000 two-moons points (moons.h's formula, bit for
bit), predict a 200x200 grid (a live frame = fit + grid) and a 400x400 grid.
scikit-learn settings mirror bench_models.cpp: regressors fit the 0/1 label;
lasso on degree-5 polynomial features with alpha = lambda/(2n) and the
equivalent duality-gap tolerance; logistic C = 1/lambda; MLP (8,8) tanh adam,
lr 0.1, batch 32, 100 epochs without early stopping.

Both sides are timed alike: the mean wall time of repeated calls over at
least 0.2 s, repeated 3 times, and the best of the 3 means is kept (Google
Benchmark's --benchmark_repetitions on our side).
"""
import json
import math
import os
import subprocess
import sys
import time
import warnings

sys.path.insert(0, os.path.dirname(__file__))
from sklearn_knn import grid, moons  # noqa: E402

from sklearn.discriminant_analysis import LinearDiscriminantAnalysis, QuadraticDiscriminantAnalysis  # noqa: E402
from sklearn.linear_model import Lasso, LinearRegression, LogisticRegression, Ridge  # noqa: E402
from sklearn.neighbors import KNeighborsClassifier  # noqa: E402
from sklearn.neural_network import MLPClassifier  # noqa: E402
from sklearn.pipeline import make_pipeline  # noqa: E402
from sklearn.preprocessing import PolynomialFeatures  # noqa: E402

N = 1000
MIN_TIME = 0.2
REPETITIONS = 3


def mean_ms(fn):
    """Best of REPETITIONS mean wall times (ms), each over >= MIN_TIME s of calls."""
    best = math.inf
    for _ in range(REPETITIONS):
        calls, t0 = 0, time.perf_counter()
        while True:
            fn()
            calls += 1
            elapsed = time.perf_counter() - t0
            if elapsed >= MIN_TIME:
                break
        best = min(best, elapsed / calls)
    return best * 1e3


def sklearn_models():
    return {
        "ols": lambda: LinearRegression(),
        "ridge": lambda: Ridge(alpha=1.0),
        "lasso": lambda: make_pipeline(PolynomialFeatures(5, include_bias=False),
                                       Lasso(alpha=1.0 / (2 * N), tol=5e-11, max_iter=100000)),
        "knn_p2": lambda: KNeighborsClassifier(n_neighbors=15, p=2),
        "knn_p1.5": lambda: KNeighborsClassifier(n_neighbors=15, p=1.5),
        "logistic": lambda: LogisticRegression(C=1.0, tol=1e-10, max_iter=1000),
        "lda": lambda: LinearDiscriminantAnalysis(),
        "qda": lambda: QuadraticDiscriminantAnalysis(),
        "nn": lambda: MLPClassifier(hidden_layer_sizes=(8, 8), activation="tanh", solver="adam",
                                    learning_rate_init=0.1, batch_size=32, max_iter=100, tol=0,
                                    n_iter_no_change=10**9, random_state=1),
    }


def measure_sklearn(name, make, X, y):
    regression = name in ("ols", "ridge", "lasso")
    target = y.astype(float) if regression else y

    def fit():
        return make().fit(X, target)

    model = fit()
    predict = model.predict if regression else model.predict_proba
    g200, g400 = grid(200), grid(400)
    fit_ms = mean_ms(fit)
    frame_ms = mean_ms(lambda: (fit(), predict(g200)))
    grid_ms = mean_ms(lambda: predict(g400))
    return fit_ms, frame_ms, grid_ms


def measure_ours(binary):
    out = subprocess.run([binary, "--benchmark_format=json", f"--benchmark_min_time={MIN_TIME}",
                          f"--benchmark_repetitions={REPETITIONS}"],
                         check=True, capture_output=True, text=True).stdout
    times = {}
    for b in json.loads(out)["benchmarks"]:
        if b.get("run_type") == "aggregate":
            continue
        kind, name = b["name"].split("/")[:2]
        ms = b["real_time"]  # milliseconds (Unit kMillisecond)
        times[(kind, name)] = min(ms, times.get((kind, name), math.inf))
    return times


def main():
    binary = sys.argv[1] if len(sys.argv) > 1 else "build/bin/bench_models"
    warnings.filterwarnings("ignore")
    X, y = moons(N, 0.2, 42)
    ours = measure_ours(binary)
    print("| model | fit ours / sklearn (ms) | 200x200 frame ours / sklearn (ms) | 400x400 grid ours / sklearn (ms) | grid speed-up |")
    print("|---|---|---|---|---|")
    for name, make in sklearn_models().items():
        s_fit, s_frame, s_grid = measure_sklearn(name, make, X, y)
        o_fit, o_frame, o_grid = (ours[(k, name)] for k in ("fit", "frame200", "grid400"))
        print(f"| {name} | {o_fit:.2f} / {s_fit:.2f} | {o_frame:.2f} / {s_frame:.2f} | "
              f"{o_grid:.1f} / {s_grid:.1f} | {s_grid / o_grid:.1f}x |")


if __name__ == "__main__":
    main()
