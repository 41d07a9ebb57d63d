#pragma once
// The contour ellipses of a two-dimensional Gaussian N(μ, Σ): the points at
// Mahalanobis distance k from the centre, (x − μ)ᵀ Σ⁻¹ (x − μ) = k². With the
// eigen-decomposition Σ = λ₁v₁v₁ᵀ + λ₂v₂v₂ᵀ (λ₁ ≥ λ₂ ≥ 0) the ellipse has
// semi-axes k√λ₁ along v₁ and k√λ₂ along v₂, and is traced by
//     x(t) = μ + k(√λ₁ cos t · v₁ + √λ₂ sin t · v₂),  t ∈ [0, 2π].
// The GUI draws the 1σ (k = 1) and 2σ (k = 2) ellipses of LDA's pooled Σ and
// QDA's regularised Σ_k around each class mean.
#include <vector>

#include <Eigen/Dense>

namespace supex {

struct EllipseAxes {
  double major = 0;  // k√λ₁, the longer semi-axis
  double minor = 0;  // k√λ₂
  double angle = 0;  // radians from the first axis to the major axis v₁, in (−π/2, π/2]
  Eigen::Vector2d majorDirection = Eigen::Vector2d::UnitX();  // v₁ (unit)
  Eigen::Vector2d minorDirection = Eigen::Vector2d::UnitY();  // v₂ (unit)
};

// The semi-axes and orientation of the k-σ ellipse of `covariance`
// (symmetric; a negative eigenvalue from rounding counts as 0).
EllipseAxes ellipseAxes(const Eigen::Matrix2d& covariance, double k);

// `segments` + 1 points around the k-σ ellipse centred at `centre`, the last
// equal to the first (a closed polygon), starting on the major axis.
std::vector<Eigen::Vector2d> ellipsePolygon(const Eigen::Vector2d& centre, const Eigen::Matrix2d& covariance,
                                            double k, int segments = 96);

}  // namespace supex
