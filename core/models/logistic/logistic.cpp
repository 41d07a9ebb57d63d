#include "core/models/logistic/logistic.h"

#include "core/models/classifier/class_scores.h"
#include "core/models/logistic/logistic_newton.h"
#include "core/models/param_text.h"

namespace supex {
namespace {

ParamTable<LogisticParams> makeTable() {
  using P = LogisticParams;
  ParamTable<P> t;
  t.add(realField<P>({.key = "lambda", .label = "Penalty λ",
                      .help = "λ in −Σ log p_y(x) + (λ/2)‖W‖²; intercepts are not penalised. "
                              "λ = 0 has no solution when the classes are separable",
                      .min = 0, .sliderMin = 1e-4, .sliderMax = 1e3, .logScale = true},
                     &P::lambda));
  t.add(realField<P>({.key = "tol", .label = "Tolerance",
                      .help = "Stop when the gradient's largest component is ≤ tol·n",
                      .min = 0, .minOpen = true, .sliderMin = 1e-14, .sliderMax = 1e-2, .logScale = true},
                     &P::tol));
  t.add(intField<P>({.key = "max_iter", .label = "Max. Newton steps",
                     .help = "Upper bound on the number of Newton steps",
                     .min = 1, .sliderMin = 1, .sliderMax = 1000},
                    &P::maxIter));
  addBasisFields(t, &P::basis);
  t.add(flagField<P>({.key = "standardize", .label = "Standardise features",
                      .help = "Fit on (φ − mean)/sd (population sd) and report weights in original units"},
                     &P::standardize));
  return t;
}

std::string fixed(double v) { return formatReal(v); }

}  // namespace

const ParamTable<LogisticParams>& logisticParamTable() {
  static const ParamTable<LogisticParams> table = makeTable();
  return table;
}

Result<LinearDesign> logisticDesign(const Dataset& data, const LogisticParams& params) {
  return LinearDesign::make(data, params.basis, params.standardize);
}

Result<std::shared_ptr<LogisticModel>> fitLogistic(const Dataset& data, const LogisticParams& params,
                                                   std::stop_token stop, const LogisticCoefficients* warmStart) {
  if (Status s = checkClassCounts(data, "logistic", 1, "(a class without rows drives its intercept to −∞)"); !s)
    return s.error();
  auto design = logisticDesign(data, params);
  if (!design) return design.error();
  const Eigen::Index K = data.numClasses(), p = design->phi.cols();

  LogisticCoefficients start{Eigen::MatrixXd::Zero(K, p), Eigen::VectorXd::Zero(K)};
  if (warmStart) {
    if (warmStart->weights.rows() != K || warmStart->weights.cols() != p || warmStart->intercepts.size() != K)
      return usageError("The warm start for logistic has the wrong shape: it needs " + std::to_string(K) +
                        " weight vectors of " + std::to_string(p) + " and " + std::to_string(K) + " intercepts.");
    start = logisticToWorkingUnits(*design, *warmStart);
  }

  const LogisticNewtonOptions options{params.lambda, params.tol, params.maxIter};
  auto solved = solveLogisticNewton(design->phi, data.y, options, start, stop);
  if (!solved) return solved.error();
  const LogisticNewtonResult& r = *solved;

  auto model = std::make_shared<LogisticModel>(design->basis, logisticToOriginalUnits(*design, r.coefficients));
  if (params.lambda == 0) {
    // Without the penalty, dependent design columns leave the weights undetermined.
    Eigen::MatrixXd withIntercept(design->phi.rows(), p + 1);
    withIntercept << design->phi, Eigen::VectorXd::Ones(design->phi.rows());
    const Eigen::Index rank = Eigen::ColPivHouseholderQR<Eigen::MatrixXd>(withIntercept).rank();
    if (rank < p + 1)
      model->diagnostics.push_back(
          {"rank_deficient", "The design with its intercept column has rank " + std::to_string(rank) + " < " +
                                 std::to_string(p + 1) + ": with lambda = 0 many weight vectors give the same "
                                 "probabilities and the reported one is arbitrary. Set lambda > 0 or drop a "
                                 "dependent feature."});
  }
  model->setIterations(r.iterations);
  const std::string steps = std::to_string(r.iterations) + " Newton step" + (r.iterations == 1 ? "" : "s");
  const std::string gradient = "the gradient's max-norm is " + fixed(r.gradientMaxNorm) + ", above tol·n = " +
                               fixed(params.tol * static_cast<double>(data.rows()));
  if (r.separable) {
    model->diagnostics.push_back(
        {"separable",
         "The classes are perfectly separable and lambda = 0, so the loss has no minimum: the weights grow without "
         "bound while the training likelihood approaches 1. Stopped after " + steps + " (max_iter = " +
             std::to_string(params.maxIter) + (r.stalled ? "; the loss had rounded to zero" : "") +
             "). Set lambda > 0 for a unique fit."});
  } else if (!r.converged && r.stalled) {
    model->diagnostics.push_back(
        {"not_converged", "Stopped after " + steps + ": no step lowers the objective any more (rounding limit); " +
                              gradient + ". standardize=true often helps."});
  } else if (!r.converged) {
    model->diagnostics.push_back(
        {"not_converged", "Not converged after " + steps + " (max_iter): " + gradient + ". Raise max_iter."});
  }

  describeFit(*model, "logistic", data.task, data.featureNames, data.classes, logisticParamTable().toJson(params));
  return model;
}

ModelInfo logisticModelInfo() {
  return makeModelInfo(
      "logistic", "Logistic regression (softmax)",
      "p_k(x) = softmax_k(w_k·x + b_k); minimise −Σ log p_y(x) + (λ/2)‖W‖²", {Task::Classification},
      logisticParamTable(), [](const LogisticParams&) { return Task::Classification; },
      [](const Dataset& data, const LogisticParams& p, std::stop_token stop) -> Result<std::shared_ptr<FittedModel>> {
        auto m = fitLogistic(data, p, stop);
        if (!m) return m.error();
        return std::shared_ptr<FittedModel>(std::move(m).value());
      });
}

}  // namespace supex
