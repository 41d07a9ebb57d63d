#pragma once
// The soft-thresholding operator S(z, γ) = sign(z)·max(|z| − γ, 0), γ ≥ 0:
// the minimiser over t of ½(t − z)² + γ|t|, hence the closed-form solution of
// one lasso coordinate. It returns exactly 0 for |z| ≤ γ, which is how the
// lasso produces exact zeros. Friedman, Hastie, Höfling & Tibshirani,
// "Pathwise coordinate optimization", Ann. Appl. Stat. 1(2), 2007, eq. (2.6).
namespace supex {

inline double softThreshold(double z, double gamma) {
  if (z > gamma) return z - gamma;
  if (z < -gamma) return z + gamma;
  return 0.0;
}

}  // namespace supex
