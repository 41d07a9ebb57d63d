#!/usr/bin/env python3
"""Epochs per second of scikit-learn's MLPClassifier on the data of bench_nn.cpp,
for comparison with supex's NnTrainer (2 hidden layers of 8 tanh units, Adam,
full batch of 200 points, lr 0.1, no L2, no early stopping).

    python3 tests/benchmarks/sklearn_nn.py [N_EPOCHS]
"""
import sys
import time
import warnings

import numpy as np
from sklearn.exceptions import ConvergenceWarning
from sklearn.neural_network import MLPClassifier


def xor_data(n=200):
    # Any generator will do for timing; the cluster layout matches bench_nn.cpp.
    u = np.random.default_rng(2024).random((n, 2))
    i = np.arange(n)
    cx = np.where(i % 2 == 1, 1.0, -1.0)
    cy = np.where((i // 2) % 2 == 1, 1.0, -1.0)
    X = np.column_stack([cx + 0.9 * (u[:, 0] - 0.5), cy + 0.9 * (u[:, 1] - 0.5)])
    y = (cx * cy < 0).astype(int)
    return X, y


def main():
    epochs = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
    X, y = xor_data()
    best, best_cpu = float("inf"), float("inf")
    for repeat in range(3):
        clf = MLPClassifier(hidden_layer_sizes=(8, 8), activation="tanh", solver="adam",
                            batch_size=200, learning_rate_init=0.1, alpha=0.0, max_iter=epochs,
                            tol=0.0, n_iter_no_change=epochs + 1, shuffle=True, random_state=repeat)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", ConvergenceWarning)
            start, start_cpu = time.perf_counter(), time.process_time()
            clf.fit(X, y)
            best = min(best, time.perf_counter() - start)
            best_cpu = min(best_cpu, time.process_time() - start_cpu)
    print(f"scikit-learn MLPClassifier (8,8) tanh adam, full batch of 200: "
          f"{clf.n_iter_} epochs in {best:.3f} s = {clf.n_iter_ / best:.0f} epochs/s wall clock, "
          f"{clf.n_iter_ / best_cpu:.0f} epochs/s of CPU time "
          f"(training accuracy {clf.score(X, y):.3f})")


if __name__ == "__main__":
    main()
