#pragma once
// Two numbers behind the remark that intuition fails in high dimension, for
// the GUI's "High dimensions" view (issue 5, item 7).
//
// Relative contrast (Beyer et al. 1999; Aggarwal, Hinneburg & Keim 2001):
// for a query q and points x_1..x_n, (D_max − D_min) / D_min with D the
// Minkowski distance of order p. For n uniform points in [0,1]^d it falls
// towards 0 as d grows — the nearest and the farthest point become almost
// equally far — and faster for larger p.
//
// Inscribed ball: the ℓp ball of radius 1/2 centred in [0,1]^d has volume
// (2Γ(1 + 1/p))^d / Γ(1 + d/p) · (1/2)^d = Γ(1 + 1/p)^d / Γ(1 + d/p), which is
// the fraction of the cube it fills (p = 2: π/4 for d = 2, π/6 for d = 3;
// p = ∞: the ball is the cube, fraction 1). Computed in logarithms, so
// d = 100 (≈ 2·10⁻⁷⁰ for p = 2) neither underflows early nor overflows.
//
// References: K. Beyer, J. Goldstein, R. Ramakrishnan, U. Shaft, "When is
// 'nearest neighbor' meaningful?", ICDT 1999; C. C. Aggarwal, A. Hinneburg,
// D. A. Keim, "On the surprising behavior of distance metrics in high
// dimensional space", ICDT 2001; X. Wang, "Volumes of generalized unit balls",
// Math. Magazine 78(5), 2005.
#include <cstdint>
#include <stop_token>
#include <vector>

#include <Eigen/Dense>

#include "core/common/result.h"

namespace supex {

// (max − min)/min of the distances from `query` (d) to the rows of `points`
// (n x d), p > 0 or +∞. +∞ when the nearest point coincides with the query;
// NaN for n = 0.
double relativeContrast(Eigen::Ref<const Eigen::RowVectorXd> query, Eigen::Ref<const Eigen::MatrixXd> points,
                        double p);

// The mean relative contrast over `queries` random queries, each against the
// same n points, all uniform in [0,1]^d, drawn with PortableRandom from
// (seed, d): the same numbers on every machine.
double meanRelativeContrast(int d, double p, int n, int queries, std::uint64_t seed);

// Fraction of [0,1]^d inside the inscribed ℓp ball (radius 1/2), p > 0 or +∞.
double inscribedBallFraction(int d, double p);

struct HighDimensionCurves {
  std::vector<int> dims;              // 1..maxDim
  std::vector<double> contrast;       // meanRelativeContrast per dimension
  std::vector<double> ballFraction;   // inscribedBallFraction per dimension
};

struct HighDimensionOptions {
  int maxDim = 100;
  double p = 2.0;
  int n = 1000;
  int queries = 5;
  std::uint64_t seed = 1;
};

// Both curves for d = 1..maxDim; cancellable between dimensions. A usage
// error for p ≤ 0, n < 2, queries < 1 or maxDim < 1.
Result<HighDimensionCurves> highDimensionCurves(const HighDimensionOptions& options, std::stop_token stop = {});

}  // namespace supex
