#pragma once
// The lasso of a data set as an explicit coordinate-descent state, for the
// GUI's training animation: the fit's design and problem (lasso.h: same basis,
// standardisation and scaling as fitLasso) with a LassoStepper on them, and
// snapshot(), the LassoModel of the current iterate in original units. The
// iterate starts at w = 0, as fitLasso's does.
#include <memory>
#include <string>
#include <vector>

#include "core/common/result.h"
#include "core/data/dataset.h"
#include "core/models/lasso/lasso.h"
#include "core/models/lasso/lasso_stepper.h"
#include "core/models/linear/linear_design.h"

namespace supex {

class LassoStepwise {
 public:
  // Regression data only; the same parameter validation as a fit.
  static Result<LassoStepwise> create(const Dataset& data, const LassoParams& params);

  LassoStepper& stepper() { return m_stepper; }
  const LassoStepper& stepper() const { return m_stepper; }
  const LassoParams& params() const { return m_params; }

  // Continues at penalty λ ≥ 0 from the current w (a warm start: the
  // minimiser moves, the iterate does not; the stepper's own sweep count and
  // cycle start again at coordinate 0).
  void setLambda(double lambda);
  // The duality gap is within the fit's stopping rule, gap ≤ tol·‖y − ȳ‖².
  bool converged() const;

  // The model ŷ = b + φ(x)·w of the current iterate (no path), with its gap.
  std::shared_ptr<LassoModel> snapshot() const;

 private:
  LassoStepwise(LinearDesign design, LassoParams params, std::vector<std::string> inputNames,
                std::shared_ptr<const LassoProblem> problem);

  LinearDesign m_design;
  LassoParams m_params;
  std::vector<std::string> m_inputNames;
  std::shared_ptr<const LassoProblem> m_problem;
  LassoStepper m_stepper;  // after m_problem: built from it
};

}  // namespace supex
