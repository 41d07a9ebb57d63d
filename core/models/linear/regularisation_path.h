#pragma once
// The regularisation path the GUI's "Regularisation path" view draws: the
// ridge or lasso coefficients at a log-spaced grid of λ wide enough to show
// the whole story (from nearly least squares to nearly all zero) and the λ in
// use. Ridge comes from one SVD (ridgePath); lasso from coordinate descent
// with warm starts (solveLasso), λ descending, cancellable before every sweep.
//
// Units: `path` holds the coefficients as the models report them (original
// units of φ(x), intercept first). The penalty sees w_j·s_j, where s_j is the
// column's standard deviation when standardize=true and 1 otherwise; `scale`
// holds s_j so a view can draw what the penalty shrinks.
#include <stop_token>
#include <string>
#include <vector>

#include <Eigen/Dense>

#include "core/common/result.h"
#include "core/data/dataset.h"
#include "core/models/linear/coefficient_path.h"
#include "core/models/param_spec.h"

namespace supex {

struct PathOptions {
  int count = 100;          // λ values on the grid (≥ 2)
  double include = 0.0;     // a λ > 0 the grid must reach (the current one); 0 = none
  // Lasso only: the path uses max(tol, minTol) and min(max_iter, maxSweeps)
  // so that an ill-conditioned design cannot keep the view busy for minutes.
  // A duality gap of 1e-7·‖y − ȳ‖² is far below what a plot can show.
  double minTol = 1e-7;
  long long maxSweeps = 20000;
};

struct RegularisationPath {
  std::string model;               // "ridge" or "lasso"
  CoefficientPath path;            // λ descending; N x (1 + p)
  Eigen::VectorXd scale;           // p column scales s_j (1 when not standardised)
  std::vector<std::string> names;  // p design column names
  // Lasso: ‖2Φ_cᵀ(y − ȳ)‖∞, the smallest λ with w = 0. Ridge: the largest
  // squared singular value s₁² of the centred design, where shrinkage
  // s²/(s² + λ) of the strongest direction reaches one half.
  double lambdaMax = 0.0;
  int unconverged = 0;             // lasso grid points that stopped at the sweep limit
};

// The grid: `count` λ log-spaced and descending. Lasso: λ_max·10 to
// λ_max·1e-4 (above λ_max every weight is exactly zero); ridge: s₁²·1e3 to
// s₁²·1e-7. Both widened by a factor 2 beyond options.include when it lies
// outside. A usage error for a model other than ridge or lasso, or bad parameters.
Result<RegularisationPath> regularisationPath(const Dataset& data, const std::string& model,
                                              const ParamValues& values, const PathOptions& options = {},
                                              std::stop_token stop = {});

}  // namespace supex
