#pragma once
// A fitted lasso: the linear model at the requested λ, how the descent ended,
// and, when path = N > 0, the warm-started regularisation path.
#include <optional>

#include "core/models/linear/coefficient_path.h"
#include "core/models/linear/linear_model.h"

namespace supex {

struct LassoFitInfo {
  double lambdaMax = 0.0;    // ‖2Φ_cᵀ(y − ȳ)‖∞ of the fitted (possibly standardised) design
  double gap = 0.0;          // final duality gap, objective units
  double relativeGap = 0.0;  // gap / ‖y − ȳ‖², the number compared with tol (0 when y is constant)
  long long iterations = 0;  // full coordinate-descent sweeps
  bool converged = false;
};

class LassoModel : public LinearModel {
 public:
  LassoModel(Basis basis, double intercept, Eigen::VectorXd weights, LassoFitInfo info,
             std::optional<CoefficientPath> path);

  // Writes `coefficients` and, when a path was computed, `path`.
  void writeJson(nlohmann::json& out) const override;

  const LassoFitInfo& fitInfo() const { return m_info; }
  double lambdaMax() const { return m_info.lambdaMax; }
  double gap() const { return m_info.gap; }
  long long iterations() const { return m_info.iterations; }
  bool converged() const { return m_info.converged; }
  // Coefficients in original units of φ(x), intercept first; empty for path = 0.
  const std::optional<CoefficientPath>& path() const { return m_path; }

 private:
  LassoFitInfo m_info;
  std::optional<CoefficientPath> m_path;
};

}  // namespace supex
