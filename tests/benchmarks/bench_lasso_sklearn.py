"""scikit-learn side of bench_lasso.cpp: same data, same λ, same stopping rule.

Run with Debian's python3 (scikit-learn 1.2.1):  python3 tests/benchmarks/bench_lasso_sklearn.py
Our objective ‖y − b − Φw‖² + λ‖w‖₁ is sklearn's times 2n, so alpha = λ/(2n);
our duality gap is twice sklearn's internal one, so our stop gap ≤ tol·‖y−ȳ‖²
is sklearn's with tol/2 (also timed with tol itself).
"""
import time
import numpy as np
from sklearn.linear_model import Lasso
from sklearn.preprocessing import PolynomialFeatures

M = 2**64
def lcg(seed):
    s = seed
    while True:
        s = (s * 6364136223846793005 + 1442695040888963407) % M
        yield (s >> 11) * 2.0**-53

def data(n=1000):
    g = lcg(42); X = np.empty((n, 2)); y = np.empty(n)
    for i in range(n):
        x1 = 2*next(g) - 1; x2 = 2*next(g) - 1; e = next(g) - 0.5
        X[i] = x1, x2
        y[i] = np.sin(2*x1) + x1*x2 - 0.5*x2**3 + 0.2*e
    return X, y

X, y = data()
P = PolynomialFeatures(5, include_bias=False).fit_transform(X)
n = len(y)
tol = 1e-10
for lam in [0.1, 1.0, 10.0]:
    for name, t, pre in [("tol/2", tol/2, False), ("tol", tol, False), ("tol/2 precompute", tol/2, True)]:
        m = Lasso(alpha=lam/(2*n), tol=t, max_iter=100000, precompute=pre)
        times = []
        for _ in range(20):
            t0 = time.perf_counter(); m.fit(P, y); times.append(time.perf_counter() - t0)
        print(f"lambda={lam:5} {name:17} median {np.median(times)*1e6:9.1f} us  min {min(times)*1e6:9.1f} us"
              f"  n_iter={m.n_iter_}  coef[:3]={m.coef_[:3]}")
