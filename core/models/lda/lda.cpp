#include "core/models/lda/lda.h"

#include "core/models/classifier/class_scores.h"
#include "core/models/discriminant/class_moments.h"
#include "core/models/discriminant/class_priors.h"
#include "core/models/discriminant/covariance_check.h"
#include "core/models/discriminant/discriminant_design.h"

namespace supex {
namespace {

ParamTable<LdaParams> makeTable() {
  using P = LdaParams;
  ParamTable<P> t;
  t.add(listField<P>({.key = "priors", .label = "Priors π",
                      .help = "Prior class probabilities π_k in class order, normalised to sum 1; "
                              "empty = class frequencies n_k/n",
                      .min = 0, .minOpen = true},
                     &P::priors));
  t.add(flagField<P>({.key = "standardize", .label = "Standardise features",
                      .help = "Fit on (x − mean)/sd (population sd); means and covariance are reported in "
                              "original units (LDA's probabilities do not change)"},
                     &P::standardize));
  return t;
}

}  // namespace

const ParamTable<LdaParams>& ldaParamTable() {
  static const ParamTable<LdaParams> table = makeTable();
  return table;
}

Result<std::shared_ptr<LdaModel>> fitLda(const Dataset& data, const LdaParams& params, std::stop_token) {
  if (Status s = checkClassCounts(data, "lda", 1, "to estimate its mean"); !s) return s.error();
  auto priors = resolvePriors(params.priors, data, "lda");
  if (!priors) return priors.error();
  const Eigen::Index n = data.rows(), d = data.cols(), K = data.numClasses();
  if (n - K <= 0)
    return numericalError("lda needs more training rows than classes: the pooled covariance divides by n − K = " +
                          std::to_string(n - K) + " (n = " + std::to_string(n) + ", K = " + std::to_string(K) +
                          "). Add training rows.");

  const DiscriminantDesign design = DiscriminantDesign::make(data, params.standardize);
  const ClassMoments moments = classMoments(design.X, data.y, static_cast<int>(K));
  Eigen::MatrixXd pooled = Eigen::MatrixXd::Zero(d, d);
  for (const auto& s : moments.scatter) pooled += s;
  pooled /= static_cast<double>(n - K);

  if (auto sing = findCovarianceSingularity(pooled, design.featureScale)) {
    if (n - K < d)
      return numericalError("The pooled covariance of lda is singular: n − K = " + std::to_string(n - K) +
                            " is less than the " + std::to_string(d) +
                            " features, so the within-class variation cannot span them all. "
                            "Add training rows or drop features.");
    return numericalError("The pooled covariance of lda is singular: " +
                          describeSingularity(*sing, data.featureNames, " within the classes") + ".");
  }

  Eigen::MatrixXd covariance = design.covarianceToOriginal(pooled);
  const Eigen::LLT<Eigen::MatrixXd> factor(covariance);
  if (factor.info() != Eigen::Success)
    return numericalError("The pooled covariance of lda is not positive definite in the original units. "
                          "Try standardize=true or rescale the features.");
  auto model = std::make_shared<LdaModel>(std::move(priors).value(), design.meansToOriginal(moments.means),
                                          std::move(covariance), factor);
  describeFit(*model, "lda", data.task, data.featureNames, data.classes, ldaParamTable().toJson(params));
  return model;
}

ModelInfo ldaModelInfo() {
  return makeModelInfo(
      "lda", "Linear discriminant analysis",
      "δ_k(x) = log π_k + xᵀΣ⁻¹μ_k − ½μ_kᵀΣ⁻¹μ_k with pooled Σ; p = softmax(δ)", {Task::Classification},
      ldaParamTable(), [](const LdaParams&) { return Task::Classification; },
      [](const Dataset& data, const LdaParams& p, std::stop_token stop) -> Result<std::shared_ptr<FittedModel>> {
        auto m = fitLda(data, p, stop);
        if (!m) return m.error();
        return std::shared_ptr<FittedModel>(std::move(m).value());
      });
}

}  // namespace supex
