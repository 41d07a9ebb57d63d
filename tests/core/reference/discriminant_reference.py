# Reference values of tests/core/test_lda.cpp and test_qda.cpp. Run: /usr/bin/python3 tests/core/reference/discriminant_reference.py
# (Debian 12: numpy 1.24.2, scikit-learn 1.2.1). Each scikit-learn result is also checked against the
# contract's formula evaluated directly in numpy ("max|sk-np|").
import numpy as np
from sklearn.discriminant_analysis import LinearDiscriminantAnalysis as LDA, QuadraticDiscriminantAnalysis as QDA
from sklearn.preprocessing import StandardScaler
rng = np.random.RandomState(11)
A = np.array([[1.0, 0.0, 0.0], [0.6, 0.8, 0.0], [0.2, -0.3, 0.9]])
X = np.round(np.vstack([rng.randn(8, 3) @ A + [0, 0, 0],
                        rng.randn(10, 3) @ (1.5 * A.T) + [2, 1, -1],
                        rng.randn(12, 3) + [1, 3, 1]]), 2)
y = np.repeat([0, 1, 2], [8, 10, 12])
T = np.array([[0.0, 0.0, 0.0], [1.0, 2.0, 0.5], [2.5, 0.5, -1.5], [-1.0, 4.0, 2.0]])
print("X", ",".join(f"{v:g}" for v in X.ravel()))
L = lambda a: repr(np.asarray(a).ravel().tolist())

# contract formulas directly in numpy
K, n = 3, len(y)
mu = np.array([X[y == k].mean(0) for k in range(K)])
W = sum((X[y == k] - mu[k]).T @ (X[y == k] - mu[k]) for k in range(K)) / (n - K)
def lda_np(pri):
    S = np.linalg.solve(W, mu.T)
    d = T @ S + np.log(pri) - 0.5 * np.sum(mu * S.T, 1)
    e = np.exp(d - d.max(1, keepdims=True)); return e / e.sum(1, keepdims=True)
print("means", L(mu)); print("pooled", L(W))
for pri in [None, [1/6, 2/6, 3/6]]:
    m = LDA(solver="svd", priors=pri).fit(X, y)
    p = m.predict_proba(T)
    print("lda priors", pri, "max|sk-np| =", abs(p - lda_np(m.priors_)).max()); print(" P", L(p))

def qda_np(r, pri, Xf, Tf):
    d = []
    for k in range(K):
        Xk = Xf[y == k]; m = Xk.mean(0)
        S = (1 - r) * np.cov(Xk.T, ddof=1) + r * np.eye(3)
        D = Tf - m
        d.append(np.log(pri[k]) - 0.5 * np.linalg.slogdet(S)[1] - 0.5 * np.sum(D * np.linalg.solve(S, D.T).T, 1))
    d = np.array(d).T; e = np.exp(d - d.max(1, keepdims=True)); return e / e.sum(1, keepdims=True)
for r, pri in [(0.0, None), (0.3, [0.5, 0.25, 0.25])]:
    m = QDA(reg_param=r, priors=pri, store_covariance=True).fit(X, y)
    p = m.predict_proba(T)
    print("qda reg", r, pri, "max|sk-np| =", abs(p - qda_np(r, m.priors_, X, T)).max()); print(" P", L(p))
    print(" cov", L(m.covariance_))
s = StandardScaler().fit(X)
m = QDA(reg_param=0.3, store_covariance=True).fit(s.transform(X), y)
p = m.predict_proba(s.transform(T))
print("qda std reg 0.3 max|sk-np| =", abs(p - qda_np(0.3, m.priors_, s.transform(X), s.transform(T))).max()); print(" P", L(p))
print(" cov raw units", L([np.diag(s.scale_) @ c @ np.diag(s.scale_) for c in m.covariance_]))
