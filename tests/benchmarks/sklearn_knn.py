#!/usr/bin/python3
"""scikit-learn's side of bench_knn.cpp: the same 1,000 two-moons points
(the splitmix64 / Box-Muller formula of moons.h, bit for bit), the same grids,
KNeighborsClassifier(n_neighbors=15, p=...).predict_proba on every cell.

Run:  /usr/bin/python3 tests/benchmarks/sklearn_knn.py [--repeat 3] [--jobs N]
Prints the best wall and process CPU time of each case in milliseconds.
"""
import argparse
import math
import time

import numpy as np
from sklearn.neighbors import KNeighborsClassifier

MASK = (1 << 64) - 1


class SplitMix64:
    def __init__(self, seed):
        self.state = seed & MASK

    def next(self):
        self.state = (self.state + 0x9E3779B97F4A7C15) & MASK
        z = self.state
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK
        return z ^ (z >> 31)

    def uniform(self):
        return (self.next() >> 11) * 2.0**-53

    def normal(self):
        u1 = 1.0 - self.uniform()
        u2 = self.uniform()
        return math.sqrt(-2.0 * math.log(u1)) * math.cos(2.0 * math.pi * u2)


def moons(n, noise, seed):
    rng = SplitMix64(seed)
    X = np.empty((n, 2))
    y = np.empty(n, dtype=int)
    for i in range(n):
        upper = i < n // 2
        t = math.pi * rng.uniform()
        x1 = math.cos(t) if upper else 1.0 - math.cos(t)
        x2 = math.sin(t) if upper else 0.5 - math.sin(t)
        x1 += noise * rng.normal()
        x2 += noise * rng.normal()
        X[i] = (x1, x2)
        y[i] = 0 if upper else 1
    return X, y


def grid(side):
    xs = np.linspace(-1.5, 2.5, side)
    ys = np.linspace(-1.0, 1.5, side)
    gx, gy = np.meshgrid(xs, ys)  # x fastest, as in the C++ grid
    return np.column_stack([gx.ravel(), gy.ravel()])


def best_ms(fn, repeat):
    """Best wall time and best process CPU time (all threads), in ms."""
    wall = cpu = math.inf
    for _ in range(repeat):
        t0, c0 = time.perf_counter(), time.process_time()
        fn()
        wall = min(wall, time.perf_counter() - t0)
        cpu = min(cpu, time.process_time() - c0)
    return wall * 1e3, cpu * 1e3


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--jobs", type=int, default=None, help="n_jobs (default: scikit-learn's default, 1)")
    args = ap.parse_args()
    X, y = moons(1000, 0.2, 1)
    print(f"moons: first point {X[0].tolist()}, class counts {np.bincount(y).tolist()}")
    for p in (2, 1.5):
        model = KNeighborsClassifier(n_neighbors=15, p=p, n_jobs=args.jobs)
        wall, cpu = best_ms(lambda: model.fit(X, y), args.repeat)
        print(f"p={p}: fit {wall:.2f} ms wall, {cpu:.2f} ms CPU (algorithm {model._fit_method})")
        for side in (200, 400):
            G = grid(side)
            wall, cpu = best_ms(lambda: model.predict_proba(G), args.repeat)
            print(f"p={p}: predict_proba {side}x{side} grid {wall:.1f} ms wall, {cpu:.1f} ms CPU")


if __name__ == "__main__":
    main()
