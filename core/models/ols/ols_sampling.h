#pragma once
// The sampling distribution of the OLS coefficients, by simulation: what the
// formula Cov(θ̂) = σ²(XᵀX)⁻¹ claims, checked by doing the experiment.
//
// Take a fitted OLS model as the truth: θ = θ̂ and σ² = σ̂². Keep the design X
// (the training inputs), draw new targets y* = Xθ̂ + ε with ε ~ N(0, σ̂² I)
// (PortableRandom, so a seed gives the same numbers on every machine), refit
// OLS on (X, y*) with the same basis, and record the refitted θ̂* and whether
// each coefficient's t interval at `level` covers the θ̂ it was simulated
// from. Repeated `replicates` times, the θ̂* of coefficient j spread as
// N(θ̂_j, σ̂²[(XᵀX)⁻¹]_jj), and about `level` of the intervals cover.
#include <cstdint>
#include <stop_token>

#include <Eigen/Dense>

#include "core/common/result.h"
#include "core/data/dataset.h"
#include "core/models/ols/ols.h"

namespace supex {

struct OlsSamplingOptions {
  int replicates = 1000;  // ≥ 2
  double level = 0.95;    // of the t intervals whose coverage is counted, in (0, 1)
  std::uint64_t seed = 1;
};

struct OlsSampling {
  // The simulating truth: θ̂ of the model (intercept first), σ̂², and the
  // standard errors the formula gives, √diag σ̂²(XᵀX)⁻¹.
  Eigen::VectorXd truth;
  double sigma2 = 0;
  Eigen::VectorXd formulaSe;
  // One row per replicate, one column per coefficient.
  Eigen::MatrixXd estimates;
  // Per coefficient: the mean and sample standard deviation (n − 1) of the
  // column of `estimates`, and the share of intervals that covered `truth`.
  Eigen::VectorXd mean, sd, coverage;
  double level = 0.95;
  std::uint64_t seed = 1;
};

// `train` must be the data `model` was fitted on (its X gives the design).
// Cancelled when `stop` is requested (checked between refits).
Result<OlsSampling> simulateOlsSampling(const OlsModel& model, const Dataset& train,
                                        const OlsSamplingOptions& options, std::stop_token stop = {});

}  // namespace supex
