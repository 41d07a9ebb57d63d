# Reference values of tests/core/test_logistic.cpp. Run: /usr/bin/python3 tests/core/reference/logistic_reference.py
# (Debian 12: numpy 1.24.2, scikit-learn 1.2.1). Prints the data, then W, centred b and P at T per case,
# with the max-norm of our objective's gradient at the reference (numpy) as its convergence check.
import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.preprocessing import StandardScaler
np.set_printoptions(precision=17)
rng = np.random.RandomState(7)
X = np.round(np.vstack([rng.randn(10, 2) + [0, 0], rng.randn(10, 2) + [2, 1], rng.randn(10, 2) + [0.5, 2.5]]), 2)
y = np.repeat([0, 1, 2], 10)
T = np.array([[0.0, 0.0], [1.0, 1.0], [2.5, -1.0], [-1.0, 3.0]])
print("X", ",".join(f"{v:g}" for v in X.ravel()))

def grad(W, b, X, y, lam):
    Z = X @ W.T + b
    Z -= Z.max(1, keepdims=True)
    P = np.exp(Z); P /= P.sum(1, keepdims=True)
    R = P.copy(); R[np.arange(len(y)), y] -= 1
    return R.T @ X + lam * W, R.sum(0)

def show(name, W, b, P, X, y, lam):
    b = b - b.mean()
    if X is None:  # fitted in other units: its gradient is printed by the caller
        print(name)
    else:
        gW, gb = grad(W, b, X, y, lam)
        print(name, "max|grad| =", max(abs(gW).max(), abs(gb).max()))
    print(" W", repr(W.ravel().tolist()))
    print(" b", repr(b.tolist()))
    print(" P", repr(P.ravel().tolist()))

for lam in [1.0]:
    m = LogisticRegression(multi_class="multinomial", C=1 / lam, tol=1e-14, max_iter=100000, solver="newton-cg").fit(X, y)
    show(f"raw lam={lam}", m.coef_, m.intercept_, m.predict_proba(T), X, y, lam)
m = LogisticRegression(multi_class="multinomial", penalty="none", tol=1e-14, max_iter=100000, solver="newton-cg").fit(X, y)
show("raw lam=0", m.coef_, m.intercept_, m.predict_proba(T), X, y, 0.0)
# standardize=true, lambda=0.5: the pipeline StandardScaler -> LR(C=2), weights mapped back to raw units
s = StandardScaler().fit(X)
m = LogisticRegression(multi_class="multinomial", C=2.0, tol=1e-14, max_iter=100000, solver="newton-cg").fit(s.transform(X), y)
W = m.coef_ / s.scale_
b = m.intercept_ - W @ s.mean_
show("std lam=0.5 (raw units)", W, b, m.predict_proba(s.transform(T)), None, y, 0.5)
gW, gb = grad(m.coef_, m.intercept_, s.transform(X), y, 0.5)
print(" grad in standardised units", max(abs(gW).max(), abs(gb).max()))
# binary: classes 0 and 1 only
X2, y2 = X[:20], y[:20]
m = LogisticRegression(multi_class="multinomial", C=1.0, tol=1e-14, max_iter=100000, solver="newton-cg").fit(X2, y2)
W = np.vstack([-m.coef_[0], m.coef_[0]]); b = np.array([-m.intercept_[0], m.intercept_[0]])
show("binary lam=1", W, b, m.predict_proba(T), X2, y2, 1.0)
# logits (identifiable up to a per-row constant): decision_function, centred per row, lam=1 raw
m = LogisticRegression(multi_class="multinomial", C=1.0, tol=1e-14, max_iter=100000, solver="newton-cg").fit(X, y)
D = m.decision_function(T); D -= D.mean(1, keepdims=True)
print("centred logits lam=1", repr(D.ravel().tolist()))
# basis=poly degree=2, lambda=1
from sklearn.preprocessing import PolynomialFeatures
pf = PolynomialFeatures(2, include_bias=False).fit(X)
m = LogisticRegression(multi_class="multinomial", C=1.0, tol=1e-14, max_iter=100000, solver="newton-cg").fit(pf.transform(X), y)
show("poly2 lam=1", m.coef_, m.intercept_, m.predict_proba(pf.transform(T)), pf.transform(X), y, 1.0)
